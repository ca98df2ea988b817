#include "devicetokenrepository.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int tokenBytes = 32;

QByteArray hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

} // namespace

DeviceTokenRepository::DeviceTokenRepository(QSqlDatabase db, const SecureRandom &random)
    : m_random(random), m_queries(std::move(db), tr("The device records failed."))
{ }

bool DeviceTokenRepository::isWellFormed(const QString &token)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]{43}"_s)); // 256 bits, base64url
    return pattern.match(token).hasMatch();
}

Result<QString> DeviceTokenRepository::issue(WriteTransaction &, const QString &accountId,
                                             qint64 now)
{
    const QString token = QString::fromLatin1(
            m_random.bytes(tokenBytes)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    auto inserted = m_queries.run(u"INSERT INTO device_token (token_hash, account_id, created_at, "
                                  u"last_used_at) VALUES (?, ?, ?, ?)"_s,
                                  { hashOf(token), accountId, now, now });
    if (!inserted)
        return inserted.error();
    // Keep the newest maxPerAccount: a token per sign-in from a browser-less script must not
    // grow the table without end.
    auto trimmed =
            m_queries.run(u"DELETE FROM device_token WHERE account_id = ? AND token_hash NOT IN ("
                          u"SELECT token_hash FROM device_token WHERE account_id = ? "
                          u"ORDER BY last_used_at DESC LIMIT ?)"_s,
                          { accountId, accountId, maxPerAccount });
    if (!trimmed)
        return trimmed.error();
    return token;
}

Result<std::optional<QByteArray>> DeviceTokenRepository::check(const QString &token,
                                                               const QString &accountId, qint64 now)
{
    if (!isWellFormed(token) || accountId.isEmpty())
        return std::optional<QByteArray>();
    const QByteArray hash = hashOf(token);
    auto query = m_queries.run(
            u"SELECT account_id, last_used_at FROM device_token WHERE token_hash = ?"_s, { hash });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const bool valid = rows.next() && rows.value(0).toString() == accountId
            && now - rows.value(1).toLongLong() < unusedLifetimeMs;
    rows.finish();
    return valid ? std::optional(hash) : std::optional<QByteArray>();
}

Result<void> DeviceTokenRepository::touch(WriteTransaction &, const QByteArray &tokenHash,
                                          qint64 now)
{
    auto done = m_queries.run(u"UPDATE device_token SET last_used_at = ? WHERE token_hash = ?"_s,
                              { now, tokenHash });
    return done ? Result<void>() : Result<void>(done.error());
}

Result<void> DeviceTokenRepository::forgetAccount(WriteTransaction &, const QString &accountId)
{
    auto done = m_queries.run(u"DELETE FROM device_token WHERE account_id = ?"_s, { accountId });
    return done ? Result<void>() : Result<void>(done.error());
}

} // namespace clinic
