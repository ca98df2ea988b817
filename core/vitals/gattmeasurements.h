#pragma once

#include "util/result.h"
#include "vitals/mderfloat.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace clinic {

// Decoders for the Bluetooth SIG health characteristics, pure functions over the octets a
// device sends in a notification or indication (little-endian, flags first). Field order and
// flag bits follow the GATT Specification Supplement and the service specifications (HRS, BLS,
// HTS, GLS, PLXS, WSS); docs/vitals.md lists them with the decisions taken here.
//
// A payload that breaks its specification is an Error (ErrorCode::InvalidArgument) saying
// which field and which octet, never a partial reading:
//   - shorter than the fields its flags promise (truncated at any octet);
//   - RR-interval octets of odd length, or the RR flag set with no interval;
//   - a Date Time field out of range (month 13, hour 24, 30 February, year 1000);
//   - octets after the last field the flags promise, unless an RFU flag bit is set.
// Trailing octets: the specifications reserve the flag bits marked RFU so that a later version
// can announce a field appended at the end; a receiver ignores RFU bits. So trailing octets
// under an RFU flag bit are taken as such a future field and ignored (counted in
// ignoredOctets); without one, nothing may follow the last field and they are an error. Heart
// Rate's RR intervals run to the end of the payload, so there an RFU bit cannot excuse an odd
// count.

enum class GattCharacteristic {
    HeartRateMeasurement = 0x2A37,
    BloodPressureMeasurement = 0x2A35,
    IntermediateCuffPressure = 0x2A36,
    TemperatureMeasurement = 0x2A1C,
    GlucoseMeasurement = 0x2A18,
    PlxSpotCheckMeasurement = 0x2A5E,
    PlxContinuousMeasurement = 0x2A5F,
    WeightMeasurement = 0x2A9D,
};

inline constexpr GattCharacteristic allGattCharacteristics[] = {
    GattCharacteristic::HeartRateMeasurement,     GattCharacteristic::BloodPressureMeasurement,
    GattCharacteristic::IntermediateCuffPressure, GattCharacteristic::TemperatureMeasurement,
    GattCharacteristic::GlucoseMeasurement,       GattCharacteristic::PlxSpotCheckMeasurement,
    GattCharacteristic::PlxContinuousMeasurement, GattCharacteristic::WeightMeasurement,
};

// "Heart Rate Measurement (0x2A37)"
QString gattCharacteristicName(GattCharacteristic characteristic);
// From its 16-bit UUID; nullopt for a characteristic not decoded here (GattDecodeTarget::parse
// reads the text form).
std::optional<GattCharacteristic> gattCharacteristicFromUuid(quint16 uuid);

// The Date Time characteristic (0x2A08) embedded as a time stamp, as sent: 0 in year, month
// or day means "not known".
struct GattDateTime
{
    int year = 0; // 1582..9999, or 0
    int month = 0; // 1..12, or 0
    int day = 0; // 1..31, or 0
    int hours = 0; // 0..23
    int minutes = 0; // 0..59
    int seconds = 0; // 0..59

    bool isDateKnown() const { return year != 0 && month != 0 && day != 0; }
    friend bool operator==(const GattDateTime &a, const GattDateTime &b)
    {
        return a.year == b.year && a.month == b.month && a.day == b.day && a.hours == b.hours
                && a.minutes == b.minutes && a.seconds == b.seconds;
    }
};

// 0x2A37, Heart Rate Service 1.0.
struct HeartRateMeasurement
{
    enum class SensorContact { NotSupported, NotDetected, Detected };

    quint16 heartRate = 0; // beats per minute (uint8 or uint16 by flag bit 0)
    SensorContact sensorContact = SensorContact::NotSupported; // flag bits 1-2
    std::optional<quint16> energyExpendedKj; // flag bit 3
    std::optional<QList<quint16>> rrIntervals; // flag bit 4; units of 1/1024 s, oldest first
    qsizetype ignoredOctets = 0;
};

// 0x2A35 and 0x2A36, Blood Pressure Service 1.1.
enum class PressureUnit { MmHg, KPa };

struct BloodPressureStatus
{
    quint16 raw = 0;
    bool bodyMovement() const { return raw & 0x0001; }
    bool cuffTooLoose() const { return raw & 0x0002; }
    bool irregularPulse() const { return raw & 0x0004; }
    // 0 within range, 1 above the upper limit, 2 below the lower limit, 3 reserved
    int pulseRateRange() const { return (raw >> 3) & 0x3; }
    bool improperPosition() const { return raw & 0x0020; }
};

struct BloodPressureMeasurement
{
    PressureUnit unit = PressureUnit::MmHg; // flag bit 0
    MderFloat systolic;
    MderFloat diastolic;
    MderFloat meanArterialPressure;
    std::optional<GattDateTime> timestamp; // flag bit 1
    std::optional<MderFloat> pulseRate; // flag bit 2, beats per minute
    std::optional<quint8> userId; // flag bit 3; 255 is "unknown user"
    std::optional<BloodPressureStatus> status; // flag bit 4
    qsizetype ignoredOctets = 0;
};

