// The server's account rules with an injected clock: sign-in per role, throttling, sessions,
// second factor, verification, resets, and the audit trail they leave.

#include "accountservice.h"
#include "auth/totp.h"
#include "crypto/passwordhash.h"
#include "manualclock.h"
#include "seededrandom.h"
#include "storetestsupport.h"
#include "syncfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QString goodPassword = u"Tide-Lamp-Orbit-77"_s;
const Actor admin { u"admin-id"_s, u"10.0.0.9"_s };
const QString home = u"192.0.2.10"_s;

} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInForEveryRole();
    void wrongPasswordIsRefusedAndAudited();
    void unknownUserLooksLikeAWrongPassword();
    void weakPasswordsAndBadNamesAreRefused();
    void takenUsernameIsRefused();
    void backOffPerName();
    void backOffPerAddress();
    void oldFailuresAreForgotten();
    void attemptsCountWhenTheyStart();
    void unknownNamesAreThrottledLikeKnownOnes();
    void rememberedDeviceIsNotLockedOut();
    void rememberedDevicesAreForgottenOnReset();
    void checksInASessionCountToo();
    void resumesAreAuditedOnceAMinute();
    void auditIsSummarisedUnderAFlood();
    void sessionsPerAccountAreCapped();
    void sessionIdleExpiry();
    void sessionAbsoluteExpiry();
    void resumeWithToken();
    void signOutEverywhereEndsAllSessions();
    void secondFactor();
    void providerWaitsForVerification();
    void rejectedProviderIsToldWhy();
    void disablingEndsSessions();
    void adminResetForcesAPasswordChange();
    void staffMustEnrolWhenPolicySaysSo();
    void adminsCannotLockThemselvesOut();
    void auditChainHoldsThroughout();

private:
    Account add(const QString &username, Role role, AccountStatus status = AccountStatus::Active);
    Result<SignedIn> signIn(const QString &username, const QString &password,
                            const QString &totp = {}, const QString &source = home,
                            const QString &device = {});
    QStringList auditActions();

    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock;
    test::SeededRandom m_random;
    std::unique_ptr<test::TestServerStore> m_storeHolder;
    std::unique_ptr<ServerDatabase> m_store;
    std::unique_ptr<AccountService> m_accounts;
};

void TestAccountService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storeHolder = std::make_unique<test::TestServerStore>(m_dir->path());
    auto store = m_storeHolder->open();
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
    m_store = std::move(store).value();
    m_clock.set(1795339800000); // 2026-11-22T09:30:00Z
    m_accounts = std::make_unique<AccountService>(m_store->database(), KdfParams::minimum(),
                                                  m_clock, m_random);
}

void TestAccountService::cleanup()
{
    m_accounts.reset();
    m_store.reset();
    m_storeHolder.reset();
    m_dir.reset();
}

Account TestAccountService::add(const QString &username, Role role, AccountStatus status)
{
    NewAccount fresh { username, username + u" Person"_s, role, u"LIC-123"_s, u"Cardiology"_s };
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(goodPassword), KdfParams::minimum());
    if (!hash)
        return {};
    auto created = m_accounts->create(fresh, hash.value(), status, false, admin);
    if (!created)
        qWarning() << created.error().fullText();
    return created ? created.value() : Account();
}

// What the server does around the hashing thread, in one call.
Result<SignedIn> TestAccountService::signIn(const QString &username, const QString &password,
                                            const QString &totp, const QString &source,
                                            const QString &device)
{
    auto challenge = m_accounts->beginSignIn(username, source, device);
    if (!challenge)
        return challenge.error();
    const bool matches =
            PasswordHash::verify(challenge->passwordHash, SecureBytes::fromUtf8(password));
    return m_accounts->finishSignIn(challenge.value(), matches, totp, source, u"test-client"_s);
}

QStringList TestAccountService::auditActions()
{
    QStringList actions;
    auto entries = m_accounts->audit().entries(1, 1000);
    if (entries) {
        for (const AuditEntry &entry : entries.value())
            actions << entry.action;
    }
    return actions;
}

