#include "auditbudget.h"

#include <QStringList>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 windowMs = 60 * 1000;
}

bool AuditBudget::admit(const QString &what, const QString &key)
{
    if (m_rows < rowsPerMinute) {
        ++m_rows;
        return true;
    }
    count(what, key);
    return false;
}

void AuditBudget::count(const QString &what, const QString &key)
{
    ++m_held;
    ++m_byWhat[what];
    if (m_byKey.contains(key) || m_byKey.size() < namedKeys)
        ++m_byKey[key];
    else
        ++m_others;
}

std::optional<QString> AuditBudget::takeSummary(qint64 now)
{
    if (now - m_windowStart < windowMs)
        return std::nullopt;
    if (m_held == 0) {
        roll(now);
        return std::nullopt;
    }
    QStringList kinds;
    for (auto it = m_byWhat.cbegin(); it != m_byWhat.cend(); ++it)
        kinds << u"%1 %2"_s.arg(it.value()).arg(it.key());
    QList<std::pair<qint64, QString>> keys;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it)
        keys.append({ it.value(), it.key() });
    std::sort(keys.begin(), keys.end(), std::greater<>());
    QStringList named;
    for (const auto &[count, key] : keys)
        named << u"%1 %2"_s.arg(key).arg(count);
    if (m_others > 0)
        named << u"others %1"_s.arg(m_others);
    kinds.sort();
    const QString text = u"%1 attempts not written one by one (%2): %3"_s.arg(m_held).arg(
            kinds.join(u", "_s), named.join(u", "_s));
    roll(now);
    return text;
}

void AuditBudget::roll(qint64 now)
{
    m_windowStart = now;
    m_rows = 0;
    m_held = 0;
    m_byWhat.clear();
    m_byKey.clear();
    m_others = 0;
}

} // namespace clinic
