#include "audiojitterbuffer.h"

#include "medialogging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clinic::media {

namespace {

// How far `a` is after `b`, across the 32-bit wrap.
qint32 after(quint32 a, quint32 b)
{
    return qint32(a - b);
}

int framesFor(int delayMs)
{
    return (delayMs + AudioFormat::frameMs - 1) / AudioFormat::frameMs;
}

bool validConfig(const AudioJitterBufferConfig &c)
{
    const int most = (AudioJitterBuffer::capacity / 2) * AudioFormat::frameMs;
    return c.minDelayMs >= AudioFormat::frameMs && c.minDelayMs <= c.targetDelayMs
            && c.targetDelayMs <= c.maxDelayMs && c.maxDelayMs <= most;
}

} // namespace

Result<AudioJitterBuffer> AudioJitterBuffer::create(const AudioJitterBufferConfig &config)
{
    if (!validConfig(config))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The sound buffer cannot use these delays."),
                         u"min %1 ms, target %2 ms, max %3 ms"_s.arg(config.minDelayMs)
                                 .arg(config.targetDelayMs)
                                 .arg(config.maxDelayMs));
    auto decoder = OpusAudioDecoder::create();
    if (!decoder)
        return decoder.error();
    return AudioJitterBuffer(std::move(decoder).value(), config);
}

AudioJitterBuffer::AudioJitterBuffer(OpusAudioDecoder decoder,
                                     const AudioJitterBufferConfig &config)
    : m_decoder(std::move(decoder)), m_config(config), m_slots(capacity),
      m_targetDelayMs(config.targetDelayMs)
{ }

AudioJitterBuffer::Arrival AudioJitterBuffer::insert(const EncodedAudioPacket &packet,
                                                     qint64 arrivalUs)
{
    if (packet.data.isEmpty() || packet.data.size() > maxPacketBytes) {
        ++m_stats.damaged;
        return Arrival::Refused;
    }
    if (!m_hasStream) {
        startStream(packet, arrivalUs);
        return Arrival::Queued;
    }
    noteTransit(arrivalUs - packet.captureTimeUs);
    const qint32 ahead = after(packet.sequence, m_next);
    if (ahead < 0)
        return insertBehind(packet, arrivalUs);
    if (ahead >= 2 * capacity) {
        // Far beyond what the buffer could hold: the sender's timeline jumped (it restarted,
        // or the link was down for seconds). Start over rather than conceal the whole gap.
        reset();
        startStream(packet, arrivalUs);
        return Arrival::Queued;
    }
    // Just beyond: the oldest make room (nobody is playing, or the sender ran ahead).
    while (after(packet.sequence, m_next) >= capacity)
        skipOldest();
    return store(packet);
}

// Before its turn; but before playing starts, an early packet may simply have come second.
AudioJitterBuffer::Arrival AudioJitterBuffer::insertBehind(const EncodedAudioPacket &packet,
                                                           qint64 arrivalUs)
{
    const qint32 behind = -after(packet.sequence, m_next);
    if (!m_playing && after(m_newest, packet.sequence) < capacity) {
        m_next = packet.sequence;
        return store(packet);
    }
    if (behind > capacity) {
        reset();
        startStream(packet, arrivalUs);
        return Arrival::Queued;
    }
    static_assert(capacity <= 64, "the history of played turns is 64 bits");
    if ((m_playedHistory >> (behind - 1)) & 1u) {
        ++m_stats.duplicates;
        return Arrival::Duplicate;
    }
    ++m_stats.late;
    return Arrival::Late;
}

AudioJitterBuffer::Arrival AudioJitterBuffer::store(const EncodedAudioPacket &packet)
{
    Slot &s = slot(packet.sequence);
    if (s.filled && s.sequence == packet.sequence) {
        ++m_stats.duplicates;
        return Arrival::Duplicate;
    }
    s = Slot { true, packet.sequence, packet.captureTimeUs, packet.data };
    if (after(packet.sequence, m_newest) > 0)
        m_newest = packet.sequence;
    ++m_stats.received;
    return Arrival::Queued;
}

void AudioJitterBuffer::startStream(const EncodedAudioPacket &packet, qint64 arrivalUs)
{
    m_hasStream = true;
    m_next = m_newest = packet.sequence;
    m_firstArrivalUs = arrivalUs;
    m_nextCaptureUs = packet.captureTimeUs;
    noteTransit(arrivalUs - packet.captureTimeUs);
    (void)store(packet);
}

