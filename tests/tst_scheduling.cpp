// Scheduling through real clients and the real server (on the embedded store, and on
// PostgreSQL as tst_scheduling_postgresql): hours, booking, the offline race for one slot,
// every state move, and who sees what.
#include "domain/appointmentrepository.h"
#include "domain/notificationfeed.h"
#include "domain/providerdirectory.h"
#include "mutations/syncedtables.h"
#include "sync/localreplica.h"
#include "syncfixture.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// 10:00 UTC, `days` days from today: in the future, inside the doctor's hours.
qint64 slotAt(int days, int hour = 10, int minute = 0)
{
    return QDateTime(QDate::currentDate().addDays(days), QTime(hour, minute), Qt::UTC)
            .toMSecsSinceEpoch();
}

} // namespace

class TestScheduling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void hoursReachEveryone();
    void bookConfirmAndSeeIt();
    void twoOfflineBookingsOfOneSlot();
    void timesNotOfferedAreRefused();
    void proposalAcceptedMovesTheVisit();
    void theFrontDeskRunsTheDay();
    void illegalMovesAreRefused();
    void nobodySeesAnotherPatientsVisit();
    void databaseRefusesOverlapsOnPostgres();
    void theDirectoryListsVerifiedDoctorsOnly();
    void notificationsTellWhatOthersDid();
    void theDoctorSummarizesAVideoVisitForThePatient();
    void bothSidesKeepTheCallChatWithTheVisit();

private:
    std::unique_ptr<TestClient> client(const QString &username);
    // The outcome of the client's last change once it has synced.
    SyncOutcome lastOutcome(TestClient &client);
    QString request(TestClient &client, const QString &patient, qint64 start,
                    const QString &modality = u"in_person"_s);
    // Dr Lima's evenings on video, 18:00-20:00 UTC every day, after the in-person hours
    // (setting them again changes nothing).
    bool offerVideoEvenings();

    QTemporaryDir m_storeDir;
    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_ids;
    std::unique_ptr<TestClient> m_doctor;
};

