#pragma once

#include "encodedvideoframe.h"
#include "util/result.h"
#include "videoframe.h"
#include "vpxcontext.h"

#include <QCoreApplication>

namespace clinic::media {

struct Vp8DecoderConfig
{
    // Bigger pictures are refused before libvpx allocates for them: a hostile key frame
    // may declare up to 16383x16383.
    qint64 maxPixels = 1920 * 1088;
    int threads = 1;
};

// VP8 decoding with libvpx. Damaged input gives an error, never a crash or a broken picture.
// After any loss or damage the decoder waits for a key frame (needsKeyFrame()); until one
// comes, each frame gives ErrorCode::KeyFrameNeeded, telling the caller to ask the sender.
// One thread at a time may use it; it may be any thread, never needing the GUI.
class Vp8Decoder
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::Vp8Decoder)
public:
    [[nodiscard]] static Result<Vp8Decoder> create(const Vp8DecoderConfig &config = {});

    // The picture, carrying the encoded frame's number and capture time. Errors:
    // CorruptMedia (damaged, truncated or refused: wait for a key frame), KeyFrameNeeded
    // (frames before this one were lost) and InvalidArgument (an old frame again: skipped,
    // nothing lost).
    [[nodiscard]] Result<VideoFrame> decode(const EncodedVideoFrame &frame);
    bool needsKeyFrame() const { return m_needsKeyFrame; }

private:
    Vp8Decoder(VpxContext context, const Vp8DecoderConfig &config);
    Result<void> admit(const EncodedVideoFrame &frame, bool keyFrame);
    Result<void> checkKeyFrameHeader(const QByteArray &data);
    Result<VideoFrame> runDecoder(const QByteArray &data);
    Error damaged(const QString &detail);

    VpxContext m_context;
    Vp8DecoderConfig m_config;
    quint32 m_lastSequence = 0;
    bool m_needsKeyFrame = true; // nothing can be decoded before the first key frame
};

} // namespace clinic::media
