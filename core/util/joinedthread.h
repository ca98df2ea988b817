#pragma once

#include <QString>

#include <functional>
#include <thread>

class QEventLoop;
class QObject;
class QThread;

namespace clinic {

// A thread with an event loop for one worker object, joined when it stops. QThread would do,
// but its threads are detached and QThread::wait() returns before the thread has run its
// thread-exit (TSD) destructors. SQLCipher's calls leave per-thread OpenSSL state that one of
// those frees; a process exiting right after wait() ran OpenSSL's clean-up at the same time,
// which frees every thread's state, and the thread then freed it again ("double free or
// corruption" after the server's "stopped"; tst_serverlimits stoppingEndsTheDatabaseThread).
// Qt adopts the thread, so the worker's timers and queued calls work as on a QThread.
class JoinedThread
{
public:
    explicit JoinedThread(const QString &name); // running when it returns
    ~JoinedThread(); // ends the loop and joins, if stop() has not

    QThread *thread() const { return m_thread; } // for moveToThread()
    // Runs `close` on the thread, then brings `worker` back to the calling thread (to be
    // deleted there), ends the loop and joins: when it returns, the thread is gone.
    void stop(QObject *worker, const std::function<void()> &close);

private:
    void stopLoop();

    std::thread m_native;
    QEventLoop *m_loop = nullptr;
    QThread *m_thread = nullptr;
};

} // namespace clinic
