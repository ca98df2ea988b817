// The real sync server in-process on 127.0.0.1 with a TLS certificate, and real clients:
// sign-in per role, errors, pinning, hostile frames, sessions across connections, admin work.

#include "accountservice.h"
#include "auth/totp.h"
#include "crypto/passwordhash.h"
#include "manualclock.h"
#include "rawclient.h"
#include "storetestsupport.h"
#include "sync/serverconnection.h"
#include "syncfixture.h"
#include "syncserver.h"
#include "tlsidentity.h"

#include <QCborArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"Tide-Lamp-Orbit-77"_s;
constexpr int waitMs = 10000;

using test::RawClient;

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInAsEveryRole();
    void wrongPasswordIsRefused();
    void throttlingReachesTheClient();
    void unknownCertificateIsOfferedNotUsed();
    void mismatchedCertificateIsRefused();
    void hostileFramesCloseOnlyThatConnection_data();
    void hostileFramesCloseOnlyThatConnection();
    void oversizedFrameIsRefused();
    void aReplyOverSixtyFourKiBIsRead();
    void pingIsAnsweredBeforeSignIn();
    void requestsNeedASession();
    void roleDecidesWhatIsAllowed();
    void registrationAndVerification();
    void disablingSignsOutLiveConnections();
    void signOutEverywhereReachesOtherConnections();
    void passwordResetGatesEverythingButTheChange();
    void bothGatesOpenInOrder();
    void passwordChecksInASessionAreThrottled();
    void signingInAgainEndsThePreviousSession();
    void adminRequestsAreStrict();
    void resumeAfterTheServerRestarts();
    void auditTrailIsIntactAfterAll();

private:
    std::unique_ptr<ServerConnection> connectClient(bool pin = true);
    ServerReply call(ServerConnection &client, const QString &type, const QCborMap &body = {});
    ServerReply signIn(ServerConnection &client, const QString &username,
                       const QString &secret = password);
    QString accountId(const QString &username);
    QString accountIdAs(ServerConnection &admin, const QString &username);
    void setStaffTotpPolicy(bool required);
    void addAccount(const QString &username, Role role);
    void startServer(quint16 port = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServerStore> m_store;
    test::ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() };
    TlsIdentity m_identity;
    std::unique_ptr<SyncServer> m_server;
    std::optional<ServerAddress> m_address;
};

void TestSyncServer::addAccount(const QString &username, Role role)
{
    auto store = m_store->open();
    QVERIFY(store);
    AccountService accounts(store.value()->database(), KdfParams::minimum());
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(password), KdfParams::minimum());
    QVERIFY(accounts.create({ username, username + u" Test"_s, role, {}, {} }, hash.value(),
                            AccountStatus::Active, false, Actor { u"cli"_s, u"cli"_s }));
}

void TestSyncServer::startServer(quint16 port)
{
    m_server = std::make_unique<SyncServer>();
    ServerOptions options;
    options.dataDir = m_dir.path();
    options.databaseUrl = m_store->url();
    options.port = port;
    options.tls = m_identity;
    options.hashing = KdfParams::minimum();
    options.clock = &m_clock;
    auto started = m_server->start(options);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().fullText()));
    m_address = ServerAddress::parse(m_server->url());
    QVERIFY(m_address);
}

void TestSyncServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto identity =
            TlsIdentityStore::generate(u"clinic-test"_s, { u"127.0.0.1"_s, u"localhost"_s });
    QVERIFY(identity);
    m_identity = identity.value();
    m_store = std::make_unique<test::TestServerStore>(m_dir.path());
    for (Role role : allRoles)
        addAccount(u"the-"_s + Roles::name(role).replace(u'_', u'-'), role);
    for (const auto &name : { u"throttled"_s, u"nurse-two"_s, u"twice"_s, u"reset-me"_s, u"gated"_s,
                              u"guesser"_s, u"first-user"_s })
        addAccount(name, name == u"reset-me" ? Role::FrontDesk : Role::Nurse);
    startServer();
}

