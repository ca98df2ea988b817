#include "callcontrol.h"

#include <QtEndian>

namespace clinic::media {

QByteArray CallControl::encode() const
{
    QByteArray out(bytes, '\0');
    char *p = out.data();
    p[0] = char(type);
    qToBigEndian(id, p + 1);
    qToBigEndian(echoedUs, p + 5);
    qToBigEndian(lossPermille, p + 13);
    p[15] = char(state);
    return out;
}

std::optional<CallControl> CallControl::parse(QByteArrayView in)
{
    if (in.size() != bytes)
        return std::nullopt;
    const auto type = quint8(in[0]);
    const auto state = quint8(in[15]);
    if (type < quint8(Type::KeyFrameRequest) || type > quint8(Type::MediaState)
        || (state & ~(CameraOn | Muted)) != 0)
        return std::nullopt;
    CallControl control;
    control.type = Type(type);
    control.id = qFromBigEndian<quint32>(in.data() + 1);
    control.echoedUs = qFromBigEndian<qint64>(in.data() + 5);
    control.lossPermille = qFromBigEndian<quint16>(in.data() + 13);
    control.state = state;
    return control;
}

} // namespace clinic::media
