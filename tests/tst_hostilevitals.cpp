// A hostile patient, a doctor or nurse outside the care team and a nurse reaching for the
// doctor's part against the vital-signs mutations (docs/vitals.md), straight to the server's
// sync service and, for CBOR encodings Clinic never writes, in a raw frame to the real server:
// other records' rows out of reach, non-numbers refused, alert episodes that removed readings
// must not reorder, how many alerts one kind may hold, and what tombstones cost a reading.

#include "mutations/entitymutations.h"
#include "protocol/message.h"
#include "rawclient.h"
#include "servicefixture.h"
#include "syncfixture.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

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

// A CBOR value from its encoded octets, as a raw push would carry it.
QCborValue decoded(const QByteArray &hex)
{
    return QCborValue::fromCbor(QByteArray::fromHex(hex));
}

} // namespace

class TestHostileVitals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void anotherRecordsRowsAreOutOfReach();
    void onlyTheCareTeamsDoctorSetsThresholds();
    void encodedNonNumbersAreRefused_data();
    void encodedNonNumbersAreRefused();
    void removedReadingsLeaveOneEpisodeOpenAtMost();
    void aFastDeviceClockDoesNotSilenceAnAlert();
    void aKindHoldsABoundedNumberOfAlerts();
    void tombstonesDoNotSlowRecording();
    void aRawFrameOfHalfPrecisionNonNumbersIsRefused();

private:
    QCborMap apply(const QString &user, const QString &name, const QCborMap &args)
    {
        return m_service->apply(m_ids[user], name, args);
    }
    QCborMap reading(const QString &patient, const QString &kind, double value, qint64 takenAt,
                     const QString &unit, QCborMap more = {}) const;
    QCborMap heartRate(const QString &patient, double bpm, qint64 takenAt) const
    {
        return reading(patient, u"heart_rate"_s, bpm, takenAt, u"bpm"_s);
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<ServiceFixture> m_service;
    QHash<QString, QString> m_ids;
};

void TestHostileVitals::initTestCase()
{
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-one"_s, Role::Doctor }, std::pair { u"dr-two"_s, Role::Doctor },
           std::pair { u"nurse"_s, Role::Nurse }, std::pair { u"nurse-two"_s, Role::Nurse },
           std::pair { u"desk"_s, Role::FrontDesk } }) {
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
    // Ana's care team: Dr One and the nurse. Dr Two and the second nurse look after Ben.
    for (const auto &[patient, staff] :
         { std::pair { u"ana"_s, u"dr-one"_s }, std::pair { u"ana"_s, u"nurse"_s },
           std::pair { u"ben"_s, u"dr-two"_s }, std::pair { u"ben"_s, u"nurse-two"_s } }) {
        QCOMPARE(status(apply(u"desk"_s, u"care_team.assign"_s,
                              { { u"patient_id"_s, m_ids[patient] },
                                { u"staff_id"_s, m_ids[staff] },
                                { u"staff_name"_s, staff } })),
                 u"confirmed"_s);
    }
    // Both have a heart-rate threshold: above 100 is high.
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s,
                          { { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"kind"_s, u"heart_rate"_s },
                            { u"high"_s, 100 } })),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"dr-two"_s, u"vital.threshold.set"_s,
                          { { u"patient_id"_s, m_ids[u"ben"_s] },
                            { u"kind"_s, u"heart_rate"_s },
                            { u"high"_s, 100 } })),
             u"confirmed"_s);
}

void TestHostileVitals::cleanupTestCase()
{
    m_service.reset();
}

QCborMap TestHostileVitals::reading(const QString &patient, const QString &kind, double value,
                                    qint64 takenAt, const QString &unit, QCborMap more) const
{
    if (!more.contains(u"id"_s))
        more.insert(u"id"_s, newId());
    more.insert(u"patient_id"_s, m_ids.value(patient));
    more.insert(u"kind"_s, kind);
    more.insert(u"value"_s, value);
    more.insert(u"entered_unit"_s, unit);
    more.insert(u"taken_at"_s, takenAt);
    more.insert(u"source"_s, u"manual"_s);
    return more;
}

