#pragma once

#include "devices/healthdevicesource.h"
#include "vitals/gattmeasurements.h"

#include <QHash>
#include <QTimer>

namespace clinic {

// Six simulated health devices behind the same interface as the Bluetooth adapter: a heart
// rate strap, a blood pressure cuff, a thermometer, a glucose meter, a pulse oximeter and a
// scale. Each sends exactly the octets a real device sends (GattEncode), so everything after
// the source (decoding, units, recording) runs as with real devices.
//
// Nothing happens by itself unless setAutomatic(true) (the app's --simulated-devices): tests
// drive it with finishDiscovery(), measure(), drop() and setInReach(), and get the same
// signals in the same order every time.
class SimulatedHealthDevices : public HealthDeviceSource
{
    Q_OBJECT
public:
    // Locally administered addresses, so they can never be a real device's.
    static constexpr const char *heartRateStrap = "02:00:5E:00:00:01";
    static constexpr const char *bloodPressureCuff = "02:00:5E:00:00:02";
    static constexpr const char *thermometer = "02:00:5E:00:00:03";
    static constexpr const char *glucoseMeter = "02:00:5E:00:00:04";
    static constexpr const char *oximeter = "02:00:5E:00:00:05";
    static constexpr const char *scale = "02:00:5E:00:00:06";

    // What the devices measure next; change them to make the cuff send 182/112.
    struct Readings
    {
        double systolic = 128, diastolic = 82, meanArterial = 97, bloodPressurePulse = 71;
        bool pressureInKPa = false;
        quint16 bloodPressureStatus = 0; // BloodPressureStatus bits (0x0004 irregular pulse)
        int heartRate = 72;
        double temperature = 36.8;
        bool temperatureInFahrenheit = false;
        double glucoseMgPerDl = 104; // sent in kg/L, as most meters do
        double spo2 = 97, oximeterPulse = 68;
        double weightKg = 72.4;
        std::optional<double> heightM = 1.76;
        int battery = 86;
        // Every measurement carries this device time stamp when set (the devices' clocks).
        std::optional<GattDateTime> timestamp;
    };

    explicit SimulatedHealthDevices(QObject *parent = nullptr);

    QList<DiscoveredHealthDevice> devices() const;
    Readings &readings() { return m_readings; }

    // The app's mode: discovery finds a device every 0.3 s and connected devices measure now
    // and then (the cuff inflates first). Off (tests): only the calls below do anything.
    void setAutomatic(bool automatic);

    // Reports every device and ends the scan.
    void finishDiscovery();
    // The device measures and sends what it measured (the cuff sends its inflation first as
    // Intermediate Cuff Pressure). Nothing when it is not connected, except for the glucose
    // meter, which keeps every measurement as a numbered stored record and sends it when asked
    // (Record Access Control Point, on each connection: GlucoseRecordAccess).
    void measure(const QString &address);
    // The glucose meter forgets its records and numbers from 1 again (a reset).
    void resetGlucoseMeter();
    int glucoseRecordCount() const { return int(m_glucoseRecords.size()); }
    // What the meter was asked on its RACP, in order (`01 01`, `01 03 01 LL HH`, `01 06`).
    QList<QByteArray> recordRequests() const { return m_recordRequests; }
    void clearRecordRequests() { m_recordRequests.clear(); }
    // Sends these octets as a measurement of characteristic (a test's malformed payload).
    void send(const QString &address, quint16 characteristic, const QByteArray &octets);
    // The connection drops; while out of reach, connecting fails.
    void drop(const QString &address);
    void setInReach(const QString &address, bool inReach);
    void setAdapterState(AdapterState state);
    int connectAttempts(const QString &address) const { return m_attempts.value(address); }

    AdapterState adapterState() const override { return m_adapter; }
    bool isDiscovering() const override { return m_discovering; }
    void startDiscovery() override;
    void stopDiscovery() override;
    void connectDevice(const QString &address, const QString &name) override;
    void disconnectDevice(const QString &address) override;
    ConnectionState connectionState(const QString &address) const override;

private:
    void setState(const QString &address, ConnectionState state);
    void automaticStep();
    void sendBloodPressure(const QString &address);
    // The meter's side of one RACP request: the records it sends and its Response Code.
    QList<QByteArray> answerRecordRequest(const QByteArray &request, QByteArray *response) const;
    void reportStoredRecords(const QString &address);

    Readings m_readings;
    AdapterState m_adapter = AdapterState::Ready;
    bool m_discovering = false;
    bool m_automatic = false;
    int m_nextDiscovered = 0;
    int m_tick = 0;
    QTimer m_timer;
    QHash<QString, ConnectionState> m_states;
    QHash<QString, bool> m_outOfReach;
    QHash<QString, int> m_attempts;
    quint16 m_glucoseSequence = 0;
    QList<std::pair<quint16, QByteArray>> m_glucoseRecords; // sequence number, octets
    QList<QByteArray> m_recordRequests;
};

} // namespace clinic
