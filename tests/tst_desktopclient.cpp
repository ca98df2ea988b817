// The desktop client driven as its users would (offscreen), against the real sync server
// in-process over TLS. Set CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.

#include "account/totpsetupdialog.h"
#include "accountservice.h"
#include "auth/totp.h"
#include "clientshell.h"
#include "crypto/passwordhash.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "models/accountlistmodel.h"
#include "pages/userspage.h"
#include "serverstore.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "sync/accountclient.h"
#include "syncserver.h"
#include "tlsidentity.h"
#include "translations.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

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
constexpr int waitMs = 15000;

// Answers the next modal message box with the button whose text starts with `answer`.
void answerNextMessageBox(const QString &answer, QString *seenText = nullptr)
{
    QTimer::singleShot(50, [answer, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextMessageBox(answer, seenText);
        if (seenText)
            *seenText = box->text() + u'\n' + box->informativeText();
        screenshot(box, u"trust-certificate"_s);
        for (QAbstractButton *choice : box->buttons()) {
            if (choice->text().remove(u'&').startsWith(answer))
                return choice->click();
        }
    });
}

} // namespace

class TestDesktopClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void firstContactAsksToTrustTheCertificate();
    void everyRoleGetsItsOwnWindow();
    void wrongPasswordShowsWhy();
    void secondFactorIsAskedFor();
    void offlineSignInOpensThisComputersRecords();
    void offlineWithoutEverSigningInHereIsExplained();
    void aDamagedStoreIsRefusedAtSignIn();
    void passwordChangedElsewhereIsAskedForOnce();
    void idleWindowLocksAndUnlocks();
    void patientsAndDoctorsRegister();
    void adminVerifiesAProvider();
    void certificateMismatchIsRefusedLoudly();
    void spanishSignIn();

private:
    void startServer(quint16 port = 0);
    void addAccount(const QString &username, Role role, const QString &name,
                    AccountStatus status = AccountStatus::Active);
    MainWindow *signIn(const QString &username, const QString &secret = password);
    void submitSignIn(const QString &username, const QString &secret);

    QTemporaryDir m_dir;
    test::ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() };
    TlsIdentity m_identity;
    std::unique_ptr<SyncServer> m_server;
    QString m_url;
    std::unique_ptr<QTemporaryDir> m_clientDir;
    std::unique_ptr<UserStores> m_stores;
    std::unique_ptr<ClientShell> m_shell;
};

void TestDesktopClient::addAccount(const QString &username, Role role, const QString &name,
                                   AccountStatus status)
{
    auto store = ServerStore::open(m_dir.filePath(u"server"_s));
    QVERIFY(store);
    AccountService accounts(store.value()->database(), KdfParams::minimum());
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(password), KdfParams::minimum());
    QVERIFY(accounts.create({ username, name, role, u"GMC-4411"_s, u"General practice"_s },
                            hash.value(), status, false, Actor { u"cli"_s, u"cli"_s }));
}

void TestDesktopClient::startServer(quint16 port)
{
    m_server = std::make_unique<SyncServer>();
    ServerOptions options;
    options.dataDir = m_dir.filePath(u"server"_s);
    options.port = port;
    options.tls = m_identity;
    options.hashing = KdfParams::minimum();
    options.clock = &m_clock;
    QVERIFY(m_server->start(options));
    m_url = m_server->url();
}

void TestDesktopClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_identity = TlsIdentityStore::generate(u"clinic-test"_s, { u"127.0.0.1"_s }).value();
    StoreOptions options = ServerStore::options();
    options.kdf = KdfParams::minimum();
    QVERIFY(ServerStore::create(m_dir.filePath(u"server"_s), options));
    addAccount(u"pat"_s, Role::Patient, u"Pat Moreno"_s);
    addAccount(u"dr-ana"_s, Role::Doctor, u"Ana Ruiz"_s);
    addAccount(u"nurse-nia"_s, Role::Nurse, u"Nia Okoye"_s);
    addAccount(u"desk-fred"_s, Role::FrontDesk, u"Fred Lind"_s);
    addAccount(u"pharm-pia"_s, Role::Pharmacist, u"Pia Holm"_s);
    addAccount(u"boss"_s, Role::Admin, u"Bo Admin"_s);
    addAccount(u"dr-wait"_s, Role::Doctor, u"Wen Tao"_s, AccountStatus::Pending);
    addAccount(u"two-step"_s, Role::Patient, u"Tove Berg"_s);
    addAccount(u"changer"_s, Role::Patient, u"Cai Ng"_s);
    startServer();
}

