#include "signinflow.h"

#include "pharmacy/referencerepository.h"
#include "storage/keyfile.h"
#include "storage/userstores.h"
#include "util/background.h"
#include "util/clock.h"
#include "util/logging.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString text(const SecureBytes &bytes)
{
    return QString::fromUtf8(bytes.constChar(), bytes.size());
}

// A password for a worker's task (which must be copyable); wiped when the task is done.
std::shared_ptr<const SecureBytes> shared(const SecureBytes &password)
{
    return std::make_shared<const SecureBytes>(password.clone());
}

// Brings the store's copy of the medicines reference data up to the shipped set (issue 15):
// nothing is written when it is already there; else one transaction replaces it (about
// 0.1 s). Runs on the worker that opens the store. A failure keeps the previous set and does
// not stop the sign-in: the prescribing window says when the store has no set.
void loadReference(const QSqlDatabase &db)
{
    auto loaded = ReferenceRepository::loadShipped(db, Clock::system().nowMs());
    if (!loaded)
        qCWarning(lcStorage) << "reference data not loaded:" << loaded.error().fullText();
    else if (loaded->written)
        qCInfo(lcStorage) << "reference data" << loaded->loaded.version << "loaded in"
                          << loaded->elapsedMs << "ms";
}

} // namespace

SignInFlow::SignInFlow(const UserStores &stores, KnownServers &knownServers,
                       ServerConnection &connection, QObject *parent)
    : QObject(parent), m_stores(stores), m_known(knownServers), m_connection(connection)
{ }

SignInFlow::~SignInFlow()
{
    reset();
}

void SignInFlow::reset()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_password = SecureBytes();
    m_totp.clear();
    m_offeredFingerprint.clear();
    m_registration.reset();
    m_running = false;
    m_signingIn = false;
    ++m_attempt; // a key still being derived for the attempt that ended is dropped
}

void SignInFlow::fail(const Error &error)
{
    reset();
    emit failed(error);
}

void SignInFlow::cancel()
{
    if (!m_running)
        return;
    reset();
    m_connection.disconnectFromServer();
}

void SignInFlow::start(const QString &server, const QString &username, const QString &password)
{
    reset();
    m_username = username.trimmed().toLower();
    if (m_username.isEmpty() || password.isEmpty())
        return fail(
                makeError(ErrorCode::InvalidArgument, tr("Enter your user name and password.")));
    begin(server, password);
}

void SignInFlow::registerAccount(const QString &server, const Registration &registration,
                                 const QString &password)
{
    reset();
    m_registration = registration;
    begin(server, password);
}

bool SignInFlow::begin(const QString &server, const QString &password)
{
    m_address = ServerAddress::parse(server);
    if (!m_address) {
        fail(makeError(ErrorCode::InvalidArgument,
                       tr("“%1” is not a server address. It looks like clinic.example.org:7443.")
                               .arg(server)));
        return false;
    }
    m_password = SecureBytes::fromUtf8(password);
    m_running = true;
    if (auto loaded = m_known.load(); !loaded)
        emit progressed(loaded.error().message); // trusts nothing; the user is asked again

    m_connections << connect(&m_connection, &ServerConnection::stateChanged, this,
                             &SignInFlow::onStateChanged);
    m_connections << connect(&m_connection, &ServerConnection::connectionFailed, this,
                             &SignInFlow::onConnectionFailed);
    m_connections << connect(&m_connection, &ServerConnection::certificateUnknown, this,
                             [this](const QString &fingerprint) {
                                 m_offeredFingerprint = fingerprint;
                                 emit certificateNeedsTrust(m_address->key(), fingerprint);
                             });
    m_connections << connect(&m_connection, &ServerConnection::certificateMismatch, this,
                             [this](const QString &expected, const QString &presented) {
                                 const QString server = m_address->key();
                                 reset();
                                 emit certificateMismatch(server, expected, presented);
                             });

    // Already connected there (signed in or not): sign in on the same connection; the server
    // replaces any session it carried.
    const bool connected = m_connection.state() == ServerConnection::State::Ready
            || m_connection.state() == ServerConnection::State::SignedIn;
    const bool sameServer = connected && m_connection.address().key() == m_address->key();
    if (sameServer) {
        onStateChanged(ServerConnection::State::Ready);
        return true;
    }
    emit progressed(tr("Connecting to %1…").arg(m_address->key()));
    m_connection.setPinnedFingerprint(m_known.fingerprint(m_address->key()));
    m_connection.connectTo(*m_address);
    return true;
}

