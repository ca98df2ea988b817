// The Bluetooth health decoders (core/vitals) against the octets devices send: IEEE 11073
// SFLOAT/FLOAT with every special value, each characteristic with the flag combinations that
// change its layout, truncation at every length, hostile bytes, and the JSON of the real
// clinic-cli program.
//
// The specifications (GSS, HRS, BLS, HTS, GLS, PLXS, WSS) define the fields but give no
// byte-level example payloads for these characteristics; the payloads here are worked by hand
// from the field definitions, with the arithmetic in the comments so a reviewer can redo it.

#include "vitals/gattdecode.h"
#include "vitals/gattjson.h"
#include "vitals/gattmeasurements.h"
#include "vitals/mderfloat.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *text)
{
    QByteArray digits(text);
    digits.replace(' ', QByteArray());
    return QByteArray::fromHex(digits);
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Every characteristic's decoder behind one signature, for the table-driven checks. The
// second member is ignoredOctets of a successful decode, -1 for an error.
struct Decoded
{
    bool ok = false;
    QString message;
    qsizetype ignoredOctets = -1;
};

template<typename M>
Decoded summarise(const Result<M> &r)
{
    if (!r)
        return Decoded { false, r.error().message, -1 };
    return Decoded { true, {}, ignoredOctetsOf(*r) };
}

Decoded decodeAny(GattCharacteristic c, QByteArrayView payload)
{
    return visitGattDecode(GattDecodeTarget { GattDecodeTarget::Kind::Characteristic, c }, payload,
                           [](const auto &result) { return summarise(result); });
}

// The checks both number types share.
void compareNumber(const Result<MderFloat> &decoded, int mantissa, int exponent,
                   const QString &special, double value)
{
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->mantissa, mantissa);
    QCOMPARE(decoded->exponent, exponent);
    QCOMPARE(decoded->specialName(), special);
    QCOMPARE(decoded->isSpecial(), !special.isEmpty());
    const double got = decoded->toDouble();
    if (std::isnan(value))
        QVERIFY(std::isnan(got));
    else
        QCOMPARE(got, value);
}

// Payloads with every optional field present (the longest layout of each characteristic).
// Heart rate carries one RR interval: dropping a whole interval is a valid shorter payload.
struct Full
{
    GattCharacteristic characteristic;
    const char *payload;
};
const Full fullPayloads[] = {
    { GattCharacteristic::HeartRateMeasurement, "19 2C01 1000 0004" },
    { GattCharacteristic::BloodPressureMeasurement,
      "1F A0F0 6BF0 7CF0 EA070C070E1E05 4800 01 2D00" },
    { GattCharacteristic::IntermediateCuffPressure,
      "1E A000 FF07 FF07 EA070C070E1E05 4800 01 2D00" },
    { GattCharacteristic::TemperatureMeasurement, "07 DA0300FF EA070C070E1E05 02" },
    { GattCharacteristic::GlucoseMeasurement, "1F 0500 EA070C1F173200 0F00 38C0 11 0000" },
    { GattCharacteristic::PlxSpotCheckMeasurement, "1F 6200 4800 EA070C070E1E05 2000 010000 19F0" },
    { GattCharacteristic::PlxContinuousMeasurement,
      "1F 6100 4600 6000 4700 6200 4500 2000 010000 19F0" },
    { GattCharacteristic::WeightMeasurement, "0F 483C EA070C070E1E05 03 E500 B202" },
};

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Ran runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLINIC_CLI_BINARY), arguments);
    Ran ran;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = process.readAllStandardOutput();
    ran.err = process.readAllStandardError();
    return ran;
}

} // namespace

class TestGatt : public QObject
{
    Q_OBJECT

private slots:
    void sfloat_data();
    void sfloat();
    void floatValue_data();
    void floatValue();
    void floatLengths();

    void heartRate_data();
    void heartRate();
    void heartRateErrors_data();
    void heartRateErrors();
    void bloodPressure();
    void intermediateCuffPressure();
    void dateTimeRange_data();
    void dateTimeRange();
    void temperature();
    void glucose();
    void plxSpotCheck();
    void plxContinuous();
    void weight();
    void specialValuesInsideCharacteristics();

    void truncatedAtEveryLength_data();
    void truncatedAtEveryLength();
    void trailingOctets_data();
    void trailingOctets();
    void hostileBytes();

    void characteristicNames();
    void cliJson_data();
    void cliJson();
    void cliUsage_data();
    void cliUsage();
};

// ---- IEEE 11073-20601 numbers ----

