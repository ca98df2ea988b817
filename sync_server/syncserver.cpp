#include "syncserver.h"

#include "listener.h"
#include "util/version.h"

#include <QCborMap>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// Time limits are checked this often, or more often when one is short (tests set a second).
constexpr qint64 sweepIntervalMs = 5000;

// 0.0.0.0 or ::: no address a client could be sent to.
bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6;
}
// A close waits for the client to take what was sent; one that does not is aborted after this.
constexpr qint64 closeGraceMs = 5000;
// Until its WebSocket handshake is done, a socket buffers at most this much: QtWebSockets
// searches the whole buffer for the end of the HTTP header on every read, so a header trickled
// a byte at a time would otherwise cost more with every byte.
constexpr qint64 handshakeReadBufferBytes = 16 * 1024;

QString peerOf(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

} // namespace

SyncServer::SyncServer(QObject *parent) : QObject(parent)
{
    m_monotonic.start();
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

    if (!options.publicUrl.isEmpty() && !CallNotice::isAnchorUrl(options.publicUrl))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The public URL must be wss://host or wss://host:port."));

    m_worker = new ServerWorker(options.dataDir, options.databaseUrl, options.hashing,
                                *options.clock, options.limits, [this](Outcome outcome) {
                                    QMetaObject::invokeMethod(
                                            this,
                                            [this, outcome = std::move(outcome)]() mutable {
                                                onOutcome(std::move(outcome));
                                            },
                                            Qt::QueuedConnection);
                                });
    m_databaseThread = std::make_unique<JoinedThread>(u"database"_s);
    m_worker->moveToThread(m_databaseThread->thread());
    Result<void> opened;
    QMetaObject::invokeMethod(
            m_worker, [this, &opened] { opened = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return opened;
    }

    m_calls = new CallRelay(*this, options.limits, *options.clock, this);
    // What is kept of each call goes to the database thread queued: the relay never waits
    // for a commit. Queued calls to the worker run in order, so an answer is written before
    // its end; stop() hands over what the relay knew before the worker closes.
    connect(m_calls, &CallRelay::recorded, this, [this](const CallRecord &record) {
        if (m_worker)
            QMetaObject::invokeMethod(m_worker,
                                      [worker = m_worker, record] { worker->keepCall(record); });
    });

    // Calls whose callee is on another instance are announced to it (docs/video.md).
    connect(m_calls, &CallRelay::announced, this, [this](const CallNotice &notice) {
        if (m_worker)
            QMetaObject::invokeMethod(
                    m_worker, [worker = m_worker, notice] { worker->announceCall(notice); });
    });

    std::optional<QSslConfiguration> tls;
    if (options.tls)
        tls = options.tls->serverConfiguration();
    m_listener = new Listener(
            tls, [this](QTcpSocket *socket) { return admit(socket); }, this);
    m_listener->setMaxPendingConnections(1024);
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SyncServer::onAccepted);
    connect(m_listener, &QTcpServer::acceptError, this, [](QAbstractSocket::SocketError error) {
        qCWarning(lcServer) << "accept failed:" << error;
    });
    m_server = new QWebSocketServer(serverName(), QWebSocketServer::NonSecureMode, this);
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
    if (!options.publicUrl.isEmpty())
        m_calls->setAnchorUrl(options.publicUrl);
    else if (const QString own = url();
             options.tls && !isAnyAddress(options.address) && CallNotice::isAnchorUrl(own))
        m_calls->setAnchorUrl(own);
    const ServerLimits &limits = options.limits;
    m_arrivals = RateWindow(60 * 1000, limits.newConnectionsPerAddressMinute);
    m_refusals = RateWindow(60 * 1000, limits.refusalsPerAddressMinute);
    const qint64 shortest =
            qMin(qMin(limits.helloTimeoutMs, limits.signInTimeoutMs), limits.idleTimeoutMs);
    m_sweeper.start(int(qBound<qint64>(100, shortest / 4, sweepIntervalMs)));
    return {};
}

