#pragma once

#include "sync/localreplica.h"
#include "sync/replicaapplier.h"
#include "sync/serverconnection.h"

#include <QObject>
#include <QTimer>

namespace clinic {

// Moves a LocalReplica's changes to the server and the server's rows back: on sign-in and
// after every reconnect, after each change made here (push, then pull), and on each poke.
// Every push is followed by a pull, so the server's rows arrive however busy this client is.
// One request at a time; a failed one is retried with back-off (1 s doubling to 30 s).
// Offline, changes wait in the outbox and everything works from the local store.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        bool online = false; // signed in to the server
        bool syncing = false; // a push or pull under way
        int pending = 0; // changes waiting for the server's answer
        int unseenRejections = 0;
        qint64 lastSyncAt = 0; // UTC ms of the last complete pull; 0: never
        QString lastError; // the last failure, until a sync succeeds
        // Why sync stopped until the user decides (the server went back in time), or empty.
        QString needsAttention;
    };

    // Pulled pages are written by `applier`, on its thread (a window never waits for a batch,
    // and the next page travels meanwhile); it must outlive this engine.
    SyncEngine(LocalReplica &replica, ReplicaApplier &applier, ServerConnection &connection,
               QObject *parent = nullptr);

    // Applies the change here and sends it when online. An error: refused here, not queued.
    Result<qint64> submit(const QString &name, const QCborMap &args);
    void syncNow();
    // After the server went back in time: fetch everything from it again, keeping the changes
    // made here that it has not answered (LocalReplica::startOver), and sync again.
    Result<void> startOver();
    Status status() const;
    LocalReplica &replica() { return m_replica; }

    // Limits of one push (a message stays under the 64 KiB frame limit).
    static constexpr int maxMutationsPerPush = 50;
    static constexpr qsizetype maxPushBytes = 40 * 1024;
    // Pull pages received are applied together once they hold this many rows (or at the last
    // page). Measured for 100,000 rows (bench/sync_bench, before the applier had a thread of
    // its own): one page per transaction 13.9 s, 5,000 rows 6.0 s, 10,000 4.5 s, 20,000 4.3 s.
    // A change saved here while a batch is written waits for it (0.2 to 0.5 s here).
    static constexpr int defaultRowsPerApply = 10000;
    void setRowsPerApply(int rows) { m_rowsPerApply = qMax(1, rows); }

signals:
    void dataChanged(const QSet<QString> &tables);
    void outcomeReceived(const clinic::SyncOutcome &outcome);
    void statusChanged();
    // Nothing left to push or pull: a complete pull has just been applied.
    void idle();

private:
    void step();
    void push();
    void pull();
    void sendPull(const QCborMap &body);
    void onPulled(const ServerReply &reply);
    void applyReceived();
    void onApplied(quint64 run, const QSet<QString> &tables, const QString &error);
    static int rowCount(const QCborMap &reply);
    void failed(const QString &why);
    bool online() const;

    LocalReplica &m_replica;
    ServerConnection &m_connection;
    bool m_busy = false;
    bool m_pullWanted = false;
    quint64 m_pullGeneration = 0; // replies to older pulls are dropped
    QList<QCborMap> m_received; // pull replies not yet applied
    ReplicaApplier &m_applier;
    quint64 m_applyRun = 1; // a failed batch starts a new run: the applier skips the rest
    QList<qsizetype> m_batchesOut; // each batch with the applier: its page count
    QList<QCborMap> m_pagesOut; // their pages' cursors, which count for the next page
    int m_receivedRows = 0;
    int m_rowsPerApply = defaultRowsPerApply;
    QString m_lastError;
    QString m_needsAttention;
    QTimer m_retry;
    int m_retryDelayMs = 1000;
};

} // namespace clinic
