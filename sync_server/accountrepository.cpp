#include "accountrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr auto columns = "id, username, display_name, role, status, status_reason, "
                         "must_change_password, totp_secret IS NOT NULL, licence_number, "
                         "specialty, created_at, updated_at, credentials";

Account readAccount(const QSqlQuery &query)
{
    Account a;
    a.id = query.value(0).toString();
    a.username = query.value(1).toString();
    a.displayName = query.value(2).toString();
    a.role = Roles::fromName(query.value(3).toString()).value_or(Role::Patient);
    a.status =
            AccountStatuses::fromName(query.value(4).toString()).value_or(AccountStatus::Disabled);
    a.statusReason = query.value(5).toString();
    a.mustChangePassword = query.value(6).toBool();
    a.totpEnabled = query.value(7).toBool();
    a.licenceNumber = query.value(8).toString();
    a.specialty = query.value(9).toString();
    a.createdAt = query.value(10).toLongLong();
    a.updatedAt = query.value(11).toLongLong();
    a.credentials = query.value(12).toString();
    return a;
}

Error failed(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, AccountRepository::tr("The account store failed."),
                     query.lastError().text());
}

// For NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant blobOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db)
    : m_db(db), m_lookups(std::move(db), tr("The account store failed."))
{ }

Result<std::optional<Account>> AccountRepository::findOne(const QString &where,
                                                          const QString &value) const
{
    auto query = m_lookups.run(u"SELECT "_s + QLatin1StringView(columns) + u" FROM account WHERE "
                                       + where + u" = ?",
                               { value });
    if (!query)
        return query.error();
    QSqlQuery &rows = *query.value();
    std::optional<Account> found;
    if (rows.next())
        found = readAccount(rows);
    rows.finish(); // kept prepared, but its result let go
    return found;
}

Result<void> AccountRepository::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query);
    return {};
}

Result<std::optional<Account>> AccountRepository::findByUsername(const QString &username) const
{
    return findOne(u"username"_s, username.trimmed().toLower());
}

Result<std::optional<Account>> AccountRepository::findById(const QString &id) const
{
    return findOne(u"id"_s, id);
}

Result<AccountRepository::Secrets> AccountRepository::secrets(const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT password_hash, totp_secret, totp_pending_secret, totp_last_step "
                  u"FROM account WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return makeError(ErrorCode::InvalidArgument, tr("No such account."));
    return Secrets { query.value(0).toString().toLatin1(), query.value(1).toByteArray(),
                     query.value(2).toByteArray(), query.value(3).toLongLong() };
}

Result<QList<Account>> AccountRepository::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + QLatin1StringView(columns) + u" FROM account ORDER BY username"))
        return failed(query);
    QList<Account> accounts;
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

Result<QList<Account>> AccountRepository::listAfter(const QString &after, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + QLatin1StringView(columns)
                  + u" FROM account WHERE username > ? ORDER BY username LIMIT ?");
    query.addBindValue(after.isNull() ? u""_s : after); // a null QString binds as NULL
    query.addBindValue(limit);
    if (!query.exec())
        return failed(query);
    QList<Account> accounts;
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

Result<int> AccountRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM account"_s) || !query.next())
        return failed(query);
    return query.value(0).toInt();
}

Result<void> AccountRepository::insert(WriteTransaction &, const Account &a,
                                       const QByteArray &passwordHash)
{
    return exec(u"INSERT INTO account (id, username, display_name, role, status, status_reason, "
                u"password_hash, must_change_password, licence_number, specialty, created_at, "
                u"updated_at, credentials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { a.id, a.username, a.displayName, Roles::name(a.role),
                  AccountStatuses::name(a.status), text(a.statusReason),
                  QString::fromLatin1(passwordHash), a.mustChangePassword, text(a.licenceNumber),
                  text(a.specialty), a.createdAt, a.updatedAt, text(a.credentials) });
}

Result<void> AccountRepository::setStatus(WriteTransaction &, const QString &id,
                                          AccountStatus status, const QString &reason, qint64 now)
{
    return exec(u"UPDATE account SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"_s,
                { AccountStatuses::name(status), text(reason), now, id });
}

Result<void> AccountRepository::setRole(WriteTransaction &, const QString &id, Role role,
                                        qint64 now)
{
    return exec(u"UPDATE account SET role = ?, updated_at = ? WHERE id = ?"_s,
                { Roles::name(role), now, id });
}

Result<void> AccountRepository::setPassword(WriteTransaction &, const QString &id,
                                            const QByteArray &passwordHash, bool mustChange,
                                            qint64 now)
{
    return exec(u"UPDATE account SET password_hash = ?, must_change_password = ?, updated_at = ? "
                u"WHERE id = ?"_s,
                { QString::fromLatin1(passwordHash), mustChange, now, id });
}

Result<void> AccountRepository::setTotpPending(WriteTransaction &, const QString &id,
                                               const QByteArray &secret, qint64 now)
{
    return exec(u"UPDATE account SET totp_pending_secret = ?, updated_at = ? WHERE id = ?"_s,
                { blobOrNull(secret), now, id });
}

Result<void> AccountRepository::confirmTotp(WriteTransaction &, const QString &id, qint64 step,
                                            qint64 now)
{
    return exec(
            u"UPDATE account SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
            u"totp_last_step = ?, updated_at = ? WHERE id = ? AND totp_pending_secret IS NOT NULL"_s,
            { step, now, id });
}

Result<void> AccountRepository::setTotpLastStep(WriteTransaction &, const QString &id, qint64 step)
{
    return exec(u"UPDATE account SET totp_last_step = ? WHERE id = ?"_s, { step, id });
}

} // namespace clinic
