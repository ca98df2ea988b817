// The desktop's side of a video call (issue 13) against the real server in-process: real
// ServerConnections with their own encrypted stores, each user's CallClient, and the media
// pipeline (CallMedia with the synthetic test pattern and tones) over the server's relay.
// Calls answered, declined, cancelled, unanswered, busy; a link cut under a call and back
// (rejoin); the server restarted under a call; strangers and signed-out connections kept out;
// a peer's changed key stopping the call until the user accepts it.

#include "calls/callclient.h"
#include "crypto/callkeys.h"
#include "media/callmedia.h"
#include "media/capturingaudiosink.h"
#include "media/mediaquality.h"
#include "media/synthetictonesource.h"
#include "media/syntheticvideosource.h"
#include "media/testpattern.h"
#include "protocol/mediaframe.h"
#include "storetestsupport.h"
#include "sync/callkeyregistration.h"
#include "syncfixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace clinic;
using namespace clinic::calls;
using namespace Qt::StringLiterals;
using State = CallClient::State;
using EndReason = CallClient::EndReason;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 ringTimeoutMs = 1500;
constexpr qint64 graceMs = 5000;
constexpr int waitMs = 10000;
constexpr int quietMs = 300;
constexpr double doctorHz = 440.0;
constexpr double patientHz = 660.0;
const QString lostMessage = u"The call ended: the connection to the server was lost."_s;

// A TCP link between a client and the server that the test can cut, as a network would: every
// byte passes both ways untouched (TLS included) until cut() aborts both sides.
class CuttableLink : public QObject
{
public:
    explicit CuttableLink(quint16 serverPort) : m_serverPort(serverPort)
    {
        m_listener.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *inner = m_listener.nextPendingConnection())
                pair(inner);
        });
    }
    // Its sockets go first, quietly: a socket aborted in its destructor would tell this half
    // torn down object that it disconnected.
    ~CuttableLink() override
    {
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
        qDeleteAll(sockets);
    }
    quint16 port() const { return m_listener.serverPort(); }
    void setServerPort(quint16 port) { m_serverPort = port; }
    void cut()
    {
        const QList<QPointer<QTcpSocket>> sockets(m_sockets.cbegin(), m_sockets.cend());
        for (const QPointer<QTcpSocket> &socket : sockets) {
            if (socket)
                socket->abort();
        }
    }

private:
    void pair(QTcpSocket *inner)
    {
        auto *outer = new QTcpSocket(this);
        inner->setParent(this);
        m_sockets << inner << outer;
        QObject::connect(inner, &QTcpSocket::readyRead, outer, [inner, outer] {
            if (outer->state() == QAbstractSocket::ConnectedState)
                outer->write(inner->readAll());
        });
        QObject::connect(outer, &QTcpSocket::connected, inner,
                         [inner, outer] { outer->write(inner->readAll()); });
        QObject::connect(outer, &QTcpSocket::readyRead, inner,
                         [inner, outer] { inner->write(outer->readAll()); });
        for (auto [from, to] : { std::pair(inner, outer), std::pair(outer, inner) }) {
            QObject::connect(from, &QTcpSocket::disconnected, to, [this, from, to] {
                to->disconnectFromHost();
                m_sockets.removeAll(from);
                from->deleteLater();
            });
        }
        outer->connectToHost(QHostAddress::LocalHost, m_serverPort);
    }

    QTcpServer m_listener;
    quint16 m_serverPort;
    QList<QTcpSocket *> m_sockets;
};

// One user on their own computer: store, connection (through a link the test can cut), the
// call key registered at sign-in, and their CallClient with what it said.
struct User
{
    QString username;
    QString accountId;
    std::unique_ptr<EncryptedStore> store;
    std::unique_ptr<CuttableLink> link;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<CallKeyRegistration> registration;
    std::unique_ptr<CallClient> calls;
    QStringList failures;
    QStringList incoming;
    QList<State> states;
    int keyWarnings = 0;
    QList<std::pair<EndReason, QString>> endings;
    int mediaFrames = 0; // every media frame this connection received, whatever its handle

