#include "ratewindow.h"

namespace clinic {

bool RateWindow::take(const QString &key, qint64 now, qint64 amount)
{
    if (now < m_start || now - m_start >= m_windowMs) {
        m_start = now;
        m_counts.clear(); // a window's keys go with it: the table never outgrows one window
    }
    qint64 &count = m_counts[key];
    if (count >= m_limit)
        return false;
    count += amount; // one over is let through: a push larger than the budget is not stuck
    return true;
}

} // namespace clinic