void SignInFlow::sendRegistration()
{
    m_signingIn = true;
    emit progressed(tr("Creating your account…"));
    AccountClient accounts(m_connection);
    accounts.registerAccount(this, *m_registration, text(m_password),
                             [this](const Result<Account> &account) {
                                 if (!m_running)
                                     return;
                                 if (!account)
                                     return fail(account.error());
                                 reset();
                                 emit registered(account.value());
                             });
}

void SignInFlow::trustCertificate()
{
    if (!m_running || m_offeredFingerprint.isEmpty())
        return;
    if (auto trusted = m_known.trust(m_address->key(), m_offeredFingerprint); !trusted)
        return fail(trusted.error());
    m_connection.setPinnedFingerprint(m_offeredFingerprint);
    m_offeredFingerprint.clear();
    emit progressed(tr("Connecting to %1…").arg(m_address->key()));
    m_connection.connectTo(*m_address);
}

void SignInFlow::onStateChanged(ServerConnection::State state)
{
    if (state != ServerConnection::State::Ready || m_signingIn || !m_running)
        return;
    if (m_registration)
        sendRegistration();
    else
        sendSignIn();
}

void SignInFlow::onConnectionFailed(const QString &reason)
{
    if (!m_running || m_signingIn)
        return;
    if (m_registration)
        return fail(makeError(ErrorCode::Io, tr("The server cannot be reached: %1").arg(reason)));
    // Not reachable: this computer's store can still be opened with the same password.
    m_connection.disconnectFromServer();
    emit progressed(tr("The server cannot be reached (%1). Opening your records on this "
                       "computer…")
                            .arg(reason));
    openStore(false);
}

void SignInFlow::sendSignIn()
{
    m_signingIn = true;
    emit progressed(tr("Checking your password…"));
    m_connection.signIn(
            m_username, text(m_password), m_totp,
            [this](const ServerReply &reply) {
                if (!m_running)
                    return;
                m_signingIn = false;
                if (reply.ok()) {
                    rememberDevice();
                    return openStore(true);
                }
                if (reply.connectionLost) // the server went away: work offline
                    return onConnectionFailed(reply.errorText);
                if (reply.error == ProtocolError::TotpRequired)
                    return emit totpNeeded({});
                if (reply.error == ProtocolError::WrongCredentials && !m_totp.isEmpty()) {
                    m_totp.clear();
                    return emit totpNeeded(reply.errorText);
                }
                fail(AccountClient::errorOf(reply));
            },
            m_known.deviceToken(m_address->key(), m_username));
}

// Not being able to keep the token costs nothing now: this computer is only treated as new at
// the next sign-in, so the failure is reported and the sign-in goes on.
void SignInFlow::rememberDevice()
{
    const QString token = m_connection.session().deviceToken;
    if (token.isEmpty())
        return;
    if (auto kept = m_known.rememberDevice(m_address->key(), m_username, token); !kept)
        emit progressed(kept.error().message);
}

void SignInFlow::provideTotp(const QString &code)
{
    if (!m_running)
        return;
    m_totp = code.trimmed();
    sendSignIn();
}

// The password's key is derived on a worker (Argon2id, about 0.25 s): the window stays
// responsive and shows the progress. The store itself is opened here, on the thread that uses it.
void SignInFlow::openStore(bool online)
{
    const QString path = m_stores.pathFor(m_address->key(), m_username);
    const StoreOptions options = m_stores.options();
    if (!EncryptedStore::exists(path)) {
        if (!online)
            return fail(makeError(ErrorCode::StoreMissing,
                                  tr("The server cannot be reached, and you have not signed in "
                                     "on this computer before, so there is nothing to open "
                                     "offline. Try again when the server is reachable.")));
        emit progressed(tr("Preparing this computer for you…"));
        const quint64 attempt = m_attempt;
        runInBackground(
                this,
                [options, password = shared(m_password)] {
                    return EncryptedStore::sealNewKey(*password, options);
                },
                [this, attempt, path, options, online](Result<EncryptedStore::NewKey> key) {
                    if (attempt != m_attempt)
                        return; // cancelled meanwhile: nothing was written
                    if (!key)
                        return fail(key.error());
                    auto created =
                            EncryptedStore::createSealed(path, std::move(key).value(), options);
                    if (!created)
                        return fail(created.error());
                    std::shared_ptr<EncryptedStore> store = std::move(created).value();
                    finish(store, online);
                    // Then the reference data goes in on a worker, on a connection of its own.
                    // Not before finish(): a sign-in waiting for it could be overtaken (the
                    // server gone meanwhile) and leave a store without its account record.
                    runInBackground(
                            this,
                            [store] {
                                if (auto sibling = store->openSibling())
                                    loadReference(sibling.value()->database());
                                else
                                    qCWarning(lcStorage) << "reference data not loaded:"
                                                         << sibling.error().fullText();
                                return true;
                            },
                            [](bool) {});
                });
        return;
    }
    emit progressed(tr("Opening your records…"));
    openWhenKeyReady(
            [path, password = shared(m_password)] {
                return EncryptedStore::unlockKey(path, *password);
            },
            online,
            [this, online](const Error &error) {
                if (error.code == ErrorCode::WrongPassword && online)
                    return emit previousPasswordNeeded({});
                fail(error);
            });
}