void TestDesktopClient::cleanupTestCase()
{
    m_server.reset();
}

void TestDesktopClient::init()
{
    m_clientDir = std::make_unique<QTemporaryDir>();
    m_stores = std::make_unique<UserStores>(m_clientDir->path(), test::fastStoreOptions());
    m_shell = std::make_unique<ClientShell>(*m_stores, m_clientDir->path());
    m_shell->setDefaultServer(m_url);
    QVERIFY(m_shell->trustServer(m_url, m_identity.fingerprint()));
    m_shell->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->signInWindow()));
}

void TestDesktopClient::cleanup()
{
    m_shell.reset();
    m_stores.reset();
    m_clientDir.reset();
}

void TestDesktopClient::submitSignIn(const QString &username, const QString &secret)
{
    SignInWindow *window = m_shell->signInWindow();
    QVERIFY(window);
    QVERIFY(type(window, u"User name"_s, username));
    QVERIFY(type(window, u"Password"_s, secret));
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
}

MainWindow *TestDesktopClient::signIn(const QString &username, const QString &secret)
{
    submitSignIn(username, secret);
    if (!QTest::qWaitFor([this] { return m_shell->mainWindow() != nullptr; }, waitMs)) {
        if (m_shell->signInWindow())
            qWarning() << "still at sign-in:" << shown(m_shell->signInWindow(), u"signInMessage"_s);
        return nullptr;
    }
    return m_shell->mainWindow();
}

void TestDesktopClient::firstContactAsksToTrustTheCertificate()
{
    // A computer that never saw this server.
    cleanup();
    m_clientDir = std::make_unique<QTemporaryDir>();
    m_stores = std::make_unique<UserStores>(m_clientDir->path(), test::fastStoreOptions());
    m_shell = std::make_unique<ClientShell>(*m_stores, m_clientDir->path());
    m_shell->setDefaultServer(m_url);
    m_shell->start();
    screenshot(m_shell->signInWindow(), u"signin"_s);
    QString seen;
    answerNextMessageBox(u"They are the same"_s, &seen);
    MainWindow *window = signIn(u"dr-ana"_s);
    QVERIFY(window);
    // The fingerprint was shown in groups of four, upper case.
    QVERIFY2(seen.contains(m_identity.fingerprint().left(4).toUpper() + u' '
                           + m_identity.fingerprint().mid(4, 4).toUpper()),
             qPrintable(seen));
    // Trusted now: the next sign-in does not ask.
    emit window->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    QVERIFY(signIn(u"dr-ana"_s));
}

