// The desktop client's sync screens driven as their users would (offscreen), against the real
// sync server in-process over TLS: the front desk's register, the patient's own profile and
// notes, the status bar's sync state, and the activity list with the server's reasons.
// Set CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.

#include "account/signinagainbar.h"
#include "accountservice.h"
#include "clientshell.h"
#include "crypto/passwordhash.h"
#include "dialogs/healthitemdialog.h"
#include "dialogs/registerpatientdialog.h"
#include "mainwindow.h"
#include "models/careteammodel.h"
#include "models/healthitemmodel.h"
#include "models/notelistmodel.h"
#include "models/patientlistmodel.h"
#include "pages/mypatientspage.h"
#include "pages/patientspage.h"
#include "pages/profilepage.h"
#include "serverstore.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "syncserver.h"
#include "syncstatus/syncactivitydialog.h"
#include "syncstatus/syncoutcomemodel.h"
#include "tlsidentity.h"
#include "widgets/careteambox.h"
#include "widgets/healthrecordpanel.h"
#include "widgets/notespanel.h"
#include "widgets/profileform.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace clinic;
using namespace clinic::ui;
using clinic::test::button;
using clinic::test::field;
using clinic::test::screenshot;
using clinic::test::shown;
using clinic::test::type;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"Tide-Lamp-Orbit-77"_s;
constexpr int waitMs = 20000;

// The rows a table shows in one column, top to bottom.
QStringList column(QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void frontDeskRegistersAndSeesThePatientsOwnEdits();
    void changesWaitOfflineAndGoWhenTheServerIsBack();
    void aServerGoneJustAfterSignInIsReachedAgain();
    void offlineSignInQueuesChanges();
    void anEndedSessionAsksForThePasswordInPlace();
    void refusedChangeShowsTheServersReason();
    void careTeamGivesADoctorThePatient();
    void aServerGoneBackInTimeSaysWhatToDo(); // last: it rewinds the server's log

private:
    void startServer(quint16 port = 0);
    QString addAccount(const QString &username, Role role, const QString &name);
    std::unique_ptr<ClientShell> newShell(QTemporaryDir &dir);
    MainWindow *signIn(ClientShell &shell, const QString &username);
    QWidget *openPage(MainWindow *window, const QString &title);
    PatientsPage *patientsPage(MainWindow *window);
    void registerPatient(MainWindow *window, const QString &given, const QString &family,
                         const QString &born = {});

    QTemporaryDir m_dir;
    TlsIdentity m_identity;
    std::unique_ptr<SyncServer> m_server;
    QString m_url;
    QHash<QString, QString> m_ids; // account ids by user name
    std::unique_ptr<QTemporaryDir> m_deskDir;
    std::unique_ptr<QTemporaryDir> m_patientDir;
    std::vector<std::unique_ptr<UserStores>> m_stores; // outlive the shells using them
    std::unique_ptr<ClientShell> m_desk;
    std::unique_ptr<ClientShell> m_patient;
};

QString TestSyncUi::addAccount(const QString &username, Role role, const QString &name)
{
    auto store = ServerStore::open(m_dir.filePath(u"server"_s));
    if (!store)
        return {};
    AccountService accounts(store.value()->database(), KdfParams::minimum());
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(password), KdfParams::minimum());
    auto made = accounts.create({ username, name, role, {}, {} }, hash.value(),
                                AccountStatus::Active, false, Actor { u"cli"_s, u"cli"_s });
    return made ? made->id : QString();
}

void TestSyncUi::startServer(quint16 port)
{
    m_server = std::make_unique<SyncServer>();
    ServerOptions options;
    options.dataDir = m_dir.filePath(u"server"_s);
    options.port = port;
    options.tls = m_identity;
    options.hashing = KdfParams::minimum();
    QVERIFY(m_server->start(options));
    m_url = m_server->url();
}

void TestSyncUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_identity = TlsIdentityStore::generate(u"clinic-test"_s, { u"127.0.0.1"_s }).value();
    StoreOptions options = ServerStore::options();
    options.kdf = KdfParams::minimum();
    QVERIFY(ServerStore::create(m_dir.filePath(u"server"_s), options));
    for (const auto &[username, role, name] :
         { std::tuple { u"pat"_s, Role::Patient, u"Pat Moreno"_s },
           std::tuple { u"desk-fred"_s, Role::FrontDesk, u"Fred Lind"_s },
           std::tuple { u"pharm-pia"_s, Role::Pharmacist, u"Pia Holm"_s },
           std::tuple { u"dr-dana"_s, Role::Doctor, u"Dana Diaz"_s } }) {
        m_ids.insert(username, addAccount(username, role, name));
        QVERIFY(!m_ids.value(username).isEmpty());
    }
    startServer();
}

void TestSyncUi::cleanupTestCase()
{
    m_server.reset();
}

std::unique_ptr<ClientShell> TestSyncUi::newShell(QTemporaryDir &dir)
{
    m_stores.push_back(std::make_unique<UserStores>(dir.path(), test::fastStoreOptions()));
    auto shell = std::make_unique<ClientShell>(*m_stores.back(), dir.path());
    shell->setDefaultServer(m_url);
    if (!shell->trustServer(m_url, m_identity.fingerprint()))
        return nullptr;
    shell->start();
    return shell;
}

