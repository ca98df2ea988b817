// Video calls across two server instances on one PostgreSQL database (issue 13, item 4;
// docs/video.md, "Calls across instances"): the doctor connected to instance 1, the patient to
// instance 2. The call is anchored on the caller's instance; the other instance rings the
// patient with the anchor's address (call_ring_elsewhere); the patient joins on the anchor with
// a second connection on the same session, and media flows through the anchor. Decline,
// cancel and the end reach the other side; the visit_call row is written once; someone who is
// not the visit's patient is never rung, and a forged notice on the database's channel rings
// nobody. Raw clients, so every message is seen as the wire carries it. The notice's format
// is checked on any store; the rest runs in tst_callinstances_postgresql.

#include "calls/callclient.h"
#include "auditlog.h"
#include "callservice.h"
#include "crypto/callkeys.h"
#include "crypto/sframe.h"
#include "rawclient.h"
#include "storetestsupport.h"
#include "sync/callkeyregistration.h"
#include "syncfixture.h"
#include "syncservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace clinic;
using namespace Qt::StringLiterals;
using calls::CallClient;
using test::RawClient;
using test::TestServerStore;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 ringTimeoutMs = 3000;
constexpr int quietMs = 500; // how long "nothing arrives" is watched: a NOTIFY's round trip

QByteArray fakeFrame(quint32 handle, quint8 participant, CallKeys::Stream stream, quint64 counter)
{
    const SFrameHeader header { CallKeys::keyId(participant, stream), counter };
    QByteArray frame = MediaFrame::prefix(handle);
    frame += header.encode() + QByteArray(48, char(counter & 0x7f));
    return frame;
}

// A user's computer: its store, its connection to one instance, its call key and CallClient.
struct Desk
{
    std::unique_ptr<EncryptedStore> store;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<CallKeyRegistration> registration;
    std::unique_ptr<CallClient> calls;
    QList<CallClient::EndReason> endings;
};

} // namespace

class TestCallInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void noticesAreCheckedField_by_field();
    void aPublicUrlMustBeWss();
    void ringsOnTheOtherInstanceAndConnectsOnTheAnchor();
    void theDoctorEndsACallJoinedFromTheOtherInstance();
    void declinedFromTheOtherInstance();
    void repeatedDeclinesAnnounceOnce();
    void junkCallIdsAnswerNothing();
    void declineRacesAcceptAcrossInstances();
    void cancelReachesTheOtherInstance();
    void unansweredStopsRingingOnTheOtherInstance();
    void notTheVisitsPatientIsNotRung();
    void forgedNoticesRingNobody();
    void desktopClientsCallAcrossInstances();
    void anotherVisitsRingCannotPreemptACall();
    void callsOfAnInstanceGoneAreClosed();

private:
    struct Party
    {
        QString username;
        QString accountId;
        CallKeys::KeyPair keys;
    };
    std::unique_ptr<RawClient> signedIn(test::TestServer &server, const QString &username,
                                        QString *token = nullptr);
    Message request(RawClient &client, const QString &type, const QCborMap &body);
    std::optional<Message> takePush(RawClient &client, const QString &type,
                                    int timeoutMs = RawClient::waitMs);
    static bool staysQuiet(RawClient &client);
    QString newCallId();
    Message invite(const QString &callId);
    // The patient's second connection, on the anchor named by a call_ring_elsewhere, resuming
    // the session of their connection to instance 2; nullptr when anything fails.
    std::unique_ptr<RawClient> joinAnchor(const Message &elsewhere);
    // A call rung on instance 2 and answered on the anchor; returns its handle (0 on failure).
    quint32 answeredAcross(const QString &callId, std::unique_ptr<RawClient> *joined);
    // The visit_call rows of a call: "started|ended|reason" each.
    QStringList callRows(const QString &callId);
    bool notify(const QString &payload);
    std::unique_ptr<Desk> desk(test::TestServer &server, const QString &username);

    test::ManualClock m_clock;
    std::unique_ptr<test::TestServer> m_one, m_two;
    Party m_doc, m_pat, m_pia, m_eve;
    QString m_video, m_piaVideo, m_eveVisit;
    QString m_patToken;
    std::unique_ptr<RawClient> m_docClient, m_patHome, m_piaHome;
    QTemporaryDir m_dir;
    int m_nextStore = 1;
    quint64 m_nextId = 100;
    int m_nextCall = 1;
};

