#include "appointment.h"

#include <array>
#include <utility>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<AppointmentStatus, const char *>, 8> names { {
        { AppointmentStatus::Requested, "requested" },
        { AppointmentStatus::Proposed, "proposed" },
        { AppointmentStatus::Confirmed, "confirmed" },
        { AppointmentStatus::CheckedIn, "checked_in" },
        { AppointmentStatus::Completed, "completed" },
        { AppointmentStatus::NoShow, "no_show" },
        { AppointmentStatus::Cancelled, "cancelled" },
        { AppointmentStatus::Declined, "declined" },
} };

} // namespace

QString AppointmentStatuses::name(AppointmentStatus status)
{
    for (const auto &[value, text] : names) {
        if (value == status)
            return QString::fromLatin1(text);
    }
    return {};
}

std::optional<AppointmentStatus> AppointmentStatuses::fromName(const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

bool AppointmentStatuses::holdsTime(AppointmentStatus status)
{
    return status == AppointmentStatus::Requested || status == AppointmentStatus::Proposed
            || status == AppointmentStatus::Confirmed || status == AppointmentStatus::CheckedIn;
}

} // namespace clinic