void TestSyncServer::cleanupTestCase()
{
    m_server.reset();
    m_store.reset();
}

std::unique_ptr<ServerConnection> TestSyncServer::connectClient(bool pin)
{
    auto client = std::make_unique<ServerConnection>(u"tst_syncserver"_s);
    if (pin)
        client->setPinnedFingerprint(m_identity.fingerprint());
    client->setTimings(30000, 10000, 200);
    client->connectTo(*m_address);
    if (pin
        && !QTest::qWaitFor([&] { return client->state() == ServerConnection::State::Ready; },
                            waitMs))
        qWarning() << "client did not become ready";
    return client;
}

ServerReply TestSyncServer::call(ServerConnection &client, const QString &type,
                                 const QCborMap &body)
{
    std::optional<ServerReply> reply;
    client.request(type, body, [&](const ServerReply &r) { reply = r; });
    (void)QTest::qWaitFor([&] { return reply.has_value(); },
                          waitMs); // a missing reply is checked below
    return reply.value_or(ServerReply::failure(ProtocolError::Internal, u"no reply in time"_s));
}

ServerReply TestSyncServer::signIn(ServerConnection &client, const QString &username,
                                   const QString &secret)
{
    std::optional<ServerReply> reply;
    client.signIn(username, secret, {}, [&](const ServerReply &r) { reply = r; });
    (void)QTest::qWaitFor([&] { return reply.has_value(); },
                          waitMs); // a missing reply is checked below
    return reply.value_or(ServerReply::failure(ProtocolError::Internal, u"no reply in time"_s));
}

QString TestSyncServer::accountIdAs(ServerConnection &admin, const QString &username)
{
    const ServerReply list = call(admin, u"account_list"_s);
    for (const QCborValue &value : list.message.body.value(u"accounts"_s).toArray()) {
        if (value.toMap().value(u"username"_s).toString() == username)
            return value.toMap().value(u"id"_s).toString();
    }
    return {};
}

QString TestSyncServer::accountId(const QString &username)
{
    auto admin = connectClient();
    signIn(*admin, u"the-admin"_s);
    const ServerReply list = call(*admin, u"account_list"_s);
    for (const QCborValue &value : list.message.body.value(u"accounts"_s).toArray()) {
        if (value.toMap().value(u"username"_s).toString() == username)
            return value.toMap().value(u"id"_s).toString();
    }
    return {};
}

void TestSyncServer::signInAsEveryRole()
{
    for (Role role : allRoles) {
        auto client = connectClient();
        QCOMPARE(client->state(), ServerConnection::State::Ready);
        QSignalSpy signedIn(client.get(), &ServerConnection::signedIn);
        const ServerReply reply =
                signIn(*client, u"the-"_s + Roles::name(role).replace(u'_', u'-'));
        QVERIFY2(reply.ok(), qPrintable(reply.errorText));
        QCOMPARE(client->state(), ServerConnection::State::SignedIn);
        QCOMPARE(client->session().role, role);
        QCOMPARE(client->session().token.size(), 43);
        QCOMPARE(client->session().idleLockMinutes, 10);
        QCOMPARE(signedIn.count(), 1);
    }
}

void TestSyncServer::wrongPasswordIsRefused()
{
    auto client = connectClient();
    const ServerReply reply = signIn(*client, u"the-doctor"_s, u"Tide-Lamp-Orbit-78"_s);
    QCOMPARE(reply.error, ProtocolError::WrongCredentials);
    QCOMPARE(reply.errorText, u"The user name or password is not correct."_s);
    QCOMPARE(client->state(), ServerConnection::State::Ready); // still connected, not signed in
    QVERIFY(signIn(*client, u"the-doctor"_s).ok());
}

