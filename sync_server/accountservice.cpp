#include "accountservice.h"

#include "auth/passwordpolicy.h"
#include "auth/totp.h"
#include "connectioncensus.h"
#include "crypto/passwordhash.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 touchEveryMs = 60 * 1000;
constexpr int tokenBytes = 32; // 256 bits
// A user with more live sessions than this loses the least recently used at a new sign-in.
constexpr qsizetype maxSessionsPerAccount = 50;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error wrongCredentials()
{
    return makeError(ErrorCode::WrongCredentials,
                     AccountService::tr("The user name or password is not correct."));
}

Error sessionExpired()
{
    return makeError(ErrorCode::SessionExpired,
                     AccountService::tr("Your session has ended. Please sign in again."));
}

Error notFound()
{
    return makeError(ErrorCode::NotFound, AccountService::tr("There is no such account."));
}

// Refuses a sign-in to an account that is not active; the password was right.
std::optional<Error> statusError(const Account &account)
{
    switch (account.status) {
    case AccountStatus::Active:
        return std::nullopt;
    case AccountStatus::Pending:
        return makeError(ErrorCode::AccountPending,
                         AccountService::tr("Your account is waiting for an administrator to "
                                            "verify your credentials."));
    case AccountStatus::Rejected:
        return makeError(ErrorCode::AccountRejected,
                         AccountService::tr("Your registration was not approved: %1")
                                 .arg(account.statusReason));
    case AccountStatus::Disabled:
        return makeError(ErrorCode::AccountDisabled,
                         AccountService::tr("Your account has been disabled. Please contact "
                                            "your clinic."));
    }
    return std::nullopt;
}

// Control characters, and the marks that reorder text around them: a name others will read
// must show as what it says (no terminal escapes, no right-to-left override hiding a word).
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

template<typename T>
Result<T> committed(WriteTransaction &transaction, T value)
{
    if (auto done = transaction.commit(); !done)
        return done.error();
    return value;
}

Result<void> committed(WriteTransaction &transaction)
{
    return transaction.commit();
}

} // namespace

AccountService::AccountService(QSqlDatabase db, KdfParams hashing, const Clock &clock,
                               const SecureRandom &random)
    : m_db(db), m_hashing(hashing), m_clock(clock), m_random(random), m_accounts(db),
      m_sessions(db), m_devices(db, random), m_throttle(db), m_audit(db, clock)
{ }

bool AccountService::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9._-]{2,31}"_s));
    return pattern.match(username).hasMatch();
}

Result<void> AccountService::validateNew(const NewAccount &account,
                                         const SecureBytes &password) const
{
    const QString username = account.username.trimmed().toLower();
    if (!isValidUsername(username))
        return makeError(ErrorCode::InvalidArgument,
                         tr("A user name has 3 to 32 letters, digits, dots, dashes or "
                            "underscores, and starts with a letter or digit."));
    if (account.displayName.trimmed().isEmpty() || account.displayName.size() > 100)
        return makeError(ErrorCode::InvalidArgument, tr("Enter a name of up to 100 characters."));
    if (hasControlCharacters(account.displayName))
        return makeError(ErrorCode::InvalidArgument,
                         tr("A name may not contain control characters."));
    QString text = QString::fromUtf8(password.constChar(), password.size());
    const PasswordVerdict verdict = PasswordPolicy::check(text, { username, account.displayName });
    secureWipe(text);
    if (!verdict.acceptable)
        return makeError(ErrorCode::WeakPassword, verdict.reason);
    return {};
}

