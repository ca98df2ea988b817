#include "simulatedhealthdevices.h"

#include "devices/gattencode.h"
#include "devices/glucoserecordaccess.h"

namespace clinic {

using namespace Qt::StringLiterals;

SimulatedHealthDevices::SimulatedHealthDevices(QObject *parent) : HealthDeviceSource(parent)
{
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedHealthDevices::automaticStep);
}

QList<DiscoveredHealthDevice> SimulatedHealthDevices::devices() const
{
    return {
        { QString::fromLatin1(heartRateStrap),
          u"Simulated HR strap"_s,
          { HealthServices::heartRate },
          -58 },
        { QString::fromLatin1(bloodPressureCuff),
          u"Simulated BP cuff"_s,
          { HealthServices::bloodPressure },
          -49 },
        { QString::fromLatin1(thermometer),
          u"Simulated thermometer"_s,
          { HealthServices::healthThermometer },
          -66 },
        { QString::fromLatin1(glucoseMeter),
          u"Simulated glucose meter"_s,
          { HealthServices::glucose },
          -71 },
        { QString::fromLatin1(oximeter),
          u"Simulated pulse oximeter"_s,
          { HealthServices::pulseOximeter },
          -62 },
        { QString::fromLatin1(scale), u"Simulated scale"_s, { HealthServices::weightScale }, -74 },
    };
}

void SimulatedHealthDevices::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic)
        m_timer.start();
    else
        m_timer.stop();
}

void SimulatedHealthDevices::setAdapterState(AdapterState state)
{
    if (m_adapter == state)
        return;
    m_adapter = state;
    emit adapterStateChanged(state);
}

void SimulatedHealthDevices::startDiscovery()
{
    if (m_adapter != AdapterState::Ready) {
        emit errorOccurred({}, adapterStateText(m_adapter));
        emit discoveryFinished();
        return;
    }
    m_discovering = true;
    m_nextDiscovered = 0;
}

void SimulatedHealthDevices::stopDiscovery()
{
    if (!m_discovering)
        return;
    m_discovering = false;
    emit discoveryFinished();
}

void SimulatedHealthDevices::finishDiscovery()
{
    if (!m_discovering)
        return;
    const auto all = devices();
    for (; m_nextDiscovered < all.size(); ++m_nextDiscovered)
        emit deviceDiscovered(all.at(m_nextDiscovered));
    stopDiscovery();
}

void SimulatedHealthDevices::connectDevice(const QString &address, const QString &)
{
    const ConnectionState now = connectionState(address);
    if (now == ConnectionState::Connected || now == ConnectionState::Connecting)
        return;
    m_attempts[address] += 1;
    setState(address, ConnectionState::Connecting);
    bool known = false;
    QString name;
    for (const auto &d : devices()) {
        if (d.address == address) {
            known = true;
            name = d.name;
        }
    }
    if (!known || m_outOfReach.value(address) || m_adapter != AdapterState::Ready) {
        setState(address, ConnectionState::OutOfReach);
        return;
    }
    setState(address, ConnectionState::Connected);
    emit deviceNameRead(address, name);
    emit batteryLevelRead(address, m_readings.battery);
    if (address == QLatin1String(glucoseMeter))
        reportStoredRecords(address);
}

// What a real meter does with each request; the client side is the Bluetooth source's
// (GlucoseRecordAccess), so the test proves the request as sent on the air.
void SimulatedHealthDevices::reportStoredRecords(const QString &address)
{
    GlucoseRecordAccess access(lastRecordSequence(address));
    QByteArray request = access.start();
    while (!request.isEmpty() && connectionState(address) == ConnectionState::Connected) {
        m_recordRequests.append(request);
        QByteArray response;
        for (const QByteArray &record : answerRecordRequest(request, &response)) {
            if (access.passOn(record))
                send(address, quint16(GattCharacteristic::GlucoseMeasurement), record);
        }
        const GlucoseRecordAccess::Step step = access.response(response);
        if (!step.problem.isEmpty())
            emit errorOccurred(address, step.problem);
        request = step.write;
    }
}

