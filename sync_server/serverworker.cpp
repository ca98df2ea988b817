#include "serverworker.h"

#include "connectioncensus.h"
#include "crypto/callkeys.h"
#include "crypto/passwordhash.h"
#include "domain/accesspolicy.h"
#include "postgresstore.h"
#include "providerdelisting.h"
#include "serverdatabase.h"
#include "util/logging.h"

#include <QCborArray>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSqlError>

#include <optional>

Q_LOGGING_CATEGORY(lcServer, "clinic.server")

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxName = 100;
// A doctor may list several specialties, comma-separated.
constexpr qsizetype maxSpecialty = 200;
constexpr qsizetype maxCredentials = 2000;
constexpr qsizetype maxPassword = 1024;
constexpr qint64 hourMs = 60 * 60 * 1000;
// Replies the server pages (the account list) stay under this many bytes, well inside the
// 64 KiB a client always accepts.
constexpr qsizetype replyBudgetBytes = 48 * 1024;
constexpr int accountsPerRead = 200;

// Which requests a session whose user must first change their password, or enrol a second
// factor, may still make.
enum class Gate { Any, PasswordChange, TotpEnrolment, Always };

ProtocolError protocolError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongCredentials:
        return ProtocolError::WrongCredentials;
    case ErrorCode::Throttled:
        return ProtocolError::Throttled;
    case ErrorCode::Busy:
        return ProtocolError::Busy;
    case ErrorCode::TotpRequired:
        return ProtocolError::TotpRequired;
    case ErrorCode::AccountPending:
        return ProtocolError::AccountPending;
    case ErrorCode::AccountRejected:
        return ProtocolError::AccountRejected;
    case ErrorCode::AccountDisabled:
        return ProtocolError::AccountDisabled;
    case ErrorCode::SessionExpired:
        return ProtocolError::SessionExpired;
    case ErrorCode::WeakPassword:
        return ProtocolError::WeakPassword;
    case ErrorCode::UsernameTaken:
        return ProtocolError::UsernameTaken;
    case ErrorCode::NotFound:
        return ProtocolError::NotFound;
    case ErrorCode::Forbidden:
        return ProtocolError::Forbidden;
    case ErrorCode::ServerBehind:
        return ProtocolError::ServerBehind;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Conflict:
        return ProtocolError::Invalid;
    default:
        return ProtocolError::Internal;
    }
}

QCborMap sessionMap(const Session &s, const QString &current)
{
    return QCborMap { { u"id"_s, s.id },
                      { u"created_at"_s, s.createdAt },
                      { u"last_seen_at"_s, s.lastSeenAt },
                      { u"expires_at"_s, s.expiresAt },
                      { u"source"_s, s.source },
                      { u"client"_s, s.client },
                      { u"current"_s, s.id == current } };
}

// The fields of a new account that register and account_create share.
NewAccount readNewAccount(BodyReader &body)
{
    NewAccount account;
    account.username = body.text(u"username", 32);
    account.displayName = body.text(u"display_name", maxName);
    account.licenceNumber = body.optionalText(u"licence_number", 64);
    account.specialty = body.optionalText(u"specialty", maxSpecialty);
    account.credentials = body.optionalText(u"credentials", maxCredentials);
    return account;
}

Message ok(const Message &request, QCborMap body = {})
{
    return Message::reply(u"ok"_s, request.id, std::move(body));
}

QCborMap keyEntry(const QString &accountId, const QByteArray &publicKey)
{
    QCborMap entry { { u"account_id"_s, accountId } };
    if (!publicKey.isEmpty())
        entry.insert(u"public_key"_s, CallKeys::encodePublicKey(publicKey));
    return entry;
}

} // namespace

struct ServerWorker::Route
{
    const char *type;
    Handler handler; // null: an unauthenticated request with its own entry point
    std::optional<Action> action;
    Ownership ownership;
    Gate gate;
};

const ServerWorker::Route *ServerWorker::route(const QString &type)
{
    using W = ServerWorker;
    static const Route routes[] = {
        { "sign_in", nullptr, std::nullopt, Ownership::Own, Gate::Always },
        { "register", nullptr, std::nullopt, Ownership::Own, Gate::Always },
        { "resume", nullptr, std::nullopt, Ownership::Own, Gate::Always },
        { "sign_out", &W::signOut, std::nullopt, Ownership::Own, Gate::Always },
        { "sign_out_everywhere", &W::signOutEverywhere, Action::ManageOwnSessions, Ownership::Own,
          Gate::Always },
        { "sessions", &W::listSessions, Action::ManageOwnSessions, Ownership::Own, Gate::Any },
        { "end_session", &W::endSession, Action::ManageOwnSessions, Ownership::Own, Gate::Any },
        { "change_password", &W::changePassword, Action::ChangeOwnPassword, Ownership::Own,
          Gate::PasswordChange },
        { "totp_begin", &W::beginTotp, Action::EnrolTotp, Ownership::Own, Gate::TotpEnrolment },
        { "totp_confirm", &W::confirmTotp, Action::EnrolTotp, Ownership::Own, Gate::TotpEnrolment },
        { "account_list", &W::listAccounts, Action::ListAccounts, Ownership::Other, Gate::Any },
        { "account_create", &W::createAccount, Action::CreateStaffAccount, Ownership::Other,
          Gate::Any },
        { "account_verify", &W::verifyAccount, Action::VerifyProvider, Ownership::Other,
          Gate::Any },
        { "account_set_enabled", &W::setAccountEnabled, Action::SetAccountStatus, Ownership::Other,
          Gate::Any },
        { "account_reset_password", &W::resetPassword, Action::ResetPassword, Ownership::Other,
          Gate::Any },
        { "account_set_role", &W::setRole, Action::SetRole, Ownership::Other, Gate::Any },
        { "settings_get", &W::getSettings, Action::ChangeSecuritySettings, Ownership::Other,
          Gate::Any },
        { "settings_set", &W::setSettings, Action::ChangeSecuritySettings, Ownership::Other,
          Gate::Any },
        // Each mutation in a push is checked against the policy on its own (core/mutations).
        { "push", &W::push, std::nullopt, Ownership::Own, Gate::Any },
        { "pull", &W::pull, std::nullopt, Ownership::Own, Gate::Any },
        // Video visits: who may call whom is the appointment's business (CallService).
        { "key_register", &W::registerCallKey, std::nullopt, Ownership::Own, Gate::Any },
        { "call_keys", &W::callKeys, std::nullopt, Ownership::Own, Gate::Any },
        { "call_invite", &W::inviteToCall, std::nullopt, Ownership::Own, Gate::Any },
    };
    for (const Route &entry : routes) {
        if (type == QLatin1StringView(entry.type))
            return &entry;
    }
    return nullptr;
}

