#pragma once

#include "devices/devicereading.h"
#include "devices/healthdevicesource.h"
#include "devices/paireddevices.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace clinic {

// The user's health devices on this computer: scanning through a HealthDeviceSource, pairing
// (remembered in the user's store, PairedDevices), keeping paired devices connected
// (reconnecting a dropped one with back-off: 1 s doubling to 60 s, back to 1 s once it
// connects), and recording what they measure as vital.record with source "device".
//
// Each measurement is decoded (core/vitals), converted to the kind's canonical unit and
// checked (DeviceReadings). Intermediate cuff pressure is shown live, never recorded; a stream
// (heart rate, PLX continuous) is recorded at most once a minute; a glucose meter's stored
// records already recorded (not newer than the device's last reading) are not recorded again.
// The device's time stamp is the reading's time when it is plausible (a known date, at most a
// year old, not more than 10 minutes ahead of this computer's clock), else the clock's now.
//
// Time comes only from the injected clock; the reconnect timer only says when to look, so a
// test moves the clock and calls reconnectDue().
class DeviceManager : public QObject
{
    Q_OBJECT
public:
    // How a change is made: SyncEngine::submit in the app, a recorder in tests.
    using SubmitMutation = std::function<Result<qint64>(const QString &name, const QCborMap &args)>;

    struct DeviceStatus
    {
        PairedDevice device;
        HealthDeviceSource::ConnectionState state =
                HealthDeviceSource::ConnectionState::Disconnected;
        qint64 reconnectAtMs = 0; // 0: no reconnection planned
        int failures = 0; // connection attempts failed since the last success
        QString lastError; // the last problem with this device, for the user
        std::optional<double> cuffPressureMmHg; // while a cuff inflates
    };

    static constexpr qint64 firstReconnectDelayMs = 1000;
    static constexpr qint64 maxReconnectDelayMs = 60000;
    static constexpr qint64 streamSampleMs = 60000;
    static constexpr qint64 maxDeviceClockAheadMs = 10 * 60 * 1000;
    static constexpr qint64 maxDeviceTimeAgeMs = 366LL * 24 * 3600 * 1000;

    // The delay before the next attempt after `failures` failed ones (1 s, 2 s, 4 s ... 60 s).
    static qint64 reconnectDelayMs(int failures);

    DeviceManager(HealthDeviceSource &source, QSqlDatabase db, QString patientId,
                  const Clock &clock, SubmitMutation submit, QObject *parent = nullptr);

    HealthDeviceSource &source() { return m_source; }
    // Reads the paired devices and connects to each.
    Result<void> start();

    void startScan();
    void stopScan();
    bool isScanning() const { return m_scanning; }
    // Found in the current scan and not paired yet.
    QList<DiscoveredHealthDevice> discovered() const;

    Result<void> pair(const DiscoveredHealthDevice &device);
    Result<void> forget(const QString &address);
    QList<DeviceStatus> devices() const; // by name
    std::optional<DeviceStatus> device(const QString &address) const;

    // Connects every device whose back-off has run out by the clock; the timer calls it.
    void reconnectDue();
    // The taken_at of a reading whose device sent `deviceTime` (UTC ms).
    qint64 takenAt(const std::optional<GattDateTime> &deviceTime) const;

signals:
    void devicesChanged();
    void discoveredChanged();
    void scanningChanged(bool scanning);
    void cuffPressureChanged(const QString &address, double mmHg);
    void readingRecorded(const QString &address, const QString &text);
    // A problem for the user; address empty for the adapter or the scan.
    void problem(const QString &address, const QString &message);

private:
    void onDiscovered(const DiscoveredHealthDevice &device);
    void onConnectionState(const QString &address, HealthDeviceSource::ConnectionState state);
    void onName(const QString &address, const QString &name);
    void onBattery(const QString &address, int percent);
    void onMeasurement(const QString &address, quint16 characteristic, const QByteArray &octets);
    void onSourceError(const QString &address, const QString &message);
    void report(const QString &address, const QString &message);
    void record(DeviceStatus &status, const DeviceReading &reading);
    void scheduleReconnectTimer();
    void reload(const QString &address);

    HealthDeviceSource &m_source;
    PairedDevices m_paired;
    QString m_patientId;
    const Clock &m_clock;
    SubmitMutation m_submit;
    QHash<QString, DeviceStatus> m_devices;
    QList<DiscoveredHealthDevice> m_discovered;
    // Per device and kind, when a stream was last recorded.
    QHash<QString, qint64> m_lastStreamSample;
    bool m_scanning = false;
    QTimer m_reconnectTimer;
};

} // namespace clinic
