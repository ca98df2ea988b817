#include "vitals/gattmeasurements.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GattDecoder", text);
}

// Reads little-endian fields in order and remembers the first problem. Every read checks the
// length first: a short payload is an error naming the field, never an out-of-bounds read.
class OctetReader
{
public:
    OctetReader(QByteArrayView payload, GattCharacteristic characteristic)
        : m_bytes(payload), m_characteristic(characteristic)
    { }

    bool failed() const { return m_error.has_value(); }
    Error error() const { return m_error.value_or(Error {}); }
    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_bytes.size() - m_position; }

    // Reserves `octets` for `field`; false (and the error) when the payload ends first.
    bool need(qsizetype octets, const char *field)
    {
        if (failed())
            return false;
        if (remaining() >= octets)
            return true;
        fail(tr("%1 is truncated: %2 (%3 octets) should start at octet %4, but the payload "
                "has only %5 octets.")
                     .arg(gattCharacteristicName(m_characteristic), QLatin1StringView(field))
                     .arg(octets)
                     .arg(m_position)
                     .arg(m_bytes.size()),
             u"truncated at %1 in %2"_s.arg(QLatin1StringView(field)).arg(m_position));
        return false;
    }

    std::optional<quint8> u8(const char *field)
    {
        if (!need(1, field))
            return std::nullopt;
        return octet(m_position++);
    }
    std::optional<quint16> u16(const char *field)
    {
        if (!need(2, field))
            return std::nullopt;
        const quint16 v = quint16(octet(m_position) | octet(m_position + 1) << 8);
        m_position += 2;
        return v;
    }
    std::optional<quint32> u24(const char *field)
    {
        if (!need(3, field))
            return std::nullopt;
        const quint32 v = quint32(octet(m_position)) | quint32(octet(m_position + 1)) << 8
                | quint32(octet(m_position + 2)) << 16;
        m_position += 3;
        return v;
    }
    std::optional<MderFloat> sfloat(const char *field)
    {
        const auto raw = u16(field);
        return raw ? std::optional(MderFloat::fromSfloat(*raw)) : std::nullopt;
    }
    std::optional<MderFloat> float32(const char *field)
    {
        if (!need(4, field))
            return std::nullopt;
        const quint32 low = *u16(field);
        const quint32 high = *u16(field);
        return MderFloat::fromFloat(low | high << 16);
    }

    // The Date Time characteristic: year uint16, month, day, hours, minutes, seconds uint8.
    std::optional<GattDateTime> dateTime(const char *field)
    {
        if (!need(7, field))
            return std::nullopt;
        const qsizetype start = m_position;
        GattDateTime t;
        t.year = *u16(field);
        t.month = *u8(field);
        t.day = *u8(field);
        t.hours = *u8(field);
        t.minutes = *u8(field);
        t.seconds = *u8(field);
        const auto outOfRange = [&](const char *part, int value) {
            fail(tr("%1 has an impossible %2: %3 %4 (octet %5).")
                         .arg(gattCharacteristicName(m_characteristic), QLatin1StringView(field),
                              QLatin1StringView(part))
                         .arg(value)
                         .arg(start),
                 u"%1 %2 out of range"_s.arg(QLatin1StringView(field), QLatin1StringView(part)));
            return std::nullopt;
        };
        if (t.year != 0 && (t.year < 1582 || t.year > 9999))
            return outOfRange("year", t.year);
        if (t.month > 12)
            return outOfRange("month", t.month);
        if (t.day > 31)
            return outOfRange("day", t.day);
        if (t.hours > 23)
            return outOfRange("hours", t.hours);
        if (t.minutes > 59)
            return outOfRange("minutes", t.minutes);
        if (t.seconds > 59)
            return outOfRange("seconds", t.seconds);
        if (t.isDateKnown() && !QDate(t.year, t.month, t.day).isValid())
            return outOfRange("day of the month", t.day);
        return t;
    }

    // After the last field: nothing may follow unless an RFU flag bit announces a field from a
    // later version of the specification (see gattmeasurements.h).
    bool finish(quint8 flags, quint8 rfuMask, qsizetype *ignored)
    {
        if (failed())
            return false;
        if (remaining() == 0)
            return true;
        if (flags & rfuMask) {
            *ignored = remaining();
            m_position = m_bytes.size();
            return true;
        }
        fail(tr("%1 has %2 unexpected octet(s) after its last field (octet %3 on); the flags "
                "promise nothing there.")
                     .arg(gattCharacteristicName(m_characteristic))
                     .arg(remaining())
                     .arg(m_position),
             u"%1 trailing octets"_s.arg(remaining()));
        return false;
    }

    void fail(const QString &message, const QString &detail)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::InvalidArgument, message,
                                u"0x"_s + QString::number(int(m_characteristic), 16).toUpper()
                                        + u": "_s + detail);
    }