bool ServerWorker::handles(const QString &type)
{
    return route(type) != nullptr;
}

ServerWorker::ServerWorker(QString dataDir, QString databaseUrl, KdfParams hashing,
                           const Clock &clock, const ServerLimits &limits, Deliver deliver)
    : m_dataDir(std::move(dataDir)), m_databaseUrl(std::move(databaseUrl)), m_hashing(hashing),
      m_clock(clock), m_deliver(std::move(deliver)), m_hashes(new HashPool(limits.hashQueue, this)),
      m_registrationsByAddress(hourMs, limits.registrationsPerAddressHour),
      m_registrations(hourMs, limits.registrationsPerHour),
      m_patientPushBytes(hourMs, limits.pushBytesPerPatientHour),
      m_staffPushBytes(hourMs, limits.pushBytesPerStaffHour),
      m_allPatientsPushBytes(hourMs, limits.pushBytesAllPatientsHour),
      m_callInvites(60 * 1000, limits.callInvitesPerMinute),
      m_callInvitesHour(hourMs, limits.callInvitesPerHour),
      m_callRings(hourMs, limits.callRingsPerPatientHour),
      m_keyRegistrations(hourMs, limits.keyRegistrationsPerSessionHour),
      m_keyChanges(hourMs, limits.keyChangesPerHour)
{ }

ServerWorker::~ServerWorker()
{
    close();
}

Result<void> ServerWorker::open()
{
    auto store = ServerDatabase::open(m_dataDir, m_databaseUrl);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_accounts = std::make_unique<AccountService>(m_store->database(), m_hashing, m_clock);
    m_sync = std::make_unique<SyncService>(m_store->database(), m_clock);
    m_calls = std::make_unique<CallService>(m_store->database(), m_clock);
    if (m_store->isShared()) {
        // Other servers' pushes, and calls anchored on another server and answers to ours
        // (docs/video.md), on a connection that only listens (PostgresListener).
        auto listener = PostgresListener::open(
                m_databaseUrl, { SyncService::changesChannel(), CallService::callsChannel() });
        if (!listener)
            return makeError(ErrorCode::Io,
                             tr("The server cannot listen for other servers' changes."),
                             listener.error().fullText());
        m_listener = std::move(listener).value();
        connect(m_listener->driver(), &QSqlDriver::notification, this,
                &ServerWorker::onOtherServerChange);
    }
    pruneChangeLog();
    // Calls a server that died left in visit_call as going on: ours at start (nothing is
    // live yet), and on a shared database, those of any instance gone since, every minute.
    closeDanglingCalls();
    if (m_store->isShared()) {
        m_danglingCallsTimer = new QTimer(this);
        m_danglingCallsTimer->setInterval(std::chrono::milliseconds(CallService::danglingSweepMs));
        connect(m_danglingCallsTimer, &QTimer::timeout, this, &ServerWorker::closeDanglingCalls);
        m_danglingCallsTimer->start();
    }
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(std::chrono::hours(24));
    connect(m_pruneTimer, &QTimer::timeout, this, &ServerWorker::pruneChangeLog);
    m_pruneTimer->start();
    m_auditTimer = new QTimer(this);
    m_auditTimer->setInterval(std::chrono::minutes(1));
    connect(m_auditTimer, &QTimer::timeout, this, &ServerWorker::flushAuditSummary);
    m_auditTimer->start();
    return {};
}

void ServerWorker::pruneChangeLog()
{
    if (!m_sync)
        return;
    const qint64 before = m_clock.nowMs() - SyncService::changeLogRetentionMs;
    if (auto pruned = m_sync->pruneChangeLog(before); !pruned)
        qCWarning(lcServer) << "pruning the change log failed:" << pruned.error().fullText();
    if (auto pruned = m_accounts->pruneThrottle(); !pruned)
        qCWarning(lcServer) << "pruning sign-in counts failed:" << pruned.error().fullText();
}

void ServerWorker::closeDanglingCalls()
{
    if (!m_calls || !m_sync || !m_accounts)
        return;
    auto closed = m_calls->closeDangling(*m_sync, m_accounts->audit());
    if (!closed) {
        qCWarning(lcServer) << "closing calls left by a stopped server failed:"
                            << closed.error().fullText();
        return;
    }
    Outcome outcome; // no connection: pokes only
    outcome.pokes = subscribersOf(closed.value());
    if (!outcome.pokes.isEmpty())
        deliver(std::move(outcome));
}

void ServerWorker::flushAuditSummary()
{
    if (!m_accounts)
        return;
    if (auto flushed = m_accounts->flushAuditSummary(); !flushed)
        qCWarning(lcServer) << "writing the audit summary failed:" << flushed.error().fullText();
}

void ServerWorker::forget(quint64 connectionId)
{
    m_subscriptions.remove(connectionId);
}

void ServerWorker::close()
{
    m_hashes->waitForDone();
    flushAuditSummary();
    delete m_pruneTimer;
    m_pruneTimer = nullptr;
    delete m_auditTimer;
    m_auditTimer = nullptr;
    m_subscriptions.clear();
    m_calls.reset();
    m_sync.reset();
    m_accounts.reset();
    m_listener.reset();
    m_store.reset();
}

void ServerWorker::deliver(Outcome outcome)
{
    m_deliver(std::move(outcome));
}

void ServerWorker::reply(const ConnectionContext &context, Message reply, QStringList endedSessions,
                         Outcome::SessionChange change)
{
    Outcome outcome;
    outcome.connectionId = context.connectionId;
    outcome.reply = std::move(reply);
    outcome.endedSessions = std::move(endedSessions);
    outcome.change = change;
    deliver(std::move(outcome));
}

