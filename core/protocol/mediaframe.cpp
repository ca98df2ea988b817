#include "mediaframe.h"

#include <QtEndian>

#include <cstring>

namespace clinic {

QByteArray MediaFrame::prefix(quint32 handle)
{
    return encode(handle, {});
}

QByteArray MediaFrame::encode(quint32 handle, QByteArrayView sframe)
{
    QByteArray bytes(prefixBytes + sframe.size(), Qt::Uninitialized);
    bytes[0] = marker;
    qToBigEndian(handle, bytes.data() + 1);
    if (!sframe.isEmpty())
        std::memcpy(bytes.data() + prefixBytes, sframe.data(), size_t(sframe.size()));
    return bytes;
}

std::optional<quint32> MediaFrame::handleOf(QByteArrayView frame)
{
    if (frame.size() < prefixBytes || !isMedia(frame))
        return std::nullopt;
    return qFromBigEndian<quint32>(frame.data() + 1);
}

} // namespace clinic
