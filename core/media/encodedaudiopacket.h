#pragma once

#include <QByteArray>
#include <QMetaType>

namespace clinic::media {

// One Opus packet: 20 ms of sound, with its place in the stream.
struct EncodedAudioPacket
{
    QByteArray data;
    quint32 sequence = 0; // the source frame's sequence; consecutive, so a gap is a loss
    qint64 captureTimeUs = 0;
};

} // namespace clinic::media

Q_DECLARE_METATYPE(clinic::media::EncodedAudioPacket)