void TestDesktopClient::everyRoleGetsItsOwnWindow()
{
    const QList<std::tuple<QString, Role, QStringList>> users {
        { u"pat"_s,
          Role::Patient,
          { u"My profile"_s, u"Find a doctor"_s, u"My appointments"_s, u"Health centres"_s,
            u"Vital signs"_s, u"Devices"_s, u"Reminders"_s, u"My prescriptions"_s,
            u"Notifications"_s, u"My account"_s } },
        { u"dr-ana"_s,
          Role::Doctor,
          { u"Today"_s, u"Appointments"_s, u"Calendar"_s, u"My availability"_s, u"My page"_s,
            u"Notifications"_s, u"My patients"_s, u"Monitoring"_s, u"Prescriptions"_s,
            u"My account"_s } },
        { u"nurse-nia"_s,
          Role::Nurse,
          { u"Today"_s, u"Notifications"_s, u"My patients"_s, u"Monitoring"_s,
            u"My account"_s } },
        { u"desk-fred"_s,
          Role::FrontDesk,
          { u"Today"_s, u"Schedule"_s, u"Waiting room"_s, u"Appointments"_s, u"Book a visit"_s,
            u"Notifications"_s, u"Patients"_s, u"My account"_s } },
        { u"pharm-pia"_s,
          Role::Pharmacist,
          { u"Today"_s, u"Prescriptions"_s, u"Inventory"_s, u"My account"_s } },
        { u"boss"_s,
          Role::Admin,
          // dr-wait waits for verification: counted once the server's list arrives.
          { u"Today"_s, u"Verification (1)"_s, u"Clinic"_s, u"Users"_s, u"Security policy"_s,
            u"My account"_s } },
    };
    for (const auto &[username, role, pages] : users) {
        MainWindow *window = signIn(username);
        QVERIFY2(window, qPrintable(username));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->objectName(), MainWindow::objectNameFor(role));
        const auto titles = [window] {
            QStringList shown;
            for (int i = 0; i < window->navigation()->count(); ++i)
                shown << window->navigation()->item(i)->text();
            return shown;
        };
        QTRY_COMPARE(titles(), pages);
        QVERIFY(window->statusBar()->findChild<QLabel *>()->text().startsWith(u"Online"));
        // Every page of every role, for review (CLINIC_SCREENSHOT_DIR).
        for (int i = 0; i < window->navigation()->count(); ++i) {
            window->navigation()->setCurrentRow(i);
            screenshot(window, window->objectName() + u'-' + QString::number(i));
        }
        window->navigation()->setCurrentRow(0);
        if (role == Role::Admin) {
            window->navigation()->setCurrentRow(int(pages.indexOf(u"Users"_s)));
            auto *users = qobject_cast<UsersPage *>(window->currentPage());
            QVERIFY(users);
            QTRY_VERIFY(users->model()->rowCount() >= 9);
            screenshot(window, u"adminUsers"_s);
        }
        window->navigation()->setCurrentRow(window->navigation()->count() - 1);
        QTRY_VERIFY(window->currentPage()->findChild<QTableView *>()->model()->rowCount() >= 1);
        screenshot(window, window->objectName() + u"-account"_s);
        emit window->signOutRequested();
        QTRY_VERIFY(!m_shell->mainWindow());
        QTRY_VERIFY(m_shell->signInWindow());
    }
}

void TestDesktopClient::wrongPasswordShowsWhy()
{
    submitSignIn(u"pat"_s, u"Tide-Lamp-Orbit-78"_s);
    SignInWindow *window = m_shell->signInWindow();
    QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"signInMessage"_s),
                              u"The user name or password is not correct."_s, waitMs);
    QVERIFY(field(window, u"Password"_s)->text().isEmpty());
    QVERIFY(!m_shell->mainWindow());
    screenshot(window, u"signin-wrong-password"_s);
    submitSignIn(u"dr-wait"_s, password);
    QTRY_VERIFY_WITH_TIMEOUT(
            shown(window, u"signInMessage"_s).contains(u"waiting for an administrator"), waitMs);
}

// Drives the set-up dialog the account page opens (modally) from inside its own event loop:
// the password first, then the code of the key it shows. Remembers that key in `secret`.
void enrolThroughTheDialog(const Clock &clock, QByteArray *secret, bool *done)
{
    QTimer::singleShot(50, [&clock, secret, done] {
        auto *dialog = qobject_cast<TotpSetupDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return enrolThroughTheDialog(clock, secret, done);
        screenshot(dialog, u"totp-password"_s);
        type(dialog, u"Your password"_s, password);
        button(dialog, u"Continue"_s)->click();
        // The key arrives from the server; then the code the new app would show.
        auto finish = std::make_shared<std::function<void()>>();
        *finish = [&clock, dialog, secret, done, finish] {
            QLabel *key = nullptr;
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->accessibleName() == u"Key for your authenticator app")
                    key = label;
            }
            if (!key || key->text().isEmpty())
                return QTimer::singleShot(50, *finish);
            screenshot(dialog, u"totp-key"_s);
            *secret = Totp::fromBase32(key->text().remove(u' ')).value_or(QByteArray());
            type(dialog, u"6-digit code"_s, Totp::code(*secret, clock.nowSeconds()));
            button(dialog, u"Turn on"_s)->click();
            *done = true;
        };
        QTimer::singleShot(50, *finish);
    });
}

