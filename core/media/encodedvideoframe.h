#pragma once

#include <QByteArray>
#include <QMetaType>

namespace clinic::media {

// One VP8 frame as the encoder made it, with what the receiver needs to place it.
struct EncodedVideoFrame
{
    QByteArray data; // the VP8 bitstream of one frame
    // Counted by the encoder, one per frame it made: a gap at the decoder means frames were
    // lost on the way. The source's frame numbers may skip (frames dropped before coding, or
    // skipped by the rate control), which loses nothing.
    quint32 sequence = 0;
    quint32 frameNumber = 0; // the source frame's number
    qint64 captureTimeUs = 0; // the source frame's capture time
    bool keyFrame = false; // decodable on its own; the others need every frame since the last
};

} // namespace clinic::media

Q_DECLARE_METATYPE(clinic::media::EncodedVideoFrame)
