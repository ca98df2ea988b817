// Reminders (docs/vitals.md, "Reminders"): medication schedules, doses taken or skipped and a
// doctor's follow-ups through real clients and the real server (who may write what, what bad
// input gets), and ReminderSchedule on a ManualClock: due at 08:00 and not at 07:59, a recorded
// dose not announced, each reminder announced once across an app restart, a long closure
// listing missed doses instead of a flood, and the days the clocks change. Then the page:
// Taken records a dose that reaches the server. The computer's time zone is Europe/Berlin.
#include "desktopclients.h"
#include "domain/reminderschedule.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "reminders/followupdialog.h"
#include "reminders/reminderspage.h"
#include "reminders/scheduledialog.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "clientshell.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <ctime>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 localMs(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), Qt::LocalTime).toMSecsSinceEpoch();
}

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

int countOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

const QString patient = u"pat-1"_s;

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    // The rules
    void timesAndDaysAreChecked();
    // ReminderSchedule on a ManualClock
    void dueAtEightNotAtSevenFiftyNine();
    void aRecordedDoseIsNotAnnounced();
    void aRestartAnnouncesWhatCameDueWhileClosedOnce();
    void aLongClosureListsMissedDosesInsteadOfAFlood();
    void theDaysTheClocksChangeRemindOnce();
    void followUpsComeDueOnce();
    // Through the server
    void onlyThePatientAndTheirCareTeamKeepSchedules();
    void dosesAreRecordedOnceWhoeverRecordsThem();
    void aDoseIsRecordedOnlyWhenTheScheduleRuns();
    void onlyTheCareTeamDoctorSetsFollowUps();
    // The page
    void takenOnThePageReachesTheServer();

private:
    void seedSchedule(const QString &id, const QString &times, QDate start,
                      const QString &days = {});
    int announcedAt(qint64 ms); // a fresh ReminderSchedule (the app "opened") at ms
    std::unique_ptr<TestClient> client(const QString &username);

    QTemporaryDir m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    QString m_storePath;
    ManualClock m_clock;

    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_ids;
    std::unique_ptr<TestClient> m_ana;
    std::unique_ptr<TestClient> m_doctor; // on Ana's care team
    std::unique_ptr<TestClient> m_nurse; // on Ana's care team
    std::unique_ptr<TestClient> m_desk;
    QString m_medication; // Ana's
};

void TestReminders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-sousa"_s, Role::Doctor }, std::pair { u"dr-other"_s, Role::Doctor },
           std::pair { u"nurse-rita"_s, Role::Nurse }, std::pair { u"desk"_s, Role::FrontDesk } }) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    QVERIFY(m_server->start());
    m_ana = client(u"ana"_s);
    m_doctor = client(u"dr-sousa"_s);
    m_nurse = client(u"nurse-rita"_s);
    m_desk = client(u"desk"_s);
    QVERIFY(m_ana->submit(u"patient.update"_s,
                          { { u"id"_s, m_ids[u"ana"_s] },
                            { u"given_name"_s, u"Ana"_s },
                            { u"family_name"_s, u"Costa"_s } }));
    QVERIFY(m_ana->waitIdle());
    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->count(u"patient"_s), 1, 10000);
    for (const QString &staff : { u"dr-sousa"_s, u"nurse-rita"_s }) {
        QVERIFY(m_desk->submit(u"care_team.assign"_s,
                               { { u"patient_id"_s, m_ids[u"ana"_s] },
                                 { u"staff_id"_s, m_ids[staff] },
                                 { u"staff_name"_s, staff } }));
    }
    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"patient"_s), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_nurse->count(u"patient"_s), 1, 10000);
    m_medication = newId();
    QVERIFY(m_ana->submit(u"medication.put"_s,
                          { { u"id"_s, m_medication },
                            { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"name"_s, u"Lisinopril"_s },
                            { u"dose"_s, u"10 mg"_s } }));
    QVERIFY(m_ana->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"patient_medication"_s), 1, 10000);
}

void TestReminders::cleanupTestCase()
{
    m_ana.reset();
    m_doctor.reset();
    m_nurse.reset();
    m_desk.reset();
    m_server.reset();
}

