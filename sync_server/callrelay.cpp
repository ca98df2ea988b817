#include "callrelay.h"

#include "crypto/callkeys.h"
#include "crypto/sframe.h"
#include "util/rowid.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct EndReason
{
    const char *code;
    const char *message;
};

// The reasons call_ended carries (docs/protocol.md), with the sentence a client may show.
constexpr std::array endReasons {
    EndReason { "declined", QT_TRANSLATE_NOOP("clinic::CallRelay", "The call was declined.") },
    EndReason { "cancelled",
                QT_TRANSLATE_NOOP("clinic::CallRelay", "The caller hung up before an answer.") },
    EndReason { "no_answer", QT_TRANSLATE_NOOP("clinic::CallRelay", "Nobody answered the call.") },
    EndReason { "busy",
                QT_TRANSLATE_NOOP("clinic::CallRelay", "The other side is in another call.") },
    EndReason { "ended", QT_TRANSLATE_NOOP("clinic::CallRelay", "The call has ended.") },
    EndReason { "connection_lost",
                QT_TRANSLATE_NOOP("clinic::CallRelay",
                                  "The connection was lost and did not come back in time.") },
    EndReason {
            "signed_out",
            QT_TRANSLATE_NOOP("clinic::CallRelay", "The call ended: a participant signed out.") },
    EndReason {
            "answered_elsewhere",
            QT_TRANSLATE_NOOP("clinic::CallRelay", "The call was answered on another device.") },
    EndReason { "moved",
                QT_TRANSLATE_NOOP("clinic::CallRelay", "The call goes on on another device.") },
};

QString messageFor(const QString &reason)
{
    for (const EndReason &entry : endReasons) {
        if (reason == QLatin1StringView(entry.code))
            return CallRelay::tr(entry.message);
    }
    return CallRelay::tr("The call has ended.");
}

// What a control request names: its call. Ids are the caller's, within the wire's bounds.
QString callIdOf(const Message &request, QString *problem)
{
    BodyReader body(request.body);
    const QString callId = body.text(u"call_id", 64);
    if (!body.ok())
        *problem = body.problem();
    return callId;
}

Message failure(ProtocolError code, const QString &text, const Message &request)
{
    return Message::error(code, text, request.id);
}

} // namespace

CallRelay::CallRelay(Network &network, const ServerLimits &limits, const Clock &clock,
                     QObject *parent)
    : QObject(parent), m_network(network), m_limits(limits), m_clock(clock),
      m_nextHandle(QRandomGenerator::system()->generate())
{ }

CallRelay::~CallRelay() = default;

bool CallRelay::handles(QStringView type)
{
    return type == u"call_accept" || type == u"call_decline" || type == u"call_cancel"
            || type == u"call_end" || type == u"call_rejoin";
}

bool CallRelay::isMedia(const QByteArray &frame)
{
    return MediaFrame::isMedia(frame);
}

CallRelay::Call *CallRelay::callOf(const QString &callId)
{
    auto it = m_byCallId.constFind(callId);
    return it == m_byCallId.cend() ? nullptr : callByHandle(*it);
}

CallRelay::Call *CallRelay::callByHandle(quint32 handle)
{
    auto it = m_calls.find(handle);
    return it == m_calls.end() ? nullptr : it->second.get();
}

int CallRelay::rosterIndex(const Call &call, const QString &accountId)
{
    for (int i = 0; i < 2; ++i) {
        if (call.roster[i].accountId == accountId)
            return i;
    }
    return -1;
}

int CallRelay::rosterIndexOfConnection(const Call &call, quint64 connection)
{
    for (int i = 0; i < 2; ++i) {
        if (connection != 0 && call.roster[i].connection == connection)
            return i;
    }
    return -1;
}

// Handles are never 0 and never two live calls': a frame of a call that ended cannot reach the
// next call of the same two people.
quint32 CallRelay::newHandle()
{
    do
        ++m_nextHandle;
    while (m_nextHandle == 0 || m_calls.count(m_nextHandle) > 0);
    return m_nextHandle;
}

