#include "callclient.h"

#include "crypto/callkeys.h"
#include "domain/appointmentrepository.h"
#include "sync/serverconnection.h"
#include "util/clock.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <array>
#include <utility>

Q_LOGGING_CATEGORY(lcCalls, "clinic.calls")

namespace clinic::calls {

using namespace Qt::StringLiterals;

namespace {

constexpr int graceCheckMs = 500;

struct WireReason
{
    QStringView name;
    CallClient::EndReason reason;
};

// The reasons of call_ended (docs/protocol.md).
constexpr std::array wireReasons {
    WireReason { u"declined", CallClient::EndReason::Declined },
    WireReason { u"cancelled", CallClient::EndReason::Cancelled },
    WireReason { u"no_answer", CallClient::EndReason::NoAnswer },
    WireReason { u"busy", CallClient::EndReason::Busy },
    WireReason { u"ended", CallClient::EndReason::Ended },
    WireReason { u"connection_lost", CallClient::EndReason::ConnectionLost },
    WireReason { u"signed_out", CallClient::EndReason::SignedOut },
    WireReason { u"answered_elsewhere", CallClient::EndReason::AnsweredElsewhere },
    WireReason { u"moved", CallClient::EndReason::Moved },
};

std::optional<CallClient::EndReason> reasonFromWire(QStringView name)
{
    for (const WireReason &each : wireReasons) {
        if (each.name == name)
            return each.reason;
    }
    return std::nullopt;
}

// One participant of a call_keys reply: its account and its registered key (empty if none).
struct KeyHolder
{
    QString accountId;
    QByteArray publicKey;
};

KeyHolder keyHolder(const QCborMap &body, QStringView role)
{
    const QCborMap holder = body.value(role).toMap();
    KeyHolder out { holder.value(u"account_id"_s).toString(), {} };
    if (auto key = CallKeys::decodePublicKey(holder.value(u"public_key"_s).toString()))
        out.publicKey = std::move(key).value();
    return out;
}

} // namespace

CallClient::CallClient(ServerConnection &connection, QSqlDatabase db, QString accountId,
                       const Clock &clock, QObject *parent)
    : QObject(parent), m_home(connection), m_link(&connection), m_db(std::move(db)),
      m_accountId(std::move(accountId)), m_clock(clock), m_transport(connection)
{
    m_wasSignedIn = m_home.state() == ServerConnection::State::SignedIn;
    m_graceTimer.setInterval(graceCheckMs);
    connect(&m_graceTimer, &QTimer::timeout, this, &CallClient::checkGrace);
    m_anchorTimer.setSingleShot(true);
    m_anchorTimer.setInterval(anchorJoinMs);
    connect(&m_anchorTimer, &QTimer::timeout, this, [this] {
        if (!inCall())
            dropAnchor();
    });
    connect(&m_home, &ServerConnection::callPushed, this, &CallClient::onHomePush);
    connect(&m_home, &ServerConnection::stateChanged, this, [this] {
        if (!m_anchor)
            onConnectionState();
    });
    // A session that could not be resumed after a drop ends the call too.
    connect(&m_home, &ServerConnection::signedOut, this, [this] {
        dropAnchor();
        m_endWhenBack.clear();
        finish(EndReason::SignedOut, tr("The call ended: you were signed out."));
    });
}

// A call this computer leaves is ended for the other side at once, not after a time-out. A
// ringing one is left ringing: another computer of the user may answer it.
CallClient::~CallClient()
{
    if (m_state == State::Calling)
        sendForget(u"call_cancel"_s, m_call.id);
    else if (m_state == State::InCall || m_state == State::PeerAway)
        sendForget(u"call_end"_s, m_call.id);
}

void CallClient::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcCalls) << "call" << m_state << "->" << state;
    m_state = state;
    if (state == State::Reconnecting)
        m_graceTimer.start();
    else
        m_graceTimer.stop();
    emit stateChanged(state);
}

void CallClient::newCall(bool caller, const QString &appointmentId)
{
    m_call = Call {};
    m_call.serial = m_nextSerial++;
    m_call.caller = caller;
    m_call.appointmentId = appointmentId;
    m_transport.setHandle(0);
    m_rejoining = false;
}

