#pragma once

#include "accountservice.h"
#include "callservice.h"
#include "crypto/passwordkdf.h"
#include "domain/role.h"
#include "hashpool.h"
#include "protocol/message.h"
#include "ratewindow.h"
#include "serverlimits.h"
#include "syncservice.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

#include <functional>
#include <memory>

namespace clinic {

class PostgresListener;
class ServerDatabase;

// What the socket side knows about a connection, sent along with each of its requests.
struct ConnectionContext
{
    quint64 connectionId = 0;
    QString address; // the peer's IP address
    QString client; // program and version, from its hello
    QString sessionId; // empty: not signed in
    QString accountId;
    Role role = Role::Patient;
};

// The answer to one request, for the socket side to carry out.
struct Outcome
{
    enum class SessionChange { None, SignedIn, SignedOut };

    quint64 connectionId = 0;
    Message reply;
    SessionChange change = SessionChange::None;
    ConnectionContext context; // the connection's context after a sign-in
    QStringList endedSessions; // other connections on these sessions are signed out
    QList<quint64> pokes; // connections whose buckets changed: they get a payload-free poke
    // call_invite allowed: the socket side starts the call, then sends `reply`.
    std::optional<CallInvite> callInvite;
    // Another server's call notice, checked (CallRelay::onNotice); no connection, no reply.
    std::optional<CallNotice> callNotice;
};

// The server's database work, on its own thread: it owns the store and handles every request
// but hello and ping. Requests arrive as the bytes received and are decoded here, so the
// socket side never holds a decoded copy, and no password outlives the request that brought
// it. Argon2id work goes to a bounded HashPool of (cores - 1) threads so the socket thread
// keeps a core for itself: one slow sign-in never stalls anyone's ping.
class ServerWorker : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(Outcome)>;

    // `databaseUrl` empty: the embedded store in dataDir; else PostgreSQL (serverdatabase.h).
    ServerWorker(QString dataDir, QString databaseUrl, KdfParams hashing, const Clock &clock,
                 const ServerLimits &limits, Deliver deliver);
    ~ServerWorker() override;

    // Call on the worker's thread (blocking invocation from the server).
    Result<void> open();
    void close();
    // Call on the worker's thread; the outcome is delivered through Deliver. `frame` is one
    // request as received (up to frameLimit bytes); it is wiped once decoded.
    void process(const ConnectionContext &context, QByteArray frame, qint64 frameLimit);

    // Call on the worker's thread: keeps a call's answer or end with its visit (its
    // visit_call row and audit entry) and pokes the connections it concerns. A failure is
    // logged; the call itself is the socket thread's and goes on regardless.
    void keepCall(const CallRecord &record);

    // Call on the worker's thread: tells the other servers on the shared database about a call
    // anchored here (nothing on the embedded store). A failure is logged.
    void announceCall(const CallNotice &notice);

    // Call on the worker's thread when a connection closes: it gets no more pokes.
    void forget(quint64 connectionId);
    // Drops change-log entries older than the retention period (ServerWorker::open and daily).
    void pruneChangeLog();

    // The request types the worker handles (everything but hello and ping).
    static bool handles(const QString &type);

private:
    struct Route;
    using Handler = void (ServerWorker::*)(const ConnectionContext &, const Message &,
                                           const Account &);
    static const Route *route(const QString &type);

    void dispatch(const ConnectionContext &context, const Message &request);
    void reply(const ConnectionContext &context, Message reply, QStringList endedSessions = {},
               Outcome::SessionChange change = Outcome::SessionChange::None);
    // Hashes a new password on the pool; on success runs `then` back on this thread.
    void hashThen(std::shared_ptr<SecureBytes> password, const ConnectionContext &context,
                  const Message &request, std::function<void(const QByteArray &)> then);
    // A check of the account's current password inside a session, counted by the sign-in
    // throttle: on the pool, `alsoWhenRight` runs there too (hashing a new password, say);
    // then `then(challenge, matched)` back here, which must finish the check.
    void checkPassword(const ConnectionContext &context, const Message &request,
                       const Account &account, const QString &passwordText,
                       std::function<void()> alsoWhenRight,
                       std::function<void(const SignInChallenge &, bool)> then);
    void fail(const ConnectionContext &context, const Message &request, const Error &error,
              Outcome::SessionChange change = Outcome::SessionChange::None);
    void deliver(Outcome outcome);
    // Runs work on the hashing pool, then `then` back on this thread; refused when the pool
    // is full (the caller has checked HashPool::checkRoom() before counting anything).
    void offThread(const HashPool::Ticket &ticket, std::function<void()> work,
                   std::function<void()> then);
    // Who asks for the pool: known (signed in, or from a device the user signed in from
    // before: `knownDevice` is that account's role) or a stranger, staff or patient, from
    // where, and for which account.
    HashPool::Ticket ticketFor(const ConnectionContext &context, HashPool::Priority priority,
                               const QString &accountKey = {},
                               std::optional<Role> knownDevice = std::nullopt) const;
    void flushAuditSummary();
    // Ends the calls a server that died left "live" in visit_call (CallService::closeDangling).
    void closeDanglingCalls();

