// Vital signs as synced rows (SPEC S10, docs/vitals.md): the limits and unit conversions; who
// may record readings, set thresholds and acknowledge alerts, straight to the server's sync
// service; the alert episodes; the budget; hostile arguments; and a reading travelling from the
// patient's client through the real server to the care team's, and nowhere else.
#include "auditlog.h"
#include "mutations/entitymutations.h"
#include "servicefixture.h"
#include "syncfixture.h"
#include "vitals/vitallimits.h"
#include "vitals/vitalunits.h"

#include <QCborArray>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <limits>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;

QString status(const QCborMap &outcome)
{
    return outcome.value(u"status"_s).toString();
}

QString reason(const QCborMap &outcome)
{
    return outcome.value(u"reason"_s).toString();
}

} // namespace

class TestVitals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // Limits and units, no server.
    void unitsConvert();
    void impossibleReadingsAreRefusedWithAReason();
    void unusualReadingsAreAcceptedWithAWarning();

    // The sync service.
    void whoMayRecordAReading();
    void onlyThePatientsDoctorSetsThresholds();
    void anAlertIsRaisedOncePerEpisode();
    void aLateOlderReadingChangesNoEpisode();
    void theCareTeamAcknowledgesAnAlertAndItIsAudited();
    void hostileArgumentsAreRefused_data();
    void hostileArgumentsAreRefused();
    void aReadingIsKeptAsTaken();
    void aPatientRecordsAtMostTwoThousandOfAKindADay();
    void aChangedThresholdJudgesTheNewestReadingAgain();

    // Real clients through the real server.
    void aReadingReachesTheCareTeamAndNobodyElse();

private:
    QCborMap apply(const QString &user, const QString &name, const QCborMap &args)
    {
        return m_service->apply(m_ids[user], name, args);
    }
    QCborMap reading(const QString &patient, const QString &kind, double value, qint64 takenAt,
                     const QString &unit, QCborMap more = {}) const;
    QCborMap bloodPressure(double systolic, double diastolic, qint64 takenAt) const
    {
        return reading(u"ana"_s, u"blood_pressure"_s, systolic, takenAt, u"mmHg"_s,
                       { { u"diastolic"_s, diastolic } });
    }
    QList<QStringList> alertsOf(const QString &patient, const QString &kind) const;
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<ServiceFixture> m_service;
    QHash<QString, QString> m_ids;
    qint64 m_time = 0; // the next reading's time, moving on
};

void TestVitals::initTestCase()
{
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-one"_s, Role::Doctor }, std::pair { u"dr-two"_s, Role::Doctor },
           std::pair { u"nurse"_s, Role::Nurse }, std::pair { u"desk"_s, Role::FrontDesk } }) {
        m_ids[name] = m_service->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    for (const QString &patient : { u"ana"_s, u"ben"_s }) {
        QCOMPARE(status(apply(patient, u"patient.update"_s,
                              { { u"id"_s, m_ids[patient] },
                                { u"given_name"_s, patient },
                                { u"family_name"_s, u"Test"_s } })),
                 u"confirmed"_s);
    }
    // Ana's care team: Dr One and the nurse. Dr Two looks after Ben.
    for (const auto &[patient, staff] : { std::pair { u"ana"_s, u"dr-one"_s },
                                          std::pair { u"ana"_s, u"nurse"_s },
                                          std::pair { u"ben"_s, u"dr-two"_s } }) {
        const QCborMap outcome = apply(u"desk"_s, u"care_team.assign"_s,
                                       { { u"patient_id"_s, m_ids[patient] },
                                         { u"staff_id"_s, m_ids[staff] },
                                         { u"staff_name"_s, staff } });
        QCOMPARE(status(outcome), u"confirmed"_s);
    }
    m_time = m_service->clock.nowMs() - 20 * 24 * hourMs;
}

void TestVitals::cleanupTestCase()
{
    m_service.reset();
}

QCborMap TestVitals::reading(const QString &patient, const QString &kind, double value,
                             qint64 takenAt, const QString &unit, QCborMap more) const
{
    more.insert(u"id"_s, newId());
    more.insert(u"patient_id"_s, m_ids.value(patient));
    more.insert(u"kind"_s, kind);
    more.insert(u"value"_s, value);
    more.insert(u"entered_unit"_s, unit);
    more.insert(u"taken_at"_s, takenAt);
    if (!more.contains(u"source"_s))
        more.insert(u"source"_s, u"manual"_s);
    return more;
}

