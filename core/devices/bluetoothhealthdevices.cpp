#include "bluetoothhealthdevices.h"

#include "devices/glucoserecordaccess.h"

#include "vitals/gattmeasurements.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothLocalDevice>
#include <QBluetoothUuid>
#include <QLowEnergyController>
#include <QLowEnergyService>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QByteArray notifyValue()
{
    return QByteArray::fromHex("0100");
}
QByteArray indicateValue()
{
    return QByteArray::fromHex("0200");
}

bool specifiedAsIndication(quint16 characteristic)
{
    switch (characteristic) {
    case quint16(GattCharacteristic::BloodPressureMeasurement):
    case quint16(GattCharacteristic::TemperatureMeasurement):
    case quint16(GattCharacteristic::WeightMeasurement):
    case quint16(GattCharacteristic::PlxSpotCheckMeasurement):
    case HealthServices::recordAccessControlPoint:
        return true;
    default: // 0x2A37, 0x2A36, 0x2A5F, 0x2A18, 0x2A19
        return false;
    }
}

std::optional<quint16> shortUuid(const QBluetoothUuid &uuid)
{
    bool ok = false;
    const quint16 value = uuid.toUInt16(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QByteArray BluetoothHealthDevices::subscriptionValue(quint16 characteristic, bool canNotify,
                                                     bool canIndicate)
{
    const bool indicate = specifiedAsIndication(characteristic);
    if (indicate && canIndicate)
        return indicateValue();
    if (!indicate && canNotify)
        return notifyValue();
    if (canIndicate)
        return indicateValue();
    if (canNotify)
        return notifyValue();
    return {};
}

// One device's connection: the controller and the services of interest.
class BluetoothHealthDevices::Connection : public QObject
{
public:
    Connection(BluetoothHealthDevices &owner, const QBluetoothDeviceInfo &info)
        : QObject(&owner), m_owner(owner), m_address(info.address().toString())
    {
        m_controller = QLowEnergyController::createCentral(info, this);
        connect(m_controller, &QLowEnergyController::connected, this,
                [this] { m_controller->discoverServices(); });
        connect(m_controller, &QLowEnergyController::serviceDiscovered, this,
                &Connection::onServiceDiscovered);
        connect(m_controller, &QLowEnergyController::discoveryFinished, this, [this] {
            if (m_services.isEmpty())
                fail(BluetoothHealthDevices::tr(
                        "The device offers none of the health services Clinic reads."));
        });
        connect(m_controller, &QLowEnergyController::disconnected, this,
                [this] { setState(ConnectionState::OutOfReach); });
        connect(m_controller, &QLowEnergyController::errorOccurred, this,
                [this](QLowEnergyController::Error error) {
                    if (error == QLowEnergyController::MissingPermissionsError)
                        m_owner.setAdapterState(AdapterState::PermissionMissing);
                    else if (error == QLowEnergyController::InvalidBluetoothAdapterError)
                        m_owner.setAdapterState(AdapterState::NoAdapter);
                    emit m_owner.errorOccurred(
                            m_address,
                            BluetoothHealthDevices::tr("The device cannot be reached (%1). Check "
                                                       "that it is on and near this computer.")
                                    .arg(m_controller->errorString()));
                    setState(ConnectionState::OutOfReach);
                });
    }

    ConnectionState state() const { return m_state; }

    void open()
    {
        if (m_state == ConnectionState::Connected || m_state == ConnectionState::Connecting)
            return;
        setState(ConnectionState::Connecting);
        m_controller->connectToDevice();
    }

    void close()
    {
        // Asked for: the controller's "disconnected" that follows is not a drop.
        m_controller->disconnect(this);
        qDeleteAll(m_services);
        m_services.clear();
        m_controller->disconnectFromDevice();
        setState(ConnectionState::Disconnected);
    }

private:
    void setState(ConnectionState state)
    {
        if (m_state == state)
            return;
        if (state != ConnectionState::Connected && state != ConnectionState::Connecting) {
            qDeleteAll(m_services);
            m_services.clear();
        }
        m_state = state;
        emit m_owner.connectionStateChanged(m_address, state);
    }

    void fail(const QString &message)
    {
        emit m_owner.errorOccurred(m_address, message);
        m_controller->disconnectFromDevice();
        setState(ConnectionState::OutOfReach);
    }

    void onServiceDiscovered(const QBluetoothUuid &uuid)
    {
        const auto id = shortUuid(uuid);
        if (!id
            || !(HealthServices::isHealthService(*id) || *id == HealthServices::battery
                 || *id == HealthServices::genericAccess))
            return;
        QLowEnergyService *service = m_controller->createServiceObject(uuid, this);
        if (!service)
            return;
        m_services.append(service);
        connect(service, &QLowEnergyService::stateChanged, this,
                [this, service, id = *id](QLowEnergyService::ServiceState state) {
                    if (state == QLowEnergyService::RemoteServiceDiscovered)
                        subscribe(service, id);
                });
        connect(service, &QLowEnergyService::characteristicChanged, this, &Connection::onValue);
        connect(service, &QLowEnergyService::characteristicRead, this, &Connection::onValue);
        connect(service, &QLowEnergyService::descriptorWritten, this,
                [this, service](const QLowEnergyDescriptor &descriptor, const QByteArray &) {
                    // Once RACP indications are on, ask a glucose meter for its records.
                    const QLowEnergyCharacteristic racp = service->characteristic(
                            QBluetoothUuid(quint16(HealthServices::recordAccessControlPoint)));
                    if (racp.isValid()
                        && racp.descriptor(QBluetoothUuid::DescriptorType::
                                                   ClientCharacteristicConfiguration)
                                == descriptor)
                    {
                        // Only the records after the last one received (GlucoseRecordAccess).
                        m_racp.emplace(m_owner.lastRecordSequence(m_address));
                        service->writeCharacteristic(racp, m_racp->start());
                    }
                });
        connect(service, &QLowEnergyService::errorOccurred, this,
                [this](QLowEnergyService::ServiceError error) {
                    emit m_owner.errorOccurred(
                            m_address,
                            BluetoothHealthDevices::tr(
                                    "The device refused a request (Bluetooth service error %1).")
                                    .arg(int(error)));
                });
        service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
    }

    void subscribe(QLowEnergyService *service, quint16 serviceId)
    {
        for (const QLowEnergyCharacteristic &c : service->characteristics()) {
            const auto id = shortUuid(c.uuid());
            if (!id)
                continue;
            if (*id == HealthServices::deviceNameCharacteristic
                || *id == HealthServices::batteryLevelCharacteristic)
                service->readCharacteristic(c);
            const bool measurement =
                    HealthServices::measurementCharacteristics(serviceId).contains(*id);
            const bool wanted = measurement || *id == HealthServices::batteryLevelCharacteristic
                    || *id == HealthServices::recordAccessControlPoint;
            if (!wanted)
                continue;
            const QLowEnergyDescriptor cccd =
                    c.descriptor(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration);
            const QByteArray value =
                    subscriptionValue(*id, c.properties() & QLowEnergyCharacteristic::Notify,
                                      c.properties() & QLowEnergyCharacteristic::Indicate);
            if (cccd.isValid() && !value.isEmpty())
                service->writeDescriptor(cccd, value);
        }
        if (HealthServices::isHealthService(serviceId))
            setState(ConnectionState::Connected);
    }

    void onValue(const QLowEnergyCharacteristic &c, const QByteArray &value)
    {
        const auto id = shortUuid(c.uuid());
        if (!id)
            return;
        if (*id == HealthServices::batteryLevelCharacteristic) {
            if (value.size() == 1)
                emit m_owner.batteryLevelRead(m_address, quint8(value.at(0)));
        } else if (*id == HealthServices::deviceNameCharacteristic) {
            emit m_owner.deviceNameRead(m_address, QString::fromUtf8(value.left(248)));
        } else if (*id == HealthServices::recordAccessControlPoint) {
            // Response Code (06): 00 operator, request op code, response (01 success, 06 no
            // records found); the next request, if any (a meter whose numbers started again).
            if (!m_racp)
                return;
            const GlucoseRecordAccess::Step step = m_racp->response(value);
            if (!step.problem.isEmpty())
                emit m_owner.errorOccurred(m_address, step.problem);
            if (!step.write.isEmpty()) {
                for (QLowEnergyService *service : std::as_const(m_services)) {
                    if (service->serviceUuid() == QBluetoothUuid(quint16(HealthServices::glucose)))
                        service->writeCharacteristic(c, step.write);
                }
            }
        } else {
            if (*id == quint16(GattCharacteristic::GlucoseMeasurement) && m_racp
                && !m_racp->passOn(value))
                return; // the record that tells whether the meter started again
            emit m_owner.measurementReceived(m_address, *id, value);
        }
    }

    BluetoothHealthDevices &m_owner;
    QString m_address;
    QLowEnergyController *m_controller = nullptr;
    QList<QLowEnergyService *> m_services;
    ConnectionState m_state = ConnectionState::Disconnected;
    std::optional<GlucoseRecordAccess> m_racp;
};

BluetoothHealthDevices::BluetoothHealthDevices(QObject *parent) : HealthDeviceSource(parent)
{
    checkAdapter();
}

void BluetoothHealthDevices::checkAdapter()
{
    if (!m_local && !QBluetoothLocalDevice::allDevices().isEmpty()) {
        m_local = std::make_unique<QBluetoothLocalDevice>();
        connect(m_local.get(), &QBluetoothLocalDevice::hostModeStateChanged, this,
                &BluetoothHealthDevices::refreshAdapterState);
    }
    refreshAdapterState();
}

BluetoothHealthDevices::~BluetoothHealthDevices() = default;

void BluetoothHealthDevices::refreshAdapterState()
{
    if (!m_local || !m_local->isValid())
        setAdapterState(AdapterState::NoAdapter);
    else if (m_local->hostMode() == QBluetoothLocalDevice::HostPoweredOff)
        setAdapterState(AdapterState::PoweredOff);
    else
        setAdapterState(AdapterState::Ready);
}

void BluetoothHealthDevices::setAdapterState(AdapterState state)
{
    if (m_adapter == state)
        return;
    m_adapter = state;
    emit adapterStateChanged(state);
}

HealthDeviceSource::AdapterState BluetoothHealthDevices::adapterState() const
{
    return m_adapter;
}

bool BluetoothHealthDevices::isDiscovering() const
{
    return m_agent && m_agent->isActive();
}

void BluetoothHealthDevices::ensureAgent()
{
    if (m_agent)
        return;
    m_agent = new QBluetoothDeviceDiscoveryAgent(this);
    m_agent->setLowEnergyDiscoveryTimeout(discoveryTimeoutMs);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            &BluetoothHealthDevices::onDiscovered);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields) {
                onDiscovered(info);
            });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this,
            &HealthDeviceSource::discoveryFinished);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this,
            &HealthDeviceSource::discoveryFinished);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                switch (error) {
                case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
                    setAdapterState(AdapterState::PoweredOff);
                    break;
                case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
                    setAdapterState(AdapterState::NoAdapter);
                    break;
                case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
                case QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError:
                    setAdapterState(AdapterState::PermissionMissing);
                    break;
                case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
                case QBluetoothDeviceDiscoveryAgent::UnsupportedDiscoveryMethod:
                    setAdapterState(AdapterState::Unsupported);
                    break;
                default:
                    break;
                }
                const QString text = m_adapter != AdapterState::Ready
                        ? adapterStateText(m_adapter)
                        : tr("Scanning stopped: %1").arg(m_agent->errorString());
                emit errorOccurred({}, text);
                emit discoveryFinished();
            });
}

