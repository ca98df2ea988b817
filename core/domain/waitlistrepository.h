#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace clinic {

// A patient's place on a provider's waitlist as synced here, with the provider's name.
struct WaitlistEntryView
{
    QString id;
    QString patientId;
    QString patientName;
    QString providerId;
    QString providerName;
    QString modality; // "" either, "in_person", "video"
    qint64 fromMs = 0;
    qint64 untilMs = 0;
    QString status; // "waiting", "offered", "booked"
    qint64 offeredStartMs = 0; // when offered
    qint64 offeredEndMs = 0;
};

class WaitlistRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::WaitlistRepository)
public:
    // The live entries this computer has (a patient's own; a provider's or the desk's all),
    // offered ones first, then by when they were made.
    static Result<QList<WaitlistEntryView>> list(const QSqlDatabase &db);
};

} // namespace clinic
