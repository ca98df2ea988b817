#pragma once

#include "util/result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace clinic::ui {

// How the pharmacy screens send a change: SyncEngine::submit by default; a test may put its own.
using PharmacySubmit = std::function<Result<qint64>(const QString &name, const QCborMap &args)>;

class PharmacyFormat
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::PharmacyFormat)
public:
    // The fill statuses in queue order: new, in_progress, ready, dispensed, rejected, returned.
    static const QStringList &fillStatuses();
    // "New", "In progress", "Ready for pick-up", ...
    static QString fillStatus(const QString &status);
    // "amlodipine 5 mg tablet"
    static QString drug(const QString &name, const QString &strength, const QString &form);
    // "18 Nov 2026, 10:36" in local time.
    static QString when(qint64 ms);
    // "Contraindicated", "Major", ... for the severity words of the check.
    static QString severity(const QString &severity);
};

} // namespace clinic::ui