qint64 TestVitals::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_service->database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Each alert of the patient's kind, oldest first: direction, reading, last reading, closed
// ("open" or "closed"), summary.
QList<QStringList> TestVitals::alertsOf(const QString &patient, const QString &kind) const
{
    QSqlQuery query(m_service->database());
    query.prepare(u"SELECT direction, reading_id, last_reading_id, closed_at, summary "
                  u"FROM vital_alert WHERE patient_id = ? AND kind = ? AND NOT deleted "
                  u"ORDER BY opened_at"_s);
    query.addBindValue(m_ids.value(patient));
    query.addBindValue(kind);
    query.exec();
    QList<QStringList> alerts;
    while (query.next())
        alerts << QStringList { query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(),
                                query.value(3).isNull() ? u"open"_s : u"closed"_s,
                                query.value(4).toString() };
    return alerts;
}

// --- limits and units ----------------------------------------------------------------------

void TestVitals::unitsConvert()
{
    using namespace VitalUnits;
    QCOMPARE(qRound(*fromCanonical(VitalKind::Glucose, 5.5, u"mg/dL"_s)), 99);
    QVERIFY(qAbs(*toCanonical(VitalKind::Glucose, 180.16, u"mg/dL"_s) - 10.0) < 0.01);
    QVERIFY(qAbs(*toCanonical(VitalKind::Temperature, 98.6, u"°F"_s) - 37.0) < 1e-9);
    QVERIFY(qAbs(*fromCanonical(VitalKind::Temperature, 100.0, u"°F"_s) - 212.0) < 1e-9);
    QVERIFY(qAbs(*toCanonical(VitalKind::Weight, 220.462, u"lb"_s) - 100.0) < 0.001);
    QVERIFY(qAbs(*toCanonical(VitalKind::BloodPressure, 16.0, u"kPa"_s) - 120.0) < 0.02);
    QVERIFY(qAbs(*fromCanonical(VitalKind::BloodPressure, 120.0, u"kPa"_s) - 16.0) < 0.005);
    QVERIFY(!toCanonical(VitalKind::HeartRate, 60, u"mmHg"_s));
    QVERIFY(qAbs(*heightToMetres(70.0, u"in"_s) - 1.778) < 1e-9);
    QVERIFY(qAbs(*bodyMassIndex(70.0, 1.75) - 22.857) < 0.001);
    QVERIFY(!bodyMassIndex(70.0, 0.0));
    QCOMPARE(units(VitalKind::Temperature).first(), canonical(VitalKind::Temperature));
}

void TestVitals::impossibleReadingsAreRefusedWithAReason()
{
    VitalValues pressure { VitalKind::BloodPressure, 900.0, 80.0, {}, {}, {}, {} };
    VitalVerdict verdict = VitalLimits::check(pressure);
    QVERIFY(!verdict.possible());
    QCOMPARE(verdict.refusal,
             u"900 mmHg is not a possible systolic pressure; check the reading."_s);

    verdict = VitalLimits::check({ VitalKind::Temperature, 4.0, {}, {}, {}, {}, {} });
    QVERIFY(!verdict.possible());
    QVERIFY2(verdict.refusal.contains(u"4 °C"_s), qPrintable(verdict.refusal));
    // Quoted back in the unit it was typed in.
    verdict = VitalLimits::check(
            { VitalKind::Temperature, *VitalUnits::toCanonical(VitalKind::Temperature, 150.0,
                                                               u"°F"_s),
              {}, {}, {}, {}, {} },
            u"°F"_s);
    QVERIFY2(verdict.refusal.contains(u"150 °F"_s), qPrintable(verdict.refusal));

    for (double bad : { std::nan(""), std::numeric_limits<double>::infinity(), -1.0, 1e308 }) {
        QVERIFY(!VitalLimits::check({ VitalKind::HeartRate, bad, {}, {}, {}, {}, {} })
                         .possible());
    }
    // Diastolic above systolic; a diastolic on a heart rate; a blood pressure without one.
    QVERIFY(!VitalLimits::check({ VitalKind::BloodPressure, 120, 130, {}, {}, {}, {} }).possible());
    QVERIFY(!VitalLimits::check({ VitalKind::HeartRate, 70, 80, {}, {}, {}, {} }).possible());
    QVERIFY(!VitalLimits::check({ VitalKind::BloodPressure, 120, {}, {}, {}, {}, {} }).possible());
    QVERIFY(!VitalLimits::check({ VitalKind::SpO2, 101, {}, {}, {}, {}, {} }).possible());
    QVERIFY(!VitalLimits::check({ VitalKind::Glucose, 0.2, {}, {}, {}, {}, {} }).possible());
    QVERIFY(!VitalLimits::check({ VitalKind::Weight, 70, {}, {}, {}, 3.0, {} }).possible());
}

