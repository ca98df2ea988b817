#include "serverconnection.h"

#include "protocol/mediaframe.h"
#include "sync/knownservers.h"
#include "sync/lowdelay.h"

#include <QCborMap>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcSync, "clinic.sync")

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultPingIntervalMs = 30 * 1000;
constexpr int defaultPongTimeoutMs = 10 * 1000;

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace

ClientSession ClientSession::fromReply(const Message &signedIn, const QString &knownToken)
{
    const QCborMap body = signedIn.body;
    const QCborMap account = body.value(u"account"_s).toMap();
    ClientSession session;
    session.token = body.value(u"token"_s).toString(knownToken);
    session.deviceToken = body.value(u"device_token"_s).toString();
    session.sessionId = body.value(u"session_id"_s).toString();
    session.expiresAt = body.value(u"expires_at"_s).toInteger();
    session.accountId = account.value(u"id"_s).toString();
    session.username = account.value(u"username"_s).toString();
    session.displayName = account.value(u"display_name"_s).toString();
    session.role = Roles::fromName(account.value(u"role"_s).toString()).value_or(Role::Patient);
    session.licenceNumber = account.value(u"licence_number"_s).toString();
    session.specialty = account.value(u"specialty"_s).toString();
    session.credentials = account.value(u"credentials"_s).toString();
    session.totpEnabled = account.value(u"totp"_s).toBool();
    session.mustChangePassword = body.value(u"must_change_password"_s).toBool();
    session.mustEnrolTotp = body.value(u"must_enrol_totp"_s).toBool();
    session.idleLockMinutes = int(body.value(u"idle_lock_minutes"_s).toInteger(10));
    return session;
}

ServerReply ServerReply::failure(ProtocolError code, const QString &text)
{
    ServerReply reply;
    reply.error = code;
    reply.errorText = text;
    return reply;
}

ServerReply ServerReply::lost(const QString &text)
{
    ServerReply reply = failure(ProtocolError::Internal, text);
    reply.connectionLost = true;
    return reply;
}

ServerConnection::ServerConnection(QString clientName, QObject *parent)
    : QObject(parent), m_clientName(std::move(clientName))
{
    // Replies are paged well below this; a reply to a signed-in request may pass 64 KiB.
    m_socket.setMaxAllowedIncomingFrameSize(maxSignedInFrameBytes);
    m_socket.setMaxAllowedIncomingMessageSize(maxSignedInFrameBytes);
    m_pingTimer.setInterval(defaultPingIntervalMs);
    m_pongTimer.setInterval(defaultPongTimeoutMs);
    m_pongTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(&m_socket, &QWebSocket::sslErrors, this, &ServerConnection::onSslErrors);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &ServerConnection::onFrame);
    connect(&m_pingTimer, &QTimer::timeout, this, &ServerConnection::onPing);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "no pong: the connection is dead";
        m_socket.abort();
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && m_address)
            connectTo(*m_address);
    });
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void ServerConnection::setPinnedFingerprint(const QString &fingerprint)
{
    m_pin = KnownServers::normalised(fingerprint);
}

