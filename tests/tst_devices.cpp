// Bluetooth LE health devices (core/devices, ui/devices): the payload encoders against the
// decoders and against octets worked by hand from the specifications' field definitions; the
// DeviceManager over the simulated devices (pairing remembered in the store, back-off after a
// drop driven by a manual clock, forgetting, readings turned into vital.record arguments in
// canonical units, special values and malformed payloads refused visibly); the real
// QtBluetooth source on a machine without an adapter; and the Devices page, offscreen.

#include "devices/bluetoothhealthdevices.h"
#include "devices/devicemanager.h"
#include "devices/devicereading.h"
#include "devices/devicespage.h"
#include "devices/gattencode.h"
#include "devices/paireddevices.h"
#include "devices/simulatedhealthdevices.h"
#include "manualclock.h"
#include "storetestsupport.h"
#include "vitals/gattmeasurements.h"
#include "widgettestsupport.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace clinic;
using namespace Qt::StringLiterals;
using ConnectionState = HealthDeviceSource::ConnectionState;

// A Result that must be ok, with its error shown when it is not.
#define QVERIFY_OK(expression)                                                                     \
    do {                                                                                           \
        const auto result_ = (expression);                                                         \
        QVERIFY2(result_, qPrintable(result_ ? QString() : result_.error().fullText()));           \
    } while (false)

namespace {

QByteArray hex(const char *text)
{
    QByteArray digits(text);
    digits.replace(' ', QByteArray());
    return QByteArray::fromHex(digits);
}

GattDateTime dateTime(int y, int mo, int d, int h, int mi, int s)
{
    return GattDateTime { y, mo, d, h, mi, s };
}

// What the manager submitted, in order.
struct Submissions
{
    QList<std::pair<QString, QCborMap>> calls;
    bool refuse = false;

    DeviceManager::SubmitMutation submitter()
    {
        return [this](const QString &name, const QCborMap &args) -> Result<qint64> {
            if (refuse)
                return makeError(ErrorCode::Forbidden, u"Refused for the test."_s);
            calls.append({ name, args });
            return qint64(calls.size());
        };
    }
    QCborMap last() const { return calls.isEmpty() ? QCborMap() : calls.last().second; }
};

const QString patientId = u"0190c0de-0000-7000-8000-000000000001"_s;
const QString cuff = QString::fromLatin1(SimulatedHealthDevices::bloodPressureCuff);
const QString strap = QString::fromLatin1(SimulatedHealthDevices::heartRateStrap);
const QString thermometer = QString::fromLatin1(SimulatedHealthDevices::thermometer);
const QString glucoseMeter = QString::fromLatin1(SimulatedHealthDevices::glucoseMeter);
const QString oximeter = QString::fromLatin1(SimulatedHealthDevices::oximeter);
const QString scale = QString::fromLatin1(SimulatedHealthDevices::scale);

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Encoders
    void encodersMatchHandWorkedOctets();
    void encodersRoundTripThroughDecoders();
    void sfloatNeverWrapsIntoSpecial();

    // Readings
    void readingsInCanonicalUnits();
    void specialValuesAndMalformedPayloadsGiveNoReading();

    // Manager
    void pairsAndRemembersAcrossRestart();
    void reconnectsWithBackOff();
    void forgets();
    void connectsWhenBluetoothIsSwitchedOn();
    void cuffReadingBecomesVitalRecord();
    void everyDeviceKindIsRecorded();
    void deviceTimeStampUsedWhenPlausible();
    void streamsSampledOncePerMinute();
    void glucoseRecordsNotRecordedTwice();
    void glucoseMeterIsAskedOnlyForNewRecords();
    void badDevicePayloadIsVisibleNotFatal();
    void refusedSubmissionIsReported();

    // Real adapter
    void subscriptionValues();
    void bluetoothSourceWithoutAdapter();

    // Page
    void pageScansPairsAndShowsReading();
    void pageWithoutBluetooth();
    void pageFollowsBluetoothSwitchedOn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    test::ManualClock m_clock;
};

void TestDevices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = EncryptedStore::create(m_dir->filePath(u"user.db"_s), test::password("pw"),
                                        test::fastStoreOptions());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().fullText()));
    m_store = std::move(*store);
    m_clock.set(1795000000000);
}