void CallClient::request(const QString &type, const QCborMap &body,
                         std::function<void(const ServerReply &)> handler)
{
    m_link->request(type, body,
                    [self = QPointer(this), serial = m_call.serial,
                     handler = std::move(handler)](const ServerReply &reply) {
                        if (self && self->m_call.serial == serial)
                            handler(reply);
                    });
}

void CallClient::sendForget(const QString &type, const QString &callId)
{
    m_link->request(type, { { u"call_id"_s, callId } }, [type](const ServerReply &reply) {
        if (!reply.ok() && !reply.connectionLost)
            qCInfo(lcCalls) << type << "refused:" << reply.errorText;
    });
}

// --- Calling out ------------------------------------------------------------------------------

void CallClient::startCall(const QString &appointmentId)
{
    if (inCall()) {
        emit failed(tr("A call is already under way."));
        return;
    }
    dropAnchor(); // a call rung elsewhere and still joining: ours goes through our server
    if (m_link->state() != ServerConnection::State::SignedIn) {
        emit failed(tr("Not connected to the server."));
        return;
    }
    newCall(true, appointmentId);
    // The patient's name as this computer has the visit; the server tells the doctor none.
    if (auto visit = AppointmentRepository::find(m_db, appointmentId); visit && visit->has_value())
        m_call.peerName = visit->value().patientName;
    setState(State::Preparing);
    request(u"call_keys"_s, { { u"appointment_id"_s, appointmentId } },
            [this](const ServerReply &reply) { onCallKeys(reply); });
}

void CallClient::onCallKeys(const ServerReply &reply)
{
    if (m_state != State::Preparing)
        return;
    if (!reply.ok())
        return abandon(reply.errorText);
    const KeyHolder doctor = keyHolder(reply.message.body, u"doctor");
    const KeyHolder patient = keyHolder(reply.message.body, u"patient");
    if (doctor.accountId != m_accountId)
        return abandon(tr("Only the visit's doctor can start its video call."));
    if (patient.publicKey.isEmpty())
        return abandon(tr("The patient has not signed in to Clinic since video visits came, so "
                          "the call cannot be secured yet. Ask them to sign in once."));
    auto own = CallIdentity::ownKeys(m_db, m_accountId, m_clock);
    if (!own)
        return abandon(own.error().message);
    m_call.peerId = patient.accountId;
    if (doctor.publicKey == own->publicKey)
        return checkPatientKey(patient.accountId, patient.publicKey);
    // The server holds the key of another computer this doctor signed in on later: the
    // patient would check our seal against that one. Register ours again first.
    request(u"key_register"_s, { { u"public_key"_s, CallKeys::encodePublicKey(own->publicKey) } },
            [this, patient](const ServerReply &registered) {
                if (m_state != State::Preparing)
                    return;
                if (!registered.ok())
                    return abandon(registered.errorText);
                checkPatientKey(patient.accountId, patient.publicKey);
            });
}

void CallClient::checkPatientKey(const QString &patientId, const QByteArray &patientKey)
{
    auto status = CallIdentity::checkPeerKey(m_db, patientId, patientKey, m_clock);
    if (!status)
        return abandon(status.error().message);
    m_call.peerKey = patientKey;
    m_call.keyStatus = *status;
    m_call.keyTrusted = *status != PeerKey::Changed;
    if (!m_call.keyTrusted) {
        // Nothing is sealed to a key the user has not accepted.
        emit peerKeyChanged(m_call.peerName);
        return;
    }
    invite();
}

void CallClient::trustPeerKey()
{
    if (!inCall() || m_call.keyTrusted || m_call.peerKey.isEmpty())
        return;
    if (auto kept = CallIdentity::acceptPeerKey(m_db, m_call.peerId, m_call.peerKey, m_clock);
        !kept) {
        emit failed(kept.error().message);
        return;
    }
    m_call.keyTrusted = true;
    if (m_state == State::Preparing)
        invite();
}

