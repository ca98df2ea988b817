#include "ratewindow.h"

namespace clinic {

bool RateWindow::take(const QString &key, qint64 now, qint64 amount)
{
    if (now < m_start || now - m_start >= m_windowMs) {
        m_start = now;
        m_counts.clear(); // a window's keys go with it: the table never outgrows one window
    }
    qint64 &count = m_counts[key];
    if (count + amount > m_limit)
        return false;
    count += amount;
    return true;
}

} // namespace clinic
