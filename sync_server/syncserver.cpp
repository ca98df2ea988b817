#include "syncserver.h"

#include "util/version.h"

#include <QCborMap>
#include <QLoggingCategory>
#include <QSslServer>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxQueuedRequests = 32; // per connection; a client this far ahead is flooding
constexpr int sweepIntervalMs = 5000;

} // namespace

SyncServer::SyncServer(QObject *parent) : QObject(parent)
{
    m_monotonic.start();
    m_sweeper.setInterval(sweepIntervalMs);
    connect(&m_sweeper, &QTimer::timeout, this, &SyncServer::sweep);
}

SyncServer::~SyncServer()
{
    stop();
}

QString SyncServer::serverName()
{
    return u"clinic-sync-server "_s + QLatin1StringView(clinicVersion);
}

Result<void> SyncServer::start(const ServerOptions &options)
{
    m_options = options;
    if (!options.tls && !options.address.isLoopback())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Without TLS the server only listens on a loopback address."));

    m_worker = new ServerWorker(options.dataDir, options.databaseUrl, options.hashing,
                                *options.clock, [this](Outcome outcome) {
                                    QMetaObject::invokeMethod(
                                            this,
                                            [this, outcome = std::move(outcome)]() mutable {
                                                onOutcome(std::move(outcome));
                                            },
                                            Qt::QueuedConnection);
                                });
    m_worker->moveToThread(&m_databaseThread);
    m_databaseThread.setObjectName(u"database"_s);
    m_databaseThread.start();
    Result<void> opened;
    QMetaObject::invokeMethod(
            m_worker, [this, &opened] { opened = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return opened;
    }

    // The TCP listener (with TLS) is ours, not QWebSocketServer's, so each accepted socket can
    // have Nagle turned off before the WebSocket handshake (see core/sync/lowdelay.h).
    if (options.tls) {
        auto *tls = new QSslServer(this);
        tls->setSslConfiguration(options.tls->serverConfiguration());
        tls->setHandshakeTimeout(int(options.helloTimeoutMs));
        m_listener = tls;
    } else {
        m_listener = new QTcpServer(this);
    }
    m_listener->setMaxPendingConnections(1024);
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SyncServer::onAccepted);
    connect(m_listener, &QTcpServer::acceptError, this, [](QAbstractSocket::SocketError error) {
        qCWarning(lcServer) << "accept failed:" << error;
    });
    m_server = new QWebSocketServer(serverName(), QWebSocketServer::NonSecureMode, this);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(options.helloTimeoutMs));
    connect(m_server, &QWebSocketServer::newConnection, this, &SyncServer::onNewConnection);
    if (!m_listener->listen(options.address, options.port)) {
        const QString reason = m_listener->errorString();
        stop();
        return makeError(ErrorCode::Io,
                         tr("Cannot listen on %1 port %2: %3")
                                 .arg(options.address.toString())
                                 .arg(options.port)
                                 .arg(reason));
    }
    m_sweeper.start();
    return {};
}

void SyncServer::stop()
{
    m_sweeper.stop();
    if (m_listener) {
        m_listener->close();
        delete m_listener;
        m_listener = nullptr;
    }
    if (m_server) {
        delete m_server;
        m_server = nullptr;
    }
    for (Connection &connection : m_connections) {
        connection.socket->disconnect(this);
        connection.socket->abort();
        connection.socket->deleteLater();
    }
    m_connections.clear();
    if (m_worker) {
        QMetaObject::invokeMethod(
                m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
        m_databaseThread.quit();
        m_databaseThread.wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

quint16 SyncServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString SyncServer::url() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + m_options.address.toString() + u']'
            : m_options.address.toString();
    return (m_options.tls ? u"wss://"_s : u"ws://"_s) + host + u':' + QString::number(port());
}

void SyncServer::onAccepted()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_server->handleConnection(socket); // the WebSocket handshake; then newConnection
    }
}

void SyncServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // Frames above the limit are refused by QtWebSockets before they are read in whole.
        socket->setMaxAllowedIncomingFrameSize(maxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(maxFrameBytes);
        if (m_connections.size() >= m_options.maxConnections) {
            socket->close(QWebSocketProtocol::CloseCodeBadOperation, tr("The server is busy."));
            socket->deleteLater();
            continue;
        }
        const quint64 id = m_nextId++;
        Connection connection;
        connection.socket = socket;
        connection.context.connectionId = id;
        connection.context.address = socket->peerAddress().toString();
        connection.connectedAt = connection.lastActivity = m_monotonic.elapsed();
        m_connections.insert(id, connection);
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, id](const QByteArray &frame) { onFrame(id, frame); });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, id] {
            if (auto it = m_connections.find(id); it != m_connections.end())
                refuse(*it, ProtocolError::BadFrame, tr("Clinic speaks binary frames only."));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, id] { onDisconnected(id); });
    }
    emit connectionCountChanged(connectionCount());
}

void SyncServer::send(Connection &connection, const Message &message)
{
    connection.socket->sendBinaryMessage(message.encode());
}