void CallClient::invite()
{
    auto own = CallIdentity::ownKeys(m_db, m_accountId, m_clock);
    if (!own)
        return abandon(own.error().message);
    m_call.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_call.secret = CallKeys::newCallSecret();
    auto sealed = CallKeys::sealCallSecret(m_call.secret, m_call.id.toUtf8(), own->secretKey,
                                           m_call.peerKey);
    auto code = CallKeys::safetyCode(m_call.id.toUtf8(), own->publicKey, m_call.peerKey);
    if (!sealed || !code)
        return abandon(sealed ? code.error().message : sealed.error().message);
    m_call.safetyCode = *code;
    const QCborMap body { { u"call_id"_s, m_call.id },
                          { u"appointment_id"_s, m_call.appointmentId },
                          { u"secrets"_s, QCborMap { { m_call.peerId, sealed.value() } } } };
    m_link->request(u"call_invite"_s, body,
                    [self = QPointer(this), serial = m_call.serial,
                     callId = m_call.id](const ServerReply &reply) {
                        if (!self)
                            return;
                        if (self->m_call.serial != serial) {
                            // Hung up while the invite was on its way: a cancel sent then
                            // could have reached the socket side before the invite made the
                            // call.
                            if (reply.ok())
                                self->sendForget(u"call_cancel"_s, callId);
                            return;
                        }
                        if (self->m_state != State::Preparing)
                            return; // answered (call_accepted came first) or ended meanwhile
                        if (!reply.ok())
                            return self->abandon(reply.errorText);
                        self->setState(State::Calling);
                    });
}

// --- Being called -----------------------------------------------------------------------------

void CallClient::onHomePush(const Message &push)
{
    if (push.type == u"call_ring_elsewhere")
        return joinAnchor(push);
    if (!m_anchor)
        return onPush(push);
    // Joined elsewhere: the call is the anchor's. The home server's word about it matters
    // only before the anchor rang: it stopped ringing (cancelled, answered on another
    // computer, no answer) while this one was still joining.
    const QString callId = push.body.value(u"call_id"_s).toString();
    if (push.type == u"call_ended" && callId == m_anchorCallId && !inCall() && !m_checkingRing)
        dropAnchor();
}

void CallClient::joinAnchor(const Message &push)
{
    const QString callId = push.body.value(u"call_id"_s).toString();
    const QString anchorText = push.body.value(u"anchor"_s).toString();
    if (inCall() || m_checkingRing || m_anchor || callId.isEmpty()) {
        qCInfo(lcCalls) << "a ring elsewhere while busy here; ignored";
        return;
    }
    const std::optional<ServerAddress> anchor = ServerAddress::parse(anchorText);
    // The session token goes only to a wss:// server showing the certificate pinned for ours
    // (every instance has the same one, docs/operations.md): an address in a ring is the
    // server's word, and a server that lies about it must not get the token.
    const QString pin = m_home.pinnedFingerprint();
    const QString token = m_home.session().token;
    if (!anchor || !anchor->isSecure() || !anchorText.startsWith(u"wss://") || pin.isEmpty()
        || token.isEmpty()) {
        qCWarning(lcCalls) << "a ring elsewhere that cannot be joined; ignored";
        return;
    }
    m_anchor = new ServerConnection(m_home.clientName(), this);
    m_anchor->setPinnedFingerprint(pin);
    m_anchorCallId = callId;
    m_anchorResumed = false;
    m_link = m_anchor;
    m_transport.setConnection(*m_anchor);
    m_wasSignedIn = false;
    connect(m_anchor, &ServerConnection::callPushed, this, &CallClient::onPush);
    connect(m_anchor, &ServerConnection::stateChanged, this, &CallClient::onAnchorState);
    m_anchorTimer.start();
    qCInfo(lcCalls) << "joining a call on another server instance";
    m_anchor->connectTo(*anchor);
}

void CallClient::onAnchorState()
{
    if (!m_anchor)
        return;
    if (m_anchor->state() == ServerConnection::State::Ready && !m_anchorResumed) {
        m_anchorResumed = true;
        m_anchor->resume(
                m_home.session().token,
                [self = QPointer(this), anchor = QPointer(m_anchor)](const ServerReply &reply) {
                    if (!reply.ok() && self && anchor && self->m_anchor == anchor) {
                        qCInfo(lcCalls) << "resuming on the anchor failed:" << reply.errorText;
                        if (!self->inCall())
                            self->dropAnchor();
                    }
                });
        return;
    }
    onConnectionState();
}

