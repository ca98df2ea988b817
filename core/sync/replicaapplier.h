#pragma once

#include "mutations/mutation.h"
#include "util/clock.h"
#include "util/joinedthread.h"

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

namespace clinic {

class EncryptedStore;

// Applies pulled pages to a store on a thread of its own, over a connection of its own
// (EncryptedStore::openSibling), so no window waits for a sync batch (about 0.4 s for 10,000
// rows) and the next page travels while one is written. Batches are applied in the order
// given, each as LocalReplica::applyPulls does it, in one transaction; once one of a run fails,
// the run's later batches are skipped, so the store never holds a page without those before.
class ReplicaApplier : public QObject
{
    Q_OBJECT
public:
    // `store` must outlive this applier; its connection is opened at the first batch.
    ReplicaApplier(const EncryptedStore &store, MutationActor actor,
                   const Clock &clock = Clock::system(), QObject *parent = nullptr);
    // Finishes the batch being written, skips the others, and closes its connection.
    ~ReplicaApplier() override;

    void apply(quint64 run, QList<QCborMap> replies);

signals:
    // Once per batch, in order: the tables whose rows changed, or why nothing was.
    void applied(quint64 run, const QSet<QString> &tables, const QString &error);
    // On the applier's thread, when its connection is made, before it writes: connect with
    // Qt::DirectConnection to watch that connection (a test's update hook, a trace).
    void opened(const QSqlDatabase &db);

private:
    class Worker;

    JoinedThread m_thread { QStringLiteral("sync apply") };
    Worker *m_worker = nullptr;
};

} // namespace clinic
