#pragma once

#include "domain/account.h"
#include "storage/preparedqueries.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

class AuditLog;
class SyncService;

// A call the worker found allowed (CallService::checkInvite), for the socket side to ring.
struct CallInvite
{
    QString callId; // chosen by the caller: it is sealed into the call secret
    QString appointmentId;
    QString callerId;
    QString callerName;
    QByteArray callerKey; // the caller's X25519 public key, for the callee to open the secret
    QString calleeId;
    QByteArray calleeSecret; // the call secret sealed to the callee (CallKeys::sealCallSecret)
};

// A call as the socket side saw it (CallRelay), for the worker to keep with its visit
// (CallService::keep): once when it is answered, and once when it ends, answered or not.
struct CallRecord
{
    QString id; // the visit_call row's, drawn by the server: call ids are the callers'
    QString callId;
    QString appointmentId;
    QString doctorId; // the caller
    QString patientId; // the callee
    qint64 invitedAtMs = 0; // server clock (the injected Clock), UTC ms
    qint64 answeredAtMs = 0; // 0: not answered
    qint64 endedAtMs = 0; // 0: still going
    QString endReason; // call_ended's reason (docs/protocol.md); empty while it goes on
    QString endedBy; // the account whose request or sign-out ended it; empty: the server did
};

// What one server instance tells the others about a call anchored on it, through PostgreSQL
// NOTIFY on CallService::callsChannel() (docs/video.md, "Calls across instances"). Small, and
// checked on receipt like anything from the wire: the channel is open to any session of the
// database, so a payload proves nothing by itself.
struct CallNotice
{
    enum class Kind {
        Ring, // the anchor rings the callee: instances where they are connected tell them where
        Stop, // the anchor's call stopped ringing (answered, or ended with `reason`)
        Decline, // the callee declined through another instance; for the anchor
        Busy, // the callee is in a call on another instance; for the anchor
    };

    Kind kind = Kind::Ring;
    QString callId;
    QString calleeId;
    // Every kind: call ids are the callers' and only unique on their anchor, so a call is
    // named by its id and its visit (version 2; version 1 named rings by call id alone).
    QString appointmentId;
    QString callerId; // Ring
    QString anchor; // Ring: the anchor's address, a wss:// URL (isAnchorUrl)
    QString reason; // Stop: call_ended's reason

    static constexpr int version = 2;
    static constexpr qsizetype maxPayloadBytes = 1024;
    static constexpr qsizetype maxAnchorChars = 256;

    QString encode() const;
    // nullopt for anything that is not a notice this build writes, field by field.
    static std::optional<CallNotice> decode(const QString &payload);
    // wss://host[:port][/], nothing else (no user, query or fragment), at most maxAnchorChars.
    static bool isAnchorUrl(const QString &url);
    // A call id as call_invite takes one: 16 to 64 of A-Z a-z 0-9 - _.
    static bool isCallId(const QString &text);
};

// The database side of video visits (docs/video.md): the accounts' call public keys, and who
// may call whom for which appointment, when. The call itself lives on the socket thread
// (CallRelay), which must not wait for the database; this runs on the worker's.
class CallService
{
    Q_DECLARE_TR_FUNCTIONS(clinic::CallService)
public:
    // A visit's call may start from this long before the appointment's start until this long
    // after its end: the doctor may open the room early, and a visit may run over.
    static constexpr qint64 joinBeforeStartMs = 15 * 60 * 1000;
    static constexpr qint64 joinAfterEndMs = 60 * 60 * 1000;

    // The two sides of a visit, as a call needs them.
    struct Visit
    {
        QString appointmentId;
        QString doctorId;
        QString doctorName;
        QByteArray doctorKey; // empty: no key registered
        QString patientId;
        QByteArray patientKey;
    };

    CallService(QSqlDatabase db, const Clock &clock);

    // Servers sharing a PostgreSQL database tell each other about calls on this channel.
    static QString callsChannel() { return QStringLiteral("clinic_calls"); }
    // Sends the notice to the other servers (PostgreSQL only; nothing on the embedded store).
    Result<void> announce(const CallNotice &notice);
    // A ring another server announced, checked against the database before anyone here hears
    // it: the appointment is a confirmed video visit within its window whose doctor is the
    // caller and whose patient is the callee.
    Result<void> checkRing(const CallNotice &notice);

    // Whether the account's registered key is this one (nothing to write).
    Result<bool> isRegistered(const Account &account, const QByteArray &publicKey);
    // Stores (or replaces) the account's X25519 public key: 32 bytes.
    Result<void> registerKey(const Account &account, const QByteArray &publicKey);
    // The keys of the visit's doctor and patient, for either of them: ErrorCode::NotFound for
    // no such appointment, Forbidden for anyone else.
    Result<Visit> keysFor(const Account &account, const QString &appointmentId);
    // Whether `caller` may call the appointment's patient now: its doctor, for a confirmed
    // video visit, inside the visit's window, with both keys registered. The error says why
    // not, for the doctor to read.
    Result<Visit> checkInvite(const Account &caller, const QString &appointmentId);

    // Keeps the call with its visit: its visit_call row (written as the server, in the
    // patient's record and the doctor's own bucket) and an audit entry (call.answered or
    // call.ended), in one transaction. Returns the buckets that changed, for their pokes.
    //
    // On PostgreSQL an answered call's row is held live by this instance: a session advisory
    // lock on it, taken before its row is written and let go once its end is, so the lock
    // outlives the instance only as long as its database session (closeDangling).
    Result<QSet<QString>> keep(SyncService &sync, AuditLog &audit, const CallRecord &record);

    // Ends, as "server_lost" at the server's time now, every answered call's row left without
    // an end by a server that died mid-call: on the embedded store (one server per data dir),
    // every such row (run it at start, before any call); on PostgreSQL, those no live instance
    // holds (its lock is free: the anchor's session is gone), never this instance's own.
    // Returns the buckets that changed, for their pokes.
    Result<QSet<QString>> closeDangling(SyncService &sync, AuditLog &audit);
    // How often a shared database's instances look for calls left by an instance gone.
    static constexpr qint64 danglingSweepMs = 60 * 1000;

private:
    struct Row;
    Result<Row> appointment(const QString &appointmentId);
    Result<QByteArray> keyOf(const QString &accountId);
    Result<QString> nameOf(const QString &accountId);

    // Takes the row's live lock if free (never waits); true when this instance holds it.
    Result<bool> lockLive(const QString &recordId);
    void unlockLive(const QString &recordId);

    const Clock &m_clock;
    PreparedQueries m_queries;
    QSet<QString> m_live; // visit_call ids this instance holds live (PostgreSQL)
};

} // namespace clinic
