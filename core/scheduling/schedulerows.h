#pragma once

#include "scheduling/availability.h"

#include <QCborMap>

#include <optional>

namespace clinic {

// The synced scheduling rows (migrations/client/0005_scheduling.sql) as the slot
// calculator's types, and back.
namespace ScheduleRows {
QString modalityName(Modality modality); // "in_person", "video"
std::optional<Modality> modalityFromName(const QString &name);

WeeklyRule rule(const QCborMap &row);
QCborMap ruleColumns(const WeeklyRule &rule); // every column but the common ones and provider
AvailabilityException exception(const QCborMap &row);
TimeRange busy(const QCborMap &row);
} // namespace ScheduleRows

} // namespace clinic
