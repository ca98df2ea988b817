#pragma once

// A WebSocket client written by hand on a QSslSocket, for tests that attack the server: it
// sends what QWebSocket never would (cut frames, garbage headers, fragments of any size),
// picks the loopback address it connects from (127.0.0.2, 127.0.0.3... so one process looks
// like many hosts), and can stop reading altogether so the server's outgoing data backs up.
// The framing is RFC 6455: the client masks what it sends; the server's frames come unmasked.
//
// Waits are synchronous and run the event loop, so many of these sockets (and the server's
// other clients) make progress while one test waits on one of them.

#include "protocol/message.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QSslSocket;

namespace clinic::test {

class RawWebSocket : public QObject
{
    Q_OBJECT
public:
    enum Opcode : quint8 {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };
    enum class State { Idle, Connecting, Upgrading, Open, Closed };

    explicit RawWebSocket(QObject *parent = nullptr);
    ~RawWebSocket() override;

    // Before open(): the server certificate's SHA-256 fingerprint (64 hex digits); a wss
    // server whose certificate has another one is refused.
    void setPinnedFingerprint(const QString &fingerprint) { m_pin = fingerprint.toLower(); }
    // Before open(): connect from this local address (any of 127.0.0.0/8 on Linux).
    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }
    // Before open(): the kernel's receive buffer (SO_RCVBUF). Small, it turns a slow reader
    // into back-pressure on the server within a few kilobytes instead of megabytes.
    void setReceiveBufferSize(int bytes) { m_receiveBuffer = bytes; }

    // wss://host:port or ws://host:port: TCP (from the local address), TLS for wss, then the
    // HTTP Upgrade; the answer must be 101 with the right Sec-WebSocket-Accept. Without
    // `upgrade` it stops after TLS: the test speaks HTTP itself (sendRaw, rawReceived).
    void open(const QUrl &url, bool upgrade = true);
    bool waitOpen(int timeoutMs = 10000);
    bool connectTo(const QUrl &url, int timeoutMs = 10000);

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // Why the connection failed or ended, for test messages.
    const QString &errorString() const { return m_error; }
    QSslSocket *socket() const { return m_socket; }

    // --- sending (each frame masked, as RFC 6455 requires of a client) --------------------
    // A protocol message as one binary WebSocket message; with fragmentBytes > 0, cut into
    // frames of that many payload bytes (a binary frame, then continuations).
    void sendMessage(const Message &message, int fragmentBytes = 0);
    void sendBinary(const QByteArray &payload, int fragmentBytes = 0);
    void sendFrame(Opcode opcode, const QByteArray &payload, bool fin = true);
    void sendPing(const QByteArray &payload = {}) { sendFrame(Ping, payload); }
    void sendClose(quint16 code, const QByteArray &reason = {});
    // Bytes as they are: half a frame, a header that lies about its length, anything.
    void sendRaw(const QByteArray &bytes);
    // One frame's bytes, for a test to cut or corrupt before sendRaw.
    static QByteArray frame(Opcode opcode, const QByteArray &payload, bool fin = true,
                            bool masked = true);
    // Drops the TCP connection without a close frame.
    void abort();

    // --- receiving --------------------------------------------------------------------------
    // The next whole data message (binary or text), decoded as a protocol message; nullopt on
    // time-out, on a close, or when it is not a readable frame (errorString says which).
    std::optional<Message> waitForMessage(int timeoutMs = 10000);
    // The next message whose id is `id`, leaving any others (pushes, pongs) queued; nullopt
    // on time-out, a close, or an unreadable frame meanwhile.
    std::optional<Message> waitForReply(quint64 id, int timeoutMs = 10000);
    // Sends `message` and waits for the reply to its id.
    std::optional<Message> call(const Message &message, int timeoutMs = 10000);
    // True once the server's close frame came, or the TCP connection ended.
    bool waitForClose(int timeoutMs = 10000);
    bool closeReceived() const { return m_closeCode >= 0; }
    int closeCode() const { return m_closeCode; } // -1: no close frame (yet)
    const QString &closeReason() const { return m_closeReason; }
    bool disconnected() const { return m_state == State::Closed; }
    int textMessages() const { return m_textMessages; } // the server should send none
    int unreadableMessages() const { return m_unreadable; } // not a protocol frame
    const QByteArray &rawReceived() const { return m_buffer; } // opened without upgrade
    qint64 bytesReceived() const { return m_bytesReceived; }
    int pendingMessages() const { return int(m_messages.size()); }
    // Binary messages starting with 0x00 (relayed call media), kept as they came.
    const QList<QByteArray> &media() const { return m_media; }

    // Stops reading from the socket: Qt keeps at most `bufferBytes`, the kernel's buffer fills,
    // TCP's window closes and the server's unsent data stays with the server. A reader so slow
    // it never reads.
    void stopReading(qint64 bufferBytes = 1);
    // Reads again (and everything waiting).
    void resumeReading();

signals:
    // Something arrived or the connection moved on: what the synchronous waits wake up for.
    void progressed();

private:
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void startUpgrade();
    void readUpgradeAnswer();
    void readFrames();
    void handleFrame(bool fin, quint8 opcode, const QByteArray &payload);
    void fail(const QString &why);
    bool waitFor(const std::function<bool()> &done, int timeoutMs);

    QSslSocket *m_socket = nullptr;
    QString m_pin;
    QHostAddress m_localAddress;
    int m_receiveBuffer = 0;
    QUrl m_url;
    State m_state = State::Idle;
    QString m_error;
    QByteArray m_key; // Sec-WebSocket-Key
    QByteArray m_buffer; // read but not yet parsed
    bool m_reading = true;
    // A data message arriving in fragments.
    QByteArray m_partial;
    quint8 m_partialOpcode = 0;
    QList<Message> m_messages; // whole binary messages, decoded, in order
    QList<QByteArray> m_media;
    int m_textMessages = 0;
    int m_unreadable = 0;
    bool m_upgrade = true;
    int m_closeCode = -1;
    QString m_closeReason;
    bool m_closeSent = false;
    qint64 m_bytesReceived = 0;
};

} // namespace clinic::test