void TestDevices::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestDevices::encodersMatchHandWorkedOctets()
{
    // Heart rate: flags 0x16 = uint8 value (bit 0 clear), contact detected (bits 1-2 = 11),
    // RR present (bit 4); 72 = 0x48; RR 853/1024 s = 0x0355 little-endian 55 03.
    HeartRateMeasurement hr;
    hr.heartRate = 72;
    hr.sensorContact = HeartRateMeasurement::SensorContact::Detected;
    hr.rrIntervals = QList<quint16> { 853 };
    QCOMPARE(GattEncode::heartRate(hr), hex("16 48 55 03"));
    // 300 bpm needs the uint16 format: flags bit 0, 300 = 0x012C.
    HeartRateMeasurement fast;
    fast.heartRate = 300;
    QCOMPARE(GattEncode::heartRate(fast), hex("01 2C 01"));

    // Blood pressure, mmHg: 120/80, MAP 93 as SFLOAT exponent 0 (0x0078, 0x0050, 0x005D);
    // pulse 71 (0x0047, flag bit 2); status irregular pulse 0x0004 (flag bit 4): flags 0x14.
    BloodPressureMeasurement bp;
    bp.systolic = GattEncode::number(120, 0);
    bp.diastolic = GattEncode::number(80, 0);
    bp.meanArterialPressure = GattEncode::number(93, 0);
    bp.pulseRate = GattEncode::number(71, 0);
    bp.status = BloodPressureStatus { 0x0004 };
    QCOMPARE(GattEncode::bloodPressure(bp), hex("14 78 00 50 00 5D 00 47 00 04 00"));
    // In kPa with a time stamp: 16.0 kPa = 160 x 10^-1 = 0xF0A0; 10.7 = 107 x 10^-1 = 0xF06B;
    // 12.4 = 0xF07C; flags 0x03; 2026-12-07 08:30:15 = EA 07 0C 07 08 1E 0F.
    BloodPressureMeasurement kpa;
    kpa.unit = PressureUnit::KPa;
    kpa.systolic = GattEncode::number(16.0, -1);
    kpa.diastolic = GattEncode::number(10.7, -1);
    kpa.meanArterialPressure = GattEncode::number(12.4, -1);
    kpa.timestamp = dateTime(2026, 12, 7, 8, 30, 15);
    QCOMPARE(GattEncode::bloodPressure(kpa), hex("03 A0 F0 6B F0 7C F0 EA 07 0C 07 08 1E 0F"));

    // Intermediate cuff pressure 150 mmHg (0x0096), the other two fields NaN (0x07FF).
    IntermediateCuffPressure live;
    live.currentCuffPressure = GattEncode::number(150, 0);
    QCOMPARE(GattEncode::intermediateCuffPressure(live), hex("00 96 00 FF 07 FF 07"));

    // Temperature 36.8 °C: FLOAT mantissa 368 (0x000170), exponent -1 (0xFF): 0xFF000170,
    // little-endian 70 01 00 FF; type "mouth" 6 (flag bit 2).
    TemperatureMeasurement t;
    t.temperature = GattEncode::number(36.8, -1);
    t.temperatureType = 6;
    QCOMPARE(GattEncode::temperature(t), hex("04 70 01 00 FF 06"));
    // 98.6 °F: 986 x 10^-1, flags bit 0.
    TemperatureMeasurement f;
    f.unit = TemperatureMeasurement::Unit::Fahrenheit;
    f.temperature = GattEncode::number(98.6, -1);
    QCOMPARE(GattEncode::temperature(f), hex("01 DA 03 00 FF"));

    // Glucose: flags 0x02 (concentration in kg/L, with type and location); sequence 1; base
    // time 2026-12-07 08:30:00; 104 mg/dL = 0.00104 kg/L = 104 x 10^-5: exponent -5 = 0xB,
    // mantissa 0x068: 0xB068; type 1 (capillary whole blood) location 1 (finger): 0x11.
    GlucoseMeasurement g;
    g.sequenceNumber = 1;
    g.baseTime = dateTime(2026, 12, 7, 8, 30, 0);
    g.concentration = GattEncode::number(104e-5, -5);
    g.concentrationUnit = GlucoseMeasurement::ConcentrationUnit::KgPerLitre;
    g.type = 1;
    g.sampleLocation = 1;
    QCOMPARE(GattEncode::glucose(g), hex("02 01 00 EA 07 0C 07 08 1E 00 68 B0 11"));

    // PLX spot-check 97 % (0x0061), 68 bpm (0x0044), no optional field.
    PlxSpotCheckMeasurement spot;
    spot.spo2 = GattEncode::number(97, 0);
    spot.pulseRate = GattEncode::number(68, 0);
    QCOMPARE(GattEncode::plxSpotCheck(spot), hex("00 61 00 44 00"));
    // PLX continuous 95 % (0x005F), 70 bpm (0x0046), measurement status 0x0080 (bit 2).
    PlxContinuousMeasurement cont;
    cont.spo2 = GattEncode::number(95, 0);
    cont.pulseRate = GattEncode::number(70, 0);
    cont.measurementStatus = 0x0080;
    QCOMPARE(GattEncode::plxContinuous(cont), hex("04 5F 00 46 00 80 00"));

    // Weight 72.4 kg in 0.005 kg steps: 14480 = 0x3890; BMI 23.4 (234 = 0x00EA) and height
    // 1.760 m (1760 = 0x06E0) with flag bit 3.
    WeightMeasurement w;
    w.weightRaw = 14480;
    w.bmiRaw = 234;
    w.heightRaw = 1760;
    QCOMPARE(GattEncode::weight(w), hex("08 90 38 EA 00 E0 06"));
    // 160 lb in 0.01 lb steps: 16000 = 0x3E80, flag bit 0.
    WeightMeasurement lb;
    lb.units = WeightMeasurement::Units::Imperial;
    lb.weightRaw = 16000;
    QCOMPARE(GattEncode::weight(lb), hex("01 80 3E"));
}