void TestVitals::unusualReadingsAreAcceptedWithAWarning()
{
    VitalVerdict fever = VitalLimits::check({ VitalKind::Temperature, 39.5, {}, {}, {}, {}, {} });
    QVERIFY(fever.possible());
    QCOMPARE(fever.warnings.size(), 1);
    QVERIFY2(fever.warnings.first().contains(u"39.5 °C"_s), qPrintable(fever.warnings.first()));
    const VitalVerdict normal =
            VitalLimits::check({ VitalKind::BloodPressure, 118, 76, {}, 64, {}, {} });
    QVERIFY(normal.possible());
    QVERIFY(normal.warnings.isEmpty());
    const VitalVerdict low = VitalLimits::check({ VitalKind::SpO2, 88, {}, {}, {}, {}, {} });
    QVERIFY(low.possible());
    QCOMPARE(low.warnings.size(), 1);
}

// --- the sync service ----------------------------------------------------------------------

void TestVitals::whoMayRecordAReading()
{
    const qint64 t = m_time += hourMs;
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"heart_rate"_s, 64, t, u"bpm"_s))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"nurse"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"heart_rate"_s, 66, t + 1, u"bpm"_s))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"temperature"_s, 36.8, t, u"°C"_s))),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_reading WHERE entered_by = ?"_s,
                    { m_ids[u"nurse"_s] }),
             1);
    for (const QString &outsider : { u"ben"_s, u"dr-two"_s, u"desk"_s }) {
        const QCborMap outcome = apply(outsider, u"vital.record"_s,
                                       reading(u"ana"_s, u"heart_rate"_s, 70, t + 2, u"bpm"_s));
        QCOMPARE(status(outcome), u"rejected"_s);
    }
    // Removing: the patient's own reading; not another patient.
    const QCborMap mine = reading(u"ana"_s, u"heart_rate"_s, 61, t + 3, u"bpm"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, mine)), u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"vital.remove"_s, { { u"id"_s, mine[u"id"_s] } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.remove"_s, { { u"id"_s, mine[u"id"_s] } })),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_reading WHERE id = ? AND deleted"_s,
                    { mine[u"id"_s].toString() }),
             1);
}

void TestVitals::onlyThePatientsDoctorSetsThresholds()
{
    const QCborMap threshold { { u"patient_id"_s, m_ids[u"ana"_s] },
                               { u"kind"_s, u"blood_pressure"_s },
                               { u"low"_s, 90 },
                               { u"high"_s, 140 },
                               { u"low2"_s, 50 },
                               { u"high2"_s, 90 } };
    for (const QString &refused : { u"ana"_s, u"nurse"_s, u"dr-two"_s, u"desk"_s })
        QCOMPARE(status(apply(refused, u"vital.threshold.set"_s, threshold)), u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s, threshold)), u"confirmed"_s);
    const QString id = Vitals::thresholdId(m_ids[u"ana"_s], u"blood_pressure"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_threshold WHERE id = ? AND NOT deleted "
                    u"AND high = 140 AND set_by = ?"_s,
                    { id, m_ids[u"dr-one"_s] }),
             1);
    // Bad bounds.
    QCborMap inverted = threshold;
    inverted.insert(u"low"_s, 150);
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s, inverted)), u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s,
                          { { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"kind"_s, u"heart_rate"_s },
                            { u"high2"_s, 100 } })),
             u"rejected"_s);
    // All bounds null clears; set again for the tests that follow.
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s,
                          { { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"kind"_s, u"blood_pressure"_s } })),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_threshold WHERE id = ? AND NOT deleted"_s, { id }),
             0);
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s, threshold)), u"confirmed"_s);
}