void TestAccountService::signInForEveryRole()
{
    for (Role role : allRoles) {
        const QString username = u"user-"_s + Roles::name(role).replace(u'_', u'-');
        QVERIFY(!add(username, role).id.isEmpty());
        auto signedIn = signIn(username.toUpper(), goodPassword); // user names ignore case
        QVERIFY2(signedIn.ok(),
                 qPrintable(signedIn.ok() ? QString() : signedIn.error().fullText()));
        QCOMPARE(signedIn->account.role, role);
        QCOMPARE(signedIn->account.username, username);
        QCOMPARE(signedIn->token.size(), 43); // 256 bits, base64url
        QCOMPARE(signedIn->session.expiresAt,
                 m_clock.nowMs() + SecuritySettings().sessionLifetimeMs);
        auto account = m_accounts->authorize(signedIn->session.id);
        QVERIFY(account);
        QCOMPARE(account->id, signedIn->account.id);
    }
    QCOMPARE(auditActions().count(u"auth.sign_in"_s), int(allRoles.size()));
}

void TestAccountService::wrongPasswordIsRefusedAndAudited()
{
    add(u"ana"_s, Role::Doctor);
    auto refused = signIn(u"ana"_s, u"Tide-Lamp-Orbit-78"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::WrongCredentials);
    QCOMPARE(refused.error().message, u"The user name or password is not correct."_s);
    auto entries = m_accounts->audit().entries(1, 100).value();
    QCOMPARE(entries.last().action, u"auth.sign_in_failed"_s);
    QCOMPARE(entries.last().target, u"ana"_s);
    QCOMPARE(entries.last().detail, u"wrong password"_s);
    QCOMPARE(entries.last().source, home);
    QVERIFY(!entries.last().detail.contains(u"Orbit")); // never the password
}

void TestAccountService::unknownUserLooksLikeAWrongPassword()
{
    auto challenge = m_accounts->beginSignIn(u"nobody"_s, home);
    QVERIFY(challenge);
    QVERIFY(challenge->accountId.isEmpty());
    QVERIFY(challenge->passwordHash.startsWith("$argon2id$")); // a real hash to check against
    auto refused = signIn(u"nobody"_s, goodPassword);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::WrongCredentials);
    QCOMPARE(refused.error().message, u"The user name or password is not correct."_s);
}

void TestAccountService::weakPasswordsAndBadNamesAreRefused()
{
    NewAccount account { u"zoe"_s, u"Zoë Q"_s, Role::Patient, {}, {} };
    auto weak = m_accounts->validateNew(account, SecureBytes::fromUtf8(u"password1234"_s));
    QVERIFY(!weak);
    QCOMPARE(weak.error().code, ErrorCode::WeakPassword);
    QVERIFY(!m_accounts->validateNew(account, SecureBytes::fromUtf8(u"short"_s)));
    QVERIFY(m_accounts->validateNew(account, SecureBytes::fromUtf8(goodPassword)));
    for (const QString &name :
         { u"ab"_s, u"-leading"_s, u"has space"_s, u"ünïcode"_s, QString(33, u'a') }) {
        account.username = name;
        auto bad = m_accounts->validateNew(account, SecureBytes::fromUtf8(goodPassword));
        QVERIFY2(!bad, qPrintable(name));
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }
    account.username = u"zoe"_s;
    for (const QString &name : { u"Zoë \x1b[31mred"_s, u"Dr \u202Eeve"_s, u"tab\there"_s }) {
        account.displayName = name;
        auto bad = m_accounts->validateNew(account, SecureBytes::fromUtf8(goodPassword));
        QCOMPARE(bad.error().message, u"A name may not contain control characters."_s);
    }
}

void TestAccountService::takenUsernameIsRefused()
{
    // Names are trimmed before the check; the check itself takes the whole text (a bare "$"
    // also matched before a final newline).
    QVERIFY(AccountService::isValidUsername(u"ana"_s));
    QVERIFY(!AccountService::isValidUsername(u"ana\n"_s));
    add(u"ana"_s, Role::Doctor);
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(goodPassword), KdfParams::minimum());
    auto again = m_accounts->create({ u"ANA"_s, u"Other Ana"_s, Role::Patient, {}, {} },
                                    hash.value(), AccountStatus::Active, false, admin);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::UsernameTaken);
}