private:
    quint32 octet(qsizetype i) const { return quint8(m_bytes[i]); }

    QByteArrayView m_bytes;
    GattCharacteristic m_characteristic;
    qsizetype m_position = 0;
    std::optional<Error> m_error;
};

// Blood Pressure Measurement and Intermediate Cuff Pressure share their layout; `store` puts
// the three SFLOATs where each keeps them. Both structs name the other fields alike.
template<typename M, typename Store>
Result<M> decodePressure(QByteArrayView payload, GattCharacteristic characteristic,
                         const char *firstName, const char *secondName, const char *thirdName,
                         Store store)
{
    OctetReader in(payload, characteristic);
    M m;
    const auto flags = in.u8("Flags");
    const auto first = in.sfloat(firstName);
    const auto second = in.sfloat(secondName);
    const auto third = in.sfloat(thirdName);
    if (in.failed())
        return in.error();
    m.unit = (*flags & 0x01) ? PressureUnit::KPa : PressureUnit::MmHg;
    store(m, *first, *second, *third);
    if (*flags & 0x02)
        m.timestamp = in.dateTime("Time Stamp");
    if (*flags & 0x04)
        m.pulseRate = in.sfloat("Pulse Rate");
    if (*flags & 0x08)
        m.userId = in.u8("User ID");
    if (*flags & 0x10) {
        if (const auto raw = in.u16("Measurement Status"))
            m.status = BloodPressureStatus { *raw };
    }
    if (!in.finish(*flags, 0xE0, &m.ignoredOctets))
        return in.error();
    return m;
}

} // namespace

QString gattCharacteristicName(GattCharacteristic characteristic)
{
    static constexpr struct
    {
        GattCharacteristic characteristic;
        const char *name;
    } names[] = {
        { GattCharacteristic::HeartRateMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "Heart Rate Measurement") },
        { GattCharacteristic::BloodPressureMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "Blood Pressure Measurement") },
        { GattCharacteristic::IntermediateCuffPressure,
          QT_TRANSLATE_NOOP("GattDecoder", "Intermediate Cuff Pressure") },
        { GattCharacteristic::TemperatureMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "Temperature Measurement") },
        { GattCharacteristic::GlucoseMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "Glucose Measurement") },
        { GattCharacteristic::PlxSpotCheckMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "PLX Spot-Check Measurement") },
        { GattCharacteristic::PlxContinuousMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "PLX Continuous Measurement") },
        { GattCharacteristic::WeightMeasurement,
          QT_TRANSLATE_NOOP("GattDecoder", "Weight Measurement") },
    };
    QString name;
    for (const auto &entry : names) {
        if (entry.characteristic == characteristic)
            name = tr(entry.name);
    }
    return name + u" (0x"_s + QString::number(int(characteristic), 16).toUpper() + u')';
}

std::optional<GattCharacteristic> gattCharacteristicFromUuid(quint16 uuid)
{
    for (GattCharacteristic c : allGattCharacteristics) {
        if (quint16(c) == uuid)
            return c;
    }
    return std::nullopt;
}

std::optional<double> WeightMeasurement::bmi() const
{
    return bmiRaw ? std::optional(*bmiRaw / 10.0) : std::nullopt;
}

std::optional<double> WeightMeasurement::height() const
{
    if (!heightRaw)
        return std::nullopt;
    return units == Units::SI ? *heightRaw / 1000.0 : *heightRaw / 10.0;
}