void TestVitals::anAlertIsRaisedOncePerEpisode()
{
    const QString kind = u"blood_pressure"_s;
    QVERIFY(alertsOf(u"ana"_s, kind).isEmpty());
    QList<QString> ids;
    for (const auto &[systolic, diastolic] : { std::pair { 182.0, 112.0 }, std::pair { 175.0, 95.0 },
                                               std::pair { 150.0, 85.0 } }) {
        const QCborMap r = bloodPressure(systolic, diastolic, m_time += hourMs);
        ids << r[u"id"_s].toString();
        QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, r)), u"confirmed"_s);
    }
    auto alerts = alertsOf(u"ana"_s, kind);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0], (QStringList { u"high"_s, ids[0], ids[2], u"open"_s, u"182/112 mmHg"_s }));
    QCOMPARE(alerts[0][1], ids[0]);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE id = ?"_s,
                    { Vitals::alertId(ids[0]) }),
             1);

    // Back in range: closed.
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, bloodPressure(125, 80, m_time += hourMs))),
             u"confirmed"_s);
    alerts = alertsOf(u"ana"_s, kind);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0][3], u"closed"_s);

    // High again: a second episode; low: the diastolic under low2 is one too.
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, bloodPressure(160, 85, m_time += hourMs))),
             u"confirmed"_s);
    alerts = alertsOf(u"ana"_s, kind);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts[1][3], u"open"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, bloodPressure(120, 75, m_time += hourMs))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, bloodPressure(100, 45, m_time += hourMs))),
             u"confirmed"_s);
    alerts = alertsOf(u"ana"_s, kind);
    QCOMPARE(alerts.size(), 3);
    QCOMPARE(alerts[2][0], u"low"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, bloodPressure(120, 75, m_time += hourMs))),
             u"confirmed"_s);
    // Without a threshold, no alert whatever the reading.
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"temperature"_s, 39.5, m_time += hourMs, u"°C"_s))),
             u"confirmed"_s);
    QVERIFY(alertsOf(u"ana"_s, u"temperature"_s).isEmpty());
}

void TestVitals::aLateOlderReadingChangesNoEpisode()
{
    const QString kind = u"blood_pressure"_s;
    const qsizetype before = alertsOf(u"ana"_s, kind).size();
    QVERIFY(before > 0);
    QCOMPARE(alertsOf(u"ana"_s, kind).last()[3], u"closed"_s);
    // A high reading from yesterday, synced late: no new episode.
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          bloodPressure(190, 100, m_time - 24 * hourMs))),
             u"confirmed"_s);
    QCOMPARE(alertsOf(u"ana"_s, kind).size(), before);
    // Open one now; an older normal reading arriving late does not close it.
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, bloodPressure(170, 100, m_time += hourMs))),
             u"confirmed"_s);
    QCOMPARE(alertsOf(u"ana"_s, kind).size(), before + 1);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          bloodPressure(120, 80, m_time - 2 * hourMs))),
             u"confirmed"_s);
    QCOMPARE(alertsOf(u"ana"_s, kind).last()[3], u"open"_s);
}

