#pragma once

#include "calls/servercalltransport.h"
#include "crypto/securebytes.h"
#include "domain/callidentity.h"
#include "protocol/message.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <optional>

namespace clinic {
class Clock;
class ServerConnection;
struct ServerReply;
} // namespace clinic

namespace clinic::calls {

// One signed-in user's video calls on this computer, at most one at a time: the signalling
// of docs/protocol.md ("Video calls") over the user's ServerConnection, the call secret's
// sealing and opening, the peer's key checked against the one remembered (CallIdentity), and
// the call's media frames over the relay (transport()). The media itself is a CallMedia the
// window makes from callSecret(), callId(), participant() and transport() once InCall, and
// stops at callEnded. See docs/video.md, "The desktop's side".
//
//   Idle -> Preparing (keys fetched, the patient's key checked) -> Calling -> InCall
//   Idle -> Ringing (a checked, opened call_ring) -> InCall
//   InCall <-> PeerAway (the other side's link dropped, then back)
//   InCall/PeerAway -> Reconnecting (our link dropped) -> call_rejoin when signed in again
//   any of them -> Ended (callEnded), and Ended -> a new call
//
// Engines show no dialogs: a peer key that changed since the last call is a peerKeyChanged
// signal, and the call goes no further (no invite sent, no answer possible) until the user
// accepts the new key with trustPeerKey(), or hangs up.
class CallClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Calling, Ringing, InCall, PeerAway, Reconnecting, Ended };
    Q_ENUM(State)
    // Why a call ended: the server's reasons of call_ended (docs/protocol.md), and Failed for a
    // call this side could not go on with.
    enum class EndReason {
        Declined,
        Cancelled,
        NoAnswer,
        Busy,
        Ended,
        ConnectionLost,
        SignedOut,
        AnsweredElsewhere,
        Moved,
        Failed,
    };
    Q_ENUM(EndReason)
    using PeerKey = CallIdentity::PeerKey;

    // The server's call_rejoin_grace_ms: how long after our link dropped a call is still
    // rejoined. Past it (by the clock) the call is over whatever the server says.
    static constexpr qint64 defaultRejoinGraceMs = 30 * 1000;
    // How long a connection opened to another instance waits for the call to ring there.
    static constexpr int anchorJoinMs = 15 * 1000;

    // `db`: the user's encrypted store (their call key, the keys of earlier calls, the
    // appointments); `accountId`: the signed-in user's.
    CallClient(ServerConnection &connection, QSqlDatabase db, QString accountId, const Clock &clock,
               QObject *parent = nullptr);
    ~CallClient() override;

    void setRejoinGraceMs(qint64 graceMs) { m_rejoinGraceMs = graceMs; }

    State state() const { return m_state; }
    // A call is being set up, rings, or goes on (neither Idle nor Ended).
    bool inCall() const { return m_state != State::Idle && m_state != State::Ended; }

    // The doctor calls the patient of a video visit.
    void startCall(const QString &appointmentId);
    // The user accepts the peer's new key (after peerKeyChanged): the call may go on.
    void trustPeerKey();
    void accept();
    void decline();
    // Cancels before the answer, declines a ringing call, ends an answered one.
    void hangUp();

    QString callId() const { return m_call.id; }
    QString appointmentId() const { return m_call.appointmentId; }
    QString peerName() const { return m_call.peerName; }
    QString peerAccountId() const { return m_call.peerId; }
    bool isCaller() const { return m_call.caller; }
    // Places in the call's roster (CallMediaConfig): the caller is 0, the callee 1.
    quint8 participant() const { return m_call.caller ? 0 : 1; }
    quint8 peerParticipant() const { return m_call.caller ? 1 : 0; }
    // For CallMedia::create, from Ringing or Calling until the call ends (then wiped).
    const SecureBytes &callSecret() const { return m_call.secret; }
    ServerCallTransport &transport() { return m_transport; }
    // Six groups of four digits, the same on both sides unless someone stands in between.
    QString safetyCode() const { return m_call.safetyCode; }
    PeerKey peerKeyStatus() const { return m_call.keyStatus; }
    bool peerKeyTrusted() const { return m_call.keyTrusted; }
    EndReason endReason() const { return m_endReason; }
    QString endMessage() const { return m_endMessage; }