void TestDesktopClient::secondFactorIsAskedFor()
{
    // Two-step turns it on from their account page, as a user would: the dialog asks for the
    // password before it shows a key.
    MainWindow *enrolling = signIn(u"two-step"_s);
    QVERIFY(enrolling);
    enrolling->navigation()->setCurrentRow(enrolling->navigation()->count() - 1);
    QByteArray secret;
    bool entered = false;
    enrolThroughTheDialog(m_clock, &secret, &entered);
    button(enrolling->currentPage(), u"Set up 2-step sign-in…"_s)->click(); // modal until done
    QVERIFY(entered);
    QVERIFY(!secret.isEmpty());
    QTRY_VERIFY(
            shown(enrolling->currentPage(), u"accountMessage"_s).contains(u"2-step sign-in is on"));
    screenshot(enrolling, u"totp-on"_s);
    emit enrolling->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());

    m_clock.advance(60 * 1000); // a fresh code for the sign-in below
    submitSignIn(u"two-step"_s, password);
    SignInWindow *window = m_shell->signInWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->panel(), SignInWindow::Panel::Code, waitMs);
    screenshot(window, u"signin-code"_s);
    // A code the server cannot accept: none of the three steps it allows has it.
    QString wrong = u"000000"_s;
    for (int step = -1; step <= 1; ++step) {
        if (Totp::code(secret, m_clock.nowSeconds() + step * 30) == wrong)
            wrong = u"123457"_s == Totp::code(secret, m_clock.nowSeconds()) ? u"765431"_s
                                                                            : u"123457"_s;
    }
    QVERIFY(type(window, u"One-time code"_s, wrong));
    QTest::keyClick(field(window, u"One-time code"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
            shown(window, u"signInMessage"_s).contains(u"one-time code is not right"), waitMs);
    QCOMPARE(window->panel(), SignInWindow::Panel::Code);
    QVERIFY(type(window, u"One-time code"_s, Totp::code(secret, m_clock.nowSeconds())));
    QTest::keyClick(field(window, u"One-time code"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow(), waitMs);
}

void TestDesktopClient::offlineSignInOpensThisComputersRecords()
{
    MainWindow *online = signIn(u"desk-fred"_s);
    QVERIFY(online);
    emit online->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    const quint16 port = m_server->port();
    m_server.reset(); // the server is gone
    auto restart = qScopeGuard([&] { startServer(port); });

    MainWindow *offline = signIn(u"desk-fred"_s);
    QVERIFY(offline);
    QCOMPARE(offline->objectName(), MainWindow::objectNameFor(Role::FrontDesk));
    QCOMPARE(offline->statusBar()->findChild<QLabel *>()->text(),
             u"Offline: working on this computer"_s);
    QVERIFY(QTest::qWaitForWindowExposed(offline));
    screenshot(offline, u"frontDesk-offline"_s);
    emit offline->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    // Offline, the password still has to be right.
    submitSignIn(u"desk-fred"_s, u"Tide-Lamp-Orbit-78"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown(m_shell->signInWindow(), u"signInMessage"_s),
                              u"The password is not correct."_s, waitMs);
}

void TestDesktopClient::offlineWithoutEverSigningInHereIsExplained()
{
    const quint16 port = m_server->port();
    m_server.reset();
    auto restart = qScopeGuard([&] { startServer(port); });
    submitSignIn(u"pharm-pia"_s, password);
    QTRY_VERIFY_WITH_TIMEOUT(shown(m_shell->signInWindow(), u"signInMessage"_s)
                                     .contains(u"you have not signed in on this computer before"),
                             waitMs);
    QVERIFY(!m_stores->exists(ServerAddress::parse(m_url)->key(), u"pharm-pia"_s));
}

// Opening checks every page of the store (on the worker that derives its key): a damaged one
// is refused with what to do, and left exactly as it was.
void TestDesktopClient::aDamagedStoreIsRefusedAtSignIn()
{
    MainWindow *first = signIn(u"desk-fred"_s);
    QVERIFY(first);
    emit first->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    const QString path = m_stores->pathFor(ServerAddress::parse(m_url)->key(), u"desk-fred"_s);
    QTRY_VERIFY(!QFileInfo::exists(path + u"-wal"_s)); // closed: the log is folded in
    {
        QFile file(path);
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(2 * 4096 + 100)); // inside the third page: the file still opens
        QVERIFY(file.write(QByteArray(64, '\x5a')) == 64);
    }
    const QByteArray damaged = test::fileDigest(path);

    submitSignIn(u"desk-fred"_s, password);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow()
                                     || shown(m_shell->signInWindow(), u"signInMessage"_s)
                                                .contains(u"is damaged or does not belong"),
                             waitMs);
    QVERIFY(!m_shell->mainWindow());
    QCOMPARE(test::fileDigest(path), damaged);
}