qint64 TestHostileVitals::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_service->database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestHostileVitals::anotherRecordsRowsAreOutOfReach()
{
    const qint64 t = m_service->clock.nowMs() - 10 * 24 * hourMs;
    const QCborMap anas = heartRate(u"ana"_s, 130, t);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, anas)), u"confirmed"_s);
    const QString readingId = anas[u"id"_s].toString();
    const QString alertId = Vitals::alertId(readingId);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE id = ?"_s, { alertId }), 1);

    // Ben: into Ana's record, over Ana's reading id, at Ana's reading and alert.
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, heartRate(u"ana"_s, 70, t + 1))),
             u"rejected"_s);
    QCborMap moved = heartRate(u"ben"_s, 130, t);
    moved.insert(u"id"_s, readingId);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, moved)), u"rejected"_s);
    // The alert's id as a reading id: his own row, an alert of his own, Ana's untouched.
    QCborMap asAlert = heartRate(u"ben"_s, 130, t);
    asAlert.insert(u"id"_s, alertId);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, asAlert)), u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE id = ? AND patient_id = ?"_s,
                    { alertId, m_ids[u"ana"_s] }),
             1);
    QCOMPARE(status(apply(u"ben"_s, u"vital.remove"_s, { { u"id"_s, readingId } })), u"rejected"_s);
    const QCborMap ack { { u"id"_s, alertId }, { u"note"_s, u"Seen."_s } };
    for (const QString &who : { u"ben"_s, u"ana"_s, u"dr-two"_s, u"nurse-two"_s, u"desk"_s })
        QCOMPARE(status(apply(who, u"vital.alert.acknowledge"_s, ack)), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE id = ? "
                    u"AND acknowledged_at IS NULL"_s,
                    { alertId }),
             1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_reading WHERE id = ? AND NOT deleted "
                    u"AND patient_id = ?"_s,
                    { readingId, m_ids[u"ana"_s] }),
             1);
    // Staff outside the care team record nothing in Ana's record either.
    for (const QString &who : { u"dr-two"_s, u"nurse-two"_s, u"desk"_s })
        QCOMPARE(status(apply(who, u"vital.record"_s, heartRate(u"ana"_s, 70, t + 2))),
                 u"rejected"_s);
}

void TestHostileVitals::onlyTheCareTeamsDoctorSetsThresholds()
{
    const QString ana = m_ids[u"ana"_s];
    const QCborMap lower { { u"patient_id"_s, ana },
                           { u"kind"_s, u"heart_rate"_s },
                           { u"high"_s, 300 } };
    const QCborMap clear { { u"patient_id"_s, ana }, { u"kind"_s, u"heart_rate"_s } };
    for (const QString &who : { u"ana"_s, u"ben"_s, u"nurse"_s, u"dr-two"_s, u"desk"_s }) {
        QCOMPARE(status(apply(who, u"vital.threshold.set"_s, lower)), u"rejected"_s);
        QCOMPARE(status(apply(who, u"vital.threshold.set"_s, clear)), u"rejected"_s);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_threshold WHERE id = ? AND NOT deleted "
                    u"AND high = 100"_s,
                    { Vitals::thresholdId(ana, u"heart_rate"_s) }),
             1);
}

void TestHostileVitals::encodedNonNumbersAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QCborValue>("value");
    // Half, single and double precision NaN and infinities, as a raw push encodes them.
    QTest::newRow("half NaN") << u"value"_s << decoded("f97e00");
    QTest::newRow("half +inf") << u"value"_s << decoded("f97c00");
    QTest::newRow("float -inf") << u"value"_s << decoded("faff800000");
    QTest::newRow("float NaN payload") << u"value"_s << decoded("fa7fc00001");
    QTest::newRow("double NaN") << u"value"_s << decoded("fb7ff8000000000000");
    QTest::newRow("negative zero") << u"value"_s << decoded("f98000");
    QTest::newRow("uint64 max") << u"value"_s << decoded("1bffffffffffffffff");
    QTest::newRow("negative int64 min") << u"value"_s << decoded("3b7fffffffffffffff");
    QTest::newRow("bignum") << u"value"_s << decoded("c249010000000000000000");
    QTest::newRow("array") << u"value"_s << QCborValue(QCborArray { 72 });
    QTest::newRow("map") << u"value"_s << QCborValue(QCborMap { { 0, 72 } });
    QTest::newRow("true") << u"value"_s << QCborValue(true);
    QTest::newRow("bytes") << u"value"_s << QCborValue(QByteArray("72"));
    QTest::newRow("pulse NaN") << u"pulse"_s << decoded("f97e00");
    QTest::newRow("taken_at double") << u"taken_at"_s << QCborValue(1.7e12);
    QTest::newRow("taken_at uint64") << u"taken_at"_s << decoded("1bffffffffffffffff");
    QTest::newRow("unit near miss") << u"entered_unit"_s << QCborValue(u"BPM"_s);
    QTest::newRow("kind as array") << u"kind"_s << QCborValue(QCborArray { u"heart_rate"_s });
    QTest::newRow("patient as bytes") << u"patient_id"_s << QCborValue(QByteArray("ana"));
}