// Each user on their own computer: their own store directory and client.
void TestSyncUi::init()
{
    m_deskDir = std::make_unique<QTemporaryDir>();
    m_patientDir = std::make_unique<QTemporaryDir>();
    m_desk = newShell(*m_deskDir);
    m_patient = newShell(*m_patientDir);
    QVERIFY(m_desk && m_patient);
}

void TestSyncUi::cleanup()
{
    m_desk.reset();
    m_patient.reset();
    m_stores.clear();
    m_deskDir.reset();
    m_patientDir.reset();
}

MainWindow *TestSyncUi::signIn(ClientShell &shell, const QString &username)
{
    SignInWindow *window = shell.signInWindow();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    field(window, u"User name"_s)->setText(username);
    field(window, u"Password"_s)->setText(password);
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return shell.mainWindow() != nullptr; }, waitMs)) {
        if (shell.signInWindow())
            qWarning() << "still at sign-in:" << shown(shell.signInWindow(), u"signInMessage"_s);
        return nullptr;
    }
    MainWindow *main = shell.mainWindow();
    main->resize(1024, 720);
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

QWidget *TestSyncUi::openPage(MainWindow *window, const QString &title)
{
    for (int row = 0; row < window->navigation()->count(); ++row) {
        if (window->navigation()->item(row)->text() == title)
            window->navigation()->setCurrentRow(row);
    }
    return window->currentPage();
}

PatientsPage *TestSyncUi::patientsPage(MainWindow *window)
{
    return qobject_cast<PatientsPage *>(openPage(window, u"Patients"_s));
}

void TestSyncUi::registerPatient(MainWindow *window, const QString &given, const QString &family,
                                 const QString &born)
{
    PatientsPage *page = patientsPage(window);
    QVERIFY(page);
    button(page, u"Register patient…"_s)->click();
    QPointer<RegisterPatientDialog> dialog;
    QTRY_VERIFY((dialog = page->findChild<RegisterPatientDialog *>()) && dialog->isVisible());
    QVERIFY(type(dialog, u"Given name"_s, given));
    QVERIFY(type(dialog, u"Family name"_s, family));
    if (!born.isEmpty())
        QVERIFY(type(dialog, u"Date of birth"_s, born));
    button(dialog, u"Register"_s)->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // The newcomer is selected at once, and listed when the search of this computer's store
    // (on a thread of its own) answers.
    QVERIFY(!page->selectedId().isEmpty());
    QTRY_COMPARE(page->model()
                         ->index(page->model()->rowOf(page->selectedId()), PatientListModel::Name)
                         .data()
                         .toString(),
                 family + u", " + given);
    QCOMPARE(page->table()->currentIndex().row(), page->model()->rowOf(page->selectedId()));
}

