#include "listener.h"

#include <QSslSocket>

#include <unistd.h>

namespace clinic {

Listener::Listener(std::optional<QSslConfiguration> tls, Admit admit, QObject *parent)
    : QTcpServer(parent), m_tls(std::move(tls)), m_admit(std::move(admit))
{ }

void Listener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    // Replies are small and awaited: Nagle's delay would only add latency (core/sync/lowdelay.h).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_admit(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto *tls = qobject_cast<QSslSocket *>(socket);
    if (!tls) {
        addPendingConnection(socket);
        return;
    }
    tls->setSslConfiguration(*m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls] {
        tls->disconnect(this);
        addPendingConnection(tls);
    });
    connect(tls, &QAbstractSocket::errorOccurred, this, [tls] {
        if (!tls->isEncrypted())
            tls->deleteLater();
    });
    connect(tls, &QAbstractSocket::disconnected, tls, &QObject::deleteLater);
    tls->startServerEncryption();
}

} // namespace clinic
