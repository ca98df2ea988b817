#pragma once

#include "media/videosource.h"
#include "util/joinedthread.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMediaCaptureSession>
#include <QVideoSink>

#include <memory>

class QCamera;
class QVideoFrame;

namespace clinic {
class Clock;
}

namespace clinic::media {

// A camera through QtMultimedia (QCamera into a QMediaCaptureSession into a QVideoSink), as a
// VideoSource: each picture converted to I420 at the call's size (640x480) on a worker thread
// of its own, then given out from there. When the worker is still busy with one picture, the
// next replaces any waiting, so a slow moment drops pictures rather than adding delay.
// Without a camera, or when it fails, start() leaves it inactive and `failed` says why.
class CameraVideoSource final : public VideoSource
{
    Q_OBJECT
public:
    static constexpr int width = 640;
    static constexpr int height = 480;

    // An empty id: the system's default camera (MediaDeviceList::cameras for the others).
    explicit CameraVideoSource(const Clock &clock, const QByteArray &deviceId = {},
                               QObject *parent = nullptr);
    ~CameraVideoSource() override;

    void start() override;
    void stop() override;
    bool isActive() const override;
    QString errorString() const { return m_error; }

private:
    class Converter;

    void fail(const QString &message);
    void onFrame(const QVideoFrame &frame);

    const Clock &m_clock;
    QByteArray m_deviceId;
    QString m_error;
    QVideoSink m_sink; // before the session, which points at it, so it goes after it
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    JoinedThread m_thread { QStringLiteral("camera convert") };
    std::unique_ptr<Converter> m_converter;
    quint32 m_frameNumber = 0;
};

} // namespace clinic::media