void TestCallInstances::initTestCase()
{
    if (!TestServerStore::onPostgres())
        return; // the notice's checks only: one store, one server
    m_one = std::make_unique<test::TestServer>();
    m_two = std::make_unique<test::TestServer>(*m_one);
    m_two->setIdentity(m_one->identity()); // one certificate for all (docs/operations.md)
    ServerLimits limits;
    limits.ringTimeoutMs = ringTimeoutMs;
    limits.callInvitesPerMinute = 100;
    limits.callInvitesPerHour = 100000; // the hour's bounds are tst_callattack's
    limits.callRingsPerPatientHour = 100000;
    for (test::TestServer *server : { m_one.get(), m_two.get() }) {
        server->setLimits(limits);
        server->setClock(m_clock);
    }
    m_doc = { u"doc"_s, m_one->addAccount(u"doc"_s, Role::Doctor), CallKeys::generateKeyPair() };
    m_pat = { u"pat"_s, m_one->addAccount(u"pat"_s, Role::Patient), CallKeys::generateKeyPair() };
    m_pia = { u"pia"_s, m_one->addAccount(u"pia"_s, Role::Patient), CallKeys::generateKeyPair() };
    QVERIFY(!m_doc.accountId.isEmpty() && !m_pat.accountId.isEmpty() && !m_pia.accountId.isEmpty());
    const qint64 soon = m_clock.nowMs() + 5 * minuteMs;
    m_video = m_one->addAppointment(u"appt-video"_s, m_pat.accountId, m_doc.accountId, soon,
                                    m_clock.nowMs());
    m_piaVideo = m_one->addAppointment(u"appt-pia"_s, m_pia.accountId, m_doc.accountId, soon,
                                       m_clock.nowMs());
    // Eve: a doctor of the clinic with a video visit of her own (with pia), on a third instance.
    m_eve = { u"eve"_s, m_one->addAccount(u"eve"_s, Role::Doctor), CallKeys::generateKeyPair() };
    m_eveVisit = m_one->addAppointment(u"appt-eve"_s, m_pia.accountId, m_eve.accountId, soon,
                                       m_clock.nowMs());
    QVERIFY(!m_video.isEmpty() && !m_piaVideo.isEmpty() && !m_eveVisit.isEmpty());
    QVERIFY(m_one->start());
    QVERIFY(m_two->start());

    m_docClient = signedIn(*m_one, u"doc"_s);
    m_patHome = signedIn(*m_two, u"pat"_s, &m_patToken);
    m_piaHome = signedIn(*m_two, u"pia"_s);
    QVERIFY(m_docClient && m_patHome && m_piaHome);
    for (const auto &[client, party] :
         { std::pair(m_docClient.get(), &m_doc), std::pair(m_patHome.get(), &m_pat),
           std::pair(m_piaHome.get(), &m_pia) }) {
        const Message reply =
                request(*client, u"key_register"_s,
                        { { u"public_key"_s, CallKeys::encodePublicKey(party->keys.publicKey) } });
        QCOMPARE(reply.type, u"ok"_s);
    }
}

void TestCallInstances::init()
{
    if (!TestServerStore::onPostgres()) {
        const QByteArray test = QTest::currentTestFunction();
        if (test != "noticesAreCheckedField_by_field" && test != "aPublicUrlMustBeWss")
            QSKIP("two instances need the shared store; this runs in tst_callinstances_postgresql");
        return;
    }
    for (RawClient *client : { m_docClient.get(), m_patHome.get(), m_piaHome.get() }) {
        QVERIFY(client && !client->closed);
        client->received.clear();
        client->media.clear();
    }
}

void TestCallInstances::cleanupTestCase()
{
    m_docClient.reset();
    m_patHome.reset();
    m_piaHome.reset();
    m_two.reset();
    m_one.reset();
}

std::unique_ptr<RawClient> TestCallInstances::signedIn(test::TestServer &server,
                                                       const QString &username, QString *token)
{
    auto client = std::make_unique<RawClient>(QUrl(server.url()), server.identity().fingerprint());
    if (!client->waitConnected() || !client->greet())
        return nullptr;
    const Message reply =
            request(*client, u"sign_in"_s,
                    { { u"username"_s, username }, { u"password"_s, test::syncPassword } });
    if (reply.type != u"signed_in")
        return nullptr;
    if (token)
        *token = reply.body.value(u"token"_s).toString();
    client->received.removeIf([](const Message &message) { return message.id != 0; });
    return client;
}

Message TestCallInstances::request(RawClient &client, const QString &type, const QCborMap &body)
{
    const quint64 id = m_nextId++;
    client.send(Message { type, id, body });
    std::optional<Message> found;
    (void)QTest::qWaitFor(
            [&] {
                for (const Message &message : std::as_const(client.received)) {
                    if (message.id == id)
                        found = message;
                }
                return found.has_value() || client.closed;
            },
            RawClient::waitMs);
    return found.value_or(Message { u"timeout"_s, 0, {} });
}

