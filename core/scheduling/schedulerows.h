#pragma once

#include "scheduling/availability.h"

#include <QCborMap>

#include <optional>

namespace clinic {

// The synced scheduling rows (migrations/client/0005_scheduling.sql) as the slot
// calculator's types, and back.
// A provider's hours, exceptions and busy times, as freeSlots() takes them.
struct ProviderSchedule
{
    QList<WeeklyRule> rules;
    QList<AvailabilityException> exceptions;
    QList<TimeRange> busy;
};

namespace ScheduleRows {
QString modalityName(Modality modality); // "in_person", "video"
std::optional<Modality> modalityFromName(const QString &name);

WeeklyRule rule(const QCborMap &row);
QCborMap ruleColumns(const WeeklyRule &rule); // every column but the common ones and provider
AvailabilityException exception(const QCborMap &row);
TimeRange busy(const QCborMap &row);
// A provider's live rows of the three tables; the busy row `ignoringBusyId` (a visit being
// moved) is left out.
ProviderSchedule schedule(const QList<QCborMap> &rules, const QList<QCborMap> &exceptions,
                          const QList<QCborMap> &busy, const QString &ignoringBusyId = {});
} // namespace ScheduleRows

} // namespace clinic