void ServerWorker::hashThen(std::shared_ptr<SecureBytes> password, const ConnectionContext &context,
                            const Message &request, std::function<void(const QByteArray &)> then)
{
    const HashPool::Ticket ticket =
            ticketFor(context, HashPool::Priority::NewAccount, context.accountId);
    if (auto room = m_hashes->checkRoom(ticket); !room)
        return fail(context, request, room.error());
    auto hash = std::make_shared<Result<QByteArray>>(QByteArray());
    offThread(
            ticket, [this, password, hash] { *hash = PasswordHash::create(*password, m_hashing); },
            [this, context, request = request.header(), hash, then = std::move(then)] {
                if (!*hash)
                    return fail(context, request, hash->error());
                then(hash->value());
            });
}

void ServerWorker::checkPassword(const ConnectionContext &context, const Message &request,
                                 const Account &account, const QString &passwordText,
                                 std::function<void()> alsoWhenRight,
                                 std::function<void(const SignInChallenge &, bool)> then)
{
    const HashPool::Ticket ticket =
            ticketFor(context, HashPool::Priority::SignIn, context.accountId);
    if (auto room = m_hashes->checkRoom(ticket); !room)
        return fail(context, request, room.error());
    auto challenge = m_accounts->beginCheck(account, context.sessionId, context.address);
    if (!challenge)
        return fail(context, request, challenge.error());
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passwordText));
    auto matched = std::make_shared<bool>(false);
    offThread(
            ticket,
            [password, hash = challenge->passwordHash, matched,
             alsoWhenRight = std::move(alsoWhenRight)] {
                *matched = PasswordHash::verify(hash, *password);
                if (*matched && alsoWhenRight)
                    alsoWhenRight();
            },
            [challenge = challenge.value(), matched, then = std::move(then)] {
                then(challenge, *matched);
            });
}

void ServerWorker::fail(const ConnectionContext &context, const Message &request,
                        const Error &error, Outcome::SessionChange change)
{
    const ProtocolError code = protocolError(error.code);
    QString text = error.message;
    if (code == ProtocolError::Internal) {
        qCWarning(lcServer) << "request" << request.type << "failed:" << error.fullText();
        text = tr("The server could not do that; nothing was changed. Please try again.");
    }
    Message message = Message::error(code, text, request.id);
    if (code == ProtocolError::Throttled || code == ProtocolError::Busy)
        message.body.insert(u"retry_after_ms"_s, error.detail.toLongLong());
    reply(context, std::move(message), {}, change);
}

HashPool::Ticket ServerWorker::ticketFor(const ConnectionContext &context,
                                         HashPool::Priority priority, const QString &accountKey,
                                         std::optional<Role> knownDevice) const
{
    // In a session the account is the session's; at sign-in, the name asked for, trusted
    // when the device is one it signed in from before.
    const bool inSession = !context.sessionId.isEmpty();
    const std::optional<Role> trustedAs = inSession ? std::optional(context.role) : knownDevice;
    HashPool::Ticket ticket;
    ticket.addressKey = ConnectionCensus::addressKey(QHostAddress(context.address));
    ticket.trusted = trustedAs.has_value();
    ticket.accountKey = accountKey;
    ticket.staff = trustedAs.has_value() && *trustedAs != Role::Patient;
    ticket.priority = priority;
    return ticket;
}

void ServerWorker::offThread(const HashPool::Ticket &ticket, std::function<void()> work,
                             std::function<void()> then)
{
    // Callers check checkRoom() before counting anything, on this same thread: the pool
    // cannot have filled up since, so this cannot be refused.
    // A follow-up may come after close() (it is queued for this thread while the server
    // stops): with the store closed it is dropped; its connection is going too. The third
    // review crashed the server with SIGTERM during sign-ins.
    auto started = m_hashes->run(ticket, std::move(work), [this, then = std::move(then)] {
        if (m_accounts)
            then();
    });
    Q_ASSERT(started);
    (void)started;
}

void ServerWorker::process(const ConnectionContext &context, QByteArray frame, qint64 frameLimit)
{
    auto request = Message::decode(frame, frameLimit);
    if (frame.isDetached())
        secureWipe(frame); // the only copy of what may hold a password
    if (!request) {
        const bool otherVersion = request.error().detail.startsWith(u"version ");
        return reply(context,
                     Message::error(otherVersion ? ProtocolError::UnsupportedVersion
                                                 : ProtocolError::BadFrame,
                                    request.error().fullText()));
    }
    dispatch(context, request.value());
}

void ServerWorker::dispatch(const ConnectionContext &context, const Message &request)
{
    const Route *entry = route(request.type);
    if (!entry || !m_accounts)
        return fail(context, request, makeError(ErrorCode::Unknown, {}, u"no route"_s));
    if (!entry->handler) {
        if (request.type == u"sign_in")
            return signIn(context, request);
        if (request.type == u"register")
            return registerSelf(context, request);
        return resume(context, request);
    }
    if (context.sessionId.isEmpty())
        return reply(context,
                     Message::error(ProtocolError::Unauthenticated, tr("Please sign in first."),
                                    request.id));
    // The session and the account are checked afresh on every request: a session ended
    // elsewhere, an expired one, a disabled account or a changed role take effect at once.
    auto settings = m_accounts->settings();
    if (!settings)
        return fail(context, request, settings.error());
    auto account = m_accounts->authorize(context.sessionId, settings.value());
    if (!account)
        return fail(context, request, account.error(), Outcome::SessionChange::SignedOut);
    const bool mustEnrol =
            settings->requireTotpForStaff && Roles::isStaff(account->role) && !account->totpEnabled;
    // A new password comes first, then the second factor: a user owing both can always make
    // progress (password change first).
    if (account->mustChangePassword) {
        if (entry->gate != Gate::Always && entry->gate != Gate::PasswordChange)
            return reply(context,
                         Message::error(ProtocolError::PasswordChangeRequired,
                                        tr("Please choose a new password first."), request.id));
    } else if (mustEnrol && entry->gate != Gate::Always && entry->gate != Gate::TotpEnrolment)
        return reply(context,
                     Message::error(ProtocolError::TotpEnrolmentRequired,
                                    tr("Your clinic requires a second factor. Please set "
                                       "up your authenticator app first."),
                                    request.id));
    if (entry->action && !AccessPolicy::permits(account->role, *entry->action, entry->ownership))
        return reply(context,
                     Message::error(ProtocolError::Forbidden, tr("Your role does not allow this."),
                                    request.id));
    (this->*entry->handler)(context, request, account.value());
}