    QSqlDatabase db() const { return store->database(); }
    State state() const { return calls->state(); }
};

// One side's media in a call: synthetic devices, CallMedia on the CallClient's transport, and
// what reached it.
struct MediaSide
{
    MediaSide(CallClient &client, double toneHz)
        : video(Clock::system(), 320, 240, 30), audio(Clock::system(), toneHz)
    {
        media::CallMediaConfig config;
        config.participant = client.participant();
        config.peer = client.peerParticipant();
        config.video.width = 320;
        config.video.height = 240;
        config.video.bitrateKbps = 400;
        auto made = media::CallMedia::create(Clock::system(), client.callSecret(),
                                             client.callId().toUtf8(), config,
                                             { &client.transport(), &video, &audio, &sink });
        if (!made)
            qFatal("CallMedia: %s", qPrintable(made.error().fullText()));
        media = std::move(made).value();
        QObject::connect(media.get(), &media::CallMedia::remoteFrameDecoded, media.get(),
                         [this](const media::VideoFrame &frame) { frames << frame; });
        QObject::connect(media.get(), &media::CallMedia::chatReceived, media.get(),
                         [this](const QString &text, qint64) { chat << text; });
        sink.start();
        media->start();
        video.start();
        audio.start();
    }
    ~MediaSide()
    {
        video.stop();
        audio.stop();
        media->stop();
        sink.stop();
    }

    media::SyntheticVideoSource video;
    media::SyntheticToneSource audio;
    media::CapturingAudioSink sink;
    std::unique_ptr<media::CallMedia> media;
    QList<media::VideoFrame> frames;
    QStringList chat;
};

double lowestLumaPsnr(const QList<media::VideoFrame> &frames)
{
    double lowest = 1e9;
    for (const media::VideoFrame &received : frames) {
        const media::VideoFrame sent = media::TestPattern::render(
                received.width, received.height, received.frameNumber, received.captureTimeUs);
        const auto psnr = media::MediaQuality::psnr(sent, received);
        lowest = std::min(lowest, psnr ? psnr->luma : -1.0);
    }
    return lowest;
}

} // namespace

class TestCallClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void connectionRoutesMediaAndCallPushes();
    void callIsAnsweredCarriesMediaAndEnds();
    void declined();
    void cancelledBeforeTheAnswer();
    void unanswered();
    void busyWithAnotherCall();
    void linkCutThenRejoined();
    void changedKeyWarnsAndWaitsForTheUser();
    void ringSealedForAnotherComputerIsLeftToIt();
    void rejoinGivesUpAfterTheGrace();
    void serverRestartEndsTheCall();

private:
    std::unique_ptr<User> makeUser(const QString &username);
    // Connects and signs in; with calls, registers the call key and makes the CallClient.
    bool signIn(User &user, bool withCalls = true);
    QString addAppointment(const QString &patientId, const QString &doctorId);
    // The doctor calls the patient for the visit and the patient answers.
    bool answeredCall(User &doctor, User &patient, const QString &appointmentId);
    static bool staysQuiet(const User &user);

    test::ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<User> m_doc, m_doc2, m_pat, m_pia;
    QString m_visit, m_doc2Visit, m_piaVisit;
    int m_nextAppointment = 1;
    int m_nextStore = 1;
};