Result<HeartRateMeasurement> decodeHeartRateMeasurement(QByteArrayView payload)
{
    OctetReader in(payload, GattCharacteristic::HeartRateMeasurement);
    HeartRateMeasurement m;
    const auto flags = in.u8("Flags");
    if (!flags)
        return in.error();
    if (*flags & 0x01) {
        if (const auto rate = in.u16("Heart Rate Measurement Value (uint16)"))
            m.heartRate = *rate;
    } else {
        if (const auto rate = in.u8("Heart Rate Measurement Value (uint8)"))
            m.heartRate = *rate;
    }
    // Bit 2 says whether contact is detected at all; bit 1 is the contact then. 0b00 and 0b01
    // both mean "not supported".
    switch ((*flags >> 1) & 0x3) {
    case 0x2:
        m.sensorContact = HeartRateMeasurement::SensorContact::NotDetected;
        break;
    case 0x3:
        m.sensorContact = HeartRateMeasurement::SensorContact::Detected;
        break;
    default:
        m.sensorContact = HeartRateMeasurement::SensorContact::NotSupported;
        break;
    }
    if (*flags & 0x08)
        m.energyExpendedKj = in.u16("Energy Expended");
    if (in.failed())
        return in.error();
    if (*flags & 0x10) {
        // The intervals fill the rest of the payload: at least one, two octets each.
        if (in.remaining() % 2 != 0) {
            in.fail(tr("%1 has RR-Interval octets of odd length (%2 octet(s) from octet %3); "
                       "each interval is 2 octets.")
                            .arg(gattCharacteristicName(GattCharacteristic::HeartRateMeasurement))
                            .arg(in.remaining())
                            .arg(in.position()),
                    u"odd RR-Interval length %1"_s.arg(in.remaining()));
            return in.error();
        }
        if (!in.need(2, "RR-Interval"))
            return in.error();
        QList<quint16> intervals;
        intervals.reserve(in.remaining() / 2);
        while (in.remaining() > 0)
            intervals.append(*in.u16("RR-Interval"));
        m.rrIntervals = std::move(intervals);
    }
    if (!in.finish(*flags, 0xE0, &m.ignoredOctets))
        return in.error();
    return m;
}

Result<BloodPressureMeasurement> decodeBloodPressureMeasurement(QByteArrayView payload)
{
    return decodePressure<BloodPressureMeasurement>(
            payload, GattCharacteristic::BloodPressureMeasurement, "Systolic", "Diastolic",
            "Mean Arterial Pressure",
            [](BloodPressureMeasurement &m, MderFloat systolic, MderFloat diastolic,
               MderFloat mean) {
                m.systolic = systolic;
                m.diastolic = diastolic;
                m.meanArterialPressure = mean;
            });
}

Result<IntermediateCuffPressure> decodeIntermediateCuffPressure(QByteArrayView payload)
{
    // The unused fields are read (they must be there) and dropped.
    return decodePressure<IntermediateCuffPressure>(
            payload, GattCharacteristic::IntermediateCuffPressure, "Current Cuff Pressure",
            "Diastolic (unused)", "Mean Arterial Pressure (unused)",
            [](IntermediateCuffPressure &m, MderFloat cuff, MderFloat, MderFloat) {
                m.currentCuffPressure = cuff;
            });
}

Result<TemperatureMeasurement> decodeTemperatureMeasurement(QByteArrayView payload)
{
    OctetReader in(payload, GattCharacteristic::TemperatureMeasurement);
    TemperatureMeasurement m;
    const auto flags = in.u8("Flags");
    if (!flags)
        return in.error();
    m.unit = (*flags & 0x01) ? TemperatureMeasurement::Unit::Fahrenheit
                             : TemperatureMeasurement::Unit::Celsius;
    const auto temperature = in.float32("Temperature Measurement Value (FLOAT)");
    if (!temperature)
        return in.error();
    m.temperature = *temperature;
    if (*flags & 0x02)
        m.timestamp = in.dateTime("Time Stamp");
    if (*flags & 0x04)
        m.temperatureType = in.u8("Temperature Type");
    if (!in.finish(*flags, 0xF8, &m.ignoredOctets))
        return in.error();
    return m;
}

Result<GlucoseMeasurement> decodeGlucoseMeasurement(QByteArrayView payload)
{
    OctetReader in(payload, GattCharacteristic::GlucoseMeasurement);
    GlucoseMeasurement m;
    const auto flags = in.u8("Flags");
    const auto sequence = in.u16("Sequence Number");
    const auto base = in.dateTime("Base Time");
    if (in.failed())
        return in.error();
    m.sequenceNumber = *sequence;
    m.baseTime = *base;
    if (*flags & 0x01)
        if (const auto offset = in.u16("Time Offset"))
            m.timeOffsetMinutes = qint16(*offset);
    if (*flags & 0x02) {
        m.concentration = in.sfloat("Glucose Concentration");
        if (const auto typeLocation = in.u8("Type-Sample Location")) {
            m.type = quint8(*typeLocation & 0x0F);
            m.sampleLocation = quint8(*typeLocation >> 4);
        }
        m.concentrationUnit = (*flags & 0x04) ? GlucoseMeasurement::ConcentrationUnit::MolPerLitre
                                              : GlucoseMeasurement::ConcentrationUnit::KgPerLitre;
    }
    if (*flags & 0x08)
        m.sensorStatus = in.u16("Sensor Status Annunciation");
    m.contextInformationFollows = *flags & 0x10;
    if (!in.finish(*flags, 0xE0, &m.ignoredOctets))
        return in.error();
    if (m.baseTime.isDateKnown()) {
        // The device's local time, zone unknown: calendar arithmetic in UTC, no DST jumps.
        const QDateTime effective =
                QDateTime(QDate(m.baseTime.year, m.baseTime.month, m.baseTime.day),
                          QTime(m.baseTime.hours, m.baseTime.minutes, m.baseTime.seconds), Qt::UTC)
                        .addSecs(qint64(m.timeOffsetMinutes.value_or(0)) * 60);
        const QDate d = effective.date();
        const QTime t = effective.time();
        m.effectiveTime =
                GattDateTime { d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() };
    }
    return m;
}