Result<Account> AccountService::create(const NewAccount &fresh, const QByteArray &passwordHash,
                                       AccountStatus status, bool mustChangePassword,
                                       const Actor &actor)
{
    const QString username = fresh.username.trimmed().toLower();
    if (!isValidUsername(username))
        return makeError(ErrorCode::InvalidArgument, tr("That user name is not allowed."));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto existing = m_accounts.findByUsername(username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::UsernameTaken,
                         tr("The user name “%1” is taken.").arg(username));
    const qint64 now = m_clock.nowMs();
    Account account;
    account.id = newId();
    account.username = username;
    account.displayName = fresh.displayName.trimmed();
    account.role = fresh.role;
    account.status = status;
    account.mustChangePassword = mustChangePassword;
    account.licenceNumber = fresh.licenceNumber.trimmed();
    account.specialty = fresh.specialty.trimmed();
    account.credentials = fresh.credentials.trimmed();
    account.createdAt = now;
    account.updatedAt = now;
    if (auto inserted = m_accounts.insert(transaction.value(), account, passwordHash); !inserted)
        return inserted.error();
    const QString detail =
            u"role="_s + Roles::name(account.role) + u" status="_s + AccountStatuses::name(status);
    const bool selfRegistered = actor.id.isEmpty();
    if (auto logged = m_audit.append(transaction.value(), selfRegistered ? account.id : actor.id,
                                     selfRegistered ? u"account.register"_s : u"account.create"_s,
                                     account.username, actor.source, detail);
        !logged)
        return logged.error();
    return committed(transaction.value(), account);
}

Result<SignInChallenge> AccountService::beginSignIn(const QString &username, const QString &source,
                                                    const QString &deviceToken)
{
    SignInChallenge challenge;
    challenge.username = username.trimmed().toLower();
    auto account = m_accounts.findByUsername(challenge.username);
    if (!account)
        return account.error();
    if (account.value()) {
        challenge.accountId = account.value()->id;
        auto device = m_devices.check(deviceToken, challenge.accountId, m_clock.nowMs());
        if (!device)
            return device.error();
        challenge.deviceHash = device->value_or(QByteArray());
    }
    auto counted = count(std::move(challenge), source);
    if (!counted)
        return counted.error();
    if (!counted->accountId.isEmpty()) {
        auto secrets = m_accounts.secrets(counted->accountId);
        if (!secrets)
            return secrets.error();
        counted->passwordHash = secrets->passwordHash;
    } else {
        counted->passwordHash = PasswordHash::decoy(m_hashing);
    }
    return counted;
}

Result<std::optional<Role>> AccountService::knownDeviceRole(const QString &username,
                                                            const QString &deviceToken)
{
    if (!DeviceTokenRepository::isWellFormed(deviceToken))
        return std::optional<Role>();
    auto account = m_accounts.findByUsername(username.trimmed().toLower());
    if (!account)
        return account.error();
    if (!account.value())
        return std::optional<Role>();
    auto device = m_devices.check(deviceToken, account.value()->id, m_clock.nowMs());
    if (!device)
        return device.error();
    return device->has_value() ? std::optional(account.value()->role) : std::nullopt;
}

Result<SignInChallenge> AccountService::beginCheck(const Account &account, const QString &sessionId,
                                                   const QString &source)
{
    SignInChallenge challenge;
    challenge.username = account.username;
    challenge.accountId = account.id;
    challenge.sessionId = sessionId;
    auto counted = count(std::move(challenge), source);
    if (!counted)
        return counted.error();
    auto stored = m_accounts.secrets(account.id);
    if (!stored)
        return stored.error();
    counted->passwordHash = stored->passwordHash;
    return counted;
}

// The keys an attempt counts on. A remembered device on its own; a check inside a session on
// the session (a stolen session gets no more guesses than any, and someone guessing at the
// name elsewhere cannot stop its owner changing their password); anyone else on the user name
// and the address.
QList<SignInThrottle::Key> AccountService::keysOf(const SignInChallenge &challenge,
                                                  const QString &source)
{
    if (!challenge.deviceHash.isEmpty())
        return { SignInThrottle::device(challenge.deviceHash) };
    const SignInThrottle::Key address =
            SignInThrottle::address(ConnectionCensus::addressKey(QHostAddress(source)));
    if (!challenge.sessionId.isEmpty())
        return { SignInThrottle::session(challenge.sessionId), address };
    return { SignInThrottle::name(challenge.username), address };
}