std::optional<Message> TestCallInstances::takePush(RawClient &client, const QString &type,
                                                   int timeoutMs)
{
    std::optional<Message> found;
    (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < client.received.size(); ++i) {
                    if (client.received.at(i).id == 0 && client.received.at(i).type == type) {
                        found = client.received.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
    return found;
}

bool TestCallInstances::staysQuiet(RawClient &client)
{
    const qsizetype messages = client.received.size();
    const qsizetype media = client.media.size();
    QTest::qWait(quietMs);
    return client.received.size() == messages && client.media.size() == media;
}

QString TestCallInstances::newCallId()
{
    return u"call-inst-0000-%1"_s.arg(m_nextCall++, 4, 10, QLatin1Char('0'));
}

Message TestCallInstances::invite(const QString &callId)
{
    const SecureBytes secret = CallKeys::newCallSecret();
    auto sealed = CallKeys::sealCallSecret(secret, callId.toUtf8(), m_doc.keys.secretKey,
                                           m_pat.keys.publicKey);
    if (!sealed)
        return Message { u"seal failed"_s, 0, {} };
    return request(*m_docClient, u"call_invite"_s,
                   { { u"call_id"_s, callId },
                     { u"appointment_id"_s, m_video },
                     { u"secrets"_s, QCborMap { { m_pat.accountId, sealed.value() } } } });
}

std::unique_ptr<RawClient> TestCallInstances::joinAnchor(const Message &elsewhere)
{
    const QUrl anchor(elsewhere.body.value(u"anchor"_s).toString());
    // Every instance has the same certificate in production (docs/operations.md); here each
    // test server has its own, and the test knows the anchor's.
    auto client = std::make_unique<RawClient>(anchor, m_one->identity().fingerprint());
    if (!client->waitConnected() || !client->greet())
        return nullptr;
    if (request(*client, u"resume"_s, { { u"token"_s, m_patToken } }).type != u"signed_in")
        return nullptr;
    return client;
}

quint32 TestCallInstances::answeredAcross(const QString &callId, std::unique_ptr<RawClient> *joined)
{
    if (invite(callId).type != u"ok")
        return 0;
    const auto elsewhere = takePush(*m_patHome, u"call_ring_elsewhere"_s);
    if (!elsewhere)
        return 0;
    *joined = joinAnchor(*elsewhere);
    if (!*joined || !takePush(**joined, u"call_ring"_s))
        return 0;
    const Message accepted = request(**joined, u"call_accept"_s, { { u"call_id"_s, callId } });
    if (accepted.type != u"ok" || !takePush(*m_docClient, u"call_accepted"_s))
        return 0;
    return quint32(accepted.body.value(u"handle"_s).toInteger());
}

QStringList TestCallInstances::callRows(const QString &callId)
{
    auto database = m_one->openDatabase();
    if (!database)
        return { u"cannot open: "_s + database.error().fullText() };
    QSqlQuery query((*database)->database());
    query.prepare(u"SELECT started_at IS NOT NULL, ended_at IS NOT NULL, end_reason "
                  u"FROM visit_call WHERE call_id = ?"_s);
    query.addBindValue(callId);
    QStringList rows;
    if (!query.exec())
        return { query.lastError().text() };
    while (query.next())
        rows << u"%1|%2|%3"_s.arg(query.value(0).toBool() ? u"started"_s : u"-"_s,
                                  query.value(1).toBool() ? u"ended"_s : u"-"_s,
                                  query.value(2).toString());
    return rows;
}

bool TestCallInstances::notify(const QString &payload)
{
    auto database = m_one->openDatabase();
    if (!database)
        return false;
    QSqlQuery query((*database)->database());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(CallService::callsChannel());
    query.addBindValue(payload);
    return query.exec();
}

// What travels between instances is small, and anything but a notice this build writes,
// field for field, is refused.
void TestCallInstances::noticesAreCheckedField_by_field()
{
    CallNotice ring;
    ring.kind = CallNotice::Kind::Ring;
    ring.callId = u"call-0000-0000-0001"_s;
    ring.calleeId = u"0190d6f2-aaaa-7bbb-8ccc-000000000001"_s;
    ring.callerId = u"0190d6f2-aaaa-7bbb-8ccc-000000000002"_s;
    ring.appointmentId = u"appt-1"_s;
    ring.anchor = u"wss://clinic-2.example:7443"_s;
    const auto decoded = CallNotice::decode(ring.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->encode(), ring.encode());
    QVERIFY(ring.encode().size() < 400);

    CallNotice stop;
    stop.kind = CallNotice::Kind::Stop;
    stop.callId = ring.callId;
    stop.calleeId = ring.calleeId;
    stop.appointmentId = ring.appointmentId;
    stop.reason = u"cancelled"_s;
    QVERIFY(CallNotice::decode(stop.encode()));
    stop.reason = u"moved"_s; // not a reason a ringing call stops for
    QVERIFY(!CallNotice::decode(stop.encode()));
    stop.reason = u"cancelled"_s;
    stop.appointmentId.clear(); // every kind names its visit (version 2)
    QVERIFY(!CallNotice::decode(stop.encode()));

    for (const QString &anchor : QStringList {
                 u"ws://clinic.example:7443"_s, u"https://clinic.example"_s, u"wss://"_s,
                 u"wss://user:pw@clinic.example"_s, u"wss://clinic.example/path"_s,
                 u"wss://clinic.example/?x=1"_s, u"wss://clinic.example#f"_s, u"clinic.example"_s,
                 u"wss://clinic.example:0"_s, u"wss://"_s + QString(300, u'a') + u".example"_s }) {
        QVERIFY2(!CallNotice::isAnchorUrl(anchor), qPrintable(anchor));
        CallNotice bad = ring;
        bad.anchor = anchor;
        QVERIFY2(!CallNotice::decode(bad.encode()), qPrintable(anchor));
    }
    QVERIFY(CallNotice::isAnchorUrl(u"wss://10.0.0.2:7443/"_s));
    QVERIFY(CallNotice::isAnchorUrl(u"wss://[::1]:7443"_s));

    CallNotice bad = ring;
    bad.callId = u"short"_s;
    QVERIFY(!CallNotice::decode(bad.encode()));
    bad = ring;
    bad.calleeId = u"x' OR 1=1"_s;
    QVERIFY(!CallNotice::decode(bad.encode()));
    bad = ring;
    bad.calleeId = ring.callerId; // nobody calls themselves
    QVERIFY(!CallNotice::decode(bad.encode()));

    const QString good = ring.encode();
    for (const QString &junk :
         QStringList { QString(), u"ring"_s, u"[]"_s, u"{}"_s, u"{\"v\":2}"_s,
                       QString(good).replace(u"\"v\":2"_s, u"\"v\":1"_s), // version 1: rings by id
                       QString(good).replace(u"\"v\":2"_s, u"\"v\":3"_s),
                       QString(good).replace(u"\"ring\""_s, u"\"rang\""_s),
                       QString(good).replace(u"{"_s, u"{\"extra\":1,"_s),
                       QString(good).replace(u"\"appt-1\""_s, u"7"_s), QString(good).chopped(1),
                       QString(CallNotice::maxPayloadBytes + 1, u' ') + good }) {
        QVERIFY2(!CallNotice::decode(junk), qPrintable(junk.left(80)));
    }
}

// The address a server announces for its calls is the operator's, and only wss://.
void TestCallInstances::aPublicUrlMustBeWss()
{
    QTemporaryDir dir;
    for (const QString &url : { u"ws://clinic.example:7443"_s, u"https://clinic.example"_s,
                                u"wss://clinic.example/calls"_s }) {
        SyncServer server;
        ServerOptions options;
        options.dataDir = dir.path();
        options.publicUrl = url;
        const auto started = server.start(options);
        QVERIFY2(!started, qPrintable(url));
        QVERIFY(started.error().fullText().contains(u"wss://"_s));
    }
}

// The doctor on instance 1 calls; the patient's connection to instance 2 is told where the
// call is; a second connection on the same session joins it on the anchor; it rings there, is
// answered, and frames go both ways through the anchor; the patient ends it; one row is kept.
void TestCallInstances::ringsOnTheOtherInstanceAndConnectsOnTheAnchor()
{
    QVERIFY(m_one->url() != m_two->url());
    // Instance 2's database connection has just answered a request (forward-only queries).
    QCOMPARE(request(*m_patHome, u"call_keys"_s, { { u"appointment_id"_s, m_video } }).type,
             u"call_keys"_s);
    const QString callId = newCallId();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(invite(callId).type, u"ok"_s);
    const qint64 invitedMs = timer.elapsed();
    const auto elsewhere = takePush(*m_patHome, u"call_ring_elsewhere"_s);
    QVERIFY(elsewhere);
    const qint64 rungMs = timer.elapsed();
    QCOMPARE(elsewhere->body.value(u"call_id"_s).toString(), callId);
    QCOMPARE(elsewhere->body.value(u"appointment_id"_s).toString(), m_video);
    QCOMPARE(elsewhere->body.value(u"caller_id"_s).toString(), m_doc.accountId);
    QCOMPARE(elsewhere->body.value(u"anchor"_s).toString(), m_one->url());
    QCOMPARE(elsewhere->body.size(), 4);
    // Instance 2 holds no call: answering there is refused, with where to go.
    const Message there = request(*m_patHome, u"call_accept"_s, { { u"call_id"_s, callId } });
    QCOMPARE(there.body.value(u"code"_s).toString(), u"invalid"_s);
    QCOMPARE(there.body.value(u"anchor"_s).toString(), m_one->url());
    QCOMPARE(request(*m_patHome, u"call_end"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);

    timer.restart();
    auto joined = joinAnchor(*elsewhere);
    QVERIFY(joined);
    const auto ring = takePush(*joined, u"call_ring"_s);
    QVERIFY(ring);
    // Figures for docs/video.md: the invite's reply, the ring on the other instance, and the
    // join (TLS, hello, resume) until the anchor rings the new connection.
    qInfo("invite answered in %lld ms, rung on instance 2 at %lld ms; joined and rung on the "
          "anchor in %lld ms",
          invitedMs, rungMs, timer.elapsed());
    QCOMPARE(ring->body.value(u"call_id"_s).toString(), callId);
    const Message accepted = request(*joined, u"call_accept"_s, { { u"call_id"_s, callId } });
    QCOMPARE(accepted.type, u"ok"_s);
    const auto told = takePush(*m_docClient, u"call_accepted"_s);
    QVERIFY(told);
    const quint32 handle = quint32(accepted.body.value(u"handle"_s).toInteger());
    QCOMPARE(quint32(told->body.value(u"handle"_s).toInteger()), handle);
    // The home connection stops ringing.
    const auto stopped = takePush(*m_patHome, u"call_ended"_s);
    QVERIFY(stopped);
    QCOMPARE(stopped->body.value(u"reason"_s).toString(), u"answered_elsewhere"_s);

    // Media both ways, byte for byte, through the anchor.
    QList<QByteArray> fromDoctor, fromPatient;
    for (quint64 counter = 1; counter <= 5; ++counter) {
        fromDoctor << fakeFrame(handle, 0, CallKeys::Stream::Video, counter);
        fromPatient << fakeFrame(handle, 1, CallKeys::Stream::Audio, counter);
        m_docClient->socket.sendBinaryMessage(fromDoctor.last());
        joined->socket.sendBinaryMessage(fromPatient.last());
    }
    QTRY_COMPARE_WITH_TIMEOUT(joined->media, fromDoctor, RawClient::waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_docClient->media, fromPatient, RawClient::waitMs);
    QVERIFY(m_patHome->media.isEmpty());
    QVERIFY(m_piaHome->received.isEmpty() && m_piaHome->media.isEmpty());

    QCOMPARE(request(*joined, u"call_end"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    const auto ended = takePush(*m_docClient, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"ended"_s);
    QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"started|ended|ended"_s },
                              RawClient::waitMs);
    QVERIFY(staysQuiet(*m_patHome)); // nothing more for the home connection
    QCOMPARE(callRows(callId).size(), 1); // written once, by the anchor
}

void TestCallInstances::theDoctorEndsACallJoinedFromTheOtherInstance()
{
    const QString callId = newCallId();
    std::unique_ptr<RawClient> joined;
    const quint32 handle = answeredAcross(callId, &joined);
    QVERIFY(handle != 0);
    const QByteArray frame = fakeFrame(handle, 1, CallKeys::Stream::Video, 9);
    joined->socket.sendBinaryMessage(frame);
    QTRY_COMPARE_WITH_TIMEOUT(m_docClient->media, QList<QByteArray> { frame }, RawClient::waitMs);
    QCOMPARE(request(*m_docClient, u"call_end"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    const auto ended = takePush(*joined, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"ended"_s);
    QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"started|ended|ended"_s },
                              RawClient::waitMs);
}

// The patient declines from their connection to instance 2, without joining: the anchor hears
// it, ends the call for the doctor, and the home connection is told as if it were local.
void TestCallInstances::declinedFromTheOtherInstance()
{
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ring_elsewhere"_s));
    // Someone else on instance 2 cannot decline it.
    QCOMPARE(request(*m_piaHome, u"call_decline"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
    QCOMPARE(request(*m_patHome, u"call_decline"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    const auto ended = takePush(*m_docClient, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"declined"_s);
    const auto home = takePush(*m_patHome, u"call_ended"_s);
    QVERIFY(home);
    QCOMPARE(home->body.value(u"reason"_s).toString(), u"declined"_s);
    QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"-|ended|declined"_s },
                              RawClient::waitMs);
}

// Red team (issue 13): call control is answered on the socket thread at once, with no rate
// limit, so a hostile callee can repeat call_decline on the instance that rings them from
// elsewhere as fast as its socket goes. Each used to be another NOTIFY to every instance (and
// another task on the worker's queue) until the anchor's stop came back; the ring now tells
// the anchor once, and the repeats are answered without a word to the database.
void TestCallInstances::repeatedDeclinesAnnounceOnce()
{
    auto database = m_one->openDatabase();
    QVERIFY(database);
    QSqlDriver *driver = (*database)->database().driver();
    QVERIFY(driver->subscribeToNotification(CallService::callsChannel()));
    QStringList declines;
    QObject listening; // goes before `declines`
    connect(driver, &QSqlDriver::notification, &listening,
            [&](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                const auto notice = CallNotice::decode(payload.toString());
                if (channel == CallService::callsChannel() && notice
                    && notice->kind == CallNotice::Kind::Decline)
                    declines << notice->callId;
            });
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ring_elsewhere"_s));
    constexpr int burst = 200;
    const quint64 first = m_nextId;
    for (int i = 0; i < burst; ++i)
        m_patHome->send(Message { u"call_decline"_s, m_nextId++, { { u"call_id"_s, callId } } });
    const auto answered = [&] {
        return std::count_if(m_patHome->received.cbegin(), m_patHome->received.cend(),
                             [&](const Message &message) { return message.id >= first; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(answered(), qsizetype(burst), RawClient::waitMs);
    const auto ended = takePush(*m_docClient, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"declined"_s);
    QVERIFY(takePush(*m_patHome, u"call_ended"_s));
    QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"-|ended|declined"_s },
                              RawClient::waitMs);
    QTest::qWait(quietMs); // any further notice has had its round trip
    qInfo("%d call_decline sent in a burst: %lld decline notices on the channel", burst,
          qlonglong(declines.size()));
    QCOMPARE(declines, QStringList { callId });
    QVERIFY(driver->unsubscribeFromNotification(CallService::callsChannel()));
}

// Red team (issue 13): call control with ids that are no call's (unicode, huge, numbers, maps,
// a prefix of the real id) on the ringing instance and on the anchor, from the callee and from
// another patient: each is refused, nothing rings, ends or closes, and the real call still
// rings and is declined as usual.
void TestCallInstances::junkCallIdsAnswerNothing()
{
    auto piaOnAnchor = signedIn(*m_one, u"pia"_s); // before the ring: its time-out is short
    QVERIFY(piaOnAnchor);
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ring_elsewhere"_s));
    const QList<QCborValue> junk { QString(),
                                   callId.left(callId.size() - 1),
                                   callId.toUpper(),
                                   QString(callId + u"\u00e9"_s),
                                   u"\U0001F4DE-call-0000-0000-0001"_s,
                                   QString(63, u'9'),
                                   QString(900, u'x'),
                                   QCborValue(-1),
                                   QCborValue(qint64(1) << 62),
                                   QCborValue(QCborMap { { u"id"_s, callId } }),
                                   QCborValue(QCborValue::Null) };
    // Sent in one burst per client, then every reply checked: the ring's time-out is short.
    for (RawClient *client : { m_patHome.get(), m_piaHome.get(), piaOnAnchor.get() }) {
        QHash<quint64, QString> sent; // id -> what it was
        for (const QString &type : { u"call_accept"_s, u"call_decline"_s, u"call_end"_s,
                                     u"call_rejoin"_s, u"call_cancel"_s }) {
            for (const QCborValue &id : junk) {
                sent.insert(m_nextId, type);
                client->send(Message { type, m_nextId++, { { u"call_id"_s, id } } });
            }
            // Another patient names the real call: nothing, and no anchor either.
            if (client != m_patHome.get()) {
                sent.insert(m_nextId, type + u" (real id)"_s);
                client->send(Message { type, m_nextId++, { { u"call_id"_s, callId } } });
            }
        }
        const auto answered = [&] {
            return std::count_if(client->received.cbegin(), client->received.cend(),
                                 [&](const Message &message) { return sent.contains(message.id); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), qsizetype(sent.size()), RawClient::waitMs);
        for (const Message &reply : std::as_const(client->received)) {
            if (!sent.contains(reply.id))
                continue;
            const QString what = sent.value(reply.id);
            const QString code = reply.body.value(u"code"_s).toString();
            QVERIFY2(reply.type == u"error" && (code == u"invalid" || code == u"not_found"),
                     qPrintable(what + u": "_s + reply.type + u" "_s + code));
            QVERIFY2(!reply.body.contains(u"anchor"_s), qPrintable(what)); // no address told
        }
        QVERIFY(!client->closed);
    }
    const auto pushed = [](const RawClient &client) {
        return std::any_of(client.received.cbegin(), client.received.cend(),
                           [](const Message &message) { return message.id == 0; });
    };
    QVERIFY(!pushed(*m_docClient)); // the doctor's call was not touched
    QVERIFY(!pushed(*m_piaHome) && !pushed(*piaOnAnchor)); // nothing rang or ended for Pia
    QCOMPARE(request(*m_patHome, u"call_decline"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    const auto ended = takePush(*m_docClient, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"declined"_s);
    QVERIFY(takePush(*m_patHome, u"call_ended"_s));
}

// Red team (issue 13): the callee declines on instance 2 and answers on the anchor in the same
// instant. One of them wins on the anchor, never both: the doctor hears one outcome, the visit
// has one visit_call row, and replaying the call id once it ended finds nothing on either
// instance.
void TestCallInstances::declineRacesAcceptAcrossInstances()
{
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    const auto elsewhere = takePush(*m_patHome, u"call_ring_elsewhere"_s);
    QVERIFY(elsewhere);
    auto joined = joinAnchor(*elsewhere);
    QVERIFY(joined);
    QVERIFY(takePush(*joined, u"call_ring"_s));
    const quint64 declineId = m_nextId++, acceptId = m_nextId++;
    m_patHome->send(Message { u"call_decline"_s, declineId, { { u"call_id"_s, callId } } });
    joined->send(Message { u"call_accept"_s, acceptId, { { u"call_id"_s, callId } } });
    const auto replyTo = [](RawClient &client, quint64 id) {
        std::optional<Message> found;
        (void)QTest::qWaitFor(
                [&] {
                    for (const Message &message : std::as_const(client.received)) {
                        if (message.id == id)
                            found = message;
                    }
                    return found.has_value();
                },
                RawClient::waitMs);
        return found;
    };
    const auto accepted = replyTo(*joined, acceptId);
    QVERIFY(accepted && replyTo(*m_patHome, declineId));
    if (accepted->type == u"ok") { // the answer won: the late decline did nothing
        QVERIFY(takePush(*m_docClient, u"call_accepted"_s));
        QVERIFY(staysQuiet(*m_docClient));
        QCOMPARE(request(*m_docClient, u"call_end"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
        QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"started|ended|ended"_s },
                                  RawClient::waitMs);
        qInfo("the answer won the race");
    } else { // the decline won: the answer found nothing
        const auto ended = takePush(*m_docClient, u"call_ended"_s);
        QVERIFY(ended);
        QCOMPARE(ended->body.value(u"reason"_s).toString(), u"declined"_s);
        QVERIFY(std::none_of(m_docClient->received.cbegin(), m_docClient->received.cend(),
                             [](const Message &m) { return m.type == u"call_accepted"; }));
        QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"-|ended|declined"_s },
                                  RawClient::waitMs);
        qInfo("the decline won the race");
    }
    QVERIFY(staysQuiet(*m_docClient));
    QCOMPARE(callRows(callId).size(), 1);
    // The ended call's id, replayed: nothing anywhere.
    for (RawClient *client : { m_patHome.get(), joined.get() }) {
        for (const QString &type : { u"call_accept"_s, u"call_decline"_s, u"call_rejoin"_s }) {
            QCOMPARE(request(*client, type, { { u"call_id"_s, callId } })
                             .body.value(u"code"_s)
                             .toString(),
                     u"not_found"_s);
        }
    }
    QCOMPARE(callRows(callId).size(), 1);
}

void TestCallInstances::cancelReachesTheOtherInstance()
{
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ring_elsewhere"_s));
    QCOMPARE(request(*m_docClient, u"call_cancel"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    const auto home = takePush(*m_patHome, u"call_ended"_s);
    QVERIFY(home);
    QCOMPARE(home->body.value(u"call_id"_s).toString(), callId);
    QCOMPARE(home->body.value(u"reason"_s).toString(), u"cancelled"_s);
    // Gone everywhere: declining it now finds nothing.
    QCOMPARE(request(*m_patHome, u"call_decline"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
}

void TestCallInstances::unansweredStopsRingingOnTheOtherInstance()
{
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ring_elsewhere"_s));
    const auto home = takePush(*m_patHome, u"call_ended"_s, int(ringTimeoutMs) + 5000);
    QVERIFY(home);
    QCOMPARE(home->body.value(u"reason"_s).toString(), u"no_answer"_s);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
    QTRY_COMPARE_WITH_TIMEOUT(callRows(callId), QStringList { u"-|ended|no_answer"_s },
                              RawClient::waitMs);
}

// Pia, connected to instance 2 like the patient, is not this visit's patient: she hears
// nothing of the call, and joining the anchor gets her nothing either.
void TestCallInstances::notTheVisitsPatientIsNotRung()
{
    const QString callId = newCallId();
    QCOMPARE(invite(callId).type, u"ok"_s);
    const auto elsewhere = takePush(*m_patHome, u"call_ring_elsewhere"_s);
    QVERIFY(elsewhere);
    QVERIFY(staysQuiet(*m_piaHome));
    auto pia = std::make_unique<RawClient>(QUrl(m_one->url()), m_one->identity().fingerprint());
    QVERIFY(pia->waitConnected() && pia->greet());
    QCOMPARE(request(*pia, u"sign_in"_s,
                     { { u"username"_s, u"pia"_s }, { u"password"_s, test::syncPassword } })
                     .type,
             u"signed_in"_s);
    QVERIFY(staysQuiet(*pia));
    QCOMPARE(request(*pia, u"call_accept"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
    QCOMPARE(request(*m_docClient, u"call_cancel"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ended"_s));
}

// Anyone able to NOTIFY on the database's channel can say anything: a ring for a callee who is
// not the visit's patient, for another caller, or with an address that is not wss://, rings
// nobody; nor does garbage. A well-formed ring that matches its visit does (the control).
void TestCallInstances::forgedNoticesRingNobody()
{
    CallNotice forged;
    forged.kind = CallNotice::Kind::Ring;
    forged.callId = newCallId();
    forged.calleeId = m_pia.accountId; // m_video is pat's
    forged.callerId = m_doc.accountId;
    forged.appointmentId = m_video;
    forged.anchor = u"wss://attacker.example:443"_s;
    QVERIFY(notify(forged.encode()));
    CallNotice wrongCaller = forged;
    wrongCaller.calleeId = m_pat.accountId;
    wrongCaller.callerId = m_pia.accountId;
    QVERIFY(notify(wrongCaller.encode()));
    CallNotice plain = forged;
    plain.calleeId = m_pat.accountId;
    QVERIFY(notify(plain.encode().replace(u"wss://"_s, u"ws://"_s)));
    QVERIFY(notify(u"{\"v\":1,\"kind\":\"ring\"}"_s));
    QVERIFY(notify(QString(4000, u'x')));
    QVERIFY(staysQuiet(*m_piaHome));
    QVERIFY(staysQuiet(*m_patHome));

    // The control: the same notice for the visit's own patient and doctor does ring (which is
    // why the anchor is a wss:// URL of the database's servers, and clients pin certificates).
    CallNotice matching = forged;
    matching.calleeId = m_pat.accountId;
    QVERIFY(notify(matching.encode()));
    const auto rung = takePush(*m_patHome, u"call_ring_elsewhere"_s);
    QVERIFY(rung);
    QCOMPARE(rung->body.value(u"call_id"_s).toString(), matching.callId);
    QVERIFY(m_piaHome->received.isEmpty());
    CallNotice stop;
    stop.kind = CallNotice::Kind::Stop;
    stop.callId = matching.callId;
    stop.appointmentId = matching.appointmentId;
    stop.calleeId = m_pia.accountId; // the wrong callee: stops nothing
    stop.reason = u"cancelled"_s;
    QVERIFY(notify(stop.encode()));
    QVERIFY(staysQuiet(*m_patHome));
    stop.calleeId = m_pat.accountId;
    QVERIFY(notify(stop.encode()));
    QVERIFY(takePush(*m_patHome, u"call_ended"_s));
}

// Issue 13: rings from another instance were kept by call id alone. Eve, a doctor on a third
// instance who learned (or guessed) the id of a call Dr Doc is about to place, announced a call
// of her own (her visit with pia, so it passed the database's check) under that id first: the
// instance holding it ignored Doc's ring as "known already", and pat was never rung. Rings are
// now kept by call id and visit, and stops and declines name the visit too.
void TestCallInstances::anotherVisitsRingCannotPreemptACall()
{
    const QString callId = newCallId();
    CallNotice eves;
    eves.kind = CallNotice::Kind::Ring;
    eves.callId = callId;
    eves.calleeId = m_pia.accountId;
    eves.callerId = m_eve.accountId;
    eves.appointmentId = m_eveVisit;
    eves.anchor = u"wss://third.example:7443"_s;
    QVERIFY(notify(eves.encode()));
    const auto piaRung = takePush(*m_piaHome, u"call_ring_elsewhere"_s);
    QVERIFY(piaRung); // her ring is a real one, for her own visit
    QCOMPARE(piaRung->body.value(u"appointment_id"_s).toString(), m_eveVisit);

    QCOMPARE(invite(callId).type, u"ok"_s); // Doc's call, the same id
    const auto patRung = takePush(*m_patHome, u"call_ring_elsewhere"_s);
    QVERIFY2(patRung, "the patient was not rung: the other visit's ring pre-empted the call");
    QCOMPARE(patRung->body.value(u"call_id"_s).toString(), callId);
    QCOMPARE(patRung->body.value(u"appointment_id"_s).toString(), m_video);
    QCOMPARE(patRung->body.value(u"caller_id"_s).toString(), m_doc.accountId);

    // Her stop (and pia's decline of her call) stop her ring only.
    CallNotice stop;
    stop.kind = CallNotice::Kind::Stop;
    stop.callId = callId;
    stop.calleeId = m_pia.accountId;
    stop.appointmentId = m_eveVisit;
    stop.reason = u"cancelled"_s;
    QVERIFY(notify(stop.encode()));
    QVERIFY(takePush(*m_piaHome, u"call_ended"_s));
    CallNotice decline = stop;
    decline.kind = CallNotice::Kind::Decline;
    decline.calleeId = m_pat.accountId; // naming Doc's callee, but her visit: not Doc's call
    decline.reason.clear();
    QVERIFY(notify(decline.encode()));
    QVERIFY(staysQuiet(*m_patHome));
    QVERIFY(staysQuiet(*m_docClient));
    // Doc's call rings on, and pat can join it on the anchor.
    auto joined = joinAnchor(*patRung);
    QVERIFY(joined);
    QVERIFY(takePush(*joined, u"call_ring"_s));
    QCOMPARE(request(*m_docClient, u"call_cancel"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    QVERIFY(takePush(*m_patHome, u"call_ended"_s));
}

// Issue 13: an instance that dies mid-call leaves its answered call's row "going on". Each
// instance holds its live calls' rows with a PostgreSQL advisory lock on its own session; the
// others' sweep (every CallService::danglingSweepMs, and at start) closes the rows nobody
// holds, as "server_lost", and never a live call of another instance.
void TestCallInstances::callsOfAnInstanceGoneAreClosed()
{
    const QString liveId = newCallId();
    std::unique_ptr<RawClient> joined;
    QVERIFY(answeredAcross(liveId, &joined)); // live on instance 1, which holds its row
    QTRY_COMPARE(callRows(liveId), QStringList { u"started|-|"_s });

    // An instance that answers a call and dies: its own database session, gone.
    const QString ghostId = newCallId();
    {
        auto database = m_one->openDatabase();
        QVERIFY(database);
        QSqlDatabase db = (*database)->database();
        CallService calls(db, m_clock);
        SyncService sync(db, m_clock);
        AuditLog audit(db, m_clock);
        CallRecord record;
        record.id = u"0190d6f2-dead-7bbb-8ccc-%1"_s.arg(m_nextCall++, 12, 10, QLatin1Char('0'));
        record.callId = ghostId;
        record.appointmentId = m_piaVideo;
        record.doctorId = m_doc.accountId;
        record.patientId = m_pia.accountId;
        record.invitedAtMs = m_clock.nowMs();
        record.answeredAtMs = m_clock.nowMs();
        QVERIFY(calls.keep(sync, audit, record));
        // Its lock is held while its session lives: a sweep elsewhere leaves the row alone.
        auto other = m_one->openDatabase();
        QVERIFY(other);
        CallService sweeper((*other)->database(), m_clock);
        SyncService otherSync((*other)->database(), m_clock);
        AuditLog otherAudit((*other)->database(), m_clock);
        QVERIFY(sweeper.closeDangling(otherSync, otherAudit));
        QCOMPARE(callRows(ghostId), QStringList { u"started|-|"_s });
    } // the dying instance's session ends: its locks go with it

    auto database = m_one->openDatabase();
    QVERIFY(database);
    CallService sweeper((*database)->database(), m_clock);
    SyncService sync((*database)->database(), m_clock);
    AuditLog audit((*database)->database(), m_clock);
    auto closed = sweeper.closeDangling(sync, audit);
    QVERIFY2(closed, closed ? "" : qPrintable(closed.error().fullText()));
    QCOMPARE(callRows(ghostId), QStringList { u"started|ended|server_lost"_s });
    QCOMPARE(callRows(liveId), QStringList { u"started|-|"_s }); // instance 1's, live: kept
    // The live call goes on and ends as ever.
    QCOMPARE(request(*m_docClient, u"call_end"_s, { { u"call_id"_s, liveId } }).type, u"ok"_s);
    QVERIFY(takePush(*joined, u"call_ended"_s));
    QTRY_COMPARE(callRows(liveId), QStringList { u"started|ended|ended"_s });
}

std::unique_ptr<Desk> TestCallInstances::desk(test::TestServer &server, const QString &username)
{
    auto desk = std::make_unique<Desk>();
    auto store = EncryptedStore::create(
            m_dir.filePath(u"%1-%2.db"_s.arg(username).arg(m_nextStore++)),
            SecureBytes::fromUtf8(test::syncPassword), test::fastStoreOptions());
    if (!store)
        return nullptr;
    desk->store = std::move(store).value();
    desk->connection = std::make_unique<ServerConnection>(u"tst-callinstances"_s);
    ServerConnection &connection = *desk->connection;
    connection.setPinnedFingerprint(server.identity().fingerprint());
    connection.connectTo(*ServerAddress::parse(server.url()));
    if (!QTest::qWaitFor([&] { return connection.state() == ServerConnection::State::Ready; },
                         RawClient::waitMs))
        return nullptr;
    std::optional<ServerReply> reply;
    connection.signIn(username, test::syncPassword, {}, [&](const ServerReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, RawClient::waitMs) || !reply->ok())
        return nullptr;
    const QString accountId = connection.session().accountId;
    desk->registration = std::make_unique<CallKeyRegistration>(desk->store->database(), accountId,
                                                               connection, m_clock);
    QSignalSpy registered(desk->registration.get(), &CallKeyRegistration::registered);
    if (!registered.wait(RawClient::waitMs))
        return nullptr;
    desk->calls =
            std::make_unique<CallClient>(connection, desk->store->database(), accountId, m_clock);
    QObject::connect(desk->calls.get(), &CallClient::callEnded, desk->calls.get(),
                     [d = desk.get()](CallClient::EndReason reason) { d->endings << reason; });
    return desk;
}

// The desktop's CallClient: the patient's computer, connected to instance 2, is rung for the
// doctor's call on instance 1, joins it there by itself (a second connection on the same
// session, the certificate pinned for its own server), answers; sealed frames go both ways
// over the call's transports; the patient hangs up and the doctor hears it.
void TestCallInstances::desktopClientsCallAcrossInstances()
{
    auto doctor = desk(*m_one, u"doc"_s);
    auto patient = desk(*m_two, u"pat"_s);
    QVERIFY(doctor && patient);
    using State = CallClient::State;
    doctor->calls->startCall(m_video);
    QTRY_COMPARE_WITH_TIMEOUT(patient->calls->state(), State::Ringing, RawClient::waitMs);
    QCOMPARE(doctor->calls->state(), State::Calling);
    QCOMPARE(patient->calls->callId(), doctor->calls->callId());
    QCOMPARE(patient->calls->safetyCode(), doctor->calls->safetyCode());
    patient->calls->accept();
    QTRY_VERIFY_WITH_TIMEOUT(patient->calls->state() == State::InCall
                                     && doctor->calls->state() == State::InCall,
                             RawClient::waitMs);
    // The patient's own connection (to instance 2) hears "answered elsewhere" for this call:
    // the call goes on, on the anchor.
    QTest::qWait(quietMs);
    QCOMPARE(patient->calls->state(), State::InCall);

    const auto sealed = [](quint8 participant, quint64 counter) -> QByteArray {
        QByteArray frame =
                SFrameHeader { CallKeys::keyId(participant, CallKeys::Stream::Video), counter }
                        .encode();
        frame += QByteArray(48, 'x');
        return frame;
    };
    for (quint64 counter = 1; counter <= 3; ++counter) {
        doctor->calls->transport().send(sealed(0, counter));
        patient->calls->transport().send(sealed(1, counter));
    }
    QTRY_COMPARE_WITH_TIMEOUT(patient->calls->transport().receivedCount(), quint64(3),
                              RawClient::waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(doctor->calls->transport().receivedCount(), quint64(3),
                              RawClient::waitMs);
    QCOMPARE(patient->calls->transport().unsentCount(), quint64(0));

    patient->calls->hangUp();
    QCOMPARE(patient->calls->state(), State::Ended);
    QTRY_COMPARE_WITH_TIMEOUT(doctor->calls->state(), State::Ended, RawClient::waitMs);
    QCOMPARE(doctor->calls->endReason(), CallClient::EndReason::Ended);
    QTRY_COMPARE_WITH_TIMEOUT(callRows(doctor->calls->callId()),
                              QStringList { u"started|ended|ended"_s }, RawClient::waitMs);
    QCOMPARE(patient->endings, QList<CallClient::EndReason> { CallClient::EndReason::Ended });

    // A second call, declined from the ringing computer: the decline reaches the doctor.
    doctor->calls->startCall(m_video);
    QTRY_COMPARE_WITH_TIMEOUT(patient->calls->state(), State::Ringing, RawClient::waitMs);
    patient->calls->decline();
    QTRY_COMPARE_WITH_TIMEOUT(doctor->calls->state(), State::Ended, RawClient::waitMs);
    QCOMPARE(doctor->calls->endReason(), CallClient::EndReason::Declined);
}

QTEST_GUILESS_MAIN(TestCallInstances)
#include "tst_callinstances.moc"