void TestAccountService::backOffPerName()
{
    add(u"ana"_s, Role::Doctor);
    // Four failures cost nothing; the fifth blocks for 1 s; each further one doubles it. Every
    // attempt comes from another address: the name alone is what is counted here.
    for (int failure = 1; failure <= 5; ++failure) {
        auto refused = signIn(u"ana"_s, u"wrong wrong wrong"_s, {}, u"10.0.0.%1"_s.arg(failure));
        QCOMPARE(refused.error().code, ErrorCode::WrongCredentials);
    }
    const qsizetype auditRows = auditActions().size();
    auto blocked = signIn(u"ana"_s, goodPassword, {}, u"10.0.0.50"_s);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().code, ErrorCode::Throttled);
    QCOMPARE(blocked.error().detail, u"1000"_s);
    QVERIFY(blocked.error().message.contains(u"1 second"));
    QCOMPARE(auditActions().size(), auditRows); // a refusal writes nothing: it costs nothing
    m_clock.advance(999);
    QCOMPARE(signIn(u"ana"_s, goodPassword, {}, u"10.0.0.51"_s).error().code, ErrorCode::Throttled);
    m_clock.advance(1);
    QCOMPARE(signIn(u"ana"_s, u"wrong again!!"_s, {}, u"10.0.0.52"_s).error().code,
             ErrorCode::WrongCredentials); // the 6th failure: 2 s
    auto twoSeconds = signIn(u"ana"_s, goodPassword, {}, u"10.0.0.53"_s);
    QCOMPARE(twoSeconds.error().detail, u"2000"_s);
    m_clock.advance(2000);
    QVERIFY(signIn(u"ana"_s, goodPassword, {}, u"10.0.0.54"_s)); // success clears the name
    QVERIFY(!signIn(u"ana"_s, u"one more miss"_s, {}, u"10.0.0.55"_s));
    QVERIFY(signIn(u"ana"_s, goodPassword, {}, u"10.0.0.56"_s));
    QCOMPARE(SignInThrottle::blockAfter(40, 4), SignInThrottle::maxBlockMs);
    const QStringList actions = auditActions();
    QVERIFY(actions.contains(u"auth.sign_in_failed"_s));
    // The two refusals while blocked are summed up once the minute is over.
    m_clock.advance(60 * 1000);
    QVERIFY(m_accounts->flushAuditSummary());
    const auto entries = m_accounts->audit().entries(1, 1000).value();
    QCOMPARE(entries.last().action, u"auth.attempts_summary"_s);
    QVERIFY2(entries.last().detail.contains(u"3 refused while blocked"),
             qPrintable(entries.last().detail));
    QVERIFY(entries.last().detail.contains(u"name:ana 3"));
}

void TestAccountService::backOffPerAddress()
{
    // A whole clinic may share one address behind NAT: twenty failures cost nothing...
    for (int i = 0; i < 20; ++i)
        QVERIFY(!signIn(u"guess-%1"_s.arg(i), goodPassword, {}, u"203.0.113.7"_s));
    add(u"ana"_s, Role::Doctor);
    QVERIFY(signIn(u"ana"_s, goodPassword, {}, u"203.0.113.7"_s)); // its attempt refunded
    // ...the twenty-first blocks the address, even for a real account with the right password...
    QVERIFY(!signIn(u"guess-20"_s, goodPassword, {}, u"203.0.113.7"_s));
    QCOMPARE(signIn(u"ana"_s, goodPassword, {}, u"203.0.113.7"_s).error().code,
             ErrorCode::Throttled);
    // ...and no other address, IPv6 counting per /64.
    QVERIFY(signIn(u"ana"_s, goodPassword, {}, u"203.0.113.8"_s));
    for (int i = 0; i < 21; ++i)
        QVERIFY(!signIn(u"guess-%1"_s.arg(i), goodPassword, {}, u"2001:db8:0:1::%1"_s.arg(i + 1)));
    QCOMPARE(signIn(u"ana"_s, goodPassword, {}, u"2001:db8:0:1:ffff::9"_s).error().code,
             ErrorCode::Throttled);
    QVERIFY(signIn(u"ana"_s, goodPassword, {}, u"2001:db8:0:2::1"_s));
}

