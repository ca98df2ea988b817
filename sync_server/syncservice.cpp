#include "syncservice.h"

#include "accountrepository.h"
#include "mutations/entitymutations.h"
#include "mutations/rowstore.h"
#include "protocol/message.h"
#include "storage/sqldialect.h"
#include "storage/sqlexec.h"
#include "storage/writetransaction.h"

#include <QCborValue>
#include <QSqlQuery>

#include <limits>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// What a cursor must be, field by field: {"seq": n}, or {"snap": s, "tbl": t, "rev": r} with
// t no further than the end of the table list; every number a non-negative integer. Keys it
// does not know are ignored (a newer server's), but both shapes at once is no cursor.
bool isWellFormedCursor(const QCborValue &cursor)
{
    if (!cursor.isMap())
        return false;
    const QCborMap map = cursor.toMap();
    const auto inRange = [&map](const QString &key, qint64 max) {
        const QCborValue value = map.value(key);
        return value.isInteger() && value.toInteger() >= 0 && value.toInteger() <= max;
    };
    constexpr qint64 any = std::numeric_limits<qint64>::max();
    const bool inStep = map.contains(u"seq"_s);
    const bool snapshotting =
            map.contains(u"snap"_s) || map.contains(u"tbl"_s) || map.contains(u"rev"_s);
    if (inStep == snapshotting)
        return false;
    if (inStep)
        return inRange(u"seq"_s, any);
    return inRange(u"snap"_s, any) && inRange(u"tbl"_s, SyncedTables::all().size())
            && inRange(u"rev"_s, any);
}

// The bytes a CBOR array header takes for `count` items (RFC 8949, 3.1).
qsizetype arrayHeaderBytes(qsizetype count)
{
    return count < 24 ? 1 : count < 0x100 ? 2 : count < 0x10000 ? 3 : count < 0x100000000LL ? 5 : 9;
}

constexpr qsizetype anyCount = std::numeric_limits<qsizetype>::max();

// The reply with no bucket and no revoked name in it, in its frame (the envelope the worker
// wraps it in, with the largest id), its numbers and array headers at their largest.
qsizetype replyOverheadBytes()
{
    constexpr qint64 widest = std::numeric_limits<qint64>::max();
    static const qsizetype bytes = Message::reply(u"ok"_s, quint64(widest),
                                                  { { u"last_mutation"_s, widest },
                                                    { u"buckets"_s, QCborArray() },
                                                    { u"revoked"_s, QCborArray() },
                                                    { u"more"_s, false } })
                                           .encode()
                                           .size()
            + 2 * (arrayHeaderBytes(anyCount) - arrayHeaderBytes(0));
    return bytes;
}

// A bucket entry's own bytes, its rows aside (they count as they are added), with a rows
// array of `rowCount` items.
qsizetype entryBytesWithoutRows(QCborMap entry, qsizetype rowCount)
{
    entry.insert(u"rows"_s, QCborArray());
    return QCborValue(entry).toCbor().size() - arrayHeaderBytes(0) + arrayHeaderBytes(rowCount);
}

// A bucket's entry before its rows are known, at its largest: the widest cursor, must_refetch
// and the longest rows array.
qsizetype largestEntryBytesWithoutRows(const QString &bucket)
{
    constexpr qint64 widest = std::numeric_limits<qint64>::max();
    return entryBytesWithoutRows(
            { { u"name"_s, bucket },
              { u"cursor"_s,
                QCborMap { { u"snap"_s, widest }, { u"tbl"_s, widest }, { u"rev"_s, widest } } },
              { u"must_refetch"_s, true } },
            anyCount);
}

constexpr int snapshotBatch = 200;
constexpr int changeBatch = 500;
// PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more.
constexpr qsizetype maxNotificationBytes = 7000;

// The change-log entries of one written row, one VALUES row per bucket.
QString insertChanges(qsizetype buckets)
{
    return u"INSERT INTO change_log (bucket, tbl, row_id, op, at) VALUES "_s
            + QStringList(buckets, u"(?, ?, ?, ?, ?)"_s).join(u", ");
}

// The server's WriteObserver: every written row goes into the change log once per bucket it
// is in (and a 'drop' for a bucket it left), and takes the last new sequence number as its
// rev. On PostgreSQL the entries and the rev are one statement (one round trip), on SQLite
// an insert and an update.
class ChangeLogWriter : public WriteObserver
{
public:
    ChangeLogWriter(PreparedQueries &queries, qint64 now) : m_queries(queries), m_now(now) { }

