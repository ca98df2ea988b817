#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace clinic {

// A media frame on the wire (docs/protocol.md, "Media frames"): a binary WebSocket message
// that is not a protocol message. A marker byte no protocol message starts with (they are CBOR
// maps, 0xa0 to 0xbf), the call's handle (from call_accept or call_accepted), then one SFrame
// frame as the sender sealed it (RFC 9605: header, ciphertext, tag). Shared by the server's
// relay and the client's ServerConnection.
namespace MediaFrame {
inline constexpr char marker = 0x00;
inline constexpr qsizetype handleBytes = 4; // big-endian
inline constexpr qsizetype prefixBytes = 1 + handleBytes;

inline bool isMedia(QByteArrayView frame)
{
    return !frame.isEmpty() && frame.front() == marker;
}
QByteArray prefix(quint32 handle);
// prefix(handle) || sframe, in one allocation.
QByteArray encode(quint32 handle, QByteArrayView sframe);
// The handle of a media frame with at least its prefix; nothing when it is shorter.
std::optional<quint32> handleOf(QByteArrayView frame);
} // namespace MediaFrame

} // namespace clinic
