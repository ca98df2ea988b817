// The clinic's booking rules through real clients and the real server: the provider's page
// (credentials, licence, fee, locations), the admin's cancellation window, the waitlist that
// is offered freed times, and ratings of completed visits.
#include "domain/notificationfeed.h"
#include "domain/providerdirectory.h"
#include "sync/accountclient.h"
#include "syncfixture.h"

#include <QDateTime>
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

// `hour`:00 UTC, `days` days from today: inside the doctor's hours.
qint64 slotAt(int days, int hour)
{
    return QDateTime(QDate::currentDate().addDays(days), QTime(hour, 0), Qt::UTC)
            .toMSecsSinceEpoch();
}

constexpr qint64 hourMs = 3'600'000;

} // namespace

class TestBookingRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theProviderPageCarriesPracticeDetails();
    void aFreedTimeIsOfferedToTheWaitlist();
    void patientsRateCompletedVisitsOnly();
    void theCancellationWindowStopsLatePatientCancellations();
    void aDisabledDoctorLeavesTheDirectory();

private:
    std::unique_ptr<TestClient> client(const QString &username);
    QString book(TestClient &client, const QString &patient, qint64 start);
    // The last change's outcome once synced: empty when confirmed, else the reason.
    QString refusal(TestClient &client);

    QTemporaryDir m_storeDir;
    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_ids;
    std::unique_ptr<TestClient> m_doctor;
    std::unique_ptr<TestClient> m_desk;
};

void TestBookingRules::initTestCase()
{
    QVERIFY(m_storeDir.isValid());
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"dr-lima"_s, Role::Doctor }, std::pair { u"desk"_s, Role::FrontDesk },
           std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"boss"_s, Role::Admin }, std::pair { u"dr-gone"_s, Role::Doctor } }) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    QVERIFY(m_server->start());
    // Every day 08:00-18:00 UTC in hour-long slots, so a slot is never more than 14 h away.
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
                                   { u"slot_minutes"_s, 60 },
                                   { u"time_zone"_s, u"UTC"_s } }));
    }
    QVERIFY(m_doctor->submit(u"provider.update_profile"_s,
                             { { u"id"_s, m_ids[u"dr-lima"_s] },
                               { u"display_name"_s, u"Dr Inês Lima"_s },
                               { u"specialties"_s, u"cardiology"_s } }));
    QVERIFY(m_doctor->waitIdle());
    QCOMPARE(m_doctor->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
    m_desk = client(u"desk"_s);
}

void TestBookingRules::cleanupTestCase()
{
    m_doctor.reset();
    m_desk.reset();
    m_server.reset();
}

std::unique_ptr<TestClient> TestBookingRules::client(const QString &username)
{
    auto made =
            std::make_unique<TestClient>(*m_server, username, m_storeDir.path() + u'/' + newId());
    if (!made->signIn() || !made->waitIdle())
        qWarning() << username << "could not sign in and sync";
    return made;
}