void ServerWorker::signIn(const ConnectionContext &context, const Message &request)
{
    BodyReader body(request.body);
    const QString username = body.text(u"username", maxName);
    QString passwordText = body.text(u"password", maxPassword);
    const QString totp = body.optionalText(u"totp", 16);
    const QString device = body.optionalText(u"device_token", 64);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    // Room on the pool first: a busy server must not count the attempt against the user. A
    // device the user signed in from before may use the room kept for known users.
    auto known = m_accounts->knownDeviceRole(username, device);
    if (!known)
        return fail(context, request, known.error());
    const HashPool::Ticket ticket = ticketFor(context, HashPool::Priority::SignIn,
                                              u"name:"_s + username.toLower(), known.value());
    if (auto room = m_hashes->checkRoom(ticket); !room)
        return fail(context, request, room.error());
    auto challenge = m_accounts->beginSignIn(username, context.address, device);
    if (!challenge)
        return fail(context, request, challenge.error());
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passwordText));
    secureWipe(passwordText);
    auto matches = std::make_shared<bool>(false);
    offThread(
            ticket,
            [password, hash = challenge->passwordHash, matches] {
                *matches = PasswordHash::verify(hash, *password);
            },
            [this, context, request = request.header(), challenge = challenge.value(), matches,
             totp] {
                auto result = m_accounts->finishSignIn(challenge, *matches, totp, context.address,
                                                       context.client);
                if (!result)
                    return fail(context, request, result.error());
                signedIn(context, request, result.value());
            });
}

void ServerWorker::resume(const ConnectionContext &context, const Message &request)
{
    BodyReader body(request.body);
    const QString token = body.text(u"token", 128);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto result = m_accounts->resume(token, context.address);
    if (!result)
        return fail(context, request, result.error());
    signedIn(context, request, result.value());
}

void ServerWorker::signedIn(const ConnectionContext &context, const Message &request,
                            const SignedIn &result)
{
    // A connection carries one session: signing in again ends the one it had.
    QStringList ended = result.endedSessions;
    if (!context.sessionId.isEmpty() && context.sessionId != result.session.id) {
        if (m_accounts->signOut(context.sessionId, Actor { context.accountId, context.address }))
            ended << context.sessionId;
    }
    auto settings = m_accounts->settings();
    QCborMap body { { u"session_id"_s, result.session.id },
                    { u"expires_at"_s, result.session.expiresAt },
                    { u"account"_s, result.account.toCbor() },
                    { u"must_change_password"_s, result.account.mustChangePassword },
                    { u"must_enrol_totp"_s, result.mustEnrolTotp },
                    { u"idle_lock_minutes"_s, settings ? settings->idleLockMinutes : 10 } };
    if (!result.token.isEmpty())
        body.insert(u"token"_s, result.token);
    if (!result.deviceToken.isEmpty())
        body.insert(u"device_token"_s, result.deviceToken);
    Outcome outcome;
    outcome.connectionId = context.connectionId;
    outcome.reply = Message::reply(u"signed_in"_s, request.id, body);
    outcome.change = Outcome::SessionChange::SignedIn;
    outcome.context = context;
    outcome.context.sessionId = result.session.id;
    outcome.context.accountId = result.account.id;
    outcome.context.role = result.account.role;
    outcome.endedSessions = ended;
    deliver(std::move(outcome));
}

void ServerWorker::registerSelf(const ConnectionContext &context, const Message &request)
{
    BodyReader body(request.body);
    NewAccount account = readNewAccount(body);
    const QString roleName = body.text(u"role", 16);
    QString passwordText = body.text(u"password", maxPassword);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    // Patients and doctors register themselves; everyone else is created by an admin.
    const std::optional<Role> role = Roles::fromName(roleName);
    if (role != Role::Patient && role != Role::Doctor)
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("Only patients and doctors can register "
                                 "themselves.")));
    if (role == Role::Doctor
        && (account.licenceNumber.trimmed().isEmpty() || account.specialty.trimmed().isEmpty()))
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("Doctors give their licence number and specialty "
                                 "for verification.")));
    account.role = *role;
    // Cheap checks before the costly one (an Argon2id hash): room on the hashing pool (busy:
    // nothing counted), the address's hourly allowance (every try counts, so names cannot be
    // listed by trying them quickly), the password rules (before the name, so a throwaway
    // password tells nothing about it), a taken name, then the clinic's hourly allowance.
    const HashPool::Ticket ticket =
            ticketFor(context, HashPool::Priority::NewAccount, context.accountId);
    if (auto room = m_hashes->checkRoom(ticket); !room)
        return fail(context, request, room.error());
    if (auto allowed = takeRegistration(context.address); !allowed)
        return fail(context, request, allowed.error());
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passwordText));
    secureWipe(passwordText);
    if (auto valid = m_accounts->validateNew(account, *password); !valid)
        return fail(context, request, valid.error());
    if (auto taken = m_accounts->accountByUsername(account.username.trimmed().toLower()); taken)
        return fail(context, request,
                    makeError(ErrorCode::UsernameTaken,
                              tr("The user name “%1” is taken.").arg(taken->username)));
    if (!m_registrations.take({}, m_clock.nowMs()))
        return fail(context, request,
                    makeError(ErrorCode::Throttled,
                              tr("The clinic is taking many registrations just now. Please try "
                                 "again later."),
                              QString::number(m_registrations.retryAfterMs({}, m_clock.nowMs()))));
    hashThen(password, context, request,
             [this, context, request = request.header(), account](const QByteArray &hash) {
                 const AccountStatus status = account.role == Role::Doctor ? AccountStatus::Pending
                                                                           : AccountStatus::Active;
                 auto created = m_accounts->create(account, hash, status, false,
                                                   Actor { {}, context.address });
                 if (!created)
                     return fail(context, request, created.error());
                 reply(context,
                       Message::reply(u"registered"_s, request.id,
                                      { { u"account"_s, created->toCbor() } }));
             });
}

