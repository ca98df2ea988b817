// The patient's record beyond the register (SPEC S2): emergency contact, preferred doctors,
// conditions, allergies, medications and insurance, through real clients and the real server:
// who may write each list, who receives it, and what bad input gets.
#include "syncfixture.h"

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

} // namespace

class TestHealthRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theProfileCarriesEmergencyContactAndPreferredDoctors();
    void theCareTeamReceivesTheListsTheDeskOnlyInsurance();
    void onlyThePatientAndTheirCareTeamWriteClinicalLists();
    void badItemsAreRefusedWithTheProblem();
    void aRemovedItemLeavesEveryStore();

private:
    std::unique_ptr<TestClient> client(const QString &username);
    Result<qint64> put(TestClient &client, const QString &mutation, const QString &id,
                       QCborMap fields);

    QTemporaryDir m_storeDir;
    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_ids;
    std::unique_ptr<TestClient> m_ana;
    std::unique_ptr<TestClient> m_doctor; // on Ana's care team
    std::unique_ptr<TestClient> m_desk;
};

void TestHealthRecord::initTestCase()
{
    QVERIFY(m_storeDir.isValid());
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-sousa"_s, Role::Doctor }, std::pair { u"dr-other"_s, Role::Doctor },
           std::pair { u"desk"_s, Role::FrontDesk } }) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    QVERIFY(m_server->start());
    m_ana = client(u"ana"_s);
    m_doctor = client(u"dr-sousa"_s);
    m_desk = client(u"desk"_s);
    QVERIFY(m_ana->submit(u"patient.update"_s,
                          { { u"id"_s, m_ids[u"ana"_s] },
                            { u"given_name"_s, u"Ana"_s },
                            { u"family_name"_s, u"Costa"_s } }));
    QVERIFY(m_ana->waitIdle());
    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->count(u"patient"_s), 1, 10000);
    QVERIFY(m_desk->submit(u"care_team.assign"_s,
                           { { u"patient_id"_s, m_ids[u"ana"_s] },
                             { u"staff_id"_s, m_ids[u"dr-sousa"_s] },
                             { u"staff_name"_s, u"Dr Sousa"_s } }));
    QVERIFY(m_desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"patient"_s), 1, 10000);
}

void TestHealthRecord::cleanupTestCase()
{
    m_ana.reset();
    m_doctor.reset();
    m_desk.reset();
    m_server.reset();
}

std::unique_ptr<TestClient> TestHealthRecord::client(const QString &username)
{
    auto made =
            std::make_unique<TestClient>(*m_server, username, m_storeDir.path() + u'/' + newId());
    if (!made->signIn() || !made->waitIdle())
        qWarning() << username << "could not sign in and sync";
    return made;
}

Result<qint64> TestHealthRecord::put(TestClient &client, const QString &mutation, const QString &id,
                                     QCborMap fields)
{
    fields.insert(u"id"_s, id);
    if (!fields.contains(u"patient_id"_s))
        fields.insert(u"patient_id"_s, m_ids[u"ana"_s]);
    return client.submit(mutation, fields);
}

void TestHealthRecord::theProfileCarriesEmergencyContactAndPreferredDoctors()
{
    const QString ana = m_ids[u"ana"_s];
    QVERIFY(m_ana->submit(u"patient.update"_s,
                          { { u"id"_s, ana },
                            { u"emergency_name"_s, u"Rui Costa"_s },
                            { u"emergency_phone"_s, u"+351 912 345 678"_s },
                            { u"emergency_relation"_s, u"brother"_s },
                            { u"preferred_providers"_s, m_ids[u"dr-sousa"_s] } }));
    QVERIFY(m_ana->waitIdle());
    for (TestClient *other : { m_doctor.get(), m_desk.get() }) {
        QTRY_COMPARE_WITH_TIMEOUT(other->value(u"patient"_s, ana, u"emergency_phone"_s),
                                  u"+351 912 345 678"_s, 10000);
        QCOMPARE(other->value(u"patient"_s, ana, u"preferred_providers"_s), m_ids[u"dr-sousa"_s]);
    }
    auto malformed = m_ana->submit(u"patient.update"_s,
                                   { { u"id"_s, ana }, { u"preferred_providers"_s, u"a|b c"_s } });
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_ana->value(u"patient"_s, ana, u"preferred_providers"_s), m_ids[u"dr-sousa"_s]);
}

void TestHealthRecord::theCareTeamReceivesTheListsTheDeskOnlyInsurance()
{
    QVERIFY(put(*m_ana, u"allergy.put"_s, newId(),
                { { u"substance"_s, u"Penicillin"_s },
                  { u"reaction"_s, u"Hives, swelling"_s },
                  { u"severity"_s, u"severe"_s } }));
    QVERIFY(put(*m_ana, u"condition.put"_s, newId(),
                { { u"name"_s, u"Asthma"_s }, { u"since"_s, u"2009"_s } }));
    QVERIFY(put(*m_ana, u"medication.put"_s, newId(),
                { { u"name"_s, u"Salbutamol inhaler"_s },
                  { u"dose"_s, u"100 µg"_s },
                  { u"frequency"_s, u"as needed"_s } }));
    QVERIFY(put(*m_ana, u"insurance.put"_s, newId(),
                { { u"insurer"_s, u"Médis"_s },
                  { u"policy_number"_s, u"MD-5512-88"_s },
                  { u"valid_until"_s, u"2027-12-31"_s } }));
    QVERIFY(m_ana->waitIdle());
    QCOMPARE(m_ana->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);

    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"patient_allergy"_s), 1, 10000);
    QCOMPARE(syncedRowsOf(m_doctor->db(), u"patient_allergy"_s),
             syncedRowsOf(m_ana->db(), u"patient_allergy"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"patient_medication"_s), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->count(u"patient_condition"_s), 1, 10000);
    // A condition given without a status is active.
    QCOMPARE(m_doctor->count(u"patient_condition"_s, u"name = 'Asthma' AND status = 'active'"_s),
             1);

    // The front desk keeps insurance for billing, and never sees the clinical lists.
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->count(u"insurance_policy"_s), 1, 10000);
    QCOMPARE(m_desk->count(u"patient_allergy"_s), 0);
    QCOMPARE(m_desk->count(u"patient_condition"_s), 0);
    QCOMPARE(m_desk->count(u"patient_medication"_s), 0);
    // A doctor not on Ana's care team receives nothing of hers.
    auto other = client(u"dr-other"_s);
    QCOMPARE(other->count(u"patient_allergy"_s), 0);
    QCOMPARE(other->count(u"insurance_policy"_s), 0);
}

