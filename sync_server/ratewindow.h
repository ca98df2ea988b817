#pragma once

#include <QHash>
#include <QString>

namespace clinic {

// At most `limit` events (or bytes) per key in any window of time (an hour of registrations per
// address, say). A sliding window, estimated as Cloudflare's rate limiter does: what the key
// took in the window before, weighted by how much of that window still overlaps the last
// `windowMs`, plus what it took in this one; so no burst of twice the limit at a window's
// edge. Kept in memory: each server instance counts its own, and a restart forgets.
class RateWindow
{
public:
    RateWindow(qint64 windowMs, qint64 limit) : m_windowMs(windowMs), m_limit(limit) { }

    // Counts `amount` (one event, or its bytes) for `key`, unless that would take the key past
    // its limit: then false, and nothing is counted.
    bool take(const QString &key, qint64 now, qint64 amount = 1);
    // Whether take() would count it now (nothing is counted).
    bool fits(const QString &key, qint64 now, qint64 amount = 1);
    // When `amount` more for `key` would be taken, at the earliest (at least a second).
    qint64 retryAfterMs(const QString &key, qint64 now, qint64 amount = 1);

private:
    void roll(qint64 now);
    qint64 estimate(const QString &key, qint64 now) const;

    qint64 m_windowMs;
    qint64 m_limit;
    qint64 m_start = 0; // this window's
    // Keys go with their windows: the tables never outgrow two windows' worth.
    QHash<QString, qint64> m_current;
    QHash<QString, qint64> m_previous;
};

} // namespace clinic