    Result<void> written(const SyncedTable &table, const QString &id,
                         const std::optional<QCborMap> &before, const QCborMap &after) override
    {
        const QStringList now = table.bucketsOf(after);
        QStringList left = before ? table.bucketsOf(*before) : QStringList();
        left.removeIf([&](const QString &bucket) { return now.contains(bucket); });
        QVariantList entries;
        for (const QString &bucket : now + left) {
            const QString op = now.contains(bucket) ? u"put"_s : u"drop"_s;
            entries << bucket << table.name << id << op << m_now;
            changed.insert(bucket);
        }
        const qsizetype buckets = now.size() + left.size();
        const QString stamp = u"UPDATE " + table.name + u" SET rev = ? WHERE id = ?";
        if (buckets == 0) // in no bucket: nobody is sent it
            return ran(m_queries.run(stamp, { 0, id }));
        if (SqlDialect::isPostgres(m_queries.database()))
            return ran(m_queries.run(u"WITH logged AS (" + insertChanges(buckets)
                                             + u" RETURNING seq) UPDATE " + table.name
                                             + u" SET rev = (SELECT MAX(seq) FROM logged) "
                                               u"WHERE id = ?",
                                     entries << id));
        auto logged = m_queries.run(insertChanges(buckets), entries);
        if (!logged)
            return logged.error();
        const qint64 seq = (*logged)->lastInsertId().toLongLong(); // the last row's
        return ran(m_queries.run(stamp, { seq, id }));
    }

    QSet<QString> changed;

private:
    static Result<void> ran(const Result<QSqlQuery *> &query)
    {
        return query ? Result<void>() : Result<void>(query.error());
    }

    PreparedQueries &m_queries;
    qint64 m_now;
};

bool isRejection(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Forbidden:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
        return true;
    default:
        return false; // the server failed (disk full, ...): the mutation waits, it is not lost
    }
}

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Forbidden:
        return u"forbidden"_s;
    case ErrorCode::NotFound:
        return u"not_found"_s;
    case ErrorCode::Conflict:
        return u"conflict"_s;
    default:
        return u"invalid"_s;
    }
}

QCborMap outcomeMap(qint64 number, const QString &status, const QString &code = {},
                    const QString &reason = {})
{
    QCborMap outcome { { u"n"_s, number }, { u"status"_s, status } };
    if (!code.isEmpty())
        outcome.insert(u"code"_s, code);
    if (!reason.isEmpty())
        outcome.insert(u"reason"_s, reason);
    return outcome;
}

class RepositoryDirectory : public AccountDirectory
{
public:
    explicit RepositoryDirectory(QSqlDatabase db) : m_accounts(std::move(db)) { }

    std::optional<AccountSummary> account(const QString &id) override
    {
        auto found = m_accounts.findById(id);
        if (!found || !found->has_value())
            return std::nullopt;
        const Account &account = **found;
        return AccountSummary { account.id, account.role, account.displayName,
                                account.status == AccountStatus::Active, account.licenceNumber };
    }

private:
    AccountRepository m_accounts;
};

} // namespace

SyncService::SyncService(QSqlDatabase db, const Clock &clock)
    : m_db(db), m_clock(clock), m_accounts(std::make_unique<RepositoryDirectory>(db)),
      m_queries(db, tr("The sync data could not be read or written.")),
      m_rows(db, RowStore::SearchIndex::None), m_audit(db, clock)
{ }

SyncService::~SyncService() = default;

Result<qint64> SyncService::scalar(const QString &sql, const QVariantList &values)
{
    auto query = m_queries.run(sql, values);
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const qint64 value = rows.next() ? rows.value(0).toLongLong() : 0;
    rows.finish(); // a statement kept half-read would pin SQLite's snapshot
    return value;
}