void TestDevices::encodersRoundTripThroughDecoders()
{
    // Everything the simulated devices send decodes to what they meant.
    SimulatedHealthDevices sim;
    sim.readings().timestamp = dateTime(2026, 12, 7, 8, 30, 15);
    QList<std::tuple<QString, quint16, QByteArray>> sent;
    connect(&sim, &HealthDeviceSource::measurementReceived, this,
            [&](const QString &a, quint16 c, const QByteArray &o) {
                sent.append({ a, c, o });
            });
    for (const auto &d : sim.devices()) {
        sim.connectDevice(d.address, d.name);
        sim.measure(d.address);
    }
    QCOMPARE(sent.size(), 5 + 5); // the cuff sends 4 inflation steps and the result
    for (const auto &[address, characteristic, octets] : sent) {
        const auto c = gattCharacteristicFromUuid(characteristic);
        QVERIFY(c);
        switch (*c) {
        case GattCharacteristic::HeartRateMeasurement: {
            auto m = decodeHeartRateMeasurement(octets);
            QVERIFY(m);
            QCOMPARE(m->heartRate, 72);
            QCOMPARE(m->sensorContact, HeartRateMeasurement::SensorContact::Detected);
            QCOMPARE(m->rrIntervals->value(0), quint16(60 * 1024 / 72));
            break;
        }
        case GattCharacteristic::BloodPressureMeasurement: {
            auto m = decodeBloodPressureMeasurement(octets);
            QVERIFY(m);
            QCOMPARE(m->systolic.toDouble(), 128.0);
            QCOMPARE(m->diastolic.toDouble(), 82.0);
            QCOMPARE(m->meanArterialPressure.toDouble(), 97.0);
            QCOMPARE(m->pulseRate->toDouble(), 71.0);
            QCOMPARE(*m->timestamp, dateTime(2026, 12, 7, 8, 30, 15));
            QCOMPARE(m->status->raw, 0);
            QCOMPARE(m->ignoredOctets, 0);
            break;
        }
        case GattCharacteristic::IntermediateCuffPressure: {
            auto m = decodeIntermediateCuffPressure(octets);
            QVERIFY(m);
            QVERIFY(m->currentCuffPressure.toDouble() >= 40);
            break;
        }
        case GattCharacteristic::TemperatureMeasurement: {
            auto m = decodeTemperatureMeasurement(octets);
            QVERIFY(m);
            QCOMPARE(m->temperature.mantissa, 368);
            QCOMPARE(m->temperature.exponent, -1);
            QCOMPARE(*m->temperatureType, quint8(6));
            break;
        }
        case GattCharacteristic::GlucoseMeasurement: {
            auto m = decodeGlucoseMeasurement(octets);
            QVERIFY(m);
            QCOMPARE(m->sequenceNumber, 1);
            QCOMPARE(m->concentration->mantissa, 104);
            QCOMPARE(m->concentration->exponent, -5);
            QCOMPARE(*m->concentrationUnit, GlucoseMeasurement::ConcentrationUnit::KgPerLitre);
            QCOMPARE(*m->effectiveTime, dateTime(2026, 12, 7, 8, 30, 15));
            break;
        }
        case GattCharacteristic::PlxSpotCheckMeasurement: {
            auto m = decodePlxSpotCheckMeasurement(octets);
            QVERIFY(m);
            QCOMPARE(m->spo2.toDouble(), 97.0);
            QCOMPARE(m->pulseRate.toDouble(), 68.0);
            break;
        }
        case GattCharacteristic::WeightMeasurement: {
            auto m = decodeWeightMeasurement(octets);
            QVERIFY(m);
            QCOMPARE(m->weight(), 72.4);
            QCOMPARE(*m->height(), 1.76);
            QCOMPARE(*m->bmi(), 23.4);
            break;
        }
        case GattCharacteristic::PlxContinuousMeasurement:
            QFAIL("the simulated oximeter sends spot checks");
        }
    }

    // Every optional field at once, through every encoder and back.
    PlxContinuousMeasurement c;
    c.spo2 = GattEncode::number(96, 0);
    c.pulseRate = GattEncode::number(64, 0);
    c.spo2Fast = GattEncode::number(95, 0);
    c.pulseRateFast = GattEncode::number(66, 0);
    c.spo2Slow = GattEncode::number(97, 0);
    c.pulseRateSlow = GattEncode::number(63, 0);
    c.measurementStatus = 0x0100;
    c.deviceAndSensorStatus = 0x012345;
    c.pulseAmplitudeIndex = GattEncode::number(3.5, -1);
    auto back = decodePlxContinuousMeasurement(GattEncode::plxContinuous(c));
    QVERIFY(back);
    QCOMPARE(*back->spo2Slow, *c.spo2Slow);
    QCOMPARE(*back->pulseRateFast, *c.pulseRateFast);
    QCOMPARE(*back->deviceAndSensorStatus, 0x012345u);
    QCOMPARE(*back->pulseAmplitudeIndex, *c.pulseAmplitudeIndex);

    GlucoseMeasurement g;
    g.sequenceNumber = 513;
    g.baseTime = dateTime(2026, 1, 31, 23, 50, 0);
    g.timeOffsetMinutes = 20;
    g.concentration = GattEncode::number(0.0056, -4);
    g.concentrationUnit = GlucoseMeasurement::ConcentrationUnit::MolPerLitre;
    g.type = 2;
    g.sampleLocation = 4;
    g.sensorStatus = 0x0801;
    g.contextInformationFollows = true;
    auto gb = decodeGlucoseMeasurement(GattEncode::glucose(g));
    QVERIFY(gb);
    QCOMPARE(gb->sequenceNumber, 513);
    QCOMPARE(*gb->effectiveTime, dateTime(2026, 2, 1, 0, 10, 0));
    QCOMPARE(*gb->concentration, *g.concentration);
    QCOMPARE(*gb->type, quint8(2));
    QCOMPARE(*gb->sampleLocation, quint8(4));
    QCOMPARE(*gb->sensorStatus, quint16(0x0801));
    QVERIFY(gb->contextInformationFollows);

    PlxSpotCheckMeasurement s;
    s.spo2 = GattEncode::number(99, 0);
    s.pulseRate = GattEncode::number(58, 0);
    s.timestamp = dateTime(2026, 12, 7, 7, 0, 0);
    s.measurementStatus = 0x4000;
    s.deviceAndSensorStatus = 0x000001;
    s.pulseAmplitudeIndex = GattEncode::number(1.2, -1);
    s.deviceClockNotSet = true;
    auto sb = decodePlxSpotCheckMeasurement(GattEncode::plxSpotCheck(s));
    QVERIFY(sb);
    QCOMPARE(*sb->timestamp, *s.timestamp);
    QCOMPARE(*sb->measurementStatus, quint16(0x4000));
    QVERIFY(sb->deviceClockNotSet);

    WeightMeasurement w;
    w.units = WeightMeasurement::Units::Imperial;
    w.weightRaw = 17550;
    w.timestamp = dateTime(2026, 12, 7, 7, 5, 0);
    w.userId = 3;
    w.bmiRaw = 251;
    w.heightRaw = 693;
    auto wb = decodeWeightMeasurement(GattEncode::weight(w));
    QVERIFY(wb);
    QCOMPARE(wb->weight(), 175.5);
    QCOMPARE(*wb->height(), 69.3);
    QCOMPARE(*wb->userId, quint8(3));

    for (auto special :
         { MderFloat::Special::NaN, MderFloat::Special::NRes, MderFloat::Special::PositiveInfinity,
           MderFloat::Special::NegativeInfinity, MderFloat::Special::Reserved }) {
        QCOMPARE(MderFloat::fromSfloat(GattEncode::sfloat(GattEncode::special(special))).special,
                 special);
        QCOMPARE(MderFloat::fromFloat(GattEncode::float32(GattEncode::special(special))).special,
                 special);
    }
    const MderFloat negative = GattEncode::number(-12.5, -1);
    QCOMPARE(MderFloat::fromSfloat(GattEncode::sfloat(negative)), negative);
    QCOMPARE(MderFloat::fromFloat(GattEncode::float32(negative)), negative);
}

void TestDevices::sfloatNeverWrapsIntoSpecial()
{
    // 2047 with exponent 0 is NaN's pattern: an ordinary number is clamped below it.
    const MderFloat big = GattEncode::number(5000, 0);
    QVERIFY(!MderFloat::fromSfloat(GattEncode::sfloat(big)).isSpecial());
    QCOMPARE(MderFloat::fromSfloat(GattEncode::sfloat(big)).toDouble(), 2045.0);
    QVERIFY(!MderFloat::fromSfloat(GattEncode::sfloat(GattEncode::number(-5000, 0))).isSpecial());
    QVERIFY(!MderFloat::fromFloat(GattEncode::float32(GattEncode::number(1e9, 0))).isSpecial());
}

