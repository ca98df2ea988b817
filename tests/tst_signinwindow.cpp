// The desktop client's first screens, driven as a user would (offscreen).
// Set CLINIC_SCREENSHOT_DIR to also save each screen as a PNG for review.

#include "changepassworddialog.h"
#include "clientshell.h"
#include "mainwindow.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace clinic;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

QLineEdit *field(QWidget *window, const QString &accessibleName)
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *button(QWidget *window, const QString &text)
{
    for (QPushButton *push : window->findChildren<QPushButton *>()) {
        if (push->text().remove(u'&') == text && push->isVisible())
            return push;
    }
    return nullptr;
}

QString message(QWidget *window)
{
    auto *label = window->findChild<QLabel *>(u"signInMessage"_s);
    return label && label->isVisible() ? label->text() : QString();
}

void type(QWidget *window, const QString &name, const QString &text)
{
    QLineEdit *edit = field(window, name);
    QVERIFY2(edit, qPrintable(name));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void screenshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("CLINIC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + QLatin1StringView(name) + u".png");
}

} // namespace

class TestSignInWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstSignInCreatesTheStore();
    void wrongPasswordIsRefusedClearly();
    void emptyFieldsAreExplained();
    void signOutReturnsToSignIn();
    void changePasswordFromTheMainWindow();
    void spanishTranslation();

private:
    void createAlice();
    void signIn(const QString &username, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserStores> m_stores;
    std::unique_ptr<ClientShell> m_shell;
};

void TestSignInWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_stores = std::make_unique<UserStores>(m_dir->path(), test::fastStoreOptions());
    m_shell = std::make_unique<ClientShell>(*m_stores);
    m_shell->start();
    QVERIFY(m_shell->signInWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->signInWindow()));
}

void TestSignInWindow::cleanup()
{
    m_shell.reset();
    m_stores.reset();
    m_dir.reset();
}

void TestSignInWindow::createAlice()
{
    auto store = m_stores->create(SignInWindow::localServer(), u"alice"_s,
                                  test::password("alice's long password"));
    QVERIFY(store);
}

void TestSignInWindow::signIn(const QString &username, const QString &password)
{
    SignInWindow *window = m_shell->signInWindow();
    QVERIFY(window);
    type(window, u"User name"_s, username);
    type(window, u"Password"_s, password);
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
}

void TestSignInWindow::firstSignInCreatesTheStore()
{
    SignInWindow *window = m_shell->signInWindow();
    screenshot(window, "signin");
    signIn(u"Bob"_s, u"short"_s);
    // No store for bob yet: the window asks for the password twice.
    QLineEdit *confirm = field(window, u"Confirm password"_s);
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(button(window, u"Create store"_s));
    QVERIFY(!m_stores->exists(SignInWindow::localServer(), u"bob"_s));

    type(window, u"Password"_s, u"short"_s);
    type(window, u"Confirm password"_s, u"short"_s);
    button(window, u"Create store"_s)->click();
    QVERIFY(message(window).contains(u"at least 12"));

    type(window, u"Password"_s, u"bob's long password"_s);
    type(window, u"Confirm password"_s, u"bob's long passwore"_s);
    button(window, u"Create store"_s)->click();
    QVERIFY(message(window).contains(u"not the same"));
    screenshot(window, "signin-create");

    type(window, u"Password"_s, u"bob's long password"_s);
    type(window, u"Confirm password"_s, u"bob's long password"_s);
    button(window, u"Create store"_s)->click();
    QTRY_VERIFY(m_shell->mainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->mainWindow()));
    QCOMPARE(m_shell->mainWindow()->windowTitle(), u"Clinic — Bob"_s);
    screenshot(m_shell->mainWindow(), "main");
    QVERIFY(m_stores->exists(SignInWindow::localServer(), u"bob"_s)); // user names ignore case
}

void TestSignInWindow::wrongPasswordIsRefusedClearly()
{
    createAlice();
    const QByteArray before =
            test::fileDigest(m_stores->pathFor(SignInWindow::localServer(), u"alice"_s));
    signIn(u"alice"_s, u"alice's long passwort"_s);
    SignInWindow *window = m_shell->signInWindow();
    QCOMPARE(message(window), u"The password is not correct."_s);
    QVERIFY(field(window, u"Password"_s)->text().isEmpty());
    QVERIFY(!m_shell->mainWindow());
    screenshot(window, "signin-wrong-password");
    QCOMPARE(test::fileDigest(m_stores->pathFor(SignInWindow::localServer(), u"alice"_s)), before);

    signIn(u"alice"_s, u"alice's long password"_s);
    QTRY_VERIFY(m_shell->mainWindow());
}

void TestSignInWindow::emptyFieldsAreExplained()
{
    SignInWindow *window = m_shell->signInWindow();
    QTest::keyClick(field(window, u"User name"_s), Qt::Key_Return);
    QCOMPARE(message(window), u"Enter your user name."_s);
    type(window, u"User name"_s, u"alice"_s);
    QTest::keyClick(field(window, u"User name"_s), Qt::Key_Return);
    QCOMPARE(message(window), u"Enter your password."_s);
}

void TestSignInWindow::signOutReturnsToSignIn()
{
    createAlice();
    signIn(u"alice"_s, u"alice's long password"_s);
    QTRY_VERIFY(m_shell->mainWindow());
    QPointer<MainWindow> main = m_shell->mainWindow();
    QAction *signOut = nullptr;
    for (QAction *action : main->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == u"Sign out")
            signOut = action;
    }
    QVERIFY(signOut);
    QCOMPARE(signOut->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    signOut->trigger();
    QTRY_VERIFY(!main);
    QVERIFY(m_shell->signInWindow());
    QTRY_VERIFY(m_shell->signInWindow()->isVisible());
    // The store was closed: it opens again from a fresh sign-in.
    signIn(u"alice"_s, u"alice's long password"_s);
    QTRY_VERIFY(m_shell->mainWindow());
}

void TestSignInWindow::changePasswordFromTheMainWindow()
{
    createAlice();
    auto store = m_stores->open(SignInWindow::localServer(), u"alice"_s,
                                test::password("alice's long password"));
    QVERIFY(store);
    ChangePasswordDialog dialog(*store.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, u"Current password"_s, u"not the password"_s);
    type(&dialog, u"New password"_s, u"a brand new passphrase"_s);
    type(&dialog, u"Confirm new password"_s, u"a brand new passphrase"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"changePasswordMessage"_s)
                    ->text()
                    .contains(u"not correct"));
    screenshot(&dialog, "change-password");

    type(&dialog, u"Current password"_s, u"alice's long password"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    store.value().reset();
    QVERIFY(m_stores->open(SignInWindow::localServer(), u"alice"_s,
                           test::password("a brand new passphrase")));
}

void TestSignInWindow::spanishTranslation()
{
    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    SignInWindow window(*m_stores);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Clinic — Iniciar sesión"_s);
    QVERIFY(button(&window, u"Iniciar sesión"_s));
    screenshot(&window, "signin-es");
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
}

QTEST_MAIN(TestSignInWindow)
#include "tst_signinwindow.moc"
