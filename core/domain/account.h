#pragma once

#include "domain/role.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace clinic {

enum class AccountStatus { Active, Pending, Rejected, Disabled };

struct AccountStatuses
{
    static QString name(AccountStatus status);
    static std::optional<AccountStatus> fromName(QStringView name);
};

// A user's account, without its secrets (password hash, TOTP secret): a row of the server's
// account table, and what an admin's client lists.
struct Account
{
    QString id;
    QString username; // lower case
    QString displayName;
    Role role = Role::Patient;
    AccountStatus status = AccountStatus::Active;
    QString statusReason;
    bool mustChangePassword = false;
    bool totpEnabled = false;
    QString licenceNumber;
    QString specialty; // a doctor's, as registered: one or several, comma-separated
    QString credentials; // a doctor's credentials and certifications, free text
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The account as the protocol carries it (docs/protocol.md).
    QCborMap toCbor() const;
    static Account fromCbor(const QCborMap &map);
};

} // namespace clinic