Result<SyncService::Client> SyncService::client(const Account &account, const QString &clientId,
                                                bool create)
{
    if (!MutationArgs::isId(clientId))
        return makeError(ErrorCode::InvalidArgument, tr("“client” is missing or malformed."));
    auto query = m_queries.run(u"SELECT account_id, last_mutation FROM sync_client WHERE id = ?"_s,
                               { clientId });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const bool known = rows.next();
    const QString owner = known ? rows.value(0).toString() : QString();
    const qint64 lastMutation = known ? rows.value(1).toLongLong() : 0;
    rows.finish();
    if (known) {
        if (owner != account.id)
            return makeError(ErrorCode::Forbidden,
                             tr("This device's data belongs to another user."));
        return Client { clientId, lastMutation };
    }
    if (create) {
        // One store per computer the user syncs from: a script inventing a client id per push
        // would otherwise add rows (and kept outcomes) without end. At the limit, a store
        // that has not synced for as long as the change log is kept makes room: it would have
        // to fetch everything again anyway.
        if (auto room = makeRoomForClient(account); !room)
            return room.error();
        const qint64 now = m_clock.nowMs();
        auto added = m_queries.run(
                u"INSERT INTO sync_client (id, account_id, last_mutation, created_at, "
                u"last_seen_at) VALUES (?, ?, 0, ?, ?)"_s,
                { clientId, account.id, now, now });
        if (!added)
            return added.error();
    }
    return Client { clientId, 0 };
}

Result<void> SyncService::makeRoomForClient(const Account &account)
{
    auto held = scalar(u"SELECT COUNT(*) FROM sync_client WHERE account_id = ?"_s, { account.id });
    if (!held)
        return held.error();
    if (held.value() < maxClientsPerAccount)
        return {};
    const qint64 before = m_clock.nowMs() - changeLogRetentionMs;
    auto oldest = m_queries.run(u"SELECT id FROM sync_client WHERE account_id = ? AND "
                                u"last_seen_at < ? ORDER BY last_seen_at LIMIT 1"_s,
                                { account.id, before });
    if (!oldest)
        return oldest.error();
    const QString gone = (*oldest)->next() ? (*oldest)->value(0).toString() : QString();
    (*oldest)->finish();
    if (gone.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Your account has synced from %1 computers in the last 30 days, the "
                            "most it may. A computer that has not synced for 30 days makes "
                            "room for a new one.")
                                 .arg(maxClientsPerAccount));
    for (const QString &sql : { u"DELETE FROM mutation_outcome WHERE client_id = ?"_s,
                                u"DELETE FROM sync_client WHERE id = ?"_s }) {
        if (auto done = m_queries.run(sql, { gone }); !done)
            return done.error();
    }
    return {};
}

// --- push --------------------------------------------------------------------------------

// All the mutations of one push are applied in one transaction, each in a savepoint: a
// rejected one is rolled back alone and recorded as its outcome, and the client's last
// applied number moves in the same transaction as the changes. One commit (one fsync) per
// push rather than per mutation; if anything fails, nothing of the push is kept or answered
// and the client sends it again.
Result<PushResult> SyncService::push(const Account &account, const QCborMap &body)
{
    const QCborArray mutations = body.value(u"mutations"_s).toArray();
    if (mutations.isEmpty() || mutations.size() > maxMutationsPerPush)
        return makeError(ErrorCode::InvalidArgument,
                         tr("“mutations” must list 1 to %1 changes.").arg(maxMutationsPerPush));
    for (const QCborValue &entry : mutations) {
        const QCborMap mutation = entry.toMap();
        const QCborValue n = mutation.value(u"n"_s);
        const QString name = mutation.value(u"name"_s).toString();
        if (!n.isInteger() || n.toInteger() < 1 || name.isEmpty()
            || name.size() > maxMutationNameLength || !mutation.value(u"args"_s).isMap())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Each change needs “n”, “name” (up to %1 characters) and “args”.")
                                     .arg(maxMutationNameLength));
    }
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto found = client(account, body.value(u"client"_s).toString(), true);
    if (!found)
        return found.error();
    Client current = found.value();
    const qint64 first = mutations.first().toMap().value(u"n"_s).toInteger();

    PushResult result;
    QCborArray outcomes;
    QList<QCborMap> rejections; // of the changes applied now, recorded together
    for (const QCborValue &entry : mutations) {
        const QCborMap mutation = entry.toMap();
        const qint64 number = mutation.value(u"n"_s).toInteger();
        if (number <= current.lastMutation) { // applied before: its answer again
            auto stored = storedOutcome(current, number);
            if (!stored)
                return stored.error();
            outcomes.append(stored.value());
            continue;
        }
        if (number != current.lastMutation + 1)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Change %1 is missing; changes must arrive in order.")
                                     .arg(current.lastMutation + 1));
        auto outcome = applyOne(*transaction, account, number, mutation.value(u"name"_s).toString(),
                                mutation.value(u"args"_s).toMap(), result.changedBuckets);
        if (!outcome)
            return outcome.error();
        current.lastMutation = number;
        outcomes.append(outcome.value());
        if (outcome->value(u"status"_s).toString() != u"confirmed")
            rejections.append(outcome.value());
    }
    if (auto recorded = recordRejections(current, first, rejections); !recorded)
        return recorded.error();
    auto moved = m_queries.run(
            u"UPDATE sync_client SET last_mutation = ?, last_seen_at = ? WHERE id = ?"_s,
            { current.lastMutation, m_clock.nowMs(), current.id });
    if (!moved)
        return moved.error();
    if (auto notified = notifyOtherServers(result.changedBuckets); !notified)
        return notified.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    result.reply = { { u"outcomes"_s, outcomes }, { u"last_mutation"_s, current.lastMutation } };
    return result;
}