void TestGatt::sfloat_data()
{
    QTest::addColumn<QByteArray>("payload"); // little-endian, as sent
    QTest::addColumn<int>("mantissa");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("special");
    QTest::addColumn<double>("value");

    const QString none;
    QTest::newRow("zero") << hex("0000") << 0 << 0 << none << 0.0;
    // 0xF16D: exponent 0xF = -1, mantissa 0x16D = 365
    QTest::newRow("36.5") << hex("6DF1") << 365 << -1 << none << 36.5;
    QTest::newRow("72 bpm") << hex("4800") << 72 << 0 << none << 72.0;
    // 0x0FFF: exponent 0, mantissa 0xFFF = -1 (two's complement)
    QTest::newRow("negative mantissa") << hex("FF0F") << -1 << 0 << none << -1.0;
    // 0xFFFE: exponent -1, mantissa -2
    QTest::newRow("both negative") << hex("FEFF") << -2 << -1 << none << -0.2;
    // 0xF800: exponent -1, mantissa 0x800 = -2048: an ordinary number away from exponent 0
    QTest::newRow("most negative mantissa") << hex("00F8") << -2048 << -1 << none << -204.8;
    // 0x8001: exponent 0x8 = -8
    QTest::newRow("most negative exponent") << hex("0180") << 1 << -8 << none << 1e-8;
    // 0x7001: exponent 7
    QTest::newRow("largest exponent") << hex("0170") << 1 << 7 << none << 1e7;
    QTest::newRow("largest mantissa") << hex("FD07") << 2045 << 0 << none << 2045.0;
    QTest::newRow("-2045") << hex("0308") << -2045 << 0 << none << -2045.0;
    // The special values: whole bit patterns with exponent 0.
    QTest::newRow("NaN") << hex("FF07") << 2047 << 0 << u"NaN"_s << qQNaN();
    QTest::newRow("NRes") << hex("0008") << -2048 << 0 << u"NRes"_s << qQNaN();
    QTest::newRow("+INF") << hex("FE07") << 2046 << 0 << u"+INF"_s << qInf();
    QTest::newRow("-INF") << hex("0208") << -2046 << 0 << u"-INF"_s << -qInf();
    QTest::newRow("reserved") << hex("0108") << -2047 << 0 << u"RFU"_s << qQNaN();
    // The same mantissas under another exponent are numbers: 0x17FF = 2047 * 10^1.
    QTest::newRow("NaN mantissa, exponent 1") << hex("FF17") << 2047 << 1 << none << 20470.0;
    QTest::newRow("NRes mantissa, exponent -1") << hex("00F8") << -2048 << -1 << none << -204.8;
    QTest::newRow("+INF mantissa, exponent 2") << hex("FE27") << 2046 << 2 << none << 204600.0;
}

void TestGatt::sfloat()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, mantissa);
    QFETCH(int, exponent);
    QFETCH(QString, special);
    QFETCH(double, value);
    compareNumber(MderFloat::decodeSfloat(payload), mantissa, exponent, special, value);
}

void TestGatt::floatValue_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("mantissa");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("special");
    QTest::addColumn<double>("value");

    const QString none;
    // 0xFF00016C: exponent 0xFF = -1, mantissa 0x00016C = 364
    QTest::newRow("36.4") << hex("6C0100FF") << 364 << -1 << none << 36.4;
    // 0xFFFFFFC9: exponent -1, mantissa 0xFFFFC9 = -55
    QTest::newRow("-5.5") << hex("C9FFFFFF") << -55 << -1 << none << -5.5;
    QTest::newRow("-1") << hex("FFFFFF00") << -1 << 0 << none << -1.0;
    // 0xFEFFFFFF: exponent -2, mantissa -1
    QTest::newRow("-0.01") << hex("FFFFFFFE") << -1 << -2 << none << -0.01;
    // 0x80000001: exponent -128
    QTest::newRow("exponent -128") << hex("01000080") << 1 << -128 << none << 1e-128;
    QTest::newRow("exponent 127") << hex("0100007F") << 1 << 127 << none << 1e127;
    QTest::newRow("NaN") << hex("FFFF7F00") << 8388607 << 0 << u"NaN"_s << qQNaN();
    QTest::newRow("NRes") << hex("00008000") << -8388608 << 0 << u"NRes"_s << qQNaN();
    QTest::newRow("+INF") << hex("FEFF7F00") << 8388606 << 0 << u"+INF"_s << qInf();
    QTest::newRow("-INF") << hex("02008000") << -8388606 << 0 << u"-INF"_s << -qInf();
    QTest::newRow("reserved") << hex("01008000") << -8388607 << 0 << u"RFU"_s << qQNaN();
    // 0x017FFFFF: the NaN mantissa under exponent 1 is a number
    QTest::newRow("NaN mantissa, exponent 1")
            << hex("FFFF7F01") << 8388607 << 1 << none << 83886070.0;
}

void TestGatt::floatValue()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, mantissa);
    QFETCH(int, exponent);
    QFETCH(QString, special);
    QFETCH(double, value);
    compareNumber(MderFloat::decodeFloat(payload), mantissa, exponent, special, value);
}

void TestGatt::floatLengths()
{
    // Exactly 2 and 4 octets; anything else is refused, not padded or cut.
    for (const char *bad : { "", "00", "000000", "00000000" })
        QVERIFY2(!MderFloat::decodeSfloat(hex(bad)).ok(), bad);
    for (const char *bad : { "", "0000", "000000", "0000000000" })
        QVERIFY2(!MderFloat::decodeFloat(hex(bad)).ok(), bad);
    QVERIFY(MderFloat::decodeSfloat(hex("00")).error().message.contains(u"SFLOAT"_s));
    QVERIFY(MderFloat::decodeFloat(hex("00")).error().message.contains(u"FLOAT"_s));
}