    void signIn(const ConnectionContext &, const Message &);
    void registerSelf(const ConnectionContext &, const Message &);
    void resume(const ConnectionContext &, const Message &);
    void signedIn(const ConnectionContext &context, const Message &request, const SignedIn &result);

    void signOut(const ConnectionContext &, const Message &, const Account &);
    void signOutEverywhere(const ConnectionContext &, const Message &, const Account &);
    void listSessions(const ConnectionContext &, const Message &, const Account &);
    void endSession(const ConnectionContext &, const Message &, const Account &);
    void changePassword(const ConnectionContext &, const Message &, const Account &);
    void beginTotp(const ConnectionContext &, const Message &, const Account &);
    void confirmTotp(const ConnectionContext &, const Message &, const Account &);
    void listAccounts(const ConnectionContext &, const Message &, const Account &);
    void createAccount(const ConnectionContext &, const Message &, const Account &);
    void verifyAccount(const ConnectionContext &, const Message &, const Account &);
    void setAccountEnabled(const ConnectionContext &, const Message &, const Account &);
    void delist(const QString &accountId, const Account &admin);
    Result<void> takeRegistration(const QString &address);
    void resetPassword(const ConnectionContext &, const Message &, const Account &);
    void setRole(const ConnectionContext &, const Message &, const Account &);
    void getSettings(const ConnectionContext &, const Message &, const Account &);
    void setSettings(const ConnectionContext &, const Message &, const Account &);
    void push(const ConnectionContext &, const Message &, const Account &);
    Result<void> takePushBudget(const Account &account, qint64 bytes);
    void pull(const ConnectionContext &, const Message &, const Account &);
    void registerCallKey(const ConnectionContext &, const Message &, const Account &);
    void callKeys(const ConnectionContext &, const Message &, const Account &);
    void inviteToCall(const ConnectionContext &, const Message &, const Account &);
    // Connections subscribed to any of these buckets, but `except`.
    QList<quint64> subscribersOf(const QSet<QString> &buckets, quint64 except = 0) const;
    // Another server on the shared database committed a push: poke our clients it concerns.
    void onOtherServerChange(const QString &channel, QSqlDriver::NotificationSource source,
                             const QVariant &payload);
    void onOtherServerCall(const QString &payload);

    QString m_dataDir;
    QString m_databaseUrl;
    KdfParams m_hashing;
    const Clock &m_clock;
    Deliver m_deliver;
    std::unique_ptr<ServerDatabase> m_store;
    std::unique_ptr<PostgresListener> m_listener; // shared store: other servers' notifications
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<CallService> m_calls;
    // Each connection's buckets as of its last pull: who is poked when a bucket changes.
    QHash<quint64, QSet<QString>> m_subscriptions;
    QTimer *m_pruneTimer = nullptr;
    QTimer *m_auditTimer = nullptr;
    QTimer *m_danglingCallsTimer = nullptr; // shared database: anchors that are gone
    HashPool *m_hashes; // a child: it moves to the database thread with the worker
    RateWindow m_registrationsByAddress;
    RateWindow m_registrations;
    RateWindow m_patientPushBytes; // by account
    RateWindow m_staffPushBytes;
    RateWindow m_allPatientsPushBytes; // one key: all patients' pushes together
    RateWindow m_callInvites; // by caller account
    RateWindow m_callInvitesHour; // by caller account
    RateWindow m_callRings; // by callee (patient) account, from all callers
    RateWindow m_keyRegistrations; // by session: every key_register
    RateWindow m_keyChanges; // by account: key_register that writes
};

} // namespace clinic
