#pragma once

#include "manualclock.h"
#include "syncfixture.h"
#include "syncservice.h"

#include <QCborMap>
#include <QHash>

#include <memory>

namespace clinic::test {

// The server's SyncService on a fresh server store (TestServerStore), without sockets or a
// worker: pushes and pulls as the worker hands them over, for tests of what the service
// itself decides. Fast enough to push thousands of changes.
class ServiceFixture
{
public:
    ServiceFixture();
    ~ServiceFixture();

    bool isReady() const { return m_sync != nullptr; }
    // An active account (doctors with a licence, as TestServer::addAccount); its id.
    QString addAccount(const QString &username, Role role);
    Account account(const QString &id) const;

    // Pushes the mutations as `accountId`'s one device, numbered on from its last push.
    Result<PushResult> push(const QString &accountId,
                            const QList<std::pair<QString, QCborMap>> &mutations);
    // One mutation: its outcome ({n, status, code?, reason?}), or an empty map when the push
    // itself failed.
    QCborMap apply(const QString &accountId, const QString &name, const QCborMap &args);
    Result<PullResult> pull(const QString &accountId, const QCborMap &cursors);

    QSqlDatabase database() const;
    SyncService &sync() { return *m_sync; }
    ManualClock clock;

private:
    QString deviceOf(const QString &accountId) const;

    TestServer m_server; // its store and accounts; never started
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<SyncService> m_sync;
    QHash<QString, qint64> m_lastNumber; // per account
};

} // namespace clinic::test