void TestSyncUi::frontDeskRegistersAndSeesThePatientsOwnEdits()
{
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    QStringList titles;
    for (int i = 0; i < desk->navigation()->count(); ++i)
        titles << desk->navigation()->item(i)->text();
    QCOMPARE(titles,
             (QStringList { u"Today"_s, u"Schedule"_s, u"Waiting room"_s, u"Appointments"_s,
                            u"Book a visit"_s, u"Notifications"_s, u"Patients"_s,
                            u"My account"_s }));
    PatientsPage *page = patientsPage(desk);
    QVERIFY(page);
    QCOMPARE(shown(page, u"patientsCount"_s), u"Type a name to find a patient."_s);
    screenshot(desk, u"frontDesk-patients-empty"_s);

    // A refusal from the mutation shows in the dialog, which stays open.
    button(page, u"Register patient…"_s)->click();
    QPointer<RegisterPatientDialog> dialog;
    QTRY_VERIFY((dialog = page->findChild<RegisterPatientDialog *>()) && dialog->isVisible());
    QVERIFY(type(dialog, u"Given name"_s, u"Rui"_s));
    QVERIFY(type(dialog, u"Family name"_s, u"Reis"_s));
    QVERIFY(type(dialog, u"Date of birth"_s, u"03/02/1990"_s));
    QVERIFY(type(dialog, u"Phone"_s, u"+351 912 000 111"_s));
    dialog->findChild<QComboBox *>()->setCurrentIndex(2); // male
    button(dialog, u"Register"_s)->click();
    QCOMPARE(shown(dialog, u"profileMessage"_s),
             u"The birth date must be a date like 1984-03-21."_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_desk->sync()->status().pending, 0);
    screenshot(dialog, u"register-patient-error"_s);
    QVERIFY(type(dialog, u"Date of birth"_s, u"1990-02-03"_s));
    screenshot(dialog, u"register-patient"_s);
    button(dialog, u"Register"_s)->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Selected at once and found in this computer's store (the search answers from its own
    // thread); confirmed by the server soon.
    const QString rui = page->selectedId();
    QVERIFY(!rui.isEmpty());
    QTRY_COMPARE(column(page->model(), PatientListModel::Name), QStringList { u"Reis, Rui"_s });
    QCOMPARE(page->table()->currentIndex().row(), 0);
    QCOMPARE(page->form()->field(u"birth_date"_s)->text(), u"1990-02-03"_s);
    QCOMPARE(page->form()->field(u"phone"_s)->text(), u"+351 912 000 111"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync()->status().pending, 0, waitMs);
    QTRY_VERIFY(!page->model()
                         ->index(0, 0)
                         .data(int(PatientListModel::DataRole::IsTentative))
                         .toBool());
    QCOMPARE(shown(desk, u"syncPending"_s), u"All changes synced"_s);
    QVERIFY(shown(desk, u"syncLast"_s).startsWith(u"Last synced "_s));
    screenshot(desk, u"frontDesk-patients"_s);

    // The patient, on their own computer, completes their profile for the first time.
    MainWindow *patient = signIn(*m_patient, u"pat"_s);
    QVERIFY(patient);
    auto *profile = qobject_cast<ProfilePage *>(patient->currentPage());
    QVERIFY(profile);
    // A new computer: nothing is offered until the first sync says there is no record yet.
    QTRY_COMPARE_WITH_TIMEOUT(field(profile, u"Given name"_s)->text(), u"Pat"_s,
                              waitMs); // proposed from the account
    QCOMPARE(field(profile, u"Family name"_s)->text(), u"Moreno"_s);
    QVERIFY(shown(profile, u"profileMessage"_s).contains(u"save them to create your profile"));
    QVERIFY(type(profile, u"Email"_s, u"pat.moreno"_s));
    button(profile, u"Save"_s)->click();
    QCOMPARE(shown(profile, u"profileMessage"_s), u"The email address needs an “@”."_s);
    QVERIFY(type(profile, u"Email"_s, u"pat.moreno@example.org"_s));
    QVERIFY(type(profile, u"City"_s, u"Sevilla"_s));
    QVERIFY(type(profile, u"Phone"_s, u"+34 600 111 222"_s));
    button(profile, u"Save"_s)->click();
    QCOMPARE(shown(profile, u"profileMessage"_s), u"Saved."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_patient->sync()->status().pending, 0, waitMs);
    QTRY_VERIFY(shown(profile, u"profileTentative"_s).isEmpty());
    screenshot(patient, u"patient-profile"_s);

    // The front desk finds them, as the patient wrote it.
    page->search(u"moreno"_s);
    QTRY_COMPARE_WITH_TIMEOUT(column(page->model(), PatientListModel::Name),
                              QStringList { u"Moreno, Pat"_s }, waitMs);
    QCOMPARE(page->model()->index(0, PatientListModel::City).data().toString(), u"Sevilla"_s);
    page->table()->selectRow(0);
    QCOMPARE(page->selectedId(), m_ids.value(u"pat"_s));
    QCOMPARE(page->form()->field(u"email"_s)->text(), u"pat.moreno@example.org"_s);

    // A later edit by the patient reaches the open form on its own (a poke, then a pull).
    QVERIFY(type(profile, u"Phone"_s, u"+34 600 333 444"_s));
    button(profile, u"Save"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->form()->field(u"phone"_s)->text(), u"+34 600 333 444"_s,
                              waitMs);
    QCOMPARE(page->model()->index(0, PatientListModel::Phone).data().toString(),
             u"+34 600 333 444"_s);

    // The front desk corrects the city; the patient sees it.
    QVERIFY(type(page, u"City"_s, u"Seville"_s));
    button(page, u"Save changes"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(field(profile, u"City"_s)->text(), u"Seville"_s, waitMs);
    screenshot(desk, u"frontDesk-patient-selected"_s);

    // A note on the patient's record, shown at once and confirmed soon.
    profile->findChild<QTabWidget *>()->setCurrentWidget(profile->notes()->parentWidget());
    auto *input = profile->notes()->findChild<QPlainTextEdit *>();
    QVERIFY(input);
    QTest::keyClicks(input, u"Since March: penicillin gives me a rash."_s);
    button(profile, u"Add note"_s)->click();
    NoteListModel *notes = profile->notes()->model();
    QCOMPARE(notes->rowCount(), 1);
    QCOMPARE(notes->index(0).data(int(NoteListModel::DataRole::Body)).toString(),
             u"Since March: penicillin gives me a rash."_s);
    QVERIFY(input->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
            !notes->index(0).data(int(NoteListModel::DataRole::IsTentative)).toBool(), waitMs);
    QVERIFY(notes->index(0).data().toString().startsWith(u"Pat Moreno · "_s));
    screenshot(patient, u"patient-profile-note"_s);
}

void TestSyncUi::changesWaitOfflineAndGoWhenTheServerIsBack()
{
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, waitMs);
    const quint16 port = m_server->port();
    m_server.reset(); // the server goes away
    auto restart = qScopeGuard([&] {
        if (!m_server)
            startServer(port);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->sync()->status().online, waitMs);
    QCOMPARE(desk->statusBar()->findChild<QLabel *>()->text(),
             u"Offline: working on this computer"_s);

    registerPatient(desk, u"Lea"_s, u"Offlander"_s);
    PatientsPage *page = patientsPage(desk);
    QCOMPARE(shown(desk, u"syncPending"_s), u"Changes waiting: 1"_s);
    QVERIFY(page->model()->index(0, 0).data(int(PatientListModel::DataRole::IsTentative)).toBool());
    QVERIFY(!shown(page, u"profileTentative"_s).isEmpty());
    QVERIFY(type(page, u"Phone"_s, u"+44 20 7946 0000"_s));
    button(page, u"Save changes"_s)->click();
    QVERIFY(shown(page, u"profileMessage"_s).startsWith(u"Saved on this computer"_s));
    QCOMPARE(shown(desk, u"syncPending"_s), u"Changes waiting: 2"_s);
    screenshot(desk, u"frontDesk-offline-waiting"_s);

    // Back: the connection resumes the session by itself and the changes go.
    startServer(port);
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, 40000);
    QCOMPARE(m_desk->sync()->status().pending, 0);
    QVERIFY(desk->statusBar()->findChild<QLabel *>()->text().startsWith(u"Online"_s));
    QTRY_VERIFY(shown(page, u"profileTentative"_s).isEmpty());
    QTRY_VERIFY(!page->model()
                         ->index(0, 0)
                         .data(int(PatientListModel::DataRole::IsTentative))
                         .toBool());
    const QTime now = QTime::currentTime();
    QVERIFY2((QStringList { u"Last synced "_s + now.toString(u"HH:mm"_s),
                            u"Last synced "_s + now.addSecs(-60).toString(u"HH:mm"_s) })
                     .contains(shown(desk, u"syncLast"_s)),
             qPrintable(shown(desk, u"syncLast"_s)));
    QVERIFY(!desk->findChild<QToolButton *>(u"syncRejections"_s)->isVisible());

    // Another front-desk computer gets both changes from the server.
    emit desk->signOutRequested();
    QTRY_VERIFY(m_desk->signInWindow());
    QTemporaryDir elsewhere;
    auto other = newShell(elsewhere);
    QVERIFY(other);
    MainWindow *second = signIn(*other, u"desk-fred"_s);
    QVERIFY(second);
    PatientsPage *secondPage = patientsPage(second);
    secondPage->search(u"offl"_s);
    QTRY_COMPARE_WITH_TIMEOUT(column(secondPage->model(), PatientListModel::Phone),
                              QStringList { u"+44 20 7946 0000"_s }, waitMs);
    other.reset();
}