// Refuses an attempt its keys are blocked for (counted for the audit summary, no row of its
// own: refusals cost an attacker nothing to send), or counts it as failed until refunded.
Result<SignInChallenge> AccountService::count(SignInChallenge challenge, const QString &source)
{
    const qint64 now = m_clock.nowMs();
    challenge.counted = keysOf(challenge, source);
    auto wait = m_throttle.waitFor(challenge.counted, now);
    if (!wait)
        return wait.error();
    if (wait.value() > 0) {
        if (auto flushed = flushAuditSummary(); !flushed)
            return flushed.error();
        m_auditBudget.count(u"refused while blocked"_s, challenge.counted.first().text);
        const int seconds = int((wait.value() + 999) / 1000);
        return makeError(
                ErrorCode::Throttled,
                tr("Too many failed attempts. Try again in %n second(s).", nullptr, seconds),
                QString::number(wait.value()));
    }
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    for (const SignInThrottle::Key &key : challenge.counted) {
        auto blocked = m_throttle.recordAttempt(transaction.value(), key, now);
        if (!blocked)
            return blocked.error();
        challenge.startedBlock = challenge.startedBlock || blocked.value();
    }
    return committed(transaction.value(), std::move(challenge));
}

// The password was right: the attempt was no guess, and gives its count back.
Result<void> AccountService::refund(const SignInChallenge &challenge)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    for (const SignInThrottle::Key &key : challenge.counted) {
        if (auto done = m_throttle.refund(transaction.value(), key); !done)
            return done;
    }
    return committed(transaction.value());
}

Result<void> AccountService::flushAuditSummary()
{
    const std::optional<QString> summary = m_auditBudget.takeSummary(m_clock.nowMs());
    if (!summary)
        return {};
    return auditAttempt(u"auth.attempts_summary"_s, {}, {}, *summary);
}

// `username` is what an anonymous client typed: control and reordering characters are
// replaced, so the log reads as what happened.
Result<void> AccountService::auditAttempt(const QString &action, const QString &username,
                                          const QString &source, const QString &why)
{
    QString shown = username;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto logged = m_audit.append(transaction.value(), u"system"_s, action, shown, source, why);
        !logged)
        return logged.error();
    return committed(transaction.value());
}

// A failure stays counted (it was counted when it began); it gets an audit row of its own
// unless a flood has spent this minute's budget.
Result<void> AccountService::recordFailure(const SignInChallenge &challenge, const QString &source,
                                           const QString &why)
{
    if (auto flushed = flushAuditSummary(); !flushed)
        return flushed;
    if (!m_auditBudget.admit(why, challenge.counted.first().text))
        return {};
    return auditAttempt(u"auth.sign_in_failed"_s, challenge.username, source,
                        challenge.startedBlock ? why + u"; now blocked"_s : why);
}

Result<SignedIn> AccountService::finishSignIn(const SignInChallenge &challenge,
                                              bool passwordMatches, const QString &totpCode,
                                              const QString &source, const QString &client)
{
    if (!passwordMatches || challenge.accountId.isEmpty()) {
        const QString why = challenge.accountId.isEmpty() ? u"unknown user"_s : u"wrong password"_s;
        if (auto recorded = recordFailure(challenge, source, why); !recorded)
            return recorded.error();
        return wrongCredentials();
    }
    auto found = m_accounts.findById(challenge.accountId);
    if (!found)
        return found.error();
    if (!found.value())
        return wrongCredentials();
    const Account &account = *found.value();
    if (auto refused = statusError(account)) {
        if (auto refunded = refund(challenge); !refunded)
            return refunded.error();
        if (auto flushed = flushAuditSummary(); !flushed)
            return flushed.error();
        const QString why = AccountStatuses::name(account.status);
        if (m_auditBudget.admit(why, challenge.counted.first().text)) {
            if (auto logged =
                        auditAttempt(u"auth.sign_in_refused"_s, challenge.username, source, why);
                !logged)
                return logged.error();
        }
        return *refused;
    }
    if (account.totpEnabled) {
        if (totpCode.isEmpty()) {
            if (auto refunded = refund(challenge); !refunded)
                return refunded.error();
            return makeError(ErrorCode::TotpRequired,
                             tr("Enter the 6-digit code from your authenticator app."));
        }
        if (auto accepted = checkTotp(account.id, totpCode); !accepted) {
            if (auto recorded = recordFailure(challenge, source, u"wrong one-time code"_s);
                !recorded)
                return recorded.error();
            return accepted.error();
        }
    }
    return startSession(account, source, client, challenge);
}

