#pragma once

#include <QDateTime>

namespace clinic {

// The time, as a seam: production uses Clock::system(); tests use a clock they set, so
// expiry, back-off and TOTP are tested with exact values.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // UTC Unix milliseconds

    qint64 nowSeconds() const { return nowMs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    // The date and the time of day on this computer (its time zone).
    QDateTime local() const { return now().toLocalTime(); }
    QDate today() const { return local().date(); }

    static const Clock &system();
};

} // namespace clinic