void BluetoothHealthDevices::startDiscovery()
{
    refreshAdapterState();
    if (m_adapter != AdapterState::Ready) {
        emit errorOccurred({}, adapterStateText(m_adapter));
        emit discoveryFinished();
        return;
    }
    ensureAgent();
    if (!m_agent->isActive())
        m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void BluetoothHealthDevices::stopDiscovery()
{
    if (m_agent && m_agent->isActive())
        m_agent->stop();
}

void BluetoothHealthDevices::onDiscovered(const QBluetoothDeviceInfo &info)
{
    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
        return;
    DiscoveredHealthDevice device;
    device.address = info.address().toString().toUpper();
    device.name = info.name();
    device.rssi = info.rssi();
    for (const QBluetoothUuid &uuid : info.serviceUuids()) {
        if (const auto id = shortUuid(uuid);
            id && HealthServices::isHealthService(*id) && !device.services.contains(*id))
            device.services.append(*id);
    }
    if (device.services.isEmpty())
        return;
    m_seen.insert(device.address, info);
    emit deviceDiscovered(device);
}

void BluetoothHealthDevices::connectDevice(const QString &address, const QString &name)
{
    if (m_adapter != AdapterState::Ready) {
        emit errorOccurred(address, adapterStateText(m_adapter));
        emit connectionStateChanged(address, ConnectionState::OutOfReach);
        return;
    }
    Connection *connection = m_connections.value(address);
    if (!connection) {
        QBluetoothDeviceInfo info = m_seen.value(address);
        if (!info.isValid()) {
            // Paired earlier, not seen in this run's scan: connect by address.
            info = QBluetoothDeviceInfo(QBluetoothAddress(address), name, 0);
            info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
        }
        connection = new Connection(*this, info);
        m_connections.insert(address, connection);
    }
    connection->open();
}

void BluetoothHealthDevices::disconnectDevice(const QString &address)
{
    if (Connection *connection = m_connections.take(address)) {
        connection->close();
        connection->deleteLater();
    }
}

HealthDeviceSource::ConnectionState
BluetoothHealthDevices::connectionState(const QString &address) const
{
    const Connection *connection = m_connections.value(address);
    return connection ? connection->state() : ConnectionState::Disconnected;
}

} // namespace clinic