void SyncServer::stop()
{
    m_sweeper.stop();
    if (m_calls) { // calls end with the server; their connections are told nothing more
        m_calls->clear();
        delete m_calls;
        m_calls = nullptr;
    }
    if (m_listener)
        m_listener->close();
    for (Connection &connection : m_connections) {
        connection.socket->disconnect(this);
        connection.socket->abort();
        connection.socket->deleteLater();
    }
    m_connections.clear();
    for (QObject *socket : m_handshakes.keys())
        socket->disconnect(this);
    m_handshakes.clear();
    m_handshakesByPeer.clear();
    delete m_server;
    m_server = nullptr;
    delete m_listener; // and the sockets it accepted
    m_listener = nullptr;
    m_census.clear();
    if (m_worker) {
        // Joined, not only waited for: see JoinedThread.
        m_databaseThread->stop(m_worker, [this] { m_worker->close(); });
        m_databaseThread.reset();
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

QString SyncServer::anchorUrl() const
{
    return m_calls ? m_calls->anchorUrl() : QString();
}

// A new TCP connection, before any TLS work: within the limits for its address and in all?
// From here until it leaves, the census counts it.
bool SyncServer::admit(QTcpSocket *socket)
{
    const QString key = ConnectionCensus::addressKey(socket->peerAddress());
    const qint64 now = m_monotonic.elapsed();
    if (m_handshakes.size() + m_connections.size() >= m_options.limits.connections
        || !m_refusals.fits(key, now) || !m_arrivals.fits(key, now) || !m_census.admit(key))
        return false;
    m_arrivals.take(key, now);
    const QString peer = peerOf(socket->peerAddress(), socket->peerPort());
    socket->setReadBufferSize(handshakeReadBufferBytes);
    m_handshakes.insert(socket, { key, peer, m_monotonic.elapsed() });
    m_handshakesByPeer.insert(peer, socket);
    connect(socket, &QObject::destroyed, this, &SyncServer::onHandshakeSocketGone);
    return true;
}

// Only the pointer's value is used: the socket is being destroyed.
void SyncServer::onHandshakeSocketGone(QObject *socket)
{
    auto it = m_handshakes.find(socket);
    if (it == m_handshakes.end())
        return; // it became a WebSocket connection, which now counts for it
    m_census.left(it->addressKey, {});
    m_handshakesByPeer.remove(it->peer);
    m_handshakes.erase(it);
}

void SyncServer::onAccepted()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection())
        m_server->handleConnection(socket); // the WebSocket handshake; then newConnection
}

void SyncServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto *tcp = static_cast<QTcpSocket *>(
                m_handshakesByPeer.take(peerOf(socket->peerAddress(), socket->peerPort())));
        const Handshake handshake = m_handshakes.take(tcp);
        if (!tcp) { // not admitted by this server's listener: never expected
            socket->abort();
            socket->deleteLater();
            continue;
        }
        tcp->setReadBufferSize(0); // frames have limits of their own
        // Frames above the limit are refused by QtWebSockets before they are read in whole.
        socket->setMaxAllowedIncomingFrameSize(maxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(maxFrameBytes);
        const quint64 id = m_nextId++;
        Connection connection;
        connection.socket = socket;
        connection.tcp = tcp;
        connection.addressKey = handshake.addressKey;
        connection.context.connectionId = id;
        connection.context.address = socket->peerAddress().toString();
        // The hello and sign-in times count from the TCP connection, handshakes included.
        connection.connectedAt = connection.unauthenticatedSince = handshake.acceptedAt;
        connection.lastActivity = m_monotonic.elapsed();
        m_connections.insert(id, connection);
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, id](const QByteArray &frame) { onFrame(id, frame); });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, id] {
            if (auto it = m_connections.find(id); it != m_connections.end())
                refuse(*it, ProtocolError::BadFrame, tr("Clinic speaks binary frames only."));
        });
        connect(socket, &QWebSocket::bytesWritten, this, [this, id] { onDrained(id); });
        // QtWebSockets answers a ping itself, while reading: what it writes is checked here.
        connect(tcp, &QIODevice::readyRead, this, [this, id] { checkUnsent(id); });
        connect(socket, &QWebSocket::disconnected, this, [this, id] { onDisconnected(id); });
    }
    emit connectionCountChanged(connectionCount());
}