void SignInFlow::providePreviousPassword(const QString &previous)
{
    if (!m_running)
        return;
    emit progressed(tr("Opening your records…"));
    // Re-seals this computer's store with the password the server knows now.
    const QString path = m_stores.pathFor(m_address->key(), m_username);
    const StoreOptions options = m_stores.options();
    openWhenKeyReady(
            [path, options, old = shared(SecureBytes::fromUtf8(previous)),
             replacement = shared(m_password)]() -> Result<SecureBytes> {
                auto key = EncryptedStore::unlockKey(path, *old);
                if (!key)
                    return key;
                if (auto resealed = KeyFile::replace(KeyFile::pathFor(path), *key, *replacement,
                                                     options.kdf);
                    !resealed)
                    return resealed.error();
                return key;
            },
            true,
            [this](const Error &error) {
                if (error.code == ErrorCode::WrongPassword)
                    return emit previousPasswordNeeded(error.message);
                fail(error);
            });
}

// Opening a store checks every page (quick_check decrypts them all: about 0.1 s for 100,000
// patients) and runs its migrations: both happen on the worker, on a connection made and
// closed there, so the window's connection opens at once.
void SignInFlow::openWhenKeyReady(std::function<Result<SecureBytes>()> derive, bool online,
                                  std::function<void(const Error &)> refused)
{
    const quint64 attempt = m_attempt;
    const QString path = m_stores.pathFor(m_address->key(), m_username);
    const StoreOptions options = m_stores.options();
    runInBackground(
            this,
            [derive = std::move(derive), path, options]() -> Result<SecureBytes> {
                auto key = derive();
                if (!key)
                    return key;
                auto checked = EncryptedStore::openWithKey(path, key->clone(), options);
                if (!checked)
                    return checked.error();
                loadReference(checked.value()->database());
                return key;
            },
            [this, attempt, path, options, online,
             refused = std::move(refused)](Result<SecureBytes> key) {
                if (attempt != m_attempt)
                    return; // cancelled, or another sign-in began meanwhile
                if (!key)
                    return refused(key.error());
                StoreOptions checkedAlready = options;
                checkedAlready.checkIntegrity = false;
                auto opened =
                        EncryptedStore::openWithKey(path, std::move(key).value(), checkedAlready);
                if (!opened)
                    return fail(opened.error());
                finish(std::move(opened).value(), online);
            });
}

void SignInFlow::finish(std::shared_ptr<EncryptedStore> store, bool online)
{
    SignInResult result;
    result.store = std::move(store);
    result.online = online;
    if (online) {
        const ClientSession &session = m_connection.session();
        result.session = session;
        result.account =
                LocalAccount { m_address->key(),    session.accountId, session.username,
                               session.displayName, session.role,      session.idleLockMinutes };
        if (auto saved = result.account.save(result.store->database(), Clock::system().nowMs());
            !saved)
            return fail(saved.error());
    } else {
        auto known = LocalAccount::load(result.store->database());
        if (!known)
            return fail(known.error());
        if (!known.value())
            return fail(makeError(ErrorCode::StoreMissing,
                                  tr("This computer does not know your account yet. Sign in "
                                     "once while the server is reachable.")));
        result.account = *known.value();
    }
    reset();
    emit succeeded(result);
}

} // namespace clinic