void TestHostileVitals::encodedNonNumbersAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QCborValue, value);
    QCborMap args = heartRate(u"ana"_s, 70, m_service->clock.nowMs() - 30 * 24 * hourMs);
    args.insert(key, value);
    const qint64 before = scalar(u"SELECT COUNT(*) FROM vital_reading"_s);
    const QCborMap outcome = apply(u"ana"_s, u"vital.record"_s, args);
    QVERIFY2(status(outcome) == u"rejected", qPrintable(value.toDiagnosticNotation()));
    QVERIFY(!reason(outcome).isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_reading"_s), before);
}

// Removing the readings of a closed episode, then recording older ones, must not open a second
// alert behind it that no later reading can close (the open alert is found as the newest by
// opened_at), nor close one before it opened.
void TestHostileVitals::removedReadingsLeaveOneEpisodeOpenAtMost()
{
    const QString ben = m_ids[u"ben"_s];
    const qint64 t = m_service->clock.nowMs() - 5 * 24 * hourMs;
    const QCborMap high = heartRate(u"ben"_s, 130, t);
    const QCborMap normal = heartRate(u"ben"_s, 70, t + hourMs);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, high)), u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, normal)), u"confirmed"_s);
    for (const QCborMap &r : { high, normal })
        QCOMPARE(status(apply(u"ben"_s, u"vital.remove"_s, { { u"id"_s, r[u"id"_s] } })),
                 u"confirmed"_s);
    // Earlier readings, now the newest live ones: high, normal, high.
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, heartRate(u"ben"_s, 140, t - 3 * hourMs))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, heartRate(u"ben"_s, 70, t - 2 * hourMs))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, heartRate(u"ben"_s, 150, t - hourMs))),
             u"confirmed"_s);
    const QString where = u" FROM vital_alert WHERE patient_id = ? AND kind = 'heart_rate'"_s;
    QCOMPARE(scalar(u"SELECT COUNT(*)"_s + where + u" AND closed_at IS NULL"_s, { ben }), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*)"_s + where + u" AND closed_at < opened_at"_s, { ben }), 0);
    // A newer reading still opens, and then closes, the next episode.
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, heartRate(u"ben"_s, 130, t + 2 * hourMs))),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*)"_s + where + u" AND closed_at IS NULL"_s, { ben }), 1);
    QCOMPARE(status(apply(u"ben"_s, u"vital.record"_s, heartRate(u"ben"_s, 70, t + 3 * hourMs))),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*)"_s + where + u" AND closed_at IS NULL"_s, { ben }), 0);
}

// A reading may be dated up to five minutes ahead (a device's clock running fast). It must not
// make a high reading recorded meanwhile, dated now, change nothing: that one still alerts.
void TestHostileVitals::aFastDeviceClockDoesNotSilenceAnAlert()
{
    const QString ana = m_ids[u"ana"_s];
    QCOMPARE(status(apply(u"dr-one"_s, u"vital.threshold.set"_s,
                          { { u"patient_id"_s, ana },
                            { u"kind"_s, u"temperature"_s },
                            { u"high"_s, 38.0 } })),
             u"confirmed"_s);
    const qint64 now = m_service->clock.nowMs();
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"temperature"_s, 36.8, now + 4 * 60'000, u"°C"_s))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"nurse"_s, u"vital.record"_s,
                          reading(u"ana"_s, u"temperature"_s, 39.6, now, u"°C"_s))),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE patient_id = ? AND "
                    u"kind = 'temperature' AND closed_at IS NULL"_s,
                    { ana }),
             1);
}