Result<void> CallRelay::canInvite(const QString &callerAccountId, const CallInvite &invite) const
{
    if (m_byAccount.contains(callerAccountId))
        return makeError(ErrorCode::InvalidArgument,
                         tr("You are in a call already: end it before starting another."));
    if (m_byCallId.contains(invite.callId))
        return makeError(ErrorCode::InvalidArgument, tr("This call id is in use; draw a new one."));
    if (invite.calleeId == callerAccountId)
        return makeError(ErrorCode::InvalidArgument, tr("You cannot call yourself."));
    return {};
}

void CallRelay::invite(quint64 callerConnection, const CallInvite &invite)
{
    const quint32 handle = newHandle();
    auto call = std::make_unique<Call>();
    call->handle = handle;
    call->callId = invite.callId;
    call->appointmentId = invite.appointmentId;
    call->roster[0].accountId = invite.callerId;
    call->roster[0].connection = callerConnection;
    call->roster[1].accountId = invite.calleeId;
    call->recordId = newRowId(m_clock);
    call->invitedAtMs = m_clock.nowMs();
    call->ring = QCborMap { { u"call_id"_s, invite.callId },
                            { u"appointment_id"_s, invite.appointmentId },
                            { u"caller_id"_s, invite.callerId },
                            { u"caller_name"_s, invite.callerName },
                            { u"caller_public_key"_s, CallKeys::encodePublicKey(invite.callerKey) },
                            { u"secret"_s, invite.calleeSecret } };
    call->ringTimer = new QTimer(this);
    call->ringTimer->setSingleShot(true);
    call->ringTimer->setInterval(int(m_limits.ringTimeoutMs));
    connect(call->ringTimer, &QTimer::timeout, this,
            [this, handle] { end(handle, u"no_answer"_s); });
    Call &placed = *call;
    m_calls.emplace(handle, std::move(call));
    m_byCallId.insert(invite.callId, handle);
    m_byAccount.insert(invite.callerId, handle);
    m_byConnection.insert(callerConnection, handle);
    if (m_byAccount.contains(invite.calleeId))
        return end(handle, u"busy"_s);
    m_byAccount.insert(invite.calleeId, handle);
    for (quint64 connection : m_network.connectionsOf(invite.calleeId))
        ring(placed, connection);
    placed.ringTimer->start();
    // The callee may be connected to another instance: anchored here, rung there too.
    if (!m_anchorUrl.isEmpty()) {
        placed.announced = true;
        CallNotice notice;
        notice.kind = CallNotice::Kind::Ring;
        notice.callId = invite.callId;
        notice.calleeId = invite.calleeId;
        notice.callerId = invite.callerId;
        notice.appointmentId = invite.appointmentId;
        notice.anchor = m_anchorUrl;
        emit announced(notice);
    }
}

void CallRelay::stopAnnounced(Call &call, const QString &reason)
{
    if (!call.announced)
        return;
    call.announced = false;
    CallNotice notice;
    notice.kind = CallNotice::Kind::Stop;
    notice.callId = call.callId;
    notice.calleeId = call.roster[1].accountId;
    notice.appointmentId = call.appointmentId;
    notice.reason = reason;
    emit announced(notice);
}

