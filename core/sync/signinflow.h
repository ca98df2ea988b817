#pragma once

#include "crypto/securebytes.h"
#include "domain/localaccount.h"
#include "storage/encryptedstore.h"
#include "sync/accountclient.h"
#include "sync/knownservers.h"
#include "sync/serverconnection.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace clinic {

class UserStores;

// What signing in gives the desktop: the user's open store and who they are.
struct SignInResult
{
    std::shared_ptr<EncryptedStore> store;
    LocalAccount account;
    bool online = false; // false: the server could not be reached; working on this computer
    ClientSession session; // valid when online
};

// Signing in to a clinic: connect (pinning the server's certificate), check the password
// with the server (and the one-time code when asked), then open this user's encrypted store
// on this computer with the same password, creating it on first sign-in here. When the
// server cannot be reached, the same password opens the store and the user works offline.
//
// It never shows a dialog: when it needs the user it emits a signal and waits for the
// matching answer (trustCertificate, provideTotp, providePreviousPassword) or cancel().
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    SignInFlow(const UserStores &stores, KnownServers &knownServers, ServerConnection &connection,
               QObject *parent = nullptr);
    ~SignInFlow() override;

    void start(const QString &server, const QString &username, const QString &password);
    // Registers a patient or a doctor (connecting and trusting as for a sign-in); a patient
    // can sign in at once, a doctor once an admin has verified them.
    void registerAccount(const QString &server, const Registration &registration,
                         const QString &password);
    void trustCertificate();
    void provideTotp(const QString &code);
    void providePreviousPassword(const QString &previous);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(const QString &message);
    // First contact: the user compares this fingerprint with what their clinic published.
    void certificateNeedsTrust(const QString &server, const QString &fingerprint);
    // The server shows another certificate than the trusted one: refused, loudly.
    void certificateMismatch(const QString &server, const QString &expected,
                             const QString &presented);
    void totpNeeded(const QString &problem); // problem: empty the first time
    // This computer's store is still sealed with the password used here before a change.
    void previousPasswordNeeded(const QString &problem);
    void failed(const clinic::Error &error);
    void succeeded(const clinic::SignInResult &result);
    void registered(const clinic::Account &account);

private:
    void onStateChanged(ServerConnection::State state);
    void onConnectionFailed(const QString &reason);
    bool begin(const QString &server, const QString &password);
    void sendSignIn();
    void rememberDevice();
    void sendRegistration();
    void openStore(bool online);
    // derive() gives the store's key on a worker, which then checks the store's pages and
    // brings its schema and its medicines reference data (ReferenceRepository) up to date on
    // a connection of its own; the window's connection is then opened here and finish()ed, or
    // refused() (else fail()) is told why, unless the attempt ended meanwhile.
    void openWhenKeyReady(std::function<Result<SecureBytes>()> derive, bool online,
                          std::function<void(const Error &)> refused);
    void finish(std::shared_ptr<EncryptedStore> store, bool online);
    void fail(const Error &error);
    void reset();

    const UserStores &m_stores;
    KnownServers &m_known;
    ServerConnection &m_connection;
    std::optional<ServerAddress> m_address;
    QString m_username;
    SecureBytes m_password;
    QString m_totp;
    QString m_offeredFingerprint;
    std::optional<Registration> m_registration; // set: registering, not signing in
    bool m_running = false;
    bool m_signingIn = false;
    quint64 m_attempt = 0; // counts reset()s: a worker's answer for an older attempt is dropped
    QList<QMetaObject::Connection> m_connections;
};

} // namespace clinic
