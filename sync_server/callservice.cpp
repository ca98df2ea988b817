#include "callservice.h"

#include "auditlog.h"
#include "crypto/callkeys.h"
#include "scheduling/appointment.h"
#include "scheduling/schedulerows.h"
#include "storage/sqldialect.h"
#include "syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <array>

namespace clinic {

using namespace Qt::StringLiterals;

struct CallService::Row
{
    QString patientId;
    QString providerId;
    QString modality;
    QString status;
    qint64 startAt = 0;
    qint64 endAt = 0;
};

namespace {

struct KindName
{
    CallNotice::Kind kind;
    const char *name;
};
constexpr std::array kindNames {
    KindName { CallNotice::Kind::Ring, "ring" },
    KindName { CallNotice::Kind::Stop, "stop" },
    KindName { CallNotice::Kind::Decline, "decline" },
    KindName { CallNotice::Kind::Busy, "busy" },
};

// call_ended's reasons an anchor may announce when a call stops ringing (docs/protocol.md).
constexpr std::array stopReasons { "declined",        "cancelled",  "no_answer",         "busy",
                                   "connection_lost", "signed_out", "answered_elsewhere" };

// Account and appointment ids are the server's UUIDs; this is their alphabet and bound.
bool isRowId(const QString &text)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[0-9A-Za-z_-]{1,64}"_s));
    return pattern.match(text).hasMatch();
}

} // namespace

QString CallNotice::encode() const
{
    QJsonObject object { { u"v"_s, version },
                         { u"kind"_s, QString::fromLatin1(kindNames[size_t(kind)].name) },
                         { u"call_id"_s, callId },
                         { u"callee_id"_s, calleeId },
                         { u"appointment_id"_s, appointmentId } };
    if (kind == Kind::Ring) {
        object.insert(u"caller_id"_s, callerId);
        object.insert(u"anchor"_s, anchor);
    }
    if (kind == Kind::Stop)
        object.insert(u"reason"_s, reason);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<CallNotice> CallNotice::decode(const QString &payload)
{
    if (payload.size() > maxPayloadBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(u"v"_s) != QJsonValue(version))
        return std::nullopt;
    CallNotice notice;
    const QString kind = object.value(u"kind"_s).toString();
    const auto named = std::find_if(kindNames.cbegin(), kindNames.cend(), [&](const KindName &k) {
        return kind == QLatin1StringView(k.name);
    });
    if (named == kindNames.cend())
        return std::nullopt;
    notice.kind = named->kind;
    // Exactly the fields of its kind: anything else is not ours.
    qsizetype fields = 5;
    notice.callId = object.value(u"call_id"_s).toString();
    notice.calleeId = object.value(u"callee_id"_s).toString();
    notice.appointmentId = object.value(u"appointment_id"_s).toString();
    if (!isCallId(notice.callId) || !isRowId(notice.calleeId) || !isRowId(notice.appointmentId))
        return std::nullopt;
    if (notice.kind == Kind::Ring) {
        fields += 2;
        notice.callerId = object.value(u"caller_id"_s).toString();
        notice.anchor = object.value(u"anchor"_s).toString();
        if (!isRowId(notice.callerId) || !isAnchorUrl(notice.anchor)
            || notice.callerId == notice.calleeId)
            return std::nullopt;
    }
    if (notice.kind == Kind::Stop) {
        fields += 1;
        notice.reason = object.value(u"reason"_s).toString();
        if (std::none_of(stopReasons.cbegin(), stopReasons.cend(), [&](const char *reason) {
                return notice.reason == QLatin1StringView(reason);
            }))
            return std::nullopt;
    }
    if (object.size() != fields)
        return std::nullopt;
    return notice;
}

bool CallNotice::isAnchorUrl(const QString &text)
{
    if (text.isEmpty() || text.size() > maxAnchorChars)
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"wss" && !url.host().isEmpty()
            && url.userInfo().isEmpty() && (url.path().isEmpty() || url.path() == u"/")
            && !url.hasQuery() && !url.hasFragment() && url.port() != 0; // -1: the default port
}

bool CallNotice::isCallId(const QString &text)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[0-9A-Za-z_-]{16,64}"_s));
    return pattern.match(text).hasMatch();
}

