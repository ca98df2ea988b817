#pragma once

#include "util/result.h"
#include "vitals/gattmeasurements.h"
#include "vitals/vitalkind.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace clinic {

// A measurement from a device as a vital-sign reading, every value in its kind's canonical
// unit (VitalUnits): what DeviceManager records through vital.record.
struct DeviceReading
{
    VitalKind kind = VitalKind::HeartRate;
    double value = 0; // systolic, heart rate, temperature, glucose, SpO2 or weight
    std::optional<double> diastolic;
    std::optional<double> meanArterial;
    std::optional<double> pulse;
    std::optional<double> heightM;
    std::optional<double> bmi;
    QString enteredUnit; // the unit the device measured in ("kPa", "°F", "mg/dL", "lb", ...)
    std::optional<GattDateTime> deviceTime; // the device's time stamp, when it sent one
    // What the device said about the measurement (irregular_pulse, body_movement, ...).
    QStringList flags;
    // From a stream (heart rate, PLX continuous): recorded at most once a minute.
    bool continuous = false;
    // Stored records (glucose) may arrive again after a reconnect.
    bool storedRecord = false;

    // "128/82 mmHg, pulse 71", "36.8 °C", ... in this computer's locale.
    QString text() const;
};

// What one notification or indication means.
struct DeviceMeasurement
{
    std::optional<DeviceReading> reading;
    // Intermediate Cuff Pressure (0x2A36): shown while the cuff inflates, never recorded.
    std::optional<double> cuffPressureMmHg;
};

class DeviceReadings
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DeviceReadings)
public:
    // Decodes `octets` of `characteristic` and converts them. An error (with what was wrong,
    // for the user) for a payload that breaks its specification, a special value (NaN, NRes,
    // INF) where a number is needed, a measurement the device itself marks as failed, or a
    // value no person can have (checked after conversion); an empty DeviceMeasurement for a
    // notification that carries no reading (a strap without skin contact, a glucose record
    // without a concentration, a characteristic not handled here).
    static Result<DeviceMeasurement> interpret(quint16 characteristic, QByteArrayView octets);

    // The bounds a device's reading must fall in, canonical units.
    static bool isPlausible(VitalKind kind, double value);
};

} // namespace clinic
