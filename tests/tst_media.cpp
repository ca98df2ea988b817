// The call's media without a camera or microphone: VP8 and Opus round trips, damaged input,
// the audio jitter buffer, and the synthetic sources that stand in for the devices.

#include "manualclock.h"
#include "media/audiojitterbuffer.h"
#include "media/framestamp.h"
#include "media/mediaquality.h"
#include "media/opusaudiodecoder.h"
#include "media/opusaudioencoder.h"
#include "media/synthetictonesource.h"
#include "media/syntheticvideosource.h"
#include "media/testpattern.h"
#include "media/tonegenerator.h"
#include "media/vp8decoder.h"
#include "media/vp8encoder.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace clinic;
using namespace clinic::media;
using namespace Qt::StringLiterals;

namespace {

constexpr int width = 640;
constexpr int height = 480;
constexpr qint64 startUs = 1795000000000000; // capture times: Unix microseconds
constexpr qint64 frameUs = 1000000 / 30;

VideoFrame sourceFrame(quint32 n)
{
    return TestPattern::render(width, height, n, startUs + n * frameUs);
}

Vp8Encoder makeEncoder(const Vp8EncoderConfig &config = {})
{
    auto encoder = Vp8Encoder::create(config);
    if (!encoder)
        qFatal("VP8 encoder: %s", qPrintable(encoder.error().fullText()));
    return std::move(encoder).value();
}

Vp8Decoder makeDecoder()
{
    auto decoder = Vp8Decoder::create();
    if (!decoder)
        qFatal("VP8 decoder: %s", qPrintable(decoder.error().fullText()));
    return std::move(decoder).value();
}

// Encodes a frame the rate control has room for (all of them at the default bit rate).
EncodedVideoFrame encodeOrFail(Vp8Encoder &encoder, const VideoFrame &frame)
{
    auto encoded = encoder.encode(frame);
    if (!encoded)
        qFatal("VP8 encode: %s", qPrintable(encoded.error().fullText()));
    if (!encoded->has_value())
        qFatal("VP8 encode: frame %u skipped", frame.frameNumber);
    return **encoded;
}

// Luma PSNR in dB; -1 when the frames cannot be compared (a size changed on the way).
double lumaPsnr(const VideoFrame &sent, const VideoFrame &received)
{
    const auto psnr = MediaQuality::psnr(sent, received);
    return psnr ? psnr->luma : -1;
}

// The frame number stamped in the picture; -1 when it cannot be read.
qint64 stampedNumber(const VideoFrame &frame)
{
    const auto stamp = FrameStamp::read(frame);
    return stamp ? qint64(stamp->frameNumber) : -1;
}

AudioFrame toneFrame(ToneGenerator &tone, quint32 sequence)
{
    return AudioFrame { tone.next(), sequence, startUs + sequence * AudioFormat::frameUs };
}

// Opus packets of a 440 Hz tone, sequences 0..count-1.
QList<EncodedAudioPacket> tonePackets(int count)
{
    auto encoder = OpusAudioEncoder::create();
    if (!encoder)
        qFatal("Opus encoder: %s", qPrintable(encoder.error().fullText()));
    ToneGenerator tone(440.0);
    QList<EncodedAudioPacket> packets;
    for (int i = 0; i < count; ++i) {
        auto packet = encoder->encode(toneFrame(tone, quint32(i)));
        if (!packet)
            qFatal("Opus encode: %s", qPrintable(packet.error().fullText()));
        packets << *packet;
    }
    return packets;
}

AudioJitterBuffer makeJitterBuffer(const AudioJitterBufferConfig &config)
{
    auto buffer = AudioJitterBuffer::create(config);
    if (!buffer)
        qFatal("jitter buffer: %s", qPrintable(buffer.error().fullText()));
    return std::move(buffer).value();
}

// A packet on the wire: when it reaches the receiver.
struct Delivery
{
    qint64 atUs;
    EncodedAudioPacket packet;
};

// Feeds the deliveries in time order and pulls 20 ms every 20 ms from time 0 until `untilUs`;
// returns what was played, in order.
QList<AudioPlayout> play(AudioJitterBuffer &buffer, QList<Delivery> deliveries, qint64 untilUs)
{
    std::stable_sort(deliveries.begin(), deliveries.end(),
                     [](const Delivery &a, const Delivery &b) { return a.atUs < b.atUs; });
    QList<AudioPlayout> played;
    qsizetype next = 0;
    for (qint64 now = 0; now <= untilUs; now += AudioFormat::frameUs) {
        for (; next < deliveries.size() && deliveries[next].atUs <= now; ++next)
            (void)buffer.insert(deliveries[next].packet, deliveries[next].atUs);
        played << buffer.pull(now);
    }
    return played;
}

QList<qint16> samplesOf(const QList<AudioPlayout> &played)
{
    QList<qint16> samples;
    for (const AudioPlayout &p : played)
        samples << p.frame.samples;
    return samples;
}

// A packet's capture time on the receiver's clock, which starts at 0 with the first packet.
qint64 sentAtUs(int sequence)
{
    return qint64(sequence) * AudioFormat::frameUs;
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private slots:
    void psnrMeasuresTheDifference();
    void frameStampReadsBackExactly();
    void videoRoundTripKeepsPictureAndStamp();
    void bitrateChangesWhileRunning();
    void jitteryCaptureTimesKeepTheBitRate();
    void encoderRefusesBadInput();
    void decoderRefusesDamageAndRecoversOnKeyFrame();
    void decoderSurvivesMutatedFrames();
    void toneDetectorFindsTheFrequency();
    void opusRoundTripKeepsTheTone();
    void opusDecoderRefusesDamageAndConceals();
    void jitterBufferReordersAndConceals();
    void jitterBufferAdaptsAndStaysBounded();
    void jitterBufferRefusesAndRestarts();
    void toneSurvivesLossThroughJitterBuffer();
    void syntheticVideoFollowsTheClock();
    void syntheticToneFollowsTheClock();
};

void TestMedia::psnrMeasuresTheDifference()
{
    const VideoFrame a = sourceFrame(7);
    QVERIFY(std::isinf(lumaPsnr(a, a)));
    VideoFrame b = a;
    b.data.detach();
    for (qsizetype i = 0; i < qsizetype(width) * height; ++i)
        b.plane(0)[i] = uchar(a.plane(0)[i] < 128 ? a.plane(0)[i] + 2 : a.plane(0)[i] - 2);
    const auto psnr = MediaQuality::psnr(a, b);
    QVERIFY(psnr);
    // Every luma sample off by 2: MSE 4, so 10 log10(255^2 / 4).
    QVERIFY(qAbs(psnr->luma - 10 * std::log10(255.0 * 255.0 / 4)) < 1e-9);
    QVERIFY(psnr->all > psnr->luma); // the chroma planes are untouched
    QVERIFY(!MediaQuality::psnr(a, TestPattern::render(320, 240, 7, 0)));
}

void TestMedia::frameStampReadsBackExactly()
{
    VideoFrame frame = TestPattern::render(width, height, 0xfedcba98u, startUs + 123456789);
    const auto stamp = FrameStamp::read(frame);
    QVERIFY(stamp);
    QCOMPARE(stamp->frameNumber, 0xfedcba98u);
    QCOMPARE(stamp->captureTimeUs, startUs + 123456789);
    // One block flipped: the checksum refuses the stamp rather than misreading it.
    for (int row = 0; row < FrameStamp::blockSize; ++row)
        for (int col = 0; col < FrameStamp::blockSize; ++col) {
            uchar &pixel = frame.plane(0)[qsizetype(row) * width + 3 * FrameStamp::blockSize + col];
            pixel = uchar(255 - pixel);
        }
    QVERIFY(!FrameStamp::read(frame));
    QCOMPARE(FrameStamp::bandHeight(64), 0); // too narrow to carry one
}

void TestMedia::videoRoundTripKeepsPictureAndStamp()
{
    Vp8Encoder encoder = makeEncoder();
    Vp8Decoder decoder = makeDecoder();
    constexpr int frames = 90; // three seconds at 30 fps
    double lowest = 1e9, sum = 0;
    qint64 bytes = 0;
    for (quint32 n = 0; n < frames; ++n) {
        const VideoFrame sent = sourceFrame(n);
        const EncodedVideoFrame encoded = encodeOrFail(encoder, sent);
        QCOMPARE(encoded.keyFrame, n == 0);
        QCOMPARE(encoded.frameNumber, n);
        QCOMPARE(encoded.captureTimeUs, sent.captureTimeUs);
        bytes += encoded.data.size();
        auto received = decoder.decode(encoded);
        QVERIFY2(received, qPrintable(received ? QString() : received.error().fullText()));
        QCOMPARE(received->frameNumber, n);
        QCOMPARE(received->captureTimeUs, sent.captureTimeUs);
        const auto stamp = FrameStamp::read(*received);
        QVERIFY2(stamp, qPrintable(u"frame %1: stamp unreadable"_s.arg(n)));
        QCOMPARE(stamp->frameNumber, n);
        QCOMPARE(stamp->captureTimeUs, sent.captureTimeUs);
        const double psnr = lumaPsnr(sent, *received);
        QVERIFY2(psnr > 30, qPrintable(u"frame %1: %2 dB"_s.arg(n).arg(psnr)));
        lowest = std::min(lowest, psnr);
        sum += psnr;
    }
    const double kbps = bytes * 8.0 / (frames / 30.0) / 1000.0;
    qInfo("VP8 640x480 at %d kbit/s: PSNR mean %.2f dB, lowest %.2f dB; %.0f kbit/s sent",
          encoder.bitrateKbps(), sum / frames, lowest, kbps);
    // Constant bit rate: what went out is near the target (the first key frame included).
    QVERIFY2(kbps > 0.5 * encoder.bitrateKbps() && kbps < 1.5 * encoder.bitrateKbps(),
             qPrintable(u"%1 kbit/s"_s.arg(kbps)));
}

void TestMedia::bitrateChangesWhileRunning()
{
    Vp8Encoder encoder = makeEncoder();
    Vp8Decoder decoder = makeDecoder();
    int skipped = 0;
    double lowestPsnr = 1e9;
    // Codes source frames [from, to) and decodes what comes out; the bit rate they made.
    auto kbpsOver = [&](quint32 from, quint32 to) {
        qint64 bytes = 0;
        for (quint32 n = from; n < to; ++n) {
            const VideoFrame sent = sourceFrame(n);
            auto encoded = encoder.encode(sent);
            if (!encoded)
                qFatal("frame %u: %s", n, qPrintable(encoded.error().fullText()));
            if (!encoded->has_value()) {
                ++skipped;
                continue;
            }
            bytes += (*encoded)->data.size();
            auto received = decoder.decode(**encoded);
            if (!received || stampedNumber(*received) != n)
                qFatal("frame %u did not come through", n);
            lowestPsnr = std::min(lowestPsnr, lumaPsnr(sent, *received));
        }
        return bytes * 8.0 / ((to - from) / 30.0) / 1000.0;
    };
    (void)kbpsOver(0, 30); // past the key frame, into the steady state
    const double before = kbpsOver(30, 90);
    QCOMPARE(skipped, 0);
    QVERIFY(encoder.setBitrateKbps(200));
    QCOMPARE(encoder.bitrateKbps(), 200);
    (void)kbpsOver(90, 120); // the rate control's buffer drains
    lowestPsnr = 1e9;
    const double after = kbpsOver(120, 240);
    qInfo("VP8 cut from 800 to 200 kbit/s while running: %.0f -> %.0f kbit/s sent, %d frames "
          "skipped, lowest PSNR after the cut %.2f dB",
          before, after, skipped, lowestPsnr);
    QVERIFY2(before > 600 && before < 1000, qPrintable(u"%1"_s.arg(before)));
    QVERIFY2(after > 100 && after < 300, qPrintable(u"%1"_s.arg(after)));
    QVERIFY(!decoder.needsKeyFrame()); // skipped frames are not lost frames

    const auto refused = encoder.setBitrateKbps(Vp8Encoder::minBitrateKbps - 1);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(encoder.bitrateKbps(), 200);
}

// A live source's times are not a perfect 1/30 s apart: the synthetic camera's timer ticks
// every 16 ms, so its frames leave 32 or 48 ms apart, and a busy thread delays some more. The
// bit rate must still hold its target (libvpx took such gaps for a changing frame rate and
// overshot by a third, or by half when two frames came 1 µs apart in its eyes).
void TestMedia::jitteryCaptureTimesKeepTheBitRate()
{
    Vp8Encoder encoder = makeEncoder();
    constexpr int frames = 240;
    qint64 bytes = 0;
    for (quint32 n = 0; n < frames; ++n) {
        const qint64 dueUs = n * frameUs;
        // The first tick after it was due; every seventh frame waits 18 ms more (the thread
        // was busy), which puts it closer to the next frame's time than to its own.
        const qint64 tickUs = (dueUs / 16000 + 1) * 16000 + (n % 7 == 3 ? 18000 : 0);
        bytes += encodeOrFail(encoder, TestPattern::render(width, height, n, startUs + tickUs))
                         .data.size();
    }
    const double kbps = bytes * 8.0 / (frames / 30.0) / 1000.0;
    qInfo("VP8 at 800 kbit/s with capture times on a 16 ms tick, some late: %.0f kbit/s sent",
          kbps);
    QVERIFY2(kbps > 0.8 * encoder.bitrateKbps() && kbps < 1.15 * encoder.bitrateKbps(),
             qPrintable(u"%1 kbit/s"_s.arg(kbps)));
}

void TestMedia::encoderRefusesBadInput()
{
    Vp8EncoderConfig tiny;
    tiny.width = 0;
    const auto refused = Vp8Encoder::create(tiny);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!refused.error().message.isEmpty());

