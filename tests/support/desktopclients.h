#pragma once

#include "syncfixture.h"
#include "util/clock.h"

#include <QSize>

#include <memory>
#include <vector>

class QWidget;

namespace clinic {
class UserStores;
namespace ui {
class ClientShell;
class MainWindow;
} // namespace ui
} // namespace clinic

namespace clinic::test {

// Desktop clients of a TestServer: each a ClientShell on its own store folder, trusting the
// server, that a test signs in and drives through its pages as a user would.
class DesktopClients
{
public:
    explicit DesktopClients(const TestServer &server);
    ~DesktopClients();

    // A started shell on `dir`, at its sign-in window, on `clock` (the system's when null);
    // null when it cannot trust the server. Its stores live as long as this object.
    std::unique_ptr<ui::ClientShell> open(const QString &dir, const Clock *clock = nullptr);
    // Signs in with the test password and waits for the main window, sized `size`.
    static ui::MainWindow *signIn(ui::ClientShell &shell, const QString &username,
                                  QSize size = QSize(1100, 720));

private:
    const TestServer &m_server;
    std::vector<std::unique_ptr<UserStores>> m_stores;
};

// The page whose title is `title`, or starts so ("Waiting room (2)"), made current; null when
// the window has none.
QWidget *openPage(ui::MainWindow *window, const QString &title);

} // namespace clinic::test
