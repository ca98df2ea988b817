#pragma once

#include "audioframe.h"
#include "encodedaudiopacket.h"
#include "opusaudiodecoder.h"
#include "util/result.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace clinic::media {

struct AudioJitterBufferConfig
{
    int targetDelayMs = 60; // the delay to start with, and always when not adaptive
    // Adaptive: the delay follows the arrival jitter of the last two seconds, within bounds.
    bool adaptive = true;
    int minDelayMs = 40;
    int maxDelayMs = 200;
};

struct AudioJitterStats
{
    quint64 received = 0; // packets queued for playing
    quint64 played = 0; // 20 ms decoded from a packet
    quint64 concealed = 0; // 20 ms made up by the decoder (lost, damaged, or nothing yet)
    quint64 lost = 0; // packets that had not come when their turn came
    quint64 late = 0; // packets that came after their turn (also counted in lost)
    quint64 duplicates = 0; // packets that came again
    quint64 dropped = 0; // packets thrown away to bring the delay down or to make room
    quint64 damaged = 0; // packets refused as malformed or unreadable (concealed instead)
    quint64 underruns = 0; // turns with nothing to play: the delay grew by 20 ms
    quint64 resets = 0; // the stream jumped by seconds (the sender restarted): buffering again
};

// What to play for the next 20 ms.
struct AudioPlayout
{
    enum class Kind {
        Silence, // nothing to play yet: buffering
        Decoded, // from its packet
        Concealed, // made up by packet-loss concealment
    };
    Kind kind = Kind::Silence;
    AudioFrame frame; // always AudioFormat::frameSamples samples
};

// The receiving side of the call's sound. Packets come in any order, some twice, some never;
// the sound goes out in order, 20 ms at a time, a little delayed so late packets still make
// it. Pure logic: the caller passes the times in (arrival, playout) from its own clock. Holds
// at most `capacity` packets. One thread at a time may use it.
class AudioJitterBuffer
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::AudioJitterBuffer)
public:
    static constexpr int capacity = 64; // 1.28 s; a power of two, so sequences wrap cleanly
    static constexpr int maxPacketBytes = 1500;

    enum class Arrival { Queued, Duplicate, Late, Refused };

    [[nodiscard]] static Result<AudioJitterBuffer>
    create(const AudioJitterBufferConfig &config = {});

    Arrival insert(const EncodedAudioPacket &packet, qint64 arrivalUs);
    // Call every 20 ms, when the sound output wants more.
    AudioPlayout pull(qint64 nowUs);

    const AudioJitterStats &stats() const { return m_stats; }
    int targetDelayMs() const { return m_targetDelayMs; }
    // How much sound is waiting, from the next turn to the newest packet.
    int bufferedMs() const;

private:
    struct Slot
    {
        bool filled = false;
        quint32 sequence = 0;
        qint64 captureTimeUs = 0;
        QByteArray data;
    };
    static constexpr int jitterWindow = 100; // arrivals: two seconds of packets

    AudioJitterBuffer(OpusAudioDecoder decoder, const AudioJitterBufferConfig &config);
    Slot &slot(quint32 sequence) { return m_slots[sequence % capacity]; }
    Arrival insertBehind(const EncodedAudioPacket &packet, qint64 arrivalUs);
    Arrival store(const EncodedAudioPacket &packet);
    void startStream(const EncodedAudioPacket &packet, qint64 arrivalUs);
    void reset();
    void noteTransit(qint64 transitUs);
    int framesAhead() const;
    void trimExcess();
    void skipOldest();
    void advance(bool received);
    AudioPlayout playNext();
    AudioPlayout conceal(bool advancing);

    OpusAudioDecoder m_decoder;
    AudioJitterBufferConfig m_config;
    std::vector<Slot> m_slots;
    AudioJitterStats m_stats;
    bool m_hasStream = false;
    bool m_playing = false;
    quint32 m_next = 0; // the sequence whose turn is next
    quint32 m_newest = 0; // the newest sequence queued
    quint64 m_playedHistory = 0; // bit i: the packet of turn m_next - 1 - i had come
    qint64 m_firstArrivalUs = 0;
    qint64 m_nextCaptureUs = 0; // the capture time a concealed turn stands for
    std::array<qint64, jitterWindow> m_transits {};
    int m_transitCount = 0; // how many of m_transits hold a value
    int m_transitNext = 0; // where the next one goes
    int m_targetDelayMs = 0;
};

} // namespace clinic::media