void CallClient::dropAnchor()
{
    if (!m_anchor)
        return;
    m_anchorTimer.stop();
    ServerConnection *anchor = std::exchange(m_anchor, nullptr);
    disconnect(anchor, nullptr, this, nullptr);
    m_link = &m_home;
    m_transport.setConnection(m_home);
    m_anchorCallId.clear();
    m_wasSignedIn = m_home.state() == ServerConnection::State::SignedIn;
    QTimer::singleShot(1000, anchor, [anchor] {
        anchor->disconnectFromServer();
        anchor->deleteLater();
    });
}

void CallClient::onRing(const Message &push)
{
    const QCborMap body = push.body;
    Ring ring { body.value(u"call_id"_s).toString(),
                body.value(u"appointment_id"_s).toString(),
                body.value(u"caller_id"_s).toString(),
                body.value(u"caller_name"_s).toString(),
                {},
                body.value(u"secret"_s).toByteArray() };
    auto callerKey = CallKeys::decodePublicKey(body.value(u"caller_public_key"_s).toString());
    if (ring.callId.isEmpty() || ring.appointmentId.isEmpty() || ring.callerId.isEmpty()
        || !callerKey || ring.sealedSecret.isEmpty()) {
        qCWarning(lcCalls) << "a call_ring without what it must carry; ignored";
        return;
    }
    ring.callerKey = std::move(callerKey).value();
    if (inCall() || m_checkingRing) {
        // The server rings an account in a call only for this same call (a sign-in while
        // it rings); anything else it answers with busy.
        qCInfo(lcCalls) << "a ring while busy here; ignored";
        return;
    }
    // The ring is the server's word: check it against what call_keys says of the visit.
    m_checkingRing = ring.callId;
    m_link->request(u"call_keys"_s, { { u"appointment_id"_s, ring.appointmentId } },
                    [self = QPointer(this), ring](const ServerReply &reply) {
                        if (self && self->m_checkingRing == ring.callId) {
                            self->m_checkingRing.reset();
                            self->onRingKeys(ring, reply);
                        }
                    });
}

void CallClient::onRingKeys(const Ring &ring, const ServerReply &reply)
{
    if (inCall())
        return;
    if (reply.connectionLost)
        return; // it rings again when we are back, should it still ring
    const QString who = ring.callerName.isEmpty() ? tr("your doctor") : ring.callerName;
    const auto refuse = [&](const QString &why) {
        qCWarning(lcCalls) << "a call could not be taken:" << why;
        emit failed(tr("A video call from %1 could not be taken: %2").arg(who, why));
    };
    if (!reply.ok())
        return refuse(reply.errorText);
    const KeyHolder doctor = keyHolder(reply.message.body, u"doctor");
    const KeyHolder patient = keyHolder(reply.message.body, u"patient");
    if (doctor.accountId != ring.callerId || doctor.publicKey != ring.callerKey
        || patient.accountId != m_accountId)
        return refuse(tr("the server's records of the visit do not match the call."));
    auto own = CallIdentity::ownKeys(m_db, m_accountId, m_clock);
    if (!own)
        return refuse(own.error().message);
    if (patient.publicKey != own->publicKey)
        return refuse(tr("it was secured for another computer you signed in on since. "
                         "Answer it there, or sign in again here before the next call."));
    auto secret = CallKeys::openCallSecret(ring.sealedSecret, ring.callId.toUtf8(), own->secretKey,
                                           ring.callerKey);
    if (!secret)
        return refuse(secret.error().message);
    auto code = CallKeys::safetyCode(ring.callId.toUtf8(), own->publicKey, ring.callerKey);
    auto status = CallIdentity::checkPeerKey(m_db, ring.callerId, ring.callerKey, m_clock);
    if (!code || !status)
        return refuse(code ? status.error().message : code.error().message);

    newCall(false, ring.appointmentId);
    m_call.id = ring.callId;
    m_call.peerId = ring.callerId;
    m_call.peerName = ring.callerName;
    m_call.peerKey = ring.callerKey;
    m_call.secret = std::move(secret).value();
    m_call.safetyCode = *code;
    m_call.keyStatus = *status;
    m_call.keyTrusted = *status != PeerKey::Changed;
    setState(State::Ringing);
    emit incomingCall(ring.callerName, ring.appointmentId);
    if (!m_call.keyTrusted)
        emit peerKeyChanged(ring.callerName);
}

