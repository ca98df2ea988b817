#include "rawwebsocket.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>
#include <QtEndian>

namespace clinic::test {

using namespace Qt::StringLiterals;

namespace {

// RFC 6455, 1.3: the server proves it read the key by hashing it with this GUID.
constexpr char acceptGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
// The upgrade answer is a few hundred bytes; more without its end is not a WebSocket server.
constexpr qsizetype maxUpgradeAnswer = 16 * 1024;
// The server's frames are at most 64 KiB (docs/protocol.md); a header claiming far more is a
// broken stream, not something to wait for.
constexpr quint64 maxIncomingFrame = 16 * 1024 * 1024;

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

RawWebSocket::RawWebSocket(QObject *parent) : QObject(parent), m_socket(new QSslSocket(this))
{
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (m_url.scheme() == u"ws")
            startUpgrade();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &RawWebSocket::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &RawWebSocket::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &RawWebSocket::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_error.isEmpty())
            m_error = m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
        emit progressed();
    });
    // The server's certificate is self-signed: its errors are ignored only when every one of
    // them is about the pinned certificate, as the real client does.
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            const QByteArray digest =
                    error.certificate().digest(QCryptographicHash::Sha256).toHex();
            if (error.certificate().isNull() || QString::fromLatin1(digest) != m_pin)
                return fail(u"TLS: "_s + error.errorString());
        }
        m_socket->ignoreSslErrors(errors);
    });
}

RawWebSocket::~RawWebSocket()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void RawWebSocket::open(const QUrl &url, bool upgrade)
{
    m_url = url;
    m_upgrade = upgrade;
    m_state = State::Connecting;
    // Bound before connecting, so the server sees this address as the peer. The receive
    // buffer is set on the bound socket, before the handshake fixes TCP's window scale.
    if (!m_localAddress.isNull() && !m_socket->bind(m_localAddress, 0))
        return fail(
                u"cannot bind to %1: %2"_s.arg(m_localAddress.toString(), m_socket->errorString()));
    if (m_receiveBuffer > 0) {
        if (m_localAddress.isNull())
            m_socket->bind(QHostAddress::AnyIPv4, 0);
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_receiveBuffer);
    }
    const quint16 port = quint16(url.port(url.scheme() == u"ws" ? 80 : 443));
    if (url.scheme() == u"wss")
        m_socket->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

bool RawWebSocket::waitOpen(int timeoutMs)
{
    return waitFor([this] { return m_state != State::Connecting && m_state != State::Upgrading; },
                   timeoutMs)
            && m_state == State::Open;
}

bool RawWebSocket::connectTo(const QUrl &url, int timeoutMs)
{
    open(url);
    return waitOpen(timeoutMs);
}

void RawWebSocket::onEncrypted()
{
    // A certificate that verified without errors is pinned all the same.
    const QByteArray digest =
            m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(digest) != m_pin)
        return fail(u"not the pinned certificate"_s);
    startUpgrade();
}

void RawWebSocket::startUpgrade()
{
    if (!m_upgrade) {
        m_state = State::Open;
        emit progressed();
        return;
    }
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->generate(nonce.begin(), nonce.end());
    m_key = nonce.toBase64();
    const QByteArray path = m_url.path().isEmpty() ? QByteArray("/") : m_url.path().toUtf8();
    const QByteArray host = m_url.host().toUtf8() + ':' + QByteArray::number(m_url.port());
    m_state = State::Upgrading;
    m_socket->write("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key
                    + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
}

void RawWebSocket::onReadyRead()
{
    if (!m_reading)
        return; // a slow reader: what came stays in the socket and the kernel
    const QByteArray bytes = m_socket->readAll();
    m_bytesReceived += bytes.size();
    m_buffer += bytes;
    if (m_state == State::Upgrading)
        readUpgradeAnswer();
    if (m_state == State::Open && m_upgrade)
        readFrames();
    emit progressed();
}

void RawWebSocket::readUpgradeAnswer()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > maxUpgradeAnswer)
            fail(u"no end to the upgrade answer"_s);
        return;
    }
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4); // what follows is already WebSocket frames
    const QByteArray status = head.left(head.indexOf("\r\n"));
    if (!status.startsWith("HTTP/1.1 101"))
        return fail(u"upgrade refused: "_s + QString::fromLatin1(status));
    const QByteArray expected =
            QCryptographicHash::hash(QByteArray(m_key + acceptGuid), QCryptographicHash::Sha1)
                    .toBase64();
    if (headerValue(head, "sec-websocket-accept") != expected)
        return fail(u"wrong Sec-WebSocket-Accept"_s);
    m_state = State::Open;
}

