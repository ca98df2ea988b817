#include "localaccount.h"

#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error failed(const QSqlQuery &query)
{
    return makeError(
            ErrorCode::Sql,
            QCoreApplication::translate("clinic::LocalAccount",
                                        "This computer's record of your account cannot be read."),
            query.lastError().text());
}

} // namespace

Result<std::optional<LocalAccount>> LocalAccount::load(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT server, account_id, username, display_name, role, idle_lock_minutes "
                    u"FROM local_account WHERE id = 1"_s))
        return failed(query);
    if (!query.next())
        return std::optional<LocalAccount>();
    LocalAccount account;
    account.server = query.value(0).toString();
    account.accountId = query.value(1).toString();
    account.username = query.value(2).toString();
    account.displayName = query.value(3).toString();
    account.role = Roles::fromName(query.value(4).toString()).value_or(Role::Patient);
    account.idleLockMinutes = query.value(5).toInt();
    return std::optional<LocalAccount>(account);
}

Result<void> LocalAccount::save(QSqlDatabase db, qint64 nowMs) const
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(
            u"INSERT OR REPLACE INTO local_account (id, server, account_id, username, "
            u"display_name, role, idle_lock_minutes, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList { server, accountId, username, displayName,
                                                Roles::name(role), idleLockMinutes, nowMs })
        query.addBindValue(value);
    if (!query.exec()) {
        transaction->markFailed();
        return failed(query);
    }
    return transaction->commit();
}

} // namespace clinic