Result<void> ServerWorker::takeRegistration(const QString &address)
{
    const qint64 now = m_clock.nowMs();
    const QString key = ConnectionCensus::addressKey(QHostAddress(address));
    if (m_registrationsByAddress.take(key, now))
        return {};
    return makeError(ErrorCode::Throttled,
                     tr("Too many registrations from your network. Please try again later."),
                     QString::number(m_registrationsByAddress.retryAfterMs(key, now)));
}

void ServerWorker::signOut(const ConnectionContext &context, const Message &request,
                           const Account &)
{
    auto done =
            m_accounts->signOut(context.sessionId, Actor { context.accountId, context.address });
    if (!done)
        return fail(context, request, done.error());
    reply(context, ok(request), { context.sessionId }, Outcome::SessionChange::SignedOut);
}

void ServerWorker::signOutEverywhere(const ConnectionContext &context, const Message &request,
                                     const Account &account)
{
    auto ended = m_accounts->signOutEverywhere(account.id, Actor { account.id, context.address });
    if (!ended)
        return fail(context, request, ended.error());
    reply(context, ok(request, { { u"ended"_s, qint64(ended->size()) } }), ended.value(),
          Outcome::SessionChange::SignedOut);
}

void ServerWorker::listSessions(const ConnectionContext &context, const Message &request,
                                const Account &account)
{
    auto sessions = m_accounts->sessions(account.id);
    if (!sessions)
        return fail(context, request, sessions.error());
    QCborArray list;
    for (const Session &session : sessions.value())
        list.append(sessionMap(session, context.sessionId));
    reply(context, Message::reply(u"session_list"_s, request.id, { { u"sessions"_s, list } }));
}

void ServerWorker::endSession(const ConnectionContext &context, const Message &request,
                              const Account &account)
{
    BodyReader body(request.body);
    const QString sessionId = body.text(u"session_id", 64);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto done =
            m_accounts->endSession(account.id, sessionId, Actor { account.id, context.address });
    if (!done)
        return fail(context, request, done.error());
    reply(context, ok(request), { sessionId },
          sessionId == context.sessionId ? Outcome::SessionChange::SignedOut
                                         : Outcome::SessionChange::None);
}

void ServerWorker::changePassword(const ConnectionContext &context, const Message &request,
                                  const Account &account)
{
    BodyReader body(request.body);
    QString currentText = body.text(u"current", maxPassword);
    QString replacementText = body.text(u"new", maxPassword);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto replacement = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(replacementText));
    secureWipe(replacementText);
    if (auto valid = m_accounts->validateNew(
                { account.username, account.displayName, account.role, {}, {} }, *replacement);
        !valid)
        return fail(context, request, valid.error());
    auto hash = std::make_shared<Result<QByteArray>>(QByteArray());
    checkPassword(
            context, request, account, currentText,
            [this, replacement, hash] { *hash = PasswordHash::create(*replacement, m_hashing); },
            [this, context, request = request.header(), account,
             hash](const SignInChallenge &challenge, bool matched) {
                if (auto finished = m_accounts->finishCheck(challenge, matched, context.address,
                                                            u"wrong current password"_s);
                    !finished)
                    return fail(context, request, finished.error());
                if (!matched)
                    return fail(context, request,
                                makeError(ErrorCode::WrongCredentials,
                                          tr("The current password is not correct.")));
                if (!*hash)
                    return fail(context, request, hash->error());
                auto ended =
                        m_accounts->changePassword(account.id, hash->value(), context.sessionId,
                                                   Actor { account.id, context.address });
                if (!ended)
                    return fail(context, request, ended.error());
                reply(context, ok(request), ended.value());
            });
    secureWipe(currentText);
}

// Replacing or adding a second factor needs the password, and the current code when there is
// one, as changing the password does: a stolen session alone must not take over the account.
void ServerWorker::beginTotp(const ConnectionContext &context, const Message &request,
                             const Account &account)
{
    BodyReader body(request.body);
    QString passwordText = body.text(u"password", maxPassword);
    const QString code = body.optionalText(u"code", 16);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    if (account.totpEnabled && code.trimmed().isEmpty())
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("Enter the code from the authenticator app you use now.")));
    checkPassword(context, request, account, passwordText, {},
                  [this, context, request = request.header(), account,
                   code](const SignInChallenge &challenge, bool matched) {
                      Result<void> passed = matched
                              ? Result<void>()
                              : Result<void>(makeError(ErrorCode::WrongCredentials,
                                                       tr("The password is not correct.")));
                      if (passed && account.totpEnabled)
                          passed = m_accounts->checkTotp(account.id, code);
                      if (auto finished = m_accounts->finishCheck(
                                  challenge, passed.ok(), context.address,
                                  matched ? u"wrong one-time code"_s : u"wrong password"_s);
                          !finished)
                          return fail(context, request, finished.error());
                      if (!passed)
                          return fail(context, request, passed.error());
                      auto enrolment = m_accounts->beginTotp(account.id);
                      if (!enrolment)
                          return fail(context, request, enrolment.error());
                      reply(context,
                            Message::reply(u"totp_enrolment"_s, request.id,
                                           { { u"secret"_s, enrolment->secret },
                                             { u"uri"_s, enrolment->uri } }));
                  });
    secureWipe(passwordText);
}

void ServerWorker::confirmTotp(const ConnectionContext &context, const Message &request,
                               const Account &account)
{
    BodyReader body(request.body);
    QString passwordText = body.text(u"password", maxPassword);
    const QString code = body.text(u"code", 16);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    checkPassword(context, request, account, passwordText, {},
                  [this, context, request = request.header(), account,
                   code](const SignInChallenge &challenge, bool matched) {
                      Result<void> done = matched
                              ? m_accounts->confirmTotp(account.id, code,
                                                        Actor { account.id, context.address })
                              : Result<void>(makeError(ErrorCode::WrongCredentials,
                                                       tr("The password is not correct.")));
                      const bool guessed =
                              !done && done.error().code == ErrorCode::WrongCredentials;
                      if (auto finished = m_accounts->finishCheck(
                                  challenge, !guessed, context.address,
                                  matched ? u"wrong one-time code"_s : u"wrong password"_s);
                          !finished)
                          return fail(context, request, finished.error());
                      if (!done)
                          return fail(context, request, done.error());
                      reply(context, ok(request));
                  });
    secureWipe(passwordText);
}

