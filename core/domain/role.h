#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace clinic {

enum class Role { Patient, Doctor, Nurse, FrontDesk, Pharmacist, Admin };

inline constexpr std::array allRoles { Role::Patient,   Role::Doctor,     Role::Nurse,
                                       Role::FrontDesk, Role::Pharmacist, Role::Admin };

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(clinic::Roles)
public:
    // The stable name used in the store and on the wire: "patient", "front_desk", ...
    static QString name(Role role);
    static std::optional<Role> fromName(QStringView name);
    // For people: "Front desk", translated.
    static QString displayName(Role role);
    // Staff: everyone but patients. The "2FA required for staff" policy applies to them.
    static bool isStaff(Role role) { return role != Role::Patient; }
};

} // namespace clinic
