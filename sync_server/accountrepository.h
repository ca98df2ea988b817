#pragma once

#include "domain/account.h"
#include "storage/preparedqueries.h"
#include "storage/writetransaction.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace clinic {

// The account table. Plain reads and writes; the rules live in AccountService.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AccountRepository)
public:
    explicit AccountRepository(QSqlDatabase db);

    struct Secrets
    {
        QByteArray passwordHash;
        QByteArray totpSecret; // empty: no second factor
        QByteArray totpPendingSecret; // empty: no enrolment in progress
        qint64 totpLastStep = 0;
    };

    Result<std::optional<Account>> findByUsername(const QString &username) const;
    Result<std::optional<Account>> findById(const QString &id) const;
    Result<Secrets> secrets(const QString &id) const;
    Result<QList<Account>> list() const;
    // Up to `limit` accounts whose user name sorts after `after`, in user-name order.
    Result<QList<Account>> listAfter(const QString &after, int limit) const;
    Result<int> count() const;

    Result<void> insert(WriteTransaction &, const Account &account, const QByteArray &passwordHash);
    Result<void> setStatus(WriteTransaction &, const QString &id, AccountStatus status,
                           const QString &reason, qint64 now);
    Result<void> setRole(WriteTransaction &, const QString &id, Role role, qint64 now);
    Result<void> setPassword(WriteTransaction &, const QString &id, const QByteArray &passwordHash,
                             bool mustChange, qint64 now);
    Result<void> setTotpPending(WriteTransaction &, const QString &id, const QByteArray &secret,
                                qint64 now);
    Result<void> confirmTotp(WriteTransaction &, const QString &id, qint64 step, qint64 now);
    Result<void> setTotpLastStep(WriteTransaction &, const QString &id, qint64 step);

private:
    Result<void> exec(const QString &sql, const QVariantList &values) const;
    Result<std::optional<Account>> findOne(const QString &where, const QString &value) const;

    QSqlDatabase m_db;
    mutable PreparedQueries m_lookups; // every request looks its account up
};

} // namespace clinic
