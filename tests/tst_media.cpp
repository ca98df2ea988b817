// The call's media without a camera or microphone: VP8 round trips and damaged input.

#include "media/framestamp.h"
#include "media/mediaquality.h"
#include "media/testpattern.h"
#include "media/vp8decoder.h"
#include "media/vp8encoder.h"

#include <QRandomGenerator>
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

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private slots:
    void psnrMeasuresTheDifference();
    void frameStampReadsBackExactly();
    void videoRoundTripKeepsPictureAndStamp();
    void bitrateChangesWhileRunning();
    void encoderRefusesBadInput();
    void decoderRefusesDamageAndRecoversOnKeyFrame();
    void decoderSurvivesMutatedFrames();
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

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"

