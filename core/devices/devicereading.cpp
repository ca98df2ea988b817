#include "devicereading.h"

#include "vitals/vitalunits.h"

#include <QLocale>

#include <cmath>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

int decimalsFor(VitalKind kind)
{
    switch (kind) {
    case VitalKind::Temperature:
    case VitalKind::Glucose:
        return 2;
    case VitalKind::Weight:
        return 3;
    default:
        return 1;
    }
}

QString number(double value, int decimals)
{
    // No trailing zeros: 128, 36.8, 5.77.
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

// A number a device sent, or why it is not one.
Result<double> numberFrom(const MderFloat &value, const char *field)
{
    if (value.isSpecial())
        return makeError(ErrorCode::InvalidArgument,
                         DeviceReadings::tr("The device sent no value for %1 (%2): the "
                                            "measurement did not succeed. Measure again.")
                                 .arg(DeviceReadings::tr(field), value.specialName()),
                         u"%1 is %2"_s.arg(QLatin1String(field), value.specialName()));
    return value.toDouble();
}

std::optional<double> optionalNumber(const std::optional<MderFloat> &value)
{
    if (!value || value->isSpecial())
        return std::nullopt;
    return value->toDouble();
}

QStringList bloodPressureFlags(const std::optional<BloodPressureStatus> &status)
{
    QStringList flags;
    if (!status)
        return flags;
    if (status->bodyMovement())
        flags << u"body_movement"_s;
    if (status->cuffTooLoose())
        flags << u"cuff_too_loose"_s;
    if (status->irregularPulse())
        flags << u"irregular_pulse"_s;
    if (status->pulseRateRange() == 1)
        flags << u"pulse_above_range"_s;
    if (status->pulseRateRange() == 2)
        flags << u"pulse_below_range"_s;
    if (status->improperPosition())
        flags << u"improper_position"_s;
    return flags;
}

// Glucose Sensor Status Annunciation, GLS 1.0 section 3.106 (bits 0..11).
QStringList glucoseFlags(std::optional<quint16> status)
{
    static const char *const names[] = {
        "battery_low",           "sensor_malfunction",   "sample_size_insufficient",
        "strip_insertion_error", "strip_type_incorrect", "result_above_range",
        "result_below_range",    "temperature_too_high", "temperature_too_low",
        "read_interrupted",      "device_fault",         "time_fault",
    };
    QStringList flags;
    if (!status)
        return flags;
    for (int bit = 0; bit < 12; ++bit) {
        if (*status & (1u << bit))
            flags << QString::fromLatin1(names[bit]);
    }
    return flags;
}

// PLX Measurement Status (PLXS 1.0.1, 3.1.1.3): bit 13 measurement unavailable, bit 15
// invalid measurement, bit 14 questionable, bits 10/11 demonstration or test data.
Result<QStringList> plxFlags(std::optional<quint16> status)
{
    QStringList flags;
    if (!status)
        return flags;
    if (*status & (1u << 13) || *status & (1u << 15))
        return makeError(ErrorCode::InvalidArgument,
                         DeviceReadings::tr("The pulse oximeter marked its measurement as "
                                            "unavailable or invalid. Measure again."),
                         u"PLX measurement status 0x%1"_s.arg(*status, 4, 16, QChar(u'0')));
    if (*status & (1u << 14))
        flags << u"questionable_measurement"_s;
    if (*status & (1u << 10))
        flags << u"demonstration_data"_s;
    if (*status & (1u << 11))
        flags << u"test_data"_s;
    return flags;
}

Result<DeviceReading> checked(DeviceReading reading)
{
    const int decimals = decimalsFor(reading.kind);
    reading.value = rounded(reading.value, decimals);
    if (reading.diastolic)
        reading.diastolic = rounded(*reading.diastolic, decimals);
    if (reading.meanArterial)
        reading.meanArterial = rounded(*reading.meanArterial, decimals);
    if (reading.pulse)
        reading.pulse = rounded(*reading.pulse, 1);
    if (reading.heightM)
        reading.heightM = rounded(*reading.heightM, 3);
    if (reading.bmi)
        reading.bmi = rounded(*reading.bmi, 1);
    const auto implausible = [&](double v) {
        return makeError(ErrorCode::InvalidArgument,
                         DeviceReadings::tr("The device sent a reading that cannot be right (%1). "
                                            "It was not recorded; measure again.")
                                 .arg(number(v, decimals)),
                         u"%1 %2 out of range"_s.arg(VitalKinds::key(reading.kind)).arg(v));
    };
    if (!DeviceReadings::isPlausible(reading.kind, reading.value))
        return implausible(reading.value);
    if (reading.diastolic
        && (!DeviceReadings::isPlausible(reading.kind, *reading.diastolic)
            || *reading.diastolic >= reading.value))
        return implausible(*reading.diastolic);
    if (reading.pulse && !DeviceReadings::isPlausible(VitalKind::HeartRate, *reading.pulse))
        reading.pulse.reset(); // a pulse is extra: a wrong one is dropped, the reading kept
    if (reading.heightM && (*reading.heightM < 0.3 || *reading.heightM > 2.8))
        reading.heightM.reset();
    if (reading.bmi && (*reading.bmi < 5 || *reading.bmi > 150))
        reading.bmi.reset();
    if (reading.meanArterial
        && (*reading.meanArterial <= 0 || *reading.meanArterial > reading.value))
        reading.meanArterial.reset();
    return reading;
}

} // namespace

