#include "devicemanager.h"

#include "util/rowid.h"
#include "vitals/gattmeasurements.h"
#include "vitals/vitalkind.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;
using ConnectionState = HealthDeviceSource::ConnectionState;

qint64 DeviceManager::reconnectDelayMs(int failures)
{
    if (failures <= 0)
        return firstReconnectDelayMs;
    if (failures >= 6) // 64 s and beyond
        return maxReconnectDelayMs;
    return std::min(maxReconnectDelayMs, firstReconnectDelayMs << failures);
}

DeviceManager::DeviceManager(HealthDeviceSource &source, QSqlDatabase db, QString patientId,
                             const Clock &clock, SubmitMutation submit, QObject *parent)
    : QObject(parent), m_source(source), m_paired(std::move(db)), m_patientId(std::move(patientId)),
      m_clock(clock), m_submit(std::move(submit))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DeviceManager::reconnectDue);
    connect(&m_source, &HealthDeviceSource::deviceDiscovered, this, &DeviceManager::onDiscovered);
    connect(&m_source, &HealthDeviceSource::discoveryFinished, this, [this] {
        if (!m_scanning)
            return;
        m_scanning = false;
        emit scanningChanged(false);
    });
    connect(&m_source, &HealthDeviceSource::connectionStateChanged, this,
            &DeviceManager::onConnectionState);
    connect(&m_source, &HealthDeviceSource::deviceNameRead, this, &DeviceManager::onName);
    connect(&m_source, &HealthDeviceSource::batteryLevelRead, this, &DeviceManager::onBattery);
    connect(&m_source, &HealthDeviceSource::measurementReceived, this,
            &DeviceManager::onMeasurement);
    connect(&m_source, &HealthDeviceSource::errorOccurred, this, &DeviceManager::onSourceError);
    // Bluetooth switched on (or an adapter plugged in): connect the paired devices.
    connect(&m_source, &HealthDeviceSource::adapterStateChanged, this,
            [this](HealthDeviceSource::AdapterState state) {
                if (state != HealthDeviceSource::AdapterState::Ready)
                    return;
                QList<std::pair<QString, QString>> waiting;
                for (const DeviceStatus &status : std::as_const(m_devices)) {
                    if (status.state != ConnectionState::Connected)
                        waiting.append({ status.device.address, status.device.name });
                }
                for (const auto &[address, name] : waiting)
                    m_source.connectDevice(address, name);
            });
}

Result<void> DeviceManager::start()
{
    auto paired = m_paired.list();
    if (!paired)
        return paired.error();
    for (const PairedDevice &d : *paired) {
        DeviceStatus &status = m_devices[d.address];
        status.device = d;
        status.state = m_source.connectionState(d.address);
        if (d.lastRecordSequence)
            m_source.setLastRecordSequence(d.address, *d.lastRecordSequence);
    }
    emit devicesChanged();
    if (m_source.adapterState() != HealthDeviceSource::AdapterState::Ready)
        return {};
    for (const PairedDevice &d : *paired)
        m_source.connectDevice(d.address, d.name);
    return {};
}

void DeviceManager::startScan()
{
    if (m_source.adapterState() != HealthDeviceSource::AdapterState::Ready) {
        report({}, HealthDeviceSource::adapterStateText(m_source.adapterState()));
        return;
    }
    m_discovered.clear();
    emit discoveredChanged();
    m_scanning = true;
    emit scanningChanged(true);
    m_source.startDiscovery();
}

void DeviceManager::stopScan()
{
    m_source.stopDiscovery();
    if (m_scanning) {
        m_scanning = false;
        emit scanningChanged(false);
    }
}

QList<DiscoveredHealthDevice> DeviceManager::discovered() const
{
    QList<DiscoveredHealthDevice> found;
    for (const auto &d : m_discovered) {
        if (!m_devices.contains(d.address))
            found.append(d);
    }
    return found;
}

void DeviceManager::onDiscovered(const DiscoveredHealthDevice &device)
{
    if (!PairedDevices::isValidAddress(device.address))
        return;
    const bool health = std::any_of(device.services.begin(), device.services.end(),
                                    HealthServices::isHealthService);
    if (!health)
        return;
    for (auto &d : m_discovered) {
        if (d.address == device.address) {
            d = device;
            emit discoveredChanged();
            return;
        }
    }
    DiscoveredHealthDevice kept = device;
    kept.name = kept.name.left(PairedDevices::maxNameOctets);
    m_discovered.append(kept);
    emit discoveredChanged();
}

Result<void> DeviceManager::pair(const DiscoveredHealthDevice &device)
{
    PairedDevice d;
    d.address = device.address;
    d.name = device.name.trimmed().isEmpty() ? HealthDeviceKinds::displayName(device.services)
                                             : device.name.trimmed();
    for (quint16 s : device.services) {
        if (HealthServices::isHealthService(s))
            d.services.append(s);
    }
    d.pairedAtMs = m_clock.nowMs();
    if (auto added = m_paired.add(d); !added)
        return added;
    DeviceStatus &status = m_devices[d.address];
    status.device = d;
    status.failures = 0;
    status.reconnectAtMs = 0;
    emit devicesChanged();
    emit discoveredChanged();
    m_source.connectDevice(d.address, d.name);
    return {};
}