void CallRelay::onNotice(const CallNotice &notice)
{
    switch (notice.kind) {
    case CallNotice::Kind::Ring:
        return ringRemote(notice);
    case CallNotice::Kind::Stop: {
        const QString key = remoteKey(notice.callId, notice.appointmentId);
        auto it = m_remoteRings.find(key);
        if (it == m_remoteRings.end() || it->calleeId != notice.calleeId)
            return;
        const QList<quint64> told(it->ringing.cbegin(), it->ringing.cend());
        const QCborMap ended { { u"call_id"_s, notice.callId },
                               { u"reason"_s, notice.reason },
                               { u"message"_s, messageFor(notice.reason) } };
        forgetRemoteRing(key);
        for (quint64 connection : told)
            m_network.push(connection, Message { u"call_ended"_s, 0, ended });
        return;
    }
    case CallNotice::Kind::Decline:
    case CallNotice::Kind::Busy: {
        // Only for a call anchored here, still ringing, whose callee and visit the notice names
        // (call ids are the callers': another visit's call elsewhere may use the same one).
        Call *call = callOf(notice.callId);
        if (!call || call->answered || call->roster[1].accountId != notice.calleeId
            || call->appointmentId != notice.appointmentId)
            return;
        if (notice.kind == CallNotice::Kind::Decline)
            return end(call->handle, u"declined"_s, notice.calleeId);
        if (!call->ringing.isEmpty())
            return; // the callee is free here: let those computers ring
        return end(call->handle, u"busy"_s);
    }
    }
}

// Another instance anchors a call whose callee may be connected here: they are told where to
// join it (call_ring_elsewhere), as long as it rings there.
//
// Rings are kept by call id and visit, which the worker checked against the database (its
// doctor is the caller, its patient the callee): call ids are the callers', so a ring keyed by
// call id alone let a doctor on a third instance who learned or guessed another call's id
// announce it first, for a visit of their own, and so silence the real ring here.
void CallRelay::ringRemote(const CallNotice &notice)
{
    const QString key = remoteKey(notice.callId, notice.appointmentId);
    if (m_remoteRings.contains(key) || notice.anchor == m_anchorUrl)
        return; // ours, or known already
    if (Call *local = callOf(notice.callId);
        local && local->appointmentId == notice.appointmentId)
        return; // ours, by another address
    if (m_byAccount.contains(notice.calleeId)) { // in a call here
        CallNotice busy;
        busy.kind = CallNotice::Kind::Busy;
        busy.callId = notice.callId;
        busy.calleeId = notice.calleeId;
        busy.appointmentId = notice.appointmentId;
        emit announced(busy);
        return;
    }
    if (m_remoteRings.size() >= maxRemoteRings)
        return;
    RemoteRing &ring = m_remoteRings[key];
    ring.callId = notice.callId;
    ring.appointmentId = notice.appointmentId;
    ring.calleeId = notice.calleeId;
    ring.push = QCborMap { { u"call_id"_s, notice.callId },
                           { u"appointment_id"_s, notice.appointmentId },
                           { u"caller_id"_s, notice.callerId },
                           { u"anchor"_s, notice.anchor } };
    ring.expiry = new QTimer(this);
    ring.expiry->setSingleShot(true);
    const QString callId = notice.callId;
    connect(ring.expiry, &QTimer::timeout, this, [this, callId, key] {
        // The anchor's stop never came (it stopped, or the notice was lost): ringing ends
        // here as it would have there.
        auto it = m_remoteRings.find(key);
        if (it == m_remoteRings.end())
            return;
        const QList<quint64> told(it->ringing.cbegin(), it->ringing.cend());
        const QString reason = u"no_answer"_s;
        const QCborMap ended { { u"call_id"_s, callId },
                               { u"reason"_s, reason },
                               { u"message"_s, messageFor(reason) } };
        forgetRemoteRing(key);
        for (quint64 connection : told)
            m_network.push(connection, Message { u"call_ended"_s, 0, ended });
    });
    ring.expiry->start(int(m_limits.ringTimeoutMs + m_limits.ringTimeoutMs / 4));
    for (quint64 connection : m_network.connectionsOf(notice.calleeId))
        ringElsewhere(ring, connection);
}

void CallRelay::ringElsewhere(RemoteRing &ring, quint64 connection)
{
    if (ring.ringing.contains(connection) || m_byConnection.contains(connection)
        || m_remoteByConnection.contains(connection))
        return;
    ring.ringing.insert(connection);
    m_remoteByConnection.insert(connection, remoteKey(ring.callId, ring.appointmentId));
    m_network.push(connection, Message { u"call_ring_elsewhere"_s, 0, ring.push });
}