// Sends unless the client has stopped reading: past the outbound limit the connection is
// dropped (later, off this call stack) instead of buffering without end.
void SyncServer::send(Connection &connection, const Message &message)
{
    if (connection.closing) // its last word, refuse()'s error, went before the close
        return;
    connection.socket->sendBinaryMessage(message.encode());
    if (unsentBytes(connection) > unsentLimit(connection))
        drop(connection, "does not read its replies");
}

void SyncServer::checkUnsent(quint64 id)
{
    auto it = m_connections.find(id);
    if (it != m_connections.end() && unsentBytes(*it) > unsentLimit(*it))
        drop(*it, "does not read what it asked for");
}

// Gone at once, without waiting for the client to take anything: off this call stack, since
// an abort says "disconnected" while it runs.
void SyncServer::drop(Connection &connection, const char *why)
{
    if (connection.closing && connection.closingSince < 0)
        return; // already being dropped
    qCInfo(lcServer) << "dropping a connection that" << why;
    connection.closing = true;
    connection.closingSince = -1;
    QMetaObject::invokeMethod(connection.socket, &QWebSocket::abort, Qt::QueuedConnection);
}

void SyncServer::close(Connection &connection, QWebSocketProtocol::CloseCode code,
                       const QString &reason)
{
    if (connection.closing)
        return;
    connection.closing = true;
    connection.closingSince = m_monotonic.elapsed();
    // Off this call stack, as drop() does: with nothing left to send, QWebSocket::close says
    // "disconnected" while it runs, and onDisconnected would erase the connection (and move
    // others in the hash) under a caller that still holds a reference to it.
    QMetaObject::invokeMethod(
            connection.socket,
            [socket = connection.socket, code, reason] { socket->close(code, reason); },
            Qt::QueuedConnection);
}

void SyncServer::refuse(Connection &connection, ProtocolError code, const QString &text,
                        quint64 replyTo)
{
    if (connection.closing)
        return;
    // Clinic never breaks the protocol: a host whose connections do so before signing in
    // (to make the server pay for TLS again and again) soon waits before opening more. An
    // old version is not counted: its user only needs to update.
    if (connection.context.sessionId.isEmpty() && code != ProtocolError::UnsupportedVersion) {
        const qint64 now = m_monotonic.elapsed();
        if (m_refusals.take(connection.addressKey, now)
            && !m_refusals.fits(connection.addressKey, now))
            qCWarning(lcServer).noquote() << "new connections from" << connection.addressKey
                                          << "wait: they broke the protocol too often";
    }
    send(connection, Message::error(code, text, replyTo));
    close(connection, QWebSocketProtocol::CloseCodePolicyViolated, ProtocolErrors::name(code));
}

