#include "clientshell.h"

#include "mainwindow.h"
#include "signinwindow.h"
#include "storage/encryptedstore.h"

namespace clinic::ui {

ClientShell::ClientShell(const UserStores &stores, QObject *parent)
    : QObject(parent), m_stores(stores)
{ }

ClientShell::~ClientShell()
{
    delete m_main;
    delete m_signIn;
}

SignInWindow *ClientShell::signInWindow() const
{
    return m_signIn;
}

MainWindow *ClientShell::mainWindow() const
{
    return m_main;
}

void ClientShell::start()
{
    delete m_signIn;
    m_signIn = new SignInWindow(m_stores);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &SignInWindow::signedIn, this, &ClientShell::onSignedIn);
    m_signIn->show();
}

void ClientShell::onSignedIn(const QString &username, std::shared_ptr<EncryptedStore> store)
{
    m_main = new MainWindow(username, std::move(store));
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, &ClientShell::onSignOutRequested);
    m_main->show();
    m_signIn->deleteLater();
}

void ClientShell::onSignOutRequested()
{
    // Deleting the window releases the last reference to the store, which closes it.
    if (m_main)
        m_main->deleteLater();
    start();
}

} // namespace clinic::ui
