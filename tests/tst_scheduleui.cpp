// Booking through the desktop windows, offscreen, against the real server: a patient finds a
// doctor and asks for a time, the doctor confirms it, the patient sees it confirmed. Set
// CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.
#include "appointments/appointmentspage.h"
#include "appointments/proposetimedialog.h"
#include "appointments/ratevisitdialog.h"
#include "appointments/visitsummarydialog.h"
#include "appointments/visitsummarypanel.h"
#include "clientshell.h"
#include "desktopclients.h"
#include "mainwindow.h"
#include "models/appointmentlistmodel.h"
#include "models/locationlistmodel.h"
#include "models/notificationlistmodel.h"
#include "models/providerlistmodel.h"
#include "models/waitlistmodel.h"
#include "pages/clinicspage.h"
#include "pages/finddoctorpage.h"
#include "pages/notificationspage.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "widgets/providerpageview.h"
#include "widgets/waitlistbox.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

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
    void patientFiltersWaitsMovesAndRates();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<DesktopClients> m_desktops;
    QHash<QString, QString> m_ids;
    QTemporaryDir m_patientDir, m_doctorDir, m_setupDir;
};

void TestScheduleUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"reminders/lead_hours"_s, 168); // a week: every test visit is in it
    m_server = std::make_unique<TestServer>();
    m_ids[u"pat"_s] = m_server->addAccount(u"pat"_s, Role::Patient);
    m_ids[u"dr-rosa"_s] = m_server->addAccount(u"dr-rosa"_s, Role::Doctor);
    for (const auto &[name, role] :
         { std::pair { u"dr-tiago"_s, Role::Doctor }, std::pair { u"ana"_s, Role::Patient },
           std::pair { u"desk"_s, Role::FrontDesk }, std::pair { u"boss"_s, Role::Admin } })
        m_ids[name] = m_server->addAccount(name, role);
    QVERIFY(m_server->start());
    m_desktops = std::make_unique<DesktopClients>(*m_server);
    // The clinic's places, in Lisbon and Porto, as the admin set them.
    TestClient admin(*m_server, u"boss"_s, m_setupDir.filePath(u"admin"_s));
    QVERIFY(admin.signIn());
    QVERIFY(admin.submit(u"location.put"_s,
                         { { u"id"_s, u"centro"_s },
                           { u"name"_s, u"Clínica Centro"_s },
                           { u"address_line"_s, u"Avenida da Liberdade 10"_s },
                           { u"city"_s, u"Lisboa"_s },
                           { u"hours"_s, u"Mon–Fri 08:00–19:00"_s },
                           { u"phone"_s, u"+351 21 000 0000"_s },
                           { u"time_zone"_s, u"Europe/Lisbon"_s },
                           { u"latitude_e6"_s, 38'716'000 },
                           { u"longitude_e6"_s, -9'142'000 } }));
    QVERIFY(admin.submit(u"location.put"_s,
                         { { u"id"_s, u"porto"_s },
                           { u"name"_s, u"Clínica do Porto"_s },
                           { u"city"_s, u"Porto"_s },
                           { u"time_zone"_s, u"Europe/Lisbon"_s },
                           { u"latitude_e6"_s, 41'150'000 },
                           { u"longitude_e6"_s, -8'610'000 } }));
    QVERIFY(admin.waitIdle());
    // Dr Tiago sees patients by video from Porto, in Spanish and English, every afternoon.
    TestClient tiago(*m_server, u"dr-tiago"_s, m_setupDir.filePath(u"tiago"_s));
    QVERIFY(tiago.signIn() && tiago.waitIdle()); // the locations first
    for (int day = 1; day <= 7; ++day) {
        QVERIFY(tiago.submit(u"availability.set_rule"_s,
                             { { u"id"_s, u"tiago-%1"_s.arg(day) },
                               { u"provider_id"_s, m_ids[u"dr-tiago"_s] },
                               { u"location_id"_s, u"porto"_s },
                               { u"modality"_s, u"video"_s },
                               { u"day_of_week"_s, day },
                               { u"start_time"_s, u"14:00"_s },
                               { u"end_time"_s, u"17:00"_s },
                               { u"slot_minutes"_s, 30 },
                               { u"time_zone"_s, u"Europe/Lisbon"_s } }));
    }
    QVERIFY(tiago.submit(u"provider.update_profile"_s,
                         { { u"id"_s, m_ids[u"dr-tiago"_s] },
                           { u"display_name"_s, u"Dr Tiago Ruiz"_s },
                           { u"specialties"_s, u"family medicine"_s },
                           { u"languages"_s, u"es, en"_s },
                           { u"modalities"_s, u"video"_s },
                           { u"city"_s, u"Porto"_s },
                           { u"location_ids"_s, u"porto"_s },
                           { u"latitude_e6"_s, 41'150'000 },
                           { u"longitude_e6"_s, -8'610'000 } }));
    QVERIFY(tiago.waitIdle());
    // Dr Rosa's hours and page, set up from another of her computers.
    TestClient setup(*m_server, u"dr-rosa"_s, m_setupDir.path());
    QVERIFY(setup.signIn() && setup.waitIdle());
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
                           { u"city"_s, u"Lisboa"_s },
                           { u"location_ids"_s, u"centro"_s },
                           { u"credentials"_s, u"MD, University of Lisbon"_s },
                           { u"years_experience"_s, 14 },
                           { u"fee_cents"_s, 7500 },
                           { u"fee_currency"_s, u"EUR"_s },
                           { u"latitude_e6"_s, 38'716'000 },
                           { u"longitude_e6"_s, -9'142'000 } }));
    QVERIFY(setup.waitIdle());
    QCOMPARE(setup.count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
}