// RFC 6455, 5.2. A server's frames are unmasked, but a masked one is read all the same: this
// client checks the server's behaviour towards it, not the server's framing manners. Parsed
// from an offset and trimmed once, so megabytes read at once cost one copy, not one per frame.
void RawWebSocket::readFrames()
{
    qsizetype at = 0;
    while (m_state == State::Open && m_buffer.size() - at >= 2) {
        const auto *bytes = reinterpret_cast<const uchar *>(m_buffer.constData()) + at;
        const qsizetype available = m_buffer.size() - at;
        const bool fin = bytes[0] & 0x80;
        const quint8 opcode = bytes[0] & 0x0F;
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (available < 4)
                break;
            length = qFromBigEndian<quint16>(bytes + 2);
            header = 4;
        } else if (length == 127) {
            if (available < 10)
                break;
            length = qFromBigEndian<quint64>(bytes + 2);
            header = 10;
        }
        if (length > maxIncomingFrame)
            return fail(u"a frame of %1 bytes"_s.arg(length));
        const qsizetype maskAt = header;
        if (masked)
            header += 4;
        if (quint64(available) < quint64(header) + length)
            break;
        QByteArray payload(reinterpret_cast<const char *>(bytes) + header, qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ bytes[maskAt + i % 4]);
        }
        at += header + qsizetype(length);
        handleFrame(fin, opcode, payload);
    }
    m_buffer.remove(0, at);
}

void RawWebSocket::handleFrame(bool fin, quint8 opcode, const QByteArray &payload)
{
    switch (opcode) {
    case Close:
        m_closeCode = payload.size() >= 2
                ? qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(payload.constData()))
                : 1005; // "no status received"
        m_closeReason = QString::fromUtf8(payload.mid(2));
        if (!m_closeSent)
            sendClose(quint16(m_closeCode == 1005 ? 1000 : m_closeCode));
        return;
    case Ping:
        sendFrame(Pong, payload);
        return;
    case Pong:
        return;
    case Continuation:
        m_partial += payload;
        break;
    default:
        m_partial = payload;
        m_partialOpcode = opcode;
        break;
    }
    if (!fin)
        return;
    // A whole data message.
    if (m_partialOpcode == Text) {
        ++m_textMessages;
    } else if (!m_partial.isEmpty() && m_partial.at(0) == '\0') {
        m_media.append(m_partial);
    } else if (auto message = Message::decode(m_partial); message) {
        m_messages.append(message.value());
    } else {
        ++m_unreadable;
        m_error = u"unreadable frame: "_s + message.error().detail;
    }
    m_partial.clear();
}

void RawWebSocket::onDisconnected()
{
    if (m_state == State::Connecting || m_state == State::Upgrading) {
        if (m_error.isEmpty())
            m_error = u"closed before the upgrade"_s;
    }
    m_state = State::Closed;
    emit progressed();
}

void RawWebSocket::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    m_socket->abort();
    m_state = State::Closed;
    emit progressed();
}

