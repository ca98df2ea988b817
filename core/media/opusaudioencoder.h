#pragma once

#include "audioframe.h"
#include "encodedaudiopacket.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

// libopus's encoder state (its C API names it so; ours is OpusAudioEncoder).
struct OpusEncoder;

namespace clinic::media {

struct OpusAudioEncoderConfig
{
    int bitrateKbps = 32; // wide-band speech stays clear from about 24 kbit/s
    int complexity = 5; // 0..10: half of libopus's effort costs little quality for speech
};

// Opus encoding for the call: 48 kHz mono, 20 ms frames, tuned for speech (VOIP), a packet
// every frame (no silence suppression, so a gap in the sequence always means a loss).
// One thread at a time may use it; it may be any thread.
class OpusAudioEncoder
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::OpusAudioEncoder)
public:
    static constexpr int minBitrateKbps = 6;
    static constexpr int maxBitrateKbps = 128;

    [[nodiscard]] static Result<OpusAudioEncoder> create(const OpusAudioEncoderConfig &config = {});

    // The frame must hold AudioFormat::frameSamples samples; the packet keeps its sequence
    // and capture time.
    [[nodiscard]] Result<EncodedAudioPacket> encode(const AudioFrame &frame);
    [[nodiscard]] Result<void> setBitrateKbps(int kbps);
    int bitrateKbps() const { return m_config.bitrateKbps; }

private:
    struct Free
    {
        void operator()(::OpusEncoder *encoder) const;
    };
    OpusAudioEncoder(std::unique_ptr<::OpusEncoder, Free> handle,
                     const OpusAudioEncoderConfig &config);

    std::unique_ptr<::OpusEncoder, Free> m_handle;
    OpusAudioEncoderConfig m_config;
};

} // namespace clinic::media