void TestCallClient::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    ServerLimits limits;
    limits.ringTimeoutMs = ringTimeoutMs;
    limits.callRejoinGraceMs = graceMs;
    // The suite's clock barely moves and it places many calls; the ring limit is tst_calls'.
    limits.callInvitesPerMinute = 1000;
    limits.callInvitesPerHour = 100000; // the hour's bounds are tst_callattack's
    limits.callRingsPerPatientHour = 100000;
    m_server->setLimits(limits);
    m_server->setClock(m_clock);
    const QString docId = m_server->addAccount(u"doc"_s, Role::Doctor);
    const QString doc2Id = m_server->addAccount(u"doc2"_s, Role::Doctor);
    const QString patId = m_server->addAccount(u"pat"_s, Role::Patient);
    const QString piaId = m_server->addAccount(u"pia"_s, Role::Patient);
    QVERIFY(!docId.isEmpty() && !doc2Id.isEmpty() && !patId.isEmpty() && !piaId.isEmpty());
    m_visit = addAppointment(patId, docId);
    m_doc2Visit = addAppointment(patId, doc2Id);
    m_piaVisit = addAppointment(piaId, docId);
    QVERIFY(!m_visit.isEmpty() && !m_doc2Visit.isEmpty() && !m_piaVisit.isEmpty());
    QVERIFY(m_server->start());
    m_port = m_server->port();

    m_doc = makeUser(u"doc"_s);
    m_doc2 = makeUser(u"doc2"_s);
    m_pat = makeUser(u"pat"_s);
    m_pia = makeUser(u"pia"_s);
    for (User *user : { m_doc.get(), m_doc2.get(), m_pat.get(), m_pia.get() })
        QVERIFY2(signIn(*user), qPrintable(user->username));
    QCOMPARE(m_pat->accountId, patId);
    // The doctor's computer has the visit, with the patient's name (as a sync would bring it).
    QSqlQuery visit(m_doc->db());
    visit.prepare(u"INSERT INTO appointment (id, updated_at, patient_id, patient_name, "
                  u"provider_id, location_id, modality, start_at, end_at, status, created_at) "
                  u"VALUES (?, 0, ?, 'Pat Test', ?, 'loc', 'video', 0, 0, 'confirmed', 0)"_s);
    visit.addBindValue(m_visit);
    visit.addBindValue(patId);
    visit.addBindValue(docId);
    QVERIFY2(visit.exec(), qPrintable(visit.lastError().text()));
}

void TestCallClient::init()
{
    for (User *user : { m_doc.get(), m_doc2.get(), m_pat.get(), m_pia.get() }) {
        QTRY_COMPARE_WITH_TIMEOUT(user->connection->state(), ServerConnection::State::SignedIn,
                                  waitMs);
        QVERIFY(!user->calls->inCall());
        user->failures.clear();
        user->incoming.clear();
        user->endings.clear();
        user->states.clear();
        user->keyWarnings = 0;
        user->mediaFrames = 0;
    }
}

// A test that failed half-way leaves no call behind for the next.
void TestCallClient::cleanup()
{
    for (User *user : { m_doc.get(), m_doc2.get(), m_pat.get(), m_pia.get() }) {
        if (user->calls->inCall())
            user->calls->hangUp();
    }
    QTest::qWait(100);
}

void TestCallClient::cleanupTestCase()
{
    m_doc.reset();
    m_doc2.reset();
    m_pat.reset();
    m_pia.reset();
    m_server.reset();
}

std::unique_ptr<User> TestCallClient::makeUser(const QString &username)
{
    auto user = std::make_unique<User>();
    user->username = username;
    const QString path = m_dir.filePath(u"%1-%2.db"_s.arg(username).arg(m_nextStore++));
    auto store = EncryptedStore::create(path, SecureBytes::fromUtf8(test::syncPassword),
                                        test::fastStoreOptions());
    if (!store)
        qFatal("store: %s", qPrintable(store.error().fullText()));
    user->store = std::move(store).value();
    user->link = std::make_unique<CuttableLink>(m_port);
    user->connection = std::make_unique<ServerConnection>(u"tst-callclient"_s);
    user->connection->setPinnedFingerprint(m_server->identity().fingerprint());
    user->connection->setTimings(30000, 10000, 300); // reconnect within 300 ms
    QObject::connect(user->connection.get(), &ServerConnection::mediaFrameReceived,
                     user->connection.get(), [u = user.get()] { ++u->mediaFrames; });
    return user;
}

