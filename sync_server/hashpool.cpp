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

HashPool::Room HashPool::roomFor(const Ticket &ticket) const
{
    const qint64 forStrangers = m_capacity - m_capacity / 4;
    const qint64 perAddress = qMax<qint64>(1, m_capacity / 8);
    const qint64 trustedPerAddress = qMax<qint64>(1, m_capacity / 4);
    const qint64 forPatients = qMax<qint64>(1, m_capacity / 8);
    if (m_pending >= m_capacity)
        return Room::None;
    if (ticket.trusted) {
        if (!ticket.accountKey.isEmpty() && m_trustedFor.contains(ticket.accountKey))
            return Room::None;
        if (m_trustedFrom.value(ticket.addressKey) < trustedPerAddress) {
            if (ticket.staff)
                return Room::Staff;
            if (m_patientsPending < forPatients)
                return Room::Patient;
        }
    }
    if (m_untrustedPending < forStrangers && m_pendingFrom.value(ticket.addressKey) < perAddress)
        return Room::Stranger;
    return Room::None;
}

Result<void> HashPool::checkRoom(const Ticket &ticket) const
{
    if (roomFor(ticket) != Room::None)
        return {};
    return makeError(ErrorCode::Busy, tr("The server is busy. Please try again in a moment."),
                     QString::number(retryAfterMs()));
}

void HashPool::count(const Ticket &ticket, Room room, int delta)
{
    m_pending += delta;
    auto countIn = [delta](QHash<QString, qint64> &byKey, const QString &key) {
        if ((byKey[key] += delta) <= 0)
            byKey.remove(key);
    };
    if (room == Room::Stranger) {
        m_untrustedPending += delta;
        countIn(m_pendingFrom, ticket.addressKey);
    } else {
        countIn(m_trustedFrom, ticket.addressKey);
        if (room == Room::Patient)
            m_patientsPending += delta;
    }
    if (ticket.trusted && !ticket.accountKey.isEmpty()) {
        if (delta > 0)
            m_trustedFor.insert(ticket.accountKey);
        else
            m_trustedFor.remove(ticket.accountKey);
    }
}

Result<void> HashPool::run(const Ticket &ticket, std::function<void()> work,
                           std::function<void()> then)
{
    const Room room = roomFor(ticket);
    if (room == Room::None)
        return checkRoom(ticket);
    count(ticket, room, +1);
    m_threads.start(
            [this, ticket, room, work = std::move(work), then = std::move(then)]() mutable {
                QElapsedTimer timer;
                timer.start();
                work();
                m_lastJobMs = timer.elapsed();
                QMetaObject::invokeMethod(
                        this,
                        [this, ticket, room, then = std::move(then)] {
                            count(ticket, room, -1);
                            then();
                        },
                        Qt::QueuedConnection);
            },
            // Staff first: patients' accounts can be made by the hundred, and their jobs,
            // each within its room, could otherwise keep a doctor waiting seconds to sign in.
            int(ticket.priority) + (room == Room::Staff ? 2 : 0));
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