QList<QByteArray> SimulatedHealthDevices::answerRecordRequest(const QByteArray &request,
                                                              QByteArray *response) const
{
    const auto code = [&](quint8 value) {
        *response = QByteArray::fromHex("060001") + char(value);
    };
    QList<QByteArray> records;
    const auto op = [&](int i) { return i < request.size() ? quint8(request.at(i)) : 0xFF; };
    if (op(0) != 0x01) {
        *response = QByteArray::fromHex("0600") + char(op(0)) + char(0x02);
        return records; // op code not supported
    }
    if (request.size() == 2 && op(1) == 0x01) { // all records
        for (const auto &[sequence, octets] : m_glucoseRecords)
            records.append(octets);
    } else if (request.size() == 2 && op(1) == 0x06) { // last record
        if (!m_glucoseRecords.isEmpty())
            records.append(m_glucoseRecords.constLast().second);
    } else if (request.size() == 5 && op(1) == 0x03 && op(2) == 0x01) { // >= sequence number
        const quint16 from = quint16(op(3) | (op(4) << 8));
        for (const auto &[sequence, octets] : m_glucoseRecords) {
            if (sequence >= from)
                records.append(octets);
        }
    } else {
        code(0x04); // invalid operator or operand
        return records;
    }
    code(records.isEmpty() ? 0x06 : 0x01);
    return records;
}

void SimulatedHealthDevices::resetGlucoseMeter()
{
    m_glucoseRecords.clear();
    m_glucoseSequence = 0;
}

void SimulatedHealthDevices::disconnectDevice(const QString &address)
{
    if (connectionState(address) != ConnectionState::Disconnected)
        setState(address, ConnectionState::Disconnected);
}

HealthDeviceSource::ConnectionState
SimulatedHealthDevices::connectionState(const QString &address) const
{
    return m_states.value(address, ConnectionState::Disconnected);
}

void SimulatedHealthDevices::drop(const QString &address)
{
    if (connectionState(address) == ConnectionState::Connected)
        setState(address, ConnectionState::OutOfReach);
}

void SimulatedHealthDevices::setInReach(const QString &address, bool inReach)
{
    m_outOfReach[address] = !inReach;
    if (!inReach)
        drop(address);
}

void SimulatedHealthDevices::setState(const QString &address, ConnectionState state)
{
    m_states[address] = state;
    emit connectionStateChanged(address, state);
}

void SimulatedHealthDevices::send(const QString &address, quint16 characteristic,
                                  const QByteArray &octets)
{
    if (connectionState(address) == ConnectionState::Connected)
        emit measurementReceived(address, characteristic, octets);
}

void SimulatedHealthDevices::sendBloodPressure(const QString &address)
{
    const Readings &r = m_readings;
    const auto unit = r.pressureInKPa ? PressureUnit::KPa : PressureUnit::MmHg;
    // kPa with one decimal (16.0 kPa), mmHg whole numbers, as cuffs send them.
    const auto pressure = [&](double mmHg) {
        return r.pressureInKPa ? GattEncode::number(mmHg * 0.133322, -1)
                               : GattEncode::number(mmHg, 0);
    };
    // The inflation, then the result: 0x2A36 notifications while the cuff pumps.
    for (double p : { 40.0, 90.0, 140.0, r.systolic + 20 }) {
        IntermediateCuffPressure live;
        live.unit = unit;
        live.currentCuffPressure = pressure(p);
        send(address, quint16(GattCharacteristic::IntermediateCuffPressure),
             GattEncode::intermediateCuffPressure(live));
    }
    BloodPressureMeasurement m;
    m.unit = unit;
    m.systolic = pressure(r.systolic);
    m.diastolic = pressure(r.diastolic);
    m.meanArterialPressure = pressure(r.meanArterial);
    m.timestamp = r.timestamp;
    m.pulseRate = GattEncode::number(r.bloodPressurePulse, 0);
    m.userId = 1;
    m.status = BloodPressureStatus { r.bloodPressureStatus };
    send(address, quint16(GattCharacteristic::BloodPressureMeasurement),
         GattEncode::bloodPressure(m));
}