void ServerConnection::setTimings(int pingIntervalMs, int pongTimeoutMs, int maxReconnectDelayMs)
{
    m_pingTimer.setInterval(pingIntervalMs);
    m_pongTimer.setInterval(pongTimeoutMs);
    m_maxReconnectDelayMs = maxReconnectDelayMs;
    m_reconnectDelayMs = qMin(m_reconnectDelayMs, maxReconnectDelayMs);
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerConnection::connectTo(const ServerAddress &address)
{
    if (m_address && m_address->key() != address.key()) {
        m_wasReady = false;
        m_session = {};
    }
    m_address = address;
    m_wanted = true;
    m_pinRefused = false;
    m_reconnectTimer.stop();
    m_socket.abort();
    setState(State::Connecting);
    m_socket.open(QNetworkRequest(address.url()));
}

void ServerConnection::stayConnected()
{
    m_stayConnected = true;
    if (!m_address || m_state != State::Disconnected || m_reconnectTimer.isActive())
        return;
    m_wanted = true;
    scheduleReconnect();
}

void ServerConnection::disconnectFromServer()
{
    m_wanted = false;
    m_stayConnected = false;
    m_reconnectTimer.stop();
    m_session = {};
    m_socket.close();
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        setState(State::Disconnected);
}

bool ServerConnection::checkPin(const QSslCertificate &certificate)
{
    const QString presented = fingerprintOf(certificate);
    if (certificate.isNull() || m_pin.isEmpty() || presented != m_pin) {
        m_pinRefused = true;
        m_wanted = false; // never retried on its own: the user must decide
        // Told once this socket is torn down and its handler has returned: whoever listens
        // may open a dialog, or connect again, which must not happen inside the socket's
        // own signal.
        const QString expected = m_pin;
        QMetaObject::invokeMethod(
                this,
                [this, expected, presented] {
                    if (expected.isEmpty())
                        emit certificateUnknown(presented);
                    else
                        emit certificateMismatch(expected, presented);
                },
                Qt::QueuedConnection);
        return false;
    }
    return true;
}

void ServerConnection::onSslErrors(const QList<QSslError> &errors)
{
    // A self-signed certificate is expected; it is acceptable when it is the pinned one.
    // QWebSocket::sslConfiguration() does not hold the peer's certificate yet here: the
    // errors do.
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull()) {
            certificate = error.certificate();
            break;
        }
    }
    if (checkPin(certificate)) {
        for (const QSslError &error : errors) {
            if (error.certificate() != certificate) {
                m_socket.abort();
                return;
            }
        }
        m_socket.ignoreSslErrors(errors);
    } else {
        m_socket.abort();
    }
}

void ServerConnection::onConnected()
{
    // A certificate that verified without errors is pinned all the same.
    if (m_address->isSecure() && !checkPin(m_socket.sslConfiguration().peerCertificate())) {
        m_socket.abort();
        return;
    }
    setLowDelay(m_socket);
    request(u"hello"_s, { { u"app"_s, m_clientName } }, [this](const ServerReply &reply) {
        if (!reply.ok())
            return; // the server closes after an error on hello; onDisconnected reports it
        m_wasReady = true;
        m_reconnectDelayMs = 1000;
        setState(State::Ready);
        m_pingTimer.start();
        if (!m_session.token.isEmpty()) {
            // Back after a drop: carry on with the same session.
            const QString token = m_session.token;
            resume(token, [this](const ServerReply &resumed) {
                if (resumed.ok() || resumed.error == ProtocolError::Internal)
                    return;
                if (!m_stayConnected)
                    return dropSession(resumed.errorText);
                m_session = {};
                emit signInNeeded(resumed.errorText);
            });
        } else if (m_stayConnected) {
            emit signInNeeded({});
        }
    });
}

void ServerConnection::onDisconnected()
{
    m_pingTimer.stop();
    m_pongTimer.stop();
    const QString reason =
            m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    failPending(tr("The connection to the server was lost."));
    setState(State::Disconnected);
    if (!m_pinRefused)
        emit connectionFailed(reason.isEmpty() ? tr("The server closed the connection.") : reason);
    if (m_wanted && (m_wasReady || m_stayConnected))
        scheduleReconnect();
}

void ServerConnection::scheduleReconnect()
{
    qCInfo(lcSync) << "reconnecting in" << m_reconnectDelayMs << "ms";
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = qMin(m_reconnectDelayMs * 2, m_maxReconnectDelayMs);
}

void ServerConnection::failPending(const QString &reason)
{
    const auto pending = std::exchange(m_pending, {});
    for (const ReplyHandler &handler : pending)
        handler(ServerReply::lost(reason));
}

void ServerConnection::onPing()
{
    m_pongTimer.start();
    request(u"ping"_s, {}, [this](const ServerReply &reply) {
        if (reply.ok())
            m_pongTimer.stop();
    });
}