std::unique_ptr<TestClient> TestReminders::client(const QString &username)
{
    auto made = std::make_unique<TestClient>(*m_server, username, m_dir.path() + u'/' + newId());
    if (!made->signIn() || !made->waitIdle())
        qWarning() << username << "could not sign in and sync";
    return made;
}

// A fresh store with one medication of the patient's.
void TestReminders::init()
{
    static int n = 0;
    m_storePath = m_dir.filePath(u"r%1.db"_s.arg(++n));
    auto store = EncryptedStore::create(m_storePath, password("reminders"), fastStoreOptions());
    QVERIFY(store);
    m_store = std::move(store).value();
    QVERIFY(exec(m_store->database(),
                 u"INSERT INTO patient_medication (id, updated_at, patient_id, name, dose) "
                 u"VALUES ('med-1', 0, ?, 'Lisinopril', '10 mg')"_s,
                 { patient }));
}

void TestReminders::cleanup()
{
    m_store.reset();
}

void TestReminders::seedSchedule(const QString &id, const QString &times, QDate start,
                                 const QString &days)
{
    QVERIFY(exec(m_store->database(),
                 u"INSERT INTO medication_schedule (id, updated_at, patient_id, medication_id, "
                 u"times, days, start_date, active) VALUES (?, 0, ?, 'med-1', ?, ?, ?, 1)"_s,
                 { id, patient, times, days.isEmpty() ? u""_s : days, start.toString(Qt::ISODate) }));
}

int TestReminders::announcedAt(qint64 ms)
{
    m_clock.set(ms);
    ReminderSchedule schedule(m_store->database(), patient, m_clock);
    auto fired = schedule.fireDue();
    if (!fired) {
        qWarning() << fired.error().message;
        return -1;
    }
    return int(fired->notifications.size());
}

void TestReminders::timesAndDaysAreChecked()
{
    QCOMPARE(ReminderRules::parseTimes(u"20:00, 08:00,08:00"_s).value(),
             QStringList({ u"08:00"_s, u"20:00"_s }));
    QVERIFY(!ReminderRules::parseTimes(u"24:00"_s));
    QVERIFY(!ReminderRules::parseTimes(u"8:00"_s));
    QVERIFY(!ReminderRules::parseTimes(u""_s));
    QVERIFY(!ReminderRules::parseTimes(
            u"01:00,02:00,03:00,04:00,05:00,06:00,07:00,08:00,09:00"_s));
    QCOMPARE(ReminderRules::parseDays(u"fri,mon"_s).value(), QStringList({ u"mon"_s, u"fri"_s }));
    QVERIFY(ReminderRules::parseDays(u"mon,tue,wed,thu,fri,sat,sun"_s).value().isEmpty());
    QVERIFY(!ReminderRules::parseDays(u"mon,fun"_s));
}

void TestReminders::dueAtEightNotAtSevenFiftyNine()
{
    const QDate day(2027, 1, 11); // a Monday
    seedSchedule(u"s1"_s, u"08:00"_s, day);
    QCOMPARE(announcedAt(localMs(day, 7, 59)), 0);
    QCOMPARE(announcedAt(localMs(day, 8, 0)), 1);
    QCOMPARE(announcedAt(localMs(day, 8, 1)), 0); // once
    QCOMPARE(countOf(m_store->database(),
                     u"SELECT COUNT(*) FROM notification WHERE kind = 'medication' "
                     u"AND text LIKE '%Lisinopril, 10 mg (08:00)%'"_s),
             1);
    ReminderSchedule schedule(m_store->database(), patient, m_clock);
    const auto today = schedule.dosesOn(day).value();
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.first().state, DoseOccurrence::State::Due);
    // Not on a day the schedule leaves out.
    seedSchedule(u"s2"_s, u"09:00"_s, day, u"tue"_s);
    QCOMPARE(announcedAt(localMs(day, 9, 0)), 0);
    QCOMPARE(announcedAt(localMs(day.addDays(1), 9, 0)), 2); // Tuesday: 08:00 and 09:00
}

