// A hostile patient, a doctor or nurse outside the care team and a nurse reaching for the
// doctor's part against the reminder mutations (docs/vitals.md, "Reminders"), straight to the
// server's sync service: other records' schedules, doses and follow-ups out of reach, and how
// many doses a record can take in a day however schedules are churned.

#include "domain/reminderschedule.h"
#include "servicefixture.h"

#include <QDateTime>
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

constexpr qint64 hourMs = 3600 * 1000;

QString status(const QCborMap &outcome)
{
    return outcome.value(u"status"_s).toString();
}

const QString everyTwoHours = u"06:00,08:00,10:00,12:00,14:00,16:00,18:00,20:00"_s;

} // namespace

class TestHostileReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void anotherRecordsRemindersAreOutOfReach();
    void dosesADayAreBoundedDespiteChurn();
    void idsEndingInANewlineAreRefused();
    void junkIsRefused();

private:
    QCborMap apply(const QString &user, const QString &name, const QCborMap &args)
    {
        return m_service->apply(m_ids[user], name, args);
    }
    QCborMap schedule(const QString &patient, const QString &id, const QString &medication,
                      const QString &times) const
    {
        return { { u"id"_s, id },
                 { u"patient_id"_s, m_ids.value(patient) },
                 { u"medication_id"_s, medication },
                 { u"times"_s, times },
                 { u"start_date"_s, u"2026-01-01"_s } };
    }
    QString today() const
    {
        return QDateTime::fromMSecsSinceEpoch(m_service->clock.nowMs(), Qt::UTC)
                .date()
                .toString(Qt::ISODate);
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<ServiceFixture> m_service;
    QHash<QString, QString> m_ids;
    QHash<QString, QString> m_medication; // patient → a current medication of theirs
};

void TestHostileReminders::initTestCase()
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
        m_medication[patient] = newId();
        QCOMPARE(status(apply(patient, u"medication.put"_s,
                              { { u"id"_s, m_medication[patient] },
                                { u"patient_id"_s, m_ids[patient] },
                                { u"name"_s, u"Lisinopril"_s },
                                { u"dose"_s, u"10 mg"_s } })),
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
}

void TestHostileReminders::cleanupTestCase()
{
    m_service.reset();
}

qint64 TestHostileReminders::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_service->database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestHostileReminders::anotherRecordsRemindersAreOutOfReach()
{
    const QString anas = newId();
    QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s,
                          schedule(u"ana"_s, anas, m_medication[u"ana"_s], u"08:00"_s))),
             u"confirmed"_s);
    // Ben: over Ana's schedule id, moving it to his record, at Ana's medication, into her record.
    QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.put"_s,
                          schedule(u"ben"_s, anas, m_medication[u"ben"_s], u"08:00"_s))),
             u"rejected"_s);
    QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.put"_s,
                          schedule(u"ben"_s, newId(), m_medication[u"ana"_s], u"08:00"_s))),
             u"rejected"_s);
    QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.put"_s,
                          schedule(u"ana"_s, newId(), m_medication[u"ana"_s], u"08:00"_s))),
             u"rejected"_s);
    QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.remove"_s,
                          { { u"id"_s, anas }, { u"patient_id"_s, m_ids[u"ben"_s] } })),
             u"rejected"_s);
    const QCborMap dose = { { u"schedule_id"_s, anas },
                            { u"scheduled_for"_s, QString(today() + u"T08:00"_s) },
                            { u"status"_s, u"skipped"_s } };
    for (const QString &who : { u"ben"_s, u"dr-two"_s, u"nurse-two"_s, u"desk"_s })
        QCOMPARE(status(apply(who, u"dose.record"_s, dose)), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM dose_record WHERE schedule_id = ?"_s, { anas }), 0);

    // Follow-ups: Ana's doctor only sets them; the nurse, Dr Two and Ben cannot.
    const QString followUp = newId();
    const QCborMap set = { { u"id"_s, followUp },
                           { u"patient_id"_s, m_ids[u"ana"_s] },
                           { u"due_date"_s, today() },
                           { u"text"_s, u"Blood test."_s } };
    for (const QString &who : { u"nurse"_s, u"dr-two"_s, u"ben"_s, u"ana"_s })
        QCOMPARE(status(apply(who, u"followup.put"_s, set)), u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"followup.put"_s, set)), u"confirmed"_s);
    for (const QString &who : { u"ben"_s, u"dr-two"_s, u"nurse-two"_s }) {
        QCOMPARE(status(apply(who, u"followup.done"_s, { { u"id"_s, followUp } })), u"rejected"_s);
        QCOMPARE(status(apply(who, u"followup.remove"_s, { { u"id"_s, followUp } })),
                 u"rejected"_s);
    }
    QCOMPARE(status(apply(u"nurse"_s, u"followup.remove"_s, { { u"id"_s, followUp } })),
             u"rejected"_s);
    QCborMap moved = set;
    moved.insert(u"patient_id"_s, m_ids[u"ben"_s]);
    QCOMPARE(status(apply(u"dr-two"_s, u"followup.put"_s, moved)), u"rejected"_s);
    QCOMPARE(status(apply(u"ana"_s, u"followup.done"_s,
                          { { u"id"_s, followUp }, { u"done"_s, u"yes"_s } })),
             u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM followup_reminder WHERE id = ? AND patient_id = ? "
                    u"AND done_at IS NULL AND NOT deleted"_s,
                    { followUp, m_ids[u"ana"_s] }),
             1);
}

