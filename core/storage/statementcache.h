#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>

namespace clinic {

// Statements prepared once per connection and re-used: preparing costs more than running a
// lookup (measured in bench/store_bench). A repository numbers its statements and gives the
// SQL for each number.
class StatementCache
{
public:
    using SqlFor = QString (*)(int statement);

    StatementCache(QSqlDatabase db, SqlFor sqlFor, QString failureMessage)
        : m_db(std::move(db)), m_sqlFor(sqlFor), m_failureMessage(std::move(failureMessage))
    { }

    // Binds values in order and executes; the query is positioned before its first row and
    // stays valid until the same statement runs again.
    Result<QSqlQuery *> run(int statement, const QVariantList &values) const;
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    SqlFor m_sqlFor;
    QString m_failureMessage;
    mutable std::map<int, QSqlQuery> m_queries; // a map: the pointers handed out stay valid
};

} // namespace clinic