void TestScheduling::initTestCase()
{
    QVERIFY(m_storeDir.isValid());
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"dr-lima"_s, Role::Doctor }, std::pair { u"desk"_s, Role::FrontDesk },
           std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"nurse"_s, Role::Nurse }, std::pair { u"boss"_s, Role::Admin } }) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    // Registered, not yet verified by the admin.
    m_ids[u"dr-new"_s] = m_server->addAccount(u"dr-new"_s, Role::Doctor, AccountStatus::Pending);
    QVERIFY(!m_ids[u"dr-new"_s].isEmpty());
    QVERIFY(m_server->start());
    // Dr Lima sees people every day, 08:00-18:00 UTC, in 30-minute slots, in person.
    m_doctor = client(u"dr-lima"_s);
    for (int day = 1; day <= 7; ++day) {
        QVERIFY(m_doctor->submit(u"availability.set_rule"_s,
                                 { { u"id"_s, u"lima-%1"_s.arg(day) },
                                   { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                   { u"location_id"_s, u"main"_s },
                                   { u"modality"_s, u"in_person"_s },
                                   { u"day_of_week"_s, day },
                                   { u"start_time"_s, u"08:00"_s },
                                   { u"end_time"_s, u"18:00"_s },
                                   { u"slot_minutes"_s, 30 },
                                   { u"time_zone"_s, u"UTC"_s } }));
    }
    QVERIFY(m_doctor->waitIdle());
    QCOMPARE(m_doctor->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
}

void TestScheduling::cleanupTestCase()
{
    m_doctor.reset();
    m_server.reset();
}

std::unique_ptr<TestClient> TestScheduling::client(const QString &username)
{
    auto made =
            std::make_unique<TestClient>(*m_server, username, m_storeDir.path() + u'/' + newId());
    if (!made->signIn() || !made->waitIdle())
        qWarning() << username << "could not sign in and sync";
    return made;
}

SyncOutcome TestScheduling::lastOutcome(TestClient &client)
{
    client.waitIdle();
    auto outcomes = client.replica->outcomes();
    return outcomes && !outcomes->isEmpty() ? outcomes->first() : SyncOutcome {};
}

bool TestScheduling::offerVideoEvenings()
{
    for (int day = 1; day <= 7; ++day) {
        if (!m_doctor->submit(u"availability.set_rule"_s,
                              { { u"id"_s, u"lima-video-%1"_s.arg(day) },
                                { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                { u"location_id"_s, u"main"_s },
                                { u"modality"_s, u"video"_s },
                                { u"day_of_week"_s, day },
                                { u"start_time"_s, u"18:00"_s },
                                { u"end_time"_s, u"20:00"_s },
                                { u"slot_minutes"_s, 30 },
                                { u"time_zone"_s, u"UTC"_s } }))
            return false;
    }
    return m_doctor->waitIdle();
}

QString TestScheduling::request(TestClient &client, const QString &patient, qint64 start,
                                const QString &modality)
{
    const QString id = newId();
    auto submitted = client.submit(u"appointment.request"_s,
                                   { { u"id"_s, id },
                                     { u"patient_id"_s, m_ids[patient] },
                                     { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                     { u"start_at"_s, start },
                                     { u"location_id"_s, u"main"_s },
                                     { u"modality"_s, modality },
                                     { u"reason"_s, u"check-up"_s } });
    if (!submitted)
        qWarning() << "request refused here:" << submitted.error().fullText();
    return submitted ? id : QString();
}

void TestScheduling::hoursReachEveryone()
{
    for (const QString &name : { u"ana"_s, u"desk"_s, u"nurse"_s }) {
        auto c = client(name);
        QCOMPARE(c->count(u"availability_rule"_s, u"NOT deleted"_s), 7);
    }
    // A doctor sets only their own hours.
    auto ben = client(u"ben"_s);
    auto refused = ben->submit(u"availability.set_rule"_s,
                               { { u"id"_s, newId() },
                                 { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                 { u"location_id"_s, u"main"_s },
                                 { u"modality"_s, u"in_person"_s },
                                 { u"day_of_week"_s, 1 },
                                 { u"start_time"_s, u"08:00"_s },
                                 { u"end_time"_s, u"09:00"_s },
                                 { u"slot_minutes"_s, 30 },
                                 { u"time_zone"_s, u"UTC"_s } });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    // A malformed rule is refused on the spot, with what is wrong.
    auto malformed = m_doctor->submit(u"availability.set_rule"_s,
                                      { { u"id"_s, newId() },
                                        { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                        { u"location_id"_s, u"main"_s },
                                        { u"modality"_s, u"in_person"_s },
                                        { u"day_of_week"_s, 1 },
                                        { u"start_time"_s, u"18:00"_s },
                                        { u"end_time"_s, u"08:00"_s },
                                        { u"slot_minutes"_s, 30 },
                                        { u"time_zone"_s, u"Nowhere/Atlantis"_s } });
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code, ErrorCode::InvalidArgument);
}

void TestScheduling::bookConfirmAndSeeIt()
{
    auto ana = client(u"ana"_s);
    const QString id = request(*ana, u"ana"_s, slotAt(2));
    QVERIFY(!id.isEmpty());
    QCOMPARE(ana->value(u"appointment"_s, id, u"status"_s), u"requested"_s);
    auto tentative = ana->replica->isTentative(u"appointment"_s, id);
    QVERIFY(tentative && *tentative);
    QVERIFY(ana->waitIdle());
    QVERIFY(lastOutcome(*ana).confirmed);
    // The doctor hears of it, and confirms.
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"appointment"_s, id, u"status"_s), u"requested"_s,
                              10000);
    QVERIFY(m_doctor->submit(u"appointment.confirm"_s, { { u"id"_s, id } }));
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ana->value(u"appointment"_s, id, u"status"_s), u"confirmed"_s, 10000);
    QCOMPARE(ana->value(u"appointment"_s, id, u"end_at"_s).toLongLong(),
             slotAt(2) + 30 * 60 * 1000);
}

// Ana and Ben both book Wednesday's 11:00 while offline. The server takes the first push it
// gets; the other is told the slot is taken, and their tentative visit goes.
void TestScheduling::twoOfflineBookingsOfOneSlot()
{
    auto ana = client(u"ana"_s);
    auto ben = client(u"ben"_s);
    ana->goOffline();
    ben->goOffline();
    const qint64 start = slotAt(3, 11);
    const QString anas = request(*ana, u"ana"_s, start);
    const QString bens = request(*ben, u"ben"_s, start);
    QVERIFY(!anas.isEmpty() && !bens.isEmpty()); // both look booked, offline
    QCOMPARE(ben->count(u"appointment"_s, u"id = '"_s + bens + u"'"), 1);
    QVERIFY(ana->signIn());
    QVERIFY(ana->waitIdle());
    QSignalSpy outcomes(ben->engine.get(), &SyncEngine::outcomeReceived);
    QVERIFY(ben->signIn());
    QVERIFY(ben->waitIdle());
    QCOMPARE(outcomes.size(), 1);
    const SyncOutcome refused = outcomes.first().first().value<SyncOutcome>();
    QVERIFY(!refused.confirmed);
    QCOMPARE(refused.reason, u"This slot is already taken."_s);
    QCOMPARE(ben->count(u"appointment"_s, u"id = '"_s + bens + u"'"), 0); // taken back
    QVERIFY(lastOutcome(*ana).confirmed);
    QCOMPARE(ana->value(u"appointment"_s, anas, u"status"_s), u"requested"_s);
    // Ben now sees the time as busy, without learning whose it is.
    QCOMPARE(ben->count(u"provider_busy"_s, u"start_at = %1 AND NOT deleted"_s.arg(start)), 1);
    auto server = m_server->openDatabase();
    QVERIFY(server);
    QSqlQuery query(server.value()->database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM appointment WHERE start_at = %1"_s.arg(start)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// Refused on the spot (the client has the doctor's hours), or by the server if it had not.
void TestScheduling::timesNotOfferedAreRefused()
{
    auto ana = client(u"ana"_s);
    // 07:00 is before the doctor's hours; 10:10 is not a slot start; yesterday has passed.
    for (const qint64 start : { slotAt(4, 7), slotAt(4, 10, 10), slotAt(-1) }) {
        const QString id = newId();
        auto submitted = ana->submit(u"appointment.request"_s,
                                     { { u"id"_s, id },
                                       { u"patient_id"_s, m_ids[u"ana"_s] },
                                       { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                       { u"start_at"_s, start } });
        const QString reason = submitted ? lastOutcome(*ana).reason : submitted.error().message;
        QVERIFY2(reason.contains(u"does not offer"), qPrintable(reason));
        QCOMPARE(ana->count(u"appointment"_s, u"id = '"_s + id + u"'"), 0);
    }
}

void TestScheduling::proposalAcceptedMovesTheVisit()
{
    auto ana = client(u"ana"_s);
    const QString id = request(*ana, u"ana"_s, slotAt(5, 9));
    QVERIFY(ana->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"appointment"_s, u"id = '"_s + id + u"'"), 1, 10000);
    QVERIFY(m_doctor->submit(u"appointment.propose"_s,
                             { { u"id"_s, id }, { u"start_at"_s, slotAt(5, 15) } }));
    QVERIFY(m_doctor->waitIdle());
    QVERIFY(lastOutcome(*m_doctor).confirmed);
    QTRY_COMPARE_WITH_TIMEOUT(ana->value(u"appointment"_s, id, u"status"_s), u"proposed"_s, 10000);
    QCOMPARE(ana->value(u"appointment"_s, id, u"proposed_start_at"_s).toLongLong(), slotAt(5, 15));
    QVERIFY(ana->submit(u"appointment.accept"_s, { { u"id"_s, id } }));
    QVERIFY(ana->waitIdle());
    QVERIFY(lastOutcome(*ana).confirmed);
    QCOMPARE(ana->value(u"appointment"_s, id, u"status"_s), u"confirmed"_s);
    QCOMPARE(ana->value(u"appointment"_s, id, u"start_at"_s).toLongLong(), slotAt(5, 15));
    // The 09:00 is free again; the 15:00 is held.
    QCOMPARE(ana->value(u"provider_busy"_s, id, u"start_at"_s).toLongLong(), slotAt(5, 15));
    auto ben = client(u"ben"_s);
    QVERIFY(!request(*ben, u"ben"_s, slotAt(5, 9)).isEmpty());
    QVERIFY(lastOutcome(*ben).confirmed);
}

void TestScheduling::theFrontDeskRunsTheDay()
{
    auto desk = client(u"desk"_s);
    // The front desk books for a patient, confirms, checks in; the doctor completes.
    const QString id = request(*desk, u"ben"_s, slotAt(6, 13));
    QVERIFY(!id.isEmpty());
    for (const char *step : { "appointment.confirm", "appointment.check_in" })
        QVERIFY(desk->submit(QString::fromLatin1(step), { { u"id"_s, id } }));
    QVERIFY(desk->waitIdle());
    QCOMPARE(desk->value(u"appointment"_s, id, u"status"_s), u"checked_in"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"appointment"_s, id, u"status"_s), u"checked_in"_s,
                              10000);
    QVERIFY(m_doctor->submit(u"appointment.complete"_s, { { u"id"_s, id } }));
    QVERIFY(m_doctor->waitIdle());
    QVERIFY(lastOutcome(*m_doctor).confirmed);
    // A walk-in in the register, with no account of their own: the desk books for them too.
    const QString walkIn = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, walkIn },
                           { u"family_name"_s, u"Sousa"_s },
                           { u"given_name"_s, u"Rui"_s } }));
    const QString forWalkIn = newId();
    QVERIFY(desk->submit(u"appointment.request"_s,
                         { { u"id"_s, forWalkIn },
                           { u"patient_id"_s, walkIn },
                           { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                           { u"start_at"_s, slotAt(6, 16) } }));
    QVERIFY(desk->waitIdle());
    QVERIFY(lastOutcome(*desk).confirmed);
    QCOMPARE(desk->value(u"appointment"_s, forWalkIn, u"patient_name"_s), u"Rui Sousa"_s);
    // Nobody at all: refused by the server, which knows every account and the register.
    const QString nobody = newId();
    QVERIFY(desk->submit(u"appointment.request"_s,
                         { { u"id"_s, newId() },
                           { u"patient_id"_s, nobody },
                           { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                           { u"start_at"_s, slotAt(6, 16, 30) } }));
    const SyncOutcome noSuchPatient = lastOutcome(*desk);
    QVERIFY(!noSuchPatient.confirmed);
    QCOMPARE(noSuchPatient.reason, u"There is no such patient."_s);
    // A visit nobody came to.
    const QString missed = request(*desk, u"ana"_s, slotAt(6, 14));
    QVERIFY(desk->submit(u"appointment.confirm"_s, { { u"id"_s, missed } }));
    QVERIFY(desk->submit(u"appointment.no_show"_s, { { u"id"_s, missed } }));
    QVERIFY(desk->waitIdle());
    QCOMPARE(desk->value(u"appointment"_s, missed, u"status"_s), u"no_show"_s);
    QCOMPARE(desk->count(u"provider_busy"_s, u"id = '"_s + missed + u"' AND NOT deleted"_s), 0);
}

void TestScheduling::illegalMovesAreRefused()
{
    auto ana = client(u"ana"_s);
    const QString id = request(*ana, u"ana"_s, slotAt(7, 10));
    QVERIFY(ana->waitIdle());
    // A patient cannot confirm; check-in before confirmation is refused on the spot.
    auto confirmed = ana->submit(u"appointment.confirm"_s, { { u"id"_s, id } });
    QVERIFY(!confirmed);
    QCOMPARE(confirmed.error().code, ErrorCode::Forbidden);
    QVERIFY(ana->submit(u"appointment.cancel"_s, { { u"id"_s, id }, { u"reason"_s, u"away"_s } }));
    QVERIFY(ana->waitIdle());
    QCOMPARE(ana->value(u"appointment"_s, id, u"status"_s), u"cancelled"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"appointment"_s, id, u"status"_s), u"cancelled"_s,
                              10000);
    for (const char *name :
         { "appointment.confirm", "appointment.propose", "appointment.complete" }) {
        auto refused = m_doctor->submit(QString::fromLatin1(name),
                                        { { u"id"_s, id }, { u"start_at"_s, slotAt(7, 12) } });
        QVERIFY2(!refused, name);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(refused.error().message.contains(u"cancelled"));
    }
    // The cancelled time is free again.
    QVERIFY(!request(*ana, u"ana"_s, slotAt(7, 10)).isEmpty());
    QVERIFY(lastOutcome(*ana).confirmed);
}