void ServerConnection::request(const QString &type, const QCborMap &body, ReplyHandler handler)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        handler(ServerReply::lost(tr("Not connected to the server.")));
        return;
    }
    const quint64 id = m_nextId++;
    m_pending.insert(id, std::move(handler));
    m_socket.sendBinaryMessage(Message { type, id, body }.encode());
}

bool ServerConnection::sendMediaFrame(quint32 handle, QByteArrayView sframe)
{
    if (m_state != State::SignedIn)
        return false;
    m_socket.sendBinaryMessage(MediaFrame::encode(handle, sframe));
    return true;
}

void ServerConnection::onMediaFrame(const QByteArray &frame)
{
    const std::optional<quint32> handle = MediaFrame::handleOf(frame);
    if (!handle) {
        qCWarning(lcSync) << "a media frame of" << frame.size() << "bytes is too short; ignored";
        return;
    }
    emit mediaFrameReceived(*handle, frame.sliced(MediaFrame::prefixBytes));
}

void ServerConnection::onFrame(const QByteArray &frame)
{
    // Media first: never a protocol message (0x00 starts no CBOR map), and ~80 a second.
    if (MediaFrame::isMedia(frame))
        return onMediaFrame(frame);
    auto message = Message::decode(frame, maxSignedInFrameBytes); // as the socket allows
    if (!message) {
        qCWarning(lcSync) << "unreadable frame from the server:" << message.error().detail;
        m_socket.close(QWebSocketProtocol::CloseCodeProtocolError);
        return;
    }
    if (message->type == u"signed_out" && message->id == 0) {
        dropSession(message->body.value(u"reason"_s).toString());
        return;
    }
    if (message->type == u"poke" && message->id == 0) {
        emit poked();
        return;
    }
    if (message->id == 0 && message->type.startsWith(u"call_")) {
        emit callPushed(message.value());
        return;
    }
    const ReplyHandler handler = m_pending.take(message->id);
    if (!handler)
        return; // a reply nobody waits for any more
    ServerReply reply;
    reply.message = message.value();
    if (message->type == u"error") {
        reply.error = ProtocolErrors::fromName(message->body.value(u"code"_s).toString());
        reply.errorText = message->body.value(u"message"_s).toString();
    }
    handler(reply);
}

void ServerConnection::acceptSession(const ServerReply &reply, const QString &token)
{
    m_session = ClientSession::fromReply(reply.message, token);
    setState(State::SignedIn);
    emit signedIn(m_session);
}

void ServerConnection::dropSession(const QString &reason)
{
    const bool had = m_session.isValid() || !m_session.token.isEmpty();
    m_session = {};
    if (m_state == State::SignedIn)
        setState(State::Ready);
    if (had)
        emit signedOut(reason);
}

void ServerConnection::signIn(const QString &username, const QString &password, const QString &totp,
                              ReplyHandler done, const QString &deviceToken)
{
    QCborMap body { { u"username"_s, username }, { u"password"_s, password } };
    if (!totp.isEmpty())
        body.insert(u"totp"_s, totp);
    if (!deviceToken.isEmpty())
        body.insert(u"device_token"_s, deviceToken);
    request(u"sign_in"_s, body, [this, done = std::move(done)](const ServerReply &reply) {
        if (reply.ok())
            acceptSession(reply, {});
        done(reply);
    });
}

void ServerConnection::resume(const QString &token, ReplyHandler done)
{
    request(u"resume"_s, { { u"token"_s, token } },
            [this, token, done = std::move(done)](const ServerReply &reply) {
                if (reply.ok())
                    acceptSession(reply, token);
                done(reply);
            });
}

void ServerConnection::signOut(ReplyHandler done)
{
    m_stayConnected = false;
    m_session = {}; // not resumed after a drop, whatever the reply
    request(u"sign_out"_s, {}, [this, done = std::move(done)](const ServerReply &reply) {
        // Only a live connection becomes Ready: the reply may be the failure of a socket that
        // has since been dropped or replaced.
        if (m_state == State::SignedIn && m_socket.state() == QAbstractSocket::ConnectedState)
            setState(State::Ready);
        done(reply);
    });
}

} // namespace clinic
