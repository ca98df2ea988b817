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

Result<void> HashPool::checkRoom(const Ticket &ticket) const
{
    const qint64 forStrangers = m_capacity - m_capacity / 4;
    const qint64 perAddress = qMax<qint64>(1, m_capacity / 8);
    const qint64 trustedPerAddress = qMax<qint64>(1, m_capacity / 4);
    const bool full = m_pending >= m_capacity
            || (!ticket.trusted
                && (m_untrustedPending >= forStrangers
                    || m_pendingFrom.value(ticket.addressKey) >= perAddress))
            || (ticket.trusted
                && (m_trustedFrom.value(ticket.addressKey) >= trustedPerAddress
                    || (!ticket.accountKey.isEmpty() && m_trustedFor.contains(ticket.accountKey))));
    if (!full)
        return {};
    return makeError(ErrorCode::Busy, tr("The server is busy. Please try again in a moment."),
                     QString::number(retryAfterMs()));
}

Result<void> HashPool::run(const Ticket &ticket, std::function<void()> work,
                           std::function<void()> then)
{
    if (auto room = checkRoom(ticket); !room)
        return room;
    ++m_pending;
    if (!ticket.trusted) {
        ++m_untrustedPending;
        ++m_pendingFrom[ticket.addressKey];
    } else {
        ++m_trustedFrom[ticket.addressKey];
        if (!ticket.accountKey.isEmpty())
            m_trustedFor.insert(ticket.accountKey);
    }
    m_threads.start(
            [this, ticket, work = std::move(work), then = std::move(then)]() mutable {
                QElapsedTimer timer;
                timer.start();
                work();
                m_lastJobMs = timer.elapsed();
                QMetaObject::invokeMethod(
                        this,
                        [this, ticket, then = std::move(then)] {
                            --m_pending;
                            if (!ticket.trusted) {
                                --m_untrustedPending;
                                if (--m_pendingFrom[ticket.addressKey] <= 0)
                                    m_pendingFrom.remove(ticket.addressKey);
                            } else {
                                if (--m_trustedFrom[ticket.addressKey] <= 0)
                                    m_trustedFrom.remove(ticket.addressKey);
                                m_trustedFor.remove(ticket.accountKey);
                            }
                            then();
                        },
                        Qt::QueuedConnection);
            },
            int(ticket.priority));
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