Result<QSet<QString>> SyncService::writeAsServer(const MutationActor &actor,
                                                 const ServerChange &change)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    const qint64 now = m_clock.nowMs();
    ChangeLogWriter log(m_queries, now);
    MutationContext context(m_rows, log, actor, now, m_accounts.get());
    context.allowServerTables();
    if (auto changed = change(context, *transaction); !changed)
        return changed.error();
    if (auto notified = notifyOtherServers(log.changed); !notified)
        return notified.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return log.changed;
}

// PostgreSQL holds a notification until the transaction commits, and drops it on rollback.
Result<void> SyncService::notifyOtherServers(const QSet<QString> &buckets)
{
    if (!SqlDialect::isPostgres(m_db) || buckets.isEmpty())
        return {};
    QString payload = QStringList(buckets.cbegin(), buckets.cend()).join(u' ');
    if (payload.toUtf8().size() > maxNotificationBytes)
        payload = u"*"_s;
    auto sent = m_queries.run(u"SELECT pg_notify(?, ?)"_s, { changesChannel(), payload });
    return sent ? Result<void>() : Result<void>(sent.error());
}

std::optional<QSet<QString>> SyncService::changedBuckets(const QString &payload)
{
    if (payload == u"*")
        return std::nullopt;
    const QStringList names = payload.split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(names.cbegin(), names.cend());
}

// One mutation in a savepoint of the push's transaction. A rejection (invalid, forbidden,
// not found, conflict) rolls back its writes and becomes its outcome; any other failure is the
// server's (a full disk, say) and fails the whole push, so no change is lost or half-done.
Result<QCborMap> SyncService::applyOne(WriteTransaction &transaction, const Account &account,
                                       qint64 number, const QString &name, const QCborMap &args,
                                       QSet<QString> &changedBuckets)
{
    if (auto opened = m_queries.run(u"SAVEPOINT mutation"_s, {}); !opened)
        return opened.error();
    const qint64 now = m_clock.nowMs();
    ChangeLogWriter log(m_queries, now);
    MutationContext context(m_rows, log, { account.id, account.role, account.displayName }, now,
                            m_accounts.get());
    Result<void> applied = QCborValue(args).toCbor().size() > Mutations::maxArgumentBytes
            ? makeError(ErrorCode::InvalidArgument, tr("The change is too large."))
            : Mutations::run(context, name, args);
    if (!applied && !isRejection(applied.error().code))
        return applied.error();
    // What the mutation asked to be audited, inside its savepoint: kept with the change.
    for (const MutationAudit &entry : applied ? context.audits() : QList<MutationAudit> {}) {
        auto logged = m_audit.append(transaction, account.id, entry.action, entry.target, {},
                                     entry.detail);
        if (!logged)
            return logged.error();
    }
    if (!applied) {
        if (auto undone = m_queries.run(u"ROLLBACK TO mutation"_s, {}); !undone)
            return undone.error();
    }
    if (auto released = m_queries.run(u"RELEASE mutation"_s, {}); !released)
        return released.error();
    const QCborMap outcome = applied
            ? outcomeMap(number, u"confirmed"_s)
            : outcomeMap(number, u"rejected"_s, codeName(applied.error().code),
                         applied.error().message);
    if (applied)
        changedBuckets.unite(log.changed);
    return outcome;
}