bool TestCallClient::signIn(User &user, bool withCalls)
{
    ServerConnection &connection = *user.connection;
    connection.connectTo(*ServerAddress::parse(u"wss://127.0.0.1:%1"_s.arg(user.link->port())));
    if (!QTest::qWaitFor([&] { return connection.state() == ServerConnection::State::Ready; },
                         waitMs))
        return false;
    std::optional<ServerReply> reply;
    connection.signIn(user.username, test::syncPassword, {},
                      [&](const ServerReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, waitMs) || !reply->ok())
        return false;
    user.accountId = connection.session().accountId;
    if (!withCalls)
        return true;
    user.registration =
            std::make_unique<CallKeyRegistration>(user.db(), user.accountId, connection, m_clock);
    QSignalSpy registered(user.registration.get(), &CallKeyRegistration::registered);
    if (!registered.wait(waitMs))
        return false;
    user.calls = std::make_unique<CallClient>(connection, user.db(), user.accountId, m_clock);
    user.calls->setRejoinGraceMs(graceMs);
    CallClient *calls = user.calls.get();
    QObject::connect(calls, &CallClient::failed, calls,
                     [u = &user](const QString &message) { u->failures << message; });
    QObject::connect(calls, &CallClient::incomingCall, calls,
                     [u = &user](const QString &name, const QString &) { u->incoming << name; });
    QObject::connect(calls, &CallClient::stateChanged, calls,
                     [u = &user](State state) { u->states << state; });
    QObject::connect(calls, &CallClient::peerKeyChanged, calls, [u = &user] { ++u->keyWarnings; });
    QObject::connect(calls, &CallClient::callEnded, calls,
                     [u = &user](EndReason reason, const QString &message) {
                         u->endings << std::pair(reason, message);
                     });
    return true;
}

QString TestCallClient::addAppointment(const QString &patientId, const QString &doctorId)
{
    return m_server->addAppointment(u"appt-%1"_s.arg(m_nextAppointment++), patientId, doctorId,
                                    m_clock.nowMs() + 5 * minuteMs, m_clock.nowMs());
}

bool TestCallClient::answeredCall(User &doctor, User &patient, const QString &appointmentId)
{
    doctor.calls->startCall(appointmentId);
    if (!QTest::qWaitFor([&] { return patient.state() == State::Ringing; }, waitMs))
        return false;
    if (doctor.state() != State::Calling)
        return false;
    patient.calls->accept();
    return QTest::qWaitFor(
            [&] { return patient.state() == State::InCall && doctor.state() == State::InCall; },
            waitMs);
}

bool TestCallClient::staysQuiet(const User &user)
{
    const int frames = user.mediaFrames;
    QTest::qWait(quietMs);
    return user.mediaFrames == frames;
}

