#include "healthdevicesource.h"

#include "vitals/gattmeasurements.h"

namespace clinic {

using namespace Qt::StringLiterals;

bool HealthServices::isHealthService(quint16 uuid)
{
    for (quint16 s : all) {
        if (s == uuid)
            return true;
    }
    return false;
}

QList<quint16> HealthServices::measurementCharacteristics(quint16 service)
{
    switch (service) {
    case heartRate:
        return { quint16(GattCharacteristic::HeartRateMeasurement) };
    case bloodPressure:
        return { quint16(GattCharacteristic::BloodPressureMeasurement),
                 quint16(GattCharacteristic::IntermediateCuffPressure) };
    case healthThermometer:
        return { quint16(GattCharacteristic::TemperatureMeasurement) };
    case glucose:
        return { quint16(GattCharacteristic::GlucoseMeasurement) };
    case pulseOximeter:
        return { quint16(GattCharacteristic::PlxSpotCheckMeasurement),
                 quint16(GattCharacteristic::PlxContinuousMeasurement) };
    case weightScale:
        return { quint16(GattCharacteristic::WeightMeasurement) };
    default:
        return {};
    }
}

QString HealthServices::toText(const QList<quint16> &services)
{
    QStringList parts;
    for (quint16 s : services)
        parts.append(u"%1"_s.arg(s, 4, 16, QChar(u'0')).toUpper());
    return parts.join(u',');
}

QList<quint16> HealthServices::fromText(const QString &text)
{
    QList<quint16> services;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint value = part.trimmed().toUInt(&ok, 16);
        if (ok && value <= 0xFFFF)
            services.append(quint16(value));
    }
    return services;
}

QString HealthDeviceKinds::displayName(const QList<quint16> &services)
{
    for (quint16 s : services) {
        switch (s) {
        case HealthServices::bloodPressure:
            return tr("Blood pressure monitor");
        case HealthServices::heartRate:
            return tr("Heart rate monitor");
        case HealthServices::healthThermometer:
            return tr("Thermometer");
        case HealthServices::glucose:
            return tr("Glucose meter");
        case HealthServices::pulseOximeter:
            return tr("Pulse oximeter");
        case HealthServices::weightScale:
            return tr("Scale");
        default:
            break;
        }
    }
    return tr("Health device");
}

QString HealthDeviceSource::adapterStateText(AdapterState state)
{
    switch (state) {
    case AdapterState::Ready:
        return {};
    case AdapterState::NoAdapter:
        return QCoreApplication::translate(
                "clinic::HealthDeviceSource",
                "This computer has no Bluetooth adapter, or its Bluetooth service is not "
                "running. Plug in a Bluetooth adapter (or start the Bluetooth service), then "
                "open this page again. You can still enter your readings by hand.");
    case AdapterState::PoweredOff:
        return QCoreApplication::translate(
                "clinic::HealthDeviceSource",
                "Bluetooth is switched off. Switch it on in the system settings, then open "
                "this page again.");
    case AdapterState::PermissionMissing:
        return QCoreApplication::translate(
                "clinic::HealthDeviceSource",
                "Clinic is not allowed to use Bluetooth. Allow it in the system's privacy "
                "settings, then open this page again.");
    case AdapterState::Unsupported:
        return QCoreApplication::translate(
                "clinic::HealthDeviceSource",
                "Bluetooth Low Energy cannot be used on this computer. You can still enter your "
                "readings by hand.");
    }
    return {};
}

} // namespace clinic
