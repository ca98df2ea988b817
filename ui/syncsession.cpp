#include "syncsession.h"

namespace clinic::ui {

SyncSession::SyncSession(std::shared_ptr<EncryptedStore> store, const LocalAccount &account,
                         ServerConnection &connection, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(std::move(store)),
      m_replica(m_store->database(),
                MutationActor { account.accountId, account.role, account.displayName }),
      m_applier(*m_store, m_replica.actor()), m_engine(m_replica, m_applier, connection),
      m_callKey(m_store->database(), account.accountId, connection, clock)
{ }

SyncSession::~SyncSession() = default;

} // namespace clinic::ui