QByteArray RawWebSocket::frame(Opcode opcode, const QByteArray &payload, bool fin, bool masked)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0x00) | opcode));
    const quint8 maskBit = masked ? 0x80 : 0x00;
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        out.append(char(maskBit | size));
    } else if (size <= 0xFFFF) {
        out.append(char(maskBit | 126));
        uchar length[2];
        qToBigEndian(quint16(size), length);
        out.append(reinterpret_cast<const char *>(length), 2);
    } else {
        out.append(char(maskBit | 127));
        uchar length[8];
        qToBigEndian(size, length);
        out.append(reinterpret_cast<const char *>(length), 8);
    }
    if (!masked)
        return out + payload;
    const quint32 key = QRandomGenerator::global()->generate();
    uchar mask[4];
    qToBigEndian(key, mask);
    out.append(reinterpret_cast<const char *>(mask), 4);
    const qsizetype start = out.size();
    out.append(payload);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out[start + i] = char(out[start + i] ^ mask[i % 4]);
    return out;
}

void RawWebSocket::sendRaw(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void RawWebSocket::sendFrame(Opcode opcode, const QByteArray &payload, bool fin)
{
    sendRaw(frame(opcode, payload, fin));
}

void RawWebSocket::sendBinary(const QByteArray &payload, int fragmentBytes)
{
    if (fragmentBytes <= 0 || payload.size() <= fragmentBytes)
        return sendFrame(Binary, payload);
    QByteArray bytes;
    for (qsizetype at = 0; at < payload.size(); at += fragmentBytes) {
        const bool last = at + fragmentBytes >= payload.size();
        bytes += frame(at == 0 ? Binary : Continuation, payload.mid(at, fragmentBytes), last);
    }
    sendRaw(bytes);
}

void RawWebSocket::sendMessage(const Message &message, int fragmentBytes)
{
    sendBinary(message.encode(), fragmentBytes);
}

void RawWebSocket::sendClose(quint16 code, const QByteArray &reason)
{
    uchar payload[2];
    qToBigEndian(code, payload);
    m_closeSent = true;
    sendFrame(Close, QByteArray(reinterpret_cast<const char *>(payload), 2) + reason);
}

void RawWebSocket::abort()
{
    m_socket->abort();
    m_state = State::Closed;
}

bool RawWebSocket::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer::singleShot(left, &loop, &QEventLoop::quit);
        connect(this, &RawWebSocket::progressed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

std::optional<Message> RawWebSocket::waitForMessage(int timeoutMs)
{
    if (!waitFor(
                [this] {
                    return !m_messages.isEmpty() || m_state == State::Closed || closeReceived();
                },
                timeoutMs)
        || m_messages.isEmpty())
        return std::nullopt;
    return m_messages.takeFirst();
}

std::optional<Message> RawWebSocket::waitForReply(quint64 id, int timeoutMs)
{
    const auto find = [this, id] {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            if (m_messages[i].id == id)
                return i;
        }
        return qsizetype(-1);
    };
    // An unreadable frame may have been the reply: no point waiting on for it.
    const int unreadable = m_unreadable;
    waitFor(
            [&] {
                return find() >= 0 || m_state == State::Closed || closeReceived()
                        || m_unreadable > unreadable;
            },
            timeoutMs);
    const qsizetype at = find();
    if (at < 0)
        return std::nullopt;
    return m_messages.takeAt(at);
}

std::optional<Message> RawWebSocket::call(const Message &message, int timeoutMs)
{
    sendMessage(message);
    return waitForReply(message.id, timeoutMs);
}

bool RawWebSocket::waitForClose(int timeoutMs)
{
    return waitFor([this] { return closeReceived() || m_state == State::Closed; }, timeoutMs);
}

void RawWebSocket::stopReading(qint64 bufferBytes)
{
    m_reading = false;
    m_socket->setReadBufferSize(qMax<qint64>(1, bufferBytes));
}

void RawWebSocket::resumeReading()
{
    m_reading = true;
    m_socket->setReadBufferSize(0);
    onReadyRead();
}

} // namespace clinic::test
