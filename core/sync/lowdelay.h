#pragma once

class QWebSocket;

namespace clinic {

// Turns Nagle's algorithm off on the TCP socket under a WebSocket. Sync is small messages in
// both directions (a poke, then a pull): with Nagle on, a poke written while the peer still
// delays its ACK of the previous reply waits for that ACK, measured 30-40 ms per hop on
// loopback (bench/sync_bench). QtWebSockets does not expose a client's socket, but owns it as
// a child object; call once it is connected. (The server turns Nagle off on the sockets its own
// listener accepts: sync_server/syncserver.cpp.)
void setLowDelay(QWebSocket &socket);

} // namespace clinic
