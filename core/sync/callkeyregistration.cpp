#include "callkeyregistration.h"

#include "domain/callidentity.h"

#include <QPointer>

namespace clinic {

using namespace Qt::StringLiterals;

CallKeyRegistration::CallKeyRegistration(QSqlDatabase db, QString accountId,
                                         ServerConnection &connection, const Clock &clock,
                                         QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_accountId(std::move(accountId)),
      m_connection(connection), m_clock(clock)
{
    connect(&m_connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state == ServerConnection::State::SignedIn)
                    registerKey();
            });
    if (m_connection.state() == ServerConnection::State::SignedIn)
        registerKey();
}

void CallKeyRegistration::registerKey()
{
    auto keys = CallIdentity::ownKeys(m_db, m_accountId, m_clock);
    if (!keys) {
        emit failed(keys.error().message);
        return;
    }
    m_connection.request(u"key_register"_s,
                         { { u"public_key"_s, CallKeys::encodePublicKey(keys->publicKey) } },
                         [self = QPointer(this)](const ServerReply &reply) {
                             if (!self)
                                 return;
                             if (reply.ok())
                                 emit self->registered();
                             else
                                 emit self->failed(reply.errorText);
                         });
}

} // namespace clinic