Result<void> AccountService::finishCheck(const SignInChallenge &challenge, bool passed,
                                         const QString &source, const QString &why)
{
    if (!passed)
        return recordFailure(challenge, source, why);
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto forgiven = forgive(transaction.value(), challenge); !forgiven)
        return forgiven;
    return committed(transaction.value());
}

// The password (and code) were right: a remembered device's count is cleared; otherwise the
// name's is (it was its owner), and the address gets this attempt back but keeps its other
// failures (one good account must not launder an address). A remembered device leaves the
// name's count alone: it counts attempts from elsewhere, which this success says nothing of.
Result<void> AccountService::forgive(WriteTransaction &transaction,
                                     const SignInChallenge &challenge)
{
    if (!challenge.deviceHash.isEmpty())
        return m_throttle.clear(transaction, SignInThrottle::device(challenge.deviceHash));
    for (const SignInThrottle::Key &key : challenge.counted) {
        auto done = key.text.startsWith(u"address:") ? m_throttle.refund(transaction, key)
                                                     : m_throttle.clear(transaction, key);
        if (!done)
            return done;
    }
    return {};
}

Result<void> AccountService::checkTotp(const QString &accountId, const QString &code)
{
    auto secrets = m_accounts.secrets(accountId);
    if (!secrets)
        return secrets.error();
    const auto step = Totp::verify(secrets->totpSecret, code, m_clock.nowSeconds());
    // A code is good once: a step not newer than the last accepted one is a replay.
    if (!step || *step <= secrets->totpLastStep)
        return makeError(ErrorCode::WrongCredentials, tr("The one-time code is not right."));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.setTotpLastStep(transaction.value(), accountId, *step); !saved)
        return saved.error();
    return committed(transaction.value());
}

// A session for a password (and code) just checked (forgive() says what that does to the
// counts); a device not remembered yet gets a token to keep.
Result<SignedIn> AccountService::startSession(const Account &account, const QString &source,
                                              const QString &client,
                                              const SignInChallenge &challenge)
{
    auto settings = SecuritySettings::load(m_db);
    if (!settings)
        return settings.error();
    const qint64 now = m_clock.nowMs();
    SignedIn signedIn;
    signedIn.account = account;
    signedIn.token = QString::fromLatin1(
            m_random.bytes(tokenBytes)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    signedIn.session = Session {
        newId(),          account.id,      now, now, now + settings->sessionLifetimeMs,
        source.left(100), client.left(100)
    };
    signedIn.mustEnrolTotp =
            settings->requireTotpForStaff && Roles::isStaff(account.role) && !account.totpEnabled;

    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto ended = endOldestSessions(transaction.value(), account.id);
    if (!ended)
        return ended.error();
    signedIn.endedSessions = ended.value();
    if (auto inserted = m_sessions.insert(transaction.value(), signedIn.session,
                                          SessionRepository::tokenHash(signedIn.token));
        !inserted)
        return inserted.error();
    if (auto forgiven = forgive(transaction.value(), challenge); !forgiven)
        return forgiven.error();
    if (!challenge.deviceHash.isEmpty()) {
        if (auto touched = m_devices.touch(transaction.value(), challenge.deviceHash, now);
            !touched)
            return touched.error();
    } else {
        auto issued = m_devices.issue(transaction.value(), account.id, now);
        if (!issued)
            return issued.error();
        signedIn.deviceToken = issued.value();
    }
    if (auto logged = m_audit.append(transaction.value(), account.id, u"auth.sign_in"_s,
                                     signedIn.session.id, source, signedIn.session.client);
        !logged)
        return logged.error();
    return committed(transaction.value(), std::move(signedIn));
}

// An account keeps at most maxSessionsPerAccount sessions: a new one ends the least recently
// used, so a script signing in again and again cannot grow the table, or the session list a
// user is shown, without end.
Result<QStringList> AccountService::endOldestSessions(WriteTransaction &transaction,
                                                      const QString &accountId)
{
    auto sessions = m_sessions.forAccount(accountId);
    if (!sessions)
        return sessions.error();
    QList<Session> oldestFirst = sessions.value();
    std::sort(oldestFirst.begin(), oldestFirst.end(),
              [](const Session &a, const Session &b) { return a.lastSeenAt < b.lastSeenAt; });
    QStringList ended;
    for (qsizetype i = 0; i + maxSessionsPerAccount <= oldestFirst.size(); ++i) {
        if (auto removed = m_sessions.remove(transaction, oldestFirst[i].id); !removed)
            return removed.error();
        ended << oldestFirst[i].id;
    }
    return ended;
}

Result<qint64> AccountService::pruneThrottle()
{
    return m_throttle.prune(m_clock.nowMs());
}

Result<SignedIn> AccountService::resume(const QString &token, const QString &source)
{
    auto session = m_sessions.findByToken(token);
    if (!session)
        return session.error();
    if (!session.value())
        return sessionExpired();
    auto account = authorize(session.value()->id);
    if (!account)
        return account.error();
    auto settings = SecuritySettings::load(m_db);
    if (!settings)
        return settings.error();
    SignedIn signedIn;
    signedIn.session = *session.value();
    signedIn.account = account.value();
    signedIn.mustEnrolTotp =
            settings->requireTotpForStaff && Roles::isStaff(account->role) && !account->totpEnabled;
    // Resuming the same session from the same address again and again (a flaky network, or
    // someone pipelining resumes) is audited once a minute, not every time.
    const QString resumeKey = signedIn.session.id + u'|' + source;
    const qint64 now = m_clock.nowMs();
    if (now - m_resumesAudited.value(resumeKey, -touchEveryMs) < touchEveryMs)
        return signedIn;
    if (m_resumesAudited.size() >= 10000)
        m_resumesAudited.clear(); // a bound on memory; at worst a few rows more
    m_resumesAudited.insert(resumeKey, now);
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto logged = m_audit.append(transaction.value(), account->id, u"auth.resume"_s,
                                     signedIn.session.id, source);
        !logged)
        return logged.error();
    return committed(transaction.value(), std::move(signedIn));
}