void TestDevices::readingsInCanonicalUnits()
{
    // kPa to mmHg: 16.0 kPa / 0.133322 = 120.01 mmHg.
    auto bp = DeviceReadings::interpret(0x2A35, hex("03 A0 F0 6B F0 7C F0 EA 07 0C 07 08 1E 0F"));
    QVERIFY(bp);
    QVERIFY(bp->reading);
    QCOMPARE(bp->reading->kind, VitalKind::BloodPressure);
    QCOMPARE(bp->reading->value, 120.0);
    QCOMPARE(*bp->reading->diastolic, 80.3); // 10.7 / 0.133322 = 80.26
    QCOMPARE(bp->reading->enteredUnit, u"kPa"_s);
    QCOMPARE(*bp->reading->deviceTime, dateTime(2026, 12, 7, 8, 30, 15));
    // °F to °C: (98.6 - 32) * 5 / 9 = 37.0.
    auto t = DeviceReadings::interpret(0x2A1C, hex("01 DA 03 00 FF"));
    QVERIFY(t && t->reading);
    QCOMPARE(t->reading->value, 37.0);
    QCOMPARE(t->reading->enteredUnit, u"°F"_s);
    // kg/L to mmol/L through mg/dL: 104 mg/dL / 18.016 = 5.77.
    auto g = DeviceReadings::interpret(0x2A18, hex("02 01 00 EA 07 0C 07 08 1E 00 68 B0 11"));
    QVERIFY(g && g->reading);
    QCOMPARE(g->reading->value, 5.77);
    QCOMPARE(g->reading->enteredUnit, u"mg/dL"_s);
    // mol/L to mmol/L: 0.0056 mol/L = 56 x 10^-4 (0xC038) with flag bit 2: 5.6 mmol/L.
    auto gm = DeviceReadings::interpret(0x2A18, hex("06 02 00 EA 07 0C 07 08 1E 00 38 C0 11"));
    QVERIFY(gm && gm->reading);
    QCOMPARE(gm->reading->value, 5.6);
    QCOMPARE(gm->reading->enteredUnit, u"mmol/L"_s);
    // lb to kg: 160 lb = 72.575 kg; height 69.3 in = 1.760 m (BMI flag bit 3).
    auto w = DeviceReadings::interpret(0x2A9D, hex("09 80 3E FB 00 B5 02"));
    QVERIFY(w && w->reading);
    QCOMPARE(w->reading->value, 72.575);
    QCOMPARE(*w->reading->heightM, 1.760);
    QCOMPARE(*w->reading->bmi, 25.1);
    QCOMPARE(w->reading->enteredUnit, u"lb"_s);
    // Intermediate cuff pressure is live only.
    auto live = DeviceReadings::interpret(0x2A36, hex("00 96 00 FF 07 FF 07"));
    QVERIFY(live);
    QVERIFY(!live->reading);
    QCOMPARE(*live->cuffPressureMmHg, 150.0);
    // Status flags become reading flags.
    auto flagged = DeviceReadings::interpret(0x2A35, hex("10 B6 00 70 00 88 00 25 00"));
    QVERIFY(flagged && flagged->reading);
    QCOMPARE(flagged->reading->flags,
             QStringList({ u"body_movement"_s, u"irregular_pulse"_s, u"improper_position"_s }));
    // A strap without skin contact (flags 0x04) gives no reading and no error.
    auto noContact = DeviceReadings::interpret(0x2A37, hex("04 00"));
    QVERIFY(noContact);
    QVERIFY(!noContact->reading);
}

void TestDevices::specialValuesAndMalformedPayloadsGiveNoReading()
{
    const struct
    {
        quint16 characteristic;
        const char *octets;
        const char *why;
    } refused[] = {
        { 0x2A35, "00 FF 07 50 00 5D 00", "systolic NaN" },
        { 0x2A35, "00 78 00 00 08 5D 00", "diastolic NRes" },
        { 0x2A1C, "00 FE FF 7F 00", "temperature +INF" },
        { 0x2A18, "02 01 00 EA 07 0C 07 08 1E 00 FF 07 11", "glucose NaN" },
        { 0x2A5E, "00 FF 07 44 00", "SpO2 NaN" },
        { 0x2A5E, "02 61 00 44 00 00 20", "oximeter: measurement unavailable" },
        { 0x2A9D, "00 FF FF", "scale: unsuccessful" },
        { 0x2A35, "00 78 00 50", "truncated" },
        { 0x2A35, "00 78 00 50 00 5D 00 99", "trailing octet" },
        { 0x2A37, "", "empty" },
        { 0x2A37, "10 48 55", "odd RR" },
        { 0x2A35, "00 50 00 78 00 5D 00", "diastolic above systolic" },
        { 0x2A1C, "00 70 17 00 00", "temperature 6000 °C" },
        { 0x2A35, "03 A0 F0 6B F0 7C F0 EA 07 0D 07 08 1E 0F", "month 13" },
    };
    for (const auto &r : refused) {
        auto m = DeviceReadings::interpret(r.characteristic, hex(r.octets));
        QVERIFY2(!m, r.why);
        QVERIFY2(!m.error().message.isEmpty(), r.why);
    }
}

void TestDevices::pairsAndRemembersAcrossRestart()
{
    Submissions submitted;
    GattDateTime lastRecorded;
    {
        SimulatedHealthDevices sim;
        DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
        QVERIFY_OK(manager.start());
        QVERIFY(manager.devices().isEmpty());
        QSignalSpy scanning(&manager, &DeviceManager::scanningChanged);
        manager.startScan();
        QVERIFY(manager.isScanning());
        QVERIFY(manager.discovered().isEmpty());
        sim.finishDiscovery();
        QVERIFY(!manager.isScanning());
        QCOMPARE(scanning.size(), 2);
        QCOMPARE(manager.discovered().size(), 6);
        const auto found = manager.discovered();
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const auto &d) { return d.address == cuff; });
        QVERIFY(it != found.end());
        QVERIFY_OK(manager.pair(*it));
        QCOMPARE(manager.discovered().size(), 5); // the paired one is not offered again
        QCOMPARE(manager.devices().size(), 1);
        QCOMPARE(manager.devices().at(0).state, ConnectionState::Connected);
        QCOMPARE(*manager.devices().at(0).device.batteryPercent, 86);
        QCOMPARE(*manager.devices().at(0).device.lastSeenAtMs, m_clock.nowMs());
    }
    // A new manager over the same store: the cuff is paired and connected again.
    SimulatedHealthDevices sim;
    m_clock.advance(5000);
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QCOMPARE(manager.devices().size(), 1);
    const auto status = manager.devices().at(0);
    QCOMPARE(status.device.address, cuff);
    QCOMPARE(status.device.name, u"Simulated BP cuff"_s);
    QCOMPARE(status.device.services, QList<quint16>({ 0x1810 }));
    QCOMPARE(status.device.pairedAtMs, m_clock.nowMs() - 5000);
    QCOMPARE(status.state, ConnectionState::Connected);
    QCOMPARE(sim.connectAttempts(cuff), 1);
    auto rows = PairedDevices(m_store->database()).list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(*rows->at(0).lastSeenAtMs, m_clock.nowMs());
}

void TestDevices::reconnectsWithBackOff()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(1))); // the cuff
    QCOMPARE(sim.connectAttempts(cuff), 1);

    sim.setInReach(cuff, false); // dropped, and stays away
    QCOMPARE(manager.device(cuff)->state, ConnectionState::OutOfReach);
    const qint64 expected[] = { 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000 };
    int attempts = 1;
    for (qint64 delay : expected) {
        QCOMPARE(manager.device(cuff)->reconnectAtMs - m_clock.nowMs(), delay);
        m_clock.advance(delay - 1);
        manager.reconnectDue();
        QCOMPARE(sim.connectAttempts(cuff), attempts); // not yet
        m_clock.advance(1);
        manager.reconnectDue();
        QCOMPARE(sim.connectAttempts(cuff), ++attempts);
        QCOMPARE(manager.device(cuff)->state, ConnectionState::OutOfReach);
    }
    // Back in reach: the next attempt connects and the back-off starts over.
    sim.setInReach(cuff, true);
    m_clock.advance(60000);
    manager.reconnectDue();
    QCOMPARE(manager.device(cuff)->state, ConnectionState::Connected);
    QCOMPARE(manager.device(cuff)->reconnectAtMs, 0);
    QCOMPARE(manager.device(cuff)->failures, 0);
    sim.drop(cuff);
    QCOMPARE(manager.device(cuff)->reconnectAtMs - m_clock.nowMs(), 1000);
    m_clock.advance(1000);
    manager.reconnectDue();
    QCOMPARE(manager.device(cuff)->state, ConnectionState::Connected);

    // The timer really fires on its own too (1 s, real time).
    sim.drop(cuff);
    m_clock.advance(1000);
    QTRY_COMPARE_WITH_TIMEOUT(manager.device(cuff)->state, ConnectionState::Connected, 5000);
    QCOMPARE(DeviceManager::reconnectDelayMs(100), 60000);
}

