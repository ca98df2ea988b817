#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace clinic {

// The server's TCP listener. Each accepted socket is first offered to `admit` (which may
// refuse it before any TLS work is spent on it), then, with TLS, encrypted; sockets ready for
// the WebSocket handshake are then pending, as QTcpServer's. Time limits are the caller's:
// it sees every socket from the moment it is admitted.
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using Admit = std::function<bool(QTcpSocket *socket)>;

    Listener(std::optional<QSslConfiguration> tls, Admit admit, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
    Admit m_admit;
};

} // namespace clinic
