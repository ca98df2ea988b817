// Booking through the desktop windows, offscreen, against the real server: a patient finds a
// doctor and asks for a time, the doctor confirms it, the patient sees it confirmed. Set
// CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.
#include "clientshell.h"
#include "dialogs/proposetimedialog.h"
#include "mainwindow.h"
#include "models/appointmentlistmodel.h"
#include "models/notificationlistmodel.h"
#include "models/providerlistmodel.h"
#include "pages/appointmentspage.h"
#include "pages/finddoctorpage.h"
#include "pages/notificationspage.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;
}

class TestScheduleUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void patientBooksDoctorConfirmsPatientSeesIt();
    void doctorProposesAnotherTimePatientAccepts();

private:
    std::unique_ptr<ClientShell> newShell(QTemporaryDir &dir);
    MainWindow *signIn(ClientShell &shell, const QString &username);
    QWidget *openPage(MainWindow *window, const QString &title);

    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_ids;
    QTemporaryDir m_patientDir, m_doctorDir, m_setupDir;
    std::vector<std::unique_ptr<UserStores>> m_stores;
};

void TestScheduleUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"reminders/lead_hours"_s, 168); // a week: every test visit is in it
    m_server = std::make_unique<TestServer>();
    m_ids[u"pat"_s] = m_server->addAccount(u"pat"_s, Role::Patient);
    m_ids[u"dr-rosa"_s] = m_server->addAccount(u"dr-rosa"_s, Role::Doctor);
    QVERIFY(m_server->start());
    // Dr Rosa's hours and page, set up from another of her computers.
    TestClient setup(*m_server, u"dr-rosa"_s, m_setupDir.path());
    QVERIFY(setup.signIn());
    for (int day = 1; day <= 7; ++day) {
        QVERIFY(setup.submit(u"availability.set_rule"_s,
                             { { u"id"_s, u"rosa-%1"_s.arg(day) },
                               { u"provider_id"_s, m_ids[u"dr-rosa"_s] },
                               { u"location_id"_s, u"centro"_s },
                               { u"modality"_s, u"in_person"_s },
                               { u"day_of_week"_s, day },
                               { u"start_time"_s, u"09:00"_s },
                               { u"end_time"_s, u"12:00"_s },
                               { u"slot_minutes"_s, 30 },
                               { u"time_zone"_s, u"Europe/Lisbon"_s } }));
    }
    QVERIFY(setup.submit(u"provider.update_profile"_s,
                         { { u"id"_s, m_ids[u"dr-rosa"_s] },
                           { u"display_name"_s, u"Dr Rosa Almeida"_s },
                           { u"specialties"_s, u"dermatology"_s },
                           { u"languages"_s, u"pt, en"_s },
                           { u"modalities"_s, u"in_person"_s },
                           { u"city"_s, u"Lisboa"_s } }));
    QVERIFY(setup.waitIdle());
}

void TestScheduleUi::cleanupTestCase()
{
    m_server.reset();
}

std::unique_ptr<ClientShell> TestScheduleUi::newShell(QTemporaryDir &dir)
{
    m_stores.push_back(std::make_unique<UserStores>(dir.path(), test::fastStoreOptions()));
    auto shell = std::make_unique<ClientShell>(*m_stores.back(), dir.path());
    shell->setDefaultServer(m_server->url());
    if (!shell->trustServer(m_server->url(), m_server->identity().fingerprint()))
        return nullptr;
    shell->start();
    return shell;
}

MainWindow *TestScheduleUi::signIn(ClientShell &shell, const QString &username)
{
    SignInWindow *window = shell.signInWindow();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    field(window, u"User name"_s)->setText(username);
    field(window, u"Password"_s)->setText(syncPassword);
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return shell.mainWindow() != nullptr; }, waitMs))
        return nullptr;
    MainWindow *main = shell.mainWindow();
    main->resize(1100, 720);
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

QWidget *TestScheduleUi::openPage(MainWindow *window, const QString &title)
{
    for (int row = 0; row < window->navigation()->count(); ++row) {
        if (window->navigation()->item(row)->text() == title)
            window->navigation()->setCurrentRow(row);
    }
    return window->currentPage();
}

