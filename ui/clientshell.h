#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace clinic {
class EncryptedStore;
class UserStores;
} // namespace clinic

namespace clinic::ui {

class MainWindow;
class SignInWindow;

// Which top-level window is showing: the sign-in window until a store is open, then the
// main window; signing out closes the store and returns to sign-in.
class ClientShell : public QObject
{
    Q_OBJECT
public:
    explicit ClientShell(const UserStores &stores, QObject *parent = nullptr);
    ~ClientShell() override;

    void start();
    SignInWindow *signInWindow() const;
    MainWindow *mainWindow() const;

private:
    void onSignedIn(const QString &username, std::shared_ptr<EncryptedStore> store);
    void onSignOutRequested();

    const UserStores &m_stores;
    QPointer<SignInWindow> m_signIn;
    QPointer<MainWindow> m_main;
};

} // namespace clinic::ui