// The server stops while the first sync after a sign-in is still under way, and comes back on
// the same address: the client finds it by itself and finishes the sync, with no click.
void TestSyncUi::aServerGoneJustAfterSignInIsReachedAgain()
{
    const quint16 port = m_server->port();
    auto gone = std::make_shared<QMetaObject::Connection>();
    *gone = QObject::connect(
            &m_desk->connection(), &ServerConnection::signedIn, this,
            [this, gone] {
                QObject::disconnect(*gone);
                m_server.reset();
            },
            Qt::QueuedConnection);
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    auto restart = qScopeGuard([&] {
        if (!m_server)
            startServer(port);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->sync()->status().online, waitMs);
    startServer(port);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->sync()->status().online, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, waitMs);
    QVERIFY(desk->statusBar()->findChild<QLabel *>()->text().startsWith(u"Online"_s));
}

void TestSyncUi::offlineSignInQueuesChanges()
{
    MainWindow *online = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(online);
    emit online->signOutRequested();
    QTRY_VERIFY(m_desk->signInWindow());
    QTRY_VERIFY(!m_desk->sync());
    const quint16 port = m_server->port();
    m_server.reset();
    auto restart = qScopeGuard([&] { startServer(port); });

    MainWindow *offline = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(offline);
    QVERIFY(m_desk->sync());
    QVERIFY(!m_desk->sync()->status().online);
    QCOMPARE(shown(offline, u"syncPending"_s), u"No changes waiting"_s);
    registerPatient(offline, u"Noor"_s, u"Unplugged"_s, u"2001-12-24"_s);
    QCOMPARE(shown(offline, u"syncPending"_s), u"Changes waiting: 1"_s);
    QCOMPARE(m_desk->sync()->status().pending, 1);

    // The server comes back: the window asks for the password where it is, and the change goes.
    restart.dismiss();
    startServer(port);
    auto *again = offline->findChild<SignInAgainBar *>();
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), 40000);
    QVERIFY2(shown(offline, u"signInAgainMessage"_s)
                     .startsWith(u"The clinic's server can be reached again."_s),
             qPrintable(shown(offline, u"signInAgainMessage"_s)));
    QCOMPARE(offline->statusBar()->findChild<QLabel *>()->text(),
             u"Server reached: sign in again to sync"_s);
    QCOMPARE(m_desk->sync()->status().pending, 1);
    screenshot(offline, u"frontDesk-sign-in-again"_s);
    QVERIFY(type(again, u"Password"_s, password));
    button(again, u"Sign in"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown(offline, u"syncPending"_s), u"All changes synced"_s, waitMs);
    QVERIFY(!again->isVisible());
    QVERIFY(offline->statusBar()->findChild<QLabel *>()->text().startsWith(u"Online"_s));
}