void TestScheduleUi::patientBooksDoctorConfirmsPatientSeesIt()
{
    auto patientShell = newShell(m_patientDir);
    QVERIFY(patientShell);
    MainWindow *patient = signIn(*patientShell, u"pat"_s);
    QVERIFY(patient);
    auto *find = qobject_cast<FindDoctorPage *>(openPage(patient, u"Find a doctor"_s));
    QVERIFY(find);
    // The directory arrives with the first sync; search for her by specialty.
    QVERIFY(type(find, u"Doctor or specialty"_s, u"derma"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
            (button(find, u"Search"_s)->click(), find->providers()->rowCount() == 1), waitMs);
    find->providerList()->setCurrentIndex(find->providers()->index(0));
    QVERIFY(find->freeTimes()->rowCount() > 0);
    find->slotList()->setCurrentIndex(find->freeTimes()->index(0));
    const qint64 start = find->freeTimes()->at(0)->startMs;
    screenshot(patient, u"schedule-1-find-a-doctor"_s);
    button(find, u"Request this time"_s)->click();
    // The chosen time leaves the list at once (it is now the patient's, tentatively).
    QCOMPARE(find->freeTimes()->at(0) ? find->freeTimes()->at(0)->startMs != start : true, true);

    auto *mine = qobject_cast<AppointmentsPage *>(openPage(patient, u"My appointments"_s));
    QVERIFY(mine);
    QCOMPARE(mine->model()->rowCount(), 1);
    QVERIFY(mine->model()->index(0).data().toString().contains(u"Dr Rosa Almeida"));
    QCOMPARE(mine->model()->index(0).data(int(AppointmentListModel::DataRole::Status)).toString(),
             u"requested"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!mine->model()
                                      ->index(0)
                                      .data(int(AppointmentListModel::DataRole::IsTentative))
                                      .toBool(),
                             waitMs);
    screenshot(patient, u"schedule-2-requested"_s);

    // The doctor, on her own computer, confirms it.
    auto doctorShell = newShell(m_doctorDir);
    QVERIFY(doctorShell);
    MainWindow *doctor = signIn(*doctorShell, u"dr-rosa"_s);
    QVERIFY(doctor);
    auto *requests = qobject_cast<AppointmentsPage *>(openPage(doctor, u"Appointments"_s));
    QVERIFY(requests);
    QTRY_COMPARE_WITH_TIMEOUT(requests->model()->rowCount(), 1, waitMs);
    // Who asks: the patient's account name, though she is on no care team of the doctor's.
    QVERIFY(requests->model()->index(0).data().toString().contains(u"pat Test"));
    requests->list()->setCurrentIndex(requests->model()->index(0));
    QPushButton *confirm = button(requests, u"Confirm"_s);
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(!button(requests, u"Check in"_s)); // the front desk's, not the doctor's
    QPushButton *confirmOwn = button(mine, u"Confirm"_s);
    QVERIFY(!confirmOwn); // a patient never confirms
    screenshot(doctor, u"schedule-3-doctor-requests"_s);
    confirm->click();
    QTRY_VERIFY(!confirm->isVisible()); // confirmed: nothing left to confirm

    // The patient sees it confirmed, without doing anything.
    QTRY_COMPARE_WITH_TIMEOUT(
            mine->model()->index(0).data(int(AppointmentListModel::DataRole::Status)).toString(),
            u"confirmed"_s, waitMs);
    QVERIFY(mine->model()->index(0).data().toString().contains(u"Confirmed"));
    mine->list()->setCurrentIndex(mine->model()->index(0));
    QPushButton *cancel = button(mine, u"Cancel appointment"_s);
    QVERIFY(cancel && cancel->isVisible());
    QVERIFY(!button(mine, u"Accept the new time"_s)); // only while a new time is proposed
    screenshot(patient, u"schedule-4-confirmed"_s);
    // The notification centre tells her, once, with a reminder (the visit is within the
    // week's lead set below), and counts both in the page list.
    auto *notices = qobject_cast<NotificationsPage *>(openPage(patient, u"Notifications (2)"_s));
    QVERIFY(notices);
    QCOMPARE(notices->model()->rowCount(), 2);
    QVERIFY(notices->model()->index(0).data().toString().contains(
            u"Reminder: your visit with Dr Rosa Almeida"));
    QVERIFY(notices->model()->index(1).data().toString().contains(
            u"Confirmed: the visit with Dr Rosa Almeida"));
    screenshot(patient, u"schedule-7-notifications"_s);
    button(notices, u"Mark all as read"_s)->click();
    QCOMPARE(patient->navigation()->item(patient->navigation()->currentRow())->text(),
             u"Notifications"_s);

    // Into the patient's own calendar: the selected visit, confirmed, at its UTC time.
    const QString ics = m_patientDir.filePath(u"visit.ics"_s);
    QVERIFY(mine->exportCalendar(ics, { mine->selectedId() }));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    QVERIFY(calendar.contains("SUMMARY:Visit: Dr Rosa Almeida\r\n"));
    QVERIFY(calendar.contains("STATUS:CONFIRMED\r\n"));
    const QByteArray startLine = "DTSTART:"
            + QDateTime::fromMSecsSinceEpoch(start, Qt::UTC)
                      .toString(u"yyyyMMdd'T'HHmmss'Z'"_s)
                      .toLatin1();
    QVERIFY(calendar.contains(startLine));
    // A folder that cannot be written to: an error, and no half-written file.
    const QString blocked = m_patientDir.filePath(u"missing/dir/visit.ics"_s);
    QVERIFY(!mine->exportCalendar(blocked, {}));
    QVERIFY(!QFile::exists(blocked));
}

void TestScheduleUi::doctorProposesAnotherTimePatientAccepts()
{
    QTemporaryDir patientDir, doctorDir;
    auto patientShell = newShell(patientDir);
    auto doctorShell = newShell(doctorDir);
    QVERIFY(patientShell && doctorShell);
    MainWindow *patient = signIn(*patientShell, u"pat"_s);
    QVERIFY(patient);
    auto *find = qobject_cast<FindDoctorPage *>(openPage(patient, u"Find a doctor"_s));
    QVERIFY(find);
    QTRY_VERIFY_WITH_TIMEOUT(
            (button(find, u"Search"_s)->click(), find->providers()->rowCount() == 1), waitMs);
    find->providerList()->setCurrentIndex(find->providers()->index(0));
    QTRY_VERIFY(find->freeTimes()->rowCount() > 2);
    find->slotList()->setCurrentIndex(find->freeTimes()->index(2));
    button(find, u"Request this time"_s)->click();
    auto *mine = qobject_cast<AppointmentsPage *>(openPage(patient, u"My appointments"_s));
    QVERIFY(mine);
    const QString id = mine->selectedId();
    QVERIFY(!id.isEmpty()); // the new request is selected for them

    MainWindow *doctor = signIn(*doctorShell, u"dr-rosa"_s);
    QVERIFY(doctor);
    auto *requests = qobject_cast<AppointmentsPage *>(openPage(doctor, u"Appointments"_s));
    QTRY_VERIFY_WITH_TIMEOUT(requests->model()->rowOf(id) >= 0, waitMs);
    requests->select(id);
    button(requests, u"Propose another time…"_s)->click();
    QPointer<ProposeTimeDialog> dialog;
    QTRY_VERIFY((dialog = requests->findChild<ProposeTimeDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->freeTimes()->rowCount() > 5);
    dialog->list()->setCurrentIndex(dialog->freeTimes()->index(5));
    const qint64 offered = dialog->chosen()->startMs;
    screenshot(dialog, u"schedule-5-propose"_s);
    button(dialog, u"Propose"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(mine->model()
                                      ->index(mine->model()->rowOf(id))
                                      .data(int(AppointmentListModel::DataRole::Status))
                                      .toString(),
                              u"proposed"_s, waitMs);
    mine->select(id);
    QVERIFY(mine->model()
                    ->index(mine->model()->rowOf(id))
                    .data()
                    .toString()
                    .contains(AppointmentListModel::when(offered)));
    screenshot(patient, u"schedule-6-proposed"_s);
    button(mine, u"Accept the new time"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(requests->model()
                                      ->index(requests->model()->rowOf(id))
                                      .data(int(AppointmentListModel::DataRole::Status))
                                      .toString(),
                              u"confirmed"_s, waitMs);
    QCOMPARE(requests->model()
                     ->index(requests->model()->rowOf(id))
                     .data(int(AppointmentListModel::DataRole::StartMs))
                     .toLongLong(),
             offered);
}

QTEST_MAIN(TestScheduleUi)
#include "tst_scheduleui.moc"