void TestReminders::aRecordedDoseIsNotAnnounced()
{
    const QDate day(2027, 1, 11);
    seedSchedule(u"s1"_s, u"08:00,20:00"_s, day);
    QVERIFY(exec(m_store->database(),
                 u"INSERT INTO dose_record (id, updated_at, patient_id, schedule_id, "
                 u"scheduled_for, status, recorded_at) VALUES (?, 0, ?, 's1', ?, 'taken', 0)"_s,
                 { ReminderRules::doseId(u"s1"_s, u"2027-01-11T08:00"_s), patient,
                   u"2027-01-11T08:00"_s }));
    QCOMPARE(announcedAt(localMs(day, 8, 5)), 0);
    ReminderSchedule schedule(m_store->database(), patient, m_clock);
    const auto today = schedule.dosesOn(day).value();
    QCOMPARE(today.size(), 2);
    QCOMPARE(today.at(0).state, DoseOccurrence::State::Taken);
    QCOMPARE(today.at(1).state, DoseOccurrence::State::Upcoming);
    QCOMPARE(announcedAt(localMs(day, 20, 0)), 1);
}

void TestReminders::aRestartAnnouncesWhatCameDueWhileClosedOnce()
{
    const QDate day(2027, 1, 11);
    seedSchedule(u"s1"_s, u"08:00,20:00"_s, day);
    QCOMPARE(announcedAt(localMs(day, 7, 0)), 0);
    // The app is closed at 07:00: the store itself is closed, and opened again at 09:30.
    m_store.reset();
    m_clock.set(localMs(day, 9, 30));
    auto reopened = EncryptedStore::open(m_storePath, password("reminders"), fastStoreOptions());
    QVERIFY(reopened);
    m_store = std::move(reopened).value();
    QCOMPARE(announcedAt(localMs(day, 9, 30)), 1); // the 08:00 dose, now
    // Closed and opened again: not a second time.
    m_store.reset();
    m_store = EncryptedStore::open(m_storePath, password("reminders"), fastStoreOptions())
                      .value();
    QCOMPARE(announcedAt(localMs(day, 9, 45)), 0);
    QCOMPARE(announcedAt(localMs(day, 19, 59)), 0);
    QCOMPARE(announcedAt(localMs(day, 20, 0)), 1);
    QCOMPARE(announcedAt(localMs(day, 23, 0)), 0);
    QCOMPARE(countOf(m_store->database(), u"SELECT COUNT(*) FROM notification"_s), 2);
}

void TestReminders::aLongClosureListsMissedDosesInsteadOfAFlood()
{
    const QDate start(2027, 1, 1);
    seedSchedule(u"s1"_s, u"08:00,14:00,20:00"_s, start);
    QCOMPARE(announcedAt(localMs(start, 7, 0)), 0);
    // Closed for ten days; opened at 10:00: today's 08:00 is two hours old and announced,
    // the three days before (lookBackDays) are listed as missed, older ones left alone.
    const QDate back = start.addDays(10);
    m_clock.set(localMs(back, 10, 0));
    ReminderSchedule schedule(m_store->database(), patient, m_clock);
    auto fired = schedule.fireDue();
    QVERIFY(fired);
    QCOMPARE(fired->notifications.size(), 1);
    QVERIFY(fired->notifications.first().text.contains(u"08:00"_s));
    QCOMPARE(fired->newlyMissed, 3 * ReminderRules::lookBackDays);
    QCOMPARE(schedule.missedDoses().value().size(), 3 * ReminderRules::lookBackDays);
    auto again = schedule.fireDue();
    QVERIFY(again);
    QCOMPARE(again->notifications.size(), 0);
    QCOMPARE(again->newlyMissed, 0);
    // The 08:00 dose not taken by 20:01 is missed too, but was announced: not again.
    m_clock.set(localMs(back, 20, 1));
    QCOMPARE(schedule.dosesOn(back).value().first().state, DoseOccurrence::State::Missed);
    QCOMPARE(announcedAt(localMs(back, 20, 1)), 2); // 14:00 and 20:00
}