// A session that ended while the server was away (it expired; here the server forgot it): the
// pages stay, the password is asked for in place, a wrong one is said so, and nothing is lost.
void TestSyncUi::anEndedSessionAsksForThePasswordInPlace()
{
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, waitMs);
    const quint16 port = m_server->port();
    m_server.reset();
    auto restart = qScopeGuard([&] {
        if (!m_server)
            startServer(port);
    });
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->sync()->status().online, waitMs);
    registerPatient(desk, u"Ezra"_s, u"Expired"_s);
    {
        auto store = ServerStore::open(m_dir.filePath(u"server"_s));
        QVERIFY(store);
        QSqlQuery forget(store.value()->database());
        QVERIFY(forget.exec(u"DELETE FROM session"_s));
    }
    startServer(port);
    auto *again = desk->findChild<SignInAgainBar *>();
    QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), 40000);
    QVERIFY2(shown(desk, u"signInAgainMessage"_s)
                     .startsWith(u"The clinic's server ended your session"_s),
             qPrintable(shown(desk, u"signInAgainMessage"_s)));
    QVERIFY(m_desk->mainWindow() == desk); // not signed out
    QCOMPARE(m_desk->sync()->status().pending, 1);

    QVERIFY(type(again, u"Password"_s, u"not-the-password"_s));
    button(again, u"Sign in"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(desk, u"signInAgainMessage"_s) != u"Signing in…"_s, waitMs);
    QVERIFY(again->isVisible());
    QVERIFY(!m_desk->sync()->status().online);
    screenshot(desk, u"frontDesk-sign-in-again-wrong"_s);

    QVERIFY(type(again, u"Password"_s, password));
    button(again, u"Sign in"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, waitMs);
    QVERIFY(!again->isVisible());
}

void TestSyncUi::refusedChangeShowsTheServersReason()
{
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    registerPatient(desk, u"Ines"_s, u"Refusal"_s);
    const QString patientId = patientsPage(desk)->selectedId();
    // No screen assigns care teams yet; the engine the window uses takes the change. The
    // client cannot know that a pharmacist may not join a care team; the server can.
    QVERIFY(m_desk->sync()->submit(u"care_team.assign"_s,
                                   { { u"patient_id"_s, patientId },
                                     { u"staff_id"_s, m_ids.value(u"pharm-pia"_s) },
                                     { u"staff_name"_s, u"Pia Holm"_s } }));
    auto *refused = desk->findChild<QToolButton *>(u"syncRejections"_s);
    QTRY_VERIFY_WITH_TIMEOUT(refused->isVisible(), waitMs);
    QCOMPARE(refused->text(), u"⚠ Refused: 1"_s);
    QVERIFY2(desk->statusBar()->currentMessage().contains(u"doctor or nurse"_s),
             qPrintable(desk->statusBar()->currentMessage()));
    QVERIFY(desk->statusBar()->currentMessage().startsWith(u"Change refused: "_s));
    screenshot(desk, u"frontDesk-refused"_s);

    refused->click();
    auto *activity = desk->findChild<SyncActivityDialog *>();
    QVERIFY(activity);
    QVERIFY(QTest::qWaitForWindowExposed(activity));
    SyncOutcomeModel *outcomes = activity->model();
    QTRY_COMPARE_WITH_TIMEOUT(outcomes->rowCount(), 2, waitMs);
    QCOMPARE(outcomes->index(0, SyncOutcomeModel::Change).data().toString(),
             u"Care team assignment"_s);
    QCOMPARE(outcomes->index(0, SyncOutcomeModel::Result).data().toString(), u"Refused"_s);
    QVERIFY(outcomes->index(0, SyncOutcomeModel::Reason)
                    .data()
                    .toString()
                    .contains(u"doctor or nurse"_s));
    QVERIFY(outcomes->index(0, 0).data(int(SyncOutcomeModel::DataRole::IsUnseen)).toBool());
    QCOMPARE(outcomes->index(1, SyncOutcomeModel::Change).data().toString(),
             u"Patient registration"_s);
    QCOMPARE(outcomes->index(1, SyncOutcomeModel::Result).data().toString(), u"Confirmed"_s);
    screenshot(activity, u"sync-activity"_s);
    // Seen now: the status bar's button goes, and stays gone after sign-in again.
    QVERIFY(!refused->isVisible());
    QCOMPARE(m_desk->sync()->status().unseenRejections, 0);
    // The refused change is taken back here at the pull that follows its answer; the
    // registration stays.
    const auto countWhere = [&](const QString &table) {
        QSqlQuery rows(m_desk->sync()->replica().database());
        rows.prepare(u"SELECT COUNT(*) FROM "_s + table + u" WHERE "
                     + (table == u"patient" ? u"id"_s : u"patient_id"_s) + u" = ?");
        rows.addBindValue(patientId);
        return rows.exec() && rows.next() ? rows.value(0).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"care_team"_s), 0, waitMs);
    QCOMPARE(countWhere(u"patient"_s), 1);
    activity->close();
}