void SyncServer::refuse(Connection &connection, ProtocolError code, const QString &text,
                        quint64 replyTo)
{
    send(connection, Message::error(code, text, replyTo));
    connection.closing = true;
    connection.socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                             ProtocolErrors::name(code));
}

void SyncServer::onFrame(quint64 id, const QByteArray &frame)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end() || it->closing)
        return;
    Connection &connection = *it;
    connection.lastActivity = m_monotonic.elapsed();
    auto message = Message::decode(frame);
    if (!message) {
        if (message.error().detail.startsWith(u"version "))
            return refuse(connection, ProtocolError::UnsupportedVersion,
                          tr("This server speaks protocol %1 (%2). Please update Clinic.")
                                  .arg(protocolVersion)
                                  .arg(message.error().detail));
        return refuse(connection, ProtocolError::BadFrame, message.error().fullText());
    }
    onRequest(connection, message.value());
}

void SyncServer::onRequest(Connection &connection, const Message &message)
{
    if (!connection.greeted) {
        if (message.type != u"hello")
            return refuse(connection, ProtocolError::OutOfOrder, tr("Say hello first."),
                          message.id);
        BodyReader body(message.body);
        connection.context.client = body.text(u"app", 100);
        if (!body.ok())
            return refuse(connection, ProtocolError::BadFrame, body.problem(), message.id);
        connection.greeted = true;
        return send(connection,
                    Message::reply(
                            u"hello"_s, message.id,
                            { { u"server"_s, serverName() }, { u"protocol"_s, protocolVersion } }));
    }
    if (message.type == u"hello")
        return refuse(connection, ProtocolError::OutOfOrder, tr("Hello was already said."),
                      message.id);
    if (message.type == u"ping")
        return send(connection, Message::reply(u"pong"_s, message.id));
    if (!ServerWorker::handles(message.type))
        return refuse(connection, ProtocolError::BadFrame,
                      tr("Unknown message type “%1”.").arg(message.type), message.id);
    if (connection.queue.size() >= maxQueuedRequests)
        return refuse(connection, ProtocolError::BadFrame, tr("Too many requests at once."),
                      message.id);
    connection.queue.enqueue(message);
    dispatchNext(connection);
}

void SyncServer::dispatchNext(Connection &connection)
{
    if (connection.busy || connection.queue.isEmpty() || !m_worker)
        return;
    connection.busy = true;
    const Message request = connection.queue.dequeue();
    const ConnectionContext context = connection.context;
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, context, request] { worker->process(context, request); });
}

void SyncServer::onOutcome(Outcome outcome)
{
    auto it = m_connections.find(outcome.connectionId);
    if (it != m_connections.end()) {
        Connection &connection = *it;
        if (outcome.change == Outcome::SessionChange::SignedIn) {
            connection.context = outcome.context;
        } else if (outcome.change == Outcome::SessionChange::SignedOut) {
            connection.context.sessionId.clear();
            connection.context.accountId.clear();
        }
        send(connection, outcome.reply);
        connection.busy = false;
    }
    signOutOthers(outcome.endedSessions, outcome.connectionId);
    poke(outcome.pokes);
    if (it != m_connections.end())
        dispatchNext(*it);
}

void SyncServer::signOutOthers(const QStringList &sessionIds, quint64 except)
{
    if (sessionIds.isEmpty())
        return;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        Connection &connection = *it;
        if (it.key() == except || !sessionIds.contains(connection.context.sessionId))
            continue;
        connection.context.sessionId.clear();
        connection.context.accountId.clear();
        send(connection,
             Message { u"signed_out"_s, 0, { { u"reason"_s, tr("This session was ended.") } } });
    }
}

void SyncServer::poke(const QList<quint64> &connectionIds)
{
    for (quint64 id : connectionIds) {
        auto it = m_connections.find(id);
        if (it != m_connections.end() && !it->context.sessionId.isEmpty() && !it->closing)
            send(*it, Message { u"poke"_s, 0, {} });
    }
}

void SyncServer::releaseMemoryAfterDepartures()
{
    // glibc keeps the memory of departed connections (TLS buffers, sockets) in its arenas:
    // measured, 5,000 clients leaving left 450 MB resident. Hand it back once a quarter of the
    // peak has gone, so a long-running server with clients coming and going stays near its
    // live size.
    const int count = connectionCount();
    m_peakSinceTrim = qMax(m_peakSinceTrim, count);
    if (m_peakSinceTrim - count < qMax(64, m_peakSinceTrim / 4))
        return;
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    m_peakSinceTrim = count;
}

void SyncServer::onDisconnected(quint64 id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    it->socket->deleteLater();
    m_connections.erase(it);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->forget(id); });
    emit connectionCountChanged(connectionCount());
}

void SyncServer::sweep()
{
    releaseMemoryAfterDepartures();
    const qint64 now = m_monotonic.elapsed();
    for (Connection &connection : m_connections) {
        const bool silent = now - connection.lastActivity > m_options.idleTimeoutMs;
        const bool noHello =
                !connection.greeted && now - connection.connectedAt > m_options.helloTimeoutMs;
        if (silent || noHello)
            connection.socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                                     tr("Idle for too long."));
    }
}

} // namespace clinic