void TestVitals::theCareTeamAcknowledgesAnAlertAndItIsAudited()
{
    QSqlQuery open(m_service->database());
    QVERIFY(open.exec(u"SELECT id FROM vital_alert WHERE closed_at IS NULL AND NOT deleted"_s));
    QVERIFY(open.next());
    const QString alert = open.value(0).toString();
    open.finish();
    const QCborMap args { { u"id"_s, alert }, { u"note"_s, u"Called Ana; rest and recheck."_s } };
    for (const QString &refused : { u"ana"_s, u"ben"_s, u"dr-two"_s, u"desk"_s })
        QCOMPARE(status(apply(refused, u"vital.alert.acknowledge"_s, args)), u"rejected"_s);
    QCOMPARE(status(apply(u"nurse"_s, u"vital.alert.acknowledge"_s,
                          { { u"id"_s, alert }, { u"note"_s, u"  "_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"nurse"_s, u"vital.alert.acknowledge"_s,
                          { { u"id"_s, alert }, { u"note"_s, QString(1001, u'x') } })),
             u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'vitals.acknowledge'"_s), 0);

    QCOMPARE(status(apply(u"nurse"_s, u"vital.alert.acknowledge"_s, args)), u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE id = ? AND acknowledged_by = ? "
                    u"AND acknowledged_at IS NOT NULL"_s,
                    { alert, m_ids[u"nurse"_s] }),
             1);
    const QCborMap again = apply(u"dr-one"_s, u"vital.alert.acknowledge"_s, args);
    QCOMPARE(status(again), u"rejected"_s);
    QVERIFY2(reason(again).contains(u"already"_s), qPrintable(reason(again)));

    AuditLog audit(m_service->database());
    auto entries = audit.entries(1, 10'000);
    QVERIFY(entries);
    QList<AuditEntry> acknowledged;
    for (const AuditEntry &entry : *entries) {
        if (entry.action == u"vitals.acknowledge")
            acknowledged << entry;
    }
    QCOMPARE(acknowledged.size(), 1);
    QCOMPARE(acknowledged[0].actor, m_ids[u"nurse"_s]);
    QCOMPARE(acknowledged[0].target, alert);
    auto verified = audit.verify();
    QVERIFY(verified);
    QVERIFY(verified->intact);
}

void TestVitals::hostileArgumentsAreRefused_data()
{
    QTest::addColumn<QCborMap>("changes");
    QTest::addColumn<QString>("reasonHas");
    const auto nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("nan") << QCborMap { { u"value"_s, nan } } << u"not a number"_s;
    QTest::newRow("infinity") << QCborMap { { u"value"_s, qInf() } } << u"not a number"_s;
    QTest::newRow("huge") << QCborMap { { u"value"_s, 1e300 } } << u"not a possible"_s;
    QTest::newRow("int64 max") << QCborMap { { u"value"_s, std::numeric_limits<qint64>::max() } }
                               << u"not a possible"_s;
    QTest::newRow("text for a number") << QCborMap { { u"value"_s, u"72"_s } } << u"not a number"_s;
    QTest::newRow("no value") << QCborMap { { u"value"_s, QCborValue() } } << u"no value"_s;
    QTest::newRow("diastolic on a heart rate")
            << QCborMap { { u"diastolic"_s, 80 } } << u"no diastolic"_s;
    QTest::newRow("height on a heart rate") << QCborMap { { u"height"_s, 1.7 } } << u"no height"_s;
    QTest::newRow("unknown kind") << QCborMap { { u"kind"_s, u"mood"_s } } << u"kind"_s;
    QTest::newRow("wrong unit") << QCborMap { { u"entered_unit"_s, u"mmHg"_s } } << u"mmHg"_s;
    QTest::newRow("source") << QCborMap { { u"source"_s, u"guess"_s } } << u"source"_s;
    QTest::newRow("10 KB note") << QCborMap { { u"note"_s, QString(10'000, u'n') } }
                                << u"note"_s;
    QTest::newRow("long device name")
            << QCborMap { { u"device_name"_s, QString(101, u'd') } } << u"device_name"_s;
    QTest::newRow("long address")
            << QCborMap { { u"device_address"_s, QString(65, u'a') } } << u"device_address"_s;
    QTest::newRow("long flags") << QCborMap { { u"flags"_s, QString(201, u'f') } } << u"flags"_s;
    QTest::newRow("number for a note") << QCborMap { { u"note"_s, 7 } } << u"note"_s;
    QTest::newRow("time before 2000") << QCborMap { { u"taken_at"_s, 0 } } << u"taken_at"_s;
    QTest::newRow("time int64 min")
            << QCborMap { { u"taken_at"_s, std::numeric_limits<qint64>::min() } } << u"taken_at"_s;
    QTest::newRow("time as text") << QCborMap { { u"taken_at"_s, u"now"_s } } << u"taken_at"_s;
    QTest::newRow("bad id") << QCborMap { { u"id"_s, u"a b"_s } } << u"id"_s;
}

void TestVitals::hostileArgumentsAreRefused()
{
    QFETCH(QCborMap, changes);
    QFETCH(QString, reasonHas);
    QCborMap args = reading(u"ana"_s, u"heart_rate"_s, 70, m_time - 3 * hourMs, u"bpm"_s);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        args.insert(it.key(), it.value());
    const qint64 before = scalar(u"SELECT COUNT(*) FROM vital_reading"_s);
    const QCborMap outcome = apply(u"ana"_s, u"vital.record"_s, args);
    QCOMPARE(status(outcome), u"rejected"_s);
    QVERIFY2(reason(outcome).contains(reasonHas, Qt::CaseInsensitive),
             qPrintable(reason(outcome)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_reading"_s), before);
}

void TestVitals::aReadingIsKeptAsTaken()
{
    // From the future (beyond the 5 minutes a clock may be ahead): refused.
    const qint64 now = m_service->clock.nowMs();
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"spo2"_s, 97, now + 10 * minuteMs, u"%"_s))),
             u"rejected"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"spo2"_s, 97, now + 4 * minuteMs, u"%"_s))),
             u"confirmed"_s);
    // The same reading twice changes nothing; other values under its id are refused.
    QCborMap r = reading(u"ana"_s, u"weight"_s, 72.5, m_time - 5 * hourMs, u"kg"_s,
                         { { u"height"_s, 1.68 } });
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, r)), u"confirmed"_s);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, r)), u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_reading WHERE id = ? AND bmi > 25.6 "
                    u"AND bmi < 25.7"_s,
                    { r[u"id"_s].toString() }),
             1);
    r.insert(u"value"_s, 60.0);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, r)), u"rejected"_s);
    // Another patient's reading id is not taken over.
    r.insert(u"patient_id"_s, m_ids[u"ben"_s]);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, r)), u"rejected"_s);
}