void TestAccountService::oldFailuresAreForgotten()
{
    add(u"ana"_s, Role::Doctor);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!signIn(u"ana"_s, u"wrong wrong wrong"_s));
    m_clock.advance(SignInThrottle::forgetAfterMs);
    QVERIFY(!signIn(u"ana"_s, u"wrong wrong wrong"_s)); // counts as the first again
    QVERIFY(signIn(u"ana"_s, goodPassword));
    m_clock.advance(SignInThrottle::forgetAfterMs);
    QVERIFY(m_accounts->pruneThrottle());
    QSqlQuery rows(m_store->database());
    QVERIFY(rows.exec(u"SELECT count(*) FROM sign_in_throttle"_s) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

// Forty attempts sent at once all start before the first password is checked: each is counted
// as it starts, so only the free four and the one that starts the block get a password check.
void TestAccountService::attemptsCountWhenTheyStart()
{
    add(u"ana"_s, Role::Doctor);
    QList<SignInChallenge> started;
    int refused = 0;
    for (int i = 0; i < 40; ++i) {
        auto challenge = m_accounts->beginSignIn(u"ana"_s, u"10.1.0.%1"_s.arg(i));
        if (challenge)
            started << challenge.value();
        else if (challenge.error().code == ErrorCode::Throttled)
            ++refused;
    }
    QCOMPARE(started.size(), 5);
    QCOMPARE(refused, 35);
    // The one with the right password is no guess: it gives its count back and gets in.
    for (qsizetype i = 0; i + 1 < started.size(); ++i)
        QVERIFY(!m_accounts->finishSignIn(started[i], false, {}, u"10.1.0.1"_s, u"t"_s));
    auto in = m_accounts->finishSignIn(started.last(), true, {}, u"10.1.0.1"_s, u"t"_s);
    QVERIFY2(in, qPrintable(in ? QString() : in.error().fullText()));
}

// The same answers, in the same order, whether the name exists or not.
void TestAccountService::unknownNamesAreThrottledLikeKnownOnes()
{
    add(u"ana"_s, Role::Doctor);
    for (const QString &name : { u"ana"_s, u"nobody"_s }) {
        QStringList answers;
        for (int i = 0; i < 7; ++i) {
            auto attempt = signIn(name, u"wrong wrong wrong"_s, {}, u"10.2.%1.1"_s.arg(i));
            answers << attempt.error().message;
        }
        QCOMPARE(answers.mid(0, 5), QStringList(5, u"The user name or password is not correct."_s));
        QCOMPARE(answers.mid(5),
                 QStringList(2, u"Too many failed attempts. Try again in 1 second(s)."_s));
    }
}

// Someone guessing at a name from elsewhere must not lock its owner out of their own computer
// (OWASP's device cookies): the device's token gets it through, on a count of its own.
void TestAccountService::rememberedDeviceIsNotLockedOut()
{
    add(u"ana"_s, Role::Doctor);
    auto first = signIn(u"ana"_s, goodPassword);
    QVERIFY(first);
    const QString device = first->deviceToken;
    QCOMPARE(device.size(), 43);
    for (int i = 0; i < 8; ++i)
        QVERIFY(!signIn(u"ana"_s, u"wrong wrong wrong"_s, {}, u"198.51.100.%1"_s.arg(i)));
    QCOMPARE(signIn(u"ana"_s, goodPassword).error().code, ErrorCode::Throttled);
    auto trusted = signIn(u"ana"_s, goodPassword, {}, home, device);
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().fullText()));
    QVERIFY(trusted->deviceToken.isEmpty()); // it keeps the one it has
    // Another account's token, or a made-up one, counts for nothing.
    add(u"bea"_s, Role::Patient);
    QCOMPARE(signIn(u"bea"_s, goodPassword, {}, home, device).ok(), true);
    QCOMPARE(signIn(u"ana"_s, goodPassword, {}, home, QString(43, u'A')).error().code,
             ErrorCode::Throttled);
    // The device's own count: ten free failures, then it is slowed down too.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(signIn(u"ana"_s, u"wrong wrong wrong"_s, {}, home, device).error().code,
                 ErrorCode::WrongCredentials);
    QCOMPARE(signIn(u"ana"_s, u"wrong wrong wrong"_s, {}, home, device).error().code,
             ErrorCode::WrongCredentials);
    QCOMPARE(signIn(u"ana"_s, goodPassword, {}, home, device).error().code, ErrorCode::Throttled);
}

