#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace clinic {

// Runs `work` on Qt's worker pool and hands its result to `done` on receiver's thread, once
// the event loop there runs again. For what must not hold up a window (Argon2id key
// derivation, about 0.25 s). If the receiver goes first, the result is dropped unseen.
// `work` must not touch the receiver or a database connection of another thread.
template<typename Work, typename Done>
void runInBackground(QObject *receiver, Work work, Done done)
{
    using Value = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Value>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace clinic
