#include "sessionrepository.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr auto columns = "id, account_id, created_at, last_seen_at, expires_at, source, client";

Session readSession(const QSqlQuery &query)
{
    return Session { query.value(0).toString(),   query.value(1).toString(),
                     query.value(2).toLongLong(), query.value(3).toLongLong(),
                     query.value(4).toLongLong(), query.value(5).toString(),
                     query.value(6).toString() };
}

Error failed(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, SessionRepository::tr("The session store failed."),
                     query.lastError().text());
}

} // namespace

QByteArray SessionRepository::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

Result<void> SessionRepository::insert(WriteTransaction &, const Session &s, const QByteArray &hash)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO session (id, token_hash, account_id, created_at, last_seen_at, "
                  u"expires_at, source, client) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList { s.id, hash, s.accountId, s.createdAt, s.lastSeenAt,
                                                s.expiresAt, s.source, s.client })
        query.addBindValue(value);
    return query.exec() ? Result<void>() : Result<void>(failed(query));
}

SessionRepository::SessionRepository(QSqlDatabase db)
    : m_db(db), m_lookups(std::move(db), tr("The session store failed."))
{ }

Result<std::optional<Session>> SessionRepository::findOne(const QString &where,
                                                          const QVariant &value) const
{
    auto query = m_lookups.run(u"SELECT "_s + QLatin1StringView(columns) + u" FROM session WHERE "
                                       + where + u" = ?",
                               { value });
    if (!query)
        return query.error();
    QSqlQuery &rows = *query.value();
    std::optional<Session> found;
    if (rows.next())
        found = readSession(rows);
    rows.finish(); // kept prepared, but its result let go
    return found;
}

Result<std::optional<Session>> SessionRepository::findByToken(const QString &token) const
{
    return findOne(u"token_hash"_s, tokenHash(token));
}

Result<std::optional<Session>> SessionRepository::findById(const QString &id) const
{
    return findOne(u"id"_s, id);
}

Result<QList<Session>> SessionRepository::forAccount(const QString &accountId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + QLatin1StringView(columns)
                  + u" FROM session WHERE account_id = ? ORDER BY last_seen_at DESC");
    query.addBindValue(accountId);
    if (!query.exec())
        return failed(query);
    QList<Session> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

Result<void> SessionRepository::touch(WriteTransaction &, const QString &id, qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE session SET last_seen_at = ? WHERE id = ?"_s);
    query.addBindValue(now);
    query.addBindValue(id);
    return query.exec() ? Result<void>() : Result<void>(failed(query));
}

Result<void> SessionRepository::remove(WriteTransaction &, const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM session WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() ? Result<void>() : Result<void>(failed(query));
}

Result<QStringList> SessionRepository::removeForAccount(WriteTransaction &transaction,
                                                        const QString &accountId)
{
    auto sessions = forAccount(accountId);
    if (!sessions)
        return sessions.error();
    QStringList ended;
    for (const Session &session : sessions.value()) {
        if (auto removed = remove(transaction, session.id); !removed)
            return removed.error();
        ended << session.id;
    }
    return ended;
}

Result<int> SessionRepository::countActive(qint64 now) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM session WHERE expires_at > ?"_s);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return failed(query);
    return query.value(0).toInt();
}

} // namespace clinic