QString TestBookingRules::book(TestClient &client, const QString &patient, qint64 start)
{
    const QString id = newId();
    auto submitted = client.submit(u"appointment.request"_s,
                                   { { u"id"_s, id },
                                     { u"patient_id"_s, m_ids[patient] },
                                     { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                                     { u"start_at"_s, start },
                                     { u"modality"_s, u"in_person"_s } });
    if (!submitted)
        qWarning() << "request refused here:" << submitted.error().fullText();
    return submitted && client.waitIdle() && refusal(client).isEmpty() ? id : QString();
}

QString TestBookingRules::refusal(TestClient &client)
{
    client.waitIdle();
    auto outcomes = client.replica->outcomes();
    if (!outcomes || outcomes->isEmpty())
        return u"no outcome"_s;
    return outcomes->first().confirmed ? QString() : outcomes->first().reason;
}

void TestBookingRules::theProviderPageCarriesPracticeDetails()
{
    auto boss = client(u"boss"_s);
    QVERIFY(boss->submit(u"location.put"_s,
                         { { u"id"_s, u"loc-baixa"_s },
                           { u"name"_s, u"Clínica da Baixa"_s },
                           { u"address_line"_s, u"Rua Augusta 120"_s },
                           { u"city"_s, u"Lisboa"_s },
                           { u"phone"_s, u"+351 21 000 0000"_s },
                           { u"hours"_s, u"Mon–Fri 08:00–19:00"_s },
                           { u"time_zone"_s, u"Europe/Lisbon"_s } }));
    QVERIFY(boss->waitIdle());
    QVERIFY(refusal(*boss).isEmpty());
    // Only the admin keeps the clinic's locations.
    auto refused = m_doctor->submit(u"location.put"_s,
                                    { { u"id"_s, u"loc-x"_s }, { u"name"_s, u"Mine"_s } });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);

    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"clinic_location"_s), 1, 10000);
    const QCborMap page {
        { u"id"_s, m_ids[u"dr-lima"_s] },      { u"display_name"_s, u"Dr Inês Lima"_s },
        { u"specialties"_s, u"cardiology"_s }, { u"credentials"_s, u"MD, Lisbon; FESC"_s },
        { u"years_experience"_s, 12 },         { u"fee_cents"_s, 6000 },
        { u"fee_currency"_s, u"eur"_s },       { u"location_ids"_s, u"loc-baixa"_s }
    };
    QVERIFY(m_doctor->submit(u"provider.update_profile"_s, page));
    QVERIFY(m_doctor->waitIdle());
    QVERIFY(refusal(*m_doctor).isEmpty());

    auto ana = client(u"ana"_s);
    auto read = ProviderDirectory(ana->db()).page(m_ids[u"dr-lima"_s]);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read->credentials, u"MD, Lisbon; FESC"_s);
    QCOMPARE(read->licenceNumber, u"LIC-DR-LIMA"_s); // from the account, not the doctor's word
    QCOMPARE(read->yearsExperience, 12);
    QCOMPARE(read->feeCents, 6000);
    QCOMPARE(read->feeCurrency, u"EUR"_s);
    QCOMPARE(read->locationIds, QStringList { u"loc-baixa"_s });

    // A location that does not exist, or a fee without its currency, is refused.
    QCborMap unknown = page;
    unknown.insert(u"location_ids"_s, u"loc-nowhere"_s);
    auto nowhere = m_doctor->submit(u"provider.update_profile"_s, unknown);
    QVERIFY(!nowhere);
    QVERIFY(nowhere.error().message.contains(u"location"_s));
    QCborMap priceless = page;
    priceless.insert(u"fee_currency"_s, QString());
    QVERIFY(!m_doctor->submit(u"provider.update_profile"_s, priceless));
}

// Ben waits for any time this week; Ana's cancelled visit is offered to him, and booking it
// closes his entry.
void TestBookingRules::aFreedTimeIsOfferedToTheWaitlist()
{
    auto ana = client(u"ana"_s);
    auto ben = client(u"ben"_s);
    const QString visit = book(*ana, u"ana"_s, slotAt(3, 11));
    QVERIFY(!visit.isEmpty());

    const QString entry = newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(ben->submit(u"waitlist.join"_s,
                        { { u"id"_s, entry },
                          { u"patient_id"_s, m_ids[u"ben"_s] },
                          { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                          { u"from_at"_s, now },
                          { u"until_at"_s, now + 7 * 24 * hourMs } }));
    QVERIFY(refusal(*ben).isEmpty());
    QCOMPARE(ben->value(u"waitlist_entry"_s, entry, u"status"_s), u"waiting"_s);
    // The doctor and the front desk see who waits; another patient does not.
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->value(u"waitlist_entry"_s, entry, u"patient_name"_s),
                              u"ben Test"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"waitlist_entry"_s, u"id = '%1'"_s.arg(entry)), 1,
                              10000);
    QCOMPARE(ana->count(u"waitlist_entry"_s), 0);
    // Waiting for a past period is refused.
    auto past = ben->submit(u"waitlist.join"_s,
                            { { u"id"_s, newId() },
                              { u"patient_id"_s, m_ids[u"ben"_s] },
                              { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                              { u"from_at"_s, now - 48 * hourMs },
                              { u"until_at"_s, now - 24 * hourMs } });
    QVERIFY(!past);

    NotificationFeed feed(ben->db(), m_ids[u"ben"_s], Role::Patient, Clock::system());
    QVERIFY(feed.update()); // the first look

    QVERIFY(ana->submit(u"appointment.cancel"_s, { { u"id"_s, visit } }));
    QVERIFY(refusal(*ana).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ben->value(u"waitlist_entry"_s, entry, u"status"_s), u"offered"_s,
                              10000);
    QCOMPARE(ben->value(u"waitlist_entry"_s, entry, u"offered_start_at"_s).toLongLong(),
             slotAt(3, 11));
    // Ben's notification centre tells him, once.
    auto news = feed.update();
    QVERIFY2(news, qPrintable(news ? QString() : news.error().fullText()));
    QCOMPARE(news->size(), 1);
    QCOMPARE(news->first().kind, u"waitlist"_s);
    QVERIFY2(news->first().text.contains(u"Dr Inês Lima"_s), qPrintable(news->first().text));
    auto again = feed.update();
    QVERIFY(again && again->isEmpty());
    // Ana sees nothing of who was offered her time.
    QCOMPARE(ana->count(u"waitlist_entry"_s), 0);

    QVERIFY(!book(*ben, u"ben"_s, slotAt(3, 11)).isEmpty());
    QCOMPARE(ben->value(u"waitlist_entry"_s, entry, u"status"_s), u"booked"_s);
    // Leaving the list removes the entry everywhere.
    QVERIFY(ben->submit(u"waitlist.leave"_s, { { u"id"_s, entry } }));
    QVERIFY(refusal(*ben).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
            m_desk->count(u"waitlist_entry"_s, u"id = '%1' AND NOT deleted"_s.arg(entry)), 0,
            10000);
}

