#pragma once

#include "vitals/vitalkind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace clinic {

// The numbers of one reading, in the kind's canonical units (VitalUnits): `value` is the
// systolic pressure, heart rate, temperature, glucose, SpO2 or weight.
struct VitalValues
{
    VitalKind kind = VitalKind::HeartRate;
    double value = 0.0;
    std::optional<double> diastolic; // blood pressure
    std::optional<double> meanArterial; // blood pressure
    std::optional<double> pulse; // blood pressure, SpO2
    std::optional<double> height; // weight, in m
    std::optional<double> bmi; // weight
};

// What the limits say of a reading: a refusal (the reading is not possible: a typing or
// device error), or warnings (possible but unusual: worth a second look before saving).
struct VitalVerdict
{
    QString refusal; // empty: possible
    QStringList warnings;

    bool possible() const { return refusal.isEmpty(); }
};

// The bounds of a measurement in its canonical unit: outside [min, max] it cannot be a living
// person's reading; outside [warnBelow, warnAbove] it can, but is unusual.
struct VitalRange
{
    double min;
    double max;
    std::optional<double> warnBelow;
    std::optional<double> warnAbove;
};

// Which values a reading of each kind has, and how far each may go (docs/vitals.md, Limits).
// The same checks run in the entry dialog (to explain), on the client and on the server (to
// refuse), so a reading refused by one is refused by all.
class VitalLimits
{
    Q_DECLARE_TR_FUNCTIONS(clinic::VitalLimits)
public:
    enum class Field { Value, Diastolic, MeanArterial, Pulse, Height, Bmi };

    static VitalRange range(VitalKind kind, Field field);
    // Whether a reading of `kind` may carry `field` (Value always; diastolic only blood
    // pressure; pulse blood pressure and SpO2; height and BMI weight). Diastolic is required.
    static bool allows(VitalKind kind, Field field);
    // The reading checked: NaN and infinities, every field out of its possible range, fields
    // the kind does not have and a diastolic not below the systolic are refused. `unit` is the
    // unit the person entered the main value in, so a refusal quotes it back that way; empty:
    // the canonical unit.
    static VitalVerdict check(const VitalValues &values, const QString &unit = {});
};

} // namespace clinic
