// The real camera, microphone and speakers (QtMultimedia) behind the media interfaces. This
// machine has none of them, as many a CI runner: each must say so clearly, never hang or
// crash. The camera's picture conversion is tested with frames made here.

#include "media/framestamp.h"
#include "media/mediaquality.h"
#include "media/qt/cameraframeconverter.h"
#include "media/qt/cameravideosource.h"
#include "media/qt/mediadevicelist.h"
#include "media/qt/microphoneaudiosource.h"
#include "media/qt/speakeraudiosink.h"
#include "media/testpattern.h"
#include "util/clock.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

using namespace clinic;
using namespace clinic::media;
using namespace Qt::StringLiterals;

namespace {

const QByteArray missingId = "no-such-device-0000"_ba;

// A QVideoFrame in `format`, filled by `fill` while mapped for writing.
template<typename Fill>
QVideoFrame makeFrame(int width, int height, QVideoFrameFormat::PixelFormat format, Fill fill)
{
    QVideoFrame frame(QVideoFrameFormat(QSize(width, height), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a video frame for writing");
    fill(frame);
    frame.unmap();
    return frame;
}

void copyPlane(QVideoFrame &to, int plane, const VideoFrame &from, int fromPlane)
{
    for (int row = 0; row < from.planeHeight(fromPlane); ++row)
        std::memcpy(to.bits(plane) + qsizetype(row) * to.bytesPerLine(plane),
                    from.plane(fromPlane) + qsizetype(row) * from.stride(fromPlane),
                    size_t(from.planeWidth(fromPlane)));
}

} // namespace

class TestMediaDevices : public QObject
{
    Q_OBJECT

private slots:
    void devicesAreListed();
    void noCameraIsReported();
    void noMicrophoneIsReported();
    void noSpeakerIsReported();
    void aMissingChosenDeviceIsReported();
    void planarFramesAreCopiedExactly();
    void semiPlanarFramesAreSplit();
    void otherFramesAreScaledAndConverted();
    void emptyFramesAreRefused();
};

void TestMediaDevices::devicesAreListed()
{
    for (const auto &list : { MediaDeviceList::cameras(), MediaDeviceList::microphones(),
                              MediaDeviceList::speakers() }) {
        for (const MediaDevice &device : list) {
            QVERIFY(!device.id.isEmpty());
            QVERIFY(!device.name.isEmpty());
        }
    }
    qInfo("cameras %lld, microphones %lld, speakers %lld", MediaDeviceList::cameras().size(),
          MediaDeviceList::microphones().size(), MediaDeviceList::speakers().size());
}

void TestMediaDevices::noCameraIsReported()
{
    if (!MediaDeviceList::cameras().isEmpty())
        QSKIP("this machine has a camera");
    CameraVideoSource camera(Clock::system());
    QSignalSpy failed(&camera, &VideoSource::failed);
    QSignalSpy frames(&camera, &VideoSource::frameCaptured);
    camera.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(u"No camera was found."_s),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(camera.errorString(), failed.at(0).at(0).toString());
    QVERIFY(!camera.isActive());
    QTest::qWait(50);
    QCOMPARE(frames.size(), 0);
    camera.stop(); // harmless when it never started
}

void TestMediaDevices::noMicrophoneIsReported()
{
    if (!MediaDeviceList::microphones().isEmpty())
        QSKIP("this machine has a microphone");
    MicrophoneAudioSource microphone(Clock::system());
    QSignalSpy failed(&microphone, &AudioSource::failed);
    microphone.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(u"No microphone was found."_s),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!microphone.isActive());
}

void TestMediaDevices::noSpeakerIsReported()
{
    if (!MediaDeviceList::speakers().isEmpty())
        QSKIP("this machine has speakers");
    SpeakerAudioSink speaker;
    QSignalSpy failed(&speaker, &AudioSink::failed);
    speaker.start();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(u"No speaker was found."_s),
             qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!speaker.isActive());
    speaker.write(AudioFrame { QList<qint16>(AudioFormat::frameSamples, 0), 0, 0 }); // ignored
    QCOMPARE(speaker.framesDropped(), 0u);
}