void TestSyncServer::throttlingReachesTheClient()
{
    // Every test client comes from 127.0.0.1: start and end with its old failures forgotten.
    m_clock.advance(SignInThrottle::forgetAfterMs);
    auto forget = qScopeGuard([this] { m_clock.advance(SignInThrottle::forgetAfterMs); });
    auto client = connectClient();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(signIn(*client, u"throttled"_s, u"a wrong password"_s).error,
                 ProtocolError::WrongCredentials);
    const ServerReply blocked = signIn(*client, u"throttled"_s);
    QCOMPARE(blocked.error, ProtocolError::Throttled);
    QVERIFY(blocked.retryAfterMs() > 0 && blocked.retryAfterMs() <= 1000);
    QVERIFY(blocked.errorText.contains(u"Try again"));
    m_clock.advance(blocked.retryAfterMs());
    QVERIFY(signIn(*client, u"throttled"_s).ok());
}

void TestSyncServer::unknownCertificateIsOfferedNotUsed()
{
    auto client = std::make_unique<ServerConnection>(u"tst_syncserver"_s);
    QSignalSpy unknown(client.get(), &ServerConnection::certificateUnknown);
    client->connectTo(*m_address);
    QVERIFY(unknown.wait(waitMs));
    QCOMPARE(unknown.first().first().toString(), m_identity.fingerprint());
    QTRY_COMPARE(client->state(), ServerConnection::State::Disconnected);
    // Trusted now (the user compared the fingerprint): it connects.
    client->setPinnedFingerprint(unknown.first().first().toString());
    client->connectTo(*m_address);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ServerConnection::State::Ready, waitMs);
}

void TestSyncServer::mismatchedCertificateIsRefused()
{
    auto client = std::make_unique<ServerConnection>(u"tst_syncserver"_s);
    const QString expected(64, u'a');
    client->setPinnedFingerprint(expected);
    client->setTimings(30000, 10000, 100);
    QSignalSpy mismatch(client.get(), &ServerConnection::certificateMismatch);
    QSignalSpy failed(client.get(), &ServerConnection::connectionFailed);
    client->connectTo(*m_address);
    QVERIFY(mismatch.wait(waitMs));
    QCOMPARE(mismatch.first().at(0).toString(), expected);
    QCOMPARE(mismatch.first().at(1).toString(), m_identity.fingerprint());
    QTRY_COMPARE(client->state(), ServerConnection::State::Disconnected);
    QTest::qWait(500); // never retried on its own
    QCOMPARE(client->state(), ServerConnection::State::Disconnected);
    QCOMPARE(mismatch.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestSyncServer::hostileFramesCloseOnlyThatConnection_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<bool>("afterHello");
    QTest::addColumn<QString>("code");
    QTest::newRow("not CBOR") << QByteArray("\xff\x00garbage", 9) << false << u"bad_frame"_s;
    QTest::newRow("sign-in before hello")
            << Message { u"sign_in"_s, 1, {} }.encode() << false << u"out_of_order"_s;
    QTest::newRow("second hello") << Message { u"hello"_s, 2, { { u"app"_s, u"x"_s } } }.encode()
                                  << true << u"out_of_order"_s;
    QTest::newRow("unknown type") << Message { u"drop_tables"_s, 2, {} }.encode() << true
                                  << u"bad_frame"_s;
    QCborMap version2 { { u"v"_s, 2 }, { u"t"_s, u"hello"_s }, { u"id"_s, 1 } };
    QTest::newRow("other version")
            << version2.toCborValue().toCbor() << false << u"unsupported_version"_s;
    QTest::newRow("trailing bytes") << Message { u"ping"_s, 2, {} }.encode() + QByteArray(1, '\0')
                                    << true << u"bad_frame"_s;
}

void TestSyncServer::hostileFramesCloseOnlyThatConnection()
{
    QFETCH(QByteArray, first);
    QFETCH(bool, afterHello);
    QFETCH(QString, code);
    auto bystander = connectClient();
    QVERIFY(signIn(*bystander, u"the-nurse"_s).ok());

    RawClient raw(m_address->url(), m_identity.fingerprint());
    QVERIFY(raw.waitConnected());
    if (afterHello) {
        raw.send(Message { u"hello"_s, 1, { { u"app"_s, u"raw"_s } } });
        QVERIFY(raw.waitFor(1));
    }
    raw.socket.sendBinaryMessage(first);
    QVERIFY(raw.waitFor(afterHello ? 2 : 1));
    QCOMPARE(raw.received.last().type, u"error"_s);
    QCOMPARE(raw.lastErrorCode(), code);
    QVERIFY(!raw.received.last().body.value(u"message"_s).toString().isEmpty());
    QVERIFY(raw.waitClosed());
    // Everyone else is served as before.
    QVERIFY(call(*bystander, u"sessions"_s).ok());
}

void TestSyncServer::oversizedFrameIsRefused()
{
    RawClient raw(m_address->url(), m_identity.fingerprint());
    QVERIFY(raw.waitConnected());
    raw.socket.sendBinaryMessage(QByteArray(maxFrameBytes + 1, 'x'));
    QVERIFY(raw.waitClosed());
    auto bystander = connectClient();
    QVERIFY(signIn(*bystander, u"the-doctor"_s).ok());
}

// A reply to a signed-in request may pass 64 KiB (a pull with a large row travels alone): the
// client reads up to what its socket allows. It used to drop such a frame as unreadable and
// reconnect in a loop. A stand-in server answers hello with 100 KiB.
void TestSyncServer::aReplyOverSixtyFourKiBIsRead()
{
    QWebSocketServer standIn(u"stand-in"_s, QWebSocketServer::SecureMode);
    standIn.setSslConfiguration(m_identity.serverConfiguration());
    QVERIFY(standIn.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    connect(&standIn, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = standIn.nextPendingConnection()) {
            sockets.emplace_back(socket);
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &frame) {
                        const auto request = Message::decode(frame);
                        if (request)
                            socket->sendBinaryMessage(
                                    Message::reply(u"ok"_s, request->id,
                                                   { { u"pad"_s, QByteArray(100 * 1024, 'x') } })
                                            .encode());
                    });
        }
    });
    ServerConnection client(u"tst_syncserver"_s);
    client.setPinnedFingerprint(m_identity.fingerprint());
    client.connectTo(*ServerAddress::parse(u"wss://127.0.0.1:%1"_s.arg(standIn.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ServerConnection::State::Ready, waitMs);
    const ServerReply reply = call(client, u"ping"_s, {});
    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.message.body.value(u"pad"_s).toByteArray().size(), 100 * 1024);
    QCOMPARE(client.state(), ServerConnection::State::Ready);
}

