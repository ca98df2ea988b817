#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace clinic {

// Keeps the audit log readable, and the disk safe, when someone hammers sign-in: failed
// attempts get a row each up to a budget per minute; beyond it, and for attempts refused while
// blocked (which cost an attacker nothing), they are only counted, and what was held back is
// written as one summary row a minute. Database-thread only; counts live in memory.
class AuditBudget
{
public:
    static constexpr int rowsPerMinute = 60;
    static constexpr int namedKeys = 20; // the summary names this many; the rest are "others"

    // Call takeSummary() first: it starts each minute's window.
    // A failed attempt: true when it should have a row of its own now; otherwise it is counted.
    bool admit(const QString &what, const QString &key);
    // An attempt refused while blocked: counted, never a row of its own.
    void count(const QString &what, const QString &key);
    // Once a minute has passed since the window began: a new window, and the text of a summary
    // row for what the old one held back (nullopt when nothing was).
    std::optional<QString> takeSummary(qint64 now);

private:
    void roll(qint64 now);

    qint64 m_windowStart = 0;
    int m_rows = 0;
    qint64 m_held = 0;
    QHash<QString, qint64> m_byWhat; // "refused while blocked", "wrong password", ...
    QHash<QString, qint64> m_byKey; // "name:alice", "address:192.0.2.7", at most namedKeys
    qint64 m_others = 0;
};

} // namespace clinic
