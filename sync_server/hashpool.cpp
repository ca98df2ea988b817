#include "hashpool.h"

#include <QElapsedTimer>
#include <QThread>

namespace clinic {

HashPool::HashPool(qint64 capacity, QObject *parent) : QObject(parent), m_capacity(capacity)
{
    m_threads.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

HashPool::~HashPool()
{
    waitForDone();
}

Result<void> HashPool::checkRoom() const
{
    if (m_pending < m_capacity)
        return {};
    return makeError(ErrorCode::Busy, tr("The server is busy. Please try again in a moment."),
                     QString::number(retryAfterMs()));
}

Result<void> HashPool::run(Priority priority, std::function<void()> work,
                           std::function<void()> then)
{
    if (auto room = checkRoom(); !room)
        return room;
    ++m_pending;
    m_threads.start(
            [this, work = std::move(work), then = std::move(then)]() mutable {
                QElapsedTimer timer;
                timer.start();
                work();
                m_lastJobMs = timer.elapsed();
                QMetaObject::invokeMethod(
                        this,
                        [this, then = std::move(then)] {
                            --m_pending;
                            then();
                        },
                        Qt::QueuedConnection);
            },
            int(priority));
    return {};
}

void HashPool::waitForDone()
{
    m_threads.waitForDone();
}

// Long enough for the jobs ahead to finish, at least a second: a client that comes back
// sooner would only find the queue as full.
qint64 HashPool::retryAfterMs() const
{
    const qint64 rounds = (m_pending + m_threads.maxThreadCount() - 1) / m_threads.maxThreadCount();
    return qMax<qint64>(1000, rounds * m_lastJobMs);
}

} // namespace clinic