CallService::CallService(QSqlDatabase db, const Clock &clock)
    : m_clock(clock), m_queries(std::move(db), tr("The call records failed."))
{ }

Result<bool> CallService::isRegistered(const Account &account, const QByteArray &publicKey)
{
    auto current = keyOf(account.id);
    if (!current)
        return current.error();
    return *current == publicKey;
}

Result<void> CallService::registerKey(const Account &account, const QByteArray &publicKey)
{
    if (publicKey.size() != CallKeys::publicKeyBytes)
        return makeError(ErrorCode::InvalidArgument, tr("A call key is 32 bytes."));
    // Each sign-in sends the key again: the same key costs a read, not a write and its flush.
    auto current = keyOf(account.id);
    if (!current)
        return current.error();
    if (*current == publicKey)
        return {};
    const QSqlDatabase db = m_queries.database();
    auto stored = m_queries.run(
            SqlDialect::insertOrReplace(db, u"call_key"_s,
                                        { u"account_id"_s, u"public_key"_s, u"updated_at"_s },
                                        { u"account_id"_s }),
            { account.id, publicKey, m_clock.nowMs() });
    return stored ? Result<void>() : Result<void>(stored.error());
}

Result<void> CallService::announce(const CallNotice &notice)
{
    if (!SqlDialect::isPostgres(m_queries.database()))
        return {};
    auto sent = m_queries.run(u"SELECT pg_notify(?, ?)"_s, { callsChannel(), notice.encode() });
    return sent ? Result<void>() : Result<void>(sent.error());
}

Result<void> CallService::checkRing(const CallNotice &notice)
{
    auto row = appointment(notice.appointmentId);
    if (!row)
        return row.error();
    const auto status = AppointmentStatuses::fromName(row->status);
    const qint64 now = m_clock.nowMs();
    if (row->providerId != notice.callerId || row->patientId != notice.calleeId
        || row->modality != ScheduleRows::modalityName(Modality::Video)
        || (status != AppointmentStatus::Confirmed && status != AppointmentStatus::CheckedIn)
        || now < row->startAt - joinBeforeStartMs || now > row->endAt + joinAfterEndMs)
        return makeError(ErrorCode::Forbidden, tr("The ring does not match its visit."));
    return {};
}

Result<CallService::Row> CallService::appointment(const QString &appointmentId)
{
    auto query = m_queries.run(u"SELECT patient_id, provider_id, modality, status, start_at, "
                               u"end_at FROM appointment WHERE id = ? AND deleted = ?"_s,
                               { appointmentId, false });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    if (!rows.next())
        return makeError(ErrorCode::NotFound, tr("There is no such appointment."));
    Row row { rows.value(0).toString(), rows.value(1).toString(),   rows.value(2).toString(),
              rows.value(3).toString(), rows.value(4).toLongLong(), rows.value(5).toLongLong() };
    rows.finish();
    return row;
}

Result<QByteArray> CallService::keyOf(const QString &accountId)
{
    auto query =
            m_queries.run(u"SELECT public_key FROM call_key WHERE account_id = ?"_s, { accountId });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const QByteArray key = rows.next() ? rows.value(0).toByteArray() : QByteArray();
    rows.finish();
    return key;
}

Result<QString> CallService::nameOf(const QString &accountId)
{
    auto query = m_queries.run(u"SELECT display_name FROM account WHERE id = ?"_s, { accountId });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const QString name = rows.next() ? rows.value(0).toString() : QString();
    rows.finish();
    return name;
}