void TestAccountService::rememberedDevicesAreForgottenOnReset()
{
    const Account ana = add(u"ana"_s, Role::Doctor);
    const QString device = signIn(u"ana"_s, goodPassword)->deviceToken;
    for (int i = 0; i < 6; ++i)
        QVERIFY(!signIn(u"ana"_s, u"wrong wrong wrong"_s, {}, u"198.51.100.%1"_s.arg(i)));
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(goodPassword), KdfParams::minimum());
    QVERIFY(m_accounts->resetPassword(ana.id, hash.value(), admin));
    // The reset lifts the name's block; the device is a stranger again.
    auto again = signIn(u"ana"_s, goodPassword, {}, home, device);
    QVERIFY(again);
    QVERIFY(!again->deviceToken.isEmpty());
    QVERIFY(again->deviceToken != device);
}

// Checking the current password inside a session (changing it, or the second factor) counts
// like a sign-in, on the session: a stolen session is no password oracle, and someone
// guessing at the name elsewhere cannot stop its owner changing their password.
void TestAccountService::checksInASessionCountToo()
{
    const Account ana = add(u"ana"_s, Role::Doctor);
    for (int i = 0; i < 5; ++i) {
        auto check = m_accounts->beginCheck(ana, u"session-1"_s, u"10.3.0.%1"_s.arg(i));
        QVERIFY(check);
        QVERIFY(m_accounts->finishCheck(check.value(), false, u"10.3.0.1"_s, u"wrong password"_s));
    }
    auto blocked = m_accounts->beginCheck(ana, u"session-1"_s, u"10.3.0.9"_s);
    QCOMPARE(blocked.error().code, ErrorCode::Throttled);
    QVERIFY(m_accounts->beginCheck(ana, u"session-2"_s, u"10.3.1.1"_s)); // another session
    QVERIFY(signIn(u"ana"_s, goodPassword)); // and the name are not held back
    m_clock.advance(1000);
    auto right = m_accounts->beginCheck(ana, u"session-1"_s, u"10.3.0.9"_s);
    QVERIFY(right);
    QVERIFY(m_accounts->finishCheck(right.value(), true, u"10.3.0.9"_s));
    QVERIFY(m_accounts->beginCheck(ana, u"session-1"_s, u"10.3.0.9"_s)); // the right one cleared it

    // Guesses at the name from elsewhere do not stop a check inside the owner's session.
    for (int i = 0; i < 8; ++i)
        QVERIFY(!signIn(u"ana"_s, u"wrong wrong wrong"_s, {}, u"198.51.100.%1"_s.arg(i)));
    QCOMPARE(signIn(u"ana"_s, goodPassword).error().code, ErrorCode::Throttled);
    QVERIFY(m_accounts->beginCheck(ana, u"session-3"_s, home));
}

// Resuming a session is audited, but not again and again within the minute it was used.
void TestAccountService::resumesAreAuditedOnceAMinute()
{
    add(u"ana"_s, Role::Doctor);
    const QString token = signIn(u"ana"_s, goodPassword)->token;
    m_clock.advance(60 * 1000);
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_accounts->resume(token, home));
    QCOMPARE(auditActions().count(u"auth.resume"_s), 1);
    m_clock.advance(60 * 1000);
    QVERIFY(m_accounts->resume(token, home));
    QCOMPARE(auditActions().count(u"auth.resume"_s), 2);
}