// What the client has not taken yet. With TLS, QSslSocket encrypts at once and keeps the
// ciphertext in its plain socket: its bytesToWrite() alone would say nothing is waiting.
qint64 SyncServer::unsentBytes(const Connection &connection)
{
    if (!connection.tcp)
        return 0;
    const auto *tls = qobject_cast<const QSslSocket *>(connection.tcp.data());
    return connection.tcp->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

qint64 SyncServer::frameLimit(const Connection &connection) const
{
    return connection.context.sessionId.isEmpty() ? maxFrameBytes
                                                  : m_options.limits.frameBytesSignedIn;
}

// Before sign-in a connection may hold little: anyone can open one, from many addresses.
// Two frames waiting, and the pause mark of replies unread, are all a sign-in needs.
qint64 SyncServer::queueLimit(const Connection &connection) const
{
    return connection.context.sessionId.isEmpty()
            ? qMin(m_options.limits.queuedBytes, 2 * maxFrameBytes)
            : m_options.limits.queuedBytes;
}

qint64 SyncServer::unsentLimit(const Connection &connection) const
{
    return connection.context.sessionId.isEmpty() ? m_options.limits.outboundPauseBytes
                                                  : m_options.limits.outboundBytes;
}

void SyncServer::onFrame(quint64 id, const QByteArray &frame)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end() || it->closing)
        return;
    Connection &connection = *it;
    connection.lastActivity = m_monotonic.elapsed();
    // Call media skips the request queue: only a signed-in connection may send it; before
    // sign-in such a frame is what it looks like to everyone else, a bad frame.
    if (CallRelay::isMedia(frame) && connection.greeted && !connection.context.sessionId.isEmpty()
        && m_calls)
        return onMedia(connection, frame);
    // Only the envelope is read here; the body is decoded on the worker, when its turn comes.
    // Not signed in, a connection has no turn to wait for: its messages must be small to
    // decode as well as to receive.
    const bool signedIn = !connection.context.sessionId.isEmpty();
    auto head = Message::peek(frame, frameLimit(connection),
                              signedIn ? maxFrameItems : maxFrameItemsSignedOut);
    if (!head) {
        if (head.error().detail.startsWith(u"version "))
            return refuse(connection, ProtocolError::UnsupportedVersion,
                          tr("This server speaks protocol %1 (%2). Please update Clinic.")
                                  .arg(protocolVersion)
                                  .arg(head.error().detail));
        return refuse(connection, ProtocolError::BadFrame, head.error().fullText());
    }
    if (!connection.greeted) {
        if (head->type != u"hello")
            return refuse(connection, ProtocolError::OutOfOrder, tr("Say hello first."), head->id);
        return onHello(connection, frame);
    }
    onRequest(connection, head.value(), frame);
}

void SyncServer::onHello(Connection &connection, const QByteArray &frame)
{
    auto hello = Message::decode(frame);
    if (!hello)
        return refuse(connection, ProtocolError::BadFrame, hello.error().fullText());
    BodyReader body(hello->body);
    connection.context.client = body.text(u"app", 100);
    if (!body.ok())
        return refuse(connection, ProtocolError::BadFrame, body.problem(), hello->id);
    connection.greeted = true;
    send(connection,
         Message::reply(u"hello"_s, hello->id,
                        { { u"server"_s, serverName() }, { u"protocol"_s, protocolVersion } }));
}

void SyncServer::onRequest(Connection &connection, const Message &head, const QByteArray &frame)
{
    if (head.type == u"hello")
        return refuse(connection, ProtocolError::OutOfOrder, tr("Hello was already said."),
                      head.id);
    if (head.type == u"ping")
        return send(connection, Message::reply(u"pong"_s, head.id));
    if (CallRelay::handles(head.type))
        return onCallControl(connection, head, frame);
    if (!ServerWorker::handles(head.type))
        return refuse(connection, ProtocolError::BadFrame,
                      tr("Unknown message type “%1”.").arg(head.type), head.id);
    const ServerLimits &limits = m_options.limits;
    if (connection.queue.size() >= limits.queuedRequests
        || connection.queuedBytes + frame.size() > queueLimit(connection))
        return refuse(connection, ProtocolError::BadFrame, tr("Too many requests at once."),
                      head.id);
    connection.queue.enqueue(frame);
    connection.queuedBytes += frame.size();
    dispatchNext(connection);
}

// The next waiting request goes to the worker, unless one is there already or the client has
// not read what it was sent: then it waits (onDrained starts it again).
void SyncServer::dispatchNext(Connection &connection)
{
    if (connection.busy || connection.closing || connection.queue.isEmpty() || !m_worker
        || unsentBytes(connection) > m_options.limits.outboundPauseBytes)
        return;
    const quint64 id = connection.context.connectionId;
    const QStringList turns = turnsOf(connection);
    for (const QString &turn : turns) {
        if (m_turnsTaken.contains(turn)) {
            QList<quint64> &waiting = m_waitingForTurn[turn];
            if (!waiting.contains(id))
                waiting.append(id);
            return; // passTurn() comes back to it
        }
    }
    for (const QString &turn : turns)
        m_turnsTaken.insert(turn);
    m_inWorker.insert(id, turns);
    connection.busy = true;
    QByteArray frame = connection.queue.dequeue();
    connection.queuedBytes -= frame.size();
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, context = connection.context,
                               frame = std::move(frame), limit = frameLimit(connection)]() mutable {
                                  worker->process(context, std::move(frame), limit);
                              });
}

