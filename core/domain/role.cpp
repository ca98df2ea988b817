#include "role.h"

namespace clinic {

QString Roles::name(Role role)
{
    switch (role) {
    case Role::Patient:
        return QStringLiteral("patient");
    case Role::Doctor:
        return QStringLiteral("doctor");
    case Role::Nurse:
        return QStringLiteral("nurse");
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    case Role::Pharmacist:
        return QStringLiteral("pharmacist");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromName(QStringView name)
{
    for (Role role : allRoles) {
        if (Roles::name(role) == name)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Patient:
        return tr("Patient");
    case Role::Doctor:
        return tr("Doctor");
    case Role::Nurse:
        return tr("Nurse");
    case Role::FrontDesk:
        return tr("Front desk");
    case Role::Pharmacist:
        return tr("Pharmacist");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

} // namespace clinic