Result<Account> AccountService::authorize(const QString &sessionId)
{
    auto settings = SecuritySettings::load(m_db);
    if (!settings)
        return settings.error();
    return authorize(sessionId, settings.value());
}

Result<Account> AccountService::authorize(const QString &sessionId,
                                          const SecuritySettings &settings)
{
    auto found = m_sessions.findById(sessionId);
    if (!found)
        return found.error();
    if (!found.value())
        return sessionExpired();
    const Session &session = *found.value();
    const qint64 now = m_clock.nowMs();
    const bool expired =
            now >= session.expiresAt || now - session.lastSeenAt >= settings.sessionIdleMs;
    auto account = m_accounts.findById(session.accountId);
    if (!account)
        return account.error();
    const std::optional<Error> refused = account.value() ? statusError(*account.value())
                                                         : std::optional<Error>(sessionExpired());
    if (expired || refused) {
        auto transaction = WriteTransaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        if (auto removed = m_sessions.remove(transaction.value(), session.id); !removed)
            return removed.error();
        if (auto done = transaction->commit(); !done)
            return done.error();
        return refused ? *refused : sessionExpired();
    }
    if (now - session.lastSeenAt >= touchEveryMs) {
        auto transaction = WriteTransaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        if (auto touched = m_sessions.touch(transaction.value(), session.id, now); !touched)
            return touched.error();
        if (auto done = transaction->commit(); !done)
            return done.error();
    }
    return *account.value();
}

Result<void> AccountService::signOut(const QString &sessionId, const Actor &actor)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto removed = m_sessions.remove(transaction.value(), sessionId); !removed)
        return removed;
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"auth.sign_out"_s, sessionId,
                                     actor.source);
        !logged)
        return logged.error();
    return committed(transaction.value());
}

Result<QStringList> AccountService::signOutEverywhere(const QString &accountId, const Actor &actor)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto ended = m_sessions.removeForAccount(transaction.value(), accountId);
    if (!ended)
        return ended.error();
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"auth.sign_out_everywhere"_s,
                                     accountId, actor.source,
                                     QString::number(ended->size()) + u" sessions"_s);
        !logged)
        return logged.error();
    return committed(transaction.value(), ended.value());
}