void TestSyncServer::pingIsAnsweredBeforeSignIn()
{
    auto client = connectClient();
    const ServerReply pong = call(*client, u"ping"_s);
    QVERIFY(pong.ok());
    QCOMPARE(pong.message.type, u"pong"_s);
}

void TestSyncServer::requestsNeedASession()
{
    auto client = connectClient();
    const ServerReply reply = call(*client, u"sessions"_s);
    QCOMPARE(reply.error, ProtocolError::Unauthenticated);
    QCOMPARE(client->state(), ServerConnection::State::Ready); // not a protocol violation
}

void TestSyncServer::roleDecidesWhatIsAllowed()
{
    for (Role role : allRoles) {
        auto client = connectClient();
        QVERIFY(signIn(*client, u"the-"_s + Roles::name(role).replace(u'_', u'-')).ok());
        const ServerReply list = call(*client, u"account_list"_s);
        if (role == Role::Admin) {
            QVERIFY(list.ok());
            QVERIFY(list.message.body.value(u"accounts"_s).toArray().size() >= 6);
        } else {
            QCOMPARE(list.error, ProtocolError::Forbidden);
            QCOMPARE(list.errorText, u"Your role does not allow this."_s);
        }
        QVERIFY(call(*client, u"sessions"_s).ok()); // every role manages its own
    }
}

