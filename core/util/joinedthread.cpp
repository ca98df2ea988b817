#include "joinedthread.h"

#include <QEventLoop>
#include <QThread>

#include <future>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace clinic {

JoinedThread::JoinedThread(const QString &name)
{
    std::promise<QEventLoop *> started;
    m_native = std::thread([name, &started] {
#ifdef Q_OS_LINUX
        pthread_setname_np(pthread_self(), name.left(15).toUtf8().constData()); // for ps, perf
#endif
        QThread::currentThread()->setObjectName(name);
        QEventLoop loop;
        started.set_value(&loop);
        loop.exec();
    });
    m_loop = started.get_future().get();
    m_thread = m_loop->thread();
}

JoinedThread::~JoinedThread()
{
    stopLoop();
}

void JoinedThread::stop(QObject *worker, const std::function<void()> &close)
{
    if (!m_native.joinable())
        return;
    QMetaObject::invokeMethod(
            worker,
            [worker, &close, home = QThread::currentThread()] {
                if (close)
                    close();
                worker->moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
    stopLoop();
}

void JoinedThread::stopLoop()
{
    if (!m_native.joinable())
        return;
    QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_native.join();
    m_loop = nullptr;
    m_thread = nullptr;
}

} // namespace clinic