// A page of accounts after `after` (a user name), within the reply budget; `next` says where
// the following page starts. A clinic of any size lists in pages a client can always read.
void ServerWorker::listAccounts(const ConnectionContext &context, const Message &request,
                                const Account &)
{
    BodyReader body(request.body);
    const QString after = body.optionalText(u"after", 32);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto accounts = m_accounts->accounts(after, accountsPerRead);
    if (!accounts)
        return fail(context, request, accounts.error());
    QCborArray list;
    qsizetype bytes = 0;
    QString next;
    for (const Account &account : accounts.value()) {
        QCborMap map = account.toCbor();
        // Up to 2,000 characters each: only where the admin has them to check.
        if (account.status != AccountStatus::Pending)
            map.remove(u"credentials"_s);
        bytes += QCborValue(map).toCbor().size();
        if (bytes > replyBudgetBytes && !list.isEmpty()) {
            next = list.last().toMap().value(u"username"_s).toString();
            break;
        }
        list.append(map);
    }
    if (next.isEmpty() && accounts->size() == accountsPerRead)
        next = accounts->last().username;
    QCborMap reply { { u"accounts"_s, list } };
    if (!next.isEmpty())
        reply.insert(u"next"_s, next);
    this->reply(context, Message::reply(u"account_list"_s, request.id, reply));
}

void ServerWorker::createAccount(const ConnectionContext &context, const Message &request,
                                 const Account &admin)
{
    BodyReader body(request.body);
    NewAccount account = readNewAccount(body);
    const QString roleName = body.text(u"role", 16);
    QString passwordText = body.text(u"password", maxPassword);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    const std::optional<Role> role = Roles::fromName(roleName);
    // Staff accounts only: patients register themselves.
    if (!role || !Roles::isStaff(*role))
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("An administrator creates staff accounts; patients register "
                                 "themselves.")));
    account.role = *role;
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passwordText));
    secureWipe(passwordText);
    if (auto valid = m_accounts->validateNew(account, *password); !valid)
        return fail(context, request, valid.error());
    hashThen(password, context, request,
             [this, context, request = request.header(), account, admin](const QByteArray &hash) {
                 // The admin chose this password: the user replaces it at first sign-in.
                 auto created = m_accounts->create(account, hash, AccountStatus::Active, true,
                                                   Actor { admin.id, context.address });
                 if (!created)
                     return fail(context, request, created.error());
                 reply(context,
                       Message::reply(u"account_created"_s, request.id,
                                      { { u"account"_s, created->toCbor() } }));
             });
}

void ServerWorker::verifyAccount(const ConnectionContext &context, const Message &request,
                                 const Account &admin)
{
    BodyReader body(request.body);
    const QString accountId = body.text(u"account_id", 64);
    const bool approve = body.requiredBoolean(u"approve");
    const QString reason = body.optionalText(u"reason", 500);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto done = m_accounts->verifyProvider(accountId, approve, reason,
                                           Actor { admin.id, context.address });
    if (!done)
        return fail(context, request, done.error());
    reply(context, ok(request));
}

void ServerWorker::setAccountEnabled(const ConnectionContext &context, const Message &request,
                                     const Account &admin)
{
    BodyReader body(request.body);
    const QString accountId = body.text(u"account_id", 64);
    const bool enabled = body.requiredBoolean(u"enabled");
    const QString reason = body.optionalText(u"reason", 500);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto target = m_accounts->account(accountId);
    if (!target)
        return fail(context, request, target.error());
    auto ended =
            m_accounts->setEnabled(accountId, enabled, reason, Actor { admin.id, context.address });
    if (!ended)
        return fail(context, request, ended.error());
    if (!enabled && target->role == Role::Doctor)
        delist(accountId, admin);
    reply(context, ok(request), ended.value());
}

// A disabled doctor's page leaves the directory, as a change the admin makes through the sync
// service (providerdelisting.h); everyone it concerns is poked.
void ServerWorker::delist(const QString &accountId, const Account &admin)
{
    auto changed = delistProvider(*m_sync, admin, accountId);
    if (!changed) {
        qCWarning(lcServer) << "could not take a doctor out of the directory:"
                            << changed.error().fullText();
        return;
    }
    Outcome outcome;
    outcome.pokes = subscribersOf(changed.value(), 0);
    deliver(std::move(outcome));
}

void ServerWorker::resetPassword(const ConnectionContext &context, const Message &request,
                                 const Account &admin)
{
    BodyReader body(request.body);
    const QString accountId = body.text(u"account_id", 64);
    QString passwordText = body.text(u"password", maxPassword);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto target = m_accounts->account(accountId);
    if (!target)
        return fail(context, request, target.error());
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passwordText));
    secureWipe(passwordText);
    if (auto valid = m_accounts->validateNew(
                { target->username, target->displayName, target->role, {}, {} }, *password);
        !valid)
        return fail(context, request, valid.error());
    hashThen(password, context, request,
             [this, context, request = request.header(), accountId, admin](const QByteArray &hash) {
                 auto ended = m_accounts->resetPassword(accountId, hash,
                                                        Actor { admin.id, context.address });
                 if (!ended)
                     return fail(context, request, ended.error());
                 reply(context, ok(request), ended.value());
             });
}

void ServerWorker::setRole(const ConnectionContext &context, const Message &request,
                           const Account &admin)
{
    BodyReader body(request.body);
    const QString accountId = body.text(u"account_id", 64);
    const std::optional<Role> role = Roles::fromName(body.text(u"role", 16));
    if (!body.ok() || !role)
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              body.ok() ? tr("Unknown role.") : body.problem()));
    auto target = m_accounts->account(accountId);
    if (!target)
        return fail(context, request, target.error());
    auto done = m_accounts->setRole(accountId, *role, Actor { admin.id, context.address });
    if (!done)
        return fail(context, request, done.error());
    // A doctor given another role can no longer be booked: their page leaves the directory.
    if (target->role == Role::Doctor && *role != Role::Doctor)
        delist(accountId, admin);
    reply(context, ok(request));
}