void TestScheduling::nobodySeesAnotherPatientsVisit()
{
    auto ana = client(u"ana"_s);
    auto ben = client(u"ben"_s);
    auto nurse = client(u"nurse"_s);
    QVERIFY(ben->waitIdle());
    const QString bensPatient = m_ids[u"ben"_s];
    QCOMPARE(ana->count(u"appointment"_s, u"patient_id = '"_s + bensPatient + u"'"), 0);
    QVERIFY(ben->count(u"appointment"_s, u"patient_id = '"_s + bensPatient + u"'") > 0);
    QCOMPARE(ben->count(u"appointment"_s, u"patient_id != '"_s + bensPatient + u"'"), 0);
    QCOMPARE(nurse->count(u"appointment"_s), 0); // no care team, no visits
    // Free/busy is everyone's and names nobody: no column of it could.
    const SyncedTable *busy = SyncedTables::find(u"provider_busy");
    QVERIFY(busy);
    QCOMPARE(busy->columnNames(),
             QStringList({ u"id"_s, u"rev"_s, u"deleted"_s, u"updated_at"_s, u"updated_by"_s,
                           u"provider_id"_s, u"start_at"_s, u"end_at"_s }));
    QVERIFY(ana->count(u"provider_busy"_s) > 0);
    // A patient cannot book for someone else.
    auto forBen = ana->submit(u"appointment.request"_s,
                              { { u"id"_s, newId() },
                                { u"patient_id"_s, bensPatient },
                                { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                { u"start_at"_s, slotAt(8) } });
    QVERIFY(!forBen);
    QCOMPARE(forBen.error().code, ErrorCode::Forbidden);
}

// Two live visits of one provider never overlap, even written past the server's own check.
void TestScheduling::databaseRefusesOverlapsOnPostgres()
{
    if (!TestServerStore::onPostgres())
        QSKIP("the embedded store has one writer, the push's transaction, which checks");
    auto server = m_server->openDatabase();
    QVERIFY(server);
    QSqlQuery query(server.value()->database());
    const QString insert = u"INSERT INTO provider_busy (id, updated_at, provider_id, start_at, "
                           u"end_at) VALUES ('%1', 0, 'p', %2, %3)"_s;
    QVERIFY(query.exec(insert.arg(newId()).arg(1000).arg(2000)));
    QVERIFY(query.exec(insert.arg(newId()).arg(2000).arg(3000))); // touching is fine
    QVERIFY(!query.exec(insert.arg(newId()).arg(1500).arg(2500)));
    QCOMPARE(query.lastError().nativeErrorCode(), u"23P01"_s); // exclusion_violation
}

// A verified doctor's page reaches every patient and is found offline by name; nobody, not
// even the admin, can list or give hours to a doctor the admin has not verified.
void TestScheduling::theDirectoryListsVerifiedDoctorsOnly()
{
    QVERIFY(m_doctor->submit(u"provider.update_profile"_s,
                             { { u"id"_s, m_ids[u"dr-lima"_s] },
                               { u"display_name"_s, u"Dr Inês Lima"_s },
                               { u"specialties"_s, u"Cardiology, Sports medicine"_s },
                               { u"languages"_s, u"pt, en"_s },
                               { u"modalities"_s, u"in_person"_s },
                               { u"city"_s, u"Lisboa"_s } }));
    QVERIFY(m_doctor->waitIdle());
    QVERIFY(lastOutcome(*m_doctor).confirmed);
    auto ana = client(u"ana"_s);
    ProviderQuery query;
    query.name = u"ines"_s;
    query.specialty = u"sports medicine"_s;
    query.nowMs = QDateTime::currentMSecsSinceEpoch();
    query.freeWithinDays = 7;
    auto hits = ProviderDirectory(ana->db()).search(query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, m_ids[u"dr-lima"_s]);
    QCOMPARE(hits->first().languages, QStringList({ u"pt"_s, u"en"_s }));
    QVERIFY(hits->first().nextFreeMs > query.nowMs);

    auto boss = client(u"boss"_s);
    QVERIFY(boss->submit(u"provider.update_profile"_s,
                         { { u"id"_s, m_ids[u"dr-new"_s] }, { u"display_name"_s, u"Dr New"_s } }));
    SyncOutcome refused = lastOutcome(*boss);
    QVERIFY(!refused.confirmed);
    QVERIFY2(refused.reason.contains(u"verified"), qPrintable(refused.reason));
    auto desk = client(u"desk"_s);
    QVERIFY(desk->submit(u"availability.set_rule"_s,
                         { { u"id"_s, newId() },
                           { u"provider_id"_s, m_ids[u"dr-new"_s] },
                           { u"location_id"_s, u"main"_s },
                           { u"modality"_s, u"in_person"_s },
                           { u"day_of_week"_s, 1 },
                           { u"start_time"_s, u"08:00"_s },
                           { u"end_time"_s, u"09:00"_s },
                           { u"slot_minutes"_s, 30 },
                           { u"time_zone"_s, u"UTC"_s } }));
    refused = lastOutcome(*desk);
    QVERIFY(!refused.confirmed);
    QVERIFY2(refused.reason.contains(u"verified"), qPrintable(refused.reason));
    QCOMPARE(ana->count(u"provider_profile"_s, u"id = '"_s + m_ids[u"dr-new"_s] + u"'"), 0);
}

// Ana's notification centre: what the front desk and the doctor did to her visits, not what
// she did herself, and one reminder per confirmed visit.
void TestScheduling::notificationsTellWhatOthersDid()
{
    auto ana = client(u"ana"_s);
    auto desk = client(u"desk"_s);
    NotificationFeed feed(ana->db(), m_ids[u"ana"_s], Role::Patient, Clock::system());
    auto first = feed.update();
    QVERIFY(first);
    QVERIFY(first->isEmpty()); // her earlier visits are not news on a first look
    const QString booked = request(*desk, u"ana"_s, slotAt(9, 11));
    QVERIFY(desk->waitIdle());
    const QString hers = request(*ana, u"ana"_s, slotAt(9, 13));
    QVERIFY(ana->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ana->count(u"appointment"_s, u"id = '"_s + booked + u"'"), 1, 10000);
    auto news = feed.update();
    QVERIFY(news);
    QCOMPARE(news->size(), 1); // the desk's booking; her own request is not news to her
    QCOMPARE(news->first().appointmentId, booked);
    QVERIFY2(news->first().text.contains(u"was booked for you"), qPrintable(news->first().text));
    QVERIFY(m_doctor->waitIdle());
    QVERIFY(m_doctor->submit(u"appointment.confirm"_s, { { u"id"_s, booked } }));
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ana->value(u"appointment"_s, booked, u"status"_s), u"confirmed"_s,
                              10000);
    news = feed.update();
    QVERIFY(news);
    QCOMPARE(news->size(), 1);
    QVERIFY2(news->first().text.startsWith(u"Confirmed: the visit with"),
             qPrintable(news->first().text));
    QVERIFY(feed.update()->isEmpty()); // told once
    // A reminder for each of her confirmed visits in the next ten days (this one and those of
    // earlier tests), none for her request, and each once.
    const qint64 lead = 10LL * 24 * 3600 * 1000;
    const int confirmed =
            ana->count(u"appointment"_s,
                       u"status = 'confirmed' AND NOT deleted AND start_at BETWEEN %1 AND %2"_s
                               .arg(QDateTime::currentMSecsSinceEpoch())
                               .arg(QDateTime::currentMSecsSinceEpoch() + lead));
    auto reminders = feed.remindersDue(lead);
    QVERIFY(reminders);
    QCOMPARE(reminders->size(), confirmed);
    QVERIFY(std::any_of(reminders->cbegin(), reminders->cend(),
                        [&](const ClinicNotification &n) { return n.appointmentId == booked; }));
    QVERIFY(std::none_of(reminders->cbegin(), reminders->cend(),
                         [&](const ClinicNotification &n) { return n.appointmentId == hers; }));
    QVERIFY(feed.remindersDue(lead)->isEmpty());
    QCOMPARE(*feed.unreadCount(), 2 + confirmed);
    QCOMPARE(feed.list()->first().kind, u"reminder"_s);
    QVERIFY(feed.markAllRead());
    QCOMPARE(*feed.unreadCount(), 0);
}

