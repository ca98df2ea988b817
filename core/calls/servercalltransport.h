#pragma once

#include "media/calltransport.h"

namespace clinic {
class ServerConnection;
}

namespace clinic::calls {

// A call's sealed frames through the sync server's relay: each goes out as a media frame under
// the call's handle on the user's one ServerConnection, and only frames that come back under
// that handle are received. Without a handle (0: before the answer, after the end, while the
// call waits for call_rejoin) it carries nothing either way. Lives on the connection's thread.
class ServerCallTransport final : public media::CallTransport
{
    Q_OBJECT
public:
    explicit ServerCallTransport(ServerConnection &connection, QObject *parent = nullptr);

    // Frames go out and come in on this connection from now on (a call joined on another
    // server instance runs on a connection of its own). The handle is dropped.
    void setConnection(ServerConnection &connection);

    void setHandle(quint32 handle);
    quint32 handle() const { return m_handle; }

    void send(const QByteArray &sealedFrame) override;

    quint64 sentCount() const { return m_sent; }
    // Not sent: no handle, or the connection not signed in.
    quint64 unsentCount() const { return m_unsent; }
    quint64 receivedCount() const { return m_received; }

private:
    void onMediaFrame(quint32 handle, const QByteArray &sframe);

    ServerConnection *m_connection;
    quint32 m_handle = 0;
    quint64 m_sent = 0;
    quint64 m_unsent = 0;
    quint64 m_received = 0;
};

} // namespace clinic::calls