void ServerWorker::getSettings(const ConnectionContext &context, const Message &request,
                               const Account &)
{
    auto settings = m_accounts->settings();
    if (!settings)
        return fail(context, request, settings.error());
    reply(context,
          Message::reply(u"settings"_s, request.id,
                         { { u"require_totp_for_staff"_s, settings->requireTotpForStaff },
                           { u"idle_lock_minutes"_s, settings->idleLockMinutes },
                           { u"session_idle_ms"_s, settings->sessionIdleMs },
                           { u"session_lifetime_ms"_s, settings->sessionLifetimeMs } }));
}

void ServerWorker::setSettings(const ConnectionContext &context, const Message &request,
                               const Account &admin)
{
    auto settings = m_accounts->settings();
    if (!settings)
        return fail(context, request, settings.error());
    SecuritySettings updated = settings.value();
    BodyReader body(request.body);
    updated.requireTotpForStaff =
            body.boolean(u"require_totp_for_staff", updated.requireTotpForStaff);
    if (request.body.contains(u"idle_lock_minutes"_s))
        updated.idleLockMinutes = int(body.integer(u"idle_lock_minutes", 1, 240));
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    if (auto saved = m_accounts->saveSettings(updated, Actor { admin.id, context.address }); !saved)
        return fail(context, request, saved.error());
    reply(context, ok(request));
}

void ServerWorker::push(const ConnectionContext &context, const Message &request,
                        const Account &account)
{
    if (auto allowed = takePushBudget(account, QCborValue(request.body).toCbor().size()); !allowed)
        return fail(context, request, allowed.error());
    auto pushed = m_sync->push(account, request.body);
    if (!pushed)
        return fail(context, request, pushed.error());
    Outcome outcome;
    outcome.connectionId = context.connectionId;
    outcome.reply = ok(request, pushed->reply);
    // The pusher pulls after its push; everyone else whose buckets changed is poked.
    outcome.pokes = subscribersOf(pushed->changedBuckets, context.connectionId);
    deliver(std::move(outcome));
}

// What one account can make the server store is bounded per hour, and what all patients
// together can (anyone may make a patient's account, so many of them must not fill the disk
// either). The client keeps what is refused and sends it again after the wait.
Result<void> ServerWorker::takePushBudget(const Account &account, qint64 bytes)
{
    const bool patient = account.role == Role::Patient;
    RateWindow &mine = patient ? m_patientPushBytes : m_staffPushBytes;
    const qint64 now = m_clock.nowMs();
    if (!mine.fits(account.id, now, bytes))
        return makeError(ErrorCode::Throttled,
                         tr("You have sent a great many changes this hour. They are kept on "
                            "your computer and sent when the hour is over."),
                         QString::number(mine.retryAfterMs(account.id, now, bytes)));
    if (patient && !m_allPatientsPushBytes.fits({}, now, bytes))
        return makeError(ErrorCode::Throttled,
                         tr("The clinic's server is taking in a great many changes just now. "
                            "Yours are kept on your computer and sent a little later."),
                         QString::number(m_allPatientsPushBytes.retryAfterMs({}, now, bytes)));
    mine.take(account.id, now, bytes);
    if (patient)
        m_allPatientsPushBytes.take({}, now, bytes);
    return {};
}

QList<quint64> ServerWorker::subscribersOf(const QSet<QString> &buckets, quint64 except) const
{
    QList<quint64> found;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (it.key() != except && it.value().intersects(buckets))
            found.append(it.key());
    }
    return found;
}

void ServerWorker::keepCall(const CallRecord &record)
{
    if (!m_calls || !m_sync || !m_accounts)
        return;
    auto changed = m_calls->keep(*m_sync, m_accounts->audit(), record);
    if (!changed) {
        // Ids only, as the audit log has them; the call's life is not affected.
        qCWarning(lcServer) << "keeping call" << record.callId
                            << "with its visit failed:" << changed.error().fullText();
        return;
    }
    Outcome outcome; // no connection: pokes only
    outcome.pokes = subscribersOf(changed.value());
    if (!outcome.pokes.isEmpty())
        deliver(std::move(outcome));
}

void ServerWorker::onOtherServerChange(const QString &channel,
                                       QSqlDriver::NotificationSource source,
                                       const QVariant &payload)
{
    if (source == QSqlDriver::SelfSource)
        return; // our own pushes poked their subscribers already; our own calls are ours
    if (channel == CallService::callsChannel())
        return onOtherServerCall(payload.toString());
    if (channel != SyncService::changesChannel())
        return;
    const std::optional<QSet<QString>> buckets = SyncService::changedBuckets(payload.toString());
    Outcome outcome; // no connection: pokes only
    if (buckets) {
        outcome.pokes = subscribersOf(*buckets);
    } else { // too many buckets to name: everyone pulls, and finds what is theirs
        outcome.pokes = m_subscriptions.keys();
    }
    if (!outcome.pokes.isEmpty())
        deliver(std::move(outcome));
}

void ServerWorker::announceCall(const CallNotice &notice)
{
    if (!m_calls)
        return;
    if (auto sent = m_calls->announce(notice); !sent)
        qCWarning(lcServer) << "telling the other servers about call" << notice.callId
                            << "failed:" << sent.error().fullText();
}

// Only what decodes as one of our notices, and a ring only when the database says its visit
// is the callee's with that caller now, reaches the socket side.
void ServerWorker::onOtherServerCall(const QString &payload)
{
    std::optional<CallNotice> notice = CallNotice::decode(payload);
    if (!notice) {
        qCWarning(lcServer) << "ignored a call notice that is not one," << payload.size()
                            << "characters";
        return;
    }
    if (notice->kind == CallNotice::Kind::Ring) {
        if (auto checked = m_calls->checkRing(*notice); !checked) {
            qCWarning(lcServer) << "ignored a ring for call" << notice->callId << ":"
                                << checked.error().fullText();
            return;
        }
    }
    Outcome outcome; // no connection: the call notice only
    outcome.callNotice = std::move(notice);
    deliver(std::move(outcome));
}