// A flood of failures from everywhere: the first sixty of a minute get rows of their own, the
// rest one summary row, so an anonymous client cannot fill the disk with audit rows.
void TestAccountService::auditIsSummarisedUnderAFlood()
{
    const qsizetype before = auditActions().size();
    for (int i = 0; i < 100; ++i)
        QVERIFY(!signIn(u"guess-%1"_s.arg(i), goodPassword, {}, u"10.4.%1.1"_s.arg(i)));
    QCOMPARE(auditActions().size() - before, AuditBudget::rowsPerMinute);
    m_clock.advance(60 * 1000);
    QVERIFY(m_accounts->flushAuditSummary());
    const auto entries = m_accounts->audit().entries(1, 1000).value();
    QCOMPARE(entries.last().action, u"auth.attempts_summary"_s);
    QVERIFY2(entries.last().detail.startsWith(
                     u"40 attempts not written one by one (40 unknown user)"),
             qPrintable(entries.last().detail));
    QVERIFY(entries.last().detail.contains(u"others 20")); // twenty names named, the rest summed
    QVERIFY(m_accounts->audit().verify()->intact);
    QVERIFY(m_accounts->flushAuditSummary()); // nothing more to say
    QCOMPARE(m_accounts->audit().entries(1, 1000).value().size(), entries.size());
}

void TestAccountService::sessionsPerAccountAreCapped()
{
    add(u"ana"_s, Role::Doctor);
    auto first = signIn(u"ana"_s, goodPassword);
    QVERIFY(first);
    for (int i = 1; i < 50; ++i) {
        m_clock.advance(1);
        auto signedIn = signIn(u"ana"_s, goodPassword);
        QVERIFY(signedIn && signedIn->endedSessions.isEmpty());
    }
    m_clock.advance(1);
    auto fiftyFirst = signIn(u"ana"_s, goodPassword);
    QVERIFY(fiftyFirst);
    QCOMPARE(fiftyFirst->endedSessions, QStringList { first->session.id });
    QCOMPARE(m_accounts->sessions(first->account.id)->size(), 50);
    QCOMPARE(m_accounts->authorize(first->session.id).error().code, ErrorCode::SessionExpired);
}

void TestAccountService::sessionIdleExpiry()
{
    add(u"ana"_s, Role::Doctor);
    auto signedIn = signIn(u"ana"_s, goodPassword);
    QVERIFY(signedIn);
    const qint64 idle = SecuritySettings().sessionIdleMs;
    m_clock.advance(idle - 1);
    QVERIFY(m_accounts->authorize(signedIn->session.id)); // used: the idle clock restarts
    m_clock.advance(idle - 1);
    QVERIFY(m_accounts->authorize(signedIn->session.id));
    m_clock.advance(idle);
    auto expired = m_accounts->authorize(signedIn->session.id);
    QVERIFY(!expired);
    QCOMPARE(expired.error().code, ErrorCode::SessionExpired);
    QVERIFY(m_accounts->sessions(signedIn->account.id)->isEmpty()); // and removed
    QCOMPARE(m_accounts->resume(signedIn->token, home).error().code, ErrorCode::SessionExpired);
}

void TestAccountService::sessionAbsoluteExpiry()
{
    add(u"ana"_s, Role::Doctor);
    auto signedIn = signIn(u"ana"_s, goodPassword);
    QVERIFY(signedIn);
    const qint64 hour = 3600 * 1000;
    while (m_clock.nowMs() + hour < signedIn->session.expiresAt) {
        m_clock.advance(hour);
        QVERIFY(m_accounts->authorize(signedIn->session.id));
    }
    m_clock.set(signedIn->session.expiresAt);
    QCOMPARE(m_accounts->authorize(signedIn->session.id).error().code, ErrorCode::SessionExpired);
}

void TestAccountService::resumeWithToken()
{
    add(u"ana"_s, Role::Doctor);
    auto signedIn = signIn(u"ana"_s, goodPassword);
    QVERIFY(signedIn);
    auto resumed = m_accounts->resume(signedIn->token, u"198.51.100.4"_s);
    QVERIFY(resumed);
    QCOMPARE(resumed->session.id, signedIn->session.id);
    QVERIFY(resumed->token.isEmpty()); // the client already has it
    QCOMPARE(m_accounts->resume(signedIn->token + u'x', home).error().code,
             ErrorCode::SessionExpired);
    QCOMPARE(auditActions().last(), u"auth.resume"_s);
}

