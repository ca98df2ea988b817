#pragma once

#include "callservice.h"
#include "protocol/mediaframe.h"
#include "protocol/message.h"
#include "serverlimits.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace clinic {

// Video calls on the socket thread: their life cycle after the worker allowed one
// (call_invite), the control requests that need no database (call_accept, call_decline,
// call_cancel, call_end, call_rejoin), and the relay of their media frames. Relaying must not
// wait for the database, so none of this goes through the worker (docs/video.md).
//
// A call has two participants, its roster: the caller (participant 0, the visit's doctor) and
// the callee (participant 1, its patient); each takes part through one connection at a time.
// An account is in at most one call, which bounds what anyone can make the relay hold.
//
// Media frames are binary WebSocket messages that are not protocol messages (MediaFrame). The
// relay forwards one only from a participant of an answered call to the other participant,
// byte for byte; everything else is dropped and counted. Per receiver, frames wait in a queue
// bounded in bytes while its socket holds too much unsent: video loses its oldest frames first,
// audio and chat keep a smaller allowance of their own.
class CallRelay : public QObject
{
    Q_OBJECT
public:
    // What the relay needs of the connections (SyncServer).
    class Network
    {
    public:
        virtual ~Network() = default;
        virtual void push(quint64 connection, const Message &message) = 0;
        virtual void sendMedia(quint64 connection, const QByteArray &frame) = 0;
        virtual qint64 unsentBytes(quint64 connection) const = 0;
        // The connections signed in to the account and not closing.
        virtual QList<quint64> connectionsOf(const QString &accountId) const = 0;
    };

    // Why a connection leaves its call.
    enum class Departure { Disconnected, SignedOut };
    enum class MediaVerdict { Relayed, Dropped, Refused }; // Refused: too much garbage, close

    // What the relay did with the frames it was given (tests and the status command).
    struct Counts
    {
        quint64 relayed = 0; // frames forwarded (once per receiver)
        quint64 stray = 0; // well-formed, but from no participant of an answered call
        quint64 malformed = 0; // not a media frame the relay can read, or too large
        quint64 overRate = 0; // past the sender's bytes-per-second cap
        quint64 videoDropped = 0; // lost in a slow receiver's queue
        quint64 audioDropped = 0;
        quint64 controlFloods = 0; // connections closed for too much call control
        qint64 peakQueuedBytes = 0; // the most any receiver's queue held (queueCost)
    };

    // A connection sending more malformed media frames than this is refused (bad_frame):
    // Clinic never sends one; a few are forgiven so a bug costs a frame, not the call.
    static constexpr int maxMalformedMediaFrames = 8;
    // Control requests are decoded on the socket thread: they must be small.
    static constexpr qsizetype maxControlBytes = 1024;
    // Frames go from a receiver's queue to its socket while the socket holds less than this.
    static constexpr qint64 socketMediaBytes = 64 * 1024;
    // What a waiting frame costs beyond its bytes (its QByteArray and queue entry), charged
    // against the queue bounds so a flood of tiny frames is bounded in memory too.
    static constexpr qint64 queuedFrameOverhead = 64;
    // Every frame is charged at least this against the sender's bytes per second, which so
    // also bounds frames per second (2,048 a second at 512 KiB/s; a call sends about 100).
    static constexpr qint64 minChargedFrameBytes = 256;
    // A participant moves its call from one of its connections to another (call_rejoin while
    // the first is still there) at most this often: each move tells the other side, and moving
    // back and forth must not become a stream of pushes to someone else's connection.
    static constexpr qint64 minMoveIntervalMs = 1000;
    // Call control is answered on the socket thread at once, outside the request queue: per
    // connection at most this many in a burst, refilled at controlPerSecond. A Clinic sends a
    // few per call; a connection past it is a flood and is closed (takeControl).
    static constexpr double controlBurst = 256;
    static constexpr double controlPerSecond = 64;