Result<void> DeviceManager::forget(const QString &address)
{
    if (auto removed = m_paired.remove(address); !removed)
        return removed;
    m_devices.remove(address);
    m_source.clearLastRecordSequence(address); // paired again, it is a new acquaintance
    for (auto it = m_lastStreamSample.begin(); it != m_lastStreamSample.end();) {
        if (it.key().startsWith(address))
            it = m_lastStreamSample.erase(it);
        else
            ++it;
    }
    m_source.disconnectDevice(address);
    scheduleReconnectTimer();
    emit devicesChanged();
    emit discoveredChanged();
    return {};
}

QList<DeviceManager::DeviceStatus> DeviceManager::devices() const
{
    QList<DeviceStatus> list = m_devices.values();
    std::sort(list.begin(), list.end(), [](const DeviceStatus &a, const DeviceStatus &b) {
        return std::pair(a.device.name, a.device.address)
                < std::pair(b.device.name, b.device.address);
    });
    return list;
}

std::optional<DeviceManager::DeviceStatus> DeviceManager::device(const QString &address) const
{
    const auto it = m_devices.constFind(address);
    if (it == m_devices.constEnd())
        return std::nullopt;
    return *it;
}

void DeviceManager::onConnectionState(const QString &address, ConnectionState state)
{
    const auto it = m_devices.find(address);
    if (it == m_devices.end())
        return; // not ours (forgotten meanwhile)
    DeviceStatus &status = *it;
    status.state = state;
    const qint64 now = m_clock.nowMs();
    switch (state) {
    case ConnectionState::Connected:
        status.failures = 0;
        status.reconnectAtMs = 0;
        status.lastError.clear();
        if (m_paired.setLastSeen(address, now))
            status.device.lastSeenAtMs = now;
        break;
    case ConnectionState::OutOfReach:
        // Dropped, or the attempt failed: try again after the back-off.
        status.reconnectAtMs = now + reconnectDelayMs(status.failures);
        ++status.failures;
        status.cuffPressureMmHg.reset();
        break;
    case ConnectionState::Disconnected:
        status.reconnectAtMs = 0;
        status.cuffPressureMmHg.reset();
        break;
    case ConnectionState::Connecting:
        break;
    }
    scheduleReconnectTimer();
    emit devicesChanged();
}

void DeviceManager::reconnectDue()
{
    const qint64 now = m_clock.nowMs();
    QList<std::pair<QString, QString>> due;
    for (DeviceStatus &status : m_devices) {
        if (status.reconnectAtMs > 0 && now >= status.reconnectAtMs) {
            status.reconnectAtMs = 0;
            due.append({ status.device.address, status.device.name });
        }
    }
    // Connecting may report its state at once (and change m_devices): after the loop.
    for (const auto &[address, name] : due)
        m_source.connectDevice(address, name);
    scheduleReconnectTimer();
}

void DeviceManager::scheduleReconnectTimer()
{
    qint64 earliest = 0;
    for (const DeviceStatus &status : std::as_const(m_devices)) {
        if (status.reconnectAtMs > 0 && (earliest == 0 || status.reconnectAtMs < earliest))
            earliest = status.reconnectAtMs;
    }
    if (earliest == 0) {
        m_reconnectTimer.stop();
        return;
    }
    m_reconnectTimer.start(
            int(std::clamp<qint64>(earliest - m_clock.nowMs(), 0, maxReconnectDelayMs)));
}

void DeviceManager::onName(const QString &address, const QString &name)
{
    const auto it = m_devices.find(address);
    const QString trimmed = name.trimmed();
    if (it == m_devices.end() || trimmed.isEmpty() || trimmed == it->device.name)
        return;
    if (auto renamed = m_paired.setName(address, trimmed); !renamed) {
        report(address, renamed.error().message);
        return;
    }
    it->device.name = trimmed;
    emit devicesChanged();
}

void DeviceManager::onBattery(const QString &address, int percent)
{
    const auto it = m_devices.find(address);
    if (it == m_devices.end())
        return;
    if (auto saved = m_paired.setBattery(address, percent); !saved) {
        report(address, saved.error().message);
        return;
    }
    it->device.batteryPercent = percent;
    emit devicesChanged();
}

void DeviceManager::onSourceError(const QString &address, const QString &message)
{
    report(address, message);
}

void DeviceManager::report(const QString &address, const QString &message)
{
    if (const auto it = m_devices.find(address); it != m_devices.end()) {
        it->lastError = message;
        emit devicesChanged();
    }
    emit problem(address, message);
}