// ---- Heart Rate Measurement 0x2A37 ----

void TestGatt::heartRate_data()
{
    // The expected JSON: only the fields that differ from 72 bpm with nothing else.
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("differences");

    QTest::newRow("uint8, nothing else") << hex("00 48") << u"{}"_s;
    QTest::newRow("uint16") << hex("01 4801") << uR"({"heart_rate":328})"_s;
    // Bits 1-2 = 0b01: contact bit without the "supported" bit is still "not supported".
    QTest::newRow("contact bit alone") << hex("02 48") << u"{}"_s;
    QTest::newRow("contact not detected")
            << hex("04 48") << uR"({"sensor_contact":"not_detected"})"_s;
    QTest::newRow("contact detected") << hex("06 48") << uR"({"sensor_contact":"detected"})"_s;
    QTest::newRow("energy expended") << hex("08 48 E803") << uR"({"energy_expended_kj":1000})"_s;
    // 0x0400 = 1024/1024 s, 0x0200 = 0.5 s, 0x0333 = 819/1024 s
    QTest::newRow("three RR intervals")
            << hex("16 48 0004 0002 3303")
            << uR"({"sensor_contact":"detected","rr_intervals_raw":[1024,512,819],
                 "rr_intervals_s":[1,0.5,0.7998046875]})"_s;
    QTest::newRow("everything")
            << hex("19 2C01 1000 0004")
            << uR"({"heart_rate":300,"energy_expended_kj":16,"rr_intervals_raw":[1024],
                 "rr_intervals_s":[1]})"_s;
}

void TestGatt::heartRate()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, differences);
    QJsonObject expected = json(R"({"heart_rate":72,"sensor_contact":"not_supported",
        "energy_expended_kj":null,"rr_intervals_raw":null,"rr_intervals_s":null})");
    const QJsonObject changed = json(differences.toUtf8().constData());
    for (auto it = changed.begin(); it != changed.end(); ++it)
        expected[it.key()] = it.value();
    const auto decoded = decodeHeartRateMeasurement(payload);
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().fullText()));
    QCOMPARE(compact(toJson(*decoded)), compact(expected));
}

void TestGatt::heartRateErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << u"Flags"_s;
    QTest::newRow("flags only") << hex("00") << u"Heart Rate Measurement Value"_s;
    QTest::newRow("uint16 cut") << hex("01 48") << u"uint16"_s;
    QTest::newRow("energy cut") << hex("08 48 E8") << u"Energy Expended"_s;
    QTest::newRow("RR flag, no interval") << hex("10 48") << u"RR-Interval"_s;
    QTest::newRow("RR odd, 1 octet") << hex("10 48 00") << u"odd"_s;
    QTest::newRow("RR odd, 3 octets") << hex("10 48 0004 00") << u"odd"_s;
    QTest::newRow("trailing, no RR flag") << hex("00 48 00") << u"unexpected"_s;
    QTest::newRow("RFU bit cannot excuse odd RR") << hex("30 48 0004 00") << u"odd"_s;
}

void TestGatt::heartRateErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    const auto decoded = decodeHeartRateMeasurement(payload);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(reason), qPrintable(decoded.error().message));
    QCOMPARE(decoded.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!decoded.error().detail.isEmpty());
}

// ---- Blood Pressure 0x2A35 and Intermediate Cuff Pressure 0x2A36 ----