void TestDevices::forgets()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(1)));
    QVERIFY_OK(manager.pair(sim.devices().at(2)));
    sim.setInReach(cuff, false);
    QVERIFY(manager.device(cuff)->reconnectAtMs > 0);
    QVERIFY_OK(manager.forget(cuff));
    QVERIFY(!manager.device(cuff));
    QCOMPARE(manager.devices().size(), 1);
    QCOMPARE(sim.connectionState(cuff), ConnectionState::Disconnected);
    m_clock.advance(120000);
    const int attempts = sim.connectAttempts(cuff);
    manager.reconnectDue();
    QCOMPARE(sim.connectAttempts(cuff), attempts); // no more attempts for a forgotten one
    // Its measurements are no longer listened to.
    sim.setInReach(cuff, true);
    sim.connectDevice(cuff, {});
    sim.measure(cuff);
    QVERIFY(submitted.calls.isEmpty());
    auto rows = PairedDevices(m_store->database()).list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).address, thermometer);
}

void TestDevices::connectsWhenBluetoothIsSwitchedOn()
{
    Submissions submitted;
    GattDateTime lastRecorded;
    {
        SimulatedHealthDevices sim;
        DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
        QVERIFY_OK(manager.start());
        QVERIFY_OK(manager.pair(sim.devices().at(1)));
    }
    SimulatedHealthDevices sim;
    sim.setAdapterState(HealthDeviceSource::AdapterState::PoweredOff);
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QSignalSpy problems(&manager, &DeviceManager::problem);
    QVERIFY_OK(manager.start());
    QCOMPARE(sim.connectAttempts(cuff), 0);
    manager.startScan();
    QVERIFY(!manager.isScanning());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.last().at(1).toString().contains(u"switched off"_s));
    sim.setAdapterState(HealthDeviceSource::AdapterState::Ready);
    QCOMPARE(manager.device(cuff)->state, ConnectionState::Connected);
}

void TestDevices::cuffReadingBecomesVitalRecord()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(1)));
    sim.readings().systolic = 182;
    sim.readings().diastolic = 112;
    sim.readings().meanArterial = 135;
    sim.readings().bloodPressurePulse = 88;
    sim.readings().bloodPressureStatus = 0x0004; // irregular pulse
    QSignalSpy live(&manager, &DeviceManager::cuffPressureChanged);
    QSignalSpy recorded(&manager, &DeviceManager::readingRecorded);
    sim.measure(cuff);
    QCOMPARE(live.size(), 4); // the inflation, shown
    QCOMPARE(live.last().at(1).toDouble(), 202.0);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(submitted.calls.size(), 1); // but only the result recorded
    QCOMPARE(submitted.calls.at(0).first, u"vital.record"_s);
    const QCborMap args = submitted.last();
    QCOMPARE(args.value(u"patient_id"_s).toString(), patientId);
    QCOMPARE(args.value(u"kind"_s).toString(), u"blood_pressure"_s);
    QCOMPARE(args.value(u"value"_s).toDouble(), 182.0);
    QCOMPARE(args.value(u"diastolic"_s).toDouble(), 112.0);
    QCOMPARE(args.value(u"mean_arterial"_s).toDouble(), 135.0);
    QCOMPARE(args.value(u"pulse"_s).toDouble(), 88.0);
    QCOMPARE(args.value(u"entered_unit"_s).toString(), u"mmHg"_s);
    QCOMPARE(args.value(u"taken_at"_s).toInteger(), m_clock.nowMs());
    QCOMPARE(args.value(u"source"_s).toString(), u"device"_s);
    QCOMPARE(args.value(u"device_name"_s).toString(), u"Simulated BP cuff"_s);
    QCOMPARE(args.value(u"device_address"_s).toString(), cuff);
    QCOMPARE(args.value(u"flags"_s).toString(), u"irregular_pulse"_s);
    QCOMPARE(args.value(u"id"_s).toString().size(), 36);
    QVERIFY(!args.contains(u"note"_s));
    // The device's row shows it.
    auto row = PairedDevices(m_store->database()).find(cuff);
    QVERIFY(row && *row);
    QCOMPARE((*row)->lastReadingText, u"182/112 mmHg, pulse 88"_s);
    QCOMPARE(*(*row)->lastReadingAtMs, m_clock.nowMs());

    // In kPa: converted to mmHg, entered_unit kept.
    sim.readings().pressureInKPa = true;
    sim.readings().systolic = 120;
    sim.readings().diastolic = 80;
    sim.readings().meanArterial = 93;
    sim.readings().bloodPressureStatus = 0;
    sim.measure(cuff);
    QCOMPARE(submitted.calls.size(), 2);
    // 120 mmHg sent as 16.0 kPa comes back as 120.0 (16.0 / 0.133322 = 120.01).
    QCOMPARE(submitted.last().value(u"value"_s).toDouble(), 120.0);
    QVERIFY(std::abs(submitted.last().value(u"diastolic"_s).toDouble() - 80.3) < 0.05);
    QCOMPARE(submitted.last().value(u"entered_unit"_s).toString(), u"kPa"_s);
    QVERIFY(!submitted.last().contains(u"flags"_s));
}

void TestDevices::everyDeviceKindIsRecorded()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    sim.readings().temperatureInFahrenheit = true;
    sim.readings().temperature = 38.5; // sent as 101.3 °F
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    for (const auto &d : sim.devices())
        QVERIFY_OK(manager.pair(d));
    for (const auto &d : sim.devices())
        sim.measure(d.address);
    QCOMPARE(submitted.calls.size(), 6);
    QHash<QString, QCborMap> byKind;
    for (const auto &[name, args] : submitted.calls)
        byKind.insert(args.value(u"kind"_s).toString(), args);
    QCOMPARE(byKind.value(u"heart_rate"_s).value(u"value"_s).toDouble(), 72.0);
    QCOMPARE(byKind.value(u"heart_rate"_s).value(u"entered_unit"_s).toString(), u"bpm"_s);
    // 101.3 °F = 38.5 °C.
    QCOMPARE(byKind.value(u"temperature"_s).value(u"value"_s).toDouble(), 38.5);
    QCOMPARE(byKind.value(u"temperature"_s).value(u"entered_unit"_s).toString(), u"°F"_s);
    QCOMPARE(byKind.value(u"glucose"_s).value(u"value"_s).toDouble(), 5.77);
    QCOMPARE(byKind.value(u"spo2"_s).value(u"value"_s).toDouble(), 97.0);
    QCOMPARE(byKind.value(u"spo2"_s).value(u"pulse"_s).toDouble(), 68.0);
    QCOMPARE(byKind.value(u"weight"_s).value(u"value"_s).toDouble(), 72.4);
    QCOMPARE(byKind.value(u"weight"_s).value(u"height"_s).toDouble(), 1.76);
    QCOMPARE(byKind.value(u"weight"_s).value(u"bmi"_s).toDouble(), 23.4);
    for (const auto &args : byKind)
        QCOMPARE(args.value(u"source"_s).toString(), u"device"_s);
}