void TestBookingRules::patientsRateCompletedVisitsOnly()
{
    auto ana = client(u"ana"_s);
    const QString visit = book(*ana, u"ana"_s, slotAt(4, 9));
    QVERIFY(!visit.isEmpty());
    const QCborMap rating { { u"appointment_id"_s, visit }, { u"stars"_s, 4 } };
    auto early = ana->submit(u"rating.rate"_s, rating);
    QVERIFY(!early);
    QVERIFY(early.error().message.contains(u"completed"_s));

    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->value(u"appointment"_s, visit, u"status"_s), u"requested"_s,
                              10000);
    for (const char *move : { "appointment.confirm", "appointment.check_in" })
        QVERIFY(m_desk->submit(QString::fromLatin1(move), { { u"id"_s, visit } }));
    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"appointment"_s, visit, u"status"_s),
                              u"checked_in"_s, 10000);
    QVERIFY(m_doctor->submit(u"appointment.complete"_s, { { u"id"_s, visit } }));
    QVERIFY(refusal(*m_doctor).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ana->value(u"appointment"_s, visit, u"status"_s), u"completed"_s,
                              10000);

    // Ben cannot rate Ana's visit; stars are 1 to 5.
    auto ben = client(u"ben"_s);
    auto stranger = ben->submit(u"rating.rate"_s, rating);
    QVERIFY(!stranger);
    QVERIFY(!ana->submit(u"rating.rate"_s, { { u"appointment_id"_s, visit }, { u"stars"_s, 6 } }));

    QVERIFY(ana->submit(u"rating.rate"_s, rating));
    QVERIFY(refusal(*ana).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
            ben->value(u"provider_profile"_s, m_ids[u"dr-lima"_s], u"rating_count"_s), u"1"_s,
            10000);
    // Rating again replaces the first: the average is of one rating, 2 stars.
    QVERIFY(ana->submit(u"rating.rate"_s, { { u"appointment_id"_s, visit }, { u"stars"_s, 2 } }));
    QVERIFY(refusal(*ana).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
            ben->value(u"provider_profile"_s, m_ids[u"dr-lima"_s], u"rating_sum"_s), u"2"_s, 10000);
    QCOMPARE(ben->value(u"provider_profile"_s, m_ids[u"dr-lima"_s], u"rating_count"_s), u"1"_s);
    // The single rating goes to the doctor, not to other patients.
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"provider_rating"_s), 1, 10000);
    QCOMPARE(ben->count(u"provider_rating"_s), 0);

    ProviderQuery query;
    query.minRating = 3;
    auto none = ProviderDirectory(ben->db()).search(query);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    query.minRating = 2;
    query.sort = ProviderQuery::Sort::Rating;
    auto found = ProviderDirectory(ben->db()).search(query);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().rating, 2.0);
}

