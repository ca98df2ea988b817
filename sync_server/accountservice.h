#pragma once

#include "accountrepository.h"
#include "auditbudget.h"
#include "auditlog.h"
#include "crypto/passwordkdf.h"
#include "crypto/securerandom.h"
#include "devicetokenrepository.h"
#include "domain/account.h"
#include "serversettings.h"
#include "sessionrepository.h"
#include "signinthrottle.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace clinic {

struct NewAccount
{
    QString username;
    QString displayName;
    Role role = Role::Patient;
    QString licenceNumber; // providers: what an admin verifies
    QString specialty; // one or several, comma-separated
    // Providers: credentials and certifications, free text. Defaulted so the many
    // `{ name, display, role, licence, specialty }` initialisers stay valid.
    QString credentials = {};
};

// Who asked, for the audit trail: an account id (or "cli") and where from.
struct Actor
{
    QString id;
    QString source;
};

struct SignedIn
{
    QString token; // only on a fresh sign-in; empty on resume
    QString deviceToken; // a fresh sign-in from a device not remembered yet: keep this
    Session session;
    Account account;
    bool mustEnrolTotp = false; // staff without a second factor while policy requires one
    QStringList endedSessions; // the account's oldest, beyond its limit
};

// A password check under way: what beginSignIn()/beginCheck() counted it against and the
// hash to check the password against (a decoy for an unknown user name, so both take the
// same time), for finishing after the check.
struct SignInChallenge
{
    QString username;
    QString accountId; // empty: no such user
    QByteArray passwordHash;
    QList<SignInThrottle::Key> counted; // the attempt counts here until refunded
    QByteArray deviceHash; // set: a remembered device, throttled on its own count
    QString sessionId; // set: a check inside this session, throttled on the session
    bool startedBlock = false; // counting this attempt started a block
};

struct TotpEnrolment
{
    QString secret; // base32, for typing into an authenticator app
    QString uri; // otpauth://, for the QR code
};

