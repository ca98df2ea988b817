#pragma once

#include "crypto/securerandom.h"
#include "storage/preparedqueries.h"
#include "storage/writetransaction.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

// Devices a user has signed in from. A device keeps a random token (only its SHA-256 is
// stored here) and presents it with its next sign-in, which is then throttled on the device's
// own count instead of the user name's: someone guessing at a name cannot lock its owner out
// of their usual computer (OWASP, "Slow down online guessing attacks with device cookies").
// A token says only "this device signed in as this user before": it never signs anyone in.
class DeviceTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DeviceTokenRepository)
public:
    static constexpr int maxPerAccount = 20; // the least recently used go first
    static constexpr qint64 unusedLifetimeMs = 180LL * 24 * 60 * 60 * 1000;

    DeviceTokenRepository(QSqlDatabase db, const SecureRandom &random);

    // A new token for this account (the oldest beyond maxPerAccount are forgotten).
    Result<QString> issue(WriteTransaction &, const QString &accountId, qint64 now);
    // The token's hash (the throttle's key) if it belongs to this account and was used
    // within its lifetime; nullopt otherwise, whatever the reason.
    Result<std::optional<QByteArray>> check(const QString &token, const QString &accountId,
                                            qint64 now);
    Result<void> touch(WriteTransaction &, const QByteArray &tokenHash, qint64 now);
    // After an admin's password reset or a disabled account: the devices must earn trust again.
    Result<void> forgetAccount(WriteTransaction &, const QString &accountId);

    static bool isWellFormed(const QString &token);

private:
    const SecureRandom &m_random;
    PreparedQueries m_queries;
};

} // namespace clinic