void TestSyncServer::registrationAndVerification()
{
    auto visitor = connectClient();
    const QCborMap patient { { u"username"_s, u"new-patient"_s },
                             { u"display_name"_s, u"Nia Patel"_s },
                             { u"role"_s, u"patient"_s },
                             { u"password"_s, password } };
    const ServerReply registered = call(*visitor, u"register"_s, patient);
    QVERIFY2(registered.ok(), qPrintable(registered.errorText));
    QCOMPARE(registered.message.body.value(u"account"_s).toMap().value(u"status"_s).toString(),
             u"active"_s);
    QCOMPARE(call(*visitor, u"register"_s, patient).error, ProtocolError::UsernameTaken);
    QCOMPARE(call(*visitor, u"register"_s,
                  { { u"username"_s, u"sneaky"_s },
                    { u"display_name"_s, u"S"_s },
                    { u"role"_s, u"admin"_s },
                    { u"password"_s, password } })
                     .error,
             ProtocolError::Invalid);
    QCOMPARE(call(*visitor, u"register"_s,
                  { { u"username"_s, u"weak"_s },
                    { u"display_name"_s, u"W"_s },
                    { u"role"_s, u"patient"_s },
                    { u"password"_s, u"password1234"_s } })
                     .error,
             ProtocolError::WeakPassword);
    QVERIFY(signIn(*visitor, u"new-patient"_s).ok());

    auto doctor = connectClient();
    QCborMap application { { u"username"_s, u"dr-lee"_s },
                           { u"display_name"_s, u"Dr Min Lee"_s },
                           { u"role"_s, u"doctor"_s },
                           { u"password"_s, password } };
    QCOMPARE(call(*doctor, u"register"_s, application).error, ProtocolError::Invalid); // no licence
    application.insert(u"licence_number"_s, u"GMC-7781234"_s);
    application.insert(u"specialty"_s, u"Dermatology"_s);
    QVERIFY(call(*doctor, u"register"_s, application).ok());
    QCOMPARE(signIn(*doctor, u"dr-lee"_s).error, ProtocolError::AccountPending);

    auto admin = connectClient();
    QVERIFY(signIn(*admin, u"the-admin"_s).ok());
    const QString id = accountId(u"dr-lee"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(call(*admin, u"account_verify"_s, { { u"account_id"_s, id }, { u"approve"_s, true } })
                    .ok());
    QVERIFY(signIn(*doctor, u"dr-lee"_s).ok());
}

void TestSyncServer::disablingSignsOutLiveConnections()
{
    auto nurse = connectClient();
    QVERIFY(signIn(*nurse, u"nurse-two"_s).ok());
    QSignalSpy signedOut(nurse.get(), &ServerConnection::signedOut);
    auto admin = connectClient();
    QVERIFY(signIn(*admin, u"the-admin"_s).ok());
    const QString id = accountId(u"nurse-two"_s);
    QVERIFY(call(*admin, u"account_set_enabled"_s,
                 { { u"account_id"_s, id }, { u"enabled"_s, false }, { u"reason"_s, u"left"_s } })
                    .ok());
    // The push may already have arrived while the admin's request was answered.
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, waitMs);
    QCOMPARE(nurse->state(), ServerConnection::State::Ready);
    QCOMPARE(signIn(*nurse, u"nurse-two"_s).error, ProtocolError::AccountDisabled);
    QVERIFY(call(*admin, u"account_set_enabled"_s,
                 { { u"account_id"_s, id }, { u"enabled"_s, true } })
                    .ok());
    QVERIFY(signIn(*nurse, u"nurse-two"_s).ok());
}

void TestSyncServer::signOutEverywhereReachesOtherConnections()
{
    auto desk = connectClient();
    auto laptop = connectClient();
    QVERIFY(signIn(*desk, u"twice"_s).ok());
    QVERIFY(signIn(*laptop, u"twice"_s).ok());
    const ServerReply sessions = call(*desk, u"sessions"_s);
    QCOMPARE(sessions.message.body.value(u"sessions"_s).toArray().size(), 2);
    QSignalSpy kicked(laptop.get(), &ServerConnection::signedOut);
    QVERIFY(call(*desk, u"sign_out_everywhere"_s).ok());
    QTRY_COMPARE_WITH_TIMEOUT(kicked.count(), 1, waitMs);
    QCOMPARE(call(*laptop, u"sessions"_s).error, ProtocolError::Unauthenticated);
}

