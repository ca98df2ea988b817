#include "vitals/vitalunits.h"

namespace clinic::VitalUnits {

using namespace Qt::StringLiterals;

namespace {

// value in `unit` = canonical * scale + offset
struct Conversion
{
    QString unit;
    double scale;
    double offset;
};

QList<Conversion> conversions(VitalKind kind)
{
    switch (kind) {
    case VitalKind::BloodPressure:
        return { { u"mmHg"_s, 1.0, 0.0 }, { u"kPa"_s, kPaPerMmHg, 0.0 } };
    case VitalKind::HeartRate:
        return { { u"bpm"_s, 1.0, 0.0 } };
    case VitalKind::Temperature:
        return { { u"°C"_s, 1.0, 0.0 }, { u"°F"_s, 9.0 / 5.0, 32.0 } };
    case VitalKind::Glucose:
        return { { u"mmol/L"_s, 1.0, 0.0 }, { u"mg/dL"_s, glucoseMgPerDlPerMmolPerL, 0.0 } };
    case VitalKind::SpO2:
        return { { u"%"_s, 1.0, 0.0 } };
    case VitalKind::Weight:
        return { { u"kg"_s, 1.0, 0.0 }, { u"lb"_s, 1.0 / kgPerLb, 0.0 } };
    }
    return {};
}

std::optional<Conversion> conversion(VitalKind kind, const QString &unit)
{
    for (const Conversion &c : conversions(kind)) {
        if (c.unit == unit)
            return c;
    }
    return std::nullopt;
}

} // namespace

QString canonical(VitalKind kind)
{
    return conversions(kind).constFirst().unit;
}

QList<QString> units(VitalKind kind)
{
    QList<QString> names;
    for (const Conversion &c : conversions(kind))
        names.append(c.unit);
    return names;
}

std::optional<double> toCanonical(VitalKind kind, double value, const QString &unit)
{
    const auto c = conversion(kind, unit);
    if (!c)
        return std::nullopt;
    return (value - c->offset) / c->scale;
}

std::optional<double> fromCanonical(VitalKind kind, double canonicalValue, const QString &unit)
{
    const auto c = conversion(kind, unit);
    if (!c)
        return std::nullopt;
    return canonicalValue * c->scale + c->offset;
}

std::optional<double> heightToMetres(double value, const QString &unit)
{
    if (unit == u"m")
        return value;
    if (unit == u"in")
        return value * metresPerInch;
    return std::nullopt;
}

std::optional<double> bodyMassIndex(double weightKg, double heightM)
{
    if (!(heightM > 0.0) || !(weightKg > 0.0))
        return std::nullopt;
    return weightKg / (heightM * heightM);
}

} // namespace clinic::VitalUnits
