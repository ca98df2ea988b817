#include "callpayload.h"

#include <QtEndian>

namespace clinic::media {

namespace {

constexpr quint8 knownFlags = CallPayload::KeyFrame | CallPayload::Muted;

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

} // namespace

// version (1) | kind (1) | flags (1) | sequence (4) | frame number (4) | time in µs (8) | body
QByteArray CallPayload::encode() const
{
    QByteArray out;
    out.reserve(headerBytes + body.size());
    out.append(char(version));
    out.append(char(kind));
    out.append(char(flags));
    append<quint32>(out, sequence);
    append<quint32>(out, frameNumber);
    append<qint64>(out, timeUs);
    out.append(body);
    return out;
}

std::optional<CallPayload> CallPayload::parse(QByteArrayView bytes)
{
    if (bytes.size() < headerBytes || quint8(bytes[0]) != version)
        return std::nullopt;
    const auto kind = quint8(bytes[1]);
    const auto flags = quint8(bytes[2]);
    if (kind < quint8(Kind::Audio) || kind > quint8(Kind::Control) || (flags & ~knownFlags) != 0)
        return std::nullopt;
    CallPayload payload;
    payload.kind = Kind(kind);
    payload.flags = flags;
    payload.sequence = qFromBigEndian<quint32>(bytes.data() + 3);
    payload.frameNumber = qFromBigEndian<quint32>(bytes.data() + 7);
    payload.timeUs = qFromBigEndian<qint64>(bytes.data() + 11);
    payload.body = bytes.sliced(headerBytes).toByteArray();
    return payload;
}

} // namespace clinic::media