    // `clock` (the server's injected Clock) stamps what is kept of each call; it must outlive
    // the relay.
    CallRelay(Network &network, const ServerLimits &limits, const Clock &clock,
              QObject *parent = nullptr);
    ~CallRelay() override;

    // With several server instances on one PostgreSQL the callee may be connected to another:
    // the call is anchored here (its state and media stay here) and announced to the others,
    // which tell the callee's connections where to join it (docs/video.md). `url` is how
    // clients reach this instance, a wss:// URL (CallNotice::isAnchorUrl); empty: calls are
    // not announced.
    void setAnchorUrl(const QString &url) { m_anchorUrl = url; }
    QString anchorUrl() const { return m_anchorUrl; }
    // Another instance's notice, decoded and checked by the worker (ServerWorker).
    void onNotice(const CallNotice &notice);
    // Calls anchored elsewhere whose rings this instance holds for its connections: bounded.
    static constexpr int maxRemoteRings = 4096;
    int remoteRingCount() const { return int(m_remoteRings.size()); }

    static bool handles(QStringView type); // the control requests answered here
    static bool isMedia(const QByteArray &frame);

    // Before the caller hears "ok": refused when the caller is in a call already, or the call
    // id is taken.
    Result<void> canInvite(const QString &callerAccountId, const CallInvite &invite) const;
    // After it: rings the callee's connections (or ends the call at once as "busy").
    void invite(quint64 callerConnection, const CallInvite &invite);
    // A control request (handles(type)) from a signed-in connection: answers it (through
    // Network::push) and does what it asks. nowMs: a monotonic clock, as for onMedia.
    void control(quint64 connection, const QString &accountId, const Message &request,
                 qint64 nowMs);
    // Before a control request is even decoded: false when the connection is past its control
    // allowance (controlBurst), and should be closed.
    bool takeControl(quint64 connection, qint64 nowMs);
    MediaVerdict onMedia(quint64 connection, const QByteArray &frame, qint64 nowMs);

    void onSignedIn(quint64 connection, const QString &accountId);
    void onLeft(quint64 connection, Departure departure);
    void onDrained(quint64 connection); // its socket took some of what waited
    void clear();

    const Counts &counts() const { return m_counts; }
    int callCount() const { return int(m_calls.size()); }

signals:
    // A call was answered, or ended (answered or not): what to keep with its visit. The
    // socket side hands it to the database thread without waiting (SyncServer).
    void recorded(const clinic::CallRecord &record);
    // For the other instances on the shared database (SyncServer hands it to the worker).
    void announced(const clinic::CallNotice &notice);

private:
    // Bytes one may still send: a token bucket holding a second's worth, refilled as time passes.
    struct Allowance
    {
        double bytes = 0;
        qint64 refilledAt = -1; // never used yet: full
    };
    struct Participant
    {
        QString accountId;
        quint64 connection = 0; // 0: away (dropped, within its grace)
        QTimer *grace = nullptr; // while away; a child of the relay
        // What it relays is charged here as well as on its connection: the cap is the
        // participant's, so moving the call to a fresh connection (call_rejoin) does not refill it.
        Allowance allowance;
        qint64 movedAt = -1; // the last move from one live connection to another
    };
    struct Call
    {
        quint32 handle = 0;
        QString callId;
        QString appointmentId;
        Participant roster[2]; // caller, callee
        bool answered = false;
        QSet<quint64> ringing; // the callee's connections rung
        QCborMap ring; // the call_ring body, for connections that sign in while it rings
        QTimer *ringTimer = nullptr; // a child of the relay; stops once answered
        QString recordId; // its visit_call row's id
        qint64 invitedAtMs = 0; // the injected clock's
        qint64 answeredAtMs = 0;
        bool announced = false; // rung on the other instances too, and not stopped yet
    };
    // A call anchored on another instance, ringing the callee's connections here.
    struct RemoteRing
    {
        QString callId;
        QString appointmentId; // the visit the worker checked the ring against
        QString calleeId;
        QCborMap push; // call_ring_elsewhere's body
        QSet<quint64> ringing;
        QTimer *expiry = nullptr; // should the anchor's stop never come; a child of the relay
        // The callee declined it here: the anchor was told once. Call control is not rate
        // limited, so without this each repeated call_decline (from any of the callee's
        // connections) was another NOTIFY to every instance and another task queued on the
        // worker until the anchor's stop came back.
        bool declined = false;
    };
    // What ends a call, and whose doing it was (empty: the server's, a timer or a lost link).
    struct Ending
    {
        quint32 handle = 0;
        QString reason;
        QString by;
    };
    struct Queued
    {
        QByteArray frame;
        quint64 order = 0; // arrival, across both queues: frames leave in the order they came
    };
    // Per connection that sent or receives media. Video and audio wait apart, so dropping the
    // oldest of either is one step however many tiny frames of the other wait.
    struct MediaState
    {
        std::deque<Queued> video;
        std::deque<Queued> audio; // and chat
        qint64 videoBytes = 0; // charged as queueCost()
        qint64 audioBytes = 0;
        quint64 nextOrder = 0;
        Allowance allowance; // what it sends, relayed or not
        int malformed = 0;
    };