void TestDevices::deviceTimeStampUsedWhenPlausible()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(2))); // thermometer
    const QDateTime now = m_clock.now().toLocalTime();
    const QDateTime earlier = now.addSecs(-3600);
    sim.readings().timestamp =
            dateTime(earlier.date().year(), earlier.date().month(), earlier.date().day(),
                     earlier.time().hour(), earlier.time().minute(), earlier.time().second());
    sim.measure(thermometer);
    QCOMPARE(submitted.last().value(u"taken_at"_s).toInteger(),
             (m_clock.nowMs() / 1000 - 3600) * 1000);
    // A clock two years behind, or a day ahead, is not believed: now.
    sim.readings().timestamp = dateTime(now.date().year() - 2, 1, 1, 12, 0, 0);
    sim.measure(thermometer);
    QCOMPARE(submitted.last().value(u"taken_at"_s).toInteger(), m_clock.nowMs());
    const QDateTime tomorrow = now.addDays(1);
    sim.readings().timestamp = dateTime(tomorrow.date().year(), tomorrow.date().month(),
                                        tomorrow.date().day(), 12, 0, 0);
    sim.measure(thermometer);
    QCOMPARE(submitted.last().value(u"taken_at"_s).toInteger(), m_clock.nowMs());
    // An unknown date (year 0): now.
    sim.readings().timestamp = dateTime(0, 0, 0, 10, 0, 0);
    sim.measure(thermometer);
    QCOMPARE(submitted.last().value(u"taken_at"_s).toInteger(), m_clock.nowMs());
    QCOMPARE(submitted.calls.size(), 4);
}

void TestDevices::streamsSampledOncePerMinute()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(0))); // the strap
    QVERIFY_OK(manager.pair(sim.devices().at(4))); // the oximeter
    for (int second = 0; second < 150; ++second) {
        sim.measure(strap);
        PlxContinuousMeasurement c;
        c.spo2 = GattEncode::number(95, 0);
        c.pulseRate = GattEncode::number(70, 0);
        sim.send(oximeter, 0x2A5F, GattEncode::plxContinuous(c));
        m_clock.advance(1000);
    }
    // At 0 s, 60 s and 120 s, for each.
    int heart = 0, spo2 = 0;
    for (const auto &[name, args] : submitted.calls) {
        heart += args.value(u"kind"_s).toString() == u"heart_rate"_s;
        spo2 += args.value(u"kind"_s).toString() == u"spo2"_s;
    }
    QCOMPARE(heart, 3);
    QCOMPARE(spo2, 3);
    // A spot check is a measurement of its own: always recorded.
    sim.measure(oximeter);
    sim.measure(oximeter);
    QCOMPARE(submitted.calls.size(), 8);
}

void TestDevices::glucoseRecordsNotRecordedTwice()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(3)));
    const QDateTime at = m_clock.now().toLocalTime().addSecs(-7200);
    GlucoseMeasurement g;
    g.sequenceNumber = 7;
    g.baseTime = dateTime(at.date().year(), at.date().month(), at.date().day(), at.time().hour(),
                          at.time().minute(), 0);
    g.concentration = GattEncode::number(0.0061, -4);
    g.concentrationUnit = GlucoseMeasurement::ConcentrationUnit::MolPerLitre;
    const QByteArray record = GattEncode::glucose(g);
    sim.send(glucoseMeter, 0x2A18, record);
    QCOMPARE(submitted.calls.size(), 1);
    QCOMPARE(submitted.last().value(u"value"_s).toDouble(), 6.1);
    // After a reconnect the meter reports all its records again: the old one is skipped.
    sim.drop(glucoseMeter);
    m_clock.advance(1000);
    manager.reconnectDue();
    sim.send(glucoseMeter, 0x2A18, record);
    QCOMPARE(submitted.calls.size(), 1);
    g.sequenceNumber = 8;
    g.baseTime.minutes = (g.baseTime.minutes + 1) % 60;
    if (g.baseTime.minutes == 0)
        g.baseTime.hours = (g.baseTime.hours + 1) % 24;
    sim.send(glucoseMeter, 0x2A18, GattEncode::glucose(g));
    QCOMPARE(submitted.calls.size(), 2);
}