void TestSyncServer::passwordResetGatesEverythingButTheChange()
{
    auto admin = connectClient();
    QVERIFY(signIn(*admin, u"the-admin"_s).ok());
    const QString temporary = u"mangoes under the bridge"_s;
    QVERIFY(call(*admin, u"account_reset_password"_s,
                 { { u"account_id"_s, accountId(u"reset-me"_s) }, { u"password"_s, temporary } })
                    .ok());
    auto desk = connectClient();
    QVERIFY(signIn(*desk, u"reset-me"_s, temporary).ok());
    QVERIFY(desk->session().mustChangePassword);
    QCOMPARE(call(*desk, u"sessions"_s).error, ProtocolError::PasswordChangeRequired);
    QCOMPARE(call(*desk, u"change_password"_s,
                  { { u"current"_s, u"not it at all"_s }, { u"new"_s, password } })
                     .error,
             ProtocolError::WrongCredentials);
    QVERIFY(call(*desk, u"change_password"_s,
                 { { u"current"_s, temporary }, { u"new"_s, password } })
                    .ok());
    QVERIFY(call(*desk, u"sessions"_s).ok());
}

void TestSyncServer::setStaffTotpPolicy(bool required)
{
    // Straight into the store, as another admin tool would: the server reads the policy on
    // every request.
    auto store = m_store->open();
    QVERIFY(store);
    AccountService accounts(store.value()->database(), KdfParams::minimum());
    SecuritySettings policy = accounts.settings().value();
    policy.requireTotpForStaff = required;
    QVERIFY(accounts.saveSettings(policy, Actor { u"cli"_s, u"cli"_s }));
}

void TestSyncServer::bothGatesOpenInOrder()
{
    const QString temporary = u"mangoes under the bridge"_s;
    auto admin = connectClient();
    QVERIFY(signIn(*admin, u"the-admin"_s).ok());
    QVERIFY(call(*admin, u"account_reset_password"_s,
                 { { u"account_id"_s, accountIdAs(*admin, u"gated"_s) },
                   { u"password"_s, temporary } })
                    .ok());
    setStaffTotpPolicy(true);
    auto policyOff = qScopeGuard([this] { setStaffTotpPolicy(false); });

    auto nurse = connectClient();
    QVERIFY(signIn(*nurse, u"gated"_s, temporary).ok());
    QVERIFY(nurse->session().mustChangePassword);
    QVERIFY(nurse->session().mustEnrolTotp);
    // A new password first, then the second factor: never stuck between the two.
    QCOMPARE(call(*nurse, u"totp_begin"_s, { { u"password"_s, temporary } }).error,
             ProtocolError::PasswordChangeRequired);
    QVERIFY(call(*nurse, u"change_password"_s,
                 { { u"current"_s, temporary }, { u"new"_s, password } })
                    .ok());
    QCOMPARE(call(*nurse, u"sessions"_s).error, ProtocolError::TotpEnrolmentRequired);
    const ServerReply setup = call(*nurse, u"totp_begin"_s, { { u"password"_s, password } });
    QVERIFY2(setup.ok(), qPrintable(setup.errorText));
    const QByteArray secret =
            Totp::fromBase32(setup.message.body.value(u"secret"_s).toString()).value();
    QVERIFY(call(*nurse, u"totp_confirm"_s,
                 { { u"password"_s, password },
                   { u"code"_s, Totp::code(secret, m_clock.nowSeconds()) } })
                    .ok());
    QVERIFY(call(*nurse, u"sessions"_s).ok());
    QCOMPARE(call(*admin, u"account_list"_s).error,
             ProtocolError::TotpEnrolmentRequired); // staff too
}

void TestSyncServer::passwordChecksInASessionAreThrottled()
{
    m_clock.advance(SignInThrottle::forgetAfterMs);
    auto forget = qScopeGuard([this] { m_clock.advance(SignInThrottle::forgetAfterMs); });
    auto client = connectClient();
    QVERIFY(signIn(*client, u"guesser"_s).ok());
    const QCborMap guess { { u"current"_s, u"is it this one"_s },
                           { u"new"_s, u"correct horse battery staple"_s } };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call(*client, u"change_password"_s, guess).error, ProtocolError::WrongCredentials);
    const ServerReply blocked = call(*client, u"change_password"_s, guess);
    QCOMPARE(blocked.error, ProtocolError::Throttled);
    QVERIFY(blocked.retryAfterMs() > 0);
}

