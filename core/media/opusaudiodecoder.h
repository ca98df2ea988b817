#pragma once

#include "audioframe.h"
#include "encodedaudiopacket.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

// libopus's decoder state (its C API names it so; ours is OpusAudioDecoder).
struct OpusDecoder;

namespace clinic::media {

// Opus decoding for the call: 48 kHz mono, 20 ms per packet. A lost packet is replaced by
// libopus's packet-loss concealment, which continues the sound instead of leaving a click.
// One thread at a time may use it; it may be any thread.
class OpusAudioDecoder
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::OpusAudioDecoder)
public:
    [[nodiscard]] static Result<OpusAudioDecoder> create();

    // 20 ms of sound with the packet's sequence and capture time, or CorruptMedia for a
    // packet that is damaged or not 20 ms long (conceal() it instead).
    [[nodiscard]] Result<AudioFrame> decode(const EncodedAudioPacket &packet);
    // 20 ms that stand in for a packet that never came.
    AudioFrame conceal(quint32 sequence, qint64 captureTimeUs);

private:
    struct Free
    {
        void operator()(::OpusDecoder *decoder) const;
    };
    explicit OpusAudioDecoder(std::unique_ptr<::OpusDecoder, Free> handle);

    std::unique_ptr<::OpusDecoder, Free> m_handle;
};

} // namespace clinic::media
