#include "opusaudiodecoder.h"

#include <opus.h>

using namespace Qt::StringLiterals;

namespace clinic::media {

void OpusAudioDecoder::Free::operator()(::OpusDecoder *decoder) const
{
    opus_decoder_destroy(decoder);
}

Result<OpusAudioDecoder> OpusAudioDecoder::create()
{
    int rc = OPUS_OK;
    std::unique_ptr<::OpusDecoder, Free> handle(
            opus_decoder_create(AudioFormat::sampleRate, AudioFormat::channels, &rc));
    if (!handle || rc != OPUS_OK)
        return makeError(ErrorCode::CodecFailed, tr("The audio decoder cannot start."),
                         QString::fromUtf8(opus_strerror(rc)));
    return OpusAudioDecoder(std::move(handle));
}

OpusAudioDecoder::OpusAudioDecoder(std::unique_ptr<::OpusDecoder, Free> handle)
    : m_handle(std::move(handle))
{ }

Result<AudioFrame> OpusAudioDecoder::decode(const EncodedAudioPacket &packet)
{
    const auto *data = reinterpret_cast<const uchar *>(packet.data.constData());
    const auto size = opus_int32(packet.data.size());
    // Checked first: a longer packet would not fit the frame, and an empty one means "lost".
    const int duration = size > 0 ? opus_decoder_get_nb_samples(m_handle.get(), data, size)
                                  : OPUS_INVALID_PACKET;
    if (duration != AudioFormat::frameSamples)
        return makeError(ErrorCode::CorruptMedia, tr("A sound packet was damaged and skipped."),
                         duration < 0 ? QString::fromUtf8(opus_strerror(duration))
                                      : u"%1 samples, not 20 ms"_s.arg(duration));
    AudioFrame frame;
    frame.samples.resize(AudioFormat::frameSamples);
    const int decoded = opus_decode(m_handle.get(), data, size, frame.samples.data(),
                                    AudioFormat::frameSamples, 0);
    if (decoded != AudioFormat::frameSamples)
        return makeError(ErrorCode::CorruptMedia, tr("A sound packet was damaged and skipped."),
                         decoded < 0 ? QString::fromUtf8(opus_strerror(decoded))
                                     : u"%1 samples decoded"_s.arg(decoded));
    frame.sequence = packet.sequence;
    frame.captureTimeUs = packet.captureTimeUs;
    return frame;
}

AudioFrame OpusAudioDecoder::conceal(quint32 sequence, qint64 captureTimeUs)
{
    AudioFrame frame;
    frame.samples.resize(AudioFormat::frameSamples);
    // No packet: libopus extrapolates from what it decoded last (silence if nothing yet).
    const int decoded = opus_decode(m_handle.get(), nullptr, 0, frame.samples.data(),
                                    AudioFormat::frameSamples, 0);
    if (decoded != AudioFormat::frameSamples)
        frame.samples.fill(0);
    frame.sequence = sequence;
    frame.captureTimeUs = captureTimeUs;
    return frame;
}

} // namespace clinic::media
