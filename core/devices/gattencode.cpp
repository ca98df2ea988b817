#include "gattencode.h"

#include <algorithm>
#include <cmath>

namespace clinic::GattEncode {

namespace {

class OctetWriter
{
public:
    void u8(quint8 v) { m_out.append(char(v)); }
    void u16(quint16 v)
    {
        u8(quint8(v & 0xFF));
        u8(quint8(v >> 8));
    }
    void u24(quint32 v)
    {
        u16(quint16(v & 0xFFFF));
        u8(quint8((v >> 16) & 0xFF));
    }
    void u32(quint32 v)
    {
        u16(quint16(v & 0xFFFF));
        u16(quint16(v >> 16));
    }
    void sfloat(const MderFloat &v) { u16(GattEncode::sfloat(v)); }
    void dateTime(const GattDateTime &t)
    {
        u16(quint16(t.year));
        u8(quint8(t.month));
        u8(quint8(t.day));
        u8(quint8(t.hours));
        u8(quint8(t.minutes));
        u8(quint8(t.seconds));
    }
    QByteArray take(quint8 flags)
    {
        m_out[0] = char(flags);
        return m_out;
    }

private:
    QByteArray m_out { 1, '\0' }; // the flags, filled in last
};

} // namespace

quint16 sfloat(const MderFloat &value)
{
    switch (value.special) {
    case MderFloat::Special::NaN:
        return 0x07FF;
    case MderFloat::Special::NRes:
        return 0x0800;
    case MderFloat::Special::PositiveInfinity:
        return 0x07FE;
    case MderFloat::Special::NegativeInfinity:
        return 0x0802;
    case MderFloat::Special::Reserved:
        return 0x0801;
    case MderFloat::Special::None:
        break;
    }
    // With exponent 0 the mantissas +-2046..2047 and -2048 are the specials' patterns.
    const qint32 limit = value.exponent == 0 ? 2045 : 2047;
    const qint32 mantissa = std::clamp(value.mantissa, -limit, limit);
    const int exponent = std::clamp(value.exponent, -8, 7);
    return quint16((quint16(exponent & 0xF) << 12) | quint16(mantissa & 0x0FFF));
}

quint32 float32(const MderFloat &value)
{
    switch (value.special) {
    case MderFloat::Special::NaN:
        return 0x007FFFFF;
    case MderFloat::Special::NRes:
        return 0x00800000;
    case MderFloat::Special::PositiveInfinity:
        return 0x007FFFFE;
    case MderFloat::Special::NegativeInfinity:
        return 0x00800002;
    case MderFloat::Special::Reserved:
        return 0x00800001;
    case MderFloat::Special::None:
        break;
    }
    const qint32 limit = value.exponent == 0 ? 0x7FFFFD : 0x7FFFFF;
    const qint32 mantissa = std::clamp(value.mantissa, -limit, limit);
    const int exponent = std::clamp(value.exponent, -128, 127);
    return (quint32(quint8(qint8(exponent))) << 24) | (quint32(mantissa) & 0x00FFFFFF);
}

MderFloat number(double value, int exponent)
{
    MderFloat f;
    f.exponent = exponent;
    f.mantissa = qint32(std::lround(value / std::pow(10.0, exponent)));
    return f;
}

MderFloat special(MderFloat::Special which)
{
    MderFloat f;
    f.special = which;
    return f;
}

QByteArray heartRate(const HeartRateMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    if (m.heartRate > 0xFF) {
        flags |= 0x01;
        out.u16(m.heartRate);
    } else {
        out.u8(quint8(m.heartRate));
    }
    if (m.sensorContact == HeartRateMeasurement::SensorContact::NotDetected)
        flags |= 0x04;
    else if (m.sensorContact == HeartRateMeasurement::SensorContact::Detected)
        flags |= 0x06;
    if (m.energyExpendedKj) {
        flags |= 0x08;
        out.u16(*m.energyExpendedKj);
    }
    if (m.rrIntervals) {
        flags |= 0x10;
        for (quint16 rr : *m.rrIntervals)
            out.u16(rr);
    }
    return out.take(flags);
}

namespace {

template<typename M>
void bloodPressureTail(OctetWriter &out, quint8 &flags, const M &m)
{
    if (m.unit == PressureUnit::KPa)
        flags |= 0x01;
    if (m.timestamp) {
        flags |= 0x02;
        out.dateTime(*m.timestamp);
    }
    if (m.pulseRate) {
        flags |= 0x04;
        out.sfloat(*m.pulseRate);
    }
    if (m.userId) {
        flags |= 0x08;
        out.u8(*m.userId);
    }
    if (m.status) {
        flags |= 0x10;
        out.u16(m.status->raw);
    }
}

} // namespace

QByteArray bloodPressure(const BloodPressureMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    out.sfloat(m.systolic);
    out.sfloat(m.diastolic);
    out.sfloat(m.meanArterialPressure);
    bloodPressureTail(out, flags, m);
    return out.take(flags);
}

QByteArray intermediateCuffPressure(const IntermediateCuffPressure &m)
{
    OctetWriter out;
    quint8 flags = 0;
    out.sfloat(m.currentCuffPressure);
    // The specification has the unused diastolic and mean arterial fields sent as NaN.
    out.sfloat(special(MderFloat::Special::NaN));
    out.sfloat(special(MderFloat::Special::NaN));
    bloodPressureTail(out, flags, m);
    return out.take(flags);
}

QByteArray temperature(const TemperatureMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    if (m.unit == TemperatureMeasurement::Unit::Fahrenheit)
        flags |= 0x01;
    out.u32(float32(m.temperature));
    if (m.timestamp) {
        flags |= 0x02;
        out.dateTime(*m.timestamp);
    }
    if (m.temperatureType) {
        flags |= 0x04;
        out.u8(*m.temperatureType);
    }
    return out.take(flags);
}

QByteArray glucose(const GlucoseMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    out.u16(m.sequenceNumber);
    out.dateTime(m.baseTime);
    if (m.timeOffsetMinutes) {
        flags |= 0x01;
        out.u16(quint16(*m.timeOffsetMinutes));
    }
    if (m.concentration) {
        flags |= 0x02;
        if (m.concentrationUnit == GlucoseMeasurement::ConcentrationUnit::MolPerLitre)
            flags |= 0x04;
        out.sfloat(*m.concentration);
        out.u8(quint8((m.type.value_or(0) & 0x0F) | (m.sampleLocation.value_or(0) << 4)));
    }
    if (m.sensorStatus) {
        flags |= 0x08;
        out.u16(*m.sensorStatus);
    }
    if (m.contextInformationFollows)
        flags |= 0x10;
    return out.take(flags);
}

QByteArray plxSpotCheck(const PlxSpotCheckMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    out.sfloat(m.spo2);
    out.sfloat(m.pulseRate);
    if (m.timestamp) {
        flags |= 0x01;
        out.dateTime(*m.timestamp);
    }
    if (m.measurementStatus) {
        flags |= 0x02;
        out.u16(*m.measurementStatus);
    }
    if (m.deviceAndSensorStatus) {
        flags |= 0x04;
        out.u24(*m.deviceAndSensorStatus);
    }
    if (m.pulseAmplitudeIndex) {
        flags |= 0x08;
        out.sfloat(*m.pulseAmplitudeIndex);
    }
    if (m.deviceClockNotSet)
        flags |= 0x10;
    return out.take(flags);
}

QByteArray plxContinuous(const PlxContinuousMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    out.sfloat(m.spo2);
    out.sfloat(m.pulseRate);
    if (m.spo2Fast && m.pulseRateFast) {
        flags |= 0x01;
        out.sfloat(*m.spo2Fast);
        out.sfloat(*m.pulseRateFast);
    }
    if (m.spo2Slow && m.pulseRateSlow) {
        flags |= 0x02;
        out.sfloat(*m.spo2Slow);
        out.sfloat(*m.pulseRateSlow);
    }
    if (m.measurementStatus) {
        flags |= 0x04;
        out.u16(*m.measurementStatus);
    }
    if (m.deviceAndSensorStatus) {
        flags |= 0x08;
        out.u24(*m.deviceAndSensorStatus);
    }
    if (m.pulseAmplitudeIndex) {
        flags |= 0x10;
        out.sfloat(*m.pulseAmplitudeIndex);
    }
    return out.take(flags);
}

QByteArray weight(const WeightMeasurement &m)
{
    OctetWriter out;
    quint8 flags = 0;
    if (m.units == WeightMeasurement::Units::Imperial)
        flags |= 0x01;
    out.u16(m.weightRaw);
    if (m.timestamp) {
        flags |= 0x02;
        out.dateTime(*m.timestamp);
    }
    if (m.userId) {
        flags |= 0x04;
        out.u8(*m.userId);
    }
    if (m.bmiRaw && m.heightRaw) {
        flags |= 0x08;
        out.u16(*m.bmiRaw);
        out.u16(*m.heightRaw);
    }
    return out.take(flags);
}

} // namespace clinic::GattEncode