void ServerWorker::pull(const ConnectionContext &context, const Message &request,
                        const Account &account)
{
    auto pulled = m_sync->pull(account, request.body);
    if (!pulled)
        return fail(context, request, pulled.error());
    m_subscriptions.insert(
            context.connectionId,
            QSet<QString>(pulled->allowedBuckets.cbegin(), pulled->allowedBuckets.cend()));
    reply(context, ok(request, pulled->reply));
}

void ServerWorker::registerCallKey(const ConnectionContext &context, const Message &request,
                                   const Account &account)
{
    BodyReader body(request.body);
    const QString text = body.text(u"public_key", 64);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto key = CallKeys::decodePublicKey(text);
    if (!key)
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("“public_key” must be a 32-byte key in base64url.")));
    // Each registration costs a read, a changed key also a write: a session registers at most
    // key_registrations_per_session_hour times (a client does once per sign-in), an account
    // changes its key at most key_changes_per_hour times, whatever number of sessions it opens.
    const qint64 now = m_clock.nowMs();
    if (!m_keyRegistrations.take(context.sessionId, now))
        return fail(context, request,
                    makeError(ErrorCode::Throttled,
                              tr("This computer has registered its call key a great many times "
                                 "this hour; it is kept, try again later."),
                              QString::number(
                                      m_keyRegistrations.retryAfterMs(context.sessionId, now))));
    auto current = m_calls->isRegistered(account, key.value());
    if (!current)
        return fail(context, request, current.error());
    if (current.value())
        return reply(context, ok(request)); // the same key: nothing to write
    if (!m_keyChanges.take(account.id, now))
        return fail(context, request,
                    makeError(ErrorCode::Throttled,
                              tr("Your call key has changed a great many times this hour (each "
                                 "computer you sign in on registers its own); try again later."),
                              QString::number(m_keyChanges.retryAfterMs(account.id, now))));
    if (auto stored = m_calls->registerKey(account, key.value()); !stored)
        return fail(context, request, stored.error());
    reply(context, ok(request));
}

void ServerWorker::callKeys(const ConnectionContext &context, const Message &request,
                            const Account &account)
{
    BodyReader body(request.body);
    const QString appointmentId = body.text(u"appointment_id", 64);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    auto visit = m_calls->keysFor(account, appointmentId);
    if (!visit)
        return fail(context, request, visit.error());
    reply(context,
          Message::reply(u"call_keys"_s, request.id,
                         { { u"appointment_id"_s, appointmentId },
                           { u"doctor"_s, keyEntry(visit->doctorId, visit->doctorKey) },
                           { u"patient"_s, keyEntry(visit->patientId, visit->patientKey) } }));
}

// The call is checked against the visit here; it then lives on the socket side, which sends
// the reply once it has started it (SyncServer::startCall).
void ServerWorker::inviteToCall(const ConnectionContext &context, const Message &request,
                                const Account &account)
{
    BodyReader body(request.body);
    const QString callId = body.text(u"call_id", 64);
    const QString appointmentId = body.text(u"appointment_id", 64);
    if (!body.ok())
        return fail(context, request, makeError(ErrorCode::InvalidArgument, body.problem()));
    if (!CallNotice::isCallId(callId))
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("“call_id” must be 16 to 64 letters, digits, “-” or “_”.")));
    auto visit = m_calls->checkInvite(account, appointmentId);
    if (!visit)
        return fail(context, request, visit.error());
    // One sealed secret, for the patient, of the one size crypto_box gives for this call id.
    const QCborMap secrets = request.body.value(u"secrets"_s).toMap();
    const QCborValue secret = secrets.value(visit->patientId);
    const qsizetype expected = CallKeys::sealedSecretBytes(callId.toUtf8().size());
    if (!request.body.value(u"secrets"_s).isMap() || secrets.size() != 1 || !secret.isByteArray()
        || secret.toByteArray().size() != expected)
        return fail(context, request,
                    makeError(ErrorCode::InvalidArgument,
                              tr("“secrets” must hold the call secret sealed to the patient "
                                 "(%1 bytes), and nothing else.")
                                      .arg(expected)));
    // Each call rings the patient and is kept with the visit (a row, audit entries): a caller
    // ringing and hanging up in a loop is held to call_invites_per_minute and _per_hour, and a
    // patient is rung at most call_rings_per_patient_hour times by all callers together (several
    // doctors' accounts, or a stolen one, must not ring one patient's computers at will).
    // Checked before any is counted, so a refusal costs no allowance.
    const qint64 now = m_clock.nowMs();
    if (!m_callInvites.fits(account.id, now))
        return fail(context, request,
                    makeError(ErrorCode::Throttled,
                              tr("You have started a great many calls just now; wait a moment "
                                 "before calling again."),
                              QString::number(m_callInvites.retryAfterMs(account.id, now))));
    if (!m_callInvitesHour.fits(account.id, now))
        return fail(context, request,
                    makeError(ErrorCode::Throttled,
                              tr("You have started a great many calls this hour; wait a while "
                                 "before calling again."),
                              QString::number(m_callInvitesHour.retryAfterMs(account.id, now))));
    if (!m_callRings.fits(visit->patientId, now))
        return fail(context, request,
                    makeError(ErrorCode::Throttled,
                              tr("This patient has been called a great many times this hour; "
                                 "wait a while before calling again."),
                              QString::number(m_callRings.retryAfterMs(visit->patientId, now))));
    m_callInvites.take(account.id, now);
    m_callInvitesHour.take(account.id, now);
    m_callRings.take(visit->patientId, now);
    Outcome outcome;
    outcome.connectionId = context.connectionId;
    outcome.reply = ok(request, { { u"call_id"_s, callId } });
    outcome.callInvite =
            CallInvite { callId,           appointmentId,    account.id,          visit->doctorName,
                         visit->doctorKey, visit->patientId, secret.toByteArray() };
    deliver(std::move(outcome));
}

} // namespace clinic
