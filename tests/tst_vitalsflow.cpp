// Vital signs end to end, as their users do it (issue 14's GUI flow): the patient pairs the
// simulated blood-pressure cuff on the Devices page, a high reading travels through the real
// server, the doctor's Monitoring page puts that patient first with the alert, and the doctor
// acknowledges it, which the server keeps and audits.

#include "clientshell.h"
#include "desktopclients.h"
#include "devices/devicemanager.h"
#include "devices/devicespage.h"
#include "devices/simulatedhealthdevices.h"
#include "mainwindow.h"
#include "syncfixture.h"
#include "vitals/acknowledgealertdialog.h"
#include "vitals/monitoringmodel.h"
#include "vitals/monitoringpage.h"
#include "widgettestsupport.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const QString cuff = QString::fromLatin1(SimulatedHealthDevices::bloodPressureCuff);

} // namespace

class TestVitalsFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCuffsHighReadingReachesTheDoctorWhoAcknowledgesIt();

private:
    qint64 serverCount(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<DesktopClients> m_desktops;
    QHash<QString, QString> m_ids;
};

void TestVitalsFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"zoe"_s, Role::Patient }, std::pair { u"adam"_s, Role::Patient },
           std::pair { u"dr-lima"_s, Role::Doctor }, std::pair { u"desk"_s, Role::FrontDesk } }) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    QVERIFY(m_server->start());
    m_desktops = std::make_unique<DesktopClients>(*m_server);

    // Two patients of Dr Lima's, named so that the alphabet alone would list Adam first; his
    // pressure is fine. Dr Lima's bounds for Zoe: above 140/90 is high.
    for (const auto &[name, given, family] :
         { std::tuple { u"zoe"_s, u"Zoe"_s, u"Ward"_s },
           std::tuple { u"adam"_s, u"Adam"_s, u"Bell"_s } }) {
        TestClient patient(*m_server, name, m_dir.filePath(u"setup-"_s + name));
        QVERIFY(patient.signIn() && patient.waitIdle());
        QVERIFY(patient.submit(u"patient.update"_s, { { u"id"_s, m_ids[name] },
                                                      { u"given_name"_s, given },
                                                      { u"family_name"_s, family } }));
        QVERIFY(patient.waitIdle());
    }
    TestClient desk(*m_server, u"desk"_s, m_dir.filePath(u"setup-desk"_s));
    QVERIFY(desk.signIn() && desk.waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(desk.count(u"patient"_s), 2, waitMs);
    for (const QString &patient : { u"zoe"_s, u"adam"_s })
        QVERIFY(desk.submit(u"care_team.assign"_s, { { u"patient_id"_s, m_ids[patient] },
                                                     { u"staff_id"_s, m_ids[u"dr-lima"_s] },
                                                     { u"staff_name"_s, u"Dr Lima"_s } }));
    QVERIFY(desk.waitIdle());
    TestClient doctor(*m_server, u"dr-lima"_s, m_dir.filePath(u"setup-doctor"_s));
    QVERIFY(doctor.signIn() && doctor.waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(doctor.count(u"care_team"_s), 2, waitMs);
    QVERIFY(doctor.submit(u"vital.threshold.set"_s, { { u"patient_id"_s, m_ids[u"zoe"_s] },
                                                      { u"kind"_s, u"blood_pressure"_s },
                                                      { u"high"_s, 140 },
                                                      { u"high2"_s, 90 } }));
    QVERIFY(doctor.submit(u"vital.record"_s,
                          { { u"id"_s, u"adam-bp-1"_s },
                            { u"patient_id"_s, m_ids[u"adam"_s] },
                            { u"kind"_s, u"blood_pressure"_s },
                            { u"value"_s, 124.0 },
                            { u"diastolic"_s, 80.0 },
                            { u"entered_unit"_s, u"mmHg"_s },
                            { u"taken_at"_s, Clock::system().nowMs() - 3600'000 },
                            { u"source"_s, u"manual"_s } }));
    QVERIFY(doctor.waitIdle());
}

void TestVitalsFlow::cleanupTestCase()
{
    m_desktops.reset();
    m_server.reset();
}

qint64 TestVitalsFlow::serverCount(const QString &sql) const
{
    auto store = m_server->openDatabase();
    if (!store)
        return -1;
    QSqlQuery query(store.value()->database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestVitalsFlow::aCuffsHighReadingReachesTheDoctorWhoAcknowledgesIt()
{
    auto doctorShell = m_desktops->open(m_dir.filePath(u"doctor"_s));
    QVERIFY(doctorShell);
    MainWindow *doctorWindow = DesktopClients::signIn(*doctorShell, u"dr-lima"_s);
    QVERIFY(doctorWindow);
    auto *monitoring = qobject_cast<MonitoringPage *>(openPage(doctorWindow, u"Monitoring"_s));
    QVERIFY(monitoring);
    QTRY_COMPARE_WITH_TIMEOUT(monitoring->model()->rowCount(), 2, waitMs);
    QCOMPARE(monitoring->model()->rowOf(m_ids[u"adam"_s]), 0); // nobody out of range yet

    // The patient pairs the cuff on the Devices page, as a user would.
    auto patientShell = m_desktops->open(m_dir.filePath(u"patient"_s));
    QVERIFY(patientShell);
    patientShell->setSimulatedDevices(true);
    MainWindow *patientWindow = DesktopClients::signIn(*patientShell, u"zoe"_s);
    QVERIFY(patientWindow);
    auto *devices = qobject_cast<DevicesPage *>(openPage(patientWindow, u"Devices"_s));
    QVERIFY(devices);
    QTRY_VERIFY_WITH_TIMEOUT(devices->manager() != nullptr, waitMs);
    auto *simulated = qobject_cast<SimulatedHealthDevices *>(&devices->manager()->source());
    QVERIFY(simulated);
    simulated->setAutomatic(false); // this test says when the cuff measures
    QPushButton *scan = button(devices, u"Scan"_s);
    QVERIFY(scan && scan->isEnabled());
    scan->click();
    simulated->finishDiscovery();
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < devices->foundList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = devices->foundList()->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == cuff)
            found = item;
    }
    QVERIFY(found);
    devices->foundList()->setCurrentItem(found);
    QPushButton *pair = button(devices, u"Pair"_s);
    QVERIFY(pair && pair->isEnabled());
    pair->click();
    QTRY_COMPARE_WITH_TIMEOUT(devices->pairedList()->topLevelItemCount(), 1, waitMs);

    simulated->readings().systolic = 182;
    simulated->readings().diastolic = 112;
    simulated->measure(cuff);
    QTRY_VERIFY_WITH_TIMEOUT(
            devices->pairedList()->topLevelItem(0)->text(4).startsWith(u"182/112 mmHg"_s),
            waitMs);

    // Through the server to the doctor: Zoe first, with her alert, though Adam sorts first.
    const QString zoe = m_ids[u"zoe"_s];
    QTRY_COMPARE_WITH_TIMEOUT(monitoring->model()->rowOf(zoe), 0, waitMs);
    const MonitoringModel::Row *row = monitoring->model()->row(0);
    QVERIFY(row && row->alertToAcknowledge());
    QCOMPARE(row->alertToAcknowledge()->summary, u"182/112 mmHg"_s);
    QCOMPARE(serverCount(u"SELECT COUNT(*) FROM vital_reading WHERE source = 'device' AND "
                         u"device_address = '"_s
                         + cuff + u"'"_s),
             1);
    monitoring->grab().save(u"/tmp/vitalsflow-monitoring.png"_s);

    // The doctor acknowledges it with a note.
    monitoring->table()->setCurrentIndex(monitoring->model()->index(0, 0));
    QPushButton *acknowledge = button(monitoring, u"Acknowledge…"_s);
    QVERIFY(acknowledge && acknowledge->isEnabled());
    acknowledge->click();
    AcknowledgeAlertDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = monitoring->findChild<AcknowledgeAlertDialog *>()),
                             waitMs);
    dialog->noteField()->setPlainText(u"Called Zoe: resting, will repeat in an hour."_s);
    QVERIFY(dialog->acknowledgeButton()->isEnabled());
    dialog->acknowledgeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(u"SELECT COUNT(*) FROM vital_alert WHERE "
                                          u"acknowledged_at IS NOT NULL AND acknowledged_note "
                                          u"LIKE 'Called Zoe%'"_s),
                              1, waitMs);
    QCOMPARE(serverCount(u"SELECT COUNT(*) FROM audit_log WHERE action = 'vitals.acknowledge'"_s),
             1);
    // Still first (the episode is open), now acknowledged: nothing left to acknowledge.
    QTRY_VERIFY_WITH_TIMEOUT(monitoring->model()->row(0)
                                     && !monitoring->model()->row(0)->alertToAcknowledge(),
                             waitMs);
    QVERIFY(!acknowledge->isEnabled());
}

QTEST_MAIN(TestVitalsFlow)
#include "tst_vitalsflow.moc"