Result<CallService::Visit> CallService::keysFor(const Account &account,
                                                const QString &appointmentId)
{
    auto row = appointment(appointmentId);
    if (!row)
        return row.error();
    if (account.id != row->patientId && account.id != row->providerId)
        return makeError(ErrorCode::Forbidden,
                         tr("Only the visit's doctor and patient see its call keys."));
    Visit visit;
    visit.appointmentId = appointmentId;
    visit.doctorId = row->providerId;
    visit.patientId = row->patientId;
    auto doctorKey = keyOf(row->providerId);
    auto patientKey = keyOf(row->patientId);
    if (!doctorKey)
        return doctorKey.error();
    if (!patientKey)
        return patientKey.error();
    visit.doctorKey = doctorKey.value();
    visit.patientKey = patientKey.value();
    return visit;
}

Result<CallService::Visit> CallService::checkInvite(const Account &caller,
                                                    const QString &appointmentId)
{
    auto row = appointment(appointmentId);
    if (!row)
        return row.error();
    if (caller.id != row->providerId || caller.role != Role::Doctor)
        return makeError(ErrorCode::Forbidden, tr("Only the visit's doctor can start its call."));
    if (row->modality != ScheduleRows::modalityName(Modality::Video))
        return makeError(ErrorCode::InvalidArgument, tr("This visit is not a video visit."));
    const auto status = AppointmentStatuses::fromName(row->status);
    // Checked in is a confirmed visit whose patient has arrived (in the waiting room).
    if (status != AppointmentStatus::Confirmed && status != AppointmentStatus::CheckedIn)
        return makeError(
                ErrorCode::InvalidArgument,
                tr("Only a confirmed visit can be held; this one is %1.").arg(row->status));
    const qint64 now = m_clock.nowMs();
    if (now < row->startAt - joinBeforeStartMs)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The call can start from %1 minutes before the visit.")
                                 .arg(joinBeforeStartMs / 60000));
    if (now > row->endAt + joinAfterEndMs)
        return makeError(
                ErrorCode::InvalidArgument,
                tr("This visit ended more than %1 minutes ago.").arg(joinAfterEndMs / 60000));
    auto visit = keysFor(caller, appointmentId);
    if (!visit)
        return visit.error();
    if (visit->doctorKey.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Register this computer's call key before calling."));
    if (visit->patientKey.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("The patient has not set up video visits yet: they need to sign in "
                            "to Clinic once on their computer."));
    auto name = nameOf(caller.id);
    if (!name)
        return name.error();
    visit->doctorName = name.value();
    return visit;
}

Result<QSet<QString>> CallService::keep(SyncService &sync, AuditLog &audit,
                                        const CallRecord &record)
{
    const auto orNull = [](qint64 ms) {
        return ms > 0 ? QCborValue(ms) : QCborValue(QCborValue::Null);
    };
    const bool answered = record.answeredAtMs > 0;
    const bool ended = record.endedAtMs > 0;
    const qint64 duration =
            answered && ended ? qMax<qint64>(0, record.endedAtMs - record.answeredAtMs) : 0;
    const QCborMap row { { u"appointment_id"_s, record.appointmentId },
                         { u"call_id"_s, record.callId },
                         { u"patient_id"_s, record.patientId },
                         { u"provider_id"_s, record.doctorId },
                         { u"invited_at"_s, record.invitedAtMs },
                         { u"started_at"_s, orNull(record.answeredAtMs) },
                         { u"ended_at"_s, orNull(record.endedAtMs) },
                         { u"duration_ms"_s, duration },
                         { u"end_reason"_s, record.endReason } };
    // Ids only: who, which visit, which call, how it went; never what was said.
    QString detail = u"call "_s + record.callId;
    if (ended)
        detail += u"; "_s + record.endReason
                + (answered ? u"; "_s + QString::number(duration / 1000) + u" s"_s
                            : u"; not answered"_s);
    const QString actor = !ended       ? record.patientId // the callee answers
            : record.endedBy.isEmpty() ? u"system"_s // a timer, a lost link
                                       : record.endedBy;
    const QString action = ended ? u"call.ended"_s : u"call.answered"_s;
    const MutationActor server { u"system"_s, Role::Admin, u"Clinic"_s };
    // Held live before the row says so, so no other instance's sweep finds it free.
    // Never waits: a lock taken by another instance can only be its live call whose id hashes
    // alike (or its sweep of one), which keeps this row from being swept as well.
    if (answered && !ended) {
        if (auto locked = lockLive(record.id); !locked)
            return locked.error();
    }
    auto changed = sync.writeAsServer(
            server, [&](MutationContext &context, WriteTransaction &transaction) {
                if (auto written = context.put(u"visit_call", record.id, row); !written)
                    return written;
                auto logged =
                        audit.append(transaction, actor, action, record.appointmentId, {}, detail);
                return logged ? Result<void>() : Result<void>(logged.error());
            });
    if (ended && changed)
        unlockLive(record.id);
    return changed;
}