void CallRelay::forgetRemoteRing(const QString &key)
{
    auto it = m_remoteRings.find(key);
    if (it == m_remoteRings.end())
        return;
    for (quint64 connection : std::as_const(it->ringing))
        m_remoteByConnection.remove(connection);
    dispose(it->expiry);
    m_remoteRings.erase(it);
}

QString CallRelay::remoteKey(const QString &callId, const QString &appointmentId)
{
    return callId + u'/' + appointmentId; // neither holds a '/'
}

// The remote ring a callee's request names: the one rung on that connection, else any ringing
// the account under that call id.
QHash<QString, CallRelay::RemoteRing>::iterator
CallRelay::remoteRingOf(quint64 connection, const QString &accountId, const QString &callId)
{
    auto it = m_remoteRings.find(m_remoteByConnection.value(connection));
    if (it != m_remoteRings.end() && it->callId == callId && it->calleeId == accountId)
        return it;
    for (it = m_remoteRings.begin(); it != m_remoteRings.end(); ++it) {
        if (it->callId == callId && it->calleeId == accountId)
            return it;
    }
    return m_remoteRings.end();
}

// A request about a call that rings here but is anchored elsewhere: the callee may decline it
// from here (the anchor is told); everything else is done on the anchor.
Message CallRelay::answerRemote(quint64 connection, const QString &accountId, const QString &callId,
                                const Message &request)
{
    auto it = remoteRingOf(connection, accountId, callId);
    if (it == m_remoteRings.end())
        return failure(ProtocolError::NotFound, tr("There is no such call; it may have ended."),
                       request);
    if (request.type == u"call_decline") {
        // Once per ring: a repeat is answered alike but announces nothing (RemoteRing::declined).
        if (!std::exchange(it->declined, true)) {
            CallNotice decline;
            decline.kind = CallNotice::Kind::Decline;
            decline.callId = callId;
            decline.calleeId = accountId;
            decline.appointmentId = it->appointmentId;
            emit announced(decline);
        }
        // The anchor's stop tells every connection rung here, this one included.
        return Message::reply(u"ok"_s, request.id, { { u"call_id"_s, callId } });
    }
    if (request.type != u"call_accept") // cancel and end are the caller's; rejoin, after an answer
        return failure(ProtocolError::NotFound, tr("There is no such call; it may have ended."),
                       request);
    Message refused = failure(ProtocolError::Invalid,
                              tr("This call is held on another server: join it there."), request);
    refused.body.insert(u"anchor"_s, it->push.value(u"anchor"_s));
    return refused;
}

void CallRelay::ring(Call &call, quint64 connection)
{
    if (call.ringing.contains(connection) || m_byConnection.contains(connection))
        return; // already rung, or the connection is in this call otherwise
    call.ringing.insert(connection);
    m_byConnection.insert(connection, call.handle);
    m_network.push(connection, Message { u"call_ring"_s, 0, call.ring });
}

void CallRelay::control(quint64 connection, const QString &accountId, const Message &request,
                        qint64 nowMs)
{
    m_network.push(connection, answer(connection, accountId, request, nowMs));
    // Ending comes after the answer, so the requester hears "ok" before "call_ended".
    if (m_pendingEnd) {
        const Ending ending = *std::exchange(m_pendingEnd, std::nullopt);
        end(ending.handle, ending.reason, ending.by);
    }
}