qint64 DeviceManager::takenAt(const std::optional<GattDateTime> &deviceTime) const
{
    const qint64 now = m_clock.nowMs();
    if (!deviceTime || !deviceTime->isDateKnown())
        return now;
    // The device's clock has no time zone: it is taken to be set to this computer's.
    const QDateTime at(QDate(deviceTime->year, deviceTime->month, deviceTime->day),
                       QTime(deviceTime->hours, deviceTime->minutes, deviceTime->seconds),
                       Qt::LocalTime);
    if (!at.isValid())
        return now;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms > now + maxDeviceClockAheadMs || ms < now - maxDeviceTimeAgeMs)
        return now;
    return ms;
}

void DeviceManager::onMeasurement(const QString &address, quint16 characteristic,
                                  const QByteArray &octets)
{
    const auto it = m_devices.find(address);
    if (it == m_devices.end())
        return; // only paired devices are listened to
    DeviceStatus &status = *it;
    const qint64 now = m_clock.nowMs();
    // A strap notifies every second: the store hears of it once a minute.
    if (!status.device.lastSeenAtMs || now - *status.device.lastSeenAtMs >= streamSampleMs) {
        if (m_paired.setLastSeen(address, now))
            status.device.lastSeenAtMs = now;
    }
    // A glucose meter's stored record: its number is remembered, so that the next connection
    // asks only for the records after it.
    if (characteristic == quint16(GattCharacteristic::GlucoseMeasurement)) {
        if (const auto glucose = decodeGlucoseMeasurement(octets);
            glucose && status.device.lastRecordSequence != glucose->sequenceNumber) {
            if (auto saved = m_paired.setLastRecordSequence(address, glucose->sequenceNumber);
                !saved)
                report(address, saved.error().message);
            status.device.lastRecordSequence = glucose->sequenceNumber;
            m_source.setLastRecordSequence(address, glucose->sequenceNumber);
        }
    }
    auto measurement = DeviceReadings::interpret(characteristic, octets);
    if (!measurement) {
        report(address,
               tr("%1 sent a measurement that was not recorded: %2")
                       .arg(status.device.name, measurement.error().message));
        return;
    }
    if (measurement->cuffPressureMmHg) {
        status.cuffPressureMmHg = measurement->cuffPressureMmHg;
        emit cuffPressureChanged(address, *measurement->cuffPressureMmHg);
        emit devicesChanged();
    }
    if (measurement->reading)
        record(status, *measurement->reading);
}

void DeviceManager::record(DeviceStatus &status, const DeviceReading &reading)
{
    const QString address = status.device.address;
    const qint64 now = m_clock.nowMs();
    if (reading.continuous) {
        const QString key = address + u'/' + VitalKinds::key(reading.kind);
        const auto last = m_lastStreamSample.constFind(key);
        if (last != m_lastStreamSample.constEnd() && now - *last < streamSampleMs)
            return;
        m_lastStreamSample.insert(key, now);
    }
    const qint64 takenAtMs = takenAt(reading.deviceTime);
    const bool deviceTimeUsed = reading.deviceTime && takenAtMs != now;
    if (reading.storedRecord && deviceTimeUsed && status.device.lastReadingAtMs
        && takenAtMs <= *status.device.lastReadingAtMs)
        return; // recorded when the meter last reported its records

    QCborMap args;
    args.insert(u"id"_s, newRowId(m_clock));
    args.insert(u"patient_id"_s, m_patientId);
    args.insert(u"kind"_s, VitalKinds::key(reading.kind));
    args.insert(u"value"_s, reading.value);
    if (reading.diastolic)
        args.insert(u"diastolic"_s, *reading.diastolic);
    if (reading.meanArterial)
        args.insert(u"mean_arterial"_s, *reading.meanArterial);
    if (reading.pulse)
        args.insert(u"pulse"_s, *reading.pulse);
    if (reading.heightM)
        args.insert(u"height"_s, *reading.heightM);
    if (reading.bmi)
        args.insert(u"bmi"_s, *reading.bmi);
    args.insert(u"entered_unit"_s, reading.enteredUnit);
    args.insert(u"taken_at"_s, takenAtMs);
    args.insert(u"source"_s, u"device"_s);
    args.insert(u"device_name"_s, status.device.name);
    args.insert(u"device_address"_s, address);
    if (!reading.flags.isEmpty())
        args.insert(u"flags"_s, reading.flags.join(u','));

    auto submitted = m_submit(u"vital.record"_s, args);
    if (!submitted) {
        report(address,
               tr("A reading from %1 could not be recorded: %2")
                       .arg(status.device.name, submitted.error().message));
        return;
    }
    const QString text = reading.text();
    if (auto saved = m_paired.setLastReading(address, takenAtMs, text); !saved)
        report(address, saved.error().message);
    status.device.lastReadingAtMs = takenAtMs;
    status.device.lastReadingText = text;
    status.cuffPressureMmHg.reset();
    status.lastError.clear();
    emit readingRecorded(address, text);
    emit devicesChanged();
}

} // namespace clinic