// Only rejections are kept: a change applied before whose outcome is not found was
// confirmed (storedOutcome), so the usual push writes and deletes no outcome row. Writing a
// row per change and deleting it a push later left the table mostly dead rows; after a large
// import on PostgreSQL the delete scanned all of them (about 1,000 pages, 1.2 ms) on every
// push.
Result<void> SyncService::recordRejections(const Client &client, qint64 first,
                                           const QList<QCborMap> &rejections)
{
    static_assert(maxMutationsPerPush * 5 <= 999, "SQLite 3.15 takes at most 999 parameters");
    if (rejections.isEmpty())
        return {};
    // The client has the answers before its first change of this push: they can go. So can
    // all but the last push's worth, whatever "first" a client claims: one request is out at
    // a time, so only the last push can be unanswered, and a client re-sending old numbers
    // must not keep every answer it was ever given.
    const qint64 keepFrom = std::max(first, client.lastMutation - maxMutationsPerPush + 1);
    auto forgotten =
            m_queries.run(u"DELETE FROM mutation_outcome WHERE client_id = ? AND number < ?"_s,
                          { client.id, keepFrom });
    if (!forgotten)
        return forgotten.error();
    // One statement for them all: on PostgreSQL each statement is a round trip. Each row
    // count is its own prepared statement.
    QVariantList values;
    values.reserve(rejections.size() * 5);
    for (const QCborMap &outcome : rejections)
        values << client.id << outcome.value(u"n"_s).toInteger()
               << outcome.value(u"status"_s).toString() << outcome.value(u"code"_s).toString()
               << outcome.value(u"reason"_s).toString();
    const QString row = u"(?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"_s;
    auto kept = m_queries.run(u"INSERT INTO mutation_outcome (client_id, number, status, code, "
                              u"reason) VALUES "_s
                                      + QStringList(rejections.size(), row).join(u", "),
                              values);
    return kept ? Result<void>() : Result<void>(kept.error());
}

Result<QCborMap> SyncService::storedOutcome(const Client &client, qint64 number)
{
    auto query = m_queries.run(u"SELECT status, code, reason FROM mutation_outcome "
                               u"WHERE client_id = ? AND number = ?"_s,
                               { client.id, number });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const QCborMap outcome = rows.next()
            ? outcomeMap(number, rows.value(0).toString(), rows.value(1).toString(),
                         rows.value(2).toString())
            : outcomeMap(number, u"confirmed"_s); // only rejections are kept
    rows.finish();
    return outcome;
}

// --- pull --------------------------------------------------------------------------------

Result<QStringList> SyncService::allowedBuckets(const Account &account)
{
    QStringList buckets { Buckets::of(Buckets::user, account.id), Buckets::directory.toString() };
    switch (account.role) {
    case Role::Patient:
        buckets << Buckets::of(Buckets::patient, account.id);
        break;
    case Role::Doctor:
    case Role::Nurse: {
        auto query = m_queries.run(
                u"SELECT patient_id FROM care_team WHERE staff_id = ? AND NOT deleted"_s,
                { account.id });
        if (!query)
            return query.error();
        while ((*query)->next())
            buckets << Buckets::of(Buckets::patient, (*query)->value(0).toString());
        break;
    }
    case Role::FrontDesk:
        buckets << Buckets::registry.toString();
        break;
    case Role::Pharmacist: { // the pharmacy they work at (pharmacy_member, set by the admin)
        auto query = m_queries.run(
                u"SELECT pharmacy_id FROM pharmacy_member WHERE staff_id = ? AND NOT deleted"_s,
                { account.id });
        if (!query)
            return query.error();
        while ((*query)->next())
            buckets << Buckets::of(Buckets::pharmacy, (*query)->value(0).toString());
        break;
    }
    case Role::Admin:
        break;
    }
    buckets.sort();
    return buckets;
}

// One pull reply being filled. Everything that goes into it counts against the budget: the
// envelope, each bucket entry's name, cursor and flags, the rows, the revoked names. So a
// user with thousands of buckets (a doctor on thousands of care teams) still gets replies
// that fit a frame. The first thing in a page goes in whatever its size, so every page moves
// on: a row bigger than the budget travels alone.
struct SyncService::PullPage
{
    PullPage(qint64 highSeq, qint64 floorSeq, RowStore &store)
        : high(highSeq), floor(floorSeq), rows(store)
    { }