Message CallRelay::answer(quint64 connection, const QString &accountId, const Message &request,
                          qint64 nowMs)
{
    QString problem;
    const QString callId = callIdOf(request, &problem);
    if (!problem.isEmpty())
        return failure(ProtocolError::Invalid, problem, request);
    Call *call = callOf(callId);
    const int index = call ? rosterIndex(*call, accountId) : -1;
    if (!call || index < 0) {
        // Someone else's call is none of their business: not found, unless it rings this
        // account from another instance (which may use the same id as a call here).
        if (remoteRingOf(connection, accountId, callId) != m_remoteRings.end())
            return answerRemote(connection, accountId, callId, request);
        return failure(ProtocolError::NotFound, tr("There is no such call; it may have ended."),
                       request);
    }
    const QString &type = request.type;
    const bool caller = index == 0;
    const Message ok = Message::reply(u"ok"_s, request.id, { { u"call_id"_s, callId } });
    if (type == u"call_rejoin")
        return rejoin(*call, index, connection, request, nowMs);
    if (type == u"call_accept") {
        if (caller)
            return failure(ProtocolError::Forbidden, tr("Only the person called can answer."),
                           request);
        return accept(*call, connection, request);
    }
    if (type == u"call_cancel" && (!caller || call->answered))
        return failure(ProtocolError::Invalid,
                       caller ? tr("The call was answered: end it instead.")
                              : tr("Only the caller can cancel a call."),
                       request);
    if (type == u"call_decline" && (caller || call->answered))
        return failure(ProtocolError::Invalid,
                       caller ? tr("Only the person called can decline.")
                              : tr("The call was answered: end it instead."),
                       request);
    // call_end says what the other three say at each stage.
    m_pendingEnd = Ending { call->handle,
                            call->answered ? u"ended"_s : (caller ? u"cancelled"_s : u"declined"_s),
                            accountId };
    return ok;
}

Message CallRelay::accept(Call &call, quint64 connection, const Message &request)
{
    const QCborMap answer { { u"call_id"_s, call.callId }, { u"handle"_s, call.handle } };
    if (call.answered) {
        if (call.roster[1].connection == connection)
            return Message::reply(u"ok"_s, request.id, answer); // said twice: the same answer
        return failure(ProtocolError::Invalid, tr("The call was answered already."), request);
    }
    if (!call.ringing.contains(connection))
        return failure(ProtocolError::Invalid, tr("The call is not ringing on this connection."),
                       request);
    call.answered = true;
    call.answeredAtMs = m_clock.nowMs();
    dispose(call.ringTimer);
    call.ringing.remove(connection);
    call.roster[1].connection = connection;
    for (quint64 other : std::as_const(call.ringing)) {
        m_byConnection.remove(other);
        pushEnded(other, call, u"answered_elsewhere"_s);
    }
    call.ringing.clear();
    stopAnnounced(call, u"answered_elsewhere"_s);
    if (call.roster[0].connection != 0)
        m_network.push(call.roster[0].connection, Message { u"call_accepted"_s, 0, answer });
    emit recorded(recordOf(call));
    return Message::reply(u"ok"_s, request.id, answer);
}

// A participant back on a new connection (or moving to another device): the call goes on
// there; an older connection still holding its place is told the call moved.
Message CallRelay::rejoin(Call &call, int index, quint64 connection, const Message &request,
                          qint64 nowMs)
{
    if (!call.answered)
        return failure(ProtocolError::Invalid, tr("The call has not been answered yet."), request);
    Participant &me = call.roster[index];
    if (me.connection != connection) {
        if (m_byConnection.contains(connection))
            return failure(ProtocolError::Invalid, tr("This connection is in another call."),
                           request);
        if (me.connection != 0 && me.movedAt >= 0 && nowMs - me.movedAt < minMoveIntervalMs) {
            Message refused =
                    failure(ProtocolError::Throttled,
                            tr("The call moved a moment ago; try again shortly."), request);
            refused.body.insert(u"retry_after_ms"_s, minMoveIntervalMs - (nowMs - me.movedAt));
            return refused;
        }
        if (me.connection != 0) {
            me.movedAt = nowMs;
            m_byConnection.remove(me.connection);
            m_media.remove(me.connection);
            pushEnded(me.connection, call, u"moved"_s);
        }
        me.connection = connection;
        m_byConnection.insert(connection, call.handle);
        dispose(me.grace);
        const quint64 peer = call.roster[1 - index].connection;
        if (peer != 0)
            m_network.push(peer,
                           Message { u"call_rejoined"_s, 0, { { u"call_id"_s, call.callId } } });
    }
    return Message::reply(u"ok"_s, request.id,
                          { { u"call_id"_s, call.callId },
                            { u"handle"_s, call.handle },
                            { u"peer_present"_s, call.roster[1 - index].connection != 0 } });
}

