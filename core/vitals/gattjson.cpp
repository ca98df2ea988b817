#include "vitals/gattjson.h"

#include <QJsonArray>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// A measured value: a number, or the special value's name.
QJsonValue measured(const MderFloat &value)
{
    if (value.isSpecial())
        return value.specialName();
    return value.toDouble();
}

template<typename T, typename F>
QJsonValue orNull(const std::optional<T> &value, F convert)
{
    return value ? QJsonValue(convert(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue measuredOrNull(const std::optional<MderFloat> &value)
{
    return value ? measured(*value) : QJsonValue(QJsonValue::Null);
}

template<typename T>
QJsonValue numberOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject timestamp(const GattDateTime &t)
{
    return QJsonObject {
        { u"year"_s, t.year },   { u"month"_s, t.month },     { u"day"_s, t.day },
        { u"hours"_s, t.hours }, { u"minutes"_s, t.minutes }, { u"seconds"_s, t.seconds },
    };
}

QJsonValue timestampOrNull(const std::optional<GattDateTime> &t)
{
    return t ? QJsonValue(timestamp(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject bloodPressureStatus(const BloodPressureStatus &s)
{
    return QJsonObject {
        { u"raw"_s, int(s.raw) },
        { u"body_movement"_s, s.bodyMovement() },
        { u"cuff_too_loose"_s, s.cuffTooLoose() },
        { u"irregular_pulse"_s, s.irregularPulse() },
        { u"pulse_rate_range"_s, s.pulseRateRange() },
        { u"improper_position"_s, s.improperPosition() },
    };
}

QString unitName(PressureUnit unit)
{
    return unit == PressureUnit::KPa ? u"kPa"_s : u"mmHg"_s;
}

template<typename M>
void addPressureTail(QJsonObject &o, const M &m)
{
    o[u"unit"_s] = unitName(m.unit);
    o[u"timestamp"_s] = timestampOrNull(m.timestamp);
    o[u"pulse_rate"_s] = measuredOrNull(m.pulseRate);
    o[u"user_id"_s] = numberOrNull(m.userId);
    o[u"measurement_status"_s] = orNull(m.status, bloodPressureStatus);
}

// The status fields both PLX characteristics end with.
template<typename M>
void addPlxStatus(QJsonObject &o, const M &m)
{
    o[u"measurement_status"_s] = numberOrNull(m.measurementStatus);
    o[u"device_and_sensor_status"_s] = numberOrNull(m.deviceAndSensorStatus);
    o[u"pulse_amplitude_index"_s] = measuredOrNull(m.pulseAmplitudeIndex);
}

template<typename M>
QJsonObject decoded(const Result<M> &result)
{
    if (!result)
        return QJsonObject { { u"valid"_s, false }, { u"error"_s, result.error().message } };
    QJsonObject o = toJson(*result);
    o[u"valid"_s] = true;
    return o;
}

} // namespace

QJsonObject decodeGattJson(const GattDecodeTarget &target, QByteArrayView payload)
{
    return visitGattDecode(target, payload, [](const auto &result) { return decoded(result); });
}

QJsonObject toJson(const MderFloat &value)
{
    return QJsonObject {
        { u"value"_s, measured(value) },
        { u"mantissa"_s, value.mantissa },
        { u"exponent"_s, value.exponent },
    };
}

QJsonObject toJson(const HeartRateMeasurement &m)
{
    QString contact;
    switch (m.sensorContact) {
    case HeartRateMeasurement::SensorContact::NotSupported:
        contact = u"not_supported"_s;
        break;
    case HeartRateMeasurement::SensorContact::NotDetected:
        contact = u"not_detected"_s;
        break;
    case HeartRateMeasurement::SensorContact::Detected:
        contact = u"detected"_s;
        break;
    }
    QJsonValue raw(QJsonValue::Null);
    QJsonValue seconds(QJsonValue::Null);
    if (m.rrIntervals) {
        QJsonArray r, s;
        for (quint16 interval : *m.rrIntervals) {
            r.append(int(interval));
            s.append(interval / 1024.0);
        }
        raw = r;
        seconds = s;
    }
    return QJsonObject {
        { u"heart_rate"_s, int(m.heartRate) },
        { u"sensor_contact"_s, contact },
        { u"energy_expended_kj"_s, numberOrNull(m.energyExpendedKj) },
        { u"rr_intervals_raw"_s, raw },
        { u"rr_intervals_s"_s, seconds },
    };
}

QJsonObject toJson(const BloodPressureMeasurement &m)
{
    QJsonObject o {
        { u"systolic"_s, measured(m.systolic) },
        { u"diastolic"_s, measured(m.diastolic) },
        { u"mean_arterial_pressure"_s, measured(m.meanArterialPressure) },
    };
    addPressureTail(o, m);
    return o;
}

QJsonObject toJson(const IntermediateCuffPressure &m)
{
    // The characteristic carries no systolic or diastolic pressure: its first field is the
    // current cuff pressure and the other two are unused (see gattmeasurements.h).
    QJsonObject o {
        { u"systolic"_s, QJsonValue::Null },
        { u"diastolic"_s, QJsonValue::Null },
        { u"current_cuff_pressure"_s, measured(m.currentCuffPressure) },
    };
    addPressureTail(o, m);
    return o;
}

QJsonObject toJson(const TemperatureMeasurement &m)
{
    return QJsonObject {
        { u"unit"_s, m.unit == TemperatureMeasurement::Unit::Fahrenheit ? u"F"_s : u"C"_s },
        { u"temperature"_s, measured(m.temperature) },
        { u"timestamp"_s, timestampOrNull(m.timestamp) },
        { u"temperature_type"_s, numberOrNull(m.temperatureType) },
    };
}

QJsonObject toJson(const GlucoseMeasurement &m)
{
    QJsonValue unit(QJsonValue::Null);
    if (m.concentrationUnit)
        unit = *m.concentrationUnit == GlucoseMeasurement::ConcentrationUnit::MolPerLitre
                ? u"mol/L"_s
                : u"kg/L"_s;
    return QJsonObject {
        { u"sequence_number"_s, int(m.sequenceNumber) },
        { u"base_time"_s, timestamp(m.baseTime) },
        { u"time_offset_min"_s, numberOrNull(m.timeOffsetMinutes) },
        { u"effective_time"_s, timestampOrNull(m.effectiveTime) },
        { u"concentration"_s, measuredOrNull(m.concentration) },
        { u"concentration_unit"_s, unit },
        { u"type"_s, numberOrNull(m.type) },
        { u"sample_location"_s, numberOrNull(m.sampleLocation) },
        { u"sensor_status"_s, numberOrNull(m.sensorStatus) },
        { u"context_information_follows"_s, m.contextInformationFollows },
    };
}

QJsonObject toJson(const PlxSpotCheckMeasurement &m)
{
    QJsonObject o {
        { u"spo2"_s, measured(m.spo2) },
        { u"pulse_rate"_s, measured(m.pulseRate) },
        { u"timestamp"_s, timestampOrNull(m.timestamp) },
        { u"device_clock_not_set"_s, m.deviceClockNotSet },
    };
    addPlxStatus(o, m);
    return o;
}

QJsonObject toJson(const PlxContinuousMeasurement &m)
{
    QJsonObject o {
        { u"spo2"_s, measured(m.spo2) },
        { u"pulse_rate"_s, measured(m.pulseRate) },
        { u"spo2_fast"_s, measuredOrNull(m.spo2Fast) },
        { u"pulse_rate_fast"_s, measuredOrNull(m.pulseRateFast) },
        { u"spo2_slow"_s, measuredOrNull(m.spo2Slow) },
        { u"pulse_rate_slow"_s, measuredOrNull(m.pulseRateSlow) },
    };
    addPlxStatus(o, m);
    return o;
}

QJsonObject toJson(const WeightMeasurement &m)
{
    const bool si = m.units == WeightMeasurement::Units::SI;
    return QJsonObject {
        { u"units"_s, si ? u"SI"_s : u"imperial"_s },
        { u"weight"_s,
          m.isUnsuccessful() ? QJsonValue(u"measurement_unsuccessful"_s) : QJsonValue(m.weight()) },
        { u"weight_unit"_s, si ? u"kg"_s : u"lb"_s },
        { u"timestamp"_s, timestampOrNull(m.timestamp) },
        { u"user_id"_s, numberOrNull(m.userId) },
        { u"bmi"_s, orNull(m.bmi(), [](double v) { return v; }) },
        { u"height"_s, orNull(m.height(), [](double v) { return v; }) },
        { u"height_unit"_s,
          m.heightRaw ? QJsonValue(si ? u"m"_s : u"in"_s) : QJsonValue(QJsonValue::Null) },
    };
}

} // namespace clinic