// ServerConnection's media path against a hand-written server: media frames are routed before
// message decoding, a too-short one is ignored (the connection stays), call pushes come out by
// their own signal, and nothing is sent as media before sign-in.
void TestCallClient::connectionRoutesMediaAndCallPushes()
{
    QWebSocketServer fake(u"fake"_s, QWebSocketServer::NonSecureMode);
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    QWebSocket *peer = nullptr;
    QList<QByteArray> toServer;
    connect(&fake, &QWebSocketServer::newConnection, this, [&] {
        peer = fake.nextPendingConnection();
        connect(peer, &QWebSocket::binaryMessageReceived, peer, [&](const QByteArray &frame) {
            toServer << frame;
            auto hello = Message::decode(frame);
            if (hello && hello->type == u"hello")
                peer->sendBinaryMessage(
                        Message::reply(u"hello"_s, hello->id, { { u"protocol"_s, 1 } }).encode());
        });
    });
    ServerConnection connection(u"tst-callclient"_s);
    QList<std::pair<quint32, QByteArray>> media;
    QStringList pushes;
    connect(&connection, &ServerConnection::mediaFrameReceived, this,
            [&](quint32 handle, const QByteArray &sframe) { media << std::pair(handle, sframe); });
    connect(&connection, &ServerConnection::callPushed, this,
            [&](const Message &push) { pushes << push.type; });
    connection.connectTo(*ServerAddress::parse(u"ws://127.0.0.1:%1"_s.arg(fake.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Ready, waitMs);

    QVERIFY(!connection.sendMediaFrame(7, "sealed"_ba)); // not signed in: dropped here
    peer->sendBinaryMessage("\x00\x01\x02"_ba); // too short: ignored, not a close
    peer->sendBinaryMessage(MediaFrame::encode(0xfffffffe, "sealed frame"_ba));
    peer->sendBinaryMessage(
            Message { u"call_ended"_s, 0, { { u"call_id"_s, u"c-1"_s } } }.encode());
    QTRY_COMPARE_WITH_TIMEOUT(pushes, QStringList { u"call_ended"_s }, waitMs);
    QCOMPARE(media, (QList { std::pair(0xfffffffeu, "sealed frame"_ba) }));
    QCOMPARE(connection.state(), ServerConnection::State::Ready);
    QCOMPARE(toServer.size(), 1); // the hello, and no media
    QCOMPARE(MediaFrame::encode(0x01020304, "x"_ba), QByteArray::fromHex("000102030478"));
    delete peer;
}

// The whole of a call: the doctor calls, the patient's computer checks and opens the ring and
// answers; pictures, sound and chat cross the relay both ways; both show the same safety code;
// a stranger and a signed-out connection get nothing and cannot take the call; it ends.
void TestCallClient::callIsAnsweredCarriesMediaAndEnds()
{
    m_doc->calls->startCall(m_visit);
    QCOMPARE(m_doc->state(), State::Preparing);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ringing, waitMs);
    QCOMPARE(m_doc->state(), State::Calling);
    QCOMPARE(m_pat->incoming, QStringList { u"doc Test"_s });
    QCOMPARE(m_pat->calls->appointmentId(), m_visit);
    QCOMPARE(m_pat->calls->peerName(), u"doc Test"_s);
    QCOMPARE(m_doc->calls->peerName(), u"Pat Test"_s); // from the doctor's own copy of the visit
    QCOMPARE(m_pat->calls->callId(), m_doc->calls->callId());
    QCOMPARE(m_doc->calls->peerKeyStatus(), CallClient::PeerKey::FirstSeen);
    QCOMPARE(m_pat->calls->peerKeyStatus(), CallClient::PeerKey::FirstSeen);
    QVERIFY(m_doc->calls->isCaller() && !m_pat->calls->isCaller());
    QCOMPARE(m_doc->calls->participant(), quint8(0));
    QCOMPARE(m_pat->calls->participant(), quint8(1));
    QVERIFY(m_pat->calls->callSecret().equals(m_doc->calls->callSecret()));
    const QString code = m_doc->calls->safetyCode();
    QCOMPARE(code.size(), 6 * 4 + 5);
    QCOMPARE(m_pat->calls->safetyCode(), code);
    QVERIFY(m_pia->incoming.isEmpty());

    m_pat->calls->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::InCall, waitMs);
    QCOMPARE(m_pat->state(), State::InCall);
    QCOMPARE(m_doc->calls->transport().handle(), m_pat->calls->transport().handle());
    QCOMPARE(m_doc->states, (QList<State> { State::Preparing, State::Calling, State::InCall }));

    // Strangers: another patient cannot answer or rejoin it, and gets no frame.
    const QString callId = m_doc->calls->callId();
    std::optional<ServerReply> stranger;
    for (const QString &type : { u"call_accept"_s, u"call_rejoin"_s }) {
        stranger.reset();
        m_pia->connection->request(type, { { u"call_id"_s, callId } },
                                   [&](const ServerReply &reply) { stranger = reply; });
        QTRY_VERIFY_WITH_TIMEOUT(stranger.has_value(), waitMs);
        QVERIFY(stranger->error == ProtocolError::NotFound);
    }
    // A connection of the patient's own that signed out has no part in it either (no call
    // key of its own: it would stand in for the patient's computer's at the server).
    auto signedOut = makeUser(u"pat"_s);
    QVERIFY(signIn(*signedOut, false));
    std::optional<ServerReply> out;
    signedOut->connection->signOut([&](const ServerReply &reply) { out = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value() && out->ok(), waitMs);
    out.reset();
    signedOut->connection->request(u"call_rejoin"_s, { { u"call_id"_s, callId } },
                                   [&](const ServerReply &reply) { out = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), waitMs);
    QVERIFY(out->error == ProtocolError::Unauthenticated);
    // ...nor can it send media (dropped before the wire).
    QVERIFY(!signedOut->connection->sendMediaFrame(m_doc->calls->transport().handle(), "x"_ba));

    {
        MediaSide doctor(*m_doc->calls, doctorHz);
        MediaSide patient(*m_pat->calls, patientHz);
        QTRY_VERIFY_WITH_TIMEOUT(doctor.frames.size() >= 30 && patient.frames.size() >= 30, 20000);
        QVERIFY(doctor.media->sendChat(u"Good morning. Can you hear me?"_s));
        QVERIFY(patient.media->sendChat(u"Sí, le oigo bien ✓"_s));
        QTRY_COMPARE_WITH_TIMEOUT(patient.chat, QStringList { u"Good morning. Can you hear me?"_s },
                                  waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(doctor.chat, QStringList { u"Sí, le oigo bien ✓"_s }, waitMs);
        QVERIFY2(lowestLumaPsnr(patient.frames) > 30,
                 qPrintable(QString::number(lowestLumaPsnr(patient.frames))));
        QVERIFY2(lowestLumaPsnr(doctor.frames) > 30,
                 qPrintable(QString::number(lowestLumaPsnr(doctor.frames))));
        const auto heardByPatient = media::MediaQuality::dominantTone(patient.sink.samples());
        const auto heardByDoctor = media::MediaQuality::dominantTone(doctor.sink.samples());
        QVERIFY2(qAbs(heardByPatient.frequencyHz - doctorHz) < 10,
                 qPrintable(QString::number(heardByPatient.frequencyHz)));
        QVERIFY2(qAbs(heardByDoctor.frequencyHz - patientHz) < 10,
                 qPrintable(QString::number(heardByDoctor.frequencyHz)));
        QVERIFY(m_doc->calls->transport().sentCount() > 0);
        QVERIFY(m_pat->calls->transport().receivedCount() > 0);
        QCOMPARE(m_pia->mediaFrames, 0);
        QCOMPARE(signedOut->mediaFrames, 0);

        m_doc->calls->hangUp();
        QCOMPARE(m_doc->state(), State::Ended);
        QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
    }
    QCOMPARE(m_doc->endings.size(), 1);
    QCOMPARE(m_doc->endings.first(), std::pair(EndReason::Ended, u"You ended the call."_s));
    QCOMPARE(m_pat->endings.size(), 1);
    QCOMPARE(m_pat->endings.first(), std::pair(EndReason::Ended, u"doc Test ended the call."_s));
    QVERIFY(m_pat->calls->callSecret().isEmpty()); // wiped with the call
    QVERIFY(m_doc->failures.isEmpty() && m_pat->failures.isEmpty());
    QVERIFY(staysQuiet(*m_pat)); // the relay carries nothing more

    // The second call between them finds the same keys.
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    QCOMPARE(m_doc->calls->peerKeyStatus(), CallClient::PeerKey::Same);
    QCOMPARE(m_pat->calls->peerKeyStatus(), CallClient::PeerKey::Same);
    QVERIFY(m_doc->calls->safetyCode() != code); // a code per call
    m_pat->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Ended, waitMs);
}

void TestCallClient::declined()
{
    m_doc->calls->startCall(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ringing, waitMs);
    m_pat->calls->decline();
    QCOMPARE(m_pat->state(), State::Ended);
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Ended, waitMs);
    QCOMPARE(m_doc->calls->endReason(), EndReason::Declined);
    QCOMPARE(m_doc->calls->endMessage(), u"Pat Test declined the call."_s);
    QCOMPARE(m_pat->calls->endReason(), EndReason::Declined);
}