void CallRelay::onSignedIn(quint64 connection, const QString &accountId)
{
    for (RemoteRing &remote : m_remoteRings) { // at most a few for one account
        if (remote.calleeId == accountId && !remote.declined) // declined: not rung again
            ringElsewhere(remote, connection);
    }
    auto it = m_byAccount.constFind(accountId);
    if (it == m_byAccount.cend())
        return;
    Call *call = callByHandle(*it);
    // The callee opening Clinic while the call rings hears it too.
    if (call && !call->answered && rosterIndex(*call, accountId) == 1)
        ring(*call, connection);
}

bool CallRelay::takeControl(quint64 connection, qint64 nowMs)
{
    ControlAllowance &allowance = m_control[connection];
    if (allowance.refilledAt >= 0)
        allowance.requests =
                qMin(controlBurst,
                     allowance.requests
                             + controlPerSecond * double(nowMs - allowance.refilledAt) / 1000);
    allowance.refilledAt = nowMs;
    if (allowance.requests < 1) {
        ++m_counts.controlFloods;
        return false;
    }
    allowance.requests -= 1;
    return true;
}

void CallRelay::onLeft(quint64 connection, Departure departure)
{
    if (const QString remote = m_remoteByConnection.take(connection); !remote.isEmpty()) {
        if (auto it = m_remoteRings.find(remote); it != m_remoteRings.end())
            it->ringing.remove(connection);
    }
    const quint32 handle = m_byConnection.value(connection);
    if (departure == Departure::Disconnected) {
        m_media.remove(connection);
        m_control.remove(connection);
    }
    Call *call = handle ? callByHandle(handle) : nullptr;
    if (!call)
        return;
    if (call->ringing.remove(connection)) { // rung, not answering: the others still ring
        m_byConnection.remove(connection);
        return;
    }
    const int index = rosterIndexOfConnection(*call, connection);
    if (index < 0)
        return;
    if (departure == Departure::Disconnected) {
        // Gone without a word: it is told nothing; the other side hears it when it ends.
        m_byConnection.remove(connection);
        call->roster[index].connection = 0;
    }
    m_media.remove(connection);
    if (departure == Departure::SignedOut)
        return end(handle, u"signed_out"_s, call->roster[index].accountId);
    if (!call->answered)
        return end(handle, u"connection_lost"_s);
    startGrace(*call, index);
}

// An answered call waits for a participant whose connection dropped; the other side is told,
// and hears "connection_lost" if the grace passes.
void CallRelay::startGrace(Call &call, int index)
{
    const quint32 handle = call.handle;
    dispose(call.roster[index].grace);
    QTimer *timer = call.roster[index].grace = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, handle] { end(handle, u"connection_lost"_s); });
    timer->start(int(m_limits.callRejoinGraceMs));
    const quint64 peer = call.roster[1 - index].connection;
    if (peer != 0)
        m_network.push(peer,
                       Message { u"call_peer_away"_s,
                                 0,
                                 { { u"call_id"_s, call.callId },
                                   { u"grace_ms"_s, m_limits.callRejoinGraceMs } } });
}

void CallRelay::pushEnded(quint64 connection, const Call &call, const QString &reason)
{
    m_network.push(connection,
                   Message { u"call_ended"_s,
                             0,
                             { { u"call_id"_s, call.callId },
                               { u"reason"_s, reason },
                               { u"message"_s, messageFor(reason) } } });
}

