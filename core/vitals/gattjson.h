#pragma once

#include "vitals/gattdecode.h"
#include "vitals/gattmeasurements.h"

#include <QJsonObject>

namespace clinic {

// The JSON object of issue 14 part 3, with "valid": true; a field whose flag is absent is
// null, a special SFLOAT/FLOAT value is its name as a string ("NaN", "NRes", "+INF", "-INF",
// "RFU"). A payload that breaks the specification gives {"valid": false, "error": message}.
QJsonObject decodeGattJson(const GattDecodeTarget &target, QByteArrayView payload);

QJsonObject toJson(const MderFloat &value); // {"value", "mantissa", "exponent"}
QJsonObject toJson(const HeartRateMeasurement &m);
QJsonObject toJson(const BloodPressureMeasurement &m);
QJsonObject toJson(const IntermediateCuffPressure &m);
QJsonObject toJson(const TemperatureMeasurement &m);
QJsonObject toJson(const GlucoseMeasurement &m);
QJsonObject toJson(const PlxSpotCheckMeasurement &m);
QJsonObject toJson(const PlxContinuousMeasurement &m);
QJsonObject toJson(const WeightMeasurement &m);

} // namespace clinic