// Doses are one per schedule time, but schedules can be removed and made again, and their times
// changed: only a cap on what one record takes in a day keeps dose_record bounded.
void TestHostileReminders::dosesADayAreBoundedDespiteChurn()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_service->clock.nowMs(), Qt::UTC).date();
    qint64 confirmed = 0;
    bool refused = false;
    for (int round = 0; round < 6 && !refused; ++round) {
        const QString id = newId();
        QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.put"_s,
                              schedule(u"ben"_s, id, m_medication[u"ben"_s], everyTwoHours))),
                 u"confirmed"_s);
        for (int day = 0; day <= 30 && !refused; ++day) {
            for (const QString &time : everyTwoHours.split(u',')) {
                const QCborMap outcome =
                        apply(u"ben"_s, u"dose.record"_s,
                              { { u"schedule_id"_s, id },
                                { u"scheduled_for"_s,
                                  ReminderRules::scheduledFor(today.addDays(-day), time) },
                                { u"status"_s, u"taken"_s } });
                if (status(outcome) != u"confirmed") {
                    refused = true;
                    break;
                }
                ++confirmed;
            }
        }
        // The schedule goes; its doses stay in the record.
        QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.remove"_s, { { u"id"_s, id } })),
                 u"confirmed"_s);
    }
    QVERIFY2(refused, qPrintable(u"%1 doses recorded in one day"_s.arg(confirmed)));
    QCOMPARE(confirmed, qint64(ReminderRules::maxDosesPerDay));
    // A day later there is room again; Ana's record was never limited by Ben's.
    const QString anas = newId();
    QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s,
                          schedule(u"ana"_s, anas, m_medication[u"ana"_s], u"08:00"_s))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ana"_s, u"dose.record"_s,
                          { { u"schedule_id"_s, anas },
                            { u"scheduled_for"_s, ReminderRules::scheduledFor(today, u"08:00"_s) },
                            { u"status"_s, u"taken"_s } })),
             u"confirmed"_s);
    m_service->clock.advance(25 * hourMs);
    const QString again = newId();
    QCOMPARE(status(apply(u"ben"_s, u"medication_schedule.put"_s,
                          schedule(u"ben"_s, again, m_medication[u"ben"_s], u"08:00"_s))),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"dose.record"_s,
                          { { u"schedule_id"_s, again },
                            { u"scheduled_for"_s,
                              ReminderRules::scheduledFor(today.addDays(1), u"08:00"_s) },
                            { u"status"_s, u"taken"_s } })),
             u"confirmed"_s);
}

// "$" in a pattern also matches before a final newline: "<id>\n" must not pass as an id, a
// second row beside "<id>" that prints the same.
void TestHostileReminders::idsEndingInANewlineAreRefused()
{
    const QString id = newId();
    QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s,
                          schedule(u"ana"_s, id + u'\n', m_medication[u"ana"_s], u"08:00"_s))),
             u"rejected"_s);
    QCborMap atMedication = schedule(u"ana"_s, id, m_medication[u"ana"_s], u"08:00"_s);
    atMedication.insert(u"medication_id"_s, QString(m_medication[u"ana"_s] + u'\n'));
    QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s, atMedication)), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM medication_schedule WHERE id LIKE ?"_s,
                    { QString(id + u'%') }),
             0);
}