void TestVitals::aPatientRecordsAtMostTwoThousandOfAKindADay()
{
    // Ben's glucose every 30 s for a day and a bit, pushed 100 at a time.
    const qint64 start = m_service->clock.nowMs() - 3 * 24 * hourMs;
    const qint64 step = 30'000;
    qint64 confirmed = 0;
    for (int push = 0; push < Vitals::maxReadingsPerKindPerDay / 100; ++push) {
        QList<std::pair<QString, QCborMap>> mutations;
        for (int i = 0; i < 100; ++i)
            mutations.append({ u"vital.record"_s,
                               reading(u"ben"_s, u"glucose"_s, 5.5,
                                       start + (push * 100 + i) * step, u"mmol/L"_s,
                                       { { u"source"_s, u"device"_s } }) });
        auto pushed = m_service->push(m_ids[u"ben"_s], mutations);
        QVERIFY(pushed);
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
            confirmed += status(outcome.toMap()) == u"confirmed" ? 1 : 0;
    }
    QCOMPARE(confirmed, Vitals::maxReadingsPerKindPerDay);
    // One more within the day is refused, also one before the first (the day either side).
    const QCborMap over = apply(u"ben"_s, u"vital.record"_s,
                                reading(u"ben"_s, u"glucose"_s, 5.6,
                                        start + Vitals::maxReadingsPerKindPerDay * step,
                                        u"mmol/L"_s));
    QCOMPARE(status(over), u"rejected"_s);
    QVERIFY2(reason(over).contains(u"2000"_s), qPrintable(reason(over)));
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s,
                          reading(u"ben"_s, u"glucose"_s, 5.6, start - hourMs, u"mmol/L"_s))),
             u"rejected"_s);
    // Another kind, and a day and more later, are free.
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s,
                          reading(u"ben"_s, u"heart_rate"_s, 70, start, u"bpm"_s))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s,
                          reading(u"ben"_s, u"glucose"_s, 5.6,
                                  start + Vitals::maxReadingsPerKindPerDay * step + 25 * hourMs,
                                  u"mmol/L"_s))),
             u"confirmed"_s);
}

// --- real clients --------------------------------------------------------------------------

