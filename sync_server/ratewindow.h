#pragma once

#include <QHash>
#include <QString>

namespace clinic {

// At most `limit` events per key in each fixed window of time (an hour of registrations per
// address, say). Kept in memory: each server instance counts its own, and a restart forgets.
class RateWindow
{
public:
    RateWindow(qint64 windowMs, qint64 limit) : m_windowMs(windowMs), m_limit(limit) { }

    // Counts `amount` (one event, or its bytes) for `key`, unless that would take the key past
    // its limit this window: then false, and nothing is counted.
    bool take(const QString &key, qint64 now, qint64 amount = 1);
    // Until the window ends: when a refused key may try again.
    qint64 retryAfterMs(qint64 now) const { return qMax<qint64>(0, m_start + m_windowMs - now); }

private:
    qint64 m_windowMs;
    qint64 m_limit;
    qint64 m_start = 0;
    QHash<QString, qint64> m_counts;
};

} // namespace clinic