signals:
    void stateChanged(clinic::calls::CallClient::State state);
    void incomingCall(const QString &callerName, const QString &appointmentId);
    // The peer's key is not the one of the last call with them. The safety code is known.
    void peerKeyChanged(const QString &peerName);
    void callEnded(clinic::calls::CallClient::EndReason reason, const QString &message);
    // A call that could not start (the server refused the invite, a ring that failed its
    // checks), or an action refused; nothing else changed.
    void failed(const QString &message);

private:
    struct Call
    {
        quint64 serial = 0; // which call a reply belongs to
        QString id;
        QString appointmentId;
        QString peerId;
        QString peerName;
        QByteArray peerKey;
        SecureBytes secret;
        QString safetyCode;
        PeerKey keyStatus = PeerKey::Same;
        bool keyTrusted = true;
        bool caller = false;
        bool accepting = false;
    };
    struct Ring
    {
        QString callId;
        QString appointmentId;
        QString callerId;
        QString callerName;
        QByteArray callerKey;
        QByteArray sealedSecret;
    };

    void setState(State state);
    void newCall(bool caller, const QString &appointmentId);
    // Replies to requests about the call that is on now; late ones are dropped.
    void request(const QString &type, const QCborMap &body,
                 std::function<void(const ServerReply &)> handler);
    void sendForget(const QString &type, const QString &callId);

    void onCallKeys(const ServerReply &reply);
    void checkPatientKey(const QString &patientId, const QByteArray &patientKey);
    void invite();
    void onRing(const Message &push);
    // The callee's: a call anchored on another server instance rings (call_ring_elsewhere):
    // a second connection joins it there, on the same session (docs/video.md).
    void onHomePush(const Message &push);
    void joinAnchor(const Message &push);
    void onAnchorState();
    // Back to the home connection alone; the anchor's connection closes a moment later, so
    // what was just sent on it (call_end) goes out first.
    void dropAnchor();
    void onRingKeys(const Ring &ring, const ServerReply &reply);
    void onPush(const Message &push);
    void onConnectionState();
    void rejoin();
    void onRejoined(const ServerReply &reply);
    void checkGrace();
    void enterCall(quint32 handle, bool peerPresent);
    // Nothing happened at the server (or nothing that needs ending): back to Idle.
    void abandon(const QString &message);
    void finish(EndReason reason, const QString &message);
    QString endedMessage(EndReason reason, const QString &serverMessage) const;

    ServerConnection &m_home; // the user's connection to their server
    ServerConnection *m_link; // where calls go: m_home, or m_anchor while joined elsewhere
    ServerConnection *m_anchor = nullptr; // a child, to the instance that anchors the call
    QString m_anchorCallId; // the call it was opened for
    bool m_anchorResumed = false;
    QTimer m_anchorTimer; // no ring on the anchor in time: it is dropped
    QSqlDatabase m_db;
    QString m_accountId;
    const Clock &m_clock;
    ServerCallTransport m_transport;
    State m_state = State::Idle;
    Call m_call;
    quint64 m_nextSerial = 1;
    std::optional<QString> m_checkingRing; // a ring's call id while its keys are fetched
    bool m_wasSignedIn = false;
    qint64 m_lostAtMs = 0;
    qint64 m_rejoinGraceMs = defaultRejoinGraceMs;
    bool m_rejoining = false;
    QString m_endWhenBack; // a call hung up while our link was down: call_end once back
    QTimer m_graceTimer;
    EndReason m_endReason = EndReason::Ended;
    QString m_endMessage;
};

} // namespace clinic::calls