    qint64 high; // the newest change-log entry when the pull began (at least the floor)
    qint64 floor; // entries at or below this were pruned
    RowStore &rows;
    qsizetype bytes = replyOverheadBytes();
    bool full = false;
    bool holdsAnything = false; // a bucket entry, a row or a revoked name
    QCborArray buckets;
    QCborArray revoked;

    bool fits(qsizetype size)
    {
        if (holdsAnything && bytes + size > pullBudgetBytes)
            full = true;
        return !full;
    }

    // Makes room for a bucket's entry at its largest, before its rows; false when full.
    bool open(qsizetype reserved)
    {
        if (!fits(reserved))
            return false;
        bytes += reserved;
        return true;
    }

    // Adds a row to the open entry if it fits; false when the page is full.
    bool add(QCborArray &list, QCborMap row)
    {
        const qsizetype size = QCborValue(row).toCbor().size();
        if (!fits(size))
            return false;
        bytes += size;
        holdsAnything = true;
        list.append(row);
        return true;
    }

    // The entry in its true size, in place of the room made for it; an entry with nothing to
    // say (no rows, no must_refetch, its cursor as the client sent it) is left out.
    void close(qsizetype reserved, const QCborMap &entry, bool worthSending)
    {
        bytes -= reserved;
        if (!worthSending)
            return;
        bytes += entryBytesWithoutRows(entry, entry.value(u"rows"_s).toArray().size());
        holdsAnything = true;
        buckets.append(entry);
    }

    bool addRevoked(const QString &name)
    {
        const qsizetype size = QCborValue(name).toCbor().size();
        if (!fits(size))
            return false;
        bytes += size;
        holdsAnything = true;
        revoked.append(name);
        return true;
    }
};

Result<PullResult> SyncService::pull(const Account &account, const QCborMap &body)
{
    const QCborValue cursorsValue = body.value(u"cursors"_s);
    if (!cursorsValue.isUndefined() && !cursorsValue.isMap())
        return makeError(ErrorCode::InvalidArgument, tr("“cursors” must be a map."));
    const QCborMap cursorMap = cursorsValue.toMap();
    if (auto checked = checkCursors(cursorMap); !checked)
        return checked.error();
    // Both ends of the log in one statement: one round trip on PostgreSQL.
    auto ends = m_queries.run(u"SELECT (SELECT COALESCE(MAX(seq), 0) FROM change_log), "
                              u"(SELECT value FROM sync_setting WHERE key = 'log_floor')"_s,
                              {});
    if (!ends)
        return ends.error();
    const bool read = (*ends)->next();
    const qint64 high = read ? (*ends)->value(0).toLongLong() : 0;
    const qint64 floor = read ? (*ends)->value(1).toLongLong() : 0;
    (*ends)->finish();
    // A log pruned empty has no MAX(seq); a snapshot must still start at the floor, or its
    // cursor would be below it and refetch on every pull.
    PullPage page { qMax(high, floor), floor, m_rows };
    if (auto behind = checkNotBehind(cursorMap, page.high); !behind)
        return behind.error();
    auto found = client(account, body.value(u"client"_s).toString(), false);
    if (!found)
        return found.error();
    auto allowed = allowedBuckets(account);
    if (!allowed)
        return allowed.error();
    // Looked up by name (QCborMap::value is a linear search: thousands of buckets).
    QHash<QString, QCborValue> cursors;
    cursors.reserve(cursorMap.size());
    for (auto it = cursorMap.begin(); it != cursorMap.end(); ++it)
        cursors.insert(it.key().toString(), it.value());
    const QSet<QString> allowedSet(allowed->cbegin(), allowed->cend());
    // Revoked buckets first: their rows are ones the user may no longer hold.
    for (auto it = cursorMap.begin(); it != cursorMap.end() && !page.full; ++it) {
        if (!allowedSet.contains(it.key().toString()))
            page.addRevoked(it.key().toString());
    }
    for (const QString &bucket : allowed.value()) {
        if (page.full)
            break;
        if (auto pulled = pullBucket(page, bucket, cursors.value(bucket)); !pulled)
            return pulled.error();
    }
    PullResult result;
    result.allowedBuckets = allowed.value();
    result.reply = { { u"last_mutation"_s, found->lastMutation },
                     { u"buckets"_s, page.buckets },
                     { u"revoked"_s, page.revoked },
                     { u"more"_s, page.full } };
    return result;
}