Result<QList<Session>> AccountService::sessions(const QString &accountId) const
{
    return m_sessions.forAccount(accountId);
}

Result<void> AccountService::endSession(const QString &accountId, const QString &sessionId,
                                        const Actor &actor)
{
    auto session = m_sessions.findById(sessionId);
    if (!session)
        return session.error();
    if (!session.value() || session.value()->accountId != accountId)
        return makeError(ErrorCode::NotFound, tr("There is no such session."));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto removed = m_sessions.remove(transaction.value(), sessionId); !removed)
        return removed;
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"auth.session_ended"_s,
                                     sessionId, actor.source);
        !logged)
        return logged.error();
    return committed(transaction.value());
}

Result<QByteArray> AccountService::passwordHash(const QString &accountId) const
{
    auto secrets = m_accounts.secrets(accountId);
    if (!secrets)
        return secrets.error();
    return secrets->passwordHash;
}

Result<QStringList> AccountService::changePassword(const QString &accountId,
                                                   const QByteArray &newHash,
                                                   const QString &keepSessionId, const Actor &actor)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.setPassword(transaction.value(), accountId, newHash, false,
                                            m_clock.nowMs());
        !saved)
        return saved.error();
    auto sessions = m_sessions.forAccount(accountId);
    if (!sessions)
        return sessions.error();
    QStringList ended;
    for (const Session &session : sessions.value()) {
        if (session.id == keepSessionId)
            continue;
        if (auto removed = m_sessions.remove(transaction.value(), session.id); !removed)
            return removed.error();
        ended << session.id;
    }
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"account.password_change"_s,
                                     accountId, actor.source);
        !logged)
        return logged.error();
    return committed(transaction.value(), ended);
}

Result<QStringList> AccountService::resetPassword(const QString &accountId,
                                                  const QByteArray &newHash, const Actor &actor)
{
    auto account = requireAccount(accountId);
    if (!account)
        return account.error();
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.setPassword(transaction.value(), accountId, newHash, true,
                                            m_clock.nowMs());
        !saved)
        return saved.error();
    auto ended = m_sessions.removeForAccount(transaction.value(), accountId);
    if (!ended)
        return ended.error();
    // An admin's reset also lifts a sign-in block on the user name; the devices that knew the
    // old password are remembered no more.
    if (auto cleared =
                m_throttle.clear(transaction.value(), SignInThrottle::name(account->username));
        !cleared)
        return cleared.error();
    if (auto forgotten = m_devices.forgetAccount(transaction.value(), accountId); !forgotten)
        return forgotten.error();
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"account.password_reset"_s,
                                     accountId, actor.source);
        !logged)
        return logged.error();
    return committed(transaction.value(), ended.value());
}

Result<TotpEnrolment> AccountService::beginTotp(const QString &accountId)
{
    auto account = requireAccount(accountId);
    if (!account)
        return account.error();
    const QByteArray secret = Totp::newSecret(m_random);
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved =
                m_accounts.setTotpPending(transaction.value(), accountId, secret, m_clock.nowMs());
        !saved)
        return saved.error();
    return committed(
            transaction.value(),
            TotpEnrolment { Totp::toBase32(secret),
                            Totp::provisioningUri(u"Clinic"_s, account->username, secret) });
}

Result<void> AccountService::confirmTotp(const QString &accountId, const QString &code,
                                         const Actor &actor)
{
    auto secrets = m_accounts.secrets(accountId);
    if (!secrets)
        return secrets.error();
    if (secrets->totpPendingSecret.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Start the set-up of a second factor first."));
    const auto step = Totp::verify(secrets->totpPendingSecret, code, m_clock.nowSeconds());
    if (!step)
        return makeError(
                ErrorCode::WrongCredentials,
                tr("The code does not match. Check the time on your phone and try again."));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.confirmTotp(transaction.value(), accountId, *step, m_clock.nowMs());
        !saved)
        return saved;
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"account.totp_enabled"_s,
                                     accountId, actor.source);
        !logged)
        return logged.error();
    return committed(transaction.value());
}

Result<QList<Account>> AccountService::accounts() const
{
    return m_accounts.list();
}