// RACP: the first connection asks for all records; later ones only for those after the last
// sequence number received, remembered in paired_device across restarts. A meter whose numbers
// started again is asked for its last record, then for all, deduplicated by time.
void TestDevices::glucoseMeterIsAskedOnlyForNewRecords()
{
    const auto stamp = [&](int minutesAgo) {
        const QDateTime at = m_clock.now().toLocalTime().addSecs(-60 * minutesAgo);
        return dateTime(at.date().year(), at.date().month(), at.date().day(), at.time().hour(),
                        at.time().minute(), 0);
    };
    const auto remembered = [&]() -> std::optional<quint16> {
        auto found = PairedDevices(m_store->database()).find(glucoseMeter);
        return found && found->has_value() ? (*found)->lastRecordSequence : std::nullopt;
    };
    Submissions submitted;
    GattDateTime lastRecorded;
    {
        SimulatedHealthDevices sim;
        DeviceManager manager(sim, m_store->database(), patientId, m_clock,
                              submitted.submitter());
        QVERIFY_OK(manager.start());
        QVERIFY_OK(manager.pair(sim.devices().at(3)));
        QCOMPARE(sim.recordRequests(), QList<QByteArray> { hex("01 01") }); // nothing known yet
        for (int minutesAgo : { 100, 90, 80 }) {
            sim.readings().timestamp = stamp(minutesAgo);
            sim.measure(glucoseMeter);
        }
        QCOMPARE(submitted.calls.size(), 3);
        QCOMPARE(remembered(), std::optional<quint16>(3));
        // Measured while out of reach: kept by the meter, asked for on reconnecting, alone.
        sim.drop(glucoseMeter);
        for (int minutesAgo : { 70, 60 }) {
            sim.readings().timestamp = stamp(minutesAgo);
            sim.measure(glucoseMeter);
        }
        lastRecorded = *sim.readings().timestamp;
        QCOMPARE(submitted.calls.size(), 3);
        sim.clearRecordRequests();
        m_clock.advance(1000);
        manager.reconnectDue();
        QCOMPARE(sim.connectionState(glucoseMeter), HealthDeviceSource::ConnectionState::Connected);
        QCOMPARE(sim.recordRequests(), QList<QByteArray> { hex("01 03 01 04 00") });
        QCOMPARE(submitted.calls.size(), 5);
        QCOMPARE(remembered(), std::optional<quint16>(5));
        // Nothing new: asked from 6, then for the last record (5, known): nothing recorded.
        sim.drop(glucoseMeter);
        sim.clearRecordRequests();
        m_clock.advance(60000);
        manager.reconnectDue();
        QCOMPARE(sim.recordRequests(),
                 (QList<QByteArray> { hex("01 03 01 06 00"), hex("01 06") }));
        QCOMPARE(submitted.calls.size(), 5);
        sim.drop(glucoseMeter);
    }
    // The app starts again with a meter that was reset: its records are numbered 1 and 2, below
    // the 5 remembered. Record 1 is the one recorded 60 minutes ago (same time and value).
    SimulatedHealthDevices reset;
    reset.readings().timestamp = lastRecorded;
    reset.measure(glucoseMeter); // not connected: stored only
    reset.readings().timestamp = stamp(30);
    reset.measure(glucoseMeter);
    QCOMPARE(reset.glucoseRecordCount(), 2);
    DeviceManager manager(reset, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QCOMPARE(reset.recordRequests(),
             (QList<QByteArray> { hex("01 03 01 06 00"), hex("01 06"), hex("01 01") }));
    QCOMPARE(submitted.calls.size(), 6); // the record of 30 minutes ago only
    QCOMPARE(remembered(), std::optional<quint16>(2));
    // And from then on, only what follows 2.
    reset.drop(glucoseMeter);
    reset.readings().timestamp = stamp(10);
    reset.measure(glucoseMeter);
    reset.clearRecordRequests();
    m_clock.advance(1000);
    manager.reconnectDue();
    QCOMPARE(reset.recordRequests(), QList<QByteArray> { hex("01 03 01 03 00") });
    QCOMPARE(submitted.calls.size(), 7);
}

void TestDevices::badDevicePayloadIsVisibleNotFatal()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(1)));
    QVERIFY_OK(manager.pair(sim.devices().at(5)));
    QSignalSpy problems(&manager, &DeviceManager::problem);
    sim.send(cuff, 0x2A35, hex("00 FF 07 50 00 5D 00")); // systolic NaN
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.last().at(0).toString(), cuff);
    QVERIFY(problems.last().at(1).toString().contains(u"NaN"_s));
    QVERIFY(!manager.device(cuff)->lastError.isEmpty());
    sim.send(cuff, 0x2A35, hex("00 78")); // truncated
    sim.send(scale, 0x2A9D, hex("00 FF FF")); // unsuccessful weighing
    sim.send(scale, 0x2A9D, QByteArray(600, '\xFF')); // garbage
    sim.send(cuff, 0x2A36, hex("00 FF 07 FF 07 FF 07")); // live NaN: nothing, no error
    QCOMPARE(problems.size(), 4);
    QVERIFY(submitted.calls.isEmpty());
    auto row = PairedDevices(m_store->database()).find(cuff);
    QVERIFY(row && *row);
    QVERIFY(!(*row)->lastReadingAtMs);
    // A battery level out of range is not stored.
    sim.readings().battery = 150;
    sim.drop(cuff);
    m_clock.advance(1000);
    manager.reconnectDue();
    QCOMPARE(problems.size(), 5);
    QCOMPARE(*manager.device(cuff)->device.batteryPercent, 86);
    // And the next good measurement is recorded, clearing the error.
    sim.measure(cuff);
    QCOMPARE(submitted.calls.size(), 1);
    QVERIFY(manager.device(cuff)->lastError.isEmpty());
}

void TestDevices::refusedSubmissionIsReported()
{
    Submissions submitted;
    submitted.refuse = true;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QVERIFY_OK(manager.pair(sim.devices().at(2)));
    QSignalSpy problems(&manager, &DeviceManager::problem);
    sim.measure(thermometer);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.last().at(1).toString().contains(u"Refused for the test."_s));
    QVERIFY(manager.device(thermometer)->device.lastReadingText.isEmpty());
}

void TestDevices::subscriptionValues()
{
    // Indications for 0x2A35, 0x2A1C, 0x2A9D, 0x2A5E and the RACP; notifications for 0x2A37,
    // 0x2A36, 0x2A5F, 0x2A18 and the battery level.
    for (quint16 c : { 0x2A35, 0x2A1C, 0x2A9D, 0x2A5E, 0x2A52 })
        QCOMPARE(BluetoothHealthDevices::subscriptionValue(c, true, true), hex("02 00"));
    for (quint16 c : { 0x2A37, 0x2A36, 0x2A5F, 0x2A18, 0x2A19 })
        QCOMPARE(BluetoothHealthDevices::subscriptionValue(c, true, true), hex("01 00"));
    // A device offering only the other one gets that; offering neither, nothing.
    QCOMPARE(BluetoothHealthDevices::subscriptionValue(0x2A35, true, false), hex("01 00"));
    QCOMPARE(BluetoothHealthDevices::subscriptionValue(0x2A37, false, true), hex("02 00"));
    QVERIFY(BluetoothHealthDevices::subscriptionValue(0x2A37, false, false).isEmpty());
}

void TestDevices::bluetoothSourceWithoutAdapter()
{
    // This machine has no Bluetooth adapter and no BlueZ daemon: QtBluetooth's BlueZ backend
    // finds no adapter over D-Bus. (A machine with an adapter cannot run this check.)
    QElapsedTimer made;
    made.start();
    BluetoothHealthDevices source;
    // The page makes its source when first shown, on the GUI thread: it must be quick.
    qInfo("BluetoothHealthDevices made in %lld ms", qint64(made.elapsed()));
    QVERIFY(made.elapsed() < 2000);
    if (source.adapterState() == HealthDeviceSource::AdapterState::Ready)
        QSKIP("This machine has a working Bluetooth adapter: the no-adapter state cannot be "
              "checked here.");
    QCOMPARE(source.adapterState(), HealthDeviceSource::AdapterState::NoAdapter);
    QVERIFY(!HealthDeviceSource::adapterStateText(source.adapterState()).isEmpty());

    Submissions submitted;
    DeviceManager manager(source, m_store->database(), patientId, m_clock, submitted.submitter());
    QVERIFY_OK(manager.start());
    QSignalSpy problems(&manager, &DeviceManager::problem);
    manager.startScan();
    QVERIFY(!manager.isScanning());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.last().at(1).toString().contains(u"no Bluetooth adapter"_s));

    // Asked to scan or connect anyway, the source says why not and reports the device away.
    QSignalSpy finished(&source, &HealthDeviceSource::discoveryFinished);
    QSignalSpy errors(&source, &HealthDeviceSource::errorOccurred);
    source.startDiscovery();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!source.isDiscovering());
    QSignalSpy states(&source, &HealthDeviceSource::connectionStateChanged);
    source.connectDevice(cuff, u"Cuff"_s);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.last().at(1).value<ConnectionState>(), ConnectionState::OutOfReach);
}