void CallClient::accept()
{
    if (m_state != State::Ringing || m_call.accepting)
        return;
    if (!m_call.keyTrusted) {
        emit failed(tr("%1's key has changed since your last call. Compare the safety code "
                       "with them, and accept the new key before answering.")
                            .arg(m_call.peerName));
        return;
    }
    m_call.accepting = true;
    request(u"call_accept"_s, { { u"call_id"_s, m_call.id } }, [this](const ServerReply &reply) {
        m_call.accepting = false;
        if (m_state != State::Ringing)
            return;
        if (reply.ok())
            return enterCall(quint32(reply.message.body.value(u"handle"_s).toInteger()), true);
        if (reply.connectionLost)
            return; // onConnectionState has dealt with it
        finish(EndReason::Failed, reply.errorText);
    });
}

void CallClient::decline()
{
    if (m_state != State::Ringing)
        return;
    sendForget(u"call_decline"_s, m_call.id);
    finish(EndReason::Declined, tr("You declined the call."));
}

void CallClient::hangUp()
{
    switch (m_state) {
    case State::Idle:
    case State::Ended:
        return;
    case State::Preparing:
        // An invite on its way is cancelled when its reply comes (invite()).
        return finish(EndReason::Cancelled, tr("You cancelled the call."));
    case State::Calling:
        sendForget(u"call_cancel"_s, m_call.id);
        return finish(EndReason::Cancelled, tr("You cancelled the call."));
    case State::Ringing:
        return decline();
    case State::InCall:
    case State::PeerAway:
        sendForget(u"call_end"_s, m_call.id);
        return finish(EndReason::Ended, tr("You ended the call."));
    case State::Reconnecting:
        m_endWhenBack = m_call.id;
        return finish(EndReason::Ended, tr("You ended the call."));
    }
}

// --- During the call --------------------------------------------------------------------------

void CallClient::onPush(const Message &push)
{
    if (push.type == u"call_ring")
        return onRing(push);
    const QString callId = push.body.value(u"call_id"_s).toString();
    if (push.type == u"call_ended" && m_checkingRing == callId) {
        m_checkingRing.reset(); // it stopped ringing before we had checked it
        return;
    }
    if (callId.isEmpty() || callId != m_call.id || !inCall())
        return; // a late push of a call that is over here
    if (push.type == u"call_accepted") {
        if (m_call.caller && (m_state == State::Calling || m_state == State::Preparing))
            enterCall(quint32(push.body.value(u"handle"_s).toInteger()), true);
    } else if (push.type == u"call_peer_away") {
        if (m_state == State::InCall)
            setState(State::PeerAway);
    } else if (push.type == u"call_rejoined") {
        if (m_state == State::PeerAway)
            setState(State::InCall);
    } else if (push.type == u"call_ended") {
        const QString wire = push.body.value(u"reason"_s).toString();
        const EndReason reason = reasonFromWire(wire).value_or(EndReason::Failed);
        finish(reason, endedMessage(reason, push.body.value(u"message"_s).toString()));
    }
}

void CallClient::enterCall(quint32 handle, bool peerPresent)
{
    if (handle == 0)
        return finish(EndReason::Failed, tr("The server gave the call no media channel."));
    m_transport.setHandle(handle);
    setState(peerPresent ? State::InCall : State::PeerAway);
}

void CallClient::onConnectionState()
{
    const bool signedIn = m_link->state() == ServerConnection::State::SignedIn;
    const bool wasSignedIn = std::exchange(m_wasSignedIn, signedIn);
    if (signedIn) {
        if (!m_endWhenBack.isEmpty())
            sendForget(u"call_end"_s, std::exchange(m_endWhenBack, {}));
        if (m_state == State::Reconnecting)
            rejoin();
        return;
    }
    if (!wasSignedIn)
        return;
    // Signed out (here or elsewhere): the server ends this connection's calls.
    if (!m_link->session().isValid() && m_link->session().token.isEmpty()) {
        m_endWhenBack.clear();
        if (inCall())
            finish(EndReason::SignedOut, tr("The call ended: you were signed out."));
        return;
    }
    // The link dropped.
    m_transport.setHandle(0);
    switch (m_state) {
    case State::InCall:
    case State::PeerAway:
        m_lostAtMs = m_clock.nowMs();
        m_rejoining = false;
        setState(State::Reconnecting);
        break;
    case State::Preparing:
    case State::Calling:
        // Before the answer the server keeps nothing for a caller whose link dropped.
        finish(EndReason::ConnectionLost,
               tr("The call ended: the connection to the server was lost."));
        break;
    case State::Ringing:
        // It rings here again if it still rings when we are back.
        finish(EndReason::ConnectionLost,
               tr("The call was missed: the connection to the server was lost."));
        break;
    default:
        break;
    }
}