bool DeviceReadings::isPlausible(VitalKind kind, double value)
{
    if (!std::isfinite(value))
        return false;
    switch (kind) {
    case VitalKind::BloodPressure:
        return value >= 10 && value <= 350; // mmHg
    case VitalKind::HeartRate:
        return value >= 15 && value <= 350; // beats/min
    case VitalKind::Temperature:
        return value >= 20 && value <= 46; // °C
    case VitalKind::Glucose:
        return value >= 0.5 && value <= 100; // mmol/L
    case VitalKind::SpO2:
        return value >= 30 && value <= 100; // %
    case VitalKind::Weight:
        return value >= 0.3 && value <= 650; // kg
    }
    return false;
}

Result<DeviceMeasurement> DeviceReadings::interpret(quint16 characteristic, QByteArrayView octets)
{
    const auto which = gattCharacteristicFromUuid(characteristic);
    if (!which)
        return DeviceMeasurement {};
    DeviceMeasurement out;
    DeviceReading r;
    switch (*which) {
    case GattCharacteristic::HeartRateMeasurement: {
        auto m = decodeHeartRateMeasurement(octets);
        if (!m)
            return m.error();
        if (m->sensorContact == HeartRateMeasurement::SensorContact::NotDetected
            || m->heartRate == 0)
            return out; // the strap is not on the skin: no reading
        r.kind = VitalKind::HeartRate;
        r.value = m->heartRate;
        r.enteredUnit = u"bpm"_s;
        r.continuous = true;
        break;
    }
    case GattCharacteristic::BloodPressureMeasurement: {
        auto m = decodeBloodPressureMeasurement(octets);
        if (!m)
            return m.error();
        const QString unit = m->unit == PressureUnit::KPa ? u"kPa"_s : u"mmHg"_s;
        auto systolic = numberFrom(m->systolic, QT_TR_NOOP("systolic"));
        if (!systolic)
            return systolic.error();
        auto diastolic = numberFrom(m->diastolic, QT_TR_NOOP("diastolic"));
        if (!diastolic)
            return diastolic.error();
        r.kind = VitalKind::BloodPressure;
        r.value = *VitalUnits::toCanonical(r.kind, *systolic, unit);
        r.diastolic = VitalUnits::toCanonical(r.kind, *diastolic, unit);
        if (const auto map = optionalNumber(m->meanArterialPressure))
            r.meanArterial = VitalUnits::toCanonical(r.kind, *map, unit);
        r.pulse = optionalNumber(m->pulseRate);
        r.enteredUnit = unit;
        r.deviceTime = m->timestamp;
        r.flags = bloodPressureFlags(m->status);
        break;
    }
    case GattCharacteristic::IntermediateCuffPressure: {
        auto m = decodeIntermediateCuffPressure(octets);
        if (!m)
            return m.error();
        if (const auto p = optionalNumber(m->currentCuffPressure)) {
            out.cuffPressureMmHg =
                    VitalUnits::toCanonical(VitalKind::BloodPressure, *p,
                                            m->unit == PressureUnit::KPa ? u"kPa"_s : u"mmHg"_s);
        }
        return out;
    }
    case GattCharacteristic::TemperatureMeasurement: {
        auto m = decodeTemperatureMeasurement(octets);
        if (!m)
            return m.error();
        auto t = numberFrom(m->temperature, QT_TR_NOOP("temperature"));
        if (!t)
            return t.error();
        const QString unit =
                m->unit == TemperatureMeasurement::Unit::Fahrenheit ? u"°F"_s : u"°C"_s;
        r.kind = VitalKind::Temperature;
        r.value = *VitalUnits::toCanonical(r.kind, *t, unit);
        r.enteredUnit = unit;
        r.deviceTime = m->timestamp;
        break;
    }
    case GattCharacteristic::GlucoseMeasurement: {
        auto m = decodeGlucoseMeasurement(octets);
        if (!m)
            return m.error();
        if (!m->concentration)
            return out; // a record with context only
        auto c = numberFrom(*m->concentration, QT_TR_NOOP("glucose"));
        if (!c)
            return c.error();
        r.kind = VitalKind::Glucose;
        if (m->concentrationUnit == GlucoseMeasurement::ConcentrationUnit::MolPerLitre) {
            r.value = *c * 1000.0; // mol/L to mmol/L
            r.enteredUnit = u"mmol/L"_s;
        } else {
            // kg/L to mg/dL (1 kg/L = 100,000 mg/dL), then to mmol/L.
            r.value = *VitalUnits::toCanonical(r.kind, *c * 100000.0, u"mg/dL"_s);
            r.enteredUnit = u"mg/dL"_s;
        }
        r.deviceTime = m->effectiveTime;
        r.flags = glucoseFlags(m->sensorStatus);
        r.storedRecord = true;
        break;
    }
    case GattCharacteristic::PlxSpotCheckMeasurement:
    case GattCharacteristic::PlxContinuousMeasurement: {
        MderFloat spo2, pulse;
        std::optional<quint16> status;
        if (*which == GattCharacteristic::PlxSpotCheckMeasurement) {
            auto m = decodePlxSpotCheckMeasurement(octets);
            if (!m)
                return m.error();
            spo2 = m->spo2;
            pulse = m->pulseRate;
            status = m->measurementStatus;
            if (!m->deviceClockNotSet)
                r.deviceTime = m->timestamp;
        } else {
            auto m = decodePlxContinuousMeasurement(octets);
            if (!m)
                return m.error();
            spo2 = m->spo2;
            pulse = m->pulseRate;
            status = m->measurementStatus;
            r.continuous = true;
        }
        auto flags = plxFlags(status);
        if (!flags)
            return flags.error();
        auto s = numberFrom(spo2, QT_TR_NOOP("SpO2"));
        if (!s)
            return s.error();
        r.kind = VitalKind::SpO2;
        r.value = *s;
        r.pulse = optionalNumber(pulse);
        r.enteredUnit = u"%"_s;
        r.flags = *flags;
        break;
    }
    case GattCharacteristic::WeightMeasurement: {
        auto m = decodeWeightMeasurement(octets);
        if (!m)
            return m.error();
        if (m->isUnsuccessful())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The scale says the weighing did not succeed. Step on it "
                                "again."),
                             u"weight 0xFFFF (measurement unsuccessful)"_s);
        const bool imperial = m->units == WeightMeasurement::Units::Imperial;
        r.kind = VitalKind::Weight;
        r.enteredUnit = imperial ? u"lb"_s : u"kg"_s;
        r.value = *VitalUnits::toCanonical(r.kind, m->weight(), r.enteredUnit);
        if (const auto h = m->height(); h && *h > 0)
            r.heightM = VitalUnits::heightToMetres(*h, imperial ? u"in"_s : u"m"_s);
        if (const auto bmi = m->bmi(); bmi && *bmi > 0)
            r.bmi = *bmi;
        r.deviceTime = m->timestamp;
        break;
    }
    }
    auto reading = checked(std::move(r));
    if (!reading)
        return reading.error();
    out.reading = std::move(*reading);
    return out;
}

QString DeviceReading::text() const
{
    const int decimals = decimalsFor(kind);
    switch (kind) {
    case VitalKind::BloodPressure: {
        QString t = DeviceReadings::tr("%1/%2 mmHg")
                            .arg(number(value, 0), number(diastolic.value_or(0), 0));
        if (pulse)
            t += DeviceReadings::tr(", pulse %1").arg(number(*pulse, 0));
        return t;
    }
    case VitalKind::HeartRate:
        return DeviceReadings::tr("%1 bpm").arg(number(value, 0));
    case VitalKind::Temperature:
        return DeviceReadings::tr("%1 °C").arg(number(value, 1));
    case VitalKind::Glucose:
        return DeviceReadings::tr("%1 mmol/L").arg(number(value, 1));
    case VitalKind::SpO2: {
        QString t = DeviceReadings::tr("SpO2 %1 %").arg(number(value, 0));
        if (pulse)
            t += DeviceReadings::tr(", pulse %1").arg(number(*pulse, 0));
        return t;
    }
    case VitalKind::Weight:
        return DeviceReadings::tr("%1 kg").arg(number(value, qMin(decimals, 1)));
    }
    return {};
}

} // namespace clinic