namespace {
// The advisory locks' first key: this application's calls (the second is the row id's hash).
// Two live calls whose ids hash alike share a lock: a row then stays open until both end,
// never closed while live.
constexpr int liveCallLockClass = 0x436c6331; // "Clc1"
} // namespace

Result<bool> CallService::lockLive(const QString &recordId)
{
    if (!SqlDialect::isPostgres(m_queries.database())) {
        m_live.insert(recordId); // one server per embedded store: what it holds is all
        return true;
    }
    if (m_live.contains(recordId))
        return true; // held already (session locks stack: take it once)
    auto query = m_queries.run(u"SELECT pg_try_advisory_lock(?, hashtext(?))"_s,
                               { liveCallLockClass, recordId });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const bool locked = rows.next() && rows.value(0).toBool();
    rows.finish();
    if (locked)
        m_live.insert(recordId); // let go by unlockLive
    return locked;
}

void CallService::unlockLive(const QString &recordId)
{
    if (!m_live.remove(recordId) || !SqlDialect::isPostgres(m_queries.database()))
        return;
    if (auto query = m_queries.run(u"SELECT pg_advisory_unlock(?, hashtext(?))"_s,
                                   { liveCallLockClass, recordId }))
        (*query)->finish();
}

Result<QSet<QString>> CallService::closeDangling(SyncService &sync, AuditLog &audit)
{
    auto query = m_queries.run(u"SELECT id, appointment_id, call_id, patient_id, provider_id, "
                               u"invited_at, started_at FROM visit_call WHERE ended_at IS NULL "
                               u"AND started_at IS NOT NULL AND deleted = ?"_s,
                               { false });
    if (!query)
        return query.error();
    QList<CallRecord> open;
    QSqlQuery &rows = **query;
    while (rows.next()) {
        CallRecord record;
        record.id = rows.value(0).toString();
        record.appointmentId = rows.value(1).toString();
        record.callId = rows.value(2).toString();
        record.patientId = rows.value(3).toString();
        record.doctorId = rows.value(4).toString();
        record.invitedAtMs = rows.value(5).toLongLong();
        record.answeredAtMs = rows.value(6).toLongLong();
        open << record;
    }
    rows.finish();
    const bool shared = SqlDialect::isPostgres(m_queries.database());
    QSet<QString> changed;
    for (CallRecord &record : open) {
        if (m_live.contains(record.id))
            continue; // ours, and live (m_live holds only this instance's calls here)
        if (shared) {
            auto free = lockLive(record.id);
            if (!free)
                return free.error();
            if (!free.value())
                continue; // a live instance holds it
        }
        // When it ended is unknown: no later than now. The row says the server was lost.
        record.endedAtMs = qMax(m_clock.nowMs(), record.answeredAtMs);
        record.endReason = u"server_lost"_s;
        auto kept = keep(sync, audit, record); // lets the lock go once written
        if (!kept) {
            unlockLive(record.id);
            return kept.error();
        }
        changed.unite(kept.value());
    }
    return changed;
}

} // namespace clinic
