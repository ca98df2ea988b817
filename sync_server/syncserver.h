#pragma once

#include "callrelay.h"
#include "connectioncensus.h"
#include "crypto/passwordhash.h"
#include "ratewindow.h"
#include "serverlimits.h"
#include "serverworker.h"
#include "tlsidentity.h"
#include "util/clock.h"
#include "util/joinedthread.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace clinic {

class Listener;

struct ServerOptions
{
    QString dataDir; // TLS files and status; the store too, unless databaseUrl names one
    QString databaseUrl; // empty: the embedded store; postgresql://...: a shared database
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    std::optional<TlsIdentity> tls; // none: plain ws, refused unless the address is loopback
    KdfParams hashing = PasswordHash::accountDefault();
    const Clock *clock = &Clock::system();
    ServerLimits limits;
    // How clients reach this instance (wss://host:port), for calls whose callee is connected
    // to another instance on the same PostgreSQL (docs/video.md). Empty: url() when that is a
    // wss:// URL on a given address (not 0.0.0.0 or ::); else calls are not announced.
    QString publicUrl;
};

// The sync server's network side: TLS WebSockets, protocol v1 framing and ordering, one
// request at a time per connection. Ping is answered here; everything else goes to the
// ServerWorker on the database thread. A connection that breaks the protocol gets an error
// and is closed; nobody else notices.
//
// What one client can make it hold is bounded (ServerLimits, docs/security.md): sockets per
// address and per account, time to finish each stage, requests waiting (kept as the bytes
// received, not decoded), and replies it has not read. A client that stops reading finds its
// requests wait; one that keeps sending regardless is closed.
//
// Video calls live here too (CallRelay): their control requests and media frames never wait
// for the database.
class SyncServer : public QObject, private CallRelay::Network
{
    Q_OBJECT
public:
    explicit SyncServer(QObject *parent = nullptr);
    ~SyncServer() override;

    Result<void> start(const ServerOptions &options);
    void stop();

    quint16 port() const;
    QString url() const; // wss://host:port (ws:// when plain)
    // Where calls anchored here are joined from other instances; empty: not announced.
    QString anchorUrl() const;
    int connectionCount() const { return int(m_connections.size()); }

    static QString serverName();
    // What the call relay did so far (tests; zeros before start()).
    CallRelay::Counts callCounts() const;

signals:
    void connectionCountChanged(int count);

private:
    struct Connection
    {
        QWebSocket *socket = nullptr;
        QPointer<QTcpSocket> tcp; // under the WebSocket: where unsent bytes wait
        QString addressKey; // ConnectionCensus::addressKey
        bool greeted = false;
        bool busy = false; // a request is with the worker
        bool closing = false; // refused: later frames are ignored
        qint64 closingSince = 0; // a close that does not finish soon becomes an abort
        qint64 stalledSince = 0; // unread replies above the pause mark since; 0: not stalled
        bool pokeOwed = false; // a poke waits for the client to read what it was sent
        QQueue<QByteArray> queue; // requests waiting, as received
        qint64 queuedBytes = 0;
        ConnectionContext context;
        qint64 connectedAt = 0;
        qint64 lastActivity = 0;
        qint64 unauthenticatedSince = 0;
    };
    // A socket accepted but not yet a WebSocket connection (TLS or HTTP handshake under way).
    struct Handshake
    {
        QString addressKey;
        QString peer; // address and port: how its WebSocket is recognised
        qint64 acceptedAt = 0;
    };

    bool admit(QTcpSocket *socket);
    void onHandshakeSocketGone(QObject *socket);
    void onAccepted();
    void onNewConnection();
    void onFrame(quint64 id, const QByteArray &frame);
    void onHello(Connection &connection, const QByteArray &frame);
    void onRequest(Connection &connection, const Message &head, const QByteArray &frame);
    void onCallControl(Connection &connection, const Message &head, const QByteArray &frame);
    void onMedia(Connection &connection, const QByteArray &frame);
    void startCall(Connection &connection, const Outcome &outcome);
    // CallRelay::Network
    void push(quint64 connectionId, const Message &message) override;
    void sendMedia(quint64 connectionId, const QByteArray &frame) override;
    qint64 unsentBytes(quint64 connectionId) const override;
    QList<quint64> connectionsOf(const QString &accountId) const override;
    void onOutcome(Outcome outcome);
    void onDrained(quint64 id);
    void onDisconnected(quint64 id);
    void dispatchNext(Connection &connection);
    void poke(const QList<quint64> &connectionIds);
    void send(Connection &connection, const Message &message);
    void refuse(Connection &connection, ProtocolError code, const QString &text,
                quint64 replyTo = 0);
    void close(Connection &connection, QWebSocketProtocol::CloseCode code, const QString &reason);
    void drop(Connection &connection, const char *why);
    void checkUnsent(quint64 id);
    void signIn(Connection &connection, const ConnectionContext &context);
    void signOut(Connection &connection);
    void closeOldestOf(const QString &accountId, quint64 except);
    void signOutOthers(const QStringList &sessionIds, quint64 except);
    qint64 frameLimit(const Connection &connection) const;
    static QStringList turnsOf(const Connection &connection);
    void passTurn(const QString &turn);
    qint64 queueLimit(const Connection &connection) const;
    qint64 unsentLimit(const Connection &connection) const;
    static qint64 unsentBytes(const Connection &connection);
    void sweep();
    void releaseMemoryAfterDepartures();

    ServerOptions m_options;
    ConnectionCensus m_census { m_options.limits };
    RateWindow m_arrivals { 60 * 1000, 1 }; // by address key; start() sets the limits
    RateWindow m_refusals { 60 * 1000, 1 };
    Listener *m_listener = nullptr;
    QWebSocketServer *m_server = nullptr; // WebSocket handshakes on the listener's sockets
    std::unique_ptr<JoinedThread> m_databaseThread; // the worker's, from start() to stop()
    ServerWorker *m_worker = nullptr;
    CallRelay *m_calls = nullptr; // from start() to stop()
    QHash<QObject *, Handshake> m_handshakes; // by their QTcpSocket
    QHash<QString, QObject *> m_handshakesByPeer;
    QHash<quint64, Connection> m_connections;
    // A request goes to the worker when it holds every turn turnsOf() names; each turn is
    // held by one request at a time, so its connections take turns.
    QHash<quint64, QStringList> m_inWorker; // connection -> the turns it holds
    QSet<QString> m_turnsTaken;
    QHash<QString, QList<quint64>> m_waitingForTurn; // by turn, oldest first
    quint64 m_nextId = 1;
    QTimer m_sweeper;
    int m_peakSinceTrim = 0;
    QElapsedTimer m_monotonic;
};

} // namespace clinic