void TestDevices::pageScansPairsAndShowsReading()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    ui::DevicesPage page(manager, m_clock);
    page.resize(820, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!test::shown(&page, u"devicesNoPaired"_s).isEmpty());
    QPushButton *scan = test::button(&page, u"Scan"_s);
    QVERIFY(scan);
    QVERIFY(scan->isEnabled());
    scan->click();
    QVERIFY(manager.isScanning());
    sim.finishDiscovery();
    QCOMPARE(page.foundList()->topLevelItemCount(), 6);
    QTreeWidgetItem *cuffItem = nullptr;
    for (int i = 0; i < page.foundList()->topLevelItemCount(); ++i) {
        if (page.foundList()->topLevelItem(i)->text(1) == u"Blood pressure monitor"_s)
            cuffItem = page.foundList()->topLevelItem(i);
    }
    QVERIFY(cuffItem);
    page.foundList()->setCurrentItem(cuffItem);
    QPushButton *pair = test::button(&page, u"Pair"_s);
    QVERIFY(pair && pair->isEnabled());
    pair->click();
    QCOMPARE(page.pairedList()->topLevelItemCount(), 1);
    QCOMPARE(page.foundList()->topLevelItemCount(), 5);
    QTreeWidgetItem *row = page.pairedList()->topLevelItem(0);
    QCOMPARE(row->text(0), u"Simulated BP cuff"_s);
    QCOMPARE(row->text(2), u"Connected"_s);
    QCOMPARE(row->text(3), u"86 %"_s);
    QVERIFY(row->text(4).isEmpty());

    // The cuff inflates (the live line shows it), then sends its result.
    sim.readings().systolic = 182;
    sim.readings().diastolic = 112;
    QSignalSpy live(&manager, &DeviceManager::cuffPressureChanged);
    connect(&manager, &DeviceManager::cuffPressureChanged, this, [&] {
        QVERIFY(page.findChild<QLabel *>(u"devicesCuffPressure"_s)->isVisible());
        QVERIFY(page.findChild<QLabel *>(u"devicesCuffPressure"_s)->text().contains(u"mmHg"_s));
        if (live.size() == 3)
            page.grab().save(u"/tmp/vitals-devices-inflating.png"_s);
    });
    sim.measure(cuff);
    QCOMPARE(live.size(), 4);
    row = page.pairedList()->topLevelItem(0);
    QVERIFY2(row->text(4).startsWith(u"182/112 mmHg, pulse 71"_s), qPrintable(row->text(4)));
    QVERIFY(!page.findChild<QLabel *>(u"devicesCuffPressure"_s)->isVisible());
    QVERIFY(test::shown(&page, u"devicesMessage"_s).contains(u"182/112"_s));
    QCOMPARE(submitted.calls.size(), 1);

    // Out of reach: the state says when the next attempt is.
    sim.setInReach(cuff, false);
    QCOMPARE(page.pairedList()->topLevelItem(0)->text(2), u"Out of reach, trying again in 1 s"_s);
    m_clock.advance(1000);
    manager.reconnectDue();
    QCOMPARE(page.pairedList()->topLevelItem(0)->text(2), u"Out of reach, trying again in 2 s"_s);
    sim.setInReach(cuff, true);
    page.grab().save(u"/tmp/vitals-devices-simulated-away.png"_s);
    m_clock.advance(2000);
    manager.reconnectDue();
    QCOMPARE(page.pairedList()->topLevelItem(0)->text(2), u"Connected"_s);
    // Pair a second one for the picture.
    page.foundList()->setCurrentItem(page.foundList()->topLevelItem(0));
    pair->click();
    sim.measure(strap);
    QVERIFY(page.grab().save(u"/tmp/vitals-devices-simulated.png"_s));
    test::screenshot(&page, u"devices-simulated"_s);

    // Forget.
    for (int i = 0; i < page.pairedList()->topLevelItemCount(); ++i) {
        if (page.pairedList()->topLevelItem(i)->data(0, Qt::UserRole).toString() == cuff)
            page.pairedList()->setCurrentItem(page.pairedList()->topLevelItem(i));
    }
    test::button(&page, u"Forget"_s)->click();
    QCOMPARE(page.pairedList()->topLevelItemCount(), 1);
    QVERIFY(!manager.device(cuff));
}

void TestDevices::pageWithoutBluetooth()
{
    ui::ClientContext context;
    context.store = std::shared_ptr<EncryptedStore>(m_store.release());
    context.account.accountId = patientId;
    context.clock = &m_clock;
    ui::DevicesPage page(context);
    page.resize(820, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.manager());
    if (page.manager()->source().adapterState() == HealthDeviceSource::AdapterState::Ready)
        QSKIP("This machine has a working Bluetooth adapter.");
    const QString message = test::shown(&page, u"devicesAdapterMessage"_s);
    QVERIFY2(message.contains(u"no Bluetooth adapter"_s), qPrintable(message));
    QVERIFY(!test::button(&page, u"Scan"_s)); // not offered
    const auto buttons = page.findChildren<QPushButton *>();
    QVERIFY(std::none_of(buttons.begin(), buttons.end(),
                         [](QPushButton *b) { return b->text() == u"Scan"_s && b->isEnabled(); }));
    QVERIFY(!page.foundList()->isVisible()); // no empty list of devices that cannot be found
    QVERIFY(page.grab().save(u"/tmp/vitals-devices-nobluetooth.png"_s));
    test::screenshot(&page, u"devices-nobluetooth"_s);
}

void TestDevices::pageFollowsBluetoothSwitchedOn()
{
    Submissions submitted;
    SimulatedHealthDevices sim;
    sim.setAdapterState(HealthDeviceSource::AdapterState::PoweredOff);
    DeviceManager manager(sim, m_store->database(), patientId, m_clock, submitted.submitter());
    ui::DevicesPage page(manager, m_clock);
    page.resize(820, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(test::shown(&page, u"devicesAdapterMessage"_s).contains(u"switched off"_s));
    QVERIFY(!page.foundList()->isVisible());
    sim.setAdapterState(HealthDeviceSource::AdapterState::Ready);
    QVERIFY(test::shown(&page, u"devicesAdapterMessage"_s).isEmpty());
    QVERIFY(page.foundList()->isVisible());
    QVERIFY(test::button(&page, u"Scan"_s) && test::button(&page, u"Scan"_s)->isEnabled());
}

QTEST_MAIN(TestDevices)
#include "tst_devices.moc"