    Vp8Encoder encoder = makeEncoder();
    const auto wrongSize = encoder.encode(TestPattern::render(320, 240, 0, startUs));
    QVERIFY(!wrongSize);
    QCOMPARE(wrongSize.error().code, ErrorCode::InvalidArgument);
    VideoFrame broken = sourceFrame(0);
    broken.data.chop(1);
    QVERIFY(!encoder.encode(broken));
}

void TestMedia::decoderRefusesDamageAndRecoversOnKeyFrame()
{
    Vp8Encoder encoder = makeEncoder();
    Vp8Decoder decoder = makeDecoder();
    QVERIFY(decoder.needsKeyFrame());

    // Garbage, before any key frame: refused with a reason, as a key frame or as not.
    QByteArray garbage(2000, '\0');
    QRandomGenerator random(13);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    garbage[0] = char(uchar(garbage[0]) & 0xfe);
    auto result = decoder.decode({ garbage, 0, 0, 0, true });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::CorruptMedia);
    QVERIFY(!result.error().message.isEmpty());
    garbage[0] = char(uchar(garbage[0]) | 0x01);
    result = decoder.decode({ garbage, 1, 0, 0, false });
    QCOMPARE(result.error().code, ErrorCode::KeyFrameNeeded);
    QCOMPARE(decoder.decode({ QByteArray(), 2, 0, 0, true }).error().code, ErrorCode::CorruptMedia);
    // A well-formed key frame header declaring a 16383x16383 picture: refused up front.
    const QByteArray huge = QByteArray::fromHex("5004009d012aff3fff3f") + QByteArray(64, '\x55');
    QCOMPARE(decoder.decode({ huge, 3, 0, 0, true }).error().code, ErrorCode::CorruptMedia);

    QList<EncodedVideoFrame> stream;
    for (quint32 n = 0; n < 8; ++n)
        stream << encodeOrFail(encoder, sourceFrame(n));
    // A truncated key frame is refused too.
    EncodedVideoFrame cut = stream[0];
    cut.data.truncate(cut.data.size() / 2);
    QCOMPARE(decoder.decode(cut).error().code, ErrorCode::CorruptMedia);
    for (int n = 0; n < 4; ++n)
        QVERIFY(decoder.decode(stream[n]));
    QCOMPARE(decoder.decode(stream[3]).error().code, ErrorCode::InvalidArgument); // again
    QVERIFY(!decoder.needsKeyFrame()); // an old frame again loses nothing

    // A truncated frame: refused, and the frames after it cannot be shown.
    cut = stream[4];
    cut.data.truncate(cut.data.size() * 2 / 3);
    result = decoder.decode(cut);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::CorruptMedia);
    QVERIFY(decoder.needsKeyFrame());
    QCOMPARE(decoder.decode(stream[5]).error().code, ErrorCode::KeyFrameNeeded);

    // The receiver asks; the sender's next frame is a key frame and the picture is back.
    encoder.requestKeyFrame();
    const VideoFrame sent = sourceFrame(8);
    const EncodedVideoFrame key = encodeOrFail(encoder, sent);
    QVERIFY(key.keyFrame);
    result = decoder.decode(key);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QVERIFY(!decoder.needsKeyFrame());
    QVERIFY(lumaPsnr(sent, *result) > 30);
    QCOMPARE(stampedNumber(*result), qint64(8));
    const EncodedVideoFrame afterKey = encodeOrFail(encoder, sourceFrame(9));
    QVERIFY(!afterKey.keyFrame); // one key frame per request
    QVERIFY(decoder.decode(afterKey));

    // A frame lost on the way: the one after it cannot be decoded, and says why.
    QVERIFY(decoder.decode(encodeOrFail(encoder, sourceFrame(10))));
    (void)encodeOrFail(encoder, sourceFrame(11)); // never arrives
    result = decoder.decode(encodeOrFail(encoder, sourceFrame(12)));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::KeyFrameNeeded);
    QVERIFY(decoder.needsKeyFrame());
}

