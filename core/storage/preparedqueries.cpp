#include "preparedqueries.h"

#include <QSqlError>

namespace clinic {

Result<QSqlQuery *> PreparedQueries::run(const QString &sql, const QVariantList &values)
{
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!values.isEmpty() && !query.prepare(sql))
            return makeError(ErrorCode::Sql, m_failureMessage, query.lastError().text());
        found = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = found->second;
    for (const QVariant &value : values)
        query.addBindValue(value);
    // Without values it runs as it is: PostgreSQL cannot prepare SAVEPOINT and its kin.
    if (!(values.isEmpty() ? query.exec(sql) : query.exec()))
        return makeError(ErrorCode::Sql, m_failureMessage, query.lastError().text());
    return &query;
}

} // namespace clinic
