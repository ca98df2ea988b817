#include "cameravideosource.h"

#include "cameraframeconverter.h"
#include "media/medialogging.h"
#include "mediadevicelist.h"
#include "util/clock.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMutex>
#include <QVideoFrame>

#include <optional>

namespace clinic::media {

// On the conversion thread. offer() may be called from any thread: the newest picture waits
// in one slot, and one queued call converts whatever waits when the thread gets to it.
class CameraVideoSource::Converter : public QObject
{
    Q_OBJECT
public:
    void offer(const QVideoFrame &frame, quint32 number, qint64 captureTimeUs)
    {
        QMutexLocker lock(&m_mutex);
        const bool scheduled = m_waiting.has_value();
        m_waiting = Waiting { frame, number, captureTimeUs };
        if (!scheduled)
            QMetaObject::invokeMethod(this, &Converter::convertWaiting, Qt::QueuedConnection);
    }

signals:
    void converted(const clinic::media::VideoFrame &frame);

private:
    struct Waiting
    {
        QVideoFrame frame;
        quint32 number = 0;
        qint64 captureTimeUs = 0;
    };

    void convertWaiting()
    {
        std::optional<Waiting> job;
        {
            QMutexLocker lock(&m_mutex);
            job.swap(m_waiting);
        }
        if (!job)
            return;
        auto frame = CameraFrameConverter::toI420(job->frame, width, height);
        if (!frame) {
            qCWarning(lcMedia) << "camera picture skipped:" << frame.error().fullText();
            return;
        }
        frame->frameNumber = job->number;
        frame->captureTimeUs = job->captureTimeUs;
        emit converted(*frame);
    }

    QMutex m_mutex;
    std::optional<Waiting> m_waiting;
};

CameraVideoSource::CameraVideoSource(const Clock &clock, const QByteArray &deviceId,
                                     QObject *parent)
    : VideoSource(parent), m_clock(clock), m_deviceId(deviceId),
      m_converter(std::make_unique<Converter>())
{
    m_converter->moveToThread(m_thread.thread());
    // Given out from the conversion thread, as the interface allows.
    connect(m_converter.get(), &Converter::converted, this, &VideoSource::frameCaptured,
            Qt::DirectConnection);
    m_session.setVideoSink(&m_sink);
    // Direct: the sink may call from the capture pipeline's thread; offer() is thread-safe.
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraVideoSource::onFrame,
            Qt::DirectConnection);
}

CameraVideoSource::~CameraVideoSource()
{
    stop();
    m_thread.stop(m_converter.get(), {});
}

bool CameraVideoSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraVideoSource::start()
{
    if (m_camera)
        return;
    m_error.clear();
    const QCameraDevice device = MediaDeviceList::findCamera(m_deviceId);
    if (device.isNull()) {
        fail(MediaDeviceList::noCameraMessage(m_deviceId));
        return;
    }
    m_camera = std::make_unique<QCamera>(device);
    // Queued: the camera is deleted on the way out, never inside its own signal.
    connect(
            m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &detail) {
                qCWarning(lcMedia) << "camera failed:" << detail;
                stop();
                fail(tr("The camera stopped working. Check that no other program is using it."));
            },
            Qt::QueuedConnection);
    m_session.setCamera(m_camera.get());
    m_camera->start();
}

void CameraVideoSource::stop()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraVideoSource::fail(const QString &message)
{
    m_error = message;
    emit failed(message);
}

void CameraVideoSource::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    // Read on arrival, before the wait for conversion: the latency measured is the call's.
    m_converter->offer(frame, m_frameNumber++, m_clock.nowMs() * 1000);
}

} // namespace clinic::media

#include "cameravideosource.moc"
