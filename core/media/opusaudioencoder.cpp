#include "opusaudioencoder.h"

#include <opus.h>

using namespace Qt::StringLiterals;

namespace clinic::media {

namespace {

// libopus's largest packet for one frame is 1275 bytes; room to spare.
constexpr int maxPacketBytes = 1500;

Error opusError(const QString &message, int code)
{
    return makeError(ErrorCode::CodecFailed, message, QString::fromUtf8(opus_strerror(code)));
}

bool bitrateInRange(int kbps)
{
    return kbps >= OpusAudioEncoder::minBitrateKbps && kbps <= OpusAudioEncoder::maxBitrateKbps;
}

int configure(::OpusEncoder *encoder, const OpusAudioEncoderConfig &config)
{
    int rc = opus_encoder_ctl(encoder, OPUS_SET_BITRATE(config.bitrateKbps * 1000));
    if (rc == OPUS_OK)
        rc = opus_encoder_ctl(encoder, OPUS_SET_COMPLEXITY(config.complexity));
    if (rc == OPUS_OK)
        rc = opus_encoder_ctl(encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    if (rc == OPUS_OK) // the jitter buffer reads a missing sequence as a loss
        rc = opus_encoder_ctl(encoder, OPUS_SET_DTX(0));
    return rc;
}

} // namespace

void OpusAudioEncoder::Free::operator()(::OpusEncoder *encoder) const
{
    opus_encoder_destroy(encoder);
}

Result<OpusAudioEncoder> OpusAudioEncoder::create(const OpusAudioEncoderConfig &config)
{
    if (!bitrateInRange(config.bitrateKbps) || config.complexity < 0 || config.complexity > 10)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The audio encoder cannot use these settings."),
                         u"bit rate %1 kbit/s, complexity %2"_s.arg(config.bitrateKbps)
                                 .arg(config.complexity));
    int rc = OPUS_OK;
    std::unique_ptr<::OpusEncoder, Free> handle(opus_encoder_create(
            AudioFormat::sampleRate, AudioFormat::channels, OPUS_APPLICATION_VOIP, &rc));
    if (!handle || rc != OPUS_OK)
        return opusError(tr("The audio encoder cannot start."), rc);
    if (const int set = configure(handle.get(), config); set != OPUS_OK)
        return opusError(tr("The audio encoder cannot start."), set);
    return OpusAudioEncoder(std::move(handle), config);
}

OpusAudioEncoder::OpusAudioEncoder(std::unique_ptr<::OpusEncoder, Free> handle,
                                   const OpusAudioEncoderConfig &config)
    : m_handle(std::move(handle)), m_config(config)
{ }

Result<void> OpusAudioEncoder::setBitrateKbps(int kbps)
{
    if (!bitrateInRange(kbps))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The audio encoder cannot use this bit rate."),
                         u"%1 kbit/s"_s.arg(kbps));
    if (const int rc = opus_encoder_ctl(m_handle.get(), OPUS_SET_BITRATE(kbps * 1000));
        rc != OPUS_OK)
        return opusError(tr("The audio encoder refused a new bit rate."), rc);
    m_config.bitrateKbps = kbps;
    return {};
}

Result<EncodedAudioPacket> OpusAudioEncoder::encode(const AudioFrame &frame)
{
    if (frame.samples.size() != AudioFormat::frameSamples)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The sound frame does not have the length the encoder expects."),
                         u"%1 samples"_s.arg(frame.samples.size()));
    EncodedAudioPacket packet;
    packet.data.resize(maxPacketBytes);
    const int written =
            opus_encode(m_handle.get(), frame.samples.constData(), AudioFormat::frameSamples,
                        reinterpret_cast<uchar *>(packet.data.data()), maxPacketBytes);
    if (written < 0)
        return opusError(tr("The audio encoder failed on a frame."), written);
    packet.data.resize(written);
    packet.sequence = frame.sequence;
    packet.captureTimeUs = frame.captureTimeUs;
    return packet;
}

} // namespace clinic::media
