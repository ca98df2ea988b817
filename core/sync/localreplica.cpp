#include "localreplica.h"

#include "storage/sqlexec.h"
#include "storage/writetransaction.h"

#include <QCborValue>
#include <QScopeGuard>
#include <QUuid>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int keptOutcomes = 500;

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return execSql(db, sql, values, LocalReplica::tr("The local sync data could not be saved."));
}

QByteArray cbor(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

QCborMap fromCbor(const QByteArray &bytes)
{
    return QCborValue::fromCbor(bytes).toMap();
}

} // namespace

// Keeps, for one queued change, each row it writes as it was before, so a rebase can take
// the change back.
class LocalReplica::UndoRecorder : public WriteObserver
{
public:
    UndoRecorder(QSqlDatabase db, qint64 number) : m_db(std::move(db)), m_number(number) { }

    Result<void> written(const SyncedTable &table, const QString &id,
                         const std::optional<QCborMap> &before, const QCborMap &) override
    {
        auto kept = exec(
                m_db,
                u"INSERT INTO sync_undo (number, step, tbl, row_id, prior) "
                u"VALUES (?, ?, ?, ?, ?)"_s,
                { m_number, m_step++, table.name, id,
                  before ? QVariant(cbor(*before)) : QVariant(QMetaType(QMetaType::QByteArray)) });
        if (!kept)
            return kept.error();
        return {};
    }

private:
    QSqlDatabase m_db;
    qint64 m_number;
    int m_step = 0;
};

LocalReplica::LocalReplica(QSqlDatabase db, MutationActor actor, const Clock &clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(clock),
      m_rows(std::make_unique<RowStore>(db, RowStore::SearchIndex::Maintain)),
      m_queries(db, tr("The local sync data could not be saved."))
{ }

LocalReplica::~LocalReplica() = default;

Result<QString> LocalReplica::state(const QString &key) const
{
    auto query = exec(m_db, u"SELECT value FROM sync_state WHERE key = ?"_s, { key });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<void> LocalReplica::setState(const QString &key, const QString &value)
{
    auto saved = exec(m_db, u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s,
                      { key, value });
    if (!saved)
        return saved.error();
    return {};
}

Result<QString> LocalReplica::clientId()
{
    auto id = state(u"client_id"_s);
    if (!id || !id->isEmpty())
        return id;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto saved = setState(u"client_id"_s, made); !saved)
        return saved.error();
    return made;
}

Result<void> LocalReplica::runQueued(qint64 number, const QString &name, const QCborMap &args)
{
    UndoRecorder undo(m_db, number);
    MutationContext context(*m_rows, undo, m_actor, m_clock.nowMs());
    return Mutations::run(context, name, args);
}

Result<qint64> LocalReplica::submit(const QString &name, const QCborMap &args)
{
    if (cbor(args).size() > Mutations::maxArgumentBytes)
        return makeError(ErrorCode::InvalidArgument, tr("The change is too large."));
    auto id = clientId(); // before the transaction: made once, kept even if this one fails
    if (!id)
        return id.error();
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto last = state(u"last_number"_s);
    if (!last)
        return last.error();
    const qint64 number = last->toLongLong() + 1;
    if (auto applied = runQueued(number, name, args); !applied)
        return applied.error(); // the transaction rolls back: nothing was queued
    auto queued = exec(m_db,
                       u"INSERT INTO sync_outbox (number, name, args, created_at) "
                       u"VALUES (?, ?, ?, ?)"_s,
                       { number, name, cbor(args), m_clock.nowMs() });
    if (!queued)
        return queued.error();
    if (auto saved = setState(u"last_number"_s, QString::number(number)); !saved)
        return saved.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return number;
}

Result<QCborMap> LocalReplica::pushBody(int maxMutations, qsizetype maxBytes)
{
    auto id = clientId();
    if (!id)
        return id.error();
    auto query = exec(m_db,
                      u"SELECT number, name, args FROM sync_outbox WHERE status = 'pending' "
                      u"ORDER BY number LIMIT ?"_s,
                      { maxMutations });
    if (!query)
        return query.error();
    QCborArray mutations;
    qsizetype bytes = 0;
    while (query->next()) {
        const QByteArray args = query->value(2).toByteArray();
        bytes += args.size() + 64;
        if (bytes > maxBytes && !mutations.isEmpty())
            break;
        mutations.append(QCborMap { { u"n"_s, query->value(0).toLongLong() },
                                    { u"name"_s, query->value(1).toString() },
                                    { u"args"_s, QCborValue::fromCbor(args) } });
    }
    return QCborMap { { u"client"_s, *id }, { u"mutations"_s, mutations } };
}

Result<QList<SyncOutcome>> LocalReplica::recordOutcomes(const QCborArray &answers)
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    QList<SyncOutcome> recorded;
    const qint64 now = m_clock.nowMs();
    for (const QCborValue &value : answers) {
        const QCborMap answer = value.toMap();
        const qint64 number = answer.value(u"n"_s).toInteger();
        const QString status = answer.value(u"status"_s).toString();
        if (status != u"confirmed" && status != u"rejected")
            continue;
        const QString reason = answer.value(u"reason"_s).toString();
        auto row = exec(m_db,
                        u"SELECT name, created_at FROM sync_outbox "
                        u"WHERE number = ? AND status = 'pending'"_s,
                        { number });
        if (!row)
            return row.error();
        if (!row->next())
            continue; // answered already
        SyncOutcome outcome { number, row->value(0).toString(),   status == u"confirmed",
                              reason, row->value(1).toLongLong(), now,
                              false };
        auto marked = exec(
                m_db,
                u"UPDATE sync_outbox SET status = ?, reason = COALESCE(?, '') WHERE number = ?"_s,
                { status, reason, number });
        auto kept =
                exec(m_db,
                     u"INSERT OR REPLACE INTO sync_outcome (number, name, status, reason, "
                     u"created_at, decided_at, seen) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, 0)"_s,
                     { number, outcome.name, status, reason, outcome.createdAt, now });
        if (!marked || !kept)
            return marked ? kept.error() : marked.error();
        recorded << outcome;
    }
    auto trimmed = exec(m_db,
                        u"DELETE FROM sync_outcome WHERE number <= "
                        u"(SELECT MAX(number) FROM sync_outcome) - ?"_s,
                        { keptOutcomes });
    if (!trimmed)
        return trimmed.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return recorded;
}

