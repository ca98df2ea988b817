#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>

namespace clinic {

// Statements prepared on first use and kept, by their SQL text, for code whose statements are
// built at run time (one per synced table) or run once per row. Preparing costs more than
// running a lookup on SQLite (bench/store_bench), and on PostgreSQL a prepared statement used
// once costs three round trips instead of one. StatementCache is the same for statements
// known at compile time.
class PreparedQueries
{
public:
    PreparedQueries(QSqlDatabase db, QString failureMessage)
        : m_db(std::move(db)), m_failureMessage(std::move(failureMessage))
    { }

    // Binds values in order and executes, forward-only; the query stays valid until the same
    // SQL runs again. A statement without values is run as it is, not prepared. Read a query
    // to its end or finish() it: on SQLite a half-read one holds its read snapshot, and a
    // write transaction on a stale snapshot is refused as busy.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_failureMessage;
    std::map<QString, QSqlQuery> m_queries; // a map: the pointers handed out stay valid
};

} // namespace clinic