void TestHealthRecord::onlyThePatientAndTheirCareTeamWriteClinicalLists()
{
    // Her doctor adds a medication; Ana receives it.
    const QString medication = newId();
    QVERIFY(put(*m_doctor, u"medication.put"_s, medication,
                { { u"name"_s, u"Montelukast"_s },
                  { u"dose"_s, u"10 mg"_s },
                  { u"frequency"_s, u"once a day"_s } }));
    QVERIFY(m_doctor->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_ana->value(u"patient_medication"_s, medication, u"name"_s),
                              u"Montelukast"_s, 10000);
    QCOMPARE(m_ana->value(u"patient_medication"_s, medication, u"updated_by"_s),
             m_ids[u"dr-sousa"_s]);

    // The desk may not write allergies; another patient may write nothing of Ana's.
    auto desk = put(*m_desk, u"allergy.put"_s, newId(),
                    { { u"substance"_s, u"Latex"_s }, { u"severity"_s, u"mild"_s } });
    QVERIFY(!desk);
    QCOMPARE(desk.error().code, ErrorCode::Forbidden);
    auto ben = client(u"ben"_s);
    auto stranger = put(*ben, u"condition.put"_s, newId(), { { u"name"_s, u"Anything"_s } });
    QVERIFY(!stranger);
    QCOMPARE(stranger.error().code, ErrorCode::Forbidden);
    // Nor may an item of Ana's be moved into Ben's record by its id.
    const QString allergy = newId();
    QVERIFY(put(*m_ana, u"allergy.put"_s, allergy,
                { { u"substance"_s, u"Ibuprofen"_s }, { u"severity"_s, u"mild"_s } }));
    auto moved = put(*m_ana, u"allergy.put"_s, allergy,
                     { { u"patient_id"_s, m_ids[u"ben"_s] },
                       { u"substance"_s, u"Ibuprofen"_s },
                       { u"severity"_s, u"mild"_s } });
    QVERIFY(!moved);
    QCOMPARE(moved.error().code, ErrorCode::Forbidden);
    QVERIFY(m_ana->waitIdle());
    QCOMPARE(m_ana->value(u"patient_allergy"_s, allergy, u"patient_id"_s), m_ids[u"ana"_s]);
}

void TestHealthRecord::badItemsAreRefusedWithTheProblem()
{
    const int before = m_ana->count(u"patient_allergy"_s);
    auto severity = put(*m_ana, u"allergy.put"_s, newId(),
                        { { u"substance"_s, u"Peanuts"_s }, { u"severity"_s, u"deadly"_s } });
    QVERIFY(!severity);
    QCOMPARE(severity.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(severity.error().message.contains(u"mild, moderate, severe"_s),
             qPrintable(severity.error().message));
    auto nameless = put(*m_ana, u"allergy.put"_s, newId(), { { u"severity"_s, u"mild"_s } });
    QVERIFY(!nameless);
    QVERIFY(nameless.error().message.contains(u"substance"_s));
    auto date = put(*m_ana, u"insurance.put"_s, newId(),
                    { { u"insurer"_s, u"Médis"_s },
                      { u"policy_number"_s, u"X-1"_s },
                      { u"valid_until"_s, u"31/12/2027"_s } });
    QVERIFY(!date);
    QVERIFY(date.error().message.contains(u"2027-12-31"_s));
    QCOMPARE(m_ana->count(u"patient_allergy"_s), before);
    QCOMPARE(m_ana->count(u"insurance_policy"_s, u"policy_number = 'X-1'"_s), 0);
}

void TestHealthRecord::aRemovedItemLeavesEveryStore()
{
    const QString condition = newId();
    QVERIFY(put(*m_ana, u"condition.put"_s, condition,
                { { u"name"_s, u"Migraine"_s }, { u"status"_s, u"resolved"_s } }));
    QVERIFY(m_ana->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(m_doctor->value(u"patient_condition"_s, condition, u"status"_s),
                              u"resolved"_s, 10000);
    QVERIFY(m_ana->submit(u"condition.remove"_s,
                          { { u"id"_s, condition }, { u"patient_id"_s, m_ids[u"ana"_s] } }));
    QVERIFY(m_ana->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(
            m_doctor->count(u"patient_condition"_s, u"id = '%1' AND NOT deleted"_s.arg(condition)),
            0, 10000);
    auto again = m_ana->submit(u"condition.remove"_s,
                               { { u"id"_s, condition }, { u"patient_id"_s, m_ids[u"ana"_s] } });
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestHealthRecord)
#include "tst_healthrecord.moc"
