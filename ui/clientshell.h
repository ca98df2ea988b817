#pragma once

#include "sync/accountclient.h"
#include "sync/knownservers.h"
#include "sync/serverconnection.h"
#include "sync/signinflow.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

namespace clinic {
class SyncEngine;
class UserStores;
} // namespace clinic

namespace clinic::ui {

class MainWindow;
class SignInWindow;
class SyncSession;

// The desktop client's top level: one connection to the clinic's server, the sign-in window
// until a sign-in succeeds, then the user's role window and their sync session (online or
// not); signing out closes the store and the session and returns to sign-in. The last server and
// user name are remembered (QSettings).
class ClientShell : public QObject
{
    Q_OBJECT
public:
    ClientShell(const UserStores &stores, const QString &dataDir, QObject *parent = nullptr);
    ~ClientShell() override;

    // Trusts a server's certificate up front (the demo's run command passes what the server
    // printed), as if the user had confirmed it.
    Result<void> trustServer(const QString &server, const QString &fingerprint);
    void setDefaultServer(const QString &server);
    // The clock the signed-in window's pages read (the system's unless a test sets its own;
    // it must outlive the shell).
    void setClock(const Clock &clock) { m_clock = &clock; }
    // Video visits use the synthetic camera and microphone (ClientContext::syntheticMedia).
    void setSyntheticMedia(bool synthetic) { m_syntheticMedia = synthetic; }
    // The Devices page uses simulated devices (ClientContext::simulatedDevices).
    void setSimulatedDevices(bool simulated) { m_simulatedDevices = simulated; }

    void start();
    SignInWindow *signInWindow() const;
    MainWindow *mainWindow() const;
    ServerConnection &connection() { return m_connection; }
    // The signed-in user's sync engine; null at sign-in.
    SyncEngine *sync() const;

private:
    void onSignedIn(const SignInResult &result);
    void signOut();

    const UserStores &m_stores;
    KnownServers m_known;
    ServerConnection m_connection;
    AccountClient m_accounts;
    SignInFlow m_flow;
    QString m_defaultServer;
    const Clock *m_clock = &Clock::system();
    bool m_syntheticMedia = false;
    bool m_simulatedDevices = false;
    QPointer<SignInWindow> m_signIn;
    QPointer<MainWindow> m_main;
    QPointer<SyncSession> m_session;
};

} // namespace clinic::ui
