#pragma once

#include "vitals/vitalkind.h"

#include <QList>
#include <QString>

#include <optional>

namespace clinic {

// The units a vital sign is taken in, and the conversions to and from the canonical unit it is
// stored in: mmHg, beats/min, °C, mmol/L, %, kg (and m for height). Unit names are the ones
// stored in vital_reading.entered_unit and shown to people: "mmHg", "kPa", "bpm", "°C", "°F",
// "mmol/L", "mg/dL", "%", "kg", "lb", "m", "in".
namespace VitalUnits {

QString canonical(VitalKind kind);
// Every unit the kind may be entered in, the canonical one first.
QList<QString> units(VitalKind kind);
// `value` in `unit` expressed in the kind's canonical unit; nullopt for a unit the kind does
// not take. Temperature converts with its offset; the others scale.
std::optional<double> toCanonical(VitalKind kind, double value, const QString &unit);
std::optional<double> fromCanonical(VitalKind kind, double canonicalValue, const QString &unit);

// Glucose: 1 mmol/L is 18.016 mg/dL (molar mass of glucose 180.16 g/mol).
inline constexpr double glucoseMgPerDlPerMmolPerL = 18.016;
inline constexpr double kPaPerMmHg = 0.133322;
inline constexpr double kgPerLb = 0.45359237;
inline constexpr double metresPerInch = 0.0254;

// Height for BMI: in m from "m" or "in".
std::optional<double> heightToMetres(double value, const QString &unit);
// kg/m², or nullopt when the height is not a positive number.
std::optional<double> bodyMassIndex(double weightKg, double heightM);

} // namespace VitalUnits

} // namespace clinic