void TestCallClient::cancelledBeforeTheAnswer()
{
    m_doc->calls->startCall(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ringing, waitMs);
    m_doc->calls->hangUp();
    QCOMPARE(m_doc->calls->endReason(), EndReason::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
    QCOMPARE(m_pat->calls->endReason(), EndReason::Cancelled);
    QCOMPARE(m_pat->calls->endMessage(), u"doc Test hung up before you answered."_s);
    m_pat->calls->accept(); // too late: nothing happens
    QCOMPARE(m_pat->state(), State::Ended);

    // Hung up while still preparing: nothing rings, and the next call goes through.
    m_pat->incoming.clear();
    m_doc->calls->startCall(m_visit);
    m_doc->calls->hangUp();
    QCOMPARE(m_doc->state(), State::Ended);
    QTest::qWait(quietMs);
    QVERIFY(m_pat->incoming.isEmpty());
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
}

void TestCallClient::unanswered()
{
    m_doc->calls->startCall(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ringing, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Ended, int(ringTimeoutMs) + waitMs);
    QCOMPARE(m_doc->calls->endReason(), EndReason::NoAnswer);
    QCOMPARE(m_doc->calls->endMessage(), u"Pat Test did not answer."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
    QCOMPARE(m_pat->calls->endMessage(), u"You missed a call from doc Test."_s);
}

void TestCallClient::busyWithAnotherCall()
{
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    m_doc2->calls->startCall(m_doc2Visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_doc2->state(), State::Ended, waitMs);
    QCOMPARE(m_doc2->calls->endReason(), EndReason::Busy);
    QCOMPARE(m_pat->state(), State::InCall); // never rung
    QCOMPARE(m_pat->incoming.size(), 1);
    // A call of the doctor's own while one is on is refused here, before the server.
    m_doc->calls->startCall(m_piaVisit);
    QCOMPARE(m_doc->failures.size(), 1);
    QCOMPARE(m_doc->state(), State::InCall);
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
}

// The patient's link is cut mid-call: the doctor sees them away, the patient's computer
// reconnects, signs in again and rejoins, and media flows again both ways.
void TestCallClient::linkCutThenRejoined()
{
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    MediaSide doctor(*m_doc->calls, doctorHz);
    MediaSide patient(*m_pat->calls, patientHz);
    QTRY_VERIFY_WITH_TIMEOUT(doctor.frames.size() >= 5 && patient.frames.size() >= 5, waitMs);

    m_pat->link->cut();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::PeerAway, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::InCall, waitMs);
    QCOMPARE(m_pat->states.mid(m_pat->states.size() - 2),
             (QList<State> { State::Reconnecting, State::InCall }));
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::InCall, waitMs);
    const qsizetype doctorSaw = doctor.frames.size();
    const qsizetype patientSaw = patient.frames.size();
    QTRY_VERIFY_WITH_TIMEOUT(doctor.frames.size() > doctorSaw + 10
                                     && patient.frames.size() > patientSaw + 10,
                             waitMs);
    QVERIFY(patient.media->sendChat(u"I'm back."_s));
    QTRY_COMPARE_WITH_TIMEOUT(doctor.chat, QStringList { u"I'm back."_s }, waitMs);
    QVERIFY(m_doc->endings.isEmpty() && m_pat->endings.isEmpty());
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
}

