#pragma once

#include "protocol/message.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

namespace clinic::test {

// A WebSocket client that speaks raw protocol frames, to send what a real client never would.
// Frames it cannot decode are kept as they came (`undecoded`).
struct RawClient
{
    static constexpr int waitMs = 10000;

    QWebSocket socket;
    QList<Message> received;
    QList<QByteArray> media; // binary messages starting with 0x00: relayed call frames
    int undecoded = 0;
    bool closed = false;

    RawClient(const QUrl &url, const QString &fingerprint)
    {
        socket.setMaxAllowedIncomingFrameSize(quint64(maxSignedInFrameBytes));
        socket.setMaxAllowedIncomingMessageSize(quint64(maxSignedInFrameBytes));
        QObject::connect(&socket, &QWebSocket::sslErrors, &socket,
                         [this, fingerprint](const QList<QSslError> &errors) {
                             if (QString::fromLatin1(errors.first()
                                                             .certificate()
                                                             .digest(QCryptographicHash::Sha256)
                                                             .toHex())
                                 == fingerprint)
                                 socket.ignoreSslErrors(errors);
                         });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                         [this](const QByteArray &frame) {
                             if (!frame.isEmpty() && frame.at(0) == '\0') // call media
                                 media << frame;
                             else if (auto message = Message::decode(frame, maxSignedInFrameBytes))
                                 received << message.value();
                             else
                                 ++undecoded;
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(url);
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               waitMs);
    }
    void send(const Message &message) { socket.sendBinaryMessage(message.encode()); }
    bool waitFor(qsizetype count, int timeoutMs = waitMs)
    {
        return QTest::qWaitFor([&] { return received.size() >= count; }, timeoutMs);
    }
    bool waitClosed(int timeoutMs = waitMs)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
    QString lastErrorCode() const
    {
        return received.isEmpty() ? QString()
                                  : received.last().body.value(QStringLiteral("code")).toString();
    }
    // Says hello and waits for the answer.
    bool greet()
    {
        send(Message {
                QStringLiteral("hello"), 1, { { QStringLiteral("app"), QStringLiteral("raw") } } });
        return waitFor(received.size() + 1);
    }
    // One request and its answer (the last message received once it came).
    Message call(const QString &type, const QCborMap &body = {}, quint64 id = 7)
    {
        const qsizetype before = received.size();
        send(Message { type, id, body });
        if (!waitFor(before + 1))
            return Message { QStringLiteral("timeout"), 0, {} };
        return received.last();
    }
};

} // namespace clinic::test