void TestReminders::theDaysTheClocksChangeRemindOnce()
{
    // Europe/Berlin: 2027-03-28 02:00 → 03:00; 2027-10-31 03:00 → 02:00 (02:30 twice).
    for (const QDate day : { QDate(2027, 3, 28), QDate(2027, 10, 31) }) {
        cleanup();
        init();
        seedSchedule(u"dst"_s, u"02:30,08:00"_s, day);
        int total = 0;
        const qint64 from = localMs(day, 0, 0);
        const qint64 to = localMs(day.addDays(1), 0, 0);
        for (qint64 ms = from; ms < to; ms += 60 * 1000) {
            const int n = announcedAt(ms);
            QVERIFY(n >= 0);
            total += n;
            if (n > 0) {
                const QTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).time();
                QVERIFY2(at == QTime(8, 0) || at == QTime(2, 30) || at == QTime(3, 30),
                         qPrintable(at.toString()));
            }
        }
        QCOMPARE(total, 2);
        // 08:00 on these days is 08:00 local.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                         ReminderRules::localInstant(day, QTime(8, 0)), Qt::LocalTime)
                         .time(),
                 QTime(8, 0));
    }
    // The repeated 02:30 in October is its first occurrence (summer time, UTC+2).
    QCOMPARE(ReminderRules::localInstant(QDate(2027, 10, 31), QTime(2, 30)),
             QDateTime(QDate(2027, 10, 31), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch());
}

void TestReminders::followUpsComeDueOnce()
{
    const QDate day(2027, 2, 3);
    QVERIFY(exec(m_store->database(),
                 u"INSERT INTO followup_reminder (id, updated_at, patient_id, due_date, due_time, "
                 u"text, set_by_name) VALUES ('f1', 0, ?, ?, '10:00', 'Book a blood test', "
                 u"'Dr Sousa'), ('f2', 0, ?, ?, '', 'Done already', 'Dr Sousa')"_s,
                 { patient, day.toString(Qt::ISODate), patient, day.toString(Qt::ISODate) }));
    QVERIFY(exec(m_store->database(), u"UPDATE followup_reminder SET done_at = 1 WHERE id = 'f2'"_s));
    QCOMPARE(announcedAt(localMs(day, 9, 59)), 0);
    QCOMPARE(announcedAt(localMs(day, 10, 0)), 1);
    QCOMPARE(announcedAt(localMs(day.addDays(2), 10, 0)), 0);
    QCOMPARE(countOf(m_store->database(),
                     u"SELECT COUNT(*) FROM notification WHERE kind = 'followup' AND text = "
                     u"'Follow-up from Dr Sousa: Book a blood test'"_s),
             1);
}

void TestReminders::onlyThePatientAndTheirCareTeamKeepSchedules()
{
    const QString ana = m_ids[u"ana"_s];
    const QString today = Clock::system().today().toString(Qt::ISODate);
    const auto schedule = [&](TestClient &who, const QString &id, const QString &times,
                              const QString &days = {}) {
        return who.submit(u"medication_schedule.put"_s,
                          { { u"id"_s, id },
                            { u"patient_id"_s, ana },
                            { u"medication_id"_s, m_medication },
                            { u"times"_s, times },
                            { u"days"_s, days },
                            { u"start_date"_s, today } });
    };
    const QString mine = newId();
    QVERIFY(schedule(*m_ana, mine, u"08:00"_s));
    QVERIFY(schedule(*m_nurse, newId(), u"12:00"_s, u"mon,thu"_s));
    QVERIFY(m_ana->waitIdle());
    QVERIFY(m_nurse->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"medication_schedule"_s), 2, 10000);
    QVERIFY(schedule(*m_doctor, mine, u"08:00,20:00"_s)); // the doctor edits Ana's
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_ana->value(u"medication_schedule"_s, mine, u"times"_s),
                              u"08:00,20:00"_s, 10000);

    // Another patient, a doctor outside the care team, the desk: refused.
    auto ben = client(u"ben"_s);
    auto other = client(u"dr-other"_s);
    for (TestClient *stranger : { ben.get(), other.get(), m_desk.get() }) {
        auto refused = schedule(*stranger, newId(), u"08:00"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().code == ErrorCode::Forbidden
                         || refused.error().code == ErrorCode::NotFound,
                 qPrintable(refused.error().message));
    }
    // Bad schedules, with the reason.
    auto tooMany = schedule(*m_ana, newId(),
                            u"01:00,02:00,03:00,04:00,05:00,06:00,07:00,08:00,09:00"_s);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code, ErrorCode::InvalidArgument);
    QVERIFY(tooMany.error().message.contains(u"8"_s));
    QCOMPARE(schedule(*m_ana, newId(), u"25:00"_s).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(schedule(*m_ana, newId(), u"08:00"_s, u"mon,fun"_s).error().code,
             ErrorCode::InvalidArgument);
    auto unknownMedication = m_ana->submit(u"medication_schedule.put"_s,
                                           { { u"id"_s, newId() },
                                             { u"patient_id"_s, ana },
                                             { u"medication_id"_s, newId() },
                                             { u"times"_s, u"08:00"_s },
                                             { u"start_date"_s, today } });
    QVERIFY(!unknownMedication);
    QCOMPARE(unknownMedication.error().code, ErrorCode::NotFound);
}

