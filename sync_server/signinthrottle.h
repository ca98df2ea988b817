#pragma once

#include "storage/writetransaction.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

// Back-off after failed password and one-time-code checks, as OWASP ASVS 2.2 describes:
// slow down per user name and per address, never lock for good.
// - Keys: the user name as typed (known or not, so the answer never tells which names exist),
//   the address (IPv6 per /64), and a device the user signed in from before
//   (DeviceTokenRepository), which is throttled on its own count instead of the other two.
// - An attempt counts when it STARTS, before its password is checked: attempts sent in
//   parallel cannot all slip through while the first are still being hashed. An attempt whose
//   password turns out right hands its count back (refund).
// - The first failures are free: 4 for a name, 10 for a device, 20 for an address (a whole
//   clinic may share one behind NAT). Each one after blocks for 1 s, doubling, up to 15
//   minutes; a quiet quarter of an hour forgets them. A success clears the name's and the
//   device's count; an admin's password reset clears the name's.
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(clinic::SignInThrottle)
public:
    static constexpr qint64 maxBlockMs = 15 * 60 * 1000;
    static constexpr qint64 forgetAfterMs = 15 * 60 * 1000;

    struct Key
    {
        QString text; // "name:alice", "address:192.0.2.7", "device:<hex>", "session:<id>"
        int freeFailures = 4;
    };
    static Key name(const QString &username);
    static Key address(const QString &addressKey);
    static Key device(const QByteArray &tokenHash);
    static Key session(const QString &sessionId); // checks of the password inside a session

    explicit SignInThrottle(QSqlDatabase db) : m_db(std::move(db)) { }

    // Milliseconds until all of these keys may try again; 0 when they may now.
    Result<qint64> waitFor(const QList<Key> &keys, qint64 now) const;
    // Counts an attempt as failed (until refunded). True when it started a block.
    Result<bool> recordAttempt(WriteTransaction &, const Key &key, qint64 now);
    Result<void> refund(WriteTransaction &, const Key &key);
    Result<void> clear(WriteTransaction &, const Key &key);
    // Drops what has been forgotten anyway; returns how many rows went.
    Result<qint64> prune(qint64 now);

    // The block after this many consecutive failures.
    static qint64 blockAfter(int failures, int freeFailures);

private:
    struct Row
    {
        int failures = 0;
        qint64 lastFailureAt = 0;
    };
    Result<Row> read(const QString &key) const;
    Result<void> write(const Key &key, int failures, qint64 lastFailureAt);

    QSqlDatabase m_db;
};

} // namespace clinic