// A peer key that is not the one of the last call: a warning, and the call waits for the user.
void TestCallClient::changedKeyWarnsAndWaitsForTheUser()
{
    // The patient's computer remembers another key for the doctor.
    QVERIFY(CallIdentity::acceptPeerKey(m_pat->db(), m_doc->accountId,
                                        CallKeys::generateKeyPair().publicKey, m_clock));
    m_doc->calls->startCall(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ringing, waitMs);
    QCOMPARE(m_pat->keyWarnings, 1);
    QCOMPARE(m_pat->calls->peerKeyStatus(), CallClient::PeerKey::Changed);
    QVERIFY(!m_pat->calls->peerKeyTrusted());
    m_pat->calls->accept(); // refused until the user accepts the key
    QCOMPARE(m_pat->failures.size(), 1);
    QCOMPARE(m_pat->state(), State::Ringing);
    m_pat->calls->trustPeerKey();
    m_pat->calls->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::InCall, waitMs);
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);

    // The doctor's computer remembers another key for the patient: no invite goes out.
    QVERIFY(CallIdentity::acceptPeerKey(m_doc->db(), m_pat->accountId,
                                        CallKeys::generateKeyPair().publicKey, m_clock));
    m_doc->calls->startCall(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->keyWarnings, 1, waitMs);
    QCOMPARE(m_doc->state(), State::Preparing);
    QCOMPARE(m_doc->calls->peerKeyStatus(), CallClient::PeerKey::Changed);
    QTest::qWait(quietMs);
    QCOMPARE(m_pat->state(), State::Ended); // not rung
    m_doc->calls->trustPeerKey();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ringing, waitMs);
    QCOMPARE(m_pat->calls->peerKeyStatus(), CallClient::PeerKey::Same); // accepted above
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
    // Accepted: the next call is as usual.
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    QCOMPARE(m_doc->calls->peerKeyStatus(), CallClient::PeerKey::Same);
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
}