QTEST_GUILESS_MAIN(TestScheduling)
// A video visit: the doctor writes its summary (during the call or after it) and the patient
// reads it in their record; nobody else writes it, a visit not yet confirmed has none, and the
// visit completes from confirmed, since nobody checks in at the desk for a call.
void TestScheduling::theDoctorSummarizesAVideoVisitForThePatient()
{
    QVERIFY(offerVideoEvenings());
    auto ben = client(u"ben"_s);
    const QString visit = request(*ben, u"ben"_s, slotAt(5, 18), u"video"_s);
    QVERIFY(!visit.isEmpty());
    QVERIFY(ben->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"appointment"_s, visit, u"status"_s),
                              u"requested"_s, 10000);
    const QCborMap summary { { u"appointment_id"_s, visit },
                             { u"summary"_s, u"  Sore throat for three days. Rest, fluids; "
                                             u"call again if fever passes 39 °C.  "_s } };
    auto early = m_doctor->submit(u"visit.summarize"_s, summary);
    QVERIFY(!early);
    QCOMPARE(early.error().code, ErrorCode::Conflict); // not confirmed yet
    QVERIFY(m_doctor->submit(u"appointment.confirm"_s, { { u"id"_s, visit } }));
    QVERIFY(m_doctor->submit(u"visit.summarize"_s, summary));
    QVERIFY(m_doctor->submit(u"appointment.complete"_s, { { u"id"_s, visit } }));
    QVERIFY(m_doctor->waitIdle());
    QCOMPARE(m_doctor->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
    QTRY_COMPARE_WITH_TIMEOUT(ben->value(u"visit_summary"_s, visit, u"summary"_s),
                              u"Sore throat for three days. Rest, fluids; call again if fever "
                              u"passes 39 °C."_s,
                              10000);
    QCOMPARE(ben->value(u"visit_summary"_s, visit, u"provider_id"_s), m_ids[u"dr-lima"_s]);
    QTRY_COMPARE_WITH_TIMEOUT(ben->value(u"appointment"_s, visit, u"status"_s), u"completed"_s,
                              10000);
    // Rewritten after the call: the patient gets the new text.
    QVERIFY(m_doctor->submit(u"visit.summarize"_s,
                             { { u"appointment_id"_s, visit },
                               { u"summary"_s, u"Sore throat; strep test negative."_s } }));
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ben->value(u"visit_summary"_s, visit, u"summary"_s),
                              u"Sore throat; strep test negative."_s, 10000);
    // Nobody else writes it: the patient, a nurse, another patient (who may not even have the
    // visit in their store). Bad text is refused.
    auto refused = ben->submit(u"visit.summarize"_s, summary);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    for (const QString &name : { u"nurse"_s, u"ana"_s }) {
        refused = client(name)->submit(u"visit.summarize"_s, summary);
        QVERIFY2(!refused, qPrintable(name));
        QVERIFY2(refused.error().code == ErrorCode::Forbidden
                         || refused.error().code == ErrorCode::NotFound,
                 qPrintable(refused.error().fullText()));
    }
    for (const QString &text : { u"   "_s, QString(8001, u'x') }) {
        auto refused = m_doctor->submit(u"visit.summarize"_s,
                                        { { u"appointment_id"_s, visit }, { u"summary"_s, text } });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    }
    auto nowhere = m_doctor->submit(u"visit.summarize"_s,
                                    { { u"appointment_id"_s, newId() }, { u"summary"_s, u"x"_s } });
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().code, ErrorCode::NotFound);
    // Ana, another patient of the same doctor, never receives it.
    auto ana = client(u"ana"_s);
    QCOMPARE(ana->count(u"visit_summary"_s), 0);
}