void TestAccountService::signOutEverywhereEndsAllSessions()
{
    const Account ana = add(u"ana"_s, Role::Doctor);
    auto first = signIn(u"ana"_s, goodPassword);
    auto second = signIn(u"ana"_s, goodPassword);
    QVERIFY(first && second);
    QCOMPARE(m_accounts->sessions(ana.id)->size(), 2);
    QVERIFY(!m_accounts->endSession(u"someone-else"_s, first->session.id, admin)); // not theirs
    auto ended = m_accounts->signOutEverywhere(ana.id, Actor { ana.id, home });
    QVERIFY(ended);
    QCOMPARE(ended->size(), 2);
    QVERIFY(!m_accounts->authorize(first->session.id));
    QVERIFY(!m_accounts->authorize(second->session.id));
}

void TestAccountService::secondFactor()
{
    const Account ana = add(u"ana"_s, Role::Doctor);
    auto enrolment = m_accounts->beginTotp(ana.id);
    QVERIFY(enrolment);
    QVERIFY(enrolment->uri.startsWith(u"otpauth://totp/Clinic:ana?secret="_s + enrolment->secret));
    const QByteArray secret = Totp::fromBase32(enrolment->secret).value();
    // The seeded secret makes every code below exact; none of them is 000000.
    for (int step = -1; step <= 1; ++step)
        QVERIFY(Totp::code(secret, m_clock.nowSeconds() + step * 30) != u"000000");
    QCOMPARE(m_accounts->confirmTotp(ana.id, u"000000"_s, Actor { ana.id, home }).error().code,
             ErrorCode::WrongCredentials);
    QVERIFY(signIn(u"ana"_s, goodPassword)); // not enabled until confirmed
    QVERIFY(m_accounts->confirmTotp(ana.id, Totp::code(secret, m_clock.nowSeconds()),
                                    Actor { ana.id, home }));

    m_clock.advance(60 * 1000);
    auto needsCode = signIn(u"ana"_s, goodPassword);
    QCOMPARE(needsCode.error().code, ErrorCode::TotpRequired);
    const QString code = Totp::code(secret, m_clock.nowSeconds());
    QString wrong = code;
    wrong[0] = wrong[0] == u'9' ? u'0' : QChar(wrong[0].unicode() + 1);
    for (int step = -1; step <= 1; ++step)
        QVERIFY(Totp::code(secret, m_clock.nowSeconds() + step * 30) != wrong);
    QCOMPARE(signIn(u"ana"_s, goodPassword, wrong).error().code, ErrorCode::WrongCredentials);
    auto signedIn = signIn(u"ana"_s, goodPassword, code);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().fullText()));
    QVERIFY(signedIn->account.totpEnabled);
    // A code works once: replayed within its 30 s, it is refused.
    QCOMPARE(signIn(u"ana"_s, goodPassword, code).error().code, ErrorCode::WrongCredentials);
    // A code from the previous step is accepted (clock drift), if not used yet.
    m_clock.advance(30 * 1000);
    QVERIFY(signIn(u"ana"_s, goodPassword, Totp::code(secret, m_clock.nowSeconds())));
    QVERIFY(auditActions().contains(u"account.totp_enabled"_s));
}

void TestAccountService::providerWaitsForVerification()
{
    const Account doctor = add(u"dr-new"_s, Role::Doctor, AccountStatus::Pending);
    auto pending = signIn(u"dr-new"_s, goodPassword);
    QCOMPARE(pending.error().code, ErrorCode::AccountPending);
    QVERIFY(pending.error().message.contains(u"verify"));
    QVERIFY(m_accounts->verifyProvider(doctor.id, true, {}, admin));
    QVERIFY(signIn(u"dr-new"_s, goodPassword));
    QCOMPARE(m_accounts->verifyProvider(doctor.id, true, {}, admin).error().code,
             ErrorCode::InvalidArgument); // only a pending account is verified
}

void TestAccountService::rejectedProviderIsToldWhy()
{
    const Account doctor = add(u"dr-no"_s, Role::Doctor, AccountStatus::Pending);
    QVERIFY(!m_accounts->verifyProvider(doctor.id, false, {}, admin)); // a reason is required
    QVERIFY(m_accounts->verifyProvider(doctor.id, false, u"Licence number not found."_s, admin));
    auto rejected = signIn(u"dr-no"_s, goodPassword);
    QCOMPARE(rejected.error().code, ErrorCode::AccountRejected);
    QVERIFY(rejected.error().message.contains(u"Licence number not found."));
}