Result<QList<Account>> AccountService::accounts(const QString &after, int limit) const
{
    return m_accounts.listAfter(after, limit);
}

Result<Account> AccountService::requireAccount(const QString &accountId) const
{
    auto account = m_accounts.findById(accountId);
    if (!account)
        return account.error();
    if (!account.value())
        return notFound();
    return *account.value();
}

Result<Account> AccountService::account(const QString &accountId) const
{
    return requireAccount(accountId);
}

Result<Account> AccountService::accountByUsername(const QString &username) const
{
    auto account = m_accounts.findByUsername(username);
    if (!account)
        return account.error();
    if (!account.value())
        return notFound();
    return *account.value();
}

Result<void> AccountService::verifyProvider(const QString &accountId, bool approve,
                                            const QString &reason, const Actor &actor)
{
    auto account = requireAccount(accountId);
    if (!account)
        return account.error();
    if (account->status != AccountStatus::Pending)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is not waiting for verification.").arg(account->displayName));
    if (!approve && reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Give the reason for the rejection."));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.setStatus(transaction.value(), accountId,
                                          approve ? AccountStatus::Active : AccountStatus::Rejected,
                                          approve ? QString() : reason.trimmed(), m_clock.nowMs());
        !saved)
        return saved;
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"account.verify"_s, accountId,
                                     actor.source, approve ? u"approved"_s : u"rejected"_s);
        !logged)
        return logged.error();
    return committed(transaction.value());
}

Result<QStringList> AccountService::setEnabled(const QString &accountId, bool enabled,
                                               const QString &reason, const Actor &actor)
{
    auto account = requireAccount(accountId);
    if (!account)
        return account.error();
    if (!enabled && accountId == actor.id)
        return makeError(ErrorCode::Forbidden, tr("You cannot disable your own account."));
    if (enabled && account->status != AccountStatus::Disabled)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is not disabled.").arg(account->displayName));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.setStatus(transaction.value(), accountId,
                                          enabled ? AccountStatus::Active : AccountStatus::Disabled,
                                          enabled ? QString() : reason.trimmed(), m_clock.nowMs());
        !saved)
        return saved.error();
    QStringList ended;
    if (!enabled) {
        auto removed = m_sessions.removeForAccount(transaction.value(), accountId);
        if (!removed)
            return removed.error();
        ended = removed.value();
        if (auto forgotten = m_devices.forgetAccount(transaction.value(), accountId); !forgotten)
            return forgotten.error();
    }
    if (auto logged = m_audit.append(transaction.value(), actor.id,
                                     enabled ? u"account.enable"_s : u"account.disable"_s,
                                     accountId, actor.source);
        !logged)
        return logged.error();
    return committed(transaction.value(), ended);
}

Result<void> AccountService::setRole(const QString &accountId, Role role, const Actor &actor)
{
    auto account = requireAccount(accountId);
    if (!account)
        return account.error();
    if (account->role == Role::Admin && role != Role::Admin && accountId == actor.id)
        return makeError(ErrorCode::Forbidden,
                         tr("You cannot remove your own administrator role."));
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = m_accounts.setRole(transaction.value(), accountId, role, m_clock.nowMs());
        !saved)
        return saved;
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"account.role"_s, accountId,
                                     actor.source,
                                     Roles::name(account->role) + u" -> " + Roles::name(role));
        !logged)
        return logged.error();
    return committed(transaction.value());
}

Result<SecuritySettings> AccountService::settings() const
{
    return SecuritySettings::load(m_db);
}

Result<void> AccountService::saveSettings(const SecuritySettings &settings, const Actor &actor)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto saved = settings.save(transaction.value()); !saved)
        return saved;
    const QString detail = u"require_totp_for_staff="_s
            + (settings.requireTotpForStaff ? u"on"_s : u"off"_s) + u" idle_lock_minutes="_s
            + QString::number(settings.idleLockMinutes);
    if (auto logged = m_audit.append(transaction.value(), actor.id, u"settings.change"_s, {},
                                     actor.source, detail);
        !logged)
        return logged.error();
    return committed(transaction.value());
}

} // namespace clinic
