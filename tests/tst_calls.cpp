// Video calls through the real server (issue 13, items 1 and 4 on one instance): call keys,
// the call's life cycle (invite, ring, accept, decline, cancel, no answer, busy, a dropped
// connection rejoining or not, sign-out) and the media relay (frames byte for byte between the
// two participants only, garbage and strangers' frames dropped and counted, a slow receiver
// losing video before audio within bounded memory). Raw clients, so every refusal is seen as
// the wire carries it; on the embedded store and on PostgreSQL (CLINIC_TEST_POSTGRES).

#include "crypto/callkeys.h"
#include "crypto/sframe.h"
#include "domain/appointmentrepository.h"
#include "rawclient.h"
#include "rawwebsocket.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace clinic;
using namespace Qt::StringLiterals;
using test::RawClient;
using test::RawWebSocket;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 ringTimeoutMs = 1500;
constexpr qint64 graceMs = 1000;
constexpr int quietMs = 300; // how long "nothing arrives" is watched
// Calls one doctor may start a minute here: the injected clock hardly moves, so the whole
// suite rings within one minute of it (ringingInALoopIsThrottled lets two go by around it).
constexpr int invitesPerMinute = 20;
constexpr qint64 mediaCap = 4 * 1024 * 1024; // bytes per second: a slow receiver must be flooded

QByteArray mediaFrame(quint32 handle, const QByteArray &sframe)
{
    QByteArray frame = MediaFrame::prefix(handle);
    frame += sframe;
    return frame;
}

// An SFrame-shaped frame without sealing: what the relay can check (header, room for a tag).
QByteArray fakeFrame(quint32 handle, quint8 participant, CallKeys::Stream stream, quint64 counter,
                     qsizetype payloadBytes = 32)
{
    const SFrameHeader header { CallKeys::keyId(participant, stream), counter };
    return mediaFrame(handle, header.encode() + QByteArray(payloadBytes, char(counter & 0x7f)));
}

// The relay's view of the connections, for the queue's rules alone: a receiver whose socket
// takes nothing until the test says so.
class FakeNetwork final : public CallRelay::Network
{
public:
    void push(quint64 connection, const Message &message) override
    {
        pushed << std::pair(connection, message);
    }
    void sendMedia(quint64 connection, const QByteArray &frame) override
    {
        sent << std::pair(connection, frame);
        unsent += blocked ? frame.size() : 0;
    }
    qint64 unsentBytes(quint64) const override { return unsent; }
    QList<quint64> connectionsOf(const QString &accountId) const override
    {
        return accountId == u"callee" ? QList<quint64> { 2 } : QList<quint64> {};
    }

    QList<std::pair<quint64, Message>> pushed;
    QList<std::pair<quint64, QByteArray>> sent;
    qint64 unsent = 0;
    bool blocked = false;
};

} // namespace

class TestCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void keysGoToTheVisitOnly();
    void callRingsIsAnsweredRelaysAndEnds();
    void invitesRefused();
    void signedOutConnectionsHaveNoCalls();
    void declined();
    void cancelled();
    void unanswered();
    void busy();
    void droppedThenRejoined();
    void droppedForGood();
    void signingOutEndsTheCall();
    void callerLostWhileRinging();
    void callMovesToAnotherDevice();
    void movingBackAndForthIsThrottled();
    void strangersCannotTouchACall();
    void garbageAndStrangersFramesAreDropped();
    void slowReceiverLosesVideoFirst();
    void mediaOverTheRateCapIsDropped();
    void queueDropsOldestVideoAndKeepsAudio();
    void aNewConnectionDoesNotRefillTheRateCap();
    void callsAreKeptWithTheVisit();
    void whatTheRelayHandsOverToKeep();
    void ringingInALoopIsThrottled();

private:
    struct Party
    {
        QString username;
        QString accountId;
        CallKeys::KeyPair keys;
    };
    std::unique_ptr<RawClient> signedIn(const QString &username);
    Message request(RawClient &client, const QString &type, const QCborMap &body);
    // The first push of this type (id 0) received, taken out of the list; nullopt on time-out.
    std::optional<Message> takePush(RawClient &client, const QString &type,
                                    int timeoutMs = RawClient::waitMs);
    static int countOf(const RawClient &client, const QString &type);
    QString addAppointment(const QString &patientId, const QString &doctorId,
                           const QString &modality, const QString &status, qint64 startMs);
    QString newCallId();
    // doctor invites for the appointment, the call secret sealed to the patient.
    Message invite(RawClient &doctor, const Party &caller, const Party &callee,
                   const QString &appointmentId, const QString &callId,
                   SecureBytes *callSecret = nullptr);
    // A call between doctor and the patient's connection, answered; returns its handle.
    quint32 answeredCall(RawClient &doctor, const Party &caller, RawClient &patient,
                         const Party &callee, const QString &appointmentId, QString *callId);
    void endCall(RawClient &client, const QString &callId);
    // True when nothing at all (message or media) reaches `client` for quietMs.
    static bool staysQuiet(RawClient &client);

    test::ManualClock m_clock;
    std::unique_ptr<test::TestServer> m_server;
    Party m_doc, m_doc2, m_pat, m_pia;
    QString m_video, m_inPerson, m_requested, m_far, m_doc2Pat, m_doc2Pia, m_piaVideo;
    std::unique_ptr<RawClient> m_docClient, m_doc2Client, m_patA, m_patB, m_piaClient;
    QList<std::pair<RawClient *, QString>> m_calls; // to end after a test, should it fail
    quint64 m_nextId = 100;
    int m_nextCall = 1;
};

void TestCalls::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    ServerLimits limits;
    limits.ringTimeoutMs = ringTimeoutMs;
    limits.callRejoinGraceMs = graceMs;
    limits.mediaBytesPerSecond = mediaCap;
    limits.callInvitesPerMinute = invitesPerMinute;
    // The hour's bounds (per caller, per patient) are tst_callattack's; here the minute's.
    limits.callInvitesPerHour = 100000;
    limits.callRingsPerPatientHour = 100000;
    m_server->setLimits(limits);
    m_server->setClock(m_clock);
    m_doc = { u"doc"_s, m_server->addAccount(u"doc"_s, Role::Doctor), CallKeys::generateKeyPair() };
    m_doc2 = { u"doc2"_s, m_server->addAccount(u"doc2"_s, Role::Doctor),
               CallKeys::generateKeyPair() };
    m_pat = { u"pat"_s, m_server->addAccount(u"pat"_s, Role::Patient),
              CallKeys::generateKeyPair() };
    m_pia = { u"pia"_s, m_server->addAccount(u"pia"_s, Role::Patient),
              CallKeys::generateKeyPair() };
    QVERIFY(!m_doc.accountId.isEmpty() && !m_doc2.accountId.isEmpty());
    QVERIFY(!m_pat.accountId.isEmpty() && !m_pia.accountId.isEmpty());
    const qint64 soon = m_clock.nowMs() + 5 * minuteMs;
    const QString video = u"video"_s, confirmed = u"confirmed"_s;
    m_video = addAppointment(m_pat.accountId, m_doc.accountId, video, confirmed, soon);
    m_inPerson = addAppointment(m_pat.accountId, m_doc.accountId, u"in_person"_s, confirmed, soon);
    m_requested = addAppointment(m_pat.accountId, m_doc.accountId, video, u"requested"_s, soon);
    m_far = addAppointment(m_pat.accountId, m_doc.accountId, video, confirmed,
                           m_clock.nowMs() + 2 * 24 * 60 * minuteMs);
    m_doc2Pat = addAppointment(m_pat.accountId, m_doc2.accountId, video, confirmed, soon);
    m_doc2Pia = addAppointment(m_pia.accountId, m_doc2.accountId, video, confirmed, soon);
    m_piaVideo = addAppointment(m_pia.accountId, m_doc.accountId, video, confirmed, soon);
    QVERIFY(!m_piaVideo.isEmpty());
    QVERIFY(m_server->start());

    m_docClient = signedIn(u"doc"_s);
    m_doc2Client = signedIn(u"doc2"_s);
    m_patA = signedIn(u"pat"_s);
    m_patB = signedIn(u"pat"_s);
    m_piaClient = signedIn(u"pia"_s);
    QVERIFY(m_docClient && m_doc2Client && m_patA && m_patB && m_piaClient);
    const QList<std::pair<RawClient *, const Party *>> registrations {
        { m_docClient.get(), &m_doc },
        { m_doc2Client.get(), &m_doc2 },
        { m_patA.get(), &m_pat },
        { m_piaClient.get(), &m_pia },
    };
    for (const auto &[client, party] : registrations) {
        const Message reply =
                request(*client, u"key_register"_s,
                        { { u"public_key"_s, CallKeys::encodePublicKey(party->keys.publicKey) } });
        QCOMPARE(reply.type, u"ok"_s);
    }
}

