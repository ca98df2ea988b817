#pragma once

#include "devices/healthdevicesource.h"

#include <QBluetoothDeviceInfo>
#include <QHash>
#include <QPointer>

#include <memory>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothLocalDevice;

namespace clinic {

// The computer's Bluetooth LE adapter through QtBluetooth (BlueZ on Linux).
//
// Adapter: QBluetoothLocalDevice says whether there is one and whether it is on; the discovery
// agent's errors add what only it can tell (permission refused, adapter gone).
// Scan: QBluetoothDeviceDiscoveryAgent, LowEnergyMethod, 10 s; a device is reported when it
// advertises one of the health services.
// Connection: QLowEnergyController, then each health service, Battery (0x180F) and Generic
// Access (0x1800) are discovered; each measurement characteristic gets its Client
// Characteristic Configuration descriptor (0x2902) written: 01 00 for notifications (0x2A37,
// 0x2A36, 0x2A5F, 0x2A18), 02 00 for indications (0x2A35, 0x2A1C, 0x2A9D, 0x2A5E), as the
// service specifications have them; a device that offers only the other one gets that. Device
// Name (0x2A00) and Battery Level (0x2A19) are read, and battery notifications enabled when
// offered. A glucose meter sends nothing unasked: Record Access Control Point (0x2A52) gets
// its indications enabled and then "report stored records, all records" (01 01).
class BluetoothHealthDevices : public HealthDeviceSource
{
    Q_OBJECT
public:
    explicit BluetoothHealthDevices(QObject *parent = nullptr);
    ~BluetoothHealthDevices() override;

    // The CCCD value that subscribes to `characteristic`: the one its specification names
    // when the device offers it, else the other; empty when it offers neither.
    static QByteArray subscriptionValue(quint16 characteristic, bool canNotify, bool canIndicate);
    static constexpr int discoveryTimeoutMs = 10000;

    AdapterState adapterState() const override;
    void checkAdapter() override;
    bool isDiscovering() const override;
    void startDiscovery() override;
    void stopDiscovery() override;
    void connectDevice(const QString &address, const QString &name) override;
    void disconnectDevice(const QString &address) override;
    ConnectionState connectionState(const QString &address) const override;

private:
    class Connection;

    void refreshAdapterState();
    void setAdapterState(AdapterState state);
    void ensureAgent();
    void onDiscovered(const QBluetoothDeviceInfo &info);

    std::unique_ptr<QBluetoothLocalDevice> m_local;
    QPointer<QBluetoothDeviceDiscoveryAgent> m_agent;
    AdapterState m_adapter = AdapterState::NoAdapter;
    QHash<QString, QBluetoothDeviceInfo> m_seen;
    QHash<QString, Connection *> m_connections;
    friend class Connection;
};

} // namespace clinic
