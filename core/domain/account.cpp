#include "account.h"

namespace clinic {

using namespace Qt::StringLiterals;

QString AccountStatuses::name(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return u"active"_s;
    case AccountStatus::Pending:
        return u"pending"_s;
    case AccountStatus::Rejected:
        return u"rejected"_s;
    case AccountStatus::Disabled:
        return u"disabled"_s;
    }
    return {};
}

std::optional<AccountStatus> AccountStatuses::fromName(QStringView name)
{
    for (AccountStatus status : { AccountStatus::Active, AccountStatus::Pending,
                                  AccountStatus::Rejected, AccountStatus::Disabled }) {
        if (AccountStatuses::name(status) == name)
            return status;
    }
    return std::nullopt;
}

QCborMap Account::toCbor() const
{
    return QCborMap { { u"id"_s, id },
                      { u"username"_s, username },
                      { u"display_name"_s, displayName },
                      { u"role"_s, Roles::name(role) },
                      { u"status"_s, AccountStatuses::name(status) },
                      { u"status_reason"_s, statusReason },
                      { u"licence_number"_s, licenceNumber },
                      { u"specialty"_s, specialty },
                      { u"credentials"_s, credentials },
                      { u"totp"_s, totpEnabled },
                      { u"must_change_password"_s, mustChangePassword },
                      { u"created_at"_s, createdAt } };
}

Account Account::fromCbor(const QCborMap &map)
{
    Account a;
    a.id = map.value(u"id"_s).toString();
    a.username = map.value(u"username"_s).toString();
    a.displayName = map.value(u"display_name"_s).toString();
    a.role = Roles::fromName(map.value(u"role"_s).toString()).value_or(Role::Patient);
    a.status = AccountStatuses::fromName(map.value(u"status"_s).toString())
                       .value_or(AccountStatus::Disabled);
    a.statusReason = map.value(u"status_reason"_s).toString();
    a.licenceNumber = map.value(u"licence_number"_s).toString();
    a.specialty = map.value(u"specialty"_s).toString();
    a.credentials = map.value(u"credentials"_s).toString();
    a.totpEnabled = map.value(u"totp"_s).toBool();
    a.mustChangePassword = map.value(u"must_change_password"_s).toBool();
    a.createdAt = map.value(u"created_at"_s).toInteger();
    return a;
}

} // namespace clinic