void TestSyncServer::signingInAgainEndsThePreviousSession()
{
    auto client = connectClient();
    QVERIFY(signIn(*client, u"first-user"_s).ok());
    const QString firstToken = client->session().token;
    QVERIFY(signIn(*client, u"the-patient"_s).ok());
    auto other = connectClient();
    std::optional<ServerReply> resumed;
    other->resume(firstToken, [&](const ServerReply &reply) { resumed = reply; });
    QTRY_VERIFY(resumed.has_value());
    QCOMPARE(resumed->error, ProtocolError::SessionExpired);
}

void TestSyncServer::adminRequestsAreStrict()
{
    auto admin = connectClient();
    QVERIFY(signIn(*admin, u"the-admin"_s).ok());
    const QString nurse = accountIdAs(*admin, u"nurse-two"_s);
    // Patients register themselves: an admin creates staff only.
    QCOMPARE(call(*admin, u"account_create"_s,
                  { { u"username"_s, u"made-patient"_s },
                    { u"display_name"_s, u"P"_s },
                    { u"role"_s, u"patient"_s },
                    { u"password"_s, password } })
                     .error,
             ProtocolError::Invalid);
    // A missing yes/no is an error, never a default that disables or rejects.
    QCOMPARE(call(*admin, u"account_set_enabled"_s, { { u"account_id"_s, nurse } }).error,
             ProtocolError::Invalid);
    QCOMPARE(call(*admin, u"account_verify"_s, { { u"account_id"_s, nurse } }).error,
             ProtocolError::Invalid);
    auto still = connectClient();
    QVERIFY(signIn(*still, u"nurse-two"_s).ok());
    const ServerReply created = call(*admin, u"account_create"_s,
                                     { { u"username"_s, u"new-pharmacist"_s },
                                       { u"display_name"_s, u"Pia"_s },
                                       { u"role"_s, u"pharmacist"_s },
                                       { u"password"_s, password } });
    QVERIFY2(created.ok(), qPrintable(created.errorText));
    QVERIFY(created.message.body.value(u"account"_s)
                    .toMap()
                    .value(u"must_change_password"_s)
                    .toBool());
}

void TestSyncServer::resumeAfterTheServerRestarts()
{
    auto client = connectClient();
    QVERIFY(signIn(*client, u"the-pharmacist"_s).ok());
    const QString session = client->session().sessionId;
    QSignalSpy signedIn(client.get(), &ServerConnection::signedIn);
    const quint16 port = m_server->port();
    m_server.reset(); // every connection drops
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), ServerConnection::State::Disconnected, waitMs);
    startServer(port);
    // The client reconnects with back-off and resumes its session with its token.
    QVERIFY(signedIn.wait(waitMs));
    QCOMPARE(client->state(), ServerConnection::State::SignedIn);
    QCOMPARE(client->session().sessionId, session);
    QVERIFY(call(*client, u"sessions"_s).ok());
}

void TestSyncServer::auditTrailIsIntactAfterAll()
{
    m_server.reset(); // closes the store
    auto store = m_store->open();
    QVERIFY(store);
    AuditLog audit(store.value()->database());
    auto verification = audit.verify();
    QVERIFY(verification);
    QVERIFY2(verification->intact, qPrintable(verification->problem));
    QVERIFY(verification->rowsChecked > 40);
    const QByteArray log = audit.exportJsonLines().value();
    QVERIFY(!log.contains(password.toUtf8()));
    QVERIFY(log.contains("auth.sign_in_failed"));
    QVERIFY(log.contains("account.verify"));
    QVERIFY(log.contains("account.password_reset"));
    store.value().reset();
    startServer();
}

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