CallRecord CallRelay::recordOf(const Call &call) const
{
    CallRecord record;
    record.id = call.recordId;
    record.callId = call.callId;
    record.appointmentId = call.appointmentId;
    record.doctorId = call.roster[0].accountId;
    record.patientId = call.roster[1].accountId;
    record.invitedAtMs = call.invitedAtMs;
    record.answeredAtMs = call.answered ? call.answeredAtMs : 0;
    return record;
}

void CallRelay::end(quint32 handle, const QString &reason, const QString &by)
{
    auto it = m_calls.find(handle);
    if (it == m_calls.end())
        return;
    // Every call is kept with its visit, answered or not ("no_answer" is worth a line there).
    CallRecord record = recordOf(*it->second);
    record.endedAtMs = qMax(m_clock.nowMs(), record.invitedAtMs);
    record.endReason = reason;
    record.endedBy = by;
    emit recorded(record);
    stopAnnounced(*it->second, reason);
    // Out of the tables first, then told: nothing said below can reach this call again.
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    m_byCallId.remove(call->callId);
    QList<quint64> told(call->ringing.cbegin(), call->ringing.cend());
    for (const Participant &participant : call->roster) {
        if (m_byAccount.value(participant.accountId) == handle)
            m_byAccount.remove(participant.accountId);
        if (participant.connection != 0)
            told << participant.connection;
    }
    for (quint64 connection : std::as_const(told)) {
        m_byConnection.remove(connection);
        if (auto state = m_media.find(connection); state != m_media.end()) {
            // What waited was this call's: it means nothing any more.
            state->video.clear();
            state->audio.clear();
            state->videoBytes = state->audioBytes = 0;
        }
        pushEnded(connection, *call, reason);
    }
    dispose(call->ringTimer);
    for (Participant &participant : call->roster)
        dispose(participant.grace);
}

void CallRelay::dispose(QTimer *&timer)
{
    if (!timer)
        return;
    timer->stop();
    timer->deleteLater();
    timer = nullptr;
}

void CallRelay::clear()
{
    // The server is stopping: what it knew of each call is kept, ended as "server_stopped"
    // (the worker writes what it was handed before it closes). Nobody is told.
    for (auto &[handle, call] : m_calls) {
        stopAnnounced(*call, u"connection_lost"_s); // the other instances stop ringing
        CallRecord record = recordOf(*call);
        record.endedAtMs = qMax(m_clock.nowMs(), record.invitedAtMs);
        record.endReason = u"server_stopped"_s;
        emit recorded(record);
    }
    for (auto &[handle, call] : m_calls) {
        dispose(call->ringTimer);
        for (Participant &participant : call->roster)
            dispose(participant.grace);
    }
    m_calls.clear();
    for (RemoteRing &remote : m_remoteRings)
        dispose(remote.expiry);
    m_remoteRings.clear();
    m_remoteByConnection.clear();
    m_byCallId.clear();
    m_byAccount.clear();
    m_byConnection.clear();
    m_media.clear();
    m_control.clear();
}

// A token bucket: up to a second's allowance in hand, refilled as time passes.
bool CallRelay::takeAllowance(Allowance &allowance, qint64 bytes, qint64 nowMs) const
{
    const double rate = double(m_limits.mediaBytesPerSecond);
    if (allowance.refilledAt < 0)
        allowance.bytes = rate;
    else
        allowance.bytes =
                qMin(rate, allowance.bytes + rate * double(nowMs - allowance.refilledAt) / 1000);
    allowance.refilledAt = nowMs;
    if (allowance.bytes < double(bytes))
        return false;
    allowance.bytes -= double(bytes);
    return true;
}

CallRelay::MediaVerdict CallRelay::malformed(quint64 connection)
{
    ++m_counts.malformed;
    MediaState &state = m_media[connection];
    return ++state.malformed > maxMalformedMediaFrames ? MediaVerdict::Refused
                                                       : MediaVerdict::Dropped;
}

