#pragma once

#include "util/result.h"
#include "vitals/vitalkind.h"
#include "vitals/vitalrepository.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace clinic::ui {

// How the vitals screens send a change: SyncEngine::submit by default; a test may put its own.
using VitalSubmit = std::function<Result<qint64>(const QString &name, const QCborMap &args)>;

// The ranges a chart shows, back from now.
enum class VitalRange { Week, Month, Year, All };

class VitalFormat
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::VitalFormat)
public:
    // "120/80 mmHg", "36.6 °C", "98.2 °F": `value` (and blood pressure's diastolic) canonical,
    // shown in `unit` (the kind's canonical unit when empty or unknown).
    static QString value(VitalKind kind, double value, std::optional<double> diastolic,
                         const QString &unit = {});
    // The bounds of a threshold in the kind's canonical unit: "90–140 / 60–90 mmHg", "≤ 100 bpm".
    static QString threshold(const VitalThreshold &threshold);
    static QString rangeName(VitalRange range);
    static qint64 rangeMs(VitalRange range); // 0 for All
    static int decimals(VitalKind kind, const QString &unit);
    // "18 Nov 2026, 10:36" in local time.
    static QString when(qint64 ms);
};

} // namespace clinic::ui
