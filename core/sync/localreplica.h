#pragma once

#include "mutations/mutation.h"
#include "storage/preparedqueries.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

namespace clinic {

// What became of one change the user made.
struct SyncOutcome
{
    qint64 number = 0;
    QString name; // the mutation: "patient.update", ...
    bool confirmed = false; // false: rejected, with the server's reason
    QString reason;
    qint64 createdAt = 0;
    qint64 decidedAt = 0;
    bool seen = false;
};

// The client's side of sync, on its encrypted store (DESIGN.md, Sync; docs/sync.md):
// - submit() applies a mutation here at once (optimistically) and queues it in the outbox,
//   with the image of every row it wrote as it was before;
// - applyPull() rebases in one transaction: takes the queued changes back, applies the
//   server's rows, forgets the changes the server has answered, and applies the rest again.
// No network here: SyncEngine moves the messages.
class LocalReplica
{
    Q_DECLARE_TR_FUNCTIONS(clinic::LocalReplica)
public:
    LocalReplica(QSqlDatabase db, MutationActor actor, const Clock &clock = Clock::system());
    ~LocalReplica();

    // This store's id at the server, made on first use.
    Result<QString> clientId();
    // Runs the mutation on the local store and queues it. An error means it was refused here
    // (invalid, not allowed) and nothing was queued. Returns the mutation's number.
    Result<qint64> submit(const QString &name, const QCborMap &args);

    // The next push: the unanswered changes in order, within the limits of one message.
    Result<QCborMap> pushBody(int maxMutations, qsizetype maxBytes);
    // Records the server's answers to a push; returns them as outcomes.
    Result<QList<SyncOutcome>> recordOutcomes(const QCborArray &outcomes);
    // The next pull. With `unapplied`, pull replies received but not yet applied: their
    // cursors count, so the next page can be asked for before they are written.
    Result<QCborMap> pullBody(const QList<QCborMap> &unapplied = {});
    // Applies pull replies, in order, in one transaction; returns the names of the tables
    // whose rows changed. Several pages in one transaction write each index page once where
    // one transaction per page wrote it again and again (random ids spread every page's rows
    // over the whole index).
    Result<QSet<QString>> applyPulls(const QList<QCborMap> &replies);
    Result<QSet<QString>> applyPull(const QCborMap &reply);
    // Forgets what the server sent, its rows and cursors, keeping the changes made here that
    // wait for its answer: the next pull fetches everything again, then those changes go.
    // For a server that went back in time (restored from an older backup). Returns the
    // tables whose rows changed.
    Result<QSet<QString>> startOver();

    Result<int> unansweredCount() const;
    Result<qint64> lastSyncAt() const;
    Result<QList<SyncOutcome>> outcomes(int limit = 200) const;
    Result<int> unseenRejections() const;
    Result<void> markOutcomesSeen();
    // True while a queued change of this row waits for the server's answer.
    Result<bool> isTentative(const QString &table, const QString &id) const;
    // The rows of `table` with a queued change waiting for the server's answer, on any
    // connection to the store (a search's on its own thread): one read of the outbox's undo
    // images, which hold only the changes not yet answered.
    static Result<QSet<QString>> tentativeRows(const QSqlDatabase &db, const QString &table);

    const MutationActor &actor() const { return m_actor; }
    QSqlDatabase database() const { return m_db; }

private:
    class UndoRecorder;

    Result<QString> state(const QString &key) const;
    Result<void> setState(const QString &key, const QString &value);
    Result<void> undoQueued(QSet<QString> &tables);
    Result<void> forgetServerRows(QSet<QString> &tables);
    Result<void> applyReply(const QCborMap &reply, QSet<QString> &tables);
    Result<void> applyBucket(const QCborMap &bucket, QSet<QString> &tables);
    Result<void> purgeBucket(const QString &bucket, QSet<QString> &tables);
    Result<void> dropFromBucket(const QString &bucket, const SyncedTable &table, const QString &id,
                                QSet<QString> &tables);
    Result<void> redoQueued(qint64 answeredThrough, QSet<QString> &tables);
    Result<void> runQueued(qint64 number, const QString &name, const QCborMap &args);

    QSqlDatabase m_db;
    MutationActor m_actor;
    const Clock &m_clock;
    std::unique_ptr<RowStore> m_rows;
    PreparedQueries m_queries; // statements run once per pulled row
};

} // namespace clinic