void TestDesktopClient::passwordChangedElsewhereIsAskedForOnce()
{
    MainWindow *first = signIn(u"changer"_s);
    QVERIFY(first);
    emit first->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    // The password changes on another computer.
    const QString newPassword = u"mangoes under the bridge"_s;
    {
        ServerConnection connection(u"elsewhere"_s);
        connection.setPinnedFingerprint(m_identity.fingerprint());
        connection.connectTo(*ServerAddress::parse(m_url));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Ready, waitMs);
        bool in = false;
        connection.signIn(u"changer"_s, password, {}, [&](const ServerReply &r) { in = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(in, waitMs);
        std::optional<Result<void>> changed;
        AccountClient(connection)
                .changePassword(&connection, password, newPassword,
                                [&](const Result<void> &r) { changed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(changed.has_value() && changed->ok(), waitMs);
    }
    submitSignIn(u"changer"_s, newPassword);
    SignInWindow *window = m_shell->signInWindow();
    QTRY_COMPARE_WITH_TIMEOUT(window->panel(), SignInWindow::Panel::PreviousPassword, waitMs);
    screenshot(window, u"signin-previous-password"_s);
    QVERIFY(type(window, u"Previous password"_s, u"not the old one"_s));
    QTest::keyClick(field(window, u"Previous password"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!shown(window, u"signInMessage"_s).isEmpty(), waitMs);
    QVERIFY(type(window, u"Previous password"_s, password));
    QTest::keyClick(field(window, u"Previous password"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow(), waitMs);
    emit m_shell->mainWindow()->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    QVERIFY(signIn(u"changer"_s, newPassword)); // directly, from now on
}

void TestDesktopClient::idleWindowLocksAndUnlocks()
{
    MainWindow *window = signIn(u"nurse-nia"_s);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->setIdleLockInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 3000);
    QCOMPARE(window->windowTitle(), u"Clinic — locked"_s);
    QVERIFY(!window->findChild<QWidget *>(u"homePage"_s)->isVisible()); // nothing of theirs shows
    screenshot(window, u"locked"_s);
    QVERIFY(type(window, u"Password"_s, u"not my password"_s));
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
    QTRY_COMPARE(shown(window, u"lockMessage"_s), u"The password is not correct."_s);
    QVERIFY(window->isLocked());
    QVERIFY(type(window, u"Password"_s, password));
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
    QTRY_VERIFY(!window->isLocked());
    window->setIdleLockInterval(60 * 60 * 1000);
    QVERIFY(window->findChild<QWidget *>(u"homePage"_s)->isVisible());
}

void TestDesktopClient::patientsAndDoctorsRegister()
{
    SignInWindow *window = m_shell->signInWindow();
    button(window, u"New here? Create an account"_s)->click();
    QCOMPARE(window->panel(), SignInWindow::Panel::Register);
    QVERIFY(type(window, u"Full name"_s, u"Rosa Diaz"_s));
    QVERIFY(type(window, u"Choose a user name"_s, u"rosa"_s));
    QVERIFY(type(window, u"Password"_s, u"correct horse battery staple"_s));
    QVERIFY(type(window, u"Confirm password"_s, u"correct horse battery staple"_s));
    screenshot(window, u"register"_s);
    button(window, u"Create account"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, u"signInMessage"_s).contains(u"Welcome, Rosa Diaz"),
                             waitMs);
    QCOMPARE(window->panel(), SignInWindow::Panel::SignIn);
    QCOMPARE(window->username(), u"rosa"_s);
    QVERIFY(signIn(u"rosa"_s, u"correct horse battery staple"_s));
    emit m_shell->mainWindow()->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());

    window = m_shell->signInWindow();
    button(window, u"New here? Create an account"_s)->click();
    auto *role = window->findChild<QComboBox *>();
    role->setCurrentIndex(1); // a doctor
    QVERIFY(type(window, u"Full name"_s, u"Dr Omar Haddad"_s));
    QVERIFY(type(window, u"Choose a user name"_s, u"dr-omar"_s));
    QVERIFY(type(window, u"Licence number"_s, u"GMC-9988776"_s));
    QVERIFY(type(window, u"Specialties"_s, u"Cardiology"_s));
    QVERIFY(type(window, u"Password"_s, u"correct horse battery staple"_s));
    QVERIFY(type(window, u"Confirm password"_s, u"correct horse battery staple"_s));
    button(window, u"Create account"_s)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(
            shown(window, u"signInMessage"_s).contains(u"once an administrator has verified you"),
            qPrintable(shown(window, u"signInMessage"_s)), waitMs);
}

void TestDesktopClient::adminVerifiesAProvider()
{
    MainWindow *window = signIn(u"boss"_s);
    QVERIFY(window);
    window->navigation()->setCurrentRow(3); // Today, Verification, Clinic, Users
    auto *users = qobject_cast<UsersPage *>(window->currentPage());
    QVERIFY(users);
    QTRY_VERIFY(users->model()->rowCount() >= 9);
    QAbstractItemModel *shownModel = users->table()->model();
    int row = -1;
    for (int i = 0; i < shownModel->rowCount(); ++i) {
        if (shownModel->index(i, AccountListModel::Username).data().toString() == u"dr-wait")
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(row, 0); // waiting for verification sorts first
    users->table()->selectRow(row);
    button(window, u"Approve"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, u"usersMessage"_s).contains(u"verified"), waitMs);
    emit window->signOutRequested();
    QTRY_VERIFY(m_shell->signInWindow());
    QVERIFY(signIn(u"dr-wait"_s));
}

void TestDesktopClient::certificateMismatchIsRefusedLoudly()
{
    cleanup();
    m_clientDir = std::make_unique<QTemporaryDir>();
    m_stores = std::make_unique<UserStores>(m_clientDir->path(), test::fastStoreOptions());
    m_shell = std::make_unique<ClientShell>(*m_stores, m_clientDir->path());
    m_shell->setDefaultServer(m_url);
    QVERIFY(m_shell->trustServer(m_url, QString(64, u'c')));
    m_shell->start();
    submitSignIn(u"pat"_s, password);
    SignInWindow *window = m_shell->signInWindow();
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, u"signInMessage"_s).startsWith(u"STOP"), waitMs);
    QVERIFY(shown(window, u"signInMessage"_s).contains(m_identity.fingerprint().left(4).toUpper()));
    screenshot(window, u"signin-mismatch"_s);
    QVERIFY(!m_shell->mainWindow());
}

void TestDesktopClient::spanishSignIn()
{
    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    auto untranslate = qScopeGuard([] {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(translator);
    });
    cleanup();
    init();
    SignInWindow *window = m_shell->signInWindow();
    QCOMPARE(window->windowTitle(), u"Clinic — Iniciar sesión"_s);
    QVERIFY(button(window, u"Iniciar sesión"_s));
    screenshot(window, u"signin-es"_s);
}

QTEST_MAIN(TestDesktopClient)
#include "tst_desktopclient.moc"