// Whatever this machine has, a device that was picked and then unplugged is named as such.
void TestMediaDevices::aMissingChosenDeviceIsReported()
{
    CameraVideoSource camera(Clock::system(), missingId);
    MicrophoneAudioSource microphone(Clock::system(), missingId);
    SpeakerAudioSink speaker(missingId);
    QSignalSpy cameraFailed(&camera, &VideoSource::failed);
    QSignalSpy microphoneFailed(&microphone, &AudioSource::failed);
    QSignalSpy speakerFailed(&speaker, &AudioSink::failed);
    camera.start();
    microphone.start();
    speaker.start();
    QCOMPARE(camera.errorString(), u"The chosen camera is not connected. Pick another one."_s);
    QCOMPARE(microphone.errorString(),
             u"The chosen microphone is not connected. Pick another one."_s);
    QCOMPARE(speaker.errorString(), u"The chosen speaker is not connected. Pick another one."_s);
    QCOMPARE(cameraFailed.size() + microphoneFailed.size() + speakerFailed.size(), 3);
}

void TestMediaDevices::planarFramesAreCopiedExactly()
{
    const VideoFrame pattern = TestPattern::render(640, 480, 42, 1795000000000000);
    const QVideoFrame frame =
            makeFrame(640, 480, QVideoFrameFormat::Format_YUV420P, [&](QVideoFrame &f) {
                for (int p = 0; p < 3; ++p)
                    copyPlane(f, p, pattern, p);
            });
    auto converted = CameraFrameConverter::toI420(frame, 640, 480);
    QVERIFY2(converted, qPrintable(converted ? QString() : converted.error().fullText()));
    QCOMPARE(converted->data, pattern.data);
}

void TestMediaDevices::semiPlanarFramesAreSplit()
{
    const VideoFrame pattern = TestPattern::render(640, 480, 7, 1795000000000000);
    const QVideoFrame frame =
            makeFrame(640, 480, QVideoFrameFormat::Format_NV12, [&](QVideoFrame &f) {
                copyPlane(f, 0, pattern, 0);
                for (int row = 0; row < 240; ++row) {
                    uchar *uv = f.bits(1) + row * f.bytesPerLine(1);
                    for (int x = 0; x < 320; ++x) {
                        uv[2 * x] = pattern.plane(1)[row * 320 + x];
                        uv[2 * x + 1] = pattern.plane(2)[row * 320 + x];
                    }
                }
            });
    auto converted = CameraFrameConverter::toI420(frame, 640, 480);
    QVERIFY(converted);
    QCOMPARE(converted->data, pattern.data);
}

// A camera giving 1280x720 RGB: scaled to cover 640x480 and cropped at the centre, converted
// with BT.601 studio range (white 235, black 16, grey chroma 128).
void TestMediaDevices::otherFramesAreScaledAndConverted()
{
    const QVideoFrame frame =
            makeFrame(1280, 720, QVideoFrameFormat::Format_BGRX8888, [](QVideoFrame &f) {
                for (int y = 0; y < 720; ++y) {
                    auto *line = reinterpret_cast<quint32 *>(f.bits(0) + y * f.bytesPerLine(0));
                    for (int x = 0; x < 1280; ++x)
                        line[x] = x < 640 ? 0xff000000u : 0xffffffffu;
                }
            });
    auto converted = CameraFrameConverter::toI420(frame, 640, 480);
    QVERIFY2(converted, qPrintable(converted ? QString() : converted.error().fullText()));
    QCOMPARE(converted->width, 640);
    QCOMPARE(converted->height, 480);
    const uchar *luma = converted->plane(0);
    QCOMPARE(int(luma[240 * 640 + 10]), 16); // left: black
    QCOMPARE(int(luma[240 * 640 + 630]), 235); // right: white
    QCOMPARE(int(converted->plane(1)[120 * 320 + 10]), 128);
    QCOMPARE(int(converted->plane(2)[120 * 320 + 310]), 128);
    // The split stays in the middle: the crop took equal parts from both sides.
    QCOMPARE(int(luma[240 * 640 + 300]), 16);
    QCOMPARE(int(luma[240 * 640 + 340]), 235);
}

void TestMediaDevices::emptyFramesAreRefused()
{
    const auto refused = CameraFrameConverter::toI420(QVideoFrame(), 640, 480);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::CorruptMedia);
    QVERIFY(!refused.error().message.isEmpty());
}

QTEST_MAIN(TestMediaDevices)
#include "tst_mediadevices.moc"
