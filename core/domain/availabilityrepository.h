#pragma once

#include "scheduling/availability.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace clinic {

// A provider's weekly hours and exceptions with the ids of their rows, so that each can be
// changed or removed (availability.* mutations).
struct RuleRow
{
    QString id;
    WeeklyRule rule;
};

struct ExceptionRow
{
    QString id;
    AvailabilityException exception;
};

struct ProviderHours
{
    QList<RuleRow> rules; // by day, then start
    QList<ExceptionRow> exceptions; // by start
};

// Reads a provider's hours as synced to this computer (the "directory" bucket).
class AvailabilityRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AvailabilityRepository)
public:
    static Result<ProviderHours> of(const QSqlDatabase &db, const QString &providerId);
};

} // namespace clinic