void SyncServer::onDrained(quint64 id)
{
    if (m_calls)
        m_calls->onDrained(id); // media first: it is what cannot wait
    auto it = m_connections.find(id);
    if (it == m_connections.end() || unsentBytes(*it) > m_options.limits.outboundPauseBytes)
        return;
    if (std::exchange(it->pokeOwed, false) && !it->context.sessionId.isEmpty())
        send(*it, Message { u"poke"_s, 0, {} });
    dispatchNext(*it);
}

void SyncServer::onOutcome(Outcome outcome)
{
    const QStringList turns = m_inWorker.take(outcome.connectionId);
    for (const QString &turn : turns)
        m_turnsTaken.remove(turn);
    auto it = m_connections.find(outcome.connectionId);
    if (it != m_connections.end()) {
        Connection &connection = *it;
        if (outcome.change == Outcome::SessionChange::SignedIn)
            signIn(connection, outcome.context);
        else if (outcome.change == Outcome::SessionChange::SignedOut)
            signOut(connection);
        connection.busy = false;
        const std::optional<ProtocolError> error = outcome.reply.type == u"error"
                ? std::optional(
                        ProtocolErrors::fromName(outcome.reply.body.value(u"code"_s).toString()))
                : std::nullopt;
        if (error && ProtocolErrors::closesConnection(*error))
            refuse(connection, *error, outcome.reply.body.value(u"message"_s).toString(),
                   outcome.reply.id);
        else if (outcome.callInvite)
            startCall(connection, outcome);
        else
            send(connection, outcome.reply);
    }
    if (outcome.callNotice && m_calls)
        m_calls->onNotice(*outcome.callNotice);
    signOutOthers(outcome.endedSessions, outcome.connectionId);
    poke(outcome.pokes);
    for (const QString &turn : turns)
        passTurn(turn); // the turn's other connections first, then this one's next request
    // Looked up again: the turns passed may have started others' requests, and nothing held
    // from before may be trusted to still point into the hash.
    if (auto again = m_connections.find(outcome.connectionId); again != m_connections.end())
        dispatchNext(*again);
}

// Whose turns a connection's request needs: its account's, so one account's connections cannot
// keep several costly frames ahead of everyone else; and a patient's (accounts anyone may make)
// also their address's, so accounts made by the dozen on one host share one turn. Not signed
// in: none (what it may ask is bounded by the hashing queue and the census).
QStringList SyncServer::turnsOf(const Connection &connection)
{
    const ConnectionContext &context = connection.context;
    if (context.accountId.isEmpty())
        return {};
    if (context.role != Role::Patient)
        return { context.accountId };
    return { context.accountId, u"patients@"_s + connection.addressKey };
}

// A turn goes to the connection that has waited longest and can send now; connections gone
// since are passed over, and one that needs another turn still taken waits for that one.
void SyncServer::passTurn(const QString &turn)
{
    QList<quint64> waiting = m_waitingForTurn.take(turn);
    while (!waiting.isEmpty() && !m_turnsTaken.contains(turn)) {
        auto next = m_connections.find(waiting.takeFirst());
        if (next != m_connections.end())
            dispatchNext(*next);
    }
    if (!waiting.isEmpty())
        m_waitingForTurn[turn] = waiting + m_waitingForTurn.value(turn);
}

// The connection now carries this session: the census moves it from "not signed in" to its
// account, it may send larger frames, and an account over its limit loses its oldest one.
void SyncServer::signIn(Connection &connection, const ConnectionContext &context)
{
    signOut(connection);
    connection.context = context;
    m_census.signedIn(connection.addressKey, context.accountId);
    connection.socket->setMaxAllowedIncomingFrameSize(quint64(m_options.limits.frameBytesSignedIn));
    connection.socket->setMaxAllowedIncomingMessageSize(
            quint64(m_options.limits.frameBytesSignedIn));
    if (m_census.connectionsOf(context.accountId) > m_options.limits.connectionsPerAccount)
        closeOldestOf(context.accountId, context.connectionId);
    if (m_calls)
        m_calls->onSignedIn(context.connectionId, context.accountId);
}