void TestReminders::dosesAreRecordedOnceWhoeverRecordsThem()
{
    const QString ana = m_ids[u"ana"_s];
    const QDate today = Clock::system().today();
    const QString scheduleId = newId();
    QVERIFY(m_ana->submit(u"medication_schedule.put"_s,
                          { { u"id"_s, scheduleId },
                            { u"patient_id"_s, ana },
                            { u"medication_id"_s, m_medication },
                            { u"times"_s, u"07:00"_s },
                            { u"start_date"_s, today.addDays(-5).toString(Qt::ISODate) } }));
    QVERIFY(m_ana->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(
            m_doctor->count(u"medication_schedule"_s, u"id = '"_s + scheduleId + u"'"_s), 1,
            10000);
    const QString when = ReminderRules::scheduledFor(today.addDays(-1), u"07:00"_s);
    const auto record = [&](TestClient &who, const QString &at, const QString &status) {
        return who.submit(u"dose.record"_s, { { u"schedule_id"_s, scheduleId },
                                              { u"scheduled_for"_s, at },
                                              { u"status"_s, status } });
    };
    QVERIFY(record(*m_ana, when, u"taken"_s));
    QVERIFY(record(*m_doctor, when, u"skipped"_s)); // offline from each other: one row
    QVERIFY(m_ana->waitIdle());
    QVERIFY(m_doctor->waitIdle());
    QVERIFY(m_ana->waitIdle());
    const QString id = ReminderRules::doseId(scheduleId, when);
    QTRY_COMPARE_WITH_TIMEOUT(m_ana->value(u"dose_record"_s, id, u"status"_s), u"skipped"_s,
                              10000);
    QCOMPARE(m_ana->count(u"dose_record"_s, u"schedule_id = '"_s + scheduleId + u"'"_s), 1);

    // Not days ahead, not at a time the schedule has not, not taken-ish, not a stranger.
    const QString ahead = ReminderRules::scheduledFor(today.addDays(3), u"07:00"_s);
    QCOMPARE(record(*m_ana, ahead, u"taken"_s).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(record(*m_ana, ReminderRules::scheduledFor(today, u"07:30"_s), u"taken"_s)
                     .error()
                     .code,
             ErrorCode::InvalidArgument);
    QCOMPARE(record(*m_ana, when, u"maybe"_s).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(record(*m_ana, u"yesterday"_s, u"taken"_s).error().code,
             ErrorCode::InvalidArgument);
    auto ben = client(u"ben"_s);
    QVERIFY(!record(*ben, when, u"taken"_s));
}

// A dose the schedule never asked for (a day it skips, after its last day, while paused) is
// refused with the reason: recorded, it would count a dose that was never due.
void TestReminders::aDoseIsRecordedOnlyWhenTheScheduleRuns()
{
    const QString ana = m_ids[u"ana"_s];
    const QDate today = Clock::system().today();
    const QDate yesterday = today.addDays(-1);
    const auto put = [&](const QString &id, const QString &days, const QString &end,
                         bool active) {
        QCborMap args { { u"id"_s, id },
                        { u"patient_id"_s, ana },
                        { u"medication_id"_s, m_medication },
                        { u"times"_s, u"07:00,19:00"_s },
                        { u"days"_s, days },
                        { u"start_date"_s, today.addDays(-10).toString(Qt::ISODate) },
                        { u"active"_s, active } };
        if (!end.isEmpty())
            args.insert(u"end_date"_s, end);
        return m_ana->submit(u"medication_schedule.put"_s, args);
    };
    const auto record = [&](const QString &schedule, QDate day, const QString &time) {
        return m_ana->submit(u"dose.record"_s,
                             { { u"schedule_id"_s, schedule },
                               { u"scheduled_for"_s, ReminderRules::scheduledFor(day, time) },
                               { u"status"_s, u"taken"_s } });
    };
    const auto refusedWith = [](const Result<qint64> &result, const QString &words) {
        return !result && result.error().code == ErrorCode::InvalidArgument
                && result.error().message.contains(words);
    };
    // Only yesterday's weekday.
    const QString weekly = newId();
    const QString dayName = ReminderRules::dayNames().at(yesterday.dayOfWeek() - 1);
    QVERIFY(put(weekly, dayName, {}, true));
    QVERIFY(record(weekly, yesterday, u"07:00"_s));
    QVERIFY(refusedWith(record(weekly, today.addDays(-2), u"07:00"_s), u"does not run on"_s));
    QVERIFY(refusedWith(record(weekly, yesterday, u"08:00"_s), u"08:00"_s));
    // Ended three days ago.
    const QString ended = newId();
    QVERIFY(put(ended, {}, today.addDays(-3).toString(Qt::ISODate), true));
    QVERIFY(record(ended, today.addDays(-3), u"19:00"_s));
    QVERIFY(refusedWith(record(ended, today.addDays(-2), u"07:00"_s), u"ended"_s));
    QVERIFY(refusedWith(record(ended, yesterday, u"07:00"_s), u"ended"_s));
    // Paused.
    const QString paused = newId();
    QVERIFY(put(paused, {}, {}, false));
    QVERIFY(refusedWith(record(paused, yesterday, u"07:00"_s), u"paused"_s));
    QVERIFY(m_ana->waitIdle());
    // The server, running the same code, kept only the two doses asked for.
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"dose_record"_s,
                                              u"schedule_id IN ('"_s + weekly + u"','"_s + ended
                                                      + u"','"_s + paused + u"')"_s),
                              2, 10000);
    QCOMPARE(m_ana->count(u"dose_record"_s,
                          u"schedule_id IN ('"_s + weekly + u"','"_s + ended + u"','"_s + paused
                                  + u"')"_s),
             2);
}

void TestReminders::onlyTheCareTeamDoctorSetsFollowUps()
{
    const QString ana = m_ids[u"ana"_s];
    const QString due = Clock::system().today().addDays(7).toString(Qt::ISODate);
    const auto put = [&](TestClient &who, const QString &id, const QString &text) {
        return who.submit(u"followup.put"_s, { { u"id"_s, id },
                                               { u"patient_id"_s, ana },
                                               { u"due_date"_s, due },
                                               { u"due_time"_s, u"10:00"_s },
                                               { u"text"_s, text } });
    };
    const QString id = newId();
    QVERIFY(put(*m_doctor, id, u"Book a blood test"_s));
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_ana->value(u"followup_reminder"_s, id, u"text"_s),
                              u"Book a blood test"_s, 10000);
    QCOMPARE(m_ana->value(u"followup_reminder"_s, id, u"set_by"_s), m_ids[u"dr-sousa"_s]);
    // Not the patient, not the nurse, not another doctor.
    auto other = client(u"dr-other"_s);
    for (TestClient *refusedOne : { m_ana.get(), m_nurse.get(), other.get() }) {
        auto refused = put(*refusedOne, newId(), u"Anything"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    }
    QCOMPARE(put(*m_doctor, newId(), QString(501, u'x')).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(put(*m_doctor, newId(), u"  "_s).error().code, ErrorCode::InvalidArgument);
    // The patient marks it done; the doctor sees it.
    QVERIFY(m_ana->submit(u"followup.done"_s, { { u"id"_s, id } }));
    QVERIFY(m_ana->waitIdle());
    QTRY_VERIFY_WITH_TIMEOUT(!m_doctor->value(u"followup_reminder"_s, id, u"done_at"_s).isEmpty(),
                             10000);
    QVERIFY(!m_ana->submit(u"followup.remove"_s, { { u"id"_s, id } }));
    QVERIFY(m_doctor->submit(u"followup.remove"_s, { { u"id"_s, id } }));
}

void TestReminders::takenOnThePageReachesTheServer()
{
    // Ana's computer at 08:30 today: her 08:00 dose is due.
    const QDate today = Clock::system().today();
    ManualClock clock(localMs(today, 8, 30));
    const QString scheduleId = newId();
    QVERIFY(m_ana->submit(u"medication_schedule.put"_s,
                          { { u"id"_s, scheduleId },
                            { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"medication_id"_s, m_medication },
                            { u"times"_s, u"08:00,20:00"_s },
                            { u"start_date"_s, today.addDays(-3).toString(Qt::ISODate) } }));
    QVERIFY(m_doctor->submit(u"followup.put"_s,
                             { { u"id"_s, newId() },
                               { u"patient_id"_s, m_ids[u"ana"_s] },
                               { u"due_date"_s, today.toString(Qt::ISODate) },
                               { u"due_time"_s, u"08:15"_s },
                               { u"text"_s, u"Book a blood test before your next visit"_s } }));
    QVERIFY(m_ana->waitIdle());
    QVERIFY(m_doctor->waitIdle());

    DesktopClients desktops(*m_server);
    QTemporaryDir dir;
    auto shell = desktops.open(dir.path(), &clock);
    QVERIFY(shell);
    ui::MainWindow *window = DesktopClients::signIn(*shell, u"ana"_s, QSize(1100, 820));
    QVERIFY(window);
    auto *page = qobject_cast<ui::RemindersPage *>(openPage(window, u"Reminders"_s));
    QVERIFY(page);
    QStringList notified;
    connect(page, &ui::RemindersPage::notified, this,
            [&notified](const QString &text) { notified << text; });
    // The first sync brings the schedules; the page announces the follow-up and the doses due
    // by 08:30 of Ana's three schedules that have one (this one's 08:00, the earlier tests'
    // 08:00 and 07:00), each once.
    QTRY_VERIFY_WITH_TIMEOUT(notified.filter(u"Follow-up from dr-sousa"_s).size() == 1
                                     && notified.filter(u"Lisinopril"_s).size() == 3,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QPushButton *>(u"doseTaken"_s), 10000);
    page->check();
    QTest::qWait(200);
    QCOMPARE(notified.size(), 4);
    QApplication::processEvents();
    page->grab().save(u"/tmp/rem-page-due.png"_s);

    QPushButton *taken = nullptr;
    for (auto *b : page->findChildren<QPushButton *>(u"doseTaken"_s)) {
        if (!taken && b->accessibleName().endsWith(u" at 08:00"_s) && b->isEnabled())
            taken = b; // today's (a missed one's name has its day)
    }
    QVERIFY(taken);
    taken->click();
    QVERIFY2(shown(page, u"remindersMessage"_s).isEmpty(),
             qPrintable(shown(page, u"remindersMessage"_s)));
    // Two of Ana's schedules have an 08:00 dose; the one clicked reaches her doctor.
    const QString at = ReminderRules::scheduledFor(today, u"08:00"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"dose_record"_s,
                                              u"scheduled_for = '"_s + at
                                                      + u"' AND status = 'taken'"_s),
                              1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto *label : page->findChildren<QLabel *>(u"doseState"_s)) {
                    if (label->accessibleName().endsWith(u" at 08:00"_s)
                        && label->text().contains(u"Taken"_s))
                        return true;
                }
                return false;
            }(),
            10000);
    QApplication::processEvents();
    page->grab().save(u"/tmp/rem-page-taken.png"_s);
    window->grab().save(u"/tmp/rem-window.png"_s);
    if (auto *scroll = page->findChild<QScrollArea *>())
        scroll->widget()->grab().save(u"/tmp/rem-page-full.png"_s); // the sections below too
    // The two editors, as they open (nothing saved).
    ui::ClientContext editors;
    editors.clock = &clock;
    ui::ScheduleDialog schedule(editors, m_ids[u"ana"_s],
                                { { m_medication, u"Lisinopril, 10 mg"_s } }, nullptr);
    schedule.timesField()->setText(u"08:00, 20:00"_s);
    schedule.grab().save(u"/tmp/rem-schedule-dialog.png"_s);
    ui::FollowUpDialog followUp(editors, m_ids[u"ana"_s], u"Ana Costa"_s);
    followUp.grab().save(u"/tmp/rem-followup-dialog.png"_s);
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    TestReminders test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reminders.moc"