// Removing readings frees the reading budget but leaves their alerts: record high, record
// normal, remove both, again, makes one alert row per round without end. The kind's alerts are
// bounded on their own; the seeded rows stand for a long flood.
void TestHostileVitals::aKindHoldsABoundedNumberOfAlerts()
{
    const QString ana = m_ids[u"ana"_s];
    const qint64 now = m_service->clock.nowMs();
    // The flood's cost, a round at a time: each leaves one alert and no live reading.
    qint64 t = now - 2 * 24 * hourMs;
    // Ana's episode from the first test closes first.
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, heartRate(u"ana"_s, 70, t))),
             u"confirmed"_s);
    const qint64 alertsBefore = scalar(u"SELECT COUNT(*) FROM vital_alert"_s);
    for (int round = 0; round < 5; ++round) {
        const QCborMap high = heartRate(u"ana"_s, 130, t += minuteMs);
        const QCborMap normal = heartRate(u"ana"_s, 70, t += minuteMs);
        QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, high)), u"confirmed"_s);
        QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, normal)), u"confirmed"_s);
        for (const QCborMap &r : { high, normal })
            QCOMPARE(status(apply(u"ana"_s, u"vital.remove"_s, { { u"id"_s, r[u"id"_s] } })),
                     u"confirmed"_s);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert"_s), alertsBefore + 5);

    // The rest of the kind's alerts, closed, straight into the table.
    const qint64 held = scalar(u"SELECT COUNT(*) FROM vital_alert WHERE patient_id = ? "
                               u"AND kind = 'heart_rate'"_s,
                               { ana });
    QSqlDatabase db = m_service->database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(
            u"INSERT INTO vital_alert (id, rev, deleted, updated_at, updated_by, patient_id, "
            u"kind, direction, reading_id, summary, opened_at, last_reading_id, closed_at, "
            u"acknowledged_at, acknowledged_by, acknowledged_note) VALUES (?, 1, ?, ?, '', ?, "
            u"'heart_rate', 'high', ?, '130 bpm', ?, ?, ?, NULL, '', '')"_s));
    const qint64 first = now - 400 * 24 * hourMs;
    for (qint64 i = held; i < Vitals::maxAlertsPerKind; ++i) {
        const QString reading = u"seed-"_s + QString::number(i);
        insert.addBindValue(Vitals::alertId(reading));
        insert.addBindValue(false);
        insert.addBindValue(now);
        insert.addBindValue(ana);
        insert.addBindValue(reading);
        insert.addBindValue(first + i * 2);
        insert.addBindValue(reading);
        insert.addBindValue(first + i * 2 + 1);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());

    // One more episode is refused, with a reason; a reading within the bounds, and another
    // kind, are still kept.
    const QCborMap over =
            apply(u"ana"_s, u"vital.record"_s, heartRate(u"ana"_s, 130, t += minuteMs));
    QCOMPARE(status(over), u"rejected"_s);
    QVERIFY2(reason(over).contains(QString::number(Vitals::maxAlertsPerKind)),
             qPrintable(reason(over)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM vital_alert WHERE patient_id = ? "
                    u"AND kind = 'heart_rate'"_s,
                    { ana }),
             Vitals::maxAlertsPerKind);
    QCOMPARE(status(apply(u"ana"_s, u"vital.record"_s, heartRate(u"ana"_s, 70, t += minuteMs))),
             u"confirmed"_s);
    QCOMPARE(
            status(apply(u"ana"_s, u"vital.record"_s, reading(u"ana"_s, u"spo2"_s, 97, t, u"%"_s))),
            u"confirmed"_s);
}

