#pragma once

#include "sync/serverconnection.h"
#include "util/clock.h"

#include <QObject>
#include <QSqlDatabase>

namespace clinic {

// Sends this computer's call key (CallIdentity) to the server each time the connection signs
// in, so the server holds the public key of the computer the user signed in from last: the
// one a doctor's call is sealed to. The server keeps a key sent again as it is (a read, no
// write). A refusal (a password still to change, say) is tried again at the next sign-in.
class CallKeyRegistration : public QObject
{
    Q_OBJECT
public:
    CallKeyRegistration(QSqlDatabase db, QString accountId, ServerConnection &connection,
                        const Clock &clock, QObject *parent = nullptr);

signals:
    void registered();
    void failed(const QString &message);

private:
    void registerKey();

    QSqlDatabase m_db;
    QString m_accountId;
    ServerConnection &m_connection;
    const Clock &m_clock;
};

} // namespace clinic