// Raising a bound above the reading that opened an alert, or clearing the threshold, closes
// the episode; a bound moved past the newest reading opens one, once (docs/vitals.md).
void TestVitals::aChangedThresholdJudgesTheNewestReadingAgain()
{
    const QString kind = u"spo2"_s;
    const auto bound = [&](std::optional<double> low) {
        QCborMap args { { u"patient_id"_s, m_ids[u"ben"_s] }, { u"kind"_s, kind } };
        if (low)
            args.insert(u"low"_s, *low);
        return status(apply(u"dr-two"_s, u"vital.threshold.set"_s, args));
    };
    const auto audited = [&](const QString &action) {
        return scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s, { action });
    };
    QVERIFY(alertsOf(u"ben"_s, kind).isEmpty());
    const qint64 now = m_service->clock.nowMs();
    const QCborMap first = reading(u"ben"_s, kind, 95, now - 2 * hourMs, u"%"_s);
    const QString firstId = first.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, first)), u"confirmed"_s);
    QCOMPARE(bound(94), u"confirmed"_s); // 95 is within
    QVERIFY(alertsOf(u"ben"_s, kind).isEmpty());

    // Moved past the newest reading: one alert, however often it is set.
    QCOMPARE(bound(96), u"confirmed"_s);
    auto alerts = alertsOf(u"ben"_s, kind);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0], (QStringList { u"low"_s, firstId, firstId, u"open"_s, u"95 %"_s }));
    QCOMPARE(audited(u"vitals.alert.open"_s), 1);
    QCOMPARE(bound(96), u"confirmed"_s);
    QCOMPARE(bound(97), u"confirmed"_s);
    QCOMPARE(alertsOf(u"ben"_s, kind).size(), 1);
    QCOMPARE(audited(u"vitals.alert.open"_s), 1);

    // Moved back below the reading: closed, by the doctor's hand (audited).
    QCOMPARE(bound(93), u"confirmed"_s);
    alerts = alertsOf(u"ben"_s, kind);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0][3], u"closed"_s);
    QCOMPARE(audited(u"vitals.alert.close"_s), 1);
    QCOMPARE(scalar(u"SELECT closed_at FROM vital_alert WHERE patient_id = ? AND kind = ?"_s,
                    { m_ids[u"ben"_s], kind }),
             now);

    // Up again: a second episode, not the first reopened; cleared: closed.
    QCOMPARE(bound(96), u"confirmed"_s);
    alerts = alertsOf(u"ben"_s, kind);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts[0][3], u"closed"_s);
    QCOMPARE(alerts[1][3], u"open"_s);
    QCOMPARE(bound(std::nullopt), u"confirmed"_s);
    alerts = alertsOf(u"ben"_s, kind);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts[1][3], u"closed"_s);
    QCOMPARE(audited(u"vitals.alert.close"_s), 2);

    // Readings after it follow the episodes as before.
    QCOMPARE(bound(92), u"confirmed"_s);
    QCOMPARE(alertsOf(u"ben"_s, kind).size(), 2);
    m_service->clock.advance(hourMs);
    const qint64 later = m_service->clock.nowMs();
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s,
                          reading(u"ben"_s, kind, 90, later, u"%"_s))),
             u"confirmed"_s);
    alerts = alertsOf(u"ben"_s, kind);
    QCOMPARE(alerts.size(), 3);
    QCOMPARE(alerts[2][3], u"open"_s);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s,
                          reading(u"ben"_s, kind, 94, later + minuteMs, u"%"_s))),
             u"confirmed"_s);
    QCOMPARE(alertsOf(u"ben"_s, kind)[2][3], u"closed"_s);
    // A patient may not set their own bound to silence an alert.
    QCOMPARE(status(apply(u"ben"_s, u"vital.threshold.set"_s,
                          { { u"patient_id"_s, m_ids[u"ben"_s] }, { u"kind"_s, kind } })),
             u"rejected"_s);
}