CallRelay::MediaVerdict CallRelay::onMedia(quint64 connection, const QByteArray &frame,
                                           qint64 nowMs)
{
    const qint64 charged = qMax<qint64>(frame.size(), minChargedFrameBytes);
    if (!takeAllowance(m_media[connection].allowance, charged, nowMs)) {
        ++m_counts.overRate;
        return MediaVerdict::Dropped;
    }
    if (frame.size() > m_limits.mediaFrameBytes || frame.size() <= MediaFrame::prefixBytes)
        return malformed(connection);
    const QByteArrayView sealed = QByteArrayView(frame).sliced(MediaFrame::prefixBytes);
    const std::optional<SFrameHeader> header = SFrameHeader::parse(sealed);
    // Stream 3 is no stream (CallKeys::Stream); a frame without room for its tag is no frame.
    if (!header || header->keyId % 4 == 3
        || sealed.size() - header->encodedSize() < SFrame::tagBytes)
        return malformed(connection);
    const quint32 handle = qFromBigEndian<quint32>(frame.constData() + 1);
    Call *call = callByHandle(handle);
    const int index = call && call->answered ? rosterIndexOfConnection(*call, connection) : -1;
    if (index < 0) { // not (or no longer) in this call: a race at its end, or a stranger
        ++m_counts.stray;
        return MediaVerdict::Dropped;
    }
    if (header->keyId / 4 != quint64(index)) // a participant sends under its own KIDs only
        return malformed(connection);
    if (!takeAllowance(call->roster[index].allowance, charged, nowMs)) {
        ++m_counts.overRate;
        return MediaVerdict::Dropped;
    }
    const quint64 receiver = call->roster[1 - index].connection;
    if (receiver == 0) {
        ++m_counts.stray; // the other side is away
        return MediaVerdict::Dropped;
    }
    enqueue(receiver, frame, header->keyId % 4 == quint64(CallKeys::Stream::Video));
    return MediaVerdict::Relayed;
}

// Video makes room by losing its oldest frames (a late frame is worth less than the next);
// audio and chat have an allowance of their own, so video never crowds them out.
void CallRelay::enqueue(quint64 receiver, const QByteArray &frame, bool video)
{
    MediaState &state = m_media[receiver];
    std::deque<Queued> &queue = video ? state.video : state.audio;
    qint64 &bytes = video ? state.videoBytes : state.audioBytes;
    const qint64 bound = video ? m_limits.mediaVideoQueueBytes : m_limits.mediaAudioQueueBytes;
    quint64 &dropped = video ? m_counts.videoDropped : m_counts.audioDropped;
    const qint64 cost = queueCost(frame);
    while (bytes + cost > bound && !queue.empty()) {
        bytes -= queueCost(queue.front().frame);
        queue.pop_front();
        ++dropped;
    }
    if (bytes + cost > bound) { // larger than the whole allowance
        ++dropped;
        return;
    }
    queue.push_back({ frame, state.nextOrder++ });
    bytes += cost;
    m_counts.peakQueuedBytes = qMax(m_counts.peakQueuedBytes, state.videoBytes + state.audioBytes);
    flush(receiver);
}

// Oldest first across both queues, while the socket has room.
void CallRelay::flush(quint64 receiver)
{
    auto it = m_media.find(receiver);
    if (it == m_media.end())
        return;
    MediaState &state = *it;
    while (!state.video.empty() || !state.audio.empty()) {
        const bool video = state.audio.empty()
                || (!state.video.empty() && state.video.front().order < state.audio.front().order);
        std::deque<Queued> &queue = video ? state.video : state.audio;
        const qint64 unsent = m_network.unsentBytes(receiver);
        if (unsent > 0 && unsent + queue.front().frame.size() > socketMediaBytes)
            return; // onDrained comes back
        const QByteArray frame = std::move(queue.front().frame);
        queue.pop_front();
        (video ? state.videoBytes : state.audioBytes) -= queueCost(frame);
        ++m_counts.relayed;
        m_network.sendMedia(receiver, frame);
    }
}

void CallRelay::onDrained(quint64 connection)
{
    flush(connection);
}

} // namespace clinic
