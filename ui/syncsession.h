#pragma once

#include "domain/localaccount.h"
#include "storage/encryptedstore.h"
#include "sync/callkeyregistration.h"
#include "sync/localreplica.h"
#include "sync/replicaapplier.h"
#include "sync/syncengine.h"

#include <QObject>

#include <memory>

namespace clinic::ui {

// One signed-in user's sync: the replica on their store, the applier that writes pulled rows
// on a thread of its own, the engine that moves its changes, and the call key sent at each
// sign-in. Members are declared so the
// engine goes first, then the applier (which finishes its batches), and the store last. It may go
// while a request is out: the engine's reply handlers check that it is still there.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    SyncSession(std::shared_ptr<EncryptedStore> store, const LocalAccount &account,
                ServerConnection &connection, const Clock &clock = Clock::system(),
                QObject *parent = nullptr);
    ~SyncSession() override;

    SyncEngine *engine() { return &m_engine; }
    CallKeyRegistration *callKey() { return &m_callKey; }

private:
    std::shared_ptr<EncryptedStore> m_store;
    LocalReplica m_replica;
    ReplicaApplier m_applier;
    SyncEngine m_engine;
    CallKeyRegistration m_callKey;
};

} // namespace clinic::ui