void TestSyncUi::careTeamGivesADoctorThePatient()
{
    const auto settledScreenshot = [](QWidget *window, const QString &name) {
        QTest::qWait(200); // the layouts a change asked for, done first
        screenshot(window, name);
    };
    // The patient has a profile (their own account's record), so they can read notes on it.
    MainWindow *patient = signIn(*m_patient, u"pat"_s);
    QVERIFY(patient);
    auto *profile = qobject_cast<ProfilePage *>(patient->currentPage());
    QVERIFY(profile);
    QTRY_VERIFY_WITH_TIMEOUT(!field(profile, u"Phone"_s)->isReadOnly(), waitMs); // synced
    QVERIFY(type(profile, u"Phone"_s, u"+34 600 555 666"_s)); // new, or a change if it exists
    button(profile, u"Save"_s)->click();
    QCOMPARE(shown(profile, u"profileMessage"_s), u"Saved."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_patient->sync()->status().pending, 0, waitMs);

    // The front desk cannot list staff: a doctor can be chosen once they are on some care
    // team here. Put Dana on another patient's team the way the refusal test does.
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    registerPatient(desk, u"Ada"_s, u"Anchor"_s);
    PatientsPage *page = patientsPage(desk);
    const QString ada = page->selectedId();
    CareTeamBox *team = page->careTeam();
    QVERIFY(team->isVisible());
    QVERIFY(!shown(team, u"careTeamEmpty"_s).isEmpty());
    QVERIFY(!team->staffChoice()->isEnabled());
    QVERIFY(shown(team, u"careTeamHint"_s).contains(u"once one of them is on any"_s));
    settledScreenshot(desk, u"frontDesk-careteam-nobody"_s);
    QVERIFY(m_desk->sync()->submit(u"care_team.assign"_s,
                                   { { u"patient_id"_s, ada },
                                     { u"staff_id"_s, m_ids.value(u"dr-dana"_s) },
                                     { u"staff_name"_s, u"Dana Diaz"_s },
                                     { u"staff_role"_s, u"doctor"_s } }));
    QCOMPARE(team->model()->rowCount(), 1);
    QCOMPARE(team->model()->index(0).data().toString(), u"Dana Diaz (Doctor) · waiting to sync"_s);
    QTRY_COMPARE_WITH_TIMEOUT(team->model()->index(0).data().toString(), u"Dana Diaz (Doctor)"_s,
                              waitMs);
    QCOMPARE(team->staffChoice()->count(), 0); // already on this team
    QVERIFY(!team->staffChoice()->isEnabled());
    QVERIFY(shown(team, u"careTeamHint"_s).isEmpty());

    // The patient's own record, from the register: Dana is offered, and added with the UI.
    page->search(u"moreno"_s);
    QTRY_COMPARE_WITH_TIMEOUT(column(page->model(), PatientListModel::Name),
                              QStringList { u"Moreno, Pat"_s }, waitMs);
    page->table()->selectRow(0);
    QCOMPARE(page->selectedId(), m_ids.value(u"pat"_s));
    QCOMPARE(team->model()->rowCount(), 0);
    QCOMPARE(team->staffChoice()->count(), 1);
    QCOMPARE(team->staffChoice()->itemText(0), u"Dana Diaz (Doctor)"_s);
    QCOMPARE(team->staffChoice()->currentIndex(), -1); // chosen on purpose, not preselected
    QVERIFY(!button(team, u"Add to team"_s)->isEnabled());
    QVERIFY(!button(team, u"Remove"_s)->isEnabled()); // nobody selected
    settledScreenshot(desk, u"frontDesk-careteam-choose"_s);
    team->staffChoice()->setCurrentIndex(0);
    button(team, u"Add to team"_s)->click();
    QVERIFY(shown(team, u"careTeamMessage"_s).isEmpty());
    QCOMPARE(column(team->model(), 0), QStringList { u"Dana Diaz (Doctor) · waiting to sync"_s });
    QTRY_COMPARE_WITH_TIMEOUT(column(team->model(), 0), QStringList { u"Dana Diaz (Doctor)"_s },
                              waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync()->status().pending, 0, waitMs);
    QVERIFY(!desk->findChild<QToolButton *>(u"syncRejections"_s)->isVisible());
    settledScreenshot(desk, u"frontDesk-careteam"_s);

    // Dana, on her own computer, has both patients' profiles and can write on Pat's record.
    QTemporaryDir doctorDir;
    auto doctorShell = newShell(doctorDir);
    QVERIFY(doctorShell);
    MainWindow *doctor = signIn(*doctorShell, u"dr-dana"_s);
    QVERIFY(doctor);
    QStringList titles;
    for (int i = 0; i < doctor->navigation()->count(); ++i)
        titles << doctor->navigation()->item(i)->text();
    QCOMPARE(titles,
             (QStringList { u"Today"_s, u"Appointments"_s, u"Calendar"_s, u"My availability"_s,
                            u"My page"_s, u"Notifications"_s, u"My patients"_s, u"Monitoring"_s,
                            u"Prescriptions"_s, u"My account"_s }));
    auto *mine = qobject_cast<MyPatientsPage *>(openPage(doctor, u"My patients"_s));
    QVERIFY(mine);
    QTRY_COMPARE_WITH_TIMEOUT(column(mine->model(), PatientListModel::Name),
                              (QStringList { u"Anchor, Ada"_s, u"Moreno, Pat"_s }), waitMs);
    QCOMPARE(shown(mine, u"myPatientsCount"_s), u"Patients on your care team: 2"_s);
    settledScreenshot(doctor, u"doctor-mypatients-none-selected"_s);
    mine->list()->setCurrentIndex(mine->model()->index(1, PatientListModel::Name));
    QCOMPARE(mine->selectedId(), m_ids.value(u"pat"_s));
    QCOMPARE(shown(mine, u"myPatientTitle"_s), u"Pat Moreno"_s);
    QCOMPARE(mine->form()->field(u"phone"_s)->text(), u"+34 600 555 666"_s);
    QVERIFY(mine->form()->field(u"phone"_s)->isReadOnly());
    auto *tabs = mine->findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    settledScreenshot(doctor, u"doctor-mypatients-profile"_s);
    tabs->setCurrentIndex(0);

    auto *input = mine->notes()->findChild<QPlainTextEdit *>();
    QVERIFY(input);
    QTest::keyClicks(input, u"Patch test booked for Tuesday."_s);
    button(mine, u"Add note"_s)->click();
    NoteListModel *doctorNotes = mine->notes()->model();
    QTRY_VERIFY_WITH_TIMEOUT(doctorNotes->rowCount() >= 1
                                     && !doctorNotes->index(0)
                                                 .data(int(NoteListModel::DataRole::IsTentative))
                                                 .toBool(),
                             waitMs);
    QCOMPARE(doctorNotes->index(0).data(int(NoteListModel::DataRole::Body)).toString(),
             u"Patch test booked for Tuesday."_s);
    QCOMPARE(doctorNotes->index(0).data(int(NoteListModel::DataRole::Author)).toString(),
             u"Dana Diaz"_s);
    settledScreenshot(doctor, u"doctor-mypatients-notes"_s);
    // The patient reads it on their own record's Notes tab.
    profile->findChild<QTabWidget *>()->setCurrentWidget(profile->notes()->parentWidget());
    NoteListModel *patientNotes = profile->notes()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
            patientNotes->rowCount() >= 1
                    && patientNotes->index(0).data(int(NoteListModel::DataRole::Body)).toString()
                            == u"Patch test booked for Tuesday.",
            waitMs);
    QCOMPARE(patientNotes->index(0).data(int(NoteListModel::DataRole::Author)).toString(),
             u"Dana Diaz"_s);

    // Pat adds a severe allergy and her insurance on her own record, with the panel's dialog.
    HealthRecordPanel *record = profile->record();
    QCOMPARE(record->tabs()->count(), 4);
    const auto fillAndSave = [](const QList<std::pair<QString, QString>> &texts,
                                const QString &choice, int choiceIndex) {
        auto *dialog = qobject_cast<HealthItemDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (const auto &[name, text] : texts)
            QVERIFY(type(dialog, name, text));
        if (!choice.isEmpty())
            dialog->choiceField(choice)->setCurrentIndex(choiceIndex);
        screenshot(dialog, u"patient-record-dialog"_s);
        dialog->accept();
    };
    QTimer::singleShot(0, this, [&] {
        fillAndSave({ { u"Substance"_s, u"Penicillin"_s }, { u"Reaction"_s, u"Hives"_s } },
                    u"severity"_s, 2);
    });
    record->addOrEdit(u"patient_allergy"_s, -1);
    QTimer::singleShot(0, this, [&] {
        fillAndSave({ { u"Insurer"_s, u"Sanitas"_s }, { u"Policy number"_s, u"SN-4410"_s } }, {},
                    0);
    });
    record->addOrEdit(u"insurance_policy"_s, -1);
    QCOMPARE(record->lastMessage(), u"Saved."_s);
    HealthItemModel *allergies = record->model(u"patient_allergy"_s);
    QCOMPARE(column(allergies, 0), QStringList { u"Penicillin"_s });
    QCOMPARE(allergies->index(0, 2).data().toString(), u"Severe"_s);
    QVERIFY(allergies->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    // A policy without its number keeps the dialog open with the reason; nothing is queued.
    const int pending = m_patient->sync()->status().pending;
    QString problem;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<HealthItemDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(type(dialog, u"Insurer"_s, u"Adeslas"_s));
        dialog->accept();
        problem = dialog->isVisible() ? dialog->problem() : QString();
        dialog->reject();
    });
    record->addOrEdit(u"insurance_policy"_s, -1);
    QCOMPARE(problem, u"Policy number is needed."_s);
    QCOMPARE(m_patient->sync()->status().pending, pending);
    QCOMPARE(column(record->model(u"insurance_policy"_s), 0), QStringList { u"Sanitas"_s });
    record->tabs()->setCurrentIndex(1);
    settledScreenshot(patient, u"patient-record"_s);
    // Her doctor reads the allergy in the record tab; the desk sees the insurance only.
    HealthRecordPanel *doctorRecord = mine->record();
    doctorRecord->tabs()->setCurrentIndex(1);
    mine->findChild<QTabWidget *>()->setCurrentWidget(doctorRecord);
    QTRY_COMPARE_WITH_TIMEOUT(column(doctorRecord->model(u"patient_allergy"_s), 0),
                              QStringList { u"Penicillin"_s }, waitMs);
    settledScreenshot(doctor, u"doctor-mypatients-record"_s);
    QTRY_COMPARE_WITH_TIMEOUT(column(page->insurance()->model(u"insurance_policy"_s), 0),
                              QStringList { u"Sanitas"_s }, waitMs);
    QCOMPARE(page->insurance()->tabs()->count(), 1);
    QCOMPARE(m_desk->sync()->replica().database().tables().contains(u"patient_allergy"_s), true);
    QSqlQuery deskAllergies(m_desk->sync()->replica().database());
    QVERIFY(deskAllergies.exec(u"SELECT COUNT(*) FROM patient_allergy"_s) && deskAllergies.next());
    QCOMPARE(deskAllergies.value(0).toInt(), 0);
    settledScreenshot(desk, u"frontDesk-insurance"_s);

    // The front desk takes Dana off Pat's team: Pat's record leaves her computer.
    team->list()->setCurrentIndex(team->model()->index(0));
    QVERIFY(button(team, u"Remove"_s)->isEnabled());
    button(team, u"Remove"_s)->click();
    QCOMPARE(team->model()->rowCount(), 0);
    QCOMPARE(team->staffChoice()->itemText(0), u"Dana Diaz (Doctor)"_s); // can be added again
    QTRY_COMPARE_WITH_TIMEOUT(column(mine->model(), PatientListModel::Name),
                              QStringList { u"Anchor, Ada"_s }, waitMs);
    QVERIFY(mine->selectedId().isEmpty());
    QCOMPARE(mine->notes()->model()->rowCount(), 0);
    QVERIFY(mine->form()->field(u"phone"_s)->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSqlQuery rows(doctorShell->sync()->replica().database());
                rows.prepare(u"SELECT (SELECT COUNT(*) FROM patient WHERE id = ?)"
                             u" + (SELECT COUNT(*) FROM note WHERE patient_id = ?)"
                             u" + (SELECT COUNT(*) FROM patient_allergy WHERE patient_id = ?)"_s);
                rows.addBindValue(m_ids.value(u"pat"_s));
                rows.addBindValue(m_ids.value(u"pat"_s));
                rows.addBindValue(m_ids.value(u"pat"_s));
                return rows.exec() && rows.next() && rows.value(0).toInt() == 0;
            }(),
            waitMs);
    settledScreenshot(doctor, u"doctor-mypatients-removed"_s);
    doctorShell.reset();
}

