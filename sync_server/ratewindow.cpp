#include "ratewindow.h"

#include <cmath>

namespace clinic {

void RateWindow::roll(qint64 now)
{
    if (now < m_start) { // the clock went back: start again rather than trust old counts
        m_start = now;
        m_current.clear();
        m_previous.clear();
        return;
    }
    const qint64 windows = (now - m_start) / m_windowMs;
    if (windows == 0)
        return;
    m_previous = windows == 1 ? std::move(m_current) : QHash<QString, qint64>();
    m_current = {};
    m_start += windows * m_windowMs;
}

qint64 RateWindow::estimate(const QString &key, qint64 now) const
{
    const double overlap = double(m_windowMs - (now - m_start)) / double(m_windowMs);
    return qint64(std::ceil(double(m_previous.value(key)) * overlap)) + m_current.value(key);
}

bool RateWindow::fits(const QString &key, qint64 now, qint64 amount)
{
    roll(now);
    return estimate(key, now) + amount <= m_limit;
}

bool RateWindow::take(const QString &key, qint64 now, qint64 amount)
{
    if (!fits(key, now, amount))
        return false;
    m_current[key] += amount;
    return true;
}

qint64 RateWindow::retryAfterMs(const QString &key, qint64 now, qint64 amount)
{
    roll(now);
    const qint64 room = m_limit - amount; // what may be counted before it
    if (room < 0)
        return 2 * m_windowMs;
    // Within this window the previous one's share shrinks; past it, this one's does.
    qint64 start = m_start;
    qint64 fading = m_previous.value(key);
    qint64 staying = m_current.value(key);
    if (staying > room) {
        start += m_windowMs;
        fading = staying;
        staying = 0;
    }
    const qint64 allowedFade = room - staying; // >= 0
    const double at = fading == 0
            ? 0.0
            : double(m_windowMs) * (1.0 - double(allowedFade) / double(fading));
    const qint64 when = start + qint64(std::ceil(qMax(0.0, at)));
    return qMax<qint64>(1000, when - now);
}

} // namespace clinic