void TestBookingRules::theCancellationWindowStopsLatePatientCancellations()
{
    auto boss = client(u"boss"_s);
    auto bad = boss->submit(u"clinic.set_cancellation_window"_s, { { u"hours"_s, -1 } });
    QVERIFY(!bad);
    QVERIFY(boss->submit(u"clinic.set_cancellation_window"_s, { { u"hours"_s, 24 } }));
    QVERIFY(refusal(*boss).isEmpty());

    auto ana = client(u"ana"_s);
    QCOMPARE(ana->value(u"clinic_setting"_s, u"cancellation_window_hours"_s, u"value"_s), u"24"_s);
    // The first free hour is at most 14 hours away: inside the window.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto soon =
            ProviderDirectory(ana->db()).freeSlotsOf(m_ids[u"dr-lima"_s], now, now + 24 * hourMs);
    QVERIFY(soon && !soon->isEmpty());
    const QString late = book(*ana, u"ana"_s, soon->first().startMs);
    const QString early = book(*ana, u"ana"_s, slotAt(5, 15));
    QVERIFY(!late.isEmpty() && !early.isEmpty());

    auto cancel = ana->submit(u"appointment.cancel"_s, { { u"id"_s, late } });
    QVERIFY(!cancel);
    QVERIFY2(cancel.error().message.contains(u"24 hours"_s), qPrintable(cancel.error().message));
    auto move = ana->submit(u"appointment.reschedule"_s,
                            { { u"id"_s, late }, { u"start_at"_s, slotAt(6, 9) } });
    QVERIFY(!move);
    QCOMPARE(ana->value(u"appointment"_s, late, u"status"_s), u"requested"_s);
    // Further ahead she still can; the front desk can at any time.
    QVERIFY(ana->submit(u"appointment.cancel"_s, { { u"id"_s, early } }));
    QVERIFY(refusal(*ana).isEmpty());
    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->value(u"appointment"_s, late, u"status"_s), u"requested"_s,
                              10000);
    QVERIFY(m_desk->submit(u"appointment.cancel"_s, { { u"id"_s, late } }));
    QVERIFY(refusal(*m_desk).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ana->value(u"appointment"_s, late, u"status"_s), u"cancelled"_s,
                              10000);
    QVERIFY(boss->submit(u"clinic.set_cancellation_window"_s, { { u"hours"_s, 0 } }));
    QVERIFY(refusal(*boss).isEmpty());
}

// Once the admin disables a doctor, their page leaves everyone's directory: a doctor who
// cannot be booked is not listed.
void TestBookingRules::aDisabledDoctorLeavesTheDirectory()
{
    auto gone = client(u"dr-gone"_s);
    QVERIFY(gone->submit(
            u"provider.update_profile"_s,
            { { u"id"_s, m_ids[u"dr-gone"_s] }, { u"display_name"_s, u"Dr Gone"_s } }));
    QVERIFY(refusal(*gone).isEmpty());
    auto ana = client(u"ana"_s);
    QCOMPARE(ana->count(u"provider_profile"_s,
                        u"id = '%1' AND NOT deleted"_s.arg(m_ids[u"dr-gone"_s])),
             1);
    auto boss = client(u"boss"_s);
    AccountClient accounts(*boss->connection);
    std::optional<bool> done;
    accounts.setEnabled(this, m_ids[u"dr-gone"_s], false, u"Left the clinic"_s,
                        [&done](Result<void> result) { done = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
    QVERIFY(*done);
    QTRY_COMPARE_WITH_TIMEOUT(ana->count(u"provider_profile"_s,
                                         u"id = '%1' AND NOT deleted"_s.arg(m_ids[u"dr-gone"_s])),
                              0, 10000);
    auto found = ProviderDirectory(ana->db()).search({});
    QVERIFY(found);
    for (const ProviderHit &hit : *found)
        QVERIFY(hit.id != m_ids[u"dr-gone"_s]);
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
