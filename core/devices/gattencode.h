#pragma once

#include "vitals/gattmeasurements.h"
#include "vitals/mderfloat.h"

#include <QByteArray>

namespace clinic {

// The octets a health device sends for a measurement: the inverse of the decoders in
// core/vitals/gattmeasurements.h, field for field, flags set from which optional fields are
// present. SimulatedHealthDevices sends these; tests check them against the decoders and
// against the specifications' byte layouts.
namespace GattEncode {

// value = mantissa * 10^exponent; the mantissa is rounded. Specials encode as their bit
// patterns. A mantissa out of range (12 bits signed for SFLOAT, 24 for FLOAT) is clamped to
// the largest ordinary one, never wraps into a special value.
quint16 sfloat(const MderFloat &value);
quint32 float32(const MderFloat &value);
MderFloat number(double value, int exponent);
MderFloat special(MderFloat::Special which);

QByteArray heartRate(const HeartRateMeasurement &m);
QByteArray bloodPressure(const BloodPressureMeasurement &m);
QByteArray intermediateCuffPressure(const IntermediateCuffPressure &m);
QByteArray temperature(const TemperatureMeasurement &m);
QByteArray glucose(const GlucoseMeasurement &m);
QByteArray plxSpotCheck(const PlxSpotCheckMeasurement &m);
QByteArray plxContinuous(const PlxContinuousMeasurement &m);
QByteArray weight(const WeightMeasurement &m);

} // namespace GattEncode

} // namespace clinic