    Call *callOf(const QString &callId);
    Call *callByHandle(quint32 handle);
    static int rosterIndex(const Call &call, const QString &accountId);
    static int rosterIndexOfConnection(const Call &call, quint64 connection);
    quint32 newHandle();

    Message answer(quint64 connection, const QString &accountId, const Message &request,
                   qint64 nowMs);
    Message accept(Call &call, quint64 connection, const Message &request);
    Message rejoin(Call &call, int index, quint64 connection, const Message &request, qint64 nowMs);
    void startGrace(Call &call, int index);
    // Timers may be what ends a call: they go once their signal has returned.
    static void dispose(QTimer *&timer);
    void ring(Call &call, quint64 connection);
    // Tells every connection the call concerned, then forgets the call.
    void end(quint32 handle, const QString &reason, const QString &by = {});
    CallRecord recordOf(const Call &call) const;
    void pushEnded(quint64 connection, const Call &call, const QString &reason);
    // Tells the other instances the call rings no more, once.
    void stopAnnounced(Call &call, const QString &reason);
    void ringRemote(const CallNotice &notice);
    void ringElsewhere(RemoteRing &ring, quint64 connection);
    void forgetRemoteRing(const QString &key);
    // Remote rings are kept by call id and visit (ringRemote).
    static QString remoteKey(const QString &callId, const QString &appointmentId);
    QHash<QString, RemoteRing>::iterator remoteRingOf(quint64 connection, const QString &accountId,
                                                      const QString &callId);
    Message answerRemote(quint64 connection, const QString &accountId, const QString &callId,
                         const Message &request);

    bool takeAllowance(Allowance &allowance, qint64 bytes, qint64 nowMs) const;
    MediaVerdict malformed(quint64 connection);
    void enqueue(quint64 receiver, const QByteArray &frame, bool video);
    void flush(quint64 receiver);
    static qint64 queueCost(const QByteArray &frame) { return frame.size() + queuedFrameOverhead; }

    Network &m_network;
    ServerLimits m_limits;
    const Clock &m_clock;
    std::map<quint32, std::unique_ptr<Call>> m_calls; // by handle
    QHash<QString, quint32> m_byCallId;
    QHash<QString, quint32> m_byAccount; // both participants' accounts
    QHash<quint64, quint32> m_byConnection; // participants' connections and those rung
    QHash<quint64, MediaState> m_media;
    struct ControlAllowance
    {
        double requests = controlBurst;
        qint64 refilledAt = -1;
    };
    QHash<quint64, ControlAllowance> m_control; // connections that sent call control
    quint32 m_nextHandle;
    std::optional<Ending> m_pendingEnd; // control(): after the answer
    QString m_anchorUrl;
    QHash<QString, RemoteRing> m_remoteRings; // by remoteKey(call id, visit)
    QHash<quint64, QString> m_remoteByConnection; // connections rung elsewhere -> remoteKey
    Counts m_counts;
};

} // namespace clinic