void SyncServer::signOut(Connection &connection)
{
    if (connection.context.accountId.isEmpty())
        return;
    if (m_calls)
        m_calls->onLeft(connection.context.connectionId, CallRelay::Departure::SignedOut);
    m_census.signedOut(connection.addressKey, connection.context.accountId);
    connection.context.sessionId.clear();
    connection.context.accountId.clear();
    connection.unauthenticatedSince = m_monotonic.elapsed();
    connection.socket->setMaxAllowedIncomingFrameSize(maxFrameBytes);
    connection.socket->setMaxAllowedIncomingMessageSize(maxFrameBytes);
}

void SyncServer::closeOldestOf(const QString &accountId, quint64 except)
{
    Connection *oldest = nullptr;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it.key() != except && !it->closing && it->context.accountId == accountId
            && (!oldest || it->connectedAt < oldest->connectedAt))
            oldest = &*it;
    }
    if (!oldest)
        return;
    close(*oldest, QWebSocketProtocol::CloseCodePolicyViolated,
          tr("Signed in on too many connections."));
}

void SyncServer::signOutOthers(const QStringList &sessionIds, quint64 except)
{
    if (sessionIds.isEmpty())
        return;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        Connection &connection = *it;
        if (it.key() == except || !sessionIds.contains(connection.context.sessionId))
            continue;
        signOut(connection);
        send(connection,
             Message { u"signed_out"_s, 0, { { u"reason"_s, tr("This session was ended.") } } });
    }
}

void SyncServer::poke(const QList<quint64> &connectionIds)
{
    for (quint64 id : connectionIds) {
        auto it = m_connections.find(id);
        if (it == m_connections.end() || it->context.sessionId.isEmpty() || it->closing)
            continue;
        if (unsentBytes(*it) > m_options.limits.outboundPauseBytes)
            it->pokeOwed = true; // one poke says it all: sent once the client reads again
        else
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
    if (m_calls) // before it leaves the table: the relay may tell the others through it
        m_calls->onLeft(id, CallRelay::Departure::Disconnected);
    it = m_connections.find(id);
    m_census.left(it->addressKey, it->context.accountId);
    it->socket->deleteLater();
    m_connections.erase(it);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->forget(id); });
    emit connectionCountChanged(connectionCount());
}

// Every stage has a time limit: the TLS and WebSocket handshakes and hello together, signing
// in, and silence.
void SyncServer::sweep()
{
    releaseMemoryAfterDepartures();
    const qint64 now = m_monotonic.elapsed();
    const ServerLimits &limits = m_options.limits;
    QList<QTcpSocket *> stalled;
    for (auto it = m_handshakes.cbegin(); it != m_handshakes.cend(); ++it) {
        if (now - it->acceptedAt > limits.helloTimeoutMs)
            stalled << static_cast<QTcpSocket *>(it.key());
    }
    for (QTcpSocket *socket : stalled) {
        // Reads already queued for the handshake would find a closed socket: cut them off.
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        socket->abort(); // then deleted, and counted out in onHandshakeSocketGone
    }
    for (Connection &connection : m_connections) {
        const qint64 unsent = unsentBytes(connection);
        if (unsent <= limits.outboundPauseBytes)
            connection.stalledSince = 0;
        else if (connection.stalledSince == 0)
            connection.stalledSince = now;
        // Not reading at all, or not for as long as silence is allowed: gone.
        if (unsent > unsentLimit(connection)
            || (connection.stalledSince > 0
                && now - connection.stalledSince > limits.idleTimeoutMs))
            drop(connection, "does not read what it was sent");
        if (connection.closing) {
            if (connection.closingSince >= 0 && now - connection.closingSince > closeGraceMs)
                drop(connection, "did not finish closing");
            continue;
        }
        const bool silent = now - connection.lastActivity > limits.idleTimeoutMs;
        const bool noHello =
                !connection.greeted && now - connection.connectedAt > limits.helloTimeoutMs;
        const bool notSignedIn = connection.context.sessionId.isEmpty()
                && now - connection.unauthenticatedSince > limits.signInTimeoutMs;
        if (silent || noHello || notSignedIn)
            close(connection, QWebSocketProtocol::CloseCodeGoingAway,
                  notSignedIn && !silent && !noHello ? tr("Not signed in for too long.")
                                                     : tr("Idle for too long."));
    }
}

} // namespace clinic

