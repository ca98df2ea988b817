#pragma once

#include "crypto/passwordhash.h"
#include "serverworker.h"
#include "tlsidentity.h"
#include "util/clock.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QQueue>
#include <QThread>
#include <QTimer>

#include <optional>

class QWebSocket;
class QTcpServer;
class QWebSocketServer;

namespace clinic {

struct ServerOptions
{
    QString dataDir; // TLS files and status; the store too, unless databaseUrl names one
    QString databaseUrl; // empty: the embedded store; postgresql://...: a shared database
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    std::optional<TlsIdentity> tls; // none: plain ws, refused unless the address is loopback
    KdfParams hashing = PasswordHash::accountDefault();
    const Clock *clock = &Clock::system();
    int maxConnections = 20000;
    qint64 helloTimeoutMs = 10 * 1000;
    qint64 idleTimeoutMs = 90 * 1000; // clients ping every 30 s
};

// The sync server's network side: TLS WebSockets, protocol v1 framing and ordering, one
// request at a time per connection. Ping is answered here; everything else goes to the
// ServerWorker on the database thread. A connection that breaks the protocol gets an error
// and is closed; nobody else notices.
class SyncServer : public QObject
{
    Q_OBJECT
public:
    explicit SyncServer(QObject *parent = nullptr);
    ~SyncServer() override;

    Result<void> start(const ServerOptions &options);
    void stop();

    quint16 port() const;
    QString url() const; // wss://host:port (ws:// when plain)
    int connectionCount() const { return int(m_connections.size()); }

    static QString serverName();

signals:
    void connectionCountChanged(int count);

private:
    struct Connection
    {
        QWebSocket *socket = nullptr;
        bool greeted = false;
        bool busy = false;
        bool closing = false; // refused: later frames are ignored
        QQueue<Message> queue;
        ConnectionContext context;
        qint64 connectedAt = 0;
        qint64 lastActivity = 0;
    };

    void onAccepted();
    void onNewConnection();
    void onFrame(quint64 id, const QByteArray &frame);
    void onRequest(Connection &connection, const Message &message);
    void onOutcome(Outcome outcome);
    void onDisconnected(quint64 id);
    void dispatchNext(Connection &connection);
    void poke(const QList<quint64> &connectionIds);
    void send(Connection &connection, const Message &message);
    void refuse(Connection &connection, ProtocolError code, const QString &text,
                quint64 replyTo = 0);
    void signOutOthers(const QStringList &sessionIds, quint64 except);
    void sweep();
    void releaseMemoryAfterDepartures();

    ServerOptions m_options;
    QTcpServer *m_listener = nullptr; // a QSslServer with TLS
    QWebSocketServer *m_server = nullptr; // WebSocket handshakes on the listener's sockets
    QThread m_databaseThread;
    ServerWorker *m_worker = nullptr;
    QHash<quint64, Connection> m_connections;
    quint64 m_nextId = 1;
    QTimer m_sweeper;
    int m_peakSinceTrim = 0;
    QElapsedTimer m_monotonic;
};

} // namespace clinic