Result<PlxSpotCheckMeasurement> decodePlxSpotCheckMeasurement(QByteArrayView payload)
{
    OctetReader in(payload, GattCharacteristic::PlxSpotCheckMeasurement);
    PlxSpotCheckMeasurement m;
    const auto flags = in.u8("Flags");
    const auto spo2 = in.sfloat("SpO2PR-Spot-Check - SpO2");
    const auto rate = in.sfloat("SpO2PR-Spot-Check - PR");
    if (in.failed())
        return in.error();
    m.spo2 = *spo2;
    m.pulseRate = *rate;
    if (*flags & 0x01)
        m.timestamp = in.dateTime("Timestamp");
    if (*flags & 0x02)
        m.measurementStatus = in.u16("Measurement Status");
    if (*flags & 0x04)
        m.deviceAndSensorStatus = in.u24("Device and Sensor Status");
    if (*flags & 0x08)
        m.pulseAmplitudeIndex = in.sfloat("Pulse Amplitude Index");
    m.deviceClockNotSet = *flags & 0x10;
    if (!in.finish(*flags, 0xE0, &m.ignoredOctets))
        return in.error();
    return m;
}

Result<PlxContinuousMeasurement> decodePlxContinuousMeasurement(QByteArrayView payload)
{
    OctetReader in(payload, GattCharacteristic::PlxContinuousMeasurement);
    PlxContinuousMeasurement m;
    const auto flags = in.u8("Flags");
    const auto spo2 = in.sfloat("SpO2PR-Normal - SpO2");
    const auto rate = in.sfloat("SpO2PR-Normal - PR");
    if (in.failed())
        return in.error();
    m.spo2 = *spo2;
    m.pulseRate = *rate;
    if (*flags & 0x01) {
        m.spo2Fast = in.sfloat("SpO2PR-Fast - SpO2");
        m.pulseRateFast = in.sfloat("SpO2PR-Fast - PR");
    }
    if (*flags & 0x02) {
        m.spo2Slow = in.sfloat("SpO2PR-Slow - SpO2");
        m.pulseRateSlow = in.sfloat("SpO2PR-Slow - PR");
    }
    if (*flags & 0x04)
        m.measurementStatus = in.u16("Measurement Status");
    if (*flags & 0x08)
        m.deviceAndSensorStatus = in.u24("Device and Sensor Status");
    if (*flags & 0x10)
        m.pulseAmplitudeIndex = in.sfloat("Pulse Amplitude Index");
    if (!in.finish(*flags, 0xE0, &m.ignoredOctets))
        return in.error();
    return m;
}

Result<WeightMeasurement> decodeWeightMeasurement(QByteArrayView payload)
{
    OctetReader in(payload, GattCharacteristic::WeightMeasurement);
    WeightMeasurement m;
    const auto flags = in.u8("Flags");
    const auto weight = in.u16("Weight");
    if (in.failed())
        return in.error();
    m.units = (*flags & 0x01) ? WeightMeasurement::Units::Imperial : WeightMeasurement::Units::SI;
    m.weightRaw = *weight;
    if (*flags & 0x02)
        m.timestamp = in.dateTime("Time Stamp");
    if (*flags & 0x04)
        m.userId = in.u8("User ID");
    if (*flags & 0x08) {
        m.bmiRaw = in.u16("BMI");
        m.heightRaw = in.u16("Height");
    }
    if (!in.finish(*flags, 0xF0, &m.ignoredOctets))
        return in.error();
    return m;
}

} // namespace clinic