// Types and ranges: every field out of shape is refused and nothing is written.
void TestHostileReminders::junkIsRefused()
{
    const QString medication = m_medication[u"ana"_s];
    const auto put = [&](const QString &key, const QCborValue &value) {
        QCborMap args = schedule(u"ana"_s, newId(), medication, u"08:00"_s);
        args.insert(key, value);
        return status(apply(u"ana"_s, u"medication_schedule.put"_s, args));
    };
    QStringList many;
    for (int i = 0; i < 10'000; ++i)
        many << u"08:00"_s;
    const qint64 before = scalar(u"SELECT COUNT(*) FROM medication_schedule"_s);
    for (const auto &[key, value] :
         { std::pair { u"times"_s, QCborValue(many.join(u',')) },
           std::pair { u"times"_s, QCborValue(u"24:00"_s) },
           std::pair { u"times"_s, QCborValue(u"8:00"_s) },
           std::pair { u"times"_s,
                       QCborValue(u"00:00,01:00,02:00,03:00,04:00,05:00,"
                                  u"06:00,07:00,08:00"_s) },
           std::pair { u"times"_s, QCborValue(8) },
           std::pair { u"days"_s, QCborValue(u"mon,funday"_s) },
           std::pair { u"days"_s, QCborValue(QString(100'000, u'm')) },
           std::pair { u"start_date"_s, QCborValue(u"1999-12-31"_s) },
           std::pair { u"start_date"_s, QCborValue(u"+10000-01-01"_s) },
           std::pair { u"end_date"_s, QCborValue(u"2025-12-31"_s) },
           std::pair { u"active"_s, QCborValue(u"yes"_s) },
           std::pair { u"medication_id"_s, QCborValue(QString(100'000, u'a')) } })
        QCOMPARE(put(key, value), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM medication_schedule"_s), before);

    const QString id = newId();
    QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s,
                          schedule(u"ana"_s, id, medication, u"08:00,08:00, 20:00"_s))),
             u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM medication_schedule WHERE id = ? "
                    u"AND times = '08:00,20:00'"_s,
                    { id }),
             1);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_service->clock.nowMs(), Qt::UTC).date();
    const auto dose = [&](const QCborValue &scheduledFor, const QCborValue &state) {
        return status(apply(u"ana"_s, u"dose.record"_s,
                            { { u"schedule_id"_s, id },
                              { u"scheduled_for"_s, scheduledFor },
                              { u"status"_s, state } }));
    };
    const QCborValue taken(u"taken"_s);
    for (const QCborValue &when :
         { QCborValue(ReminderRules::scheduledFor(today, u"09:00"_s)),
           QCborValue(ReminderRules::scheduledFor(today.addDays(3), u"08:00"_s)),
           QCborValue(ReminderRules::scheduledFor(today.addDays(-40), u"08:00"_s)),
           QCborValue(u"9999-12-31T08:00"_s), QCborValue(u"2026-11-19 08:00"_s),
           QCborValue(QString(ReminderRules::scheduledFor(today, u"08:00"_s) + u":00"_s)),
           QCborValue(m_service->clock.nowMs()) })
        QCOMPARE(dose(when, taken), u"rejected"_s);
    const QCborValue now(ReminderRules::scheduledFor(today, u"08:00"_s));
    for (const QCborValue &state : { QCborValue(u"TAKEN"_s), QCborValue(true), QCborValue() })
        QCOMPARE(dose(now, state), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM dose_record WHERE schedule_id = ?"_s, { id }), 0);

    // A dose on a day the schedule does not run, after its last day, or while it is paused.
    const QString weekday = ReminderRules::dayNames().at(today.dayOfWeek() - 1);
    const QString otherDay = ReminderRules::dayNames().at(today.dayOfWeek() % 7);
    QCborMap narrow = schedule(u"ana"_s, id, medication, u"08:00"_s);
    for (const auto &[key, value] :
         { std::pair { u"days"_s, QCborValue(otherDay) },
           std::pair { u"end_date"_s, QCborValue(today.addDays(-1).toString(Qt::ISODate)) },
           std::pair { u"active"_s, QCborValue(false) } }) {
        QCborMap changed = narrow;
        changed.insert(key, value);
        QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s, changed)),
                 u"confirmed"_s);
        QCOMPARE(dose(now, taken), u"rejected"_s);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM dose_record WHERE schedule_id = ?"_s, { id }), 0);
    narrow.insert(u"days"_s, weekday);
    narrow.insert(u"end_date"_s, today.toString(Qt::ISODate));
    QCOMPARE(status(apply(u"ana"_s, u"medication_schedule.put"_s, narrow)), u"confirmed"_s);
    QCOMPARE(dose(now, taken), u"confirmed"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM dose_record WHERE schedule_id = ?"_s, { id }), 1);

    const QString followUp = newId();
    QCborMap set = { { u"id"_s, followUp },
                     { u"patient_id"_s, m_ids[u"ana"_s] },
                     { u"due_date"_s, today.toString(Qt::ISODate) },
                     { u"text"_s, QString(100'000, u'x') } };
    QCOMPARE(status(apply(u"dr-one"_s, u"followup.put"_s, set)), u"rejected"_s);
    set.insert(u"text"_s, u"Blood test."_s);
    set.insert(u"due_date"_s, today.addYears(6).toString(Qt::ISODate));
    QCOMPARE(status(apply(u"dr-one"_s, u"followup.put"_s, set)), u"rejected"_s);
    set.insert(u"due_date"_s, today.toString(Qt::ISODate));
    set.insert(u"due_time"_s, u"24:00"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"followup.put"_s, set)), u"rejected"_s);
    set.remove(u"due_time"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"followup.put"_s, set)), u"confirmed"_s);
    for (const QCborValue &done :
         { QCborValue(1), QCborValue(u"true"_s), QCborValue(QCborValue::Null) })
        QCOMPARE(status(apply(u"ana"_s, u"followup.done"_s,
                              { { u"id"_s, followUp }, { u"done"_s, done } })),
                 u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM followup_reminder WHERE id = ? AND done_at IS NULL"_s,
                    { followUp }),
             1);
}

QTEST_GUILESS_MAIN(TestHostileReminders)
#include "tst_hostilereminders.moc"