Result<QCborMap> LocalReplica::pullBody(const QList<QCborMap> &unapplied)
{
    auto id = clientId();
    if (!id)
        return id.error();
    auto query = exec(m_db, u"SELECT bucket, state FROM sync_cursor"_s);
    if (!query)
        return query.error();
    QCborMap cursors;
    while (query->next())
        cursors.insert(query->value(0).toString(), fromCbor(query->value(1).toByteArray()));
    for (const QCborMap &reply : unapplied) {
        for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray())
            cursors.insert(bucket.toMap().value(u"name"_s), bucket.toMap().value(u"cursor"_s));
        for (const QCborValue &bucket : reply.value(u"revoked"_s).toArray())
            cursors.remove(bucket);
    }
    return QCborMap { { u"client"_s, *id }, { u"cursors"_s, cursors } };
}

// --- rebase ------------------------------------------------------------------------------

Result<QSet<QString>> LocalReplica::applyPull(const QCborMap &reply)
{
    return applyPulls({ reply });
}

Result<QSet<QString>> LocalReplica::applyPulls(const QList<QCborMap> &replies)
{
    if (replies.isEmpty())
        return QSet<QString>();
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    QSet<QString> tables;
    m_rows->setDeferSearchIndex(true);
    const auto indexNow = qScopeGuard([this] { m_rows->setDeferSearchIndex(false); });
    if (auto undone = undoQueued(tables); !undone) {
        transaction->markFailed();
        return undone.error();
    }
    for (const QCborMap &reply : replies) {
        if (auto applied = applyReply(reply, tables); !applied) {
            transaction->markFailed();
            return applied.error();
        }
    }
    // Only a last page shows every change the server made up to last_mutation: until then
    // every queued change is applied again.
    const QCborMap &reply = replies.last();
    const bool complete = !reply.value(u"more"_s).toBool();
    const qint64 answeredThrough = complete ? reply.value(u"last_mutation"_s).toInteger() : 0;
    if (auto redone = redoQueued(answeredThrough, tables); !redone) {
        transaction->markFailed();
        return redone.error();
    }
    // The charts' hours, each once, in every batch (they are not queued in the store).
    if (auto hours = m_rows->flushVitalHours(); !hours) {
        transaction->markFailed();
        return hours.error();
    }
    if (complete) {
        auto indexed = m_rows->flushSearchIndex();
        if (!indexed)
            return indexed.error();
        if (auto saved = setState(u"last_sync_at"_s, QString::number(m_clock.nowMs())); !saved)
            return saved.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return tables;
}

Result<QSet<QString>> LocalReplica::startOver()
{
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    QSet<QString> tables;
    if (auto forgotten = forgetServerRows(tables); !forgotten) {
        transaction->markFailed();
        return forgotten.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return tables;
}

Result<void> LocalReplica::forgetServerRows(QSet<QString> &tables)
{
    if (auto undone = undoQueued(tables); !undone)
        return undone;
    auto buckets = exec(m_db, u"SELECT bucket FROM sync_cursor UNION "
                              u"SELECT DISTINCT bucket FROM sync_row_bucket"_s);
    if (!buckets)
        return buckets.error();
    QStringList names;
    while (buckets->next())
        names << buckets->value(0).toString();
    buckets->finish();
    for (const QString &bucket : std::as_const(names)) {
        if (auto purged = purgeBucket(bucket, tables); !purged)
            return purged;
    }
    if (auto forgotten = exec(m_db, u"DELETE FROM sync_cursor"_s); !forgotten)
        return forgotten.error();
    return redoQueued(0, tables);
}

Result<void> LocalReplica::applyReply(const QCborMap &reply, QSet<QString> &tables)
{
    for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray()) {
        if (auto applied = applyBucket(bucket.toMap(), tables); !applied)
            return applied;
    }
    for (const QCborValue &bucket : reply.value(u"revoked"_s).toArray()) {
        if (auto purged = purgeBucket(bucket.toString(), tables); !purged)
            return purged;
        auto forgotten =
                exec(m_db, u"DELETE FROM sync_cursor WHERE bucket = ?"_s, { bucket.toString() });
        if (!forgotten)
            return forgotten.error();
    }
    return {};
}

// Takes every queued change back, newest write first: the store is then as the server last
// sent it.
Result<void> LocalReplica::undoQueued(QSet<QString> &tables)
{
    auto query = exec(m_db,
                      u"SELECT tbl, row_id, prior FROM sync_undo "
                      u"ORDER BY number DESC, step DESC"_s);
    if (!query)
        return query.error();
    while (query->next()) {
        const SyncedTable *table = SyncedTables::find(query->value(0).toString());
        if (!table)
            continue;
        const QString id = query->value(1).toString();
        const QVariant prior = query->value(2);
        tables.insert(table->name);
        auto restored = prior.isNull() ? m_rows->erase(*table, id)
                                       : m_rows->write(*table, fromCbor(prior.toByteArray()));
        if (!restored)
            return restored;
    }
    query->finish();
    auto cleared = exec(m_db, u"DELETE FROM sync_undo"_s);
    if (!cleared)
        return cleared.error();
    return {};
}

Result<void> LocalReplica::applyBucket(const QCborMap &bucket, QSet<QString> &tables)
{
    const QString name = bucket.value(u"name"_s).toString();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The server sent a bucket without a name."));
    if (bucket.value(u"must_refetch"_s).toBool()) {
        if (auto purged = purgeBucket(name, tables); !purged)
            return purged;
    }
    for (const QCborValue &value : bucket.value(u"rows"_s).toArray()) {
        const QCborMap change = value.toMap();
        const SyncedTable *table = SyncedTables::find(change.value(u"t"_s).toString());
        if (!table)
            continue; // a table this version does not know: a newer server
        if (change.value(u"op"_s).toString() == u"drop") {
            auto dropped = dropFromBucket(name, *table, change.value(u"id"_s).toString(), tables);
            if (!dropped)
                return dropped;
            continue;
        }
        const QCborMap row = change.value(u"v"_s).toMap();
        const QString id = row.value(u"id"_s).toString();
        if (auto written = m_rows->write(*table, row); !written)
            return written;
        auto member = m_queries.run(u"INSERT OR IGNORE INTO sync_row_bucket (bucket, tbl, row_id) "
                                    u"VALUES (?, ?, ?)"_s,
                                    { name, table->name, id });
        if (!member)
            return member.error();
        tables.insert(table->name);
    }
    auto saved = exec(m_db, u"INSERT OR REPLACE INTO sync_cursor (bucket, state) VALUES (?, ?)"_s,
                      { name, cbor(bucket.value(u"cursor"_s).toMap()) });
    if (!saved)
        return saved.error();
    return {};
}

// A row leaves a bucket; it leaves the store when no bucket holds it any more.
Result<void> LocalReplica::dropFromBucket(const QString &bucket, const SyncedTable &table,
                                          const QString &id, QSet<QString> &tables)
{
    auto left =
            exec(m_db, u"DELETE FROM sync_row_bucket WHERE bucket = ? AND tbl = ? AND row_id = ?"_s,
                 { bucket, table.name, id });
    if (!left)
        return left.error();
    auto others =
            exec(m_db, u"SELECT 1 FROM sync_row_bucket WHERE tbl = ? AND row_id = ? LIMIT 1"_s,
                 { table.name, id });
    if (!others)
        return others.error();
    if (others->next())
        return {};
    tables.insert(table.name);
    return m_rows->erase(table, id);
}

Result<void> LocalReplica::purgeBucket(const QString &bucket, QSet<QString> &tables)
{
    auto members =
            exec(m_db, u"SELECT tbl, row_id FROM sync_row_bucket WHERE bucket = ?"_s, { bucket });
    if (!members)
        return members.error();
    QList<std::pair<QString, QString>> rows;
    while (members->next())
        rows.append({ members->value(0).toString(), members->value(1).toString() });
    members->finish();
    for (const auto &[tableName, id] : rows) {
        if (const SyncedTable *table = SyncedTables::find(tableName)) {
            if (auto dropped = dropFromBucket(bucket, *table, id, tables); !dropped)
                return dropped;
        }
    }
    return {};
}

// Applies the queued changes again on top of the server's rows, each in a savepoint: one
// that no longer applies here (its row is gone) stays queued for the server to answer.
// Changes up to `answeredThrough` are in the server's rows already; the answered ones go.
Result<void> LocalReplica::redoQueued(qint64 answeredThrough, QSet<QString> &tables)
{
    auto forgotten =
            exec(m_db, u"DELETE FROM sync_outbox WHERE number <= ? AND status != 'pending'"_s,
                 { answeredThrough });
    if (!forgotten)
        return forgotten.error();
    auto query = exec(m_db,
                      u"SELECT number, name, args FROM sync_outbox WHERE number > ? "
                      u"ORDER BY number"_s,
                      { answeredThrough });
    if (!query)
        return query.error();
    QList<std::tuple<qint64, QString, QCborMap>> queued;
    while (query->next())
        queued.append({ query->value(0).toLongLong(), query->value(1).toString(),
                        fromCbor(query->value(2).toByteArray()) });
    query->finish();
    for (const auto &[number, name, args] : queued) {
        if (auto opened = exec(m_db, u"SAVEPOINT redo"_s); !opened)
            return opened.error();
        const bool applied = runQueued(number, name, args).ok();
        auto closed = exec(m_db, applied ? u"RELEASE redo"_s : u"ROLLBACK TO redo"_s);
        if (!applied && closed)
            closed = exec(m_db, u"RELEASE redo"_s);
        if (!closed)
            return closed.error();
    }
    auto touched = exec(m_db, u"SELECT DISTINCT tbl FROM sync_undo"_s);
    if (!touched)
        return touched.error();
    while (touched->next())
        tables.insert(touched->value(0).toString());
    return {};
}

// --- what the user sees ------------------------------------------------------------------

Result<int> LocalReplica::unansweredCount() const
{
    auto query = exec(m_db, u"SELECT COUNT(*) FROM sync_outbox WHERE status = 'pending'"_s);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<qint64> LocalReplica::lastSyncAt() const
{
    auto value = state(u"last_sync_at"_s);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QList<SyncOutcome>> LocalReplica::outcomes(int limit) const
{
    auto query = exec(m_db,
                      u"SELECT number, name, status, reason, created_at, decided_at, seen "
                      u"FROM sync_outcome ORDER BY number DESC LIMIT ?"_s,
                      { limit });
    if (!query)
        return query.error();
    QList<SyncOutcome> list;
    while (query->next())
        list << SyncOutcome { query->value(0).toLongLong(),
                              query->value(1).toString(),
                              query->value(2).toString() == u"confirmed",
                              query->value(3).toString(),
                              query->value(4).toLongLong(),
                              query->value(5).toLongLong(),
                              query->value(6).toBool() };
    return list;
}

Result<int> LocalReplica::unseenRejections() const
{
    auto query = exec(
            m_db, u"SELECT COUNT(*) FROM sync_outcome WHERE status = 'rejected' AND NOT seen"_s);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<void> LocalReplica::markOutcomesSeen()
{
    auto marked = exec(m_db, u"UPDATE sync_outcome SET seen = 1 WHERE NOT seen"_s);
    if (!marked)
        return marked.error();
    return {};
}

Result<QSet<QString>> LocalReplica::tentativeRows(const QSqlDatabase &db, const QString &table)
{
    auto query = exec(db, u"SELECT DISTINCT row_id FROM sync_undo WHERE tbl = ?"_s, { table });
    if (!query)
        return query.error();
    QSet<QString> rows;
    while (query->next())
        rows.insert(query->value(0).toString());
    return rows;
}

Result<bool> LocalReplica::isTentative(const QString &table, const QString &id) const
{
    auto query = exec(m_db, u"SELECT 1 FROM sync_undo WHERE tbl = ? AND row_id = ? LIMIT 1"_s,
                      { table, id });
    if (!query)
        return query.error();
    return query->next();
}

} // namespace clinic