// Each test starts with empty inboxes and no call.
void TestCalls::init()
{
    for (RawClient *client :
         { m_docClient.get(), m_doc2Client.get(), m_patA.get(), m_patB.get(), m_piaClient.get() }) {
        QVERIFY(client && !client->closed);
        client->received.clear();
        client->media.clear();
        client->undecoded = 0;
    }
}

// A test that failed half-way leaves no call behind for the next (ended ones are not found).
void TestCalls::cleanup()
{
    const QList<RawClient *> members { m_docClient.get(), m_doc2Client.get() };
    for (const auto &[client, callId] : std::as_const(m_calls)) {
        if (members.contains(client)) // a test's own client is gone, and its calls with it
            request(*client, u"call_end"_s, { { u"call_id"_s, callId } });
    }
    m_calls.clear();
}

void TestCalls::cleanupTestCase()
{
    m_docClient.reset();
    m_doc2Client.reset();
    m_patA.reset();
    m_patB.reset();
    m_piaClient.reset();
    m_server.reset();
}

std::unique_ptr<RawClient> TestCalls::signedIn(const QString &username)
{
    auto client =
            std::make_unique<RawClient>(QUrl(m_server->url()), m_server->identity().fingerprint());
    if (!client->waitConnected() || !client->greet())
        return nullptr;
    const Message reply =
            request(*client, u"sign_in"_s,
                    { { u"username"_s, username }, { u"password"_s, test::syncPassword } });
    if (reply.type != u"signed_in")
        return nullptr;
    client->received.removeIf([](const Message &message) { return message.id != 0; });
    return client;
}

Message TestCalls::request(RawClient &client, const QString &type, const QCborMap &body)
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

std::optional<Message> TestCalls::takePush(RawClient &client, const QString &type, int timeoutMs)
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

int TestCalls::countOf(const RawClient &client, const QString &type)
{
    return int(std::count_if(client.received.cbegin(), client.received.cend(),
                             [&](const Message &message) { return message.type == type; }));
}

QString TestCalls::addAppointment(const QString &patientId, const QString &doctorId,
                                  const QString &modality, const QString &status, qint64 startMs)
{
    return m_server->addAppointment(u"appt-%1"_s.arg(m_nextCall++), patientId, doctorId, startMs,
                                    m_clock.nowMs(), modality, status);
}

QString TestCalls::newCallId()
{
    return u"call-0000-0000-%1"_s.arg(m_nextCall++, 4, 10, QLatin1Char('0'));
}

Message TestCalls::invite(RawClient &doctor, const Party &caller, const Party &callee,
                          const QString &appointmentId, const QString &callId,
                          SecureBytes *callSecret)
{
    SecureBytes secret = CallKeys::newCallSecret();
    auto sealed = CallKeys::sealCallSecret(secret, callId.toUtf8(), caller.keys.secretKey,
                                           callee.keys.publicKey);
    if (!sealed)
        return Message { u"seal failed"_s, 0, {} };
    if (callSecret)
        *callSecret = std::move(secret);
    m_calls.append({ &doctor, callId });
    return request(doctor, u"call_invite"_s,
                   { { u"call_id"_s, callId },
                     { u"appointment_id"_s, appointmentId },
                     { u"secrets"_s, QCborMap { { callee.accountId, sealed.value() } } } });
}

quint32 TestCalls::answeredCall(RawClient &doctor, const Party &caller, RawClient &patient,
                                const Party &callee, const QString &appointmentId, QString *callId)
{
    *callId = newCallId();
    if (invite(doctor, caller, callee, appointmentId, *callId).type != u"ok")
        return 0;
    if (!takePush(patient, u"call_ring"_s))
        return 0;
    const Message accepted = request(patient, u"call_accept"_s, { { u"call_id"_s, *callId } });
    const auto told = takePush(doctor, u"call_accepted"_s);
    if (accepted.type != u"ok" || !told)
        return 0;
    return quint32(accepted.body.value(u"handle"_s).toInteger());
}

void TestCalls::endCall(RawClient &client, const QString &callId)
{
    request(client, u"call_end"_s, { { u"call_id"_s, callId } });
}

bool TestCalls::staysQuiet(RawClient &client)
{
    const qsizetype messages = client.received.size();
    const qsizetype media = client.media.size();
    QTest::qWait(quietMs);
    return client.received.size() == messages && client.media.size() == media;
}