// Same layout as 0x2A35, but the first SFLOAT is the current cuff pressure and the other two
// are unused (the specification has them sent as NaN); they are not kept. A value other than
// NaN there is tolerated: nothing is ever read from it.
struct IntermediateCuffPressure
{
    PressureUnit unit = PressureUnit::MmHg;
    MderFloat currentCuffPressure;
    std::optional<GattDateTime> timestamp;
    std::optional<MderFloat> pulseRate;
    std::optional<quint8> userId;
    std::optional<BloodPressureStatus> status;
    qsizetype ignoredOctets = 0;
};

// 0x2A1C, Health Thermometer Service 1.0. The temperature is a 32-bit FLOAT.
struct TemperatureMeasurement
{
    enum class Unit { Celsius, Fahrenheit };

    Unit unit = Unit::Celsius; // flag bit 0
    MderFloat temperature;
    std::optional<GattDateTime> timestamp; // flag bit 1
    std::optional<quint8> temperatureType; // flag bit 2 (1 armpit ... 9 tympanum)
    qsizetype ignoredOctets = 0;
};

// 0x2A18, Glucose Service 1.0.
struct GlucoseMeasurement
{
    enum class ConcentrationUnit { KgPerLitre, MolPerLitre };

    quint16 sequenceNumber = 0;
    GattDateTime baseTime;
    std::optional<qint16> timeOffsetMinutes; // flag bit 0
    // Base time plus the offset; nullopt when the base time's date is not known.
    std::optional<GattDateTime> effectiveTime;
    std::optional<MderFloat> concentration; // flag bit 1, with type and sample location
    std::optional<ConcentrationUnit> concentrationUnit; // flag bit 2, when bit 1 is set
    std::optional<quint8> type; // low nibble of the Type-Sample Location octet
    std::optional<quint8> sampleLocation; // high nibble
    std::optional<quint16> sensorStatus; // flag bit 3
    bool contextInformationFollows = false; // flag bit 4
    qsizetype ignoredOctets = 0;
};

// 0x2A5E, Pulse Oximeter Service 1.0.1.
struct PlxSpotCheckMeasurement
{
    MderFloat spo2; // percent
    MderFloat pulseRate; // beats per minute
    std::optional<GattDateTime> timestamp; // flag bit 0
    std::optional<quint16> measurementStatus; // flag bit 1
    std::optional<quint32> deviceAndSensorStatus; // flag bit 2, 24 bits
    std::optional<MderFloat> pulseAmplitudeIndex; // flag bit 3, percent
    bool deviceClockNotSet = false; // flag bit 4
    qsizetype ignoredOctets = 0;
};

// 0x2A5F, Pulse Oximeter Service 1.0.1.
struct PlxContinuousMeasurement
{
    MderFloat spo2; // SpO2PR-Normal
    MderFloat pulseRate;
    std::optional<MderFloat> spo2Fast; // flag bit 0, with pulseRateFast
    std::optional<MderFloat> pulseRateFast;
    std::optional<MderFloat> spo2Slow; // flag bit 1, with pulseRateSlow
    std::optional<MderFloat> pulseRateSlow;
    std::optional<quint16> measurementStatus; // flag bit 2
    std::optional<quint32> deviceAndSensorStatus; // flag bit 3, 24 bits
    std::optional<MderFloat> pulseAmplitudeIndex; // flag bit 4
    qsizetype ignoredOctets = 0;
};

// 0x2A9D, Weight Scale Service 1.0. Fixed-point integers, not SFLOAT.
struct WeightMeasurement
{
    enum class Units { SI, Imperial }; // flag bit 0: kg and m, or lb and in

    static constexpr quint16 unsuccessful = 0xFFFF;

    Units units = Units::SI;
    quint16 weightRaw = 0; // 0.005 kg or 0.01 lb; 0xFFFF: measurement unsuccessful
    std::optional<GattDateTime> timestamp; // flag bit 1
    std::optional<quint8> userId; // flag bit 2; 255 is "unknown user"
    std::optional<quint16> bmiRaw; // flag bit 3, 0.1 kg/m2, with heightRaw
    std::optional<quint16> heightRaw; // 0.001 m or 0.1 in
    qsizetype ignoredOctets = 0;

    bool isUnsuccessful() const { return weightRaw == unsuccessful; }
    double weight() const { return units == Units::SI ? weightRaw / 200.0 : weightRaw / 100.0; }
    std::optional<double> bmi() const;
    std::optional<double> height() const;
};

[[nodiscard]] Result<HeartRateMeasurement> decodeHeartRateMeasurement(QByteArrayView payload);
[[nodiscard]] Result<BloodPressureMeasurement>
decodeBloodPressureMeasurement(QByteArrayView payload);
[[nodiscard]] Result<IntermediateCuffPressure>
decodeIntermediateCuffPressure(QByteArrayView payload);
[[nodiscard]] Result<TemperatureMeasurement> decodeTemperatureMeasurement(QByteArrayView payload);
[[nodiscard]] Result<GlucoseMeasurement> decodeGlucoseMeasurement(QByteArrayView payload);
[[nodiscard]] Result<PlxSpotCheckMeasurement> decodePlxSpotCheckMeasurement(QByteArrayView payload);
[[nodiscard]] Result<PlxContinuousMeasurement>
decodePlxContinuousMeasurement(QByteArrayView payload);
[[nodiscard]] Result<WeightMeasurement> decodeWeightMeasurement(QByteArrayView payload);

} // namespace clinic
