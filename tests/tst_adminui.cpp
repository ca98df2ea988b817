// The admin's pages through the desktop windows, offscreen, against the real server:
// - Verification: doctors register with licence, specialties and credentials; the admin sees
//   them in the queue, rejects one with a reason (which that doctor reads at sign-in) and
//   approves the other, who can then sign in and publish a page patients find. Until then
//   the server refuses a page for them and a booking with them.
// - Clinic: locations added, edited and removed reach a patient; a bad time zone is refused
//   with its reason; the cancellation window binds patients (here and on the server) but not
//   the front desk.
// Set CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.
#include "clientshell.h"
#include "desktopclients.h"
#include "dialogs/locationdialog.h"
#include "dialogs/rejectiondialog.h"
#include "domain/cliniclocations.h"
#include "domain/providerdirectory.h"
#include "mainwindow.h"
#include "models/locationlistmodel.h"
#include "models/verificationqueuemodel.h"
#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "pages/clinicpage.h"
#include "pages/verificationpage.h"
#include "scheduling/schedulerows.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"
#include "sync/accountclient.h"
#include "syncfixture.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
constexpr qint64 halfHourMs = 30 * 60 * 1000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A half-hour slot about two hours from now, inside Dr Lima's hours (00:00-23:59 UTC).
qint64 slotInTwoHours()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 start = (now + 2 * 3600 * 1000 + halfHourMs - 1) / halfHourMs * halfHourMs;
    if (QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).time() >= QTime(23, 30))
        start += halfHourMs; // 23:30 would end after 23:59: the next day's first slot
    return start;
}

QPlainTextEdit *textArea(QWidget *window, const QString &accessibleName)
{
    for (auto *edit : window->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == accessibleName && edit->isVisible())
            return edit;
    }
    return nullptr;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAdminUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void doctorsAreVerifiedThroughTheQueue();
    void theClinicPageRunsLocationsAndTheWindow();

private:
    bool registerDoctor(SignInWindow *window, const QString &name, const QString &username,
                        const QString &credentials);
    std::unique_ptr<TestClient> client(const QString &username);
    SyncOutcome lastOutcome(TestClient &client);

    std::unique_ptr<TestServer> m_server;
    QHash<QString, QString> m_ids;
    QTemporaryDir m_dir;
    std::unique_ptr<DesktopClients> m_desktops;
};

void TestAdminUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"boss"_s, Role::Admin }, std::pair { u"pat"_s, Role::Patient },
           std::pair { u"desk"_s, Role::FrontDesk }, std::pair { u"dr-lima"_s, Role::Doctor } })
        m_ids[name] = m_server->addAccount(name, role);
    QVERIFY(m_server->start());
    m_desktops = std::make_unique<DesktopClients>(*m_server);
    // Dr Lima sees people every day, all day (UTC), so a visit two hours away can be booked.
    auto lima = client(u"dr-lima"_s);
    for (int day = 1; day <= 7; ++day) {
        QVERIFY(lima->submit(u"availability.set_rule"_s,
                             { { u"id"_s, u"lima-%1"_s.arg(day) },
                               { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                               { u"location_id"_s, u"main"_s },
                               { u"modality"_s, u"in_person"_s },
                               { u"day_of_week"_s, day },
                               { u"start_time"_s, u"00:00"_s },
                               { u"end_time"_s, u"23:59"_s },
                               { u"slot_minutes"_s, 30 },
                               { u"time_zone"_s, u"UTC"_s } }));
    }
    QVERIFY(lima->waitIdle());
    QCOMPARE(lima->count(u"sync_outcome"_s, u"status != 'confirmed'"_s), 0);
}

void TestAdminUi::cleanupTestCase()
{
    m_desktops.reset();
    m_server.reset();
}

bool TestAdminUi::registerDoctor(SignInWindow *window, const QString &name, const QString &username,
                                 const QString &credentials)
{
    button(window, u"New here? Create an account"_s)->click();
    window->findChild<QComboBox *>()->setCurrentIndex(1); // a doctor
    QPlainTextEdit *about = textArea(window, u"Credentials and certifications"_s);
    if (!about || !type(window, u"Full name"_s, name)
        || !type(window, u"Choose a user name"_s, username)
        || !type(window, u"Licence number"_s, u"OM-%1"_s.arg(username.size() * 1111))
        || !type(window, u"Specialties"_s, u"Cardiology, Sports medicine"_s)
        || !type(window, u"Password"_s, syncPassword)
        || !type(window, u"Confirm password"_s, syncPassword))
        return false;
    about->setPlainText(credentials);
    screenshot(window, u"admin-1-doctor-registers"_s);
    button(window, u"Create account"_s)->click();
    return QTest::qWaitFor(
            [&] {
                return shown(window, u"signInMessage"_s)
                        .contains(u"once an administrator has verified you");
            },
            waitMs);
}