void TestGatt::bloodPressure()
{
    // mmHg: 0x0078 = 120, 0x0050 = 80, 0x005D = 93; 0x07EA = 2026; status 0x2D = 0b101101
    const auto full =
            decodeBloodPressureMeasurement(hex("1E 7800 5000 5D00 EA070C070E1E05 4800 01 2D00"));
    QVERIFY(full.ok());
    QCOMPARE(full->unit, PressureUnit::MmHg);
    QCOMPARE(full->systolic.toDouble(), 120.0);
    QCOMPARE(full->status->raw, quint16(0x2D));
    QCOMPARE(compact(toJson(*full)), compact(json(R"({
        "unit":"mmHg","systolic":120,"diastolic":80,"mean_arterial_pressure":93,
        "timestamp":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
        "pulse_rate":72,"user_id":1,
        "measurement_status":{"raw":45,"body_movement":true,"cuff_too_loose":false,
            "irregular_pulse":true,"pulse_rate_range":1,"improper_position":true}})")));

    // kPa: 0xF0A0 = 160e-1, 0xF06B = 107e-1, 0xF07C = 124e-1
    const auto kpa = decodeBloodPressureMeasurement(hex("01 A0F0 6BF0 7CF0"));
    QVERIFY(kpa.ok());
    QCOMPARE(compact(toJson(*kpa)), compact(json(R"({
        "unit":"kPa","systolic":16,"diastolic":10.7,"mean_arterial_pressure":12.4,
        "timestamp":null,"pulse_rate":null,"user_id":null,"measurement_status":null})")));

    // Each optional field alone moves the ones after it.
    const auto userOnly = decodeBloodPressureMeasurement(hex("08 7800 5000 5D00 FF"));
    QVERIFY(userOnly.ok());
    QCOMPARE(userOnly->userId, std::optional<quint8>(255));
    QVERIFY(!userOnly->timestamp && !userOnly->pulseRate && !userOnly->status);
    const auto statusOnly = decodeBloodPressureMeasurement(hex("10 7800 5000 5D00 1800"));
    QVERIFY(statusOnly.ok());
    QCOMPARE(statusOnly->status->pulseRateRange(), 3);
    QVERIFY(!statusOnly->status->bodyMovement());
    const auto pulseOnly = decodeBloodPressureMeasurement(hex("04 7800 5000 5D00 4A00"));
    QVERIFY(pulseOnly.ok());
    QCOMPARE(pulseOnly->pulseRate->toDouble(), 74.0);
}

void TestGatt::intermediateCuffPressure()
{
    // The first SFLOAT is the cuff pressure; diastolic and MAP are unused (NaN).
    const auto icp = decodeIntermediateCuffPressure(hex("04 A000 FF07 FF07 4A00"));
    QVERIFY(icp.ok());
    QCOMPARE(icp->currentCuffPressure.toDouble(), 160.0);
    QCOMPARE(compact(toJson(*icp)), compact(json(R"({
        "unit":"mmHg","systolic":null,"diastolic":null,"current_cuff_pressure":160,
        "timestamp":null,"pulse_rate":74,"user_id":null,"measurement_status":null})")));
    // A device that leaves zeros in the unused fields is tolerated: they are never read.
    QVERIFY(decodeIntermediateCuffPressure(hex("00 A000 0000 0000")).ok());
    QVERIFY(!decodeIntermediateCuffPressure(hex("00 A000 FF07")).ok());
}

void TestGatt::dateTimeRange_data()
{
    QTest::addColumn<QByteArray>("stamp"); // the 7 octets of a Date Time
    QTest::addColumn<bool>("valid");

    QTest::newRow("ordinary") << hex("EA070C070E1E05") << true;
    QTest::newRow("all unknown") << hex("00000000000000") << true;
    QTest::newRow("year unknown") << hex("00000C07000000") << true;
    QTest::newRow("1582") << hex("2E060A0F000000") << true;
    QTest::newRow("9999-12-31 23:59:59") << hex("0F270C1F173B3B") << true;
    QTest::newRow("29 Feb 2024") << hex("E807021D000000") << true;
    QTest::newRow("year 1000") << hex("E8030101000000") << false;
    QTest::newRow("year 1581") << hex("2D060101000000") << false;
    QTest::newRow("year 10000") << hex("10270101000000") << false;
    QTest::newRow("month 13") << hex("EA070D01000000") << false;
    QTest::newRow("day 32") << hex("EA070120000000") << false;
    QTest::newRow("30 Feb") << hex("EA07021E000000") << false;
    QTest::newRow("29 Feb 2026") << hex("EA07021D000000") << false;
    QTest::newRow("hours 24") << hex("EA070101180000") << false;
    QTest::newRow("minutes 60") << hex("EA070101003C00") << false;
    QTest::newRow("seconds 60") << hex("EA07010100003C") << false;
}

void TestGatt::dateTimeRange()
{
    QFETCH(QByteArray, stamp);
    QFETCH(bool, valid);
    // The same Date Time in each characteristic that carries one.
    const QByteArray bp = hex("02 7800 5000 5D00") + stamp;
    const QByteArray cuff = hex("02 A000 FF07 FF07") + stamp;
    const QByteArray temperature = hex("02 6C0100FF") + stamp;
    const QByteArray glucose = hex("00 0100") + stamp;
    const QByteArray spot = hex("01 6200 4800") + stamp;
    const QByteArray weight = hex("02 B036") + stamp;
    QCOMPARE(stamp.size(), 7);
    for (const auto &[name, ok] : {
                 std::pair { "2A35", decodeBloodPressureMeasurement(bp).ok() },
                 std::pair { "2A36", decodeIntermediateCuffPressure(cuff).ok() },
                 std::pair { "2A1C", decodeTemperatureMeasurement(temperature).ok() },
                 std::pair { "2A18", decodeGlucoseMeasurement(glucose).ok() },
                 std::pair { "2A5E", decodePlxSpotCheckMeasurement(spot).ok() },
                 std::pair { "2A9D", decodeWeightMeasurement(weight).ok() },
         })
        QVERIFY2(ok == valid, name);
    if (!valid) {
        const auto r = decodeGlucoseMeasurement(glucose);
        QVERIFY2(r.error().message.contains(u"impossible"_s), qPrintable(r.error().message));
    }
}

// ---- Temperature Measurement 0x2A1C ----

void TestGatt::temperature()
{
    const auto full = decodeTemperatureMeasurement(hex("06 6C0100FF EA070C070E1E05 02"));
    QVERIFY(full.ok());
    QCOMPARE(compact(toJson(*full)), compact(json(R"({
        "unit":"C","temperature":36.4,
        "timestamp":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
        "temperature_type":2})")));
    // 0xFF0003DA = 986e-1 degrees Fahrenheit
    const auto fahrenheit = decodeTemperatureMeasurement(hex("01 DA0300FF"));
    QVERIFY(fahrenheit.ok());
    QCOMPARE(fahrenheit->unit, TemperatureMeasurement::Unit::Fahrenheit);
    QCOMPARE(fahrenheit->temperature.toDouble(), 98.6);
    const auto typeOnly = decodeTemperatureMeasurement(hex("04 C9FFFFFF 09"));
    QVERIFY(typeOnly.ok());
    QCOMPARE(typeOnly->temperature.toDouble(), -5.5);
    QCOMPARE(typeOnly->temperatureType, std::optional<quint8>(9));
    // The temperature is a 32-bit FLOAT: an SFLOAT-sized value is truncated.
    QVERIFY(!decodeTemperatureMeasurement(hex("00 6DF1")).ok());
}

// ---- Glucose Measurement 0x2A18 ----

void TestGatt::glucose()
{
    // 23:50 on 31 December 2026 plus 15 minutes is 00:05 on 1 January 2027.
    // 0xC038: exponent -4, mantissa 56: 0.0056 mol/L (5.6 mmol/L). 0x11: type 1, location 1.
    const auto full = decodeGlucoseMeasurement(hex("1F 0500 EA070C1F173200 0F00 38C0 11 0000"));
    QVERIFY(full.ok());
    QCOMPARE(compact(toJson(*full)), compact(json(R"({
        "sequence_number":5,
        "base_time":{"year":2026,"month":12,"day":31,"hours":23,"minutes":50,"seconds":0},
        "time_offset_min":15,
        "effective_time":{"year":2027,"month":1,"day":1,"hours":0,"minutes":5,"seconds":0},
        "concentration":0.0056,"concentration_unit":"mol/L","type":1,"sample_location":1,
        "sensor_status":0,"context_information_follows":true})")));

    // A negative offset (0xFFC4 = -60) goes back across the new year.
    const auto back = decodeGlucoseMeasurement(hex("01 0100 EA070101001E00 C4FF"));
    QVERIFY(back.ok());
    QCOMPARE(back->timeOffsetMinutes, std::optional<qint16>(-60));
    QCOMPARE(back->effectiveTime, std::optional(GattDateTime { 2025, 12, 31, 23, 30, 0 }));

    // kg/L: 0xD001 = 1e-3 kg/L (100 mg/dL); 0x12: type 2, location 1. No offset: effective
    // time is the base time.
    const auto mass = decodeGlucoseMeasurement(hex("02 0200 EA070C070E1E05 01D0 12"));
    QVERIFY(mass.ok());
    QCOMPARE(mass->concentrationUnit,
             std::optional(GlucoseMeasurement::ConcentrationUnit::KgPerLitre));
    QCOMPARE(mass->concentration->toDouble(), 0.001);
    QCOMPARE(mass->type, std::optional<quint8>(2));
    QCOMPARE(mass->sampleLocation, std::optional<quint8>(1));
    QCOMPARE(mass->effectiveTime, std::optional(mass->baseTime));

    // The units bit without a concentration says nothing; an unknown date has no effective
    // time.
    const auto bare = decodeGlucoseMeasurement(hex("04 0300 00000000000000"));
    QVERIFY(bare.ok());
    QCOMPARE(compact(toJson(*bare)), compact(json(R"({
        "sequence_number":3,
        "base_time":{"year":0,"month":0,"day":0,"hours":0,"minutes":0,"seconds":0},
        "time_offset_min":null,"effective_time":null,"concentration":null,
        "concentration_unit":null,"type":null,"sample_location":null,"sensor_status":null,
        "context_information_follows":false})")));
}

// ---- PLX 0x2A5E and 0x2A5F ----

void TestGatt::plxSpotCheck()
{
    const auto full =
            decodePlxSpotCheckMeasurement(hex("1F 6200 4800 EA070C070E1E05 2000 010000 19F0"));
    QVERIFY(full.ok());
    QCOMPARE(compact(toJson(*full)), compact(json(R"({
        "spo2":98,"pulse_rate":72,
        "timestamp":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
        "device_clock_not_set":true,"measurement_status":32,"device_and_sensor_status":1,
        "pulse_amplitude_index":2.5})")));
    // The 24-bit status takes three octets, high octet last.
    const auto status = decodePlxSpotCheckMeasurement(hex("04 6200 4800 030201"));
    QVERIFY(status.ok());
    QCOMPARE(status->deviceAndSensorStatus, std::optional<quint32>(0x010203));
    const auto minimal = decodePlxSpotCheckMeasurement(hex("00 FF07 4800"));
    QVERIFY(minimal.ok());
    QCOMPARE(compact(toJson(*minimal)), compact(json(R"({
        "spo2":"NaN","pulse_rate":72,"timestamp":null,"device_clock_not_set":false,
        "measurement_status":null,"device_and_sensor_status":null,
        "pulse_amplitude_index":null})")));
}

void TestGatt::plxContinuous()
{
    const auto full = decodePlxContinuousMeasurement(
            hex("1F 6100 4600 6000 4700 6200 4500 2000 010000 19F0"));
    QVERIFY(full.ok());
    QCOMPARE(compact(toJson(*full)), compact(json(R"({
        "spo2":97,"pulse_rate":70,"spo2_fast":96,"pulse_rate_fast":71,"spo2_slow":98,
        "pulse_rate_slow":69,"measurement_status":32,"device_and_sensor_status":1,
        "pulse_amplitude_index":2.5})")));
    // Slow without fast: the slow pair comes straight after the normal one.
    const auto slow = decodePlxContinuousMeasurement(hex("02 6100 4600 6200 4500"));
    QVERIFY(slow.ok());
    QVERIFY(!slow->spo2Fast && !slow->pulseRateFast);
    QCOMPARE(slow->spo2Slow->toDouble(), 98.0);
    QCOMPARE(slow->pulseRateSlow->toDouble(), 69.0);
    const auto pai = decodePlxContinuousMeasurement(hex("10 6100 4600 19F0"));
    QVERIFY(pai.ok());
    QCOMPARE(pai->pulseAmplitudeIndex->toDouble(), 2.5);
}

// ---- Weight Measurement 0x2A9D ----

void TestGatt::weight()
{
    // SI: 14000 * 0.005 kg = 70 kg; BMI 229 * 0.1 = 22.9; height 1750 * 0.001 m = 1.75 m
    const auto si = decodeWeightMeasurement(hex("0E B036 EA070C070E1E05 03 E500 D606"));
    QVERIFY(si.ok());
    QCOMPARE(compact(toJson(*si)), compact(json(R"({
        "units":"SI","weight":70,"weight_unit":"kg",
        "timestamp":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
        "user_id":3,"bmi":22.9,"height":1.75,"height_unit":"m"})")));
    // Imperial: 15432 * 0.01 lb = 154.32 lb; height 690 * 0.1 in = 69 in
    const auto imperial = decodeWeightMeasurement(hex("09 483C E500 B202"));
    QVERIFY(imperial.ok());
    QCOMPARE(compact(toJson(*imperial)), compact(json(R"({
        "units":"imperial","weight":154.32,"weight_unit":"lb","timestamp":null,
        "user_id":null,"bmi":22.9,"height":69,"height_unit":"in"})")));
    // 1100 * 0.005 kg = 5.5 kg (the GSS's resolution, as often asked about)
    const auto small = decodeWeightMeasurement(hex("00 4C04"));
    QVERIFY(small.ok());
    QCOMPARE(small->weight(), 5.5);
    const auto failed = decodeWeightMeasurement(hex("00 FFFF"));
    QVERIFY(failed.ok());
    QVERIFY(failed->isUnsuccessful());
    QCOMPARE(toJson(*failed).value(u"weight"_s).toString(), u"measurement_unsuccessful"_s);
    // BMI without height is a truncated payload: the flag promises both.
    QVERIFY(!decodeWeightMeasurement(hex("08 B036 E500")).ok());
}

void TestGatt::specialValuesInsideCharacteristics()
{
    const auto bp = decodeBloodPressureMeasurement(hex("04 0008 0208 FE07 0108"));
    QVERIFY(bp.ok());
    const QJsonObject o = toJson(*bp);
    QCOMPARE(o.value(u"systolic"_s).toString(), u"NRes"_s);
    QCOMPARE(o.value(u"diastolic"_s).toString(), u"-INF"_s);
    QCOMPARE(o.value(u"mean_arterial_pressure"_s).toString(), u"+INF"_s);
    QCOMPARE(o.value(u"pulse_rate"_s).toString(), u"RFU"_s);
    const auto t = decodeTemperatureMeasurement(hex("00 FFFF7F00"));
    QVERIFY(t.ok());
    QCOMPARE(toJson(*t).value(u"temperature"_s).toString(), u"NaN"_s);
}

// ---- Every characteristic: truncation, trailing octets, hostile bytes ----

void TestGatt::truncatedAtEveryLength_data()
{
    QTest::addColumn<int>("characteristic");
    QTest::addColumn<QByteArray>("payload");
    for (const Full &f : fullPayloads)
        QTest::newRow(qPrintable(gattCharacteristicName(f.characteristic)))
                << int(f.characteristic) << hex(f.payload);
}

void TestGatt::truncatedAtEveryLength()
{
    QFETCH(int, characteristic);
    QFETCH(QByteArray, payload);
    const auto c = GattCharacteristic(characteristic);
    const Decoded whole = decodeAny(c, payload);
    QVERIFY2(whole.ok, qPrintable(whole.message));
    QCOMPARE(whole.ignoredOctets, 0);
    for (qsizetype length = 0; length < payload.size(); ++length) {
        const Decoded cut = decodeAny(c, payload.first(length));
        QVERIFY2(!cut.ok,
                 qPrintable(u"a reading from %1 of %2 octets"_s.arg(length).arg(payload.size())));
        QVERIFY(!cut.message.isEmpty());
    }
    // Via the JSON too: never "valid" with fields.
    const QJsonObject cut = decodeGattJson(
            GattDecodeTarget { GattDecodeTarget::Kind::Characteristic, c }, payload.chopped(1));
    QCOMPARE(cut.value(u"valid"_s).toBool(true), false);
    QCOMPARE(cut.keys(), QStringList({ u"error"_s, u"valid"_s }));
}

void TestGatt::trailingOctets_data()
{
    QTest::addColumn<int>("characteristic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<quint8>("rfuBit");
    for (const Full &f : fullPayloads) {
        if (f.characteristic == GattCharacteristic::HeartRateMeasurement)
            continue; // its RR intervals run to the end: heartRateErrors covers it
        const quint8 rfu = (f.characteristic == GattCharacteristic::TemperatureMeasurement)
                ? 0x08
                : (f.characteristic == GattCharacteristic::WeightMeasurement ? 0x10 : 0x20);
        QTest::newRow(qPrintable(gattCharacteristicName(f.characteristic)))
                << int(f.characteristic) << hex(f.payload) << rfu;
    }
}

void TestGatt::trailingOctets()
{
    QFETCH(int, characteristic);
    QFETCH(QByteArray, payload);
    QFETCH(quint8, rfuBit);
    const auto c = GattCharacteristic(characteristic);
    // No flag announces anything after the last field: an error.
    const Decoded extra = decodeAny(c, QByteArray(payload + hex("AB")));
    QVERIFY(!extra.ok);
    QVERIFY2(extra.message.contains(u"unexpected"_s), qPrintable(extra.message));
    // An RFU flag bit set: a later version's field, ignored.
    QByteArray future = payload + hex("ABCD");
    future[0] = char(quint8(future[0]) | rfuBit);
    const Decoded tolerated = decodeAny(c, future);
    QVERIFY2(tolerated.ok, qPrintable(tolerated.message));
    QCOMPARE(tolerated.ignoredOctets, 2);
    // An RFU bit alone changes nothing.
    QByteArray rfuOnly = payload;
    rfuOnly[0] = char(quint8(rfuOnly[0]) | rfuBit);
    QCOMPARE(decodeAny(c, rfuOnly).ignoredOctets, 0);
}

void TestGatt::hostileBytes()
{
    // Random payloads of every short length through every decoder: no crash (the sanitizers
    // see to the rest in fuzz_gatt), every refusal explained, and every reading that used all
    // its octets stops being one when its last octet is cut.
    QRandomGenerator random(20261207);
    int readings = 0;
    for (GattCharacteristic c : allGattCharacteristics) {
        for (int i = 0; i < 4000; ++i) {
            QByteArray payload(qsizetype(random.bounded(0, 24)), Qt::Uninitialized);
            for (char &octet : payload)
                octet = char(random.bounded(256));
            const Decoded d = decodeAny(c, payload);
            if (!d.ok) {
                QVERIFY(!d.message.isEmpty());
                continue;
            }
            ++readings;
            if (d.ignoredOctets == 0 && !payload.isEmpty())
                QVERIFY2(!decodeAny(c, payload.chopped(1)).ok, payload.toHex().constData());
            // The JSON of any reading is complete and valid.
            const QJsonObject o = decodeGattJson(
                    GattDecodeTarget { GattDecodeTarget::Kind::Characteristic, c }, payload);
            QVERIFY(o.value(u"valid"_s).toBool());
        }
    }
    QVERIFY(readings > 100); // the random bytes did reach the decoders' happy paths
}

void TestGatt::characteristicNames()
{
    QCOMPARE(gattCharacteristicName(GattCharacteristic::TemperatureMeasurement),
             u"Temperature Measurement (0x2A1C)"_s);
    QVERIFY(GattDecodeTarget::parse(u"2a1c").has_value());
    QVERIFY(GattDecodeTarget::parse(u"0x2A9D").has_value());
    QCOMPARE(GattDecodeTarget::parse(u"sfloat")->kind, GattDecodeTarget::Kind::Sfloat);
    QVERIFY(!GattDecodeTarget::parse(u"2A38").has_value()); // Body Sensor Location: not ours
    QVERIFY(!GattDecodeTarget::parse(u"2A3").has_value());
    QVERIFY(!GattDecodeTarget::parse(u"").has_value());
    QVERIFY(!GattDecodeTarget::parse(u"heart").has_value());
}

// ---- The real clinic-cli ----

void TestGatt::cliJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("SFLOAT NaN") << QStringList {
        u"SFLOAT"_s, u"FF07"_s
    } << 0 << uR"({"valid":true,"value":"NaN","mantissa":2047,"exponent":0})"_s;
    QTest::newRow("SFLOAT 36.5") << QStringList {
        u"SFLOAT"_s, u"6DF1"_s
    } << 0 << uR"({"valid":true,"value":36.5,"mantissa":365,"exponent":-1})"_s;
    QTest::newRow("FLOAT -INF") << QStringList {
        u"FLOAT"_s, u"02008000"_s
    } << 0 << uR"({"valid":true,"value":"-INF","mantissa":-8388606,"exponent":0})"_s;
    QTest::newRow("2A35 full, spaced")
            << QStringList { u"2A35"_s, u"1E 7800 5000 5D00 EA070C070E1E05 4800 01 2D00"_s } << 0
            << uR"({"valid":true,"unit":"mmHg","systolic":120,"diastolic":80,
                 "mean_arterial_pressure":93,
                 "timestamp":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
                 "pulse_rate":72,"user_id":1,
                 "measurement_status":{"raw":45,"body_movement":true,"cuff_too_loose":false,
                     "irregular_pulse":true,"pulse_rate_range":1,"improper_position":true}})"_s;
    QTest::newRow("2A37 with colons")
            << QStringList { u"2a37"_s, u"16:48:00:04"_s } << 0
            << uR"({"valid":true,"heart_rate":72,"sensor_contact":"detected",
                 "energy_expended_kj":null,"rr_intervals_raw":[1024],"rr_intervals_s":[1]})"_s;
    QTest::newRow("2A9D unsuccessful")
            << QStringList { u"2A9D"_s, u"00FFFF"_s } << 0
            << uR"({"valid":true,"units":"SI","weight":"measurement_unsuccessful",
                 "weight_unit":"kg","timestamp":null,"user_id":null,"bmi":null,"height":null,
                 "height_unit":null})"_s;
    QTest::newRow("2A18 minimal") << QStringList { u"2A18"_s, u"000100EA070C070E1E05"_s } << 0
                                  << uR"({"valid":true,"sequence_number":1,
                 "base_time":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
                 "time_offset_min":null,
                 "effective_time":{"year":2026,"month":12,"day":7,"hours":14,"minutes":30,"seconds":5},
                 "concentration":null,"concentration_unit":null,"type":null,
                 "sample_location":null,"sensor_status":null,
                 "context_information_follows":false})"_s;
}

void TestGatt::cliJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Ran ran = runCli(QStringList { u"gatt"_s, u"decode"_s } + arguments);
    QCOMPARE(ran.exitCode, exitCode);
    QVERIFY(ran.out.endsWith('\n'));
    QCOMPARE(ran.out.count('\n'), 1); // one JSON object, one line
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(ran.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(compact(doc.object()), compact(json(expected.toUtf8().constData())));
}

void TestGatt::cliUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("jsonVerdict"); // a payload verdict on stdout, or usage on stderr
    QTest::addColumn<QString>("says");

    QTest::newRow("odd RR octets")
            << QStringList { u"decode"_s, u"2A37"_s, u"104800"_s } << true << u"odd"_s;
    QTest::newRow("truncated cuff")
            << QStringList { u"decode"_s, u"2A35"_s, u"1E7800"_s } << true << u"truncated"_s;
    QTest::newRow("impossible date")
            << QStringList { u"decode"_s, u"2A1C"_s, u"026C0100FFEA070D070E1E05"_s } << true
            << u"month"_s;
    QTest::newRow("SFLOAT of 3 octets")
            << QStringList { u"decode"_s, u"SFLOAT"_s, u"000000"_s } << true << u"exactly 2"_s;
    QTest::newRow("empty payload")
            << QStringList { u"decode"_s, u"2A5F"_s, QString() } << true << u"Flags"_s;
    QTest::newRow("unknown characteristic") << QStringList { u"decode"_s, u"2A99"_s, u"00"_s }
                                            << false << u"unknown characteristic"_s;
    QTest::newRow("bad hex") << QStringList { u"decode"_s, u"2A37"_s, u"0G48"_s } << false
                             << u"not hexadecimal"_s;
    QTest::newRow("non-ASCII digits")
            << QStringList { u"decode"_s, u"2A37"_s, u"\u0660\u0664\u0664\u0668"_s } << false
            << u"not hexadecimal"_s;
    QTest::newRow("odd digits") << QStringList { u"decode"_s, u"2A37"_s, u"048"_s } << false
                                << u"not hexadecimal"_s;
    QTest::newRow("missing payload")
            << QStringList { u"decode"_s, u"2A37"_s } << false << u"usage"_s;
    QTest::newRow("not decode") << QStringList { u"encode"_s, u"2A37"_s, u"0048"_s } << false
                                << u"usage"_s;
}

void TestGatt::cliUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, jsonVerdict);
    QFETCH(QString, says);
    const Ran ran = runCli(QStringList { u"gatt"_s } + arguments);
    QCOMPARE(ran.exitCode, 2);
    if (jsonVerdict) {
        const QJsonObject o = QJsonDocument::fromJson(ran.out).object();
        QCOMPARE(o.keys(), QStringList({ u"error"_s, u"valid"_s }));
        QCOMPARE(o.value(u"valid"_s), QJsonValue(false));
        QVERIFY2(o.value(u"error"_s).toString().contains(says), ran.out.constData());
    } else {
        QVERIFY2(ran.out.isEmpty(), ran.out.constData());
        QVERIFY2(QString::fromUtf8(ran.err).contains(says), ran.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestGatt)
#include "tst_gatt.moc"
