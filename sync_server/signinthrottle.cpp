#include "signinthrottle.h"

#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error failed(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, SignInThrottle::tr("The sign-in records failed."),
                     query.lastError().text());
}

} // namespace

qint64 SignInThrottle::blockAfter(int failures)
{
    if (failures <= freeFailures)
        return 0;
    const int doublings = qMin(failures - freeFailures - 1, 20);
    return qMin(qint64(1000) << doublings, maxBlockMs);
}

Result<qint64> SignInThrottle::waitFor(const QString &key, qint64 now) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT blocked_until FROM sign_in_throttle WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return qint64(0);
    return qMax<qint64>(0, query.value(0).toLongLong() - now);
}

Result<void> SignInThrottle::recordFailure(WriteTransaction &, const QString &key, qint64 now)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT failures, last_failure_at FROM sign_in_throttle WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return failed(query);
    int failures = 0;
    if (query.next() && now - query.value(1).toLongLong() < forgetAfterMs)
        failures = query.value(0).toInt();
    query.finish();
    ++failures;
    QSqlQuery write(m_db);
    write.prepare(SqlDialect::insertOrReplace(
            m_db, u"sign_in_throttle"_s,
            { u"key"_s, u"failures"_s, u"last_failure_at"_s, u"blocked_until"_s }, { u"key"_s }));
    write.addBindValue(key);
    write.addBindValue(failures);
    write.addBindValue(now);
    write.addBindValue(now + blockAfter(failures));
    return write.exec() ? Result<void>() : Result<void>(failed(write));
}

Result<void> SignInThrottle::clear(WriteTransaction &, const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sign_in_throttle WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() ? Result<void>() : Result<void>(failed(query));
}

} // namespace clinic
