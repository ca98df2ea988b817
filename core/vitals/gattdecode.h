#pragma once

#include "vitals/gattmeasurements.h"
#include "vitals/mderfloat.h"

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace clinic {

// One of the decoders, by name: a characteristic, or a bare IEEE 11073 SFLOAT or FLOAT (what
// `clinic-cli gatt decode CHARACTERISTIC HEX` accepts).
struct GattDecodeTarget
{
    enum class Kind { Characteristic, Sfloat, Float };
    Kind kind = Kind::Characteristic;
    GattCharacteristic characteristic = GattCharacteristic::HeartRateMeasurement;

    // "2A37" (any case, "0x" allowed), "SFLOAT", "FLOAT"; nullopt for anything else.
    static std::optional<GattDecodeTarget> parse(QStringView name);
};

// Runs the decoder `target` names on `payload` and returns visit(result), where result is
// that decoder's Result<MderFloat>, Result<HeartRateMeasurement>, ... The one place that maps
// a target to its decoder: the JSON, the fuzzer, the benchmark and the tests go through it.
template<typename Visitor>
auto visitGattDecode(const GattDecodeTarget &target, QByteArrayView payload, Visitor &&visit)
{
    using R = decltype(visit(MderFloat::decodeSfloat(payload)));
    switch (target.kind) {
    case GattDecodeTarget::Kind::Sfloat:
        return visit(MderFloat::decodeSfloat(payload));
    case GattDecodeTarget::Kind::Float:
        return visit(MderFloat::decodeFloat(payload));
    case GattDecodeTarget::Kind::Characteristic:
        break;
    }
    switch (target.characteristic) {
    case GattCharacteristic::HeartRateMeasurement:
        return R(visit(decodeHeartRateMeasurement(payload)));
    case GattCharacteristic::BloodPressureMeasurement:
        return R(visit(decodeBloodPressureMeasurement(payload)));
    case GattCharacteristic::IntermediateCuffPressure:
        return R(visit(decodeIntermediateCuffPressure(payload)));
    case GattCharacteristic::TemperatureMeasurement:
        return R(visit(decodeTemperatureMeasurement(payload)));
    case GattCharacteristic::GlucoseMeasurement:
        return R(visit(decodeGlucoseMeasurement(payload)));
    case GattCharacteristic::PlxSpotCheckMeasurement:
        return R(visit(decodePlxSpotCheckMeasurement(payload)));
    case GattCharacteristic::PlxContinuousMeasurement:
        return R(visit(decodePlxContinuousMeasurement(payload)));
    case GattCharacteristic::WeightMeasurement:
        return R(visit(decodeWeightMeasurement(payload)));
    }
    Q_UNREACHABLE();
    return R(visit(MderFloat::decodeSfloat({})));
}

// The octets a decoded value left unread under an RFU flag (0 for SFLOAT/FLOAT).
template<typename M>
qsizetype ignoredOctetsOf(const M &decoded)
{
    if constexpr (requires { decoded.ignoredOctets; })
        return decoded.ignoredOctets;
    else
        return 0;
}

} // namespace clinic