// Every cursor is checked before any is used: its fields index the table list and bound SQL
// reads, and they come from the client. One that is not as the server made it refuses the
// whole pull, naming the bucket, rather than being guessed at.
Result<void> SyncService::checkCursors(const QCborMap &cursors)
{
    if (cursors.size() > maxPullCursors)
        return makeError(ErrorCode::InvalidArgument,
                         tr("“cursors” may name at most %1 buckets.").arg(maxPullCursors));
    for (auto it = cursors.begin(); it != cursors.end(); ++it) {
        const QCborValue name = it.key();
        if (!name.isString() || name.toString().size() > maxBucketNameLength)
            return makeError(ErrorCode::InvalidArgument,
                             tr("A bucket name in “cursors” must be text of at most %1 "
                                "characters.")
                                     .arg(maxBucketNameLength));
        if (!isWellFormedCursor(it.value()))
            return makeError(ErrorCode::InvalidArgument,
                             tr("The cursor of bucket “%1” is malformed or out of range.")
                                     .arg(name.toString()));
    }
    return {};
}

// Cursors are positions in this server's change log: one past its end was made by a log that
// has since gone back (the server restored from an older backup). Guessing would lose or
// mix up rows, so the client is told, and stops to ask its user.
Result<void> SyncService::checkNotBehind(const QCborMap &cursors, qint64 high)
{
    for (auto it = cursors.begin(); it != cursors.end(); ++it) {
        const QCborMap cursor = it.value().toMap();
        const qint64 at = cursor.contains(u"seq"_s) ? cursor.value(u"seq"_s).toInteger()
                                                    : cursor.value(u"snap"_s).toInteger();
        if (at > high)
            return makeError(ErrorCode::ServerBehind,
                             tr("The clinic's server has fewer changes than this computer was "
                                "already sent: it may have been restored from an older backup."),
                             u"cursor %1 of bucket %2 is past the log's end %3"_s.arg(at)
                                     .arg(it.key().toString())
                                     .arg(high));
    }
    return {};
}

// A bucket's cursor is {"seq": n} once it is in step, or {"snap": high, "tbl": i, "rev": r}
// while its snapshot is under way (checkCursors has checked it). A bucket without one starts a
// snapshot; so does one whose changes the log no longer reaches back to, with must_refetch:
// an in-step seq or a snapshot's start older than the pruned floor.
Result<void> SyncService::pullBucket(PullPage &page, const QString &bucket,
                                     const QCborValue &cursor)
{
    QCborMap state = cursor.toMap();
    // The changes after `since` must still be in the log: for a snapshot under way, those
    // after its start, which it sends once its tables are done.
    const qint64 since = state.contains(u"seq"_s) ? state.value(u"seq"_s).toInteger()
                                                  : state.value(u"snap"_s).toInteger();
    const bool mustRefetch = !cursor.isUndefined() && since < page.floor;
    if (cursor.isUndefined() || mustRefetch)
        state = { { u"snap"_s, page.high }, { u"tbl"_s, 0 }, { u"rev"_s, 0 } };
    const qsizetype reserved = largestEntryBytesWithoutRows(bucket);
    if (!page.open(reserved))
        return {};
    QCborArray rows;
    bool done = true;
    if (state.contains(u"snap"_s)) {
        auto finished = snapshot(page, bucket, state, rows);
        if (!finished)
            return finished.error();
        done = finished.value();
    }
    if (done) {
        auto caughtUp = changesSince(page, bucket, state, rows);
        if (!caughtUp)
            return caughtUp.error();
    }
    QCborMap entry { { u"name"_s, bucket }, { u"cursor"_s, state }, { u"rows"_s, rows } };
    if (mustRefetch)
        entry.insert(u"must_refetch"_s, true);
    // A bucket absent from a reply keeps its cursor on the client (LocalReplica::pullBody).
    const bool worthSending = !rows.isEmpty() || mustRefetch || QCborValue(state) != cursor;
    page.close(reserved, entry, worthSending);
    return {};
}