namespace clinic {

CallRelay::Counts SyncServer::callCounts() const
{
    return m_calls ? m_calls->counts() : CallRelay::Counts {};
}

// Call control is answered here at once, like ping, without waiting its turn: a reply may
// come before the reply to an earlier request. Decoded on this thread, so it must be small.
void SyncServer::onCallControl(Connection &connection, const Message &head, const QByteArray &frame)
{
    if (connection.context.sessionId.isEmpty() || !m_calls)
        return send(connection,
                    Message::error(ProtocolError::Unauthenticated, tr("Please sign in first."),
                                   head.id));
    if (!m_calls->takeControl(connection.context.connectionId, m_monotonic.elapsed()))
        return refuse(connection, ProtocolError::BadFrame,
                      tr("Too many call requests at once."), head.id);
    auto request = Message::decode(frame, CallRelay::maxControlBytes);
    if (!request)
        return send(
                connection,
                Message::error(
                        ProtocolError::Invalid,
                        tr("A call request is at most %1 bytes.").arg(CallRelay::maxControlBytes),
                        head.id));
    m_calls->control(connection.context.connectionId, connection.context.accountId, request.value(),
                     m_monotonic.elapsed());
}

void SyncServer::onMedia(Connection &connection, const QByteArray &frame)
{
    const auto verdict =
            m_calls->onMedia(connection.context.connectionId, frame, m_monotonic.elapsed());
    if (verdict == CallRelay::MediaVerdict::Refused)
        refuse(connection, ProtocolError::BadFrame, tr("Too many malformed media frames."));
}

// The worker allowed the call; the socket side has the last word (the caller may be in a
// call already), then the caller hears "ok" and the callee's connections ring.
void SyncServer::startCall(Connection &connection, const Outcome &outcome)
{
    const CallInvite &invite = *outcome.callInvite;
    if (connection.context.accountId != invite.callerId) // signed out meanwhile
        return send(connection,
                    Message::error(ProtocolError::Unauthenticated, tr("Please sign in first."),
                                   outcome.reply.id));
    if (auto allowed = m_calls->canInvite(invite.callerId, invite); !allowed)
        return send(
                connection,
                Message::error(ProtocolError::Invalid, allowed.error().message, outcome.reply.id));
    send(connection, outcome.reply);
    m_calls->invite(connection.context.connectionId, invite);
}

void SyncServer::push(quint64 connectionId, const Message &message)
{
    auto it = m_connections.find(connectionId);
    if (it != m_connections.end())
        send(*it, message);
}

void SyncServer::sendMedia(quint64 connectionId, const QByteArray &frame)
{
    auto it = m_connections.find(connectionId);
    if (it == m_connections.end() || it->closing)
        return;
    it->socket->sendBinaryMessage(frame);
    if (unsentBytes(*it) > unsentLimit(*it))
        drop(*it, "does not read its call");
}

qint64 SyncServer::unsentBytes(quint64 connectionId) const
{
    auto it = m_connections.constFind(connectionId);
    return it == m_connections.cend() ? 0 : unsentBytes(*it);
}

QList<quint64> SyncServer::connectionsOf(const QString &accountId) const
{
    QList<quint64> found;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->closing && !it->context.sessionId.isEmpty() && it->context.accountId == accountId)
            found << it.key();
    }
    return found;
}

} // namespace clinic