void TestMedia::decoderSurvivesMutatedFrames()
{
    Vp8Encoder encoder = makeEncoder();
    QList<EncodedVideoFrame> stream;
    for (quint32 n = 0; n < 6; ++n)
        stream << encodeOrFail(encoder, sourceFrame(n));
    QRandomGenerator random(2024);
    int refused = 0;
    for (int round = 0; round < 150; ++round) {
        Vp8Decoder decoder = makeDecoder();
        const int damagedAt = random.bounded(6);
        for (int n = 0; n <= damagedAt; ++n) {
            EncodedVideoFrame frame = stream[n];
            if (n == damagedAt) {
                for (int flips = random.bounded(1, 8); flips > 0; --flips)
                    frame.data[random.bounded(frame.data.size())] ^= char(1 << random.bounded(8));
                if (random.bounded(3) == 0)
                    frame.data.truncate(random.bounded(frame.data.size()));
            }
            const auto result = decoder.decode(frame);
            if (!result) {
                ++refused;
                QVERIFY(!result.error().message.isEmpty());
                QVERIFY(decoder.needsKeyFrame());
                break;
            }
            QCOMPARE(result->width, width); // whatever it shows is a whole picture
            QVERIFY(result->isValid());
        }
    }
    QVERIFY(refused > 0);
}

