#pragma once

#include "storage/writetransaction.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

// Exponential back-off after repeated failed sign-ins, per account and per source address:
// the first 4 failures cost nothing, the 5th blocks for 1 s, each further one doubles the
// wait, up to 15 minutes. A quiet quarter of an hour forgets old failures. A success clears
// the account's count, not the address's (one good account must not launder an address).
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(clinic::SignInThrottle)
public:
    static constexpr int freeFailures = 4;
    static constexpr qint64 maxBlockMs = 15 * 60 * 1000;
    static constexpr qint64 forgetAfterMs = 15 * 60 * 1000;

    explicit SignInThrottle(QSqlDatabase db) : m_db(std::move(db)) { }

    static QString accountKey(const QString &accountId) { return u"account:" + accountId; }
    static QString addressKey(const QString &address) { return u"address:" + address; }

    // Milliseconds until the key may try again; 0 when it may now.
    Result<qint64> waitFor(const QString &key, qint64 now) const;
    Result<void> recordFailure(WriteTransaction &, const QString &key, qint64 now);
    Result<void> clear(WriteTransaction &, const QString &key);

    // The block after this many consecutive failures.
    static qint64 blockAfter(int failures);

private:
    QSqlDatabase m_db;
};

} // namespace clinic
