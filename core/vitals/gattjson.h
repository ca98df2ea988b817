#pragma once

#include "vitals/gattmeasurements.h"

#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace clinic {

// What `clinic-cli gatt decode CHARACTERISTIC HEX` decodes: one of the characteristics, or a
// bare IEEE 11073 SFLOAT or FLOAT.
struct GattDecodeTarget
{
    enum class Kind { Characteristic, Sfloat, Float };
    Kind kind = Kind::Characteristic;
    GattCharacteristic characteristic = GattCharacteristic::HeartRateMeasurement;

    // "2A37" (any case, "0x" allowed), "SFLOAT", "FLOAT"; nullopt for anything else.
    static std::optional<GattDecodeTarget> parse(QStringView name);
};

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