void TestScheduleUi::cleanupTestCase()
{
    m_desktops.reset();
    m_server.reset();
}

void TestScheduleUi::patientBooksDoctorConfirmsPatientSeesIt()
{
    auto patientShell = m_desktops->open(m_patientDir.path());
    QVERIFY(patientShell);
    MainWindow *patient = DesktopClients::signIn(*patientShell, u"pat"_s);
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
    auto doctorShell = m_desktops->open(m_doctorDir.path());
    QVERIFY(doctorShell);
    MainWindow *doctor = DesktopClients::signIn(*doctorShell, u"dr-rosa"_s);
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

    // The doctor writes the visit's summary under her list; the patient reads it under hers.
    QCOMPARE(openPage(patient, u"My appointments"_s), mine);
    QVERIFY(mine->summary()->isHidden()); // nothing written yet: nothing shown
    QVERIFY(requests->summary()->isVisible());
    QPushButton *write = button(requests, u"Write summary…"_s);
    QVERIFY(write && write->isVisible());
    write->click();
    QPointer<VisitSummaryDialog> editor = requests->findChild<VisitSummaryDialog *>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QPushButton *save = button(editor, u"Save"_s);
    QVERIFY(save && !save->isEnabled()); // nothing typed yet
    editor->editor()->setPlainText(u"Mole on the left shoulder looks benign. Photograph it "
                                   u"again in three months."_s);
    QVERIFY(save->isEnabled());
    screenshot(editor, u"schedule-5-summary-dialog"_s);
    save->click();
    QTRY_VERIFY(!editor);
    QTRY_VERIFY(button(requests, u"Edit summary…"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!mine->summary()->isHidden(), waitMs); // with no click
    QVERIFY(mine->summary()->text()->text().startsWith(u"Mole on the left shoulder"));
    QVERIFY(mine->summary()->byline()->text().startsWith(u"By Dr Rosa Almeida, "));
    QVERIFY(!mine->summary()->writeButton()->isVisible()); // the patient reads, never writes
    screenshot(patient, u"schedule-6-summary"_s);
}

void TestScheduleUi::doctorProposesAnotherTimePatientAccepts()
{
    QTemporaryDir patientDir, doctorDir;
    auto patientShell = m_desktops->open(patientDir.path());
    auto doctorShell = m_desktops->open(doctorDir.path());
    QVERIFY(patientShell && doctorShell);
    MainWindow *patient = DesktopClients::signIn(*patientShell, u"pat"_s);
    QVERIFY(patient);
    auto *find = qobject_cast<FindDoctorPage *>(openPage(patient, u"Find a doctor"_s));
    QVERIFY(find);
    QVERIFY(type(find, u"Doctor or specialty"_s, u"Rosa"_s));
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

    MainWindow *doctor = DesktopClients::signIn(*doctorShell, u"dr-rosa"_s);
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

// Ana narrows the directory by language, kind of visit, place and rating, reads a doctor's
// page, waits for an earlier time, books, moves the visit, and rates it once it is done.
void TestScheduleUi::patientFiltersWaitsMovesAndRates()
{
    QTemporaryDir dir;
    auto shell = m_desktops->open(dir.path());
    QVERIFY(shell);
    MainWindow *patient = DesktopClients::signIn(*shell, u"ana"_s);
    QVERIFY(patient);
    // The clinic's centres, those in her city first.
    auto *centres = qobject_cast<ClinicsPage *>(openPage(patient, u"Health centres"_s));
    QVERIFY(centres);
    QTRY_COMPARE_WITH_TIMEOUT(centres->model()->rowCount(), 2, waitMs);
    QCOMPARE(centres->model()->location(0)->name, u"Clínica Centro"_s); // by name
    centres->setCity(u"port"_s);
    QCOMPARE(centres->model()->location(0)->name, u"Clínica do Porto"_s);
    QCOMPARE(centres->model()->index(1, LocationListModel::Hours).data().toString(),
             u"Mon–Fri 08:00–19:00"_s);
    screenshot(patient, u"schedule-7b-centres"_s);

    auto *find = qobject_cast<FindDoctorPage *>(openPage(patient, u"Find a doctor"_s));
    QVERIFY(find);
    const auto names = [find] {
        QStringList shown;
        for (int row = 0; row < find->providers()->rowCount(); ++row)
            shown << find->providers()->at(row)->name;
        return shown;
    };
    QTRY_VERIFY_WITH_TIMEOUT((find->search(), names().size() == 2), waitMs);
    const auto choose = [](QComboBox *box, const QVariant &value) {
        box->setCurrentIndex(box->findData(value));
        return box->currentIndex() >= 0;
    };
    QVERIFY(choose(find->languageChoice(), u"es"_s));
    QCOMPARE(names(), QStringList { u"Dr Tiago Ruiz"_s });
    QVERIFY(choose(find->languageChoice(), QString()));
    QVERIFY(choose(find->modalityChoice(), u"video"_s));
    QCOMPARE(names(), QStringList { u"Dr Tiago Ruiz"_s });
    QVERIFY(choose(find->modalityChoice(), QString()));
    QVERIFY(choose(find->nearChoice(), u"centro"_s));
    find->withinKmChoice()->setValue(25);
    QCOMPARE(names(), QStringList { u"Dr Rosa Almeida"_s });
    screenshot(patient, u"schedule-8-near"_s);
    QVERIFY(choose(find->nearChoice(), QString()));
    QVERIFY(choose(find->ratingChoice(), 3.0));
    QVERIFY(names().isEmpty()); // nobody is rated yet
    QVERIFY(choose(find->ratingChoice(), 0.0));

    // Dr Rosa's page: where she works, when it is open, her licence and fee.
    const int rosa = names().indexOf(u"Dr Rosa Almeida"_s);
    QVERIFY(rosa >= 0);
    find->providerList()->setCurrentIndex(find->providers()->index(rosa));
    const QString page = find->page()->text();
    for (const QString &part :
         { u"Clínica Centro"_s, u"Avenida da Liberdade 10"_s, u"Open Mon–Fri 08:00–19:00"_s,
           u"Licence LIC-DR-ROSA"_s, u"14 years of experience"_s, u"MD, University of Lisbon"_s,
           u"Office hours (Europe/Lisbon time)"_s, u"09:00–12:00, in person"_s })
        QVERIFY2(page.contains(part), qPrintable(part + u" not in: " + page));
    QVERIFY(page.contains(u"75") && page.contains(u"EUR"));
    screenshot(patient, u"schedule-9-doctor-page"_s);

    // She waits for an earlier time, then books the first free one anyway.
    button(find, u"Join the waitlist"_s)->click();
    QVERIFY(shown(find, u"findDoctorMessage"_s).contains(u"waitlist"));
    auto *mine = qobject_cast<AppointmentsPage *>(openPage(patient, u"My appointments"_s));
    QVERIFY(mine && mine->waitlist());
    QCOMPARE(mine->waitlist()->model()->rowCount(), 1);
    QVERIFY(mine->waitlist()->isVisibleTo(mine));
    QVERIFY(mine->waitlist()->model()->index(0).data().toString().startsWith(
            u"Waiting for Dr Rosa Almeida"));
    openPage(patient, u"Find a doctor"_s);
    find->slotList()->setCurrentIndex(find->freeTimes()->index(0));
    button(find, u"Request this time"_s)->click();
    openPage(patient, u"My appointments"_s);
    QCOMPARE(mine->model()->rowCount(), 1);
    QVERIFY(mine->waitlist()->model()->index(0).data().toString().contains(u"Booked"));
    QTRY_COMPARE_WITH_TIMEOUT(shell->sync()->status().pending, 0, waitMs);

    // She moves it to another free time: a request again, at the new time.
    mine->list()->setCurrentIndex(mine->model()->index(0));
    const qint64 before = mine->model()->at(0)->startMs;
    button(mine, u"Move to another time…"_s)->click();
    QPointer<ProposeTimeDialog> dialog;
    QTRY_VERIFY((dialog = mine->findChild<ProposeTimeDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->freeTimes()->rowCount() > 3);
    dialog->list()->setCurrentIndex(dialog->freeTimes()->index(3));
    const qint64 after = dialog->chosen()->startMs;
    screenshot(dialog, u"schedule-10-move"_s);
    button(dialog, u"Move"_s)->click();
    QCOMPARE(mine->model()->at(0)->startMs, after);
    QVERIFY(after != before);
    QTRY_COMPARE_WITH_TIMEOUT(shell->sync()->status().pending, 0, waitMs);

    // The visit happens: confirmed, checked in, completed on the staff's computers.
    const QString visit = mine->model()->at(0)->id;
    TestClient doctor(*m_server, u"dr-rosa"_s, dir.filePath(u"doctor"_s));
    TestClient desk(*m_server, u"desk"_s, dir.filePath(u"desk"_s));
    QVERIFY(doctor.signIn() && desk.signIn());
    QVERIFY(doctor.submit(u"appointment.confirm"_s, { { u"id"_s, visit } }));
    QVERIFY(doctor.waitIdle() && desk.waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(desk.value(u"appointment"_s, visit, u"status"_s), u"confirmed"_s,
                              waitMs);
    QVERIFY(desk.submit(u"appointment.check_in"_s, { { u"id"_s, visit } }));
    QVERIFY(desk.waitIdle() && doctor.waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(doctor.value(u"appointment"_s, visit, u"status"_s), u"checked_in"_s,
                              waitMs);
    QVERIFY(doctor.submit(u"appointment.complete"_s, { { u"id"_s, visit } }));
    QVERIFY(doctor.waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(mine->model()->at(0)->status, u"completed"_s, waitMs);

    mine->list()->setCurrentIndex(mine->model()->index(0));
    QPushButton *rate = button(mine, u"Rate this visit…"_s);
    QVERIFY(rate && rate->isVisible());
    QTimer::singleShot(0, this, [] {
        auto *rating = qobject_cast<RateVisitDialog *>(QApplication::activeModalWidget());
        QVERIFY(rating);
        rating->starChoice()->setCurrentIndex(rating->starChoice()->findData(4));
        screenshot(rating, u"schedule-11-rate"_s);
        rating->accept();
    });
    rate->click();
    QCOMPARE(shown(mine, u"appointmentsMessage"_s), u"Thank you: your rating was sent."_s);
    QCOMPARE(rate->text(), u"Change my rating…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
            doctor.value(u"provider_profile"_s, m_ids[u"dr-rosa"_s], u"rating_count"_s), u"1"_s,
            waitMs);
    QCOMPARE(doctor.value(u"provider_rating"_s, visit, u"stars"_s), u"4"_s);
    screenshot(patient, u"schedule-12-rated"_s);
}

QTEST_MAIN(TestScheduleUi)
#include "tst_scheduleui.moc"