// The patient signs in on a second computer, whose key the server now holds: the call is
// sealed to it. The first computer cannot open the ring; it says so and leaves the call to the
// other (declining would end it there too). The doctor, who met the first computer's key,
// is warned first.
void TestCallClient::ringSealedForAnotherComputerIsLeftToIt()
{
    auto laptop = makeUser(u"pat"_s);
    QVERIFY(signIn(*laptop));
    m_doc->calls->startCall(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->keyWarnings, 1, waitMs);
    m_doc->calls->trustPeerKey();
    QTRY_COMPARE_WITH_TIMEOUT(laptop->state(), State::Ringing, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->failures.size(), 1, waitMs);
    QVERIFY2(m_pat->failures.first().contains(u"another computer"_s),
             qPrintable(m_pat->failures.first()));
    QVERIFY(!m_pat->calls->inCall());
    laptop->calls->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::InCall, waitMs);
    QCOMPARE(laptop->calls->safetyCode(), m_doc->calls->safetyCode());
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(laptop->state(), State::Ended, waitMs);
    laptop.reset();

    // Back to the first computer: its key is registered again at its next sign-in, and the
    // doctor's computer is told to expect it (as its user would, comparing the code).
    QSignalSpy registered(m_pat->registration.get(), &CallKeyRegistration::registered);
    m_pat->link->cut();
    QVERIFY(registered.wait(waitMs));
    auto own = CallIdentity::ownKeys(m_pat->db(), m_pat->accountId, m_clock);
    QVERIFY(own);
    QVERIFY(CallIdentity::acceptPeerKey(m_doc->db(), m_pat->accountId, own->publicKey, m_clock));
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    m_doc->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
}

// Our link stays down past the grace (by the clock): the call ends here, whatever the server
// would say once reached.
void TestCallClient::rejoinGivesUpAfterTheGrace()
{
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Reconnecting, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Reconnecting, waitMs);
    QTest::qWait(quietMs);
    QCOMPARE(m_doc->state(), State::Reconnecting); // within the grace it waits
    m_clock.advance(graceMs + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Ended, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Ended, waitMs);
    QCOMPARE(m_doc->endings, (QList { std::pair(EndReason::ConnectionLost, lostMessage) }));
    QVERIFY(m_server->start(m_port));
}

// The server restarts under a call: it no longer knows the call, so both sides, back and
// signed in again, are told it ended, in words a person understands. Last: it restarts the
// server the other tests use.
void TestCallClient::serverRestartEndsTheCall()
{
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    MediaSide doctor(*m_doc->calls, doctorHz);
    MediaSide patient(*m_pat->calls, patientHz);
    QTRY_VERIFY_WITH_TIMEOUT(patient.frames.size() >= 3, waitMs);
    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Reconnecting, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_pat->state(), State::Reconnecting, waitMs);
    QVERIFY(m_server->start(m_port));
    for (User *user : { m_doc.get(), m_pat.get() }) {
        QTRY_COMPARE_WITH_TIMEOUT(user->state(), State::Ended, waitMs);
        QCOMPARE(user->endings.size(), 1);
        QCOMPARE(user->endings.first(), std::pair(EndReason::ConnectionLost, lostMessage));
        QCOMPARE(user->connection->state(), ServerConnection::State::SignedIn);
    }
    // Calls work again on the new server.
    QVERIFY(answeredCall(*m_doc, *m_pat, m_visit));
    m_pat->calls->hangUp();
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->state(), State::Ended, waitMs);
}

QTEST_GUILESS_MAIN(TestCallClient)
#include "tst_callclient.moc"
