#include "signinthrottle.h"

#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int nameFreeFailures = 4;
constexpr int deviceFreeFailures = 10;
constexpr int addressFreeFailures = 20;

Error failed(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, SignInThrottle::tr("The sign-in records failed."),
                     query.lastError().text());
}

} // namespace

SignInThrottle::Key SignInThrottle::name(const QString &username)
{
    return { u"name:"_s + username.trimmed().toLower().left(100), nameFreeFailures };
}

SignInThrottle::Key SignInThrottle::address(const QString &addressKey)
{
    return { u"address:"_s + addressKey, addressFreeFailures };
}

SignInThrottle::Key SignInThrottle::device(const QByteArray &tokenHash)
{
    return { u"device:"_s + QString::fromLatin1(tokenHash.toHex()), deviceFreeFailures };
}

SignInThrottle::Key SignInThrottle::session(const QString &sessionId)
{
    return { u"session:"_s + sessionId, nameFreeFailures };
}

qint64 SignInThrottle::blockAfter(int failures, int freeFailures)
{
    if (failures <= freeFailures)
        return 0;
    const int doublings = qMin(failures - freeFailures - 1, 20);
    return qMin(qint64(1000) << doublings, maxBlockMs);
}

Result<SignInThrottle::Row> SignInThrottle::read(const QString &key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT failures, last_failure_at FROM sign_in_throttle WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return Row {};
    return Row { query.value(0).toInt(), query.value(1).toLongLong() };
}

Result<qint64> SignInThrottle::waitFor(const QList<Key> &keys, qint64 now) const
{
    qint64 wait = 0;
    for (const Key &key : keys) {
        auto row = read(key.text);
        if (!row)
            return row.error();
        if (now - row->lastFailureAt < forgetAfterMs) {
            const qint64 until = row->lastFailureAt + blockAfter(row->failures, key.freeFailures);
            wait = qMax(wait, until - now);
        }
    }
    return wait;
}

Result<void> SignInThrottle::write(const Key &key, int failures, qint64 lastFailureAt)
{
    QSqlQuery query(m_db);
    if (failures <= 0) {
        query.prepare(u"DELETE FROM sign_in_throttle WHERE key = ?"_s);
        query.addBindValue(key.text);
        return query.exec() ? Result<void>() : Result<void>(failed(query));
    }
    query.prepare(SqlDialect::insertOrReplace(
            m_db, u"sign_in_throttle"_s,
            { u"key"_s, u"failures"_s, u"last_failure_at"_s, u"blocked_until"_s }, { u"key"_s }));
    query.addBindValue(key.text);
    query.addBindValue(failures);
    query.addBindValue(lastFailureAt);
    query.addBindValue(lastFailureAt + blockAfter(failures, key.freeFailures));
    return query.exec() ? Result<void>() : Result<void>(failed(query));
}

Result<bool> SignInThrottle::recordAttempt(WriteTransaction &, const Key &key, qint64 now)
{
    auto row = read(key.text);
    if (!row)
        return row.error();
    const int failures = (now - row->lastFailureAt < forgetAfterMs ? row->failures : 0) + 1;
    if (auto written = write(key, failures, now); !written)
        return written.error();
    return blockAfter(failures, key.freeFailures) > 0;
}

Result<void> SignInThrottle::refund(WriteTransaction &, const Key &key)
{
    auto row = read(key.text);
    if (!row)
        return row.error();
    return write(key, row->failures - 1, row->lastFailureAt);
}

Result<void> SignInThrottle::clear(WriteTransaction &, const Key &key)
{
    return write(key, 0, 0);
}

Result<qint64> SignInThrottle::prune(qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sign_in_throttle WHERE last_failure_at <= ?"_s);
    query.addBindValue(now - forgetAfterMs);
    if (!query.exec())
        return failed(query);
    return qint64(query.numRowsAffected());
}

} // namespace clinic