// Removed readings stay as tombstones, and a patient can make them without end (record,
// remove, again): the budget's counts on every vital.record must not go through them, or each
// of that patient's pushes holds the server's write transaction longer and longer.
void TestHostileVitals::tombstonesDoNotSlowRecording()
{
    const QString ben = m_ids[u"ben"_s];
    const qint64 now = m_service->clock.nowMs();
    // The median time of recording `count` readings of `kind` a minute apart from `from`.
    const auto median = [&](const QString &kind, qint64 from, int count) {
        QList<qint64> times;
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QCborMap outcome = apply(u"ben"_s, u"vital.record"_s,
                                           reading(u"ben"_s, kind, 70, from + i * minuteMs,
                                                   kind == u"weight" ? u"kg"_s : u"bpm"_s));
            times << timer.nsecsElapsed();
            if (status(outcome) != u"confirmed")
                qWarning() << reason(outcome);
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    };
    const qint64 clean = median(u"heart_rate"_s, now - 200 * 24 * hourMs, 40);

    // 200,000 removed weights (what 400,000 pushed changes leave), straight into the table.
    QSqlDatabase db = m_service->database();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(u"INSERT INTO vital_reading (id, rev, deleted, updated_at, updated_by, "
                           u"patient_id, kind, value, entered_unit, taken_at, source, entered_by) "
                           u"VALUES (?, 1, ?, ?, '', ?, 'weight', 70, 'kg', ?, 'manual', ?)"_s));
    const qint64 first = now - 60 * 24 * hourMs;
    for (int i = 0; i < 200'000; ++i) {
        insert.addBindValue(QString(u"removed-"_s + QString::number(i)));
        insert.addBindValue(true);
        insert.addBindValue(now);
        insert.addBindValue(ben);
        insert.addBindValue(first + i * 10);
        insert.addBindValue(ben);
        QVERIFY(insert.exec());
    }
    QVERIFY(db.commit());
    const qint64 churned = median(u"weight"_s, first + 1, 40);
    QVERIFY2(churned < 4 * clean + 2'000'000,
             qPrintable(u"%1 µs a reading among tombstones, %2 µs without"_s.arg(churned / 1000)
                                .arg(clean / 1000)));
}

// The same over the wire: a signed-in patient's push frame whose value is a CBOR half-precision
// NaN or infinity (3 octets, never what Clinic's own client writes), spliced into the encoding.
void TestHostileVitals::aRawFrameOfHalfPrecisionNonNumbersIsRefused()
{
    TestServer server;
    const QString pat = server.addAccount(u"pat"_s, Role::Patient);
    QVERIFY(!pat.isEmpty());
    QVERIFY(server.start());
    RawClient client(QUrl(server.url()), server.identity().fingerprint());
    QVERIFY(client.waitConnected());
    QVERIFY(client.greet());
    const Message signedIn = client.call(
            u"sign_in"_s,
            { { u"username"_s, u"pat"_s }, { u"password"_s, u"Tide-Lamp-Orbit-77"_s } });
    QCOMPARE(signedIn.type, u"signed_in"_s);

    const QByteArray marker = QCborValue(12345.678).toCbor(); // 9 octets, once in the frame
    for (const QByteArray &half : { QByteArray::fromHex("f97e00"), QByteArray::fromHex("f97c00"),
                                    QByteArray::fromHex("f9fc00") }) {
        QCborMap args { { u"id"_s, newId() },
                        { u"patient_id"_s, pat },
                        { u"kind"_s, u"heart_rate"_s },
                        { u"value"_s, 12345.678 },
                        { u"entered_unit"_s, u"bpm"_s },
                        { u"taken_at"_s, Clock::system().nowMs() - hourMs },
                        { u"source"_s, u"device"_s } };
        const QCborArray mutations { QCborMap {
                { u"n"_s, 1 }, { u"name"_s, u"vital.record"_s }, { u"args"_s, args } } };
        QByteArray frame = Message {
            u"push"_s,
            9,
            { { u"client"_s, QString(u"raw-"_s + QString::fromLatin1(half.toHex())) },
              { u"mutations"_s, mutations } }
        }.encode();
        QCOMPARE(frame.count(marker), 1);
        frame.replace(marker, half);
        const qsizetype before = client.received.size();
        client.socket.sendBinaryMessage(frame);
        QVERIFY(client.waitFor(before + 1));
        const Message reply = client.received.last();
        QCOMPARE(reply.type, u"ok"_s);
        const QCborMap outcome = reply.body.value(u"outcomes"_s).toArray().first().toMap();
        QCOMPARE(status(outcome), u"rejected"_s);
        QVERIFY2(reason(outcome).contains(u"not a number"_s),
                 qPrintable(outcome.toCborValue().toDiagnosticNotation()));
    }
    auto store = server.openDatabase();
    QVERIFY(store);
    QSqlQuery query(store.value()->database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM vital_reading"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestHostileVitals)
#include "tst_hostilevitals.moc"
