#pragma once

#include <QString>

#include <optional>

namespace clinic {

// Where an appointment is in its life (SPEC S3):
//   requested -> confirmed -> checked_in -> completed
//   requested -> proposed (the provider offers another time) -> confirmed | declined
//   confirmed -> no_show;  requested | proposed | confirmed -> cancelled
// A reschedule moves a requested or confirmed visit to another free time, as a new request.
enum class AppointmentStatus {
    Requested,
    Proposed,
    Confirmed,
    CheckedIn,
    Completed,
    NoShow,
    Cancelled,
    Declined
};

namespace AppointmentStatuses {
QString name(AppointmentStatus status); // stable, stored and on the wire
std::optional<AppointmentStatus> fromName(const QString &name);
// Whether the visit still holds its time in the provider's calendar.
bool holdsTime(AppointmentStatus status);
} // namespace AppointmentStatuses

} // namespace clinic
