#include "replicaapplier.h"

#include "storage/encryptedstore.h"
#include "sync/localreplica.h"

#include <atomic>
#include <memory>
#include <optional>

namespace clinic {

using namespace Qt::StringLiterals;

// Lives on the applier's thread, with the connection and replica made there.
class ReplicaApplier::Worker : public QObject
{
public:
    Worker(ReplicaApplier &owner, const EncryptedStore &store, MutationActor actor,
           const Clock &clock)
        : m_owner(owner), m_store(store), m_actor(std::move(actor)), m_clock(clock)
    { }

    std::atomic_bool closing = false; // set on the owner's thread: skip the batches left

    void apply(quint64 run, const QList<QCborMap> &replies)
    {
        if (closing)
            return; // its cursors were not written: the next sign-in fetches it again
        Result<QSet<QString>> changed = m_failedRun == run
                ? Result<QSet<QString>>(makeError(ErrorCode::Conflict,
                                                  ReplicaApplier::tr("An earlier batch failed.")))
                : applyNow(replies);
        if (!changed)
            m_failedRun = run;
        const QSet<QString> tables = changed ? *changed : QSet<QString>();
        const QString error = changed ? QString() : changed.error().fullText();
        QMetaObject::invokeMethod(
                &m_owner,
                [owner = &m_owner, run, tables, error] { emit owner->applied(run, tables, error); },
                Qt::QueuedConnection);
    }

    // Off its thread's event loop, before the thread ends.
    void close()
    {
        m_replica.reset();
        m_connection.reset();
    }

private:
    Result<QSet<QString>> applyNow(const QList<QCborMap> &replies)
    {
        if (!m_replica) {
            auto opened = m_store.openSibling();
            if (!opened)
                return opened.error();
            m_connection = std::move(opened).value();
            emit m_owner.opened(m_connection->database());
            m_replica = std::make_unique<LocalReplica>(m_connection->database(), m_actor, m_clock);
        }
        return m_replica->applyPulls(replies);
    }

    ReplicaApplier &m_owner;
    const EncryptedStore &m_store;
    MutationActor m_actor;
    const Clock &m_clock;
    std::unique_ptr<EncryptedStore> m_connection;
    std::unique_ptr<LocalReplica> m_replica;
    std::optional<quint64> m_failedRun;
};

ReplicaApplier::ReplicaApplier(const EncryptedStore &store, MutationActor actor, const Clock &clock,
                               QObject *parent)
    : QObject(parent), m_worker(new Worker(*this, store, std::move(actor), clock))
{
    m_worker->moveToThread(m_thread.thread());
}

ReplicaApplier::~ReplicaApplier()
{
    // A sign-out does not wait for the batches still queued (a first sync may have several):
    // only the one being written finishes.
    m_worker->closing = true;
    m_thread.stop(m_worker, [worker = m_worker] { worker->close(); });
    delete m_worker;
}

void ReplicaApplier::apply(quint64 run, QList<QCborMap> replies)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, run, replies = std::move(replies)] {
        worker->apply(run, replies);
    });
}

} // namespace clinic
