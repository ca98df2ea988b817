#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace clinic {

// Argon2id work for the server's database thread, done on (cores - 1) other threads so one
// core stays free for the sockets. The queue in front of them is bounded: each job holds a
// password in locked memory and costs tens of milliseconds, so a flood of requests meets a
// clear "busy, try again" instead of a growing queue. Within the bound:
// - a quarter is kept for trusted work (a device the user signed in from before, a check
//   inside a session), so strangers flooding sign-in cannot keep known users out;
// - one address may have only an eighth of it (at least one job) waiting, so a few hosts
//   cannot take it all;
// - trusted work is trusted only so far: one job per account at a time (its own right
//   password in a loop must not fill the room kept for others) and a quarter of the queue
//   per address; patients' accounts, which anyone may make by the dozen, an eighth in all,
//   so staff (whose accounts an admin makes) always find room; trusted work past these
//   bounds may still wait as a stranger's would;
// - staff's trusted work runs first, then checks of existing passwords, then new accounts'
//   hashes.
//
// Call everything on the thread that owns the pool; `then` runs back on that thread.
class HashPool : public QObject
{
    Q_OBJECT
public:
    enum class Priority { NewAccount = 0, SignIn = 1 };
    struct Ticket
    {
        QString addressKey; // ConnectionCensus::addressKey of who asked
        bool trusted = false;
        QString accountKey; // whose password (trusted work); empty: a new account's
        bool staff = false; // the trusted work is a staff account's
        Priority priority = Priority::SignIn;
    };

    explicit HashPool(qint64 capacity, QObject *parent = nullptr);
    ~HashPool() override;

    // ErrorCode::Busy (the wait to suggest in detail, in milliseconds) when this job may not
    // join the queue now. Ask before counting an attempt that will need the pool.
    Result<void> checkRoom(const Ticket &ticket) const;
    // Runs `work` on a pool thread, then `then` here; refused as checkRoom() says.
    Result<void> run(const Ticket &ticket, std::function<void()> work, std::function<void()> then);
    void waitForDone();
    qint64 pending() const { return m_pending; }

private:
    enum class Room { None, Stranger, Patient, Staff };

    Room roomFor(const Ticket &ticket) const;
    void count(const Ticket &ticket, Room room, int delta);
    qint64 retryAfterMs() const;

    QThreadPool m_threads;
    qint64 m_capacity;
    qint64 m_pending = 0;
    qint64 m_untrustedPending = 0; // jobs in the strangers' room
    qint64 m_patientsPending = 0; // trusted jobs of patients
    QHash<QString, qint64> m_pendingFrom; // jobs in the strangers' room by address
    QHash<QString, qint64> m_trustedFrom; // jobs in the trusted rooms by address
    QSet<QString> m_trustedFor; // accounts with a trusted job waiting
    std::atomic<qint64> m_lastJobMs { 250 }; // how long a hash took lately, for the estimate
};

} // namespace clinic
