#include "sqlexec.h"

#include <QSqlError>

namespace clinic {

Result<QSqlQuery> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                          const QString &failureMessage)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without values it runs as it is: PostgreSQL cannot prepare SAVEPOINT and its kin.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return makeError(ErrorCode::Sql, failureMessage, query.lastError().text());
        return query;
    }
    if (!query.prepare(sql))
        return makeError(ErrorCode::Sql, failureMessage, query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorCode::Sql, failureMessage, query.lastError().text());
    return query;
}

} // namespace clinic
