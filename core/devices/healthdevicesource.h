#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace clinic {

// The Bluetooth SIG services a health device advertises, as 16-bit UUIDs.
namespace HealthServices {
inline constexpr quint16 heartRate = 0x180D;
inline constexpr quint16 bloodPressure = 0x1810;
inline constexpr quint16 healthThermometer = 0x1809;
inline constexpr quint16 glucose = 0x1808;
inline constexpr quint16 pulseOximeter = 0x1822;
inline constexpr quint16 weightScale = 0x181D;
inline constexpr quint16 battery = 0x180F;
inline constexpr quint16 genericAccess = 0x1800;

inline constexpr quint16 all[] = { heartRate, bloodPressure, healthThermometer,
                                   glucose,   pulseOximeter, weightScale };
bool isHealthService(quint16 uuid);
// The measurement characteristics a service's device sends (0x2A35 and 0x2A36 for 0x1810).
QList<quint16> measurementCharacteristics(quint16 service);

inline constexpr quint16 deviceNameCharacteristic = 0x2A00; // in Generic Access 0x1800
inline constexpr quint16 batteryLevelCharacteristic = 0x2A19; // in Battery 0x180F
inline constexpr quint16 recordAccessControlPoint = 0x2A52; // in Glucose 0x1808
inline constexpr quint16 clientCharacteristicConfiguration = 0x2902; // the CCCD descriptor

// "180D,180F": how paired_device.services keeps them.
QString toText(const QList<quint16> &services);
QList<quint16> fromText(const QString &text);
} // namespace HealthServices

// What a device is, from the first health service it offers.
class HealthDeviceKinds
{
    Q_DECLARE_TR_FUNCTIONS(clinic::HealthDeviceKinds)
public:
    // "Blood pressure monitor", "Heart rate monitor", ...; "Health device" when none is known.
    static QString displayName(const QList<quint16> &services);
};

// A device seen while scanning, offering at least one health service.
struct DiscoveredHealthDevice
{
    QString address; // "AA:BB:CC:DD:EE:FF"
    QString name; // as advertised; may be empty
    QList<quint16> services; // the health services among those advertised
    int rssi = 0; // dBm, 0 when not known
};

// Where health measurements come from: the computer's Bluetooth LE adapter
// (BluetoothHealthDevices) or simulated devices (SimulatedHealthDevices, for demos, tests and
// computers without Bluetooth). DeviceManager works only through this interface.
//
// A source finds devices offering the health services, connects to the ones asked for,
// subscribes to their measurement characteristics (notifications or indications, as each
// characteristic's specification says), reads their name and battery level, and hands every
// measurement on as the octets the device sent; decoding is not its business.
class HealthDeviceSource : public QObject
{
    Q_OBJECT
public:
    // Whether scanning and connecting can work at all, in terms a user can act on.
    enum class AdapterState {
        Ready,
        NoAdapter, // this computer has no Bluetooth adapter (or no Bluetooth service)
        PoweredOff, // the adapter is there but switched off
        PermissionMissing, // the system did not let Clinic use Bluetooth
        Unsupported, // Bluetooth LE cannot be used here (no backend)
    };
    Q_ENUM(AdapterState)

    enum class ConnectionState {
        Disconnected, // not connected, not trying (forgotten, or the user's choice)
        Connecting,
        Connected, // subscribed: measurements will arrive
        OutOfReach, // the connection failed or dropped: switched off, asleep or too far
    };
    Q_ENUM(ConnectionState)

    using QObject::QObject;

    virtual AdapterState adapterState() const = 0;
    // Looks at the adapter again (plugged in, switched on since); adapterStateChanged tells.
    virtual void checkAdapter() { }
    virtual bool isDiscovering() const = 0;
    virtual void startDiscovery() = 0;
    virtual void stopDiscovery() = 0;
    // Connects (again) to a device found now or earlier; the state is reported through
    // connectionStateChanged. Connecting a connected device does nothing.
    virtual void connectDevice(const QString &address, const QString &name) = 0;
    virtual void disconnectDevice(const QString &address) = 0;
    virtual ConnectionState connectionState(const QString &address) const = 0;

    // For people: what to do about the adapter's state ("Switch Bluetooth on ...").
    static QString adapterStateText(AdapterState state);

    // The sequence number of the last stored record received from a device (a glucose meter):
    // connecting asks only for the records after it (GlucoseRecordAccess). Not set: all.
    void setLastRecordSequence(const QString &address, quint16 sequence)
    {
        m_lastRecordSequence.insert(address, sequence);
    }
    void clearLastRecordSequence(const QString &address) { m_lastRecordSequence.remove(address); }
    std::optional<quint16> lastRecordSequence(const QString &address) const
    {
        const auto found = m_lastRecordSequence.constFind(address);
        return found == m_lastRecordSequence.cend() ? std::nullopt
                                                    : std::optional<quint16>(*found);
    }

signals:
    void adapterStateChanged(clinic::HealthDeviceSource::AdapterState state);
    void deviceDiscovered(const clinic::DiscoveredHealthDevice &device);
    void discoveryFinished();
    void connectionStateChanged(const QString &address,
                                clinic::HealthDeviceSource::ConnectionState state);
    void deviceNameRead(const QString &address, const QString &name);
    void batteryLevelRead(const QString &address, int percent);
    // One notification or indication of a measurement characteristic, as sent.
    void measurementReceived(const QString &address, quint16 characteristic,
                             const QByteArray &octets);
    // Something went wrong; address is empty for the adapter or the scan. The message is for
    // the user.
    void errorOccurred(const QString &address, const QString &message);

private:
    QHash<QString, quint16> m_lastRecordSequence;
};

} // namespace clinic

Q_DECLARE_METATYPE(clinic::DiscoveredHealthDevice)