// Sends the bucket's live rows table by table in rev order, resumable from the cursor. Rows
// that change meanwhile get a newer rev and come later, or with the changes after `snap`.
Result<bool> SyncService::snapshot(PullPage &page, const QString &bucket, QCborMap &state,
                                   QCborArray &rows)
{
    const QList<SyncedTable> &tables = SyncedTables::all();
    const QString key = Buckets::split(bucket).second;
    for (qint64 t = state.value(u"tbl"_s).toInteger(); t < tables.size(); ++t) {
        const SyncedTable &table = tables[t];
        const BucketMembership *membership = table.membershipFor(bucket);
        if (!membership) {
            state = { { u"snap"_s, state.value(u"snap"_s) }, { u"tbl"_s, t + 1 }, { u"rev"_s, 0 } };
            continue;
        }
        const QString where = membership->column.isEmpty()
                ? u"NOT deleted"_s
                : membership->column + u" = ? AND NOT deleted";
        for (;;) {
            QVariantList values;
            if (!membership->column.isEmpty())
                values << key;
            values << state.value(u"rev"_s).toInteger() << snapshotBatch;
            auto query = m_queries.run(u"SELECT " + table.columnNames().join(u", ") + u" FROM "
                                               + table.name + u" WHERE " + where
                                               + u" AND rev > ? ORDER BY rev LIMIT ?",
                                       values);
            if (!query)
                return query.error();
            int count = 0;
            while ((*query)->next()) {
                const QCborMap row = page.rows.readRow(table, **query);
                if (!page.add(rows,
                              { { u"t"_s, table.name }, { u"op"_s, u"put"_s }, { u"v"_s, row } })) {
                    (*query)->finish();
                    return false;
                }
                state.insert(u"rev"_s, row.value(u"rev"_s).toInteger());
                ++count;
            }
            if (count < snapshotBatch)
                break;
        }
        state = { { u"snap"_s, state.value(u"snap"_s) }, { u"tbl"_s, t + 1 }, { u"rev"_s, 0 } };
    }
    state = { { u"seq"_s, state.value(u"snap"_s) } };
    return true;
}

// The bucket's change-log entries after the cursor, each as the row's current state (or a
// drop), a row once per page however often it changed.
Result<bool> SyncService::changesSince(PullPage &page, const QString &bucket, QCborMap &state,
                                       QCborArray &rows)
{
    QSet<QString> sent;
    for (;;) {
        auto query = m_queries.run(u"SELECT seq, tbl, row_id, op FROM change_log "
                                   u"WHERE bucket = ? AND seq > ? ORDER BY seq LIMIT ?"_s,
                                   { bucket, state.value(u"seq"_s).toInteger(), changeBatch });
        if (!query)
            return query.error();
        struct Entry
        {
            qint64 seq;
            QString table, id, op;
        };
        QList<Entry> entries;
        while ((*query)->next())
            entries.append({ (*query)->value(0).toLongLong(), (*query)->value(1).toString(),
                             (*query)->value(2).toString(), (*query)->value(3).toString() });
        (*query)->finish();
        for (const Entry &entry : entries) {
            const QString rowKey = entry.table + u'/' + entry.id;
            const SyncedTable *table = SyncedTables::find(entry.table);
            if (table && !sent.contains(rowKey)) {
                std::optional<QCborMap> row;
                if (entry.op == u"put") {
                    auto found = page.rows.find(*table, entry.id);
                    if (!found)
                        return found.error();
                    row = found.value();
                }
                const bool live = row && !row->value(u"deleted"_s).toBool();
                QCborMap change { { u"t"_s, entry.table } };
                if (live) {
                    change.insert(u"op"_s, u"put"_s);
                    change.insert(u"v"_s, *row);
                } else {
                    change.insert(u"op"_s, u"drop"_s);
                    change.insert(u"id"_s, entry.id);
                }
                if (!page.add(rows, change))
                    return false;
                sent.insert(rowKey);
            }
            state.insert(u"seq"_s, entry.seq);
        }
        if (entries.size() < changeBatch)
            return true;
    }
}

Result<qint64> SyncService::pruneChangeLog(qint64 beforeMs)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto newest =
            scalar(u"SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE at < ?"_s, { beforeMs });
    if (!newest)
        return newest.error();
    auto dropped = m_queries.run(u"DELETE FROM change_log WHERE seq <= ?"_s, { newest.value() });
    if (!dropped)
        return dropped.error();
    const qint64 count = (*dropped)->numRowsAffected();
    auto floor = m_queries.run(
            u"UPDATE sync_setting SET value = ? WHERE key = 'log_floor' AND value < ?"_s,
            { newest.value(), newest.value() });
    if (!floor)
        return floor.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return count;
}

} // namespace clinic
