#include "vitals/vitallimits.h"

#include "vitals/vitalunits.h"

#include <cmath>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

using Field = VitalLimits::Field;

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// The name of a measurement in a sentence: "A systolic pressure of 900 mmHg ...".
QString measureName(VitalKind kind, Field field)
{
    switch (field) {
    case Field::Value:
        switch (kind) {
        case VitalKind::BloodPressure:
            return VitalLimits::tr("systolic pressure");
        case VitalKind::HeartRate:
            return VitalLimits::tr("heart rate");
        case VitalKind::Temperature:
            return VitalLimits::tr("temperature");
        case VitalKind::Glucose:
            return VitalLimits::tr("blood glucose");
        case VitalKind::SpO2:
            return VitalLimits::tr("oxygen saturation");
        case VitalKind::Weight:
            return VitalLimits::tr("weight");
        }
        break;
    case Field::Diastolic:
        return VitalLimits::tr("diastolic pressure");
    case Field::MeanArterial:
        return VitalLimits::tr("mean arterial pressure");
    case Field::Pulse:
        return VitalLimits::tr("pulse");
    case Field::Height:
        return VitalLimits::tr("height");
    case Field::Bmi:
        return VitalLimits::tr("body mass index");
    }
    return {};
}

QString unitOf(VitalKind kind, Field field)
{
    switch (field) {
    case Field::Value:
        return VitalUnits::canonical(kind);
    case Field::Diastolic:
    case Field::MeanArterial:
        return u"mmHg"_s;
    case Field::Pulse:
        return u"bpm"_s;
    case Field::Height:
        return u"m"_s;
    case Field::Bmi:
        return u"kg/m²"_s;
    }
    return {};
}

} // namespace

// Why these numbers (canonical units). "Possible" is wide on purpose: it only catches what no
// living person can show (a typing slip, a device fault), never a real emergency; "unusual" is
// where a careful person looks again before saving.
VitalRange VitalLimits::range(VitalKind kind, Field field)
{
    switch (field) {
    case Field::Value:
        switch (kind) {
        case VitalKind::BloodPressure:
            // Shock can bring the systolic near 50; cuffs read up to about 300. Below 80 is
            // hypotension, above 180 a hypertensive crisis.
            return { 40.0, 300.0, 80.0, 180.0 };
        case VitalKind::HeartRate:
            // Athletes rest near 35; monitors count to about 300 (infant tachycardia).
            return { 20.0, 300.0, 40.0, 150.0 };
        case VitalKind::Temperature:
            // Survived hypothermia and hyperthermia lie within 25..45 °C; below 35 is
            // hypothermia, above 38.5 a fever worth acting on.
            return { 25.0, 45.0, 35.0, 38.5 };
        case VitalKind::Glucose:
            // Meters read about 0.6..33 mmol/L, labs higher in a hyperosmolar state; below 3.9
            // is hypoglycaemia, above 13.9 (250 mg/dL) marked hyperglycaemia.
            return { 0.5, 50.0, 3.9, 13.9 };
        case VitalKind::SpO2:
            // Oximeters do not report below about 50 %; below 92 % calls for attention.
            return { 50.0, 100.0, 92.0, std::nullopt };
        case VitalKind::Weight:
            // From a premature newborn to the heaviest people recorded.
            return { 0.5, 500.0, std::nullopt, std::nullopt };
        }
        break;
    case Field::Diastolic:
        // Also below the systolic (check()); below 50 or above 110 is unusual.
        return { 20.0, 200.0, 50.0, 110.0 };
    case Field::MeanArterial:
        return { 20.0, 250.0, std::nullopt, std::nullopt };
    case Field::Pulse:
        return { 20.0, 300.0, 40.0, 150.0 };
    case Field::Height:
        return { 0.3, 2.5, std::nullopt, std::nullopt };
    case Field::Bmi:
        // What the weight and height bounds allow a person, roughly; below 16 or above 40 is
        // unusual (severe thinness, class III obesity).
        return { 5.0, 200.0, 16.0, 40.0 };
    }
    return { 0.0, 0.0, std::nullopt, std::nullopt };
}

bool VitalLimits::allows(VitalKind kind, Field field)
{
    switch (field) {
    case Field::Value:
        return true;
    case Field::Diastolic:
    case Field::MeanArterial:
        return kind == VitalKind::BloodPressure;
    case Field::Pulse:
        return kind == VitalKind::BloodPressure || kind == VitalKind::SpO2;
    case Field::Height:
    case Field::Bmi:
        return kind == VitalKind::Weight;
    }
    return false;
}

VitalVerdict VitalLimits::check(const VitalValues &values, const QString &unit)
{
    VitalVerdict verdict;
    const VitalKind kind = values.kind;
    const auto checkOne = [&](Field field, std::optional<double> value) -> bool {
        if (!value)
            return true;
        const QString name = measureName(kind, field);
        if (!allows(kind, field)) {
            verdict.refusal = tr("A reading of this kind has no %1.").arg(name);
            return false;
        }
        if (!std::isfinite(*value)) {
            verdict.refusal = tr("The %1 is not a number.").arg(name);
            return false;
        }
        // Quoted back in the unit it was entered in, when that is the main value's.
        QString shownUnit = unitOf(kind, field);
        double shown = *value;
        if (field == Field::Value && !unit.isEmpty()) {
            if (const auto converted = VitalUnits::fromCanonical(kind, *value, unit)) {
                shown = *converted;
                shownUnit = unit;
            }
        }
        const QString quoted = number(shown) + u' ' + shownUnit;
        const VitalRange r = range(kind, field);
        if (*value < r.min || *value > r.max) {
            verdict.refusal =
                    tr("%2 is not a possible %1; check the reading.").arg(name, quoted);
            return false;
        }
        if (r.warnBelow && *value < *r.warnBelow)
            verdict.warnings << tr("%2 is an unusually low %1.").arg(name, quoted);
        else if (r.warnAbove && *value > *r.warnAbove)
            verdict.warnings << tr("%2 is an unusually high %1.").arg(name, quoted);
        return true;
    };
    if (!checkOne(Field::Value, values.value) || !checkOne(Field::Diastolic, values.diastolic)
        || !checkOne(Field::MeanArterial, values.meanArterial)
        || !checkOne(Field::Pulse, values.pulse) || !checkOne(Field::Height, values.height)
        || !checkOne(Field::Bmi, values.bmi))
        return verdict;
    if (kind == VitalKind::BloodPressure) {
        if (!values.diastolic) {
            verdict.refusal = tr("A blood pressure needs its diastolic (lower) value too.");
            return verdict;
        }
        if (*values.diastolic >= values.value) {
            verdict.refusal = tr("The diastolic pressure must be below the systolic; check the "
                                 "reading.");
            return verdict;
        }
    }
    return verdict;
}

} // namespace clinic