// The server restored from an older backup: the status bar says sync stopped, the activity
// says what happened and what to do, and fetching everything again gets the desk going.
void TestSyncUi::aServerGoneBackInTimeSaysWhatToDo()
{
    MainWindow *desk = signIn(*m_desk, u"desk-fred"_s);
    QVERIFY(desk);
    registerPatient(desk, u"Bea"_s, u"Backedup"_s); // so the log has something to lose
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->sync()->status().lastSyncAt > 0, waitMs);
    const quint16 port = m_server->port();
    m_server.reset();
    {
        auto store = ServerStore::open(m_dir.filePath(u"server"_s));
        QVERIFY(store);
        QSqlQuery rewind(store.value()->database());
        QVERIFY(rewind.exec(u"DELETE FROM change_log"_s));
        QVERIFY(rewind.exec(u"UPDATE sync_setting SET value = '0' WHERE key = 'log_floor'"_s));
    }
    startServer(port);
    auto *stopped = desk->findChild<QToolButton *>(u"syncAttention"_s);
    QVERIFY(stopped);
    QTRY_VERIFY_WITH_TIMEOUT(stopped->isVisible(), 40000);
    QCOMPARE(stopped->text(), u"⚠ Sync stopped"_s);
    registerPatient(desk, u"Wen"_s, u"Waiting"_s);
    QCOMPARE(shown(desk, u"syncPending"_s), u"Changes waiting: 1"_s);

    stopped->click();
    auto *activity = desk->findChild<SyncActivityDialog *>();
    QVERIFY(activity);
    QVERIFY(QTest::qWaitForWindowExposed(activity));
    QVERIFY(shown(activity, u"serverBehindReason"_s).contains(u"older backup"_s));
    screenshot(activity, u"frontDesk-server-behind"_s);
    QTimer::singleShot(0, this, [] {
        auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (confirm)
            confirm->button(QMessageBox::Yes)->click();
    });
    button(activity, u"Fetch everything again…"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown(desk, u"syncPending"_s), u"All changes synced"_s, waitMs);
    QVERIFY(!stopped->isVisible());
    QVERIFY(shown(activity, u"serverBehindReason"_s).isEmpty());
    activity->close();
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