// The call chat of a video visit: each side's client keeps what it sent (visit.chat), and
// both receive both sides' messages with the visit, in the order sent; the author is the
// signed-in account whatever the change says. Nobody else writes it, an in-person visit has
// none, and a message is at most 4,096 characters.
void TestScheduling::bothSidesKeepTheCallChatWithTheVisit()
{
    QVERIFY(offerVideoEvenings());
    auto ben = client(u"ben"_s);
    const QString visit = request(*ben, u"ben"_s, slotAt(6, 18, 30), u"video"_s);
    const QString inPerson = request(*ben, u"ben"_s, slotAt(6, 11));
    QVERIFY(!visit.isEmpty() && !inPerson.isEmpty());
    QVERIFY(ben->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"appointment"_s, inPerson, u"status"_s),
                              u"requested"_s, 10000);
    QVERIFY(m_doctor->submit(u"appointment.confirm"_s, { { u"id"_s, visit } }));
    QVERIFY(m_doctor->submit(u"appointment.confirm"_s, { { u"id"_s, inPerson } }));
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ben->value(u"appointment"_s, visit, u"status"_s), u"confirmed"_s,
                              10000);

    const QString callId = u"call-5555-6666-7777"_s;
    const qint64 sent = QDateTime::currentMSecsSinceEpoch();
    const auto message = [&](const QString &id, const QString &body, qint64 at) {
        return QCborMap { { u"id"_s, id },
                          { u"appointment_id"_s, visit },
                          { u"call_id"_s, callId },
                          { u"body"_s, body },
                          { u"sent_at"_s, at } };
    };
    const QString hello = newId(), answer = newId(), forged = newId();
    QVERIFY(ben->submit(u"visit.chat"_s, message(hello, u"Good evening, can you see me?"_s, sent)));
    QVERIFY(m_doctor->submit(u"visit.chat"_s,
                             message(answer, u"Yes. Show me the rash."_s, sent + 1000)));
    // An author named in the change is not taken: Ben's message is Ben's.
    QCborMap asDoctor = message(forged, u"Here it is."_s, sent + 2000);
    asDoctor.insert(u"author_id"_s, m_ids[u"dr-lima"_s]);
    QVERIFY(ben->submit(u"visit.chat"_s, asDoctor));
    QVERIFY(ben->waitIdle());
    QVERIFY(m_doctor->waitIdle());
    QCOMPARE(ben->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
    QCOMPARE(m_doctor->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
    for (TestClient *side : { ben.get(), m_doctor.get() }) {
        QTRY_COMPARE_WITH_TIMEOUT(
                side->count(u"visit_chat"_s, u"appointment_id = '"_s + visit + u"' AND rev > 0"_s),
                3, 10000);
        auto chat = AppointmentRepository::chatOf(side->db(), visit);
        QVERIFY(chat);
        QCOMPARE(chat->size(), 3);
        QCOMPARE(chat->at(0).id, hello);
        QCOMPARE(chat->at(0).authorId, m_ids[u"ben"_s]);
        QCOMPARE(chat->at(1).authorId, m_ids[u"dr-lima"_s]);
        QCOMPARE(chat->at(1).body, u"Yes. Show me the rash."_s);
        QCOMPARE(chat->at(2).id, forged);
        QCOMPARE(chat->at(2).authorId, m_ids[u"ben"_s]);
        QCOMPARE(chat->at(2).callId, callId);
        QCOMPARE(chat->at(2).sentAtMs, sent + 2000);
    }
    // Refused where they are made: too long, empty, an in-person visit, someone else.
    const auto refusal = [&](TestClient &who, const QCborMap &args) {
        auto refused = who.submit(u"visit.chat"_s, args);
        return refused ? ErrorCode::Io : refused.error().code; // Io: it was accepted
    };
    QCOMPARE(refusal(*ben, message(newId(), QString(4097, u'x'), sent)),
             ErrorCode::InvalidArgument);
    QCOMPARE(refusal(*ben, message(newId(), u"   "_s, sent)), ErrorCode::InvalidArgument);
    QCborMap room = message(newId(), u"In the room"_s, sent);
    room.insert(u"appointment_id"_s, inPerson);
    QCOMPARE(refusal(*ben, room), ErrorCode::InvalidArgument);
    for (const QString &name : { u"nurse"_s, u"ana"_s }) {
        const ErrorCode code = refusal(*client(name), message(newId(), u"Hello"_s, sent));
        QVERIFY2(code == ErrorCode::Forbidden || code == ErrorCode::NotFound, qPrintable(name));
    }
    // Ana, another patient of the same doctor, never receives it.
    auto ana = client(u"ana"_s);
    QCOMPARE(ana->count(u"visit_chat"_s), 0);
}

#include "tst_scheduling.moc"
