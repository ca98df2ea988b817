#pragma once

#include "domain/role.h"
#include "protocol/message.h"
#include "sync/serveraddress.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace clinic {

// A signed-in session, as the client sees it.
struct ClientSession
{
    QString token; // kept to resume after a reconnect; never logged
    QString deviceToken; // a fresh sign-in's: this computer keeps it (KnownServers)
    QString sessionId;
    qint64 expiresAt = 0;
    QString accountId;
    QString username;
    QString displayName;
    Role role = Role::Patient;
    QString licenceNumber; // a doctor's, as the admin verified it
    QString specialty; // a doctor's, as registered: one or several, comma-separated
    QString credentials; // a doctor's, as registered; may be absent
    bool totpEnabled = false;
    bool mustChangePassword = false;
    bool mustEnrolTotp = false;
    int idleLockMinutes = 10;

    bool isValid() const { return !sessionId.isEmpty(); }
    static ClientSession fromReply(const Message &signedIn, const QString &knownToken);
};

// The answer to a request: the reply message, or the server's error.
struct ServerReply
{
    Message message;
    std::optional<ProtocolError> error;
    QString errorText;
    bool connectionLost = false; // no answer: the connection was down or dropped

    bool ok() const { return !error.has_value(); }
    qint64 retryAfterMs() const
    {
        return message.body.value(QStringLiteral("retry_after_ms")).toInteger();
    }
    static ServerReply failure(ProtocolError code, const QString &text);
    static ServerReply lost(const QString &text);
};

// The client's one connection to the sync server, with an explicit life cycle:
//   Disconnected -> Connecting (TLS, certificate pin checked) -> Ready (hello exchanged)
//   -> SignedIn (sign_in or resume) ... ping every 30 s; no pong in 10 s means the link is dead.
// After a connection that was Ready drops, it reconnects with back-off (1 s doubling to 30 s)
// and resumes the session with its token. While a user works on this computer (stayConnected)
// it keeps trying even a server it never reached (a sign-in that went offline), and when the
// server answers but the session is gone (expired, or never made) it asks for a sign-in
// (signInNeeded) instead of signing the user out. The certificate is pinned: on first contact the
// fingerprint is offered to the user (certificateUnknown) and nothing is sent; a different
// certificate later is refused (certificateMismatch) and never retried on its own.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Ready, SignedIn };
    Q_ENUM(State)
    using ReplyHandler = std::function<void(const ServerReply &)>;

    explicit ServerConnection(QString clientName, QObject *parent = nullptr);
    ~ServerConnection() override;

    void setPinnedFingerprint(const QString &fingerprint);
    QString pinnedFingerprint() const { return m_pin; }
    QString clientName() const { return m_clientName; }
    void setTimings(int pingIntervalMs, int pongTimeoutMs, int maxReconnectDelayMs);

    void connectTo(const ServerAddress &address);
    void disconnectFromServer(); // and stay disconnected
    // A user works on this computer until signOut() or disconnectFromServer(): reconnect until
    // the server is reached, and say when it needs their password again.
    void stayConnected();
    State state() const { return m_state; }
    ServerAddress address() const { return *m_address; }
    const ClientSession &session() const { return m_session; }

    // Sends a request; the handler gets the reply, or an error if the connection drops first.
    void request(const QString &type, const QCborMap &body, ReplyHandler handler);
    // `deviceToken`: what this computer kept from its last sign-in as this user, or empty.
    void signIn(const QString &username, const QString &password, const QString &totp,
                ReplyHandler done, const QString &deviceToken = {});
    void resume(const QString &token, ReplyHandler done);
    void signOut(ReplyHandler done);

    // Sends one sealed call frame (an SFrame frame) under the call's handle as a media frame
    // (MediaFrame, docs/protocol.md). Only while signed in: otherwise it is dropped (false),
    // as the server would close a connection that sends one before sign-in.
    bool sendMediaFrame(quint32 handle, QByteArrayView sframe);

signals:
    void stateChanged(clinic::ServerConnection::State state);
    void certificateUnknown(const QString &fingerprint);
    void certificateMismatch(const QString &expected, const QString &presented);
    void connectionFailed(const QString &reason);
    void signedIn(const clinic::ClientSession &session);
    void signedOut(const QString &reason);
    // While staying connected: the server is reached but there is no session (it expired, or
    // the user signed in while it was away). `reason`: the server's words, or empty.
    void signInNeeded(const QString &reason);
    // The server changed rows this user may see: time to pull (the poke carries no data).
    void poked();
    // A call's media frame from the relay: the handle it came under and the SFrame frame.
    void mediaFrameReceived(quint32 handle, const QByteArray &sframe);
    // A call's push (call_ring, call_accepted, call_peer_away, call_rejoined, call_ended).
    void callPushed(const clinic::Message &push);

private:
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onFrame(const QByteArray &frame);
    void onMediaFrame(const QByteArray &frame);
    void onPing();
    void scheduleReconnect();
    bool checkPin(const QSslCertificate &certificate);
    void failPending(const QString &reason);
    void acceptSession(const ServerReply &reply, const QString &token);
    void dropSession(const QString &reason);

    QString m_clientName;
    QWebSocket m_socket;
    std::optional<ServerAddress> m_address;
    QString m_pin;
    State m_state = State::Disconnected;
    ClientSession m_session;
    QHash<quint64, ReplyHandler> m_pending;
    quint64 m_nextId = 1;
    bool m_wanted = false; // connectTo() until disconnectFromServer()
    bool m_wasReady = false; // reconnect only to a server that once said hello...
    bool m_stayConnected = false; // ...unless a user works here
    bool m_pinRefused = false; // this attempt was aborted over the certificate
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QTimer m_reconnectTimer;
    int m_reconnectDelayMs = 1000;
    int m_maxReconnectDelayMs = 30000;
};

} // namespace clinic