void AudioJitterBuffer::reset()
{
    qCDebug(lcMedia) << "audio stream jumped; buffering again";
    for (Slot &s : m_slots)
        s = Slot {};
    m_hasStream = false;
    m_playing = false;
    m_playedHistory = 0;
    m_transitCount = 0;
    m_transitNext = 0;
    m_targetDelayMs = m_config.targetDelayMs;
    ++m_stats.resets;
}

// The sender's and our clocks differ by an unknown offset, but the spread of the transit
// times is the jitter: delaying by it (and a frame, for the phase of our pulls) lets nearly
// every packet make its turn.
void AudioJitterBuffer::noteTransit(qint64 transitUs)
{
    m_transits[size_t(m_transitNext)] = transitUs;
    m_transitNext = (m_transitNext + 1) % jitterWindow;
    m_transitCount = std::min(m_transitCount + 1, jitterWindow);
    if (!m_config.adaptive)
        return;
    const auto end = m_transits.begin() + m_transitCount;
    const auto [low, high] = std::minmax_element(m_transits.begin(), end);
    const auto jitterMs = int((*high - *low + 999) / 1000);
    const int wanted = (framesFor(jitterMs) + 1) * AudioFormat::frameMs;
    m_targetDelayMs = std::clamp(wanted, m_config.minDelayMs, m_config.maxDelayMs);
}

int AudioJitterBuffer::framesAhead() const
{
    return m_hasStream ? std::max(0, after(m_newest, m_next) + 1) : 0;
}

int AudioJitterBuffer::bufferedMs() const
{
    return framesAhead() * AudioFormat::frameMs;
}

AudioPlayout AudioJitterBuffer::pull(qint64 nowUs)
{
    if (!m_playing) {
        if (!m_hasStream || nowUs < m_firstArrivalUs + qint64(m_targetDelayMs) * 1000) {
            AudioPlayout silence;
            silence.frame.samples.fill(0, AudioFormat::frameSamples);
            return silence;
        }
        m_playing = true;
    }
    trimExcess();
    return playNext();
}

// More waiting than the target (jitter went down, or a burst came): skip the oldest so the
// conversation does not lag. Two frames of slack keep it from skipping on every wobble.
void AudioJitterBuffer::trimExcess()
{
    const int wanted = framesFor(m_targetDelayMs) + 1;
    if (framesAhead() <= wanted + 1)
        return;
    while (framesAhead() > wanted)
        skipOldest();
}

// Gives up the next turn without playing it.
void AudioJitterBuffer::skipOldest()
{
    Slot &s = slot(m_next);
    const bool received = s.filled && s.sequence == m_next;
    if (received) {
        ++m_stats.dropped;
        m_nextCaptureUs = s.captureTimeUs;
    } else {
        ++m_stats.lost;
    }
    m_nextCaptureUs += AudioFormat::frameUs;
    s = Slot {};
    advance(received);
}

void AudioJitterBuffer::advance(bool received)
{
    m_playedHistory = (m_playedHistory << 1) | (received ? 1u : 0u);
    ++m_next;
}

AudioPlayout AudioJitterBuffer::playNext()
{
    Slot &s = slot(m_next);
    if (!s.filled) {
        // Nothing newer either: the buffer ran dry. Conceal without using up the turn, so
        // the delay grows by 20 ms and the packet may still come.
        const bool dry = after(m_newest, m_next) < 0;
        if (dry)
            ++m_stats.underruns;
        else
            ++m_stats.lost;
        return conceal(!dry);
    }
    const EncodedAudioPacket packet { s.data, s.sequence, s.captureTimeUs };
    s = Slot {};
    m_nextCaptureUs = packet.captureTimeUs + AudioFormat::frameUs;
    auto decoded = m_decoder.decode(packet);
    advance(true);
    if (!decoded) {
        ++m_stats.damaged;
        ++m_stats.concealed;
        return { AudioPlayout::Kind::Concealed,
                 m_decoder.conceal(packet.sequence, packet.captureTimeUs) };
    }
    ++m_stats.played;
    return { AudioPlayout::Kind::Decoded, std::move(decoded).value() };
}

AudioPlayout AudioJitterBuffer::conceal(bool advancing)
{
    ++m_stats.concealed;
    AudioPlayout playout { AudioPlayout::Kind::Concealed,
                           m_decoder.conceal(m_next, m_nextCaptureUs) };
    if (advancing) {
        m_nextCaptureUs += AudioFormat::frameUs;
        advance(false);
    }
    return playout;
}

} // namespace clinic::media