void CallClient::rejoin()
{
    if (m_rejoining)
        return;
    m_rejoining = true;
    request(u"call_rejoin"_s, { { u"call_id"_s, m_call.id } },
            [this](const ServerReply &reply) { onRejoined(reply); });
}

void CallClient::onRejoined(const ServerReply &reply)
{
    m_rejoining = false;
    if (m_state != State::Reconnecting)
        return;
    if (reply.ok())
        return enterCall(quint32(reply.message.body.value(u"handle"_s).toInteger()),
                         reply.message.body.value(u"peer_present"_s).toBool());
    if (reply.connectionLost)
        return; // dropped again: the next sign-in tries again
    if (reply.error == ProtocolError::Throttled) {
        QTimer::singleShot(int(std::clamp(reply.retryAfterMs(), qint64(100), qint64(5000))), this,
                           [this] {
                               if (m_state == State::Reconnecting
                                   && m_link->state() == ServerConnection::State::SignedIn)
                                   rejoin();
                           });
        return;
    }
    // not_found: the call ended while we were away (the grace passed, the peer hung up, or
    // the server restarted and lost it).
    qCInfo(lcCalls) << "call_rejoin refused:" << reply.errorText;
    finish(EndReason::ConnectionLost, tr("The call ended: the connection to the server was lost."));
}

void CallClient::checkGrace()
{
    if (m_state != State::Reconnecting || m_rejoining)
        return;
    if (m_clock.nowMs() - m_lostAtMs > m_rejoinGraceMs)
        finish(EndReason::ConnectionLost,
               tr("The call ended: the connection to the server was lost."));
}

// --- Endings ----------------------------------------------------------------------------------

void CallClient::abandon(const QString &message)
{
    dropAnchor();
    m_call = Call {};
    m_call.serial = m_nextSerial++;
    m_transport.setHandle(0);
    setState(State::Idle);
    emit failed(message);
}

void CallClient::finish(EndReason reason, const QString &message)
{
    if (!inCall())
        return;
    qCInfo(lcCalls) << "call ended:" << reason;
    dropAnchor();
    m_transport.setHandle(0);
    m_call.secret = SecureBytes();
    m_call.serial = m_nextSerial++; // replies still on their way are for a call that is over
    m_rejoining = false;
    m_endReason = reason;
    m_endMessage = message;
    setState(State::Ended);
    emit callEnded(reason, message);
}

QString CallClient::endedMessage(EndReason reason, const QString &serverMessage) const
{
    const QString peer = m_call.peerName.isEmpty()
            ? (m_call.caller ? tr("The patient") : tr("The doctor"))
            : m_call.peerName;
    switch (reason) {
    case EndReason::Declined:
        return tr("%1 declined the call.").arg(peer);
    case EndReason::Cancelled:
        return tr("%1 hung up before you answered.").arg(peer);
    case EndReason::NoAnswer:
        return m_call.caller ? tr("%1 did not answer.").arg(peer)
                             : tr("You missed a call from %1.").arg(peer);
    case EndReason::Busy:
        return tr("%1 is in another call.").arg(peer);
    case EndReason::Ended:
        return tr("%1 ended the call.").arg(peer);
    case EndReason::ConnectionLost:
        return tr("The call ended: the connection was lost.");
    case EndReason::SignedOut:
        return tr("The call ended: %1 signed out.").arg(peer);
    case EndReason::AnsweredElsewhere:
        return tr("The call was answered on another computer.");
    case EndReason::Moved:
        return tr("The call moved to another computer.");
    case EndReason::Failed:
        break;
    }
    return serverMessage.isEmpty() ? tr("The call ended.") : serverMessage;
}

} // namespace clinic::calls