void TestAccountService::disablingEndsSessions()
{
    const Account nurse = add(u"nina"_s, Role::Nurse);
    auto signedIn = signIn(u"nina"_s, goodPassword);
    QVERIFY(signedIn);
    auto ended = m_accounts->setEnabled(nurse.id, false, u"left the clinic"_s, admin);
    QVERIFY(ended);
    QCOMPARE(ended.value(), QStringList { signedIn->session.id });
    QCOMPARE(m_accounts->authorize(signedIn->session.id).error().code, ErrorCode::SessionExpired);
    QCOMPARE(signIn(u"nina"_s, goodPassword).error().code, ErrorCode::AccountDisabled);
    QVERIFY(m_accounts->setEnabled(nurse.id, true, {}, admin));
    QVERIFY(signIn(u"nina"_s, goodPassword));
}

void TestAccountService::adminResetForcesAPasswordChange()
{
    const Account desk = add(u"fred"_s, Role::FrontDesk);
    auto before = signIn(u"fred"_s, goodPassword);
    QVERIFY(before);
    const QString temporary = u"mangoes under the bridge"_s;
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(temporary), KdfParams::minimum());
    auto ended = m_accounts->resetPassword(desk.id, hash.value(), admin);
    QVERIFY(ended);
    QCOMPARE(ended->size(), 1);
    QCOMPARE(signIn(u"fred"_s, goodPassword).error().code, ErrorCode::WrongCredentials);
    auto after = signIn(u"fred"_s, temporary);
    QVERIFY(after);
    QVERIFY(after->account.mustChangePassword);
    auto newHash = PasswordHash::create(SecureBytes::fromUtf8(u"correct horse battery staple"_s),
                                        KdfParams::minimum());
    QVERIFY(m_accounts->changePassword(desk.id, newHash.value(), after->session.id,
                                       Actor { desk.id, home }));
    QVERIFY(!m_accounts->account(desk.id)->mustChangePassword);
    QVERIFY(m_accounts->authorize(after->session.id)); // the session that changed it goes on
}

void TestAccountService::staffMustEnrolWhenPolicySaysSo()
{
    add(u"pia"_s, Role::Pharmacist);
    add(u"pat"_s, Role::Patient);
    SecuritySettings policy = m_accounts->settings().value();
    policy.requireTotpForStaff = true;
    QVERIFY(m_accounts->saveSettings(policy, admin));
    QVERIFY(signIn(u"pia"_s, goodPassword)->mustEnrolTotp);
    QVERIFY(!signIn(u"pat"_s, goodPassword)->mustEnrolTotp);
    QCOMPARE(auditActions().last(), u"auth.sign_in"_s);
    QVERIFY(auditActions().contains(u"settings.change"_s));
}

void TestAccountService::adminsCannotLockThemselvesOut()
{
    const Account boss = add(u"boss"_s, Role::Admin);
    const Actor self { boss.id, home };
    QCOMPARE(m_accounts->setEnabled(boss.id, false, {}, self).error().code, ErrorCode::Forbidden);
    QCOMPARE(m_accounts->setRole(boss.id, Role::Nurse, self).error().code, ErrorCode::Forbidden);
    QVERIFY(m_accounts->account(boss.id)->role == Role::Admin);
}

void TestAccountService::auditChainHoldsThroughout()
{
    add(u"ana"_s, Role::Doctor);
    QVERIFY(signIn(u"ana"_s, goodPassword));
    QVERIFY(!signIn(u"ana"_s, u"not the password"_s));
    auto verification = m_accounts->audit().verify();
    QVERIFY(verification);
    QVERIFY2(verification->intact, qPrintable(verification->problem));
    QCOMPARE(verification->rowsChecked, 3);
    QCOMPARE(auditActions(),
             QStringList({ u"account.create"_s, u"auth.sign_in"_s, u"auth.sign_in_failed"_s }));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