void TestVitals::aReadingReachesTheCareTeamAndNobodyElse()
{
    QTemporaryDir stores;
    TestServer server;
    QHash<QString, QString> ids;
    for (const auto &[name, role] :
         { std::pair { u"maria"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-lima"_s, Role::Doctor }, std::pair { u"dr-other"_s, Role::Doctor },
           std::pair { u"desk"_s, Role::FrontDesk } }) {
        ids[name] = server.addAccount(name, role);
        QVERIFY(!ids[name].isEmpty());
    }
    QVERIFY(server.start());
    const auto client = [&](const QString &name) {
        auto made = std::make_unique<TestClient>(server, name, stores.path() + u'/' + newId());
        if (!made->signIn() || !made->waitIdle())
            qWarning() << name << "could not sign in and sync";
        return made;
    };
    auto maria = client(u"maria"_s);
    auto doctor = client(u"dr-lima"_s);
    auto other = client(u"dr-other"_s);
    auto ben = client(u"ben"_s);
    auto desk = client(u"desk"_s);
    QVERIFY(maria->submit(u"patient.update"_s, { { u"id"_s, ids[u"maria"_s] },
                                                 { u"given_name"_s, u"Maria"_s },
                                                 { u"family_name"_s, u"Silva"_s } }));
    QVERIFY(maria->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(desk->count(u"patient"_s), 1, 10000);
    QVERIFY(desk->submit(u"care_team.assign"_s,
                         { { u"patient_id"_s, ids[u"maria"_s] },
                           { u"staff_id"_s, ids[u"dr-lima"_s] },
                           { u"staff_name"_s, u"Dr Lima"_s } }));
    QVERIFY(desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(doctor->count(u"care_team"_s), 1, 10000);

    // The doctor sets a threshold from their client; the patient's client has it.
    QVERIFY(doctor->submit(u"vital.threshold.set"_s, { { u"patient_id"_s, ids[u"maria"_s] },
                                                       { u"kind"_s, u"blood_pressure"_s },
                                                       { u"high"_s, 140 },
                                                       { u"high2"_s, 90 } }));
    QVERIFY(doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(maria->count(u"vital_threshold"_s), 1, 10000);
    // The other doctor's client refuses at once; so would the server.
    QVERIFY(!other->submit(u"vital.threshold.set"_s, { { u"patient_id"_s, ids[u"maria"_s] },
                                                       { u"kind"_s, u"heart_rate"_s },
                                                       { u"high"_s, 100 } }));

    const qint64 now = Clock::system().nowMs();
    const QString id = newId();
    QVERIFY(maria->submit(u"vital.record"_s, { { u"id"_s, id },
                                               { u"patient_id"_s, ids[u"maria"_s] },
                                               { u"kind"_s, u"blood_pressure"_s },
                                               { u"value"_s, 182.0 },
                                               { u"diastolic"_s, 112 },
                                               { u"pulse"_s, 88 },
                                               { u"entered_unit"_s, u"mmHg"_s },
                                               { u"taken_at"_s, now - minuteMs },
                                               { u"source"_s, u"manual"_s } }));
    // Optimistically there at once, with its alert, and the same once the server confirmed.
    QCOMPARE(maria->count(u"vital_alert"_s), 1);
    QVERIFY(maria->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(doctor->count(u"vital_reading"_s), 1, 10000);
    QCOMPARE(doctor->value(u"vital_reading"_s, id, u"value"_s).toDouble(), 182.0);
    QCOMPARE(doctor->value(u"vital_reading"_s, id, u"diastolic"_s).toDouble(), 112.0);
    QCOMPARE(doctor->value(u"vital_reading"_s, id, u"entered_by"_s), ids[u"maria"_s]);
    QTRY_COMPARE_WITH_TIMEOUT(doctor->count(u"vital_alert"_s), 1, 10000);
    QCOMPARE(doctor->value(u"vital_alert"_s, Vitals::alertId(id), u"summary"_s),
             u"182/112 mmHg"_s);
    QCOMPARE(syncedRowsOf(maria->db(), u"vital_alert"_s), syncedRowsOf(doctor->db(), u"vital_alert"_s));

    // The doctor acknowledges from their client; Maria's client sees it.
    QVERIFY(doctor->submit(u"vital.alert.acknowledge"_s,
                           { { u"id"_s, Vitals::alertId(id) }, { u"note"_s, u"Seen."_s } }));
    QVERIFY(doctor->waitIdle());
    QTRY_VERIFY_WITH_TIMEOUT(
            !maria->value(u"vital_alert"_s, Vitals::alertId(id), u"acknowledged_by"_s).isEmpty(),
            10000);

    QVERIFY(other->waitIdle());
    QVERIFY(ben->waitIdle());
    QCOMPARE(other->count(u"vital_reading"_s), 0);
    QCOMPARE(other->count(u"vital_alert"_s), 0);
    QCOMPARE(ben->count(u"vital_reading"_s), 0);
    QCOMPARE(desk->count(u"vital_reading"_s), 0);
}

QTEST_GUILESS_MAIN(TestVitals)
#include "tst_vitals.moc"