void TestMedia::toneDetectorFindsTheFrequency()
{
    for (double hz : { 440.0, 1000.0, 2750.0 }) {
        ToneGenerator tone(hz, 0.3);
        QList<qint16> samples;
        for (int i = 0; i < 50; ++i)
            samples << tone.next();
        const auto found = MediaQuality::dominantTone(samples);
        QVERIFY2(qAbs(found.frequencyHz - hz) < 1.0,
                 qPrintable(u"%1 Hz found as %2"_s.arg(hz).arg(found.frequencyHz)));
        QVERIFY(found.share > 0.95);
    }
    QCOMPARE(MediaQuality::dominantTone(QList<qint16>(48000, 0)).frequencyHz, 0.0);
}

void TestMedia::opusRoundTripKeepsTheTone()
{
    auto decoder = OpusAudioDecoder::create();
    QVERIFY(decoder);
    QList<qint16> received;
    qint64 bytes = 0;
    for (const EncodedAudioPacket &packet : tonePackets(100)) {
        bytes += packet.data.size();
        auto frame = decoder->decode(packet);
        QVERIFY2(frame, qPrintable(frame ? QString() : frame.error().fullText()));
        QCOMPARE(frame->samples.size(), AudioFormat::frameSamples);
        QCOMPARE(frame->sequence, packet.sequence);
        received << frame->samples;
    }
    const auto tone = MediaQuality::dominantTone(received);
    qInfo("Opus 440 Hz tone decoded at %.2f Hz (%.0f%% of the power), %lld bytes in 2 s",
          tone.frequencyHz, 100 * tone.share, bytes);
    QVERIFY2(qAbs(tone.frequencyHz - 440) <= 10, qPrintable(u"%1 Hz"_s.arg(tone.frequencyHz)));
    QVERIFY(tone.share > 0.8);

    auto encoder = OpusAudioEncoder::create();
    QVERIFY(encoder);
    QVERIFY(encoder->setBitrateKbps(16));
    QCOMPARE(encoder->bitrateKbps(), 16);
    QCOMPARE(encoder->setBitrateKbps(1000).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(encoder->encode(AudioFrame { QList<qint16>(100, 0), 0, 0 }).error().code,
             ErrorCode::InvalidArgument);
}

void TestMedia::opusDecoderRefusesDamageAndConceals()
{
    auto decoder = OpusAudioDecoder::create();
    QVERIFY(decoder);
    QCOMPARE(decoder->decode({ QByteArray(), 0, 0 }).error().code, ErrorCode::CorruptMedia);
    // A valid table-of-contents byte for 60 ms frames: not the call's 20 ms.
    QCOMPARE(decoder->decode({ QByteArray("\x18\x01\x02", 3), 0, 0 }).error().code,
             ErrorCode::CorruptMedia);
    // Code 3 with no frame count: not a packet at all.
    QCOMPARE(decoder->decode({ QByteArray("\x03", 1), 0, 0 }).error().code,
             ErrorCode::CorruptMedia);
    const AudioFrame concealed = decoder->conceal(9, 1234);
    QCOMPARE(concealed.samples.size(), AudioFormat::frameSamples);
    QCOMPARE(concealed.sequence, 9u);
}

void TestMedia::jitterBufferReordersAndConceals()
{
    AudioJitterBufferConfig config;
    config.adaptive = false;
    AudioJitterBuffer buffer = makeJitterBuffer(config);
    const QList<EncodedAudioPacket> packets = tonePackets(20);
    QList<Delivery> wire;
    for (int i = 0; i < 20; ++i) {
        if (i == 11)
            continue; // lost
        qint64 at = sentAtUs(i) + 5000;
        if (i == 5 || i == 6) // 5 and 6 swap places
            at = sentAtUs(i == 5 ? 6 : 5) + 5000;
        if (i == 14)
            at = sentAtUs(20); // long after its turn
        wire << Delivery { at, packets[i] };
    }
    wire << Delivery { sentAtUs(8) + 9000, packets[8] }; // again while still queued
    wire << Delivery { sentAtUs(15), packets[2] }; // again after it was played
    const QList<AudioPlayout> played = play(buffer, wire, sentAtUs(25));

    // Buffering until 60 ms after the first packet, then 0..19 in order.
    QList<quint32> sequences;
    for (const AudioPlayout &p : played) {
        QCOMPARE(p.frame.samples.size(), AudioFormat::frameSamples);
        if (p.kind == AudioPlayout::Kind::Silence)
            QVERIFY(sequences.isEmpty());
        else
            sequences << p.frame.sequence;
        const bool concealed = p.kind == AudioPlayout::Kind::Concealed;
        if (p.kind != AudioPlayout::Kind::Silence && p.frame.sequence < 20)
            QCOMPARE(concealed, p.frame.sequence == 11 || p.frame.sequence == 14);
    }
    QCOMPARE(played.first().kind, AudioPlayout::Kind::Silence);
    QVERIFY(sequences.size() >= 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(sequences[i], quint32(i));

    const AudioJitterStats &stats = buffer.stats();
    QCOMPARE(stats.received, 18u); // 19 came, one of them too late to queue
    QCOMPARE(stats.played, 18u);
    QCOMPARE(stats.lost, 2u); // 11 and 14, in their turns
    QCOMPARE(stats.late, 1u); // 14
    QCOMPARE(stats.duplicates, 2u);
    QCOMPARE(stats.dropped, 0u);
    QCOMPARE(stats.damaged, 0u);
    QCOMPARE(stats.concealed, 2u + stats.underruns); // after 19, the buffer runs dry
    QCOMPARE(buffer.targetDelayMs(), 60);
}

void TestMedia::jitterBufferAdaptsAndStaysBounded()
{
    const QList<EncodedAudioPacket> packets = tonePackets(400);
    // Four seconds of a link that stalls for 150 ms every half second and then delivers what
    // it held at once (as Wi-Fi does while it scans), then four calm seconds.
    QList<Delivery> wire;
    for (int i = 0; i < 400; ++i) {
        const qint64 sent = sentAtUs(i);
        const qint64 intoPeriod = sent % 500000;
        const bool held = i < 200 && intoPeriod >= 100000 && intoPeriod < 250000;
        wire << Delivery { held ? sent - intoPeriod + 250000 : sent + 2000, packets[i] };
    }
    std::stable_sort(wire.begin(), wire.end(),
                     [](const Delivery &a, const Delivery &b) { return a.atUs < b.atUs; });
    struct Run
    {
        int highestTarget = 0, mostBuffered = 0, finalTarget = 0, finalBuffered = 0;
        quint64 lost = 0, glitches = 0;
    };
    auto run = [&](const AudioJitterBufferConfig &config) {
        AudioJitterBuffer buffer = makeJitterBuffer(config);
        Run r;
        qsizetype next = 0;
        for (qint64 now = 0; now <= sentAtUs(400); now += AudioFormat::frameUs) {
            for (; next < wire.size() && wire[next].atUs <= now; ++next)
                (void)buffer.insert(wire[next].packet, wire[next].atUs);
            (void)buffer.pull(now);
            r.highestTarget = std::max(r.highestTarget, buffer.targetDelayMs());
            r.mostBuffered = std::max(r.mostBuffered, buffer.bufferedMs());
        }
        r.finalTarget = buffer.targetDelayMs();
        r.finalBuffered = buffer.bufferedMs();
        r.lost = buffer.stats().lost;
        // Each made-up or thrown-away 20 ms is a glitch the listener may hear.
        r.glitches = buffer.stats().concealed + buffer.stats().dropped;
        return r;
    };
    const Run adaptive = run({});
    AudioJitterBufferConfig fixedConfig;
    fixedConfig.adaptive = false;
    const Run fixed = run(fixedConfig);
    qInfo("jitter buffer on a stalling link: target up to %d ms, %d ms once calm; lost %llu, "
          "glitches %llu (at a fixed 60 ms: lost %llu, glitches %llu)",
          adaptive.highestTarget, adaptive.finalTarget, adaptive.lost, adaptive.glitches,
          fixed.lost, fixed.glitches);
    QVERIFY(adaptive.highestTarget >= 100 && adaptive.highestTarget <= 200);
    QCOMPARE(adaptive.finalTarget, 40); // calm: back to the least delay
    QVERIFY(adaptive.mostBuffered <= 200 + 3 * AudioFormat::frameMs);
    QVERIFY(adaptive.finalBuffered <= 80);
    // Holding the longer delay through the stalls beats trimming it back after each one.
    QVERIFY2(adaptive.glitches * 2 < fixed.glitches,
             qPrintable(u"%1 vs %2"_s.arg(adaptive.glitches).arg(fixed.glitches)));

    // Packets flooding in without anyone playing them: the buffer holds no more than it may.
    AudioJitterBuffer flooded = makeJitterBuffer({});
    EncodedAudioPacket packet = packets[0];
    for (quint32 i = 0; i < 5000; ++i) {
        packet.sequence = i;
        (void)flooded.insert(packet, 0);
        QVERIFY(flooded.bufferedMs() <= AudioJitterBuffer::capacity * AudioFormat::frameMs);
    }
    QCOMPARE(flooded.stats().dropped, quint64(5000 - AudioJitterBuffer::capacity));
    QCOMPARE(flooded.stats().resets, 0u);
}

void TestMedia::jitterBufferRefusesAndRestarts()
{
    AudioJitterBuffer buffer = makeJitterBuffer({});
    const QList<EncodedAudioPacket> packets = tonePackets(3);
    QCOMPARE(buffer.insert({ QByteArray(), 0, 0 }, 0), AudioJitterBuffer::Arrival::Refused);
    QCOMPARE(buffer.insert({ QByteArray(AudioJitterBuffer::maxPacketBytes + 1, 'x'), 0, 0 }, 0),
             AudioJitterBuffer::Arrival::Refused);
    QCOMPARE(buffer.stats().damaged, 2u);

    // A packet that decodes to nothing usable is concealed, not played.
    QCOMPARE(buffer.insert(packets[0], 0), AudioJitterBuffer::Arrival::Queued);
    QCOMPARE(buffer.insert({ QByteArray("\x03", 1), 1, sentAtUs(1) }, sentAtUs(1)),
             AudioJitterBuffer::Arrival::Queued);
    QCOMPARE(buffer.insert(packets[0], sentAtUs(1)), AudioJitterBuffer::Arrival::Duplicate);
    QCOMPARE(buffer.pull(sentAtUs(3)).kind, AudioPlayout::Kind::Decoded);
    QCOMPARE(buffer.pull(sentAtUs(4)).kind, AudioPlayout::Kind::Concealed);
    QCOMPARE(buffer.stats().damaged, 3u);

    // The sender restarted its count: buffering begins again from the new stream.
    EncodedAudioPacket restarted = packets[2];
    restarted.sequence = 1000000;
    QCOMPARE(buffer.insert(restarted, sentAtUs(5)), AudioJitterBuffer::Arrival::Queued);
    QCOMPARE(buffer.stats().resets, 1u);
    QCOMPARE(buffer.pull(sentAtUs(5)).kind, AudioPlayout::Kind::Silence);
    QCOMPARE(buffer.pull(sentAtUs(8)).frame.sequence, 1000000u);
}

void TestMedia::toneSurvivesLossThroughJitterBuffer()
{
    AudioJitterBuffer buffer = makeJitterBuffer({});
    constexpr int count = 150; // three seconds
    const QList<EncodedAudioPacket> packets = tonePackets(count);
    QRandomGenerator random(5);
    QList<Delivery> wire;
    int dropped = 0;
    for (int i = 0; i < count; ++i) {
        if (random.bounded(100) < 5) {
            ++dropped;
            continue;
        }
        wire << Delivery { sentAtUs(i) + random.bounded(40000), packets[i] };
    }
    const QList<AudioPlayout> played = play(buffer, wire, sentAtUs(count + 10));
    const auto tone = MediaQuality::dominantTone(samplesOf(played));
    const AudioJitterStats &stats = buffer.stats();
    qInfo("tone through the jitter buffer with %d of %d packets lost: %.2f Hz (%.0f%% of the "
          "power); lost %llu, late %llu, concealed %llu, played %llu",
          dropped, count, tone.frequencyHz, 100 * tone.share, stats.lost, stats.late,
          stats.concealed, stats.played);
    QVERIFY(dropped >= 3);
    QVERIFY2(qAbs(tone.frequencyHz - 440) <= 10, qPrintable(u"%1 Hz"_s.arg(tone.frequencyHz)));
    QVERIFY(tone.share > 0.5);
    QVERIFY(stats.lost >= quint64(dropped));
    QCOMPARE(stats.played + stats.lost - stats.late, quint64(count) - stats.dropped);
}

void TestMedia::syntheticVideoFollowsTheClock()
{
    test::ManualClock clock;
    const qint64 startMs = clock.nowMs();
    SyntheticVideoSource source(clock, 320, 240, 30);
    QSignalSpy direct(&source, &VideoSource::frameCaptured);
    // Queued, as to a media pipeline on its own thread: the frame type travels by value.
    QList<VideoFrame> queued;
    connect(
            &source, &VideoSource::frameCaptured, this,
            [&](const VideoFrame &frame) { queued << frame; }, Qt::QueuedConnection);
    source.start();
    QVERIFY(source.isActive());
    QTRY_COMPARE(queued.size(), 1); // frame 0 at once
    QTest::qWait(60);
    QCOMPARE(queued.size(), 1); // the clock has not moved: no more frames
    clock.advance(34);
    QTRY_COMPARE(queued.size(), 2);
    clock.advance(5000); // the thread stalled: the frames it missed are skipped, not queued up
    QTRY_COMPARE(queued.size(), 3);
    QTest::qWait(40);
    QCOMPARE(queued.size(), 3);
    source.stop();
    QVERIFY(!source.isActive());

    const qint64 expectedMs[] = { startMs, startMs + 34, startMs + 5034 };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(queued[i].width, 320);
        QCOMPARE(queued[i].frameNumber, quint32(i));
        const auto stamp = FrameStamp::read(queued[i]);
        QVERIFY(stamp);
        QCOMPARE(stamp->frameNumber, quint32(i));
        QCOMPARE(stamp->captureTimeUs, expectedMs[i] * 1000);
    }
    QCOMPARE(direct.size(), 3);
}

void TestMedia::syntheticToneFollowsTheClock()
{
    test::ManualClock clock;
    const qint64 startMs = clock.nowMs();
    SyntheticToneSource source(clock, 440.0);
    QList<AudioFrame> frames;
    connect(
            &source, &AudioSource::frameCaptured, this,
            [&](const AudioFrame &frame) { frames << frame; }, Qt::QueuedConnection);
    source.start();
    clock.advance(100);
    QTRY_COMPARE(frames.size(), 5);
    clock.advance(1000); // a stall: at most five frames of catching up, the rest dropped
    QTRY_COMPARE(frames.size(), 10);
    QTest::qWait(40);
    QCOMPARE(frames.size(), 10);
    source.stop();

    QList<qint16> samples;
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(frames[i].sequence, quint32(i));
        QCOMPARE(frames[i].samples.size(), AudioFormat::frameSamples);
        samples << frames[i].samples;
    }
    QCOMPARE(frames[0].captureTimeUs, startMs * 1000);
    QCOMPARE(frames[4].captureTimeUs, (startMs + 80) * 1000);
    QCOMPARE(frames[5].captureTimeUs, (startMs + 1000) * 1000);
    QCOMPARE(frames[9].captureTimeUs, (startMs + 1080) * 1000);
    QVERIFY(qAbs(MediaQuality::dominantTone(samples).frequencyHz - 440) < 2);
}

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
