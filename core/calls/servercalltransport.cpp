#include "servercalltransport.h"

#include "sync/serverconnection.h"

namespace clinic::calls {

ServerCallTransport::ServerCallTransport(ServerConnection &connection, QObject *parent)
    : CallTransport(parent), m_connection(&connection)
{
    connect(m_connection, &ServerConnection::mediaFrameReceived, this,
            &ServerCallTransport::onMediaFrame);
}

void ServerCallTransport::setConnection(ServerConnection &connection)
{
    if (m_connection == &connection)
        return;
    disconnect(m_connection, &ServerConnection::mediaFrameReceived, this,
               &ServerCallTransport::onMediaFrame);
    m_connection = &connection;
    m_handle = 0;
    connect(m_connection, &ServerConnection::mediaFrameReceived, this,
            &ServerCallTransport::onMediaFrame);
}

void ServerCallTransport::setHandle(quint32 handle)
{
    m_handle = handle;
}

void ServerCallTransport::send(const QByteArray &sealedFrame)
{
    if (m_handle != 0 && m_connection->sendMediaFrame(m_handle, sealedFrame))
        ++m_sent;
    else
        ++m_unsent;
}

void ServerCallTransport::onMediaFrame(quint32 handle, const QByteArray &sframe)
{
    if (m_handle == 0 || handle != m_handle)
        return; // a late frame of an ended call, or none of ours
    ++m_received;
    emit frameReceived(sframe);
}

} // namespace clinic::calls
