#include "desktopclients.h"

#include "clientshell.h"
#include "mainwindow.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "widgettestsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTest>

namespace clinic::test {

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;
}

DesktopClients::DesktopClients(const TestServer &server) : m_server(server) { }

DesktopClients::~DesktopClients() = default;

std::unique_ptr<ui::ClientShell> DesktopClients::open(const QString &dir, const Clock *clock)
{
    m_stores.push_back(std::make_unique<UserStores>(dir, fastStoreOptions()));
    auto shell = std::make_unique<ui::ClientShell>(*m_stores.back(), dir);
    shell->setDefaultServer(m_server.url());
    if (!shell->trustServer(m_server.url(), m_server.identity().fingerprint()))
        return nullptr;
    if (clock)
        shell->setClock(*clock);
    shell->start();
    return shell;
}

ui::MainWindow *DesktopClients::signIn(ui::ClientShell &shell, const QString &username, QSize size)
{
    ui::SignInWindow *window = shell.signInWindow();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    field(window, u"User name"_s)->setText(username);
    field(window, u"Password"_s)->setText(syncPassword);
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return shell.mainWindow() != nullptr; }, waitMs)) {
        if (shell.signInWindow())
            qWarning() << "still at sign-in:" << shown(shell.signInWindow(), u"signInMessage"_s);
        return nullptr;
    }
    ui::MainWindow *main = shell.mainWindow();
    main->resize(size);
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

QWidget *openPage(ui::MainWindow *window, const QString &title)
{
    QListWidget *pages = window->navigation();
    for (int row = 0; row < pages->count(); ++row) {
        if (pages->item(row)->text().startsWith(title)) {
            pages->setCurrentRow(row);
            return window->currentPage();
        }
    }
    return nullptr;
}

} // namespace clinic::test