void SimulatedHealthDevices::measure(const QString &address)
{
    const Readings &r = m_readings;
    if (address == QLatin1String(heartRateStrap)) {
        HeartRateMeasurement m;
        m.heartRate = quint16(r.heartRate);
        m.sensorContact = HeartRateMeasurement::SensorContact::Detected;
        m.rrIntervals = QList<quint16> { quint16(60 * 1024 / qMax(1, r.heartRate)) };
        send(address, quint16(GattCharacteristic::HeartRateMeasurement), GattEncode::heartRate(m));
    } else if (address == QLatin1String(bloodPressureCuff)) {
        sendBloodPressure(address);
    } else if (address == QLatin1String(thermometer)) {
        TemperatureMeasurement m;
        m.unit = r.temperatureInFahrenheit ? TemperatureMeasurement::Unit::Fahrenheit
                                           : TemperatureMeasurement::Unit::Celsius;
        m.temperature = GattEncode::number(
                r.temperatureInFahrenheit ? r.temperature * 9 / 5 + 32 : r.temperature, -1);
        m.timestamp = r.timestamp;
        m.temperatureType = 6; // mouth
        send(address, quint16(GattCharacteristic::TemperatureMeasurement),
             GattEncode::temperature(m));
    } else if (address == QLatin1String(glucoseMeter)) {
        GlucoseMeasurement m;
        m.sequenceNumber = ++m_glucoseSequence;
        m.baseTime = r.timestamp.value_or(GattDateTime {});
        m.timeOffsetMinutes = 0;
        // kg/L: 104 mg/dL is 0.00104 kg/L, sent as 104 x 10^-5.
        m.concentration = GattEncode::number(r.glucoseMgPerDl / 100000.0, -5);
        m.concentrationUnit = GlucoseMeasurement::ConcentrationUnit::KgPerLitre;
        m.type = 1; // capillary whole blood
        m.sampleLocation = 1; // finger
        const QByteArray octets = GattEncode::glucose(m);
        m_glucoseRecords.append({ m.sequenceNumber, octets }); // kept, connected or not
        if (m_glucoseRecords.size() > 500) // as a meter's memory, the oldest go
            m_glucoseRecords.removeFirst();
        send(address, quint16(GattCharacteristic::GlucoseMeasurement), octets);
    } else if (address == QLatin1String(oximeter)) {
        PlxSpotCheckMeasurement m;
        m.spo2 = GattEncode::number(r.spo2, 0);
        m.pulseRate = GattEncode::number(r.oximeterPulse, 0);
        m.timestamp = r.timestamp;
        send(address, quint16(GattCharacteristic::PlxSpotCheckMeasurement),
             GattEncode::plxSpotCheck(m));
    } else if (address == QLatin1String(scale)) {
        WeightMeasurement m;
        m.weightRaw = quint16(qRound(r.weightKg * 200));
        m.timestamp = r.timestamp;
        if (r.heightM) {
            m.heightRaw = quint16(qRound(*r.heightM * 1000));
            m.bmiRaw = quint16(qRound(r.weightKg / (*r.heightM * *r.heightM) * 10));
        }
        send(address, quint16(GattCharacteristic::WeightMeasurement), GattEncode::weight(m));
    }
}

void SimulatedHealthDevices::automaticStep()
{
    const auto all = devices();
    if (m_discovering) {
        if (m_nextDiscovered < all.size())
            emit deviceDiscovered(all.at(m_nextDiscovered++));
        else
            stopDiscovery();
    }
    // Every 0.3 s one step; each connected device measures about every 20 s, staggered.
    ++m_tick;
    for (int i = 0; i < all.size(); ++i) {
        if ((m_tick + i * 11) % 67 == 0)
            measure(all.at(i).address);
    }
}

} // namespace clinic