std::unique_ptr<TestClient> TestAdminUi::client(const QString &username)
{
    auto made = std::make_unique<TestClient>(*m_server, username, m_dir.path() + u'/' + newId());
    if (!made->signIn() || !made->waitIdle())
        qWarning() << username << "could not sign in and sync";
    return made;
}

SyncOutcome TestAdminUi::lastOutcome(TestClient &client)
{
    client.waitIdle();
    auto outcomes = client.replica->outcomes();
    return outcomes && !outcomes->isEmpty() ? outcomes->first() : SyncOutcome {};
}

void TestAdminUi::doctorsAreVerifiedThroughTheQueue()
{
    QTemporaryDir doctorDir, adminDir;
    auto doctorShell = m_desktops->open(doctorDir.path());
    QVERIFY(doctorShell);
    SignInWindow *signInWindow = doctorShell->signInWindow();
    QVERIFY(QTest::qWaitForWindowExposed(signInWindow));
    const QString credentials = u"MD, University of Porto, 2011\nBoard certified in cardiology "
                                u"(Ordem dos Médicos, 2016)"_s;
    QVERIFY(registerDoctor(signInWindow, u"Dr Omar Haddad"_s, u"dr-omar"_s, credentials));
    QVERIFY(registerDoctor(signInWindow, u"Dr Rui Costa"_s, u"dr-rui"_s,
                           u"Certificate of a weekend course"_s));
    // The server keeps what they gave; the account list carries it for the admin.
    auto adminClient = client(u"boss"_s);
    AccountClient accountsApi(*adminClient->connection);
    QHash<QString, Account> waiting;
    QObject context;
    accountsApi.listAccounts(&context, [&waiting](const Result<QList<Account>> &accounts) {
        for (const Account &account : accounts ? *accounts : QList<Account>())
            waiting.insert(account.username, account);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), waitMs);
    QCOMPARE(waiting[u"dr-omar"_s].status, AccountStatus::Pending);
    QCOMPARE(waiting[u"dr-omar"_s].specialty, u"Cardiology, Sports medicine"_s);
    QCOMPARE(waiting[u"dr-omar"_s].credentials, credentials);
    QVERIFY(waiting[u"boss"_s].credentials.isEmpty());
    const QString rui = waiting[u"dr-rui"_s].id;
    QVERIFY(!rui.isEmpty());

    // While they wait: no page in the directory for them (even set by an admin), and no
    // booking with them, even from a client that believes they have free time.
    QVERIFY(adminClient->submit(u"provider.update_profile"_s,
                                { { u"id"_s, rui },
                                  { u"display_name"_s, u"Dr Rui Costa"_s },
                                  { u"specialties"_s, u"cardiology"_s } }));
    SyncOutcome refused = lastOutcome(*adminClient);
    QVERIFY(!refused.confirmed);
    QCOMPARE(refused.reason, u"Only a verified doctor is listed in the directory."_s);
    auto patient = client(u"pat"_s);
    {
        RowStore rows(patient->db(), RowStore::SearchIndex::Maintain);
        auto transaction = WriteTransaction::begin(patient->db());
        QVERIFY(transaction);
        WeeklyRule always { u"main"_s, Modality::InPerson, 1,  QTime(0, 0), QTime(23, 59),
                            30,        u"UTC"_s,           {}, {} };
        for (int day = 1; day <= 7; ++day) {
            always.dayOfWeek = day;
            QCborMap rule = ScheduleRows::ruleColumns(always);
            rule.insert(u"id"_s, u"forged-%1"_s.arg(day));
            rule.insert(u"provider_id"_s, rui);
            rule.insert(u"rev"_s, 1);
            rule.insert(u"deleted"_s, false);
            rule.insert(u"updated_at"_s, 1);
            rule.insert(u"updated_by"_s, rui);
            QVERIFY(rows.write(*SyncedTables::find(u"availability_rule"), rule));
        }
        QVERIFY(transaction->commit());
    }
    const qint64 tomorrow =
            QDateTime(QDate::currentDate().addDays(1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    auto forged = patient->submit(u"appointment.request"_s,
                                  { { u"id"_s, newId() },
                                    { u"patient_id"_s, m_ids[u"pat"_s] },
                                    { u"provider_id"_s, rui },
                                    { u"start_at"_s, tomorrow },
                                    { u"location_id"_s, u"main"_s },
                                    { u"modality"_s, u"in_person"_s } });
    QVERIFY2(forged, forged ? "" : qPrintable(forged.error().fullText())); // free, it thinks
    refused = lastOutcome(*patient);
    QVERIFY(!refused.confirmed);
    QCOMPARE(refused.reason, u"This doctor cannot be booked."_s);
    QCOMPARE(patient->count(u"appointment"_s), 0); // undone here too

    // The admin's queue: both, the first to register first, with what they gave.
    auto adminShell = m_desktops->open(adminDir.path());
    QVERIFY(adminShell);
    MainWindow *admin = DesktopClients::signIn(*adminShell, u"boss"_s);
    QVERIFY(admin);
    QTRY_COMPARE_WITH_TIMEOUT(admin->navigation()->item(1)->text(), u"Verification (2)"_s, waitMs);
    auto *queue = qobject_cast<VerificationPage *>(openPage(admin, u"Verification"_s));
    QVERIFY(queue);
    QCOMPARE(queue->queue()->rowCount(), 2);
    QCOMPARE(queue->queue()->account(0)->username, u"dr-omar"_s);
    QCOMPARE(shown(queue, u"verificationName"_s), u"Dr Omar Haddad"_s); // the first, shown
    QCOMPARE(shown(queue, u"verificationLicence"_s), u"OM-7777"_s);
    QCOMPARE(shown(queue, u"verificationSpecialties"_s), u"Cardiology, Sports medicine"_s);
    QVERIFY(shown(queue, u"verificationRegistered"_s).contains(u"today"));
    QCOMPARE(queue->findChild<QPlainTextEdit *>(u"verificationCredentials"_s)->toPlainText(),
             credentials);
    screenshot(admin, u"admin-2-verification-queue"_s);

    // Reject Dr Rui: no rejection without a reason.
    queue->table()->selectRow(1);
    QCOMPARE(shown(queue, u"verificationName"_s), u"Dr Rui Costa"_s);
    button(queue, u"Reject…"_s)->click();
    RejectionDialog *rejection = queue->rejectionDialog();
    QVERIFY(rejection);
    QVERIFY(QTest::qWaitForWindowExposed(rejection));
    QVERIFY(!okButton(rejection)->isEnabled());
    rejection->setReason(u"   "_s);
    QVERIFY(!okButton(rejection)->isEnabled());
    const QString reason = u"A weekend course is not a specialist certification. Register "
                           u"again with your board certificate."_s;
    textArea(rejection, u"Reason"_s)->setPlainText(reason);
    QVERIFY(okButton(rejection)->isEnabled());
    screenshot(rejection, u"admin-3-reject-dialog"_s);
    okButton(rejection)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(queue, u"verificationMessage"_s).contains(u"rejected"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(queue->queue()->rowCount(), 1, waitMs);
    QCOMPARE(admin->navigation()->item(1)->text(), u"Verification (1)"_s);

    // Approve Dr Omar: the queue is empty and says so.
    QCOMPARE(shown(queue, u"verificationName"_s), u"Dr Omar Haddad"_s);
    button(queue, u"Approve"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(queue, u"verificationMessage"_s).contains(u"verified"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(queue->queue()->rowCount(), 0, waitMs);
    QVERIFY(!shown(queue, u"verificationEmpty"_s).isEmpty());
    QCOMPARE(admin->navigation()->item(1)->text(), u"Verification"_s);
    screenshot(admin, u"admin-4-verification-empty"_s);

    // Dr Rui reads why at sign-in; Dr Omar signs in.
    field(signInWindow, u"User name"_s)->setText(u"dr-rui"_s);
    field(signInWindow, u"Password"_s)->setText(syncPassword);
    QTest::keyClick(field(signInWindow, u"Password"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown(signInWindow, u"signInMessage"_s).contains(reason), waitMs);
    QVERIFY(shown(signInWindow, u"signInMessage"_s).contains(u"not approved"));
    screenshot(signInWindow, u"admin-5-rejected-sign-in"_s);
    QVERIFY(DesktopClients::signIn(*doctorShell, u"dr-omar"_s));

    // Verified: his page is accepted and patients find him.
    auto omar = client(u"dr-omar"_s);
    QVERIFY(omar->submit(u"provider.update_profile"_s,
                         { { u"id"_s, omar->accountId },
                           { u"display_name"_s, u"Dr Omar Haddad"_s },
                           { u"specialties"_s, u"Cardiology, Sports medicine"_s },
                           { u"credentials"_s, credentials },
                           { u"modalities"_s, u"video"_s } }));
    QVERIFY(lastOutcome(*omar).confirmed);
    QVERIFY(patient->waitIdle());
    ProviderQuery query;
    query.name = u"omar"_s;
    auto hits = ProviderDirectory(patient->db()).search(query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().specialties, QStringList({ u"cardiology"_s, u"sports medicine"_s }));
    query.name = u"rui"_s;
    QCOMPARE(ProviderDirectory(patient->db()).search(query)->size(), 0);
}

void TestAdminUi::theClinicPageRunsLocationsAndTheWindow()
{
    QTemporaryDir adminDir;
    auto adminShell = m_desktops->open(adminDir.path());
    QVERIFY(adminShell);
    MainWindow *admin = DesktopClients::signIn(*adminShell, u"boss"_s);
    QVERIFY(admin);
    auto *page = qobject_cast<ClinicPage *>(openPage(admin, u"Clinic"_s));
    QVERIFY(page);
    QVERIFY(!shown(page, u"clinicEmpty"_s).isEmpty());
    screenshot(admin, u"admin-6-clinic-empty"_s);

    // Add a location through the dialog.
    button(page, u"Add location…"_s)->click();
    LocationDialog *dialog = page->locationDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(type(dialog, u"Name"_s, u"Lisboa Centro"_s));
    QVERIFY(type(dialog, u"Street address"_s, u"Rua Augusta 10"_s));
    QVERIFY(type(dialog, u"Postal code"_s, u"1100-053"_s));
    QVERIFY(type(dialog, u"City"_s, u"Lisboa"_s));
    QVERIFY(type(dialog, u"Country"_s, u"Portugal"_s));
    QVERIFY(type(dialog, u"Phone"_s, u"+351 21 000 0000"_s));
    textArea(dialog, u"Opening hours"_s)->setPlainText(u"Mon–Fri 08:00–19:00\nSat 09:00–13:00"_s);
    auto *zone = dialog->findChild<QComboBox *>();
    zone->setCurrentIndex(zone->findData(u"Europe/Lisbon"_s));
    QVERIFY(type(dialog, u"Latitude"_s, u"38.7101"_s));
    QVERIFY(type(dialog, u"Longitude"_s, u"-9.1388"_s));
    screenshot(dialog, u"admin-7-location-dialog"_s);
    okButton(dialog)->click();
    QTRY_VERIFY(!page->locationDialog());
    QCOMPARE(page->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()
                                      ->index(0, 0)
                                      .data(int(LocationListModel::DataRole::IsTentative))
                                      .toBool(),
                             waitMs);
    QVERIFY(shown(page, u"clinicMessage"_s).contains(u"Lisboa Centro was added"));

    // A patient's computer receives it.
    auto patient = client(u"pat"_s);
    auto locations = ClinicLocations(patient->db()).list();
    QVERIFY(locations);
    QCOMPARE(locations->size(), 1);
    const ClinicLocation received = locations->first();
    QCOMPARE(received.postalAddress(), u"Rua Augusta 10, 1100-053 Lisboa, Portugal"_s);
    QCOMPARE(received.hours, u"Mon–Fri 08:00–19:00, Sat 09:00–13:00"_s);
    QCOMPARE(received.timeZone, u"Europe/Lisbon"_s);
    QVERIFY(received.place);
    QCOMPARE(received.place->latitudeE6(), 38'710'100);
    QCOMPARE(received.place->longitudeE6(), -9'138'800);

    // Edit it: a new phone number; and a time zone nobody knows is refused, with why.
    page->table()->selectRow(0);
    button(page, u"Edit…"_s)->click();
    dialog = page->locationDialog();
    QVERIFY(dialog);
    QVERIFY(type(dialog, u"Phone"_s, u"+351 21 999 9999"_s));
    zone = dialog->findChild<QComboBox *>();
    zone->setEditText(u"Mars/Olympus_Mons"_s);
    okButton(dialog)->click();
    QVERIFY(page->locationDialog()); // still open, saying why
    QCOMPARE(shown(dialog, u"locationMessage"_s), u"“Mars/Olympus_Mons” is not a time zone."_s);
    screenshot(dialog, u"admin-8-location-refused"_s);
    zone->setEditText(u"Europe/Lisbon"_s);
    okButton(dialog)->click();
    QTRY_VERIFY(!page->locationDialog());
    QVERIFY(patient->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ClinicLocations(patient->db()).list()->first().phone,
                              u"+351 21 999 9999"_s, waitMs);
    screenshot(admin, u"admin-9-clinic-page"_s);

    // The cancellation window: 24 hours.
    auto desk = client(u"desk"_s);
    auto otherPatientComputer = client(u"pat"_s);
    const qint64 start = slotInTwoHours();
    const QString visit = newId();
    QVERIFY(patient->submit(u"appointment.request"_s,
                            { { u"id"_s, visit },
                              { u"patient_id"_s, m_ids[u"pat"_s] },
                              { u"provider_id"_s, m_ids[u"dr-lima"_s] },
                              { u"start_at"_s, start },
                              { u"location_id"_s, u"main"_s },
                              { u"modality"_s, u"in_person"_s } }));
    QVERIFY(lastOutcome(*patient).confirmed);
    QVERIFY(otherPatientComputer->waitIdle());
    QCOMPARE(otherPatientComputer->count(u"appointment"_s), 1);
    otherPatientComputer->goOffline(); // it does not hear of the window below
    page->cancellationWindow()->setValue(24);
    button(page, u"Save window"_s)->click();
    QVERIFY(shown(page, u"clinicMessage"_s).contains(u"until 24 h before a visit"));
    QCOMPARE(shown(page, u"cancellationWindowState"_s), u"Now: until 24 h before a visit."_s);
    screenshot(admin, u"admin-10-cancellation-window"_s);
    QVERIFY(patient->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(*ClinicLocations(patient->db()).cancellationWindowHours(), 24,
                              waitMs);
    // The patient, two hours before: refused here, with what to do instead.
    auto cancelled = patient->submit(u"appointment.cancel"_s, { { u"id"_s, visit } });
    QVERIFY(!cancelled);
    // (The core's own message says "hour(s)" until its English translation has the plural.)
    QVERIFY2(cancelled.error().message.startsWith(
                     u"Visits can be cancelled or moved up to 24 hour"_s),
             qPrintable(cancelled.error().message));
    QVERIFY(cancelled.error().message.endsWith(u"Please call the clinic."_s));
    // From a computer that had not heard of the window: the server refuses it.
    QVERIFY(otherPatientComputer->submit(u"appointment.cancel"_s, { { u"id"_s, visit } }));
    QVERIFY(otherPatientComputer->signIn());
    const SyncOutcome late = lastOutcome(*otherPatientComputer);
    QVERIFY(!late.confirmed);
    QVERIFY2(late.reason.startsWith(u"Visits can be cancelled or moved up to 24 hour"),
             qPrintable(late.reason));
    // The front desk still can.
    QVERIFY(desk->waitIdle());
    QVERIFY(desk->submit(u"appointment.cancel"_s,
                         { { u"id"_s, visit }, { u"reason"_s, u"patient called"_s } }));
    QVERIFY(lastOutcome(*desk).confirmed);
    QVERIFY(patient->waitIdle());
    QCOMPARE(patient->value(u"appointment"_s, visit, u"status"_s), u"cancelled"_s);

    // Remove the location, after saying what that means.
    page->table()->selectRow(0);
    button(page, u"Remove…"_s)->click();
    QMessageBox *question = page->removeQuestion();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    screenshot(question, u"admin-11-remove-question"_s);
    button(question, u"Remove"_s)->click();
    QTRY_COMPARE(page->model()->rowCount(), 0);
    QVERIFY(patient->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(ClinicLocations(patient->db()).list()->size(), 0, waitMs);
}

QTEST_MAIN(TestAdminUi)
#include "tst_adminui.moc"