// The account rules of the sync server: registration, sign-in with throttling and a second
// factor, sessions, password changes, and the admin's account operations. Every method is
// a short piece of database work in its own transaction; the slow Argon2id work (hashing a
// new password, checking one) is done by the caller, off the database thread. Permission
// checks are the caller's too (AccessPolicy): these methods do what they are asked.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AccountService)
public:
    AccountService(QSqlDatabase db, KdfParams hashing, const Clock &clock = Clock::system(),
                   const SecureRandom &random = SecureRandom::system());

    const KdfParams &hashing() const { return m_hashing; }
    const Clock &clock() const { return m_clock; }

    // Checks a new account's names and password before any hashing.
    Result<void> validateNew(const NewAccount &account, const SecureBytes &password) const;
    Result<Account> create(const NewAccount &account, const QByteArray &passwordHash,
                           AccountStatus status, bool mustChangePassword, const Actor &actor);

    // Sign-in, in two halves around the password check (which the caller does off the
    // database thread): begin refuses a throttled attempt or counts it, before its password is
    // checked; finish records how it went. `deviceToken`: what the device kept from its last
    // sign-in, or empty.
    Result<SignInChallenge> beginSignIn(const QString &username, const QString &source,
                                        const QString &deviceToken = {});
    // The role of `username` when this token is a device it signed in from before, or none
    // (no counting).
    Result<std::optional<Role>> knownDeviceRole(const QString &username,
                                                const QString &deviceToken);
    Result<SignedIn> finishSignIn(const SignInChallenge &challenge, bool passwordMatches,
                                  const QString &totpCode, const QString &source,
                                  const QString &client);
    Result<SignedIn> resume(const QString &token, const QString &source);
    // The same two halves for a check of the current password (and code) inside a session,
    // so a stolen session is no password oracle. `passed` false: `why` goes to the audit log.
    Result<SignInChallenge> beginCheck(const Account &account, const QString &sessionId,
                                       const QString &source);
    Result<void> finishCheck(const SignInChallenge &challenge, bool passed, const QString &source,
                             const QString &why = {});
    // A code of the account's current second factor; each time step works once.
    Result<void> checkTotp(const QString &accountId, const QString &code);
    // Under a flood the audit log gets a summary row a minute instead of a row per attempt.
    Result<void> flushAuditSummary();
    // Forgets throttle counts nobody would wait for any more.
    Result<qint64> pruneThrottle();
    // The account behind a live session, checked on every request: ended, expired and
    // disabled all fail. Records the use (at most once a minute) for idle expiry.
    Result<Account> authorize(const QString &sessionId);
    // The same with the settings already read: a request reads them once, not twice (on
    // PostgreSQL each read is a round trip).
    Result<Account> authorize(const QString &sessionId, const SecuritySettings &settings);

    Result<void> signOut(const QString &sessionId, const Actor &actor);
    Result<QStringList> signOutEverywhere(const QString &accountId, const Actor &actor);
    Result<QList<Session>> sessions(const QString &accountId) const;
    Result<void> endSession(const QString &accountId, const QString &sessionId, const Actor &actor);

    Result<QByteArray> passwordHash(const QString &accountId) const;
    // A user's own change (clears "must change") ends their other sessions; an admin reset
    // sets "must change" and ends all of them. Returns the sessions ended.
    Result<QStringList> changePassword(const QString &accountId, const QByteArray &newHash,
                                       const QString &keepSessionId, const Actor &actor);
    Result<QStringList> resetPassword(const QString &accountId, const QByteArray &newHash,
                                      const Actor &actor);

    Result<TotpEnrolment> beginTotp(const QString &accountId);
    Result<void> confirmTotp(const QString &accountId, const QString &code, const Actor &actor);

    Result<QList<Account>> accounts() const;
    Result<QList<Account>> accounts(const QString &after, int limit) const; // a page
    Result<Account> account(const QString &accountId) const;
    Result<Account> accountByUsername(const QString &username) const;
    // Approves (active) or rejects a provider waiting for verification.
    Result<void> verifyProvider(const QString &accountId, bool approve, const QString &reason,
                                const Actor &actor);
    // Enables or disables an account; disabling ends its sessions, which are returned.
    Result<QStringList> setEnabled(const QString &accountId, bool enabled, const QString &reason,
                                   const Actor &actor);
    Result<void> setRole(const QString &accountId, Role role, const Actor &actor);

    Result<SecuritySettings> settings() const;
    Result<void> saveSettings(const SecuritySettings &settings, const Actor &actor);

    AuditLog &audit() { return m_audit; }

    static bool isValidUsername(const QString &username);

private:
    Result<SignedIn> startSession(const Account &account, const QString &source,
                                  const QString &client, const SignInChallenge &challenge);
    Result<void> forgive(WriteTransaction &, const SignInChallenge &challenge);
    static QList<SignInThrottle::Key> keysOf(const SignInChallenge &challenge,
                                             const QString &source);
    Result<SignInChallenge> count(SignInChallenge challenge, const QString &source);
    Result<void> refund(const SignInChallenge &challenge);
    Result<void> recordFailure(const SignInChallenge &challenge, const QString &source,
                               const QString &why);
    Result<void> auditAttempt(const QString &action, const QString &username, const QString &source,
                              const QString &why);
    Result<QStringList> endOldestSessions(WriteTransaction &, const QString &accountId);
    Result<Account> requireAccount(const QString &accountId) const;

    QSqlDatabase m_db;
    KdfParams m_hashing;
    const Clock &m_clock;
    const SecureRandom &m_random;
    AccountRepository m_accounts;
    SessionRepository m_sessions;
    DeviceTokenRepository m_devices;
    SignInThrottle m_throttle;
    AuditLog m_audit;
    AuditBudget m_auditBudget;
    QHash<QString, qint64> m_resumesAudited; // "<session>|<address>" -> when, for resume()
};

} // namespace clinic