void TestCalls::keysGoToTheVisitOnly()
{
    const Message keys = request(*m_patA, u"call_keys"_s, { { u"appointment_id"_s, m_video } });
    QCOMPARE(keys.type, u"call_keys"_s);
    const QCborMap doctor = keys.body.value(u"doctor"_s).toMap();
    QCOMPARE(doctor.value(u"account_id"_s).toString(), m_doc.accountId);
    QCOMPARE(*CallKeys::decodePublicKey(doctor.value(u"public_key"_s).toString()),
             m_doc.keys.publicKey);
    QCOMPARE(*CallKeys::decodePublicKey(
                     keys.body.value(u"patient"_s).toMap().value(u"public_key"_s).toString()),
             m_pat.keys.publicKey);
    QCOMPARE(request(*m_docClient, u"call_keys"_s, { { u"appointment_id"_s, m_video } }).type,
             u"call_keys"_s);

    QCOMPARE(request(*m_piaClient, u"call_keys"_s, { { u"appointment_id"_s, m_video } })
                     .body.value(u"code"_s)
                     .toString(),
             u"forbidden"_s);
    QCOMPARE(request(*m_doc2Client, u"call_keys"_s, { { u"appointment_id"_s, m_video } })
                     .body.value(u"code"_s)
                     .toString(),
             u"forbidden"_s);
    QCOMPARE(request(*m_patA, u"call_keys"_s, { { u"appointment_id"_s, u"nope"_s } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
    // Keys are 32 bytes of base64url; anything else is refused and changes nothing.
    for (const QCborValue &bad : { QCborValue(u"short"_s), QCborValue(QByteArray(32, 'x')),
                                   QCborValue(QString(43, u'!')), QCborValue(42) }) {
        const Message refused =
                request(*m_piaClient, u"key_register"_s, { { u"public_key"_s, bad } });
        QCOMPARE(refused.body.value(u"code"_s).toString(), u"invalid"_s);
    }
    QCOMPARE(request(*m_piaClient, u"call_keys"_s, { { u"appointment_id"_s, m_piaVideo } })
                     .body.value(u"patient"_s)
                     .toMap()
                     .value(u"public_key"_s)
                     .toString(),
             CallKeys::encodePublicKey(m_pia.keys.publicKey));
}

// The whole of a call: the doctor invites, both of the patient's connections ring, one answers,
// the other stops ringing, sealed frames go both ways byte for byte (and open with keys from the
// secret the patient received), nobody else hears a thing, and the end reaches both.
void TestCalls::callRingsIsAnsweredRelaysAndEnds()
{
    const QString callId = newCallId();
    SecureBytes secret;
    const Message invited = invite(*m_docClient, m_doc, m_pat, m_video, callId, &secret);
    QCOMPARE(invited.type, u"ok"_s);
    QCOMPARE(invited.body.value(u"call_id"_s).toString(), callId);
    const auto ringA = takePush(*m_patA, u"call_ring"_s);
    const auto ringB = takePush(*m_patB, u"call_ring"_s);
    QVERIFY(ringA && ringB);
    QCOMPARE(ringA->body, ringB->body);
    QCOMPARE(ringA->body.value(u"call_id"_s).toString(), callId);
    QCOMPARE(ringA->body.value(u"appointment_id"_s).toString(), m_video);
    QCOMPARE(ringA->body.value(u"caller_name"_s).toString(), u"doc Test"_s);
    const QByteArray callerKey =
            *CallKeys::decodePublicKey(ringA->body.value(u"caller_public_key"_s).toString());
    QCOMPARE(callerKey, m_doc.keys.publicKey);
    auto opened = CallKeys::openCallSecret(ringA->body.value(u"secret"_s).toByteArray(),
                                           callId.toUtf8(), m_pat.keys.secretKey, callerKey);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    QVERIFY(opened.value().equals(secret));

    const Message accepted = request(*m_patB, u"call_accept"_s, { { u"call_id"_s, callId } });
    QCOMPARE(accepted.type, u"ok"_s);
    const quint32 handle = quint32(accepted.body.value(u"handle"_s).toInteger());
    QVERIFY(handle != 0);
    const auto toldCaller = takePush(*m_docClient, u"call_accepted"_s);
    QVERIFY(toldCaller);
    QCOMPARE(toldCaller->body.value(u"handle"_s).toInteger(), qint64(handle));
    const auto stopped = takePush(*m_patA, u"call_ended"_s);
    QVERIFY(stopped);
    QCOMPARE(stopped->body.value(u"reason"_s).toString(), u"answered_elsewhere"_s);
    QCOMPARE(request(*m_patA, u"call_accept"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"invalid"_s);

    // Sealed frames, both ways: the doctor is participant 0, the patient 1.
    auto keyOf = [&](quint8 participant, CallKeys::Stream stream) {
        return CallKeys::senderBaseKey(secret, callId.toUtf8(),
                                       CallKeys::keyId(participant, stream))
                .value();
    };
    auto docVideo = SFrameSealer::create(CallKeys::keyId(0, CallKeys::Stream::Video),
                                         keyOf(0, CallKeys::Stream::Video));
    auto patAudio = SFrameSealer::create(CallKeys::keyId(1, CallKeys::Stream::Audio),
                                         keyOf(1, CallKeys::Stream::Audio));
    QVERIFY(docVideo && patAudio);
    SFrameOpener patOpener, docOpener;
    QVERIFY(patOpener.addKey(CallKeys::keyId(0, CallKeys::Stream::Video),
                             keyOf(0, CallKeys::Stream::Video)));
    QVERIFY(docOpener.addKey(CallKeys::keyId(1, CallKeys::Stream::Audio),
                             keyOf(1, CallKeys::Stream::Audio)));
    QList<QByteArray> sentByDoc, sentByPat;
    for (int i = 0; i < 20; ++i) {
        const QByteArray picture(1000 + i * 500, char('a' + i));
        sentByDoc << mediaFrame(handle, *docVideo->seal(picture));
        sentByPat << mediaFrame(handle, *patAudio->seal(QByteArray(160, char(i))));
        m_docClient->socket.sendBinaryMessage(sentByDoc.last());
        m_patB->socket.sendBinaryMessage(sentByPat.last());
    }
    QTRY_COMPARE(m_patB->media.size(), sentByDoc.size());
    QTRY_COMPARE(m_docClient->media.size(), sentByPat.size());
    QCOMPARE(m_patB->media, sentByDoc);
    QCOMPARE(m_docClient->media, sentByPat);
    for (const QByteArray &frame : std::as_const(m_patB->media))
        QVERIFY(patOpener.open(QByteArrayView(frame).sliced(MediaFrame::prefixBytes)));
    for (const QByteArray &frame : std::as_const(m_docClient->media))
        QVERIFY(docOpener.open(QByteArrayView(frame).sliced(MediaFrame::prefixBytes)));

    // Nobody else: not the connection that stopped ringing, not another patient, even sending
    // with the call's handle.
    const quint64 strayBefore = m_server->callCounts().stray;
    m_piaClient->socket.sendBinaryMessage(fakeFrame(handle, 1, CallKeys::Stream::Audio, 1));
    m_patA->socket.sendBinaryMessage(fakeFrame(handle, 1, CallKeys::Stream::Audio, 2));
    QTRY_COMPARE(m_server->callCounts().stray, strayBefore + 2);
    QVERIFY(m_patA->media.isEmpty());
    QVERIFY(m_piaClient->media.isEmpty());
    QCOMPARE(m_docClient->media.size(), sentByPat.size());
    QCOMPARE(countOf(*m_piaClient, u"call_ring"_s), 0);

    QCOMPARE(request(*m_docClient, u"call_end"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    for (RawClient *side : { m_docClient.get(), m_patB.get() }) {
        const auto ended = takePush(*side, u"call_ended"_s);
        QVERIFY(ended);
        QCOMPARE(ended->body.value(u"reason"_s).toString(), u"ended"_s);
        QVERIFY(!ended->body.value(u"message"_s).toString().isEmpty());
    }
    QVERIFY(staysQuiet(*m_piaClient));
    QCOMPARE(m_patA->media.size(), 0);
    QCOMPARE(countOf(*m_patA, u"call_ended"_s), 0); // it had its call_ended already
}

void TestCalls::invitesRefused()
{
    auto codeOf = [](const Message &reply) {
        return reply.body.value(u"code"_s).toString();
    };
    // Another patient, another doctor: not their visit.
    QCOMPARE(codeOf(invite(*m_piaClient, m_pia, m_pat, m_video, newCallId())), u"forbidden"_s);
    QCOMPARE(codeOf(invite(*m_doc2Client, m_doc2, m_pat, m_video, newCallId())), u"forbidden"_s);
    QCOMPARE(codeOf(invite(*m_patA, m_pat, m_doc, m_video, newCallId())), u"forbidden"_s);
    QCOMPARE(codeOf(invite(*m_docClient, m_doc, m_pat, u"no-such-visit"_s, newCallId())),
             u"not_found"_s);
    // Not a video visit, not confirmed, days away.
    const Message inPerson = invite(*m_docClient, m_doc, m_pat, m_inPerson, newCallId());
    QCOMPARE(codeOf(inPerson), u"invalid"_s);
    QVERIFY(inPerson.body.value(u"message"_s).toString().contains(u"video"_s));
    QCOMPARE(codeOf(invite(*m_docClient, m_doc, m_pat, m_requested, newCallId())), u"invalid"_s);
    QCOMPARE(codeOf(invite(*m_docClient, m_doc, m_pat, m_far, newCallId())), u"invalid"_s);
    // The window, by the server's clock: from 15 minutes before the start (5 minutes away
    // now) to 60 minutes after the end (35 minutes away now).
    m_clock.advance(96 * minuteMs);
    QCOMPARE(codeOf(invite(*m_docClient, m_doc, m_pat, m_video, newCallId())), u"invalid"_s);
    m_clock.advance(-96 * minuteMs);
    // Malformed invitations: a short call id, a secret sealed for nobody or of the wrong size.
    QCOMPARE(codeOf(invite(*m_docClient, m_doc, m_pat, m_video, u"short"_s)), u"invalid"_s);
    const QString callId = newCallId();
    const QList<QCborValue> badSecrets {
        QCborValue(QCborMap {}),
        QCborValue(QCborMap { { m_pia.accountId, QByteArray(113, 'x') } }),
        QCborValue(QCborMap { { m_pat.accountId, QByteArray(10, 'x') } }),
        QCborValue(QCborMap { { m_pat.accountId, QString(113, u'x') } }),
        QCborValue(QCborArray {}),
    };
    for (const QCborValue &secrets : badSecrets)
        QCOMPARE(codeOf(request(*m_docClient, u"call_invite"_s,
                                { { u"call_id"_s, callId },
                                  { u"appointment_id"_s, m_video },
                                  { u"secrets"_s, secrets } })),
                 u"invalid"_s);
    // None of it rang anyone; control requests for calls that are not there are not found.
    QVERIFY(staysQuiet(*m_patA));
    QCOMPARE(codeOf(request(*m_patA, u"call_accept"_s, { { u"call_id"_s, callId } })),
             u"not_found"_s);
    QCOMPARE(codeOf(request(*m_patA, u"call_end"_s, {})), u"invalid"_s);
}

// A connection not signed in can neither call nor answer, and a media frame from it is what it
// looks like to the protocol: a bad frame, which closes it.
void TestCalls::signedOutConnectionsHaveNoCalls()
{
    RawClient stranger(QUrl(m_server->url()), m_server->identity().fingerprint());
    QVERIFY(stranger.waitConnected() && stranger.greet());
    QCOMPARE(invite(stranger, m_doc, m_pat, m_video, newCallId()).body.value(u"code"_s).toString(),
             u"unauthenticated"_s);
    QCOMPARE(request(stranger, u"call_accept"_s, { { u"call_id"_s, newCallId() } })
                     .body.value(u"code"_s)
                     .toString(),
             u"unauthenticated"_s);
    // A call goes on; the stranger sends into it and hears nothing.
    QString callId;
    const quint32 handle = answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId);
    QVERIFY(handle);
    stranger.socket.sendBinaryMessage(fakeFrame(handle, 0, CallKeys::Stream::Video, 1));
    QVERIFY(stranger.waitClosed());
    QCOMPARE(stranger.lastErrorCode(), u"bad_frame"_s);
    QVERIFY(stranger.media.isEmpty());
    QVERIFY(m_patA->media.isEmpty());
    endCall(*m_docClient, callId);
    QVERIFY(takePush(*m_patA, u"call_ended"_s));
}

void TestCalls::declined()
{
    const QString callId = newCallId();
    QCOMPARE(invite(*m_docClient, m_doc, m_pat, m_video, callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patA, u"call_ring"_s) && takePush(*m_patB, u"call_ring"_s));
    // Only the callee declines; the caller cancels.
    QCOMPARE(request(*m_docClient, u"call_decline"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"invalid"_s);
    QCOMPARE(request(*m_patA, u"call_decline"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    for (RawClient *told : { m_docClient.get(), m_patA.get(), m_patB.get() }) {
        const auto ended = takePush(*told, u"call_ended"_s);
        QVERIFY(ended);
        QCOMPARE(ended->body.value(u"reason"_s).toString(), u"declined"_s);
    }
    QCOMPARE(request(*m_patA, u"call_accept"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
}

void TestCalls::cancelled()
{
    const QString callId = newCallId();
    QCOMPARE(invite(*m_docClient, m_doc, m_pat, m_video, callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patA, u"call_ring"_s) && takePush(*m_patB, u"call_ring"_s));
    QCOMPARE(request(*m_patA, u"call_cancel"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"invalid"_s);
    QCOMPARE(request(*m_docClient, u"call_cancel"_s, { { u"call_id"_s, callId } }).type, u"ok"_s);
    for (RawClient *told : { m_docClient.get(), m_patA.get(), m_patB.get() }) {
        const auto ended = takePush(*told, u"call_ended"_s);
        QVERIFY(ended);
        QCOMPARE(ended->body.value(u"reason"_s).toString(), u"cancelled"_s);
    }
}

void TestCalls::unanswered()
{
    const QString callId = newCallId();
    QCOMPARE(invite(*m_docClient, m_doc, m_pat, m_video, callId).type, u"ok"_s);
    QVERIFY(takePush(*m_patA, u"call_ring"_s));
    // A connection that signs in while the call rings rings too.
    auto late = signedIn(u"pat"_s);
    QVERIFY(late);
    QVERIFY(takePush(*late, u"call_ring"_s));
    for (RawClient *told : { m_docClient.get(), m_patA.get(), m_patB.get(), late.get() }) {
        const auto ended = takePush(*told, u"call_ended"_s, int(ringTimeoutMs) * 5);
        QVERIFY(ended);
        QCOMPARE(ended->body.value(u"reason"_s).toString(), u"no_answer"_s);
    }
}

// The patient is in a call with one doctor; another calls them: busy, and they hear nothing.
void TestCalls::busy()
{
    QString callId;
    QVERIFY(answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId));
    QVERIFY(takePush(*m_patB, u"call_ended"_s)); // answered elsewhere
    m_patA->received.clear();
    m_patB->received.clear();
    const QString second = newCallId();
    QCOMPARE(invite(*m_doc2Client, m_doc2, m_pat, m_doc2Pat, second).type, u"ok"_s);
    const auto ended = takePush(*m_doc2Client, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"call_id"_s).toString(), second);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"busy"_s);
    QCOMPARE(countOf(*m_patA, u"call_ring"_s) + countOf(*m_patB, u"call_ring"_s), 0);
    // And a doctor in a call cannot start another.
    QCOMPARE(invite(*m_docClient, m_doc, m_pia, m_piaVideo, newCallId())
                     .body.value(u"code"_s)
                     .toString(),
             u"invalid"_s);
    QCOMPARE(countOf(*m_piaClient, u"call_ring"_s), 0);
    endCall(*m_patA, callId);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
}

void TestCalls::droppedThenRejoined()
{
    auto patient = signedIn(u"pat"_s);
    QVERIFY(patient);
    QString callId;
    const quint32 handle = answeredCall(*m_docClient, m_doc, *patient, m_pat, m_video, &callId);
    QVERIFY(handle);
    patient->socket.abort();
    const auto away = takePush(*m_docClient, u"call_peer_away"_s);
    QVERIFY(away);
    QCOMPARE(away->body.value(u"grace_ms"_s).toInteger(), graceMs);
    // Frames for the absent side go nowhere.
    m_docClient->socket.sendBinaryMessage(fakeFrame(handle, 0, CallKeys::Stream::Audio, 1));

    auto back = signedIn(u"pat"_s);
    QVERIFY(back);
    const Message rejoined = request(*back, u"call_rejoin"_s, { { u"call_id"_s, callId } });
    QCOMPARE(rejoined.type, u"ok"_s);
    QCOMPARE(rejoined.body.value(u"handle"_s).toInteger(), qint64(handle));
    QVERIFY(rejoined.body.value(u"peer_present"_s).toBool());
    QVERIFY(takePush(*m_docClient, u"call_rejoined"_s));
    const QByteArray frame = fakeFrame(handle, 0, CallKeys::Stream::Video, 2);
    m_docClient->socket.sendBinaryMessage(frame);
    const QByteArray answer = fakeFrame(handle, 1, CallKeys::Stream::Audio, 1);
    back->socket.sendBinaryMessage(answer);
    QTRY_COMPARE(back->media, QList<QByteArray> { frame });
    QTRY_COMPARE(m_docClient->media, QList<QByteArray> { answer });
    // Past the grace, the call is still on: rejoining stopped the clock.
    QTest::qWait(int(graceMs) + 200);
    QCOMPARE(countOf(*m_docClient, u"call_ended"_s), 0);
    endCall(*back, callId);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
}

void TestCalls::droppedForGood()
{
    auto patient = signedIn(u"pat"_s);
    QVERIFY(patient);
    QString callId;
    QVERIFY(answeredCall(*m_docClient, m_doc, *patient, m_pat, m_video, &callId));
    patient->socket.abort();
    QVERIFY(takePush(*m_docClient, u"call_peer_away"_s));
    const auto ended = takePush(*m_docClient, u"call_ended"_s, int(graceMs) * 5);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"connection_lost"_s);
    // Too late to come back.
    auto late = signedIn(u"pat"_s);
    QVERIFY(late);
    QCOMPARE(request(*late, u"call_rejoin"_s, { { u"call_id"_s, callId } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
}

void TestCalls::signingOutEndsTheCall()
{
    auto patient = signedIn(u"pat"_s);
    QVERIFY(patient);
    QString callId;
    QVERIFY(answeredCall(*m_docClient, m_doc, *patient, m_pat, m_video, &callId));
    QCOMPARE(request(*patient, u"sign_out"_s, {}).type, u"ok"_s);
    const auto ended = takePush(*m_docClient, u"call_ended"_s);
    QVERIFY(ended);
    QCOMPARE(ended->body.value(u"reason"_s).toString(), u"signed_out"_s);
}

// Before the answer there is nothing to wait for: the caller's connection dropping ends the
// call for every ringing connection; a ringing connection dropping only stops it ringing there.
void TestCalls::callerLostWhileRinging()
{
    auto doctor = signedIn(u"doc"_s);
    QVERIFY(doctor);
    const QString callId = newCallId();
    QCOMPARE(invite(*doctor, m_doc, m_pat, m_video, callId).type, u"ok"_s);
    auto ringing = signedIn(u"pat"_s);
    QVERIFY(ringing);
    QVERIFY(takePush(*ringing, u"call_ring"_s));
    ringing->socket.abort();
    QVERIFY(takePush(*m_patA, u"call_ring"_s));
    QVERIFY(staysQuiet(*m_patA));
    doctor->socket.abort();
    for (RawClient *told : { m_patA.get(), m_patB.get() }) {
        const auto ended = takePush(*told, u"call_ended"_s);
        QVERIFY(ended);
        QCOMPARE(ended->body.value(u"reason"_s).toString(), u"connection_lost"_s);
    }
}

// call_rejoin from another connection of the same account while the first is still there:
// the call moves, the old connection is told, and frames follow the new one.
void TestCalls::callMovesToAnotherDevice()
{
    QString callId;
    const quint32 handle = answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId);
    QVERIFY(handle);
    const Message moved = request(*m_patB, u"call_rejoin"_s, { { u"call_id"_s, callId } });
    QCOMPARE(moved.type, u"ok"_s);
    QVERIFY(moved.body.value(u"peer_present"_s).toBool());
    const auto told = takePush(*m_patA, u"call_ended"_s);
    QVERIFY(told);
    QCOMPARE(told->body.value(u"reason"_s).toString(), u"moved"_s);
    QVERIFY(takePush(*m_docClient, u"call_rejoined"_s));
    const QByteArray frame = fakeFrame(handle, 0, CallKeys::Stream::Video, 1);
    m_docClient->socket.sendBinaryMessage(frame);
    QTRY_COMPARE(m_patB->media, QList<QByteArray> { frame });
    QVERIFY(m_patA->media.isEmpty());
    m_patA->socket.sendBinaryMessage(fakeFrame(handle, 1, CallKeys::Stream::Audio, 1));
    QVERIFY(staysQuiet(*m_docClient));
    endCall(*m_patB, callId);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
    QCOMPARE(countOf(*m_patA, u"call_ended"_s), 0); // told once, when it moved
}

// A participant moving its call back and forth between two connections as fast as it can send
// call_rejoin: each move would tell the other side (call_rejoined), a stream of pushes into
// someone else's connection at the mover's pace. Moves are allowed once a second; the others
// are refused (throttled) and the other side hears one.
void TestCalls::movingBackAndForthIsThrottled()
{
    QString callId;
    QVERIFY(answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId));
    QVERIFY(takePush(*m_patB, u"call_ended"_s)); // answered elsewhere
    constexpr int moves = 40;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < moves; ++i) {
        const Message reply = request(i % 2 == 0 ? *m_patB : *m_patA, u"call_rejoin"_s,
                                      { { u"call_id"_s, callId } });
        if (reply.type == u"ok")
            continue;
        QCOMPARE(reply.body.value(u"code"_s).toString(), u"throttled"_s);
        QVERIFY(reply.body.value(u"retry_after_ms"_s).toInteger() > 0);
    }
    const qint64 tookMs = elapsed.elapsed();
    QVERIFY(staysQuiet(*m_docClient));
    const int rejoined = countOf(*m_docClient, u"call_rejoined"_s);
    QVERIFY(rejoined >= 1);
    QVERIFY2(rejoined <= 1 + tookMs / CallRelay::minMoveIntervalMs,
             qPrintable(u"the doctor was told of %1 moves in %2 ms"_s.arg(rejoined).arg(tookMs)));
    endCall(*m_docClient, callId);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
}

// A patient of another visit (and the visit's other doctor) who learnt a live call's id: every
// control request is not_found, as for a call that is not there; odd ids and oversized requests
// are invalid; nothing reaches the call's participants, and the call goes on.
void TestCalls::strangersCannotTouchACall()
{
    QString callId;
    const quint32 handle = answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId);
    QVERIFY(handle);
    QVERIFY(takePush(*m_patB, u"call_ended"_s)); // answered elsewhere
    const QStringList types { u"call_accept"_s, u"call_decline"_s, u"call_cancel"_s, u"call_end"_s,
                              u"call_rejoin"_s };
    for (RawClient *stranger : { m_piaClient.get(), m_doc2Client.get() }) {
        for (const QString &type : types) {
            const Message reply = request(*stranger, type, { { u"call_id"_s, callId } });
            QCOMPARE(reply.body.value(u"code"_s).toString(), u"not_found"_s);
        }
    }
    const QList<QCborValue> oddIds { QCborValue(42), QCborValue(QCborValue::Null),
                                     QCborValue(QByteArray(20, 'x')), QCborValue(QString(65, u'x')),
                                     QCborValue(u"   "_s) };
    for (const QCborValue &id : oddIds)
        QCOMPARE(request(*m_piaClient, u"call_end"_s, { { u"call_id"_s, id } })
                         .body.value(u"code"_s)
                         .toString(),
                 u"invalid"_s);
    QCOMPARE(request(*m_piaClient, u"call_end"_s,
                     { { u"call_id"_s, callId }, { u"padding"_s, QByteArray(2000, 'p') } })
                     .body.value(u"code"_s)
                     .toString(),
             u"invalid"_s);
    QCOMPARE(request(*m_piaClient, u"call_end"_s,
                     { { u"call_id"_s, u"\u00e9t\u00e9-\U0001F600-0000000000"_s } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
    QVERIFY(!m_piaClient->closed && !m_doc2Client->closed);
    QVERIFY(staysQuiet(*m_docClient));
    QVERIFY(staysQuiet(*m_patA));
    const QByteArray frame = fakeFrame(handle, 1, CallKeys::Stream::Audio, 1);
    m_patA->socket.sendBinaryMessage(frame);
    QTRY_COMPARE(m_docClient->media, QList<QByteArray> { frame });
    endCall(*m_docClient, callId);
    QVERIFY(takePush(*m_patA, u"call_ended"_s));
}

// Two calls at once. A participant of one sends garbage, frames under the other call's handle
// and frames under someone else's KID: all dropped and counted, nothing reaches anyone, and
// the other call carries on. Past the malformed allowance, the sender is refused and closed.
void TestCalls::garbageAndStrangersFramesAreDropped()
{
    QString docCall, doc2Call;
    const quint32 mine = answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &docCall);
    QVERIFY(mine);
    auto pia = signedIn(u"pia"_s);
    QVERIFY(pia);
    const quint32 theirs = answeredCall(*m_doc2Client, m_doc2, *pia, m_pia, m_doc2Pia, &doc2Call);
    QVERIFY(theirs && theirs != mine);

    const CallRelay::Counts before = m_server->callCounts();
    pia->socket.sendBinaryMessage(fakeFrame(mine, 1, CallKeys::Stream::Audio, 1)); // other call
    pia->socket.sendBinaryMessage(fakeFrame(mine + theirs, 1, CallKeys::Stream::Audio, 1));
    QTRY_COMPARE(m_server->callCounts().stray, before.stray + 2);
    const QList<QByteArray> garbage {
        QByteArray(1, '\0'), // the marker alone
        MediaFrame::prefix(theirs), // no SFrame
        mediaFrame(theirs, QByteArray::fromHex("ff")), // a header cut short
        fakeFrame(theirs, 1, CallKeys::Stream::Audio, 1, 3), // no room for a tag
        mediaFrame(theirs, SFrameHeader { 7, 1 }.encode() + QByteArray(32, 'x')), // stream 3
        fakeFrame(theirs, 0, CallKeys::Stream::Audio, 1), // the doctor's KID, from the patient
    };
    for (const QByteArray &frame : garbage)
        pia->socket.sendBinaryMessage(frame);
    QTRY_COMPARE(m_server->callCounts().malformed, before.malformed + quint64(garbage.size()));
    QCOMPARE(m_server->callCounts().relayed, before.relayed);
    QVERIFY(!pia->closed);

    // The other call is unaffected, and so is this one.
    const QByteArray hello = fakeFrame(mine, 0, CallKeys::Stream::Video, 5);
    m_docClient->socket.sendBinaryMessage(hello);
    const QByteArray fine = fakeFrame(theirs, 1, CallKeys::Stream::Audio, 9);
    pia->socket.sendBinaryMessage(fine);
    QTRY_COMPARE(m_patA->media, QList<QByteArray> { hello });
    QTRY_COMPARE(m_doc2Client->media, QList<QByteArray> { fine });
    QVERIFY(m_docClient->media.isEmpty() && m_patB->media.isEmpty());

    // Garbage past the allowance: bad_frame, closed; its call waits for it to come back.
    for (int i = 0; i <= CallRelay::maxMalformedMediaFrames; ++i)
        pia->socket.sendBinaryMessage(QByteArray(1, '\0'));
    QVERIFY(pia->waitClosed());
    QCOMPARE(pia->lastErrorCode(), u"bad_frame"_s);
    QVERIFY(takePush(*m_doc2Client, u"call_peer_away"_s));
    const QByteArray still = fakeFrame(mine, 1, CallKeys::Stream::Audio, 6);
    m_patA->socket.sendBinaryMessage(still);
    QTRY_COMPARE(m_docClient->media, QList<QByteArray> { still });
    endCall(*m_docClient, docCall);
    endCall(*m_doc2Client, doc2Call);
    QVERIFY(takePush(*m_patA, u"call_ended"_s));
}

// A receiver that stops reading: the server keeps at most its queue bounds for it, losing video
// (oldest first) while every audio frame waits; once it reads again the audio arrives whole,
// in order.
void TestCalls::slowReceiverLosesVideoFirst()
{
    RawWebSocket slow;
    slow.setPinnedFingerprint(m_server->identity().fingerprint());
    slow.setReceiveBufferSize(4096);
    QVERIFY(slow.connectTo(QUrl(m_server->url())));
    QVERIFY(slow.call({ u"hello"_s, 1, { { u"app"_s, u"slow"_s } } }));
    const auto signedInReply =
            slow.call({ u"sign_in"_s,
                        2,
                        { { u"username"_s, u"pat"_s }, { u"password"_s, test::syncPassword } } });
    QVERIFY(signedInReply && signedInReply->type == u"signed_in");

    const QString callId = newCallId();
    QCOMPARE(invite(*m_docClient, m_doc, m_pat, m_video, callId).type, u"ok"_s);
    const auto accepted = slow.call({ u"call_accept"_s, 3, { { u"call_id"_s, callId } } });
    QVERIFY(accepted && accepted->type == u"ok");
    const quint32 handle = quint32(accepted->body.value(u"handle"_s).toInteger());
    QVERIFY(takePush(*m_docClient, u"call_accepted"_s));

    slow.stopReading();
    const CallRelay::Counts before = m_server->callCounts();
    // The kernel's buffers on both ends take megabytes on loopback before the server's own
    // queue fills: 8 MiB of video, under the sender's cap, with an audio frame every other one.
    QList<QByteArray> audio;
    constexpr int frames = 256;
    QElapsedTimer pace;
    pace.start();
    for (int i = 0; i < frames; ++i) {
        m_docClient->socket.sendBinaryMessage(
                fakeFrame(handle, 0, CallKeys::Stream::Video, quint64(i), 32 * 1024 - 32));
        if (i % 2 == 0) {
            audio << fakeFrame(handle, 0, CallKeys::Stream::Audio, quint64(i), 160);
            m_docClient->socket.sendBinaryMessage(audio.last());
        }
        // Within the cap: frame i leaves no sooner than its share of a second.
        const qint64 due = qint64(i + 1) * 32 * 1024 * 1000 / (mediaCap * 3 / 4);
        if (const qint64 wait = due - pace.elapsed(); wait > 0)
            QTest::qWait(int(wait));
    }
    const ServerLimits limits;
    QTRY_VERIFY(m_server->callCounts().videoDropped > before.videoDropped);
    QTest::qWait(100);
    const CallRelay::Counts after = m_server->callCounts();
    QCOMPARE(after.audioDropped, before.audioDropped);
    QVERIFY2(after.peakQueuedBytes <= limits.mediaVideoQueueBytes + limits.mediaAudioQueueBytes,
             qPrintable(QString::number(after.peakQueuedBytes)));

    slow.resumeReading();
    QList<QByteArray> heardAudio, heardVideo;
    auto sortHeard = [&] {
        heardAudio.clear();
        heardVideo.clear();
        for (const QByteArray &frame : slow.media()) {
            const auto header = SFrameHeader::parse(QByteArrayView(frame).sliced(5));
            (header && header->keyId == CallKeys::keyId(0, CallKeys::Stream::Audio) ? heardAudio
                                                                                    : heardVideo)
                    << frame;
        }
        return heardAudio.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(sortHeard(), audio.size(), 10000);
    QCOMPARE(heardAudio, audio);
    QVERIFY(heardVideo.size() < frames);
    QVERIFY(!slow.disconnected());
    endCall(*m_docClient, callId);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
}

// A sender past its bytes-per-second cap loses frames (counted), not the call.
void TestCalls::mediaOverTheRateCapIsDropped()
{
    QString callId;
    const quint32 handle = answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId);
    QVERIFY(handle);
    const CallRelay::Counts before = m_server->callCounts();
    // Three seconds' worth at once: at least a second's worth over the cap, however slowly
    // this machine sends it.
    const int frames = int(3 * mediaCap / (64 * 1024));
    for (int i = 0; i < frames; ++i)
        m_docClient->socket.sendBinaryMessage(
                fakeFrame(handle, 0, CallKeys::Stream::Video, quint64(i), 64 * 1024 - 32));
    QTRY_VERIFY(m_server->callCounts().overRate > before.overRate);
    QTRY_COMPARE(quint64(m_patA->media.size()) + m_server->callCounts().overRate
                         + m_server->callCounts().videoDropped,
                 quint64(frames) + before.overRate + before.videoDropped);
    QVERIFY(!m_docClient->closed);
    endCall(*m_docClient, callId);
    QVERIFY(takePush(*m_patA, u"call_ended"_s));
}

// The queue's rules, exactly: a receiver that takes nothing holds at most the video allowance
// (losing the oldest video first) and the audio allowance; audio is never dropped to make room
// for video, nor video kept at audio's expense; once it reads, what waited leaves in order.
void TestCalls::queueDropsOldestVideoAndKeepsAudio()
{
    ServerLimits limits;
    limits.mediaVideoQueueBytes = 64 * 1024;
    limits.mediaAudioQueueBytes = 8 * 1024;
    FakeNetwork network;
    CallRelay relay(network, limits, m_clock);
    const CallInvite invite { u"call-unit-0000-0001"_s, u"appt"_s,           u"caller"_s,
                              u"Dr Caller"_s,           QByteArray(32, 'k'), u"callee"_s,
                              QByteArray(105, 's') };
    QVERIFY(relay.canInvite(u"caller"_s, invite));
    relay.invite(1, invite);
    relay.control(2, u"callee"_s, { u"call_accept"_s, 9, { { u"call_id"_s, invite.callId } } }, 0);
    QCOMPARE(network.pushed.last().second.type, u"ok"_s);
    const quint32 handle =
            quint32(network.pushed.last().second.body.value(u"handle"_s).toInteger());

    network.unsent = CallRelay::socketMediaBytes; // the receiver's socket is full
    network.blocked = true;
    QList<QByteArray> audio, video;
    for (int i = 0; i < 40; ++i) { // 40 KiB of video a time against a 64 KiB allowance
        video << fakeFrame(handle, 0, CallKeys::Stream::Video, quint64(i), 4 * 1024);
        QCOMPARE(relay.onMedia(1, video.last(), i), CallRelay::MediaVerdict::Relayed);
        if (i % 4 == 0) {
            audio << fakeFrame(handle, 0, CallKeys::Stream::Audio, quint64(i), 100);
            QCOMPARE(relay.onMedia(1, audio.last(), i), CallRelay::MediaVerdict::Relayed);
        }
    }
    QVERIFY(network.sent.isEmpty());
    const qint64 videoFits =
            limits.mediaVideoQueueBytes / (video.first().size() + CallRelay::queuedFrameOverhead);
    QCOMPARE(relay.counts().videoDropped, quint64(video.size() - videoFits));
    QCOMPARE(relay.counts().audioDropped, 0u);
    QVERIFY(relay.counts().peakQueuedBytes
            <= limits.mediaVideoQueueBytes + limits.mediaAudioQueueBytes);

    // Audio past its own allowance loses its oldest too, and takes no room from video.
    QList<QByteArray> moreAudio;
    for (int i = 0; i < 100; ++i) {
        moreAudio << fakeFrame(handle, 0, CallKeys::Stream::Audio, quint64(100 + i), 200);
        relay.onMedia(1, moreAudio.last(), 100);
    }
    QVERIFY(relay.counts().audioDropped > 0);
    QCOMPARE(relay.counts().videoDropped, quint64(video.size() - videoFits));

    network.unsent = 0; // it reads again
    network.blocked = false;
    relay.onDrained(2);
    QList<QByteArray> heardVideo, heardAudio;
    for (const auto &[connection, frame] : std::as_const(network.sent)) {
        QCOMPARE(connection, 2u);
        (video.contains(frame) ? heardVideo : heardAudio) << frame;
    }
    QCOMPARE(heardVideo, video.mid(video.size() - videoFits)); // the newest, in order
    const QList<QByteArray> allAudio = audio + moreAudio;
    QCOMPARE(heardAudio, allAudio.mid(allAudio.size() - heardAudio.size())); // the newest
    QVERIFY(qint64(heardAudio.size()) * 200 <= limits.mediaAudioQueueBytes + 200);

    // A flood of the smallest frames a sender can make: charged at least 256 bytes each against
    // its cap, and each waiting one charged its overhead, so memory stays within the bounds.
    network.unsent = CallRelay::socketMediaBytes;
    network.blocked = true;
    const CallRelay::Counts before = relay.counts();
    const QByteArray tiny = fakeFrame(handle, 0, CallKeys::Stream::Video, 1, SFrame::tagBytes);
    for (int i = 0; i < 10000; ++i)
        relay.onMedia(1, tiny, 10000);
    const quint64 passed = 10000 - (relay.counts().overRate - before.overRate);
    QCOMPARE(passed, quint64(limits.mediaBytesPerSecond / CallRelay::minChargedFrameBytes));
    QVERIFY(relay.counts().peakQueuedBytes
            <= limits.mediaVideoQueueBytes + limits.mediaAudioQueueBytes);
}

// The cap is the participant's, not the connection's: coming back on a fresh connection
// (call_rejoin after a reconnect) must not hand out a fresh second's worth each time. (The
// hostile review sent 4 seconds' worth in one instant, reconnecting or moving the call between
// two connections.)
void TestCalls::aNewConnectionDoesNotRefillTheRateCap()
{
    const ServerLimits limits;
    FakeNetwork network;
    CallRelay relay(network, limits, m_clock);
    const CallInvite invite { u"call-unit-0000-0002"_s, u"appt"_s,           u"caller"_s,
                              u"Dr Caller"_s,           QByteArray(32, 'k'), u"callee"_s,
                              QByteArray(105, 's') };
    QVERIFY(relay.canInvite(u"caller"_s, invite));
    relay.invite(1, invite);
    relay.control(2, u"callee"_s, { u"call_accept"_s, 9, { { u"call_id"_s, invite.callId } } }, 0);
    const quint32 handle =
            quint32(network.pushed.last().second.body.value(u"handle"_s).toInteger());
    QVERIFY(handle != 0);

    // Everything at one instant: at most a second's worth may pass, however it is sent.
    constexpr qint64 now = 5000;
    const QByteArray frame = fakeFrame(handle, 0, CallKeys::Stream::Audio, 1, 8 * 1024);
    const int perMove = int(2 * limits.mediaBytesPerSecond / frame.size());
    for (quint64 connection : { 1, 3, 4, 5 }) { // the caller's, one after the other
        if (connection != 1) {
            relay.onLeft(connection == 3 ? 1 : connection - 1, CallRelay::Departure::Disconnected);
            relay.control(connection, u"caller"_s,
                          { u"call_rejoin"_s, 10, { { u"call_id"_s, invite.callId } } }, now);
            QCOMPARE(network.pushed.last().first, connection);
            QCOMPARE(network.pushed.last().second.type, u"ok"_s);
        }
        for (int i = 0; i < perMove; ++i)
            relay.onMedia(connection, frame, now);
    }
    qint64 relayedBytes = 0;
    for (const auto &[receiver, sent] : std::as_const(network.sent)) {
        QCOMPARE(receiver, 2u);
        relayedBytes += sent.size();
    }
    QVERIFY2(relayedBytes <= limits.mediaBytesPerSecond,
             qPrintable(u"%1 bytes relayed at one instant"_s.arg(relayedBytes)));
    QVERIFY(relayedBytes > 0);
}

// Every call is kept with its visit by the server (issue 13 item 6): an answered call's row
// has its start (the answer), end, duration and reason, written when it is answered and again
// when it ends, each with an audit entry; a declined one has a row with no start. Both are in
// the patient's record and the doctor's own bucket: their clients receive them by pull, and
// another doctor and another patient do not.
void TestCalls::callsAreKeptWithTheVisit()
{
    auto store = m_server->openDatabase();
    QVERIFY(store);
    QSqlDatabase db = store.value()->database();
    const auto rowOf = [&](const QString &callId) {
        QSqlQuery query(db);
        query.prepare(
                u"SELECT appointment_id, patient_id, provider_id, invited_at, started_at, "
                u"ended_at, duration_ms, end_reason, rev FROM visit_call WHERE call_id = ?"_s);
        query.addBindValue(callId);
        QVariantList row;
        if (query.exec() && query.next()) {
            for (int i = 0; i < 9; ++i)
                row << query.value(i);
        }
        return row;
    };
    const auto auditOf = [&](const QString &callId) {
        QSqlQuery query(db);
        query.prepare(u"SELECT actor, action, target, detail FROM audit_log WHERE detail LIKE ? "
                      u"ORDER BY seq"_s);
        query.addBindValue(QString(u"call "_s + callId + u"%"_s));
        QStringList entries;
        if (query.exec()) {
            while (query.next())
                entries << QStringList { query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString(), query.value(3).toString() }
                                   .join(u'|');
        }
        return entries;
    };

    // Answered, then ended by the doctor 95 s later (the injected clock's seconds).
    QString callId;
    const qint64 answeredAt = m_clock.nowMs();
    QVERIFY(answeredCall(*m_docClient, m_doc, *m_patA, m_pat, m_video, &callId));
    // While it goes on: a start and no end yet.
    QTRY_VERIFY_WITH_TIMEOUT(!rowOf(callId).isEmpty(), 10000);
    QVariantList row = rowOf(callId);
    QCOMPARE(row.at(0).toString(), m_video);
    QCOMPARE(row.at(4).toLongLong(), answeredAt);
    QVERIFY(row.at(5).isNull());
    QCOMPARE(row.at(7).toString(), QString());
    QVERIFY(row.at(8).toLongLong() > 0); // in the change log
    m_clock.advance(95 * 1000);
    endCall(*m_docClient, callId);
    QVERIFY(takePush(*m_patA, u"call_ended"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(callId).value(7).toString(), u"ended"_s, 10000);
    row = rowOf(callId);
    QCOMPARE(row.at(1).toString(), m_pat.accountId);
    QCOMPARE(row.at(2).toString(), m_doc.accountId);
    QCOMPARE(row.at(3).toLongLong(), answeredAt); // rung and answered at the same instant here
    QCOMPARE(row.at(4).toLongLong(), answeredAt);
    QCOMPARE(row.at(5).toLongLong(), answeredAt + 95 * 1000);
    QCOMPARE(row.at(6).toLongLong(), 95 * 1000);
    QCOMPARE(auditOf(callId),
             (QStringList { m_pat.accountId + u"|call.answered|"_s + m_video + u"|call "_s + callId,
                            m_doc.accountId + u"|call.ended|"_s + m_video + u"|call "_s + callId
                                    + u"; ended; 95 s"_s }));

    // Declined: a row with no start, the reason, and the audit entry of who declined.
    const QString declinedId = newCallId();
    QCOMPARE(invite(*m_docClient, m_doc, m_pat, m_video, declinedId).type, u"ok"_s);
    QVERIFY(takePush(*m_patA, u"call_ring"_s));
    m_clock.advance(7 * 1000);
    QCOMPARE(request(*m_patA, u"call_decline"_s, { { u"call_id"_s, declinedId } }).type, u"ok"_s);
    QVERIFY(takePush(*m_docClient, u"call_ended"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(declinedId).value(7).toString(), u"declined"_s, 10000);
    row = rowOf(declinedId);
    QVERIFY(row.at(4).isNull());
    QCOMPARE(row.at(5).toLongLong() - row.at(3).toLongLong(), 7 * 1000);
    QCOMPARE(row.at(6).toLongLong(), 0);
    QCOMPARE(auditOf(declinedId),
             QStringList { m_pat.accountId + u"|call.ended|"_s + m_video + u"|call "_s + declinedId
                           + u"; declined; not answered"_s });

    // The doctor's and the patient's own clients receive both by pull, into their stores;
    // another doctor and another patient receive neither.
    QTemporaryDir stores;
    QVERIFY(stores.isValid());
    using Calls = QList<AppointmentRepository::CallRecord>;
    const auto failed = [](const QString &why) {
        AppointmentRepository::CallRecord record;
        record.callId = why;
        return Calls { record };
    };
    const auto callsSeenBy = [&](const QString &username) -> Calls {
        test::TestClient client(*m_server, username, stores.filePath(username));
        if (!client.signIn() || !client.waitIdle())
            return failed(u"sync failed"_s);
        auto calls = AppointmentRepository::callsOf(client.db(), m_video);
        if (!calls)
            return failed(u"read failed"_s);
        const int others =
                client.count(u"visit_call"_s, u"appointment_id <> '"_s + m_video + u"'"_s);
        return calls->count() + others == client.count(u"visit_call"_s) ? *calls
                                                                        : failed(u"mismatch"_s);
    };
    for (const QString &who : { u"pat"_s, u"doc"_s }) {
        const auto calls = callsSeenBy(who);
        const auto answered = std::find_if(calls.cbegin(), calls.cend(),
                                           [&](const auto &call) { return call.callId == callId; });
        QVERIFY2(answered != calls.cend(), qPrintable(who));
        QVERIFY(answered->answered());
        QCOMPARE(answered->startedAtMs, answeredAt);
        QCOMPARE(answered->endedAtMs, answeredAt + 95 * 1000);
        QCOMPARE(answered->durationMs, 95 * 1000);
        QCOMPARE(answered->endReason, u"ended"_s);
        const auto declined = std::find_if(calls.cbegin(), calls.cend(), [&](const auto &call) {
            return call.callId == declinedId;
        });
        QVERIFY2(declined != calls.cend(), qPrintable(who));
        QVERIFY(!declined->answered());
        QCOMPARE(declined->endReason, u"declined"_s);
    }
    for (const QString &stranger : { u"doc2"_s, u"pia"_s }) {
        const auto calls = callsSeenBy(stranger);
        QVERIFY2(calls.isEmpty(), qPrintable(stranger));
    }
}

// The relay's records, as it hands them to the database thread: one at the answer, one at the
// end with who ended it; a call never answered only at its end; the server stopping ends the
// calls it has as server_stopped, by nobody. Each call's row id is the server's, fresh per call.
void TestCalls::whatTheRelayHandsOverToKeep()
{
    FakeNetwork network;
    CallRelay relay(network, ServerLimits {}, m_clock);
    QList<CallRecord> records;
    connect(&relay, &CallRelay::recorded, this,
            [&records](const CallRecord &record) { records << record; });
    const auto invite = [](const QString &callId) {
        return CallInvite {
            callId,      u"appt"_s,           u"caller"_s, u"Dr Caller"_s, QByteArray(32, 'k'),
            u"callee"_s, QByteArray(105, 's')
        };
    };
    const auto ask = [&](quint64 connection, const QString &account, const QString &type,
                         const QString &callId) {
        relay.control(connection, account, { type, 9, { { u"call_id"_s, callId } } }, 0);
    };

    const qint64 rang = m_clock.nowMs();
    relay.invite(1, invite(u"call-unit-keep-0001"_s));
    m_clock.advance(4000);
    ask(2, u"callee"_s, u"call_accept"_s, u"call-unit-keep-0001"_s);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].invitedAtMs, rang);
    QCOMPARE(records[0].answeredAtMs, rang + 4000);
    QCOMPARE(records[0].endedAtMs, 0);
    QCOMPARE(records[0].doctorId, u"caller"_s);
    QCOMPARE(records[0].patientId, u"callee"_s);
    m_clock.advance(60'000);
    ask(2, u"callee"_s, u"call_end"_s, u"call-unit-keep-0001"_s);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].id, records[0].id);
    QCOMPARE(records[1].endedAtMs, rang + 64'000);
    QCOMPARE(records[1].endReason, u"ended"_s);
    QCOMPARE(records[1].endedBy, u"callee"_s);

    relay.invite(1, invite(u"call-unit-keep-0002"_s));
    ask(1, u"caller"_s, u"call_cancel"_s, u"call-unit-keep-0002"_s);
    QCOMPARE(records.size(), 3);
    QVERIFY(records[2].id != records[0].id);
    QCOMPARE(records[2].answeredAtMs, 0);
    QCOMPARE(records[2].endReason, u"cancelled"_s);
    QCOMPARE(records[2].endedBy, u"caller"_s);

    relay.invite(1, invite(u"call-unit-keep-0003"_s));
    ask(2, u"callee"_s, u"call_accept"_s, u"call-unit-keep-0003"_s);
    relay.clear();
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[4].callId, u"call-unit-keep-0003"_s);
    QCOMPARE(records[4].endReason, u"server_stopped"_s);
    QVERIFY(records[4].endedBy.isEmpty());
    QVERIFY(records[4].answeredAtMs > 0 && records[4].endedAtMs >= records[4].answeredAtMs);
}

// A doctor ringing and hanging up at full speed: each call rings every computer of the
// patient and writes a visit_call row and an audit entry. Past call_invites_per_minute the
// invitation is throttled, rings nobody and writes nothing.
void TestCalls::ringingInALoopIsThrottled()
{
    m_clock.advance(2 * minuteMs); // the minutes before are forgotten
    auto store = m_server->openDatabase();
    QVERIFY(store);
    const auto rows = [db = store.value()->database()] {
        QSqlQuery query(db);
        return query.exec(u"SELECT COUNT(*) FROM visit_call"_s) && query.next()
                ? query.value(0).toLongLong()
                : -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rows() >= 0, 5000);
    const qint64 before = rows();
    int allowed = 0;
    Message refused;
    for (int i = 0; i < 2 * invitesPerMinute; ++i) {
        const QString callId = newCallId();
        const Message reply = invite(*m_docClient, m_doc, m_pat, m_video, callId);
        if (reply.type != u"ok") {
            refused = reply;
            break;
        }
        ++allowed;
        QCOMPARE(request(*m_docClient, u"call_cancel"_s, { { u"call_id"_s, callId } }).type,
                 u"ok"_s);
    }
    QCOMPARE(allowed, invitesPerMinute);
    QCOMPARE(refused.body.value(u"code"_s).toString(), u"throttled"_s);
    const qint64 retryAfter = refused.body.value(u"retry_after_ms"_s).toInteger();
    QVERIFY2(retryAfter >= 1000 && retryAfter <= minuteMs, QByteArray::number(retryAfter).constData());
    QTRY_COMPARE_WITH_TIMEOUT(rows(), before + invitesPerMinute, 10000);
    QTRY_COMPARE(countOf(*m_patA, u"call_ring"_s), invitesPerMinute);
    QVERIFY(staysQuiet(*m_patA));
    QCOMPARE(countOf(*m_patA, u"call_ring"_s), invitesPerMinute);
    QCOMPARE(rows(), before + invitesPerMinute);
    // Another doctor is not held by it; the minute sliding by lets this one ring again.
    const QString other = newCallId();
    QCOMPARE(invite(*m_doc2Client, m_doc2, m_pia, m_doc2Pia, other).type, u"ok"_s);
    endCall(*m_doc2Client, other);
    m_clock.advance(2 * minuteMs);
    const QString callId = newCallId();
    QCOMPARE(invite(*m_docClient, m_doc, m_pat, m_video, callId).type, u"ok"_s);
    endCall(*m_docClient, callId);
}

QTEST_GUILESS_MAIN(TestCalls)
#include "tst_calls.moc"
