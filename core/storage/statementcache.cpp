#include "statementcache.h"

#include <QSqlError>

namespace clinic {

Result<QSqlQuery *> StatementCache::run(int statement, const QVariantList &values) const
{
    auto found = m_queries.find(statement);
    if (found == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(m_sqlFor(statement)))
            return makeError(ErrorCode::Sql, m_failureMessage, query.lastError().text());
        found = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery &query = found->second;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorCode::Sql, m_failureMessage, query.lastError().text());
    return &query;
}

} // namespace clinic
