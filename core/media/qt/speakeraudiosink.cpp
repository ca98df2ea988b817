#include "speakeraudiosink.h"

#include "callaudioformat.h"
#include "media/medialogging.h"
#include "mediadevicelist.h"

#include <QAudioDevice>
#include <QAudioSink>

namespace clinic::media {

namespace {
constexpr int bufferMs = 80; // four frames: enough to ride out a late timer, no more
} // namespace

SpeakerAudioSink::SpeakerAudioSink(const QByteArray &deviceId, QObject *parent)
    : AudioSink(parent), m_deviceId(deviceId)
{ }

SpeakerAudioSink::~SpeakerAudioSink()
{
    stop();
}

bool SpeakerAudioSink::isActive() const
{
    return m_sink && m_output;
}

void SpeakerAudioSink::start()
{
    if (m_sink)
        return;
    m_error.clear();
    const QAudioDevice device = MediaDeviceList::findSpeaker(m_deviceId);
    if (device.isNull()) {
        fail(MediaDeviceList::noSpeakerMessage(m_deviceId));
        return;
    }
    const QAudioFormat format = callAudioFormat();
    if (!device.isFormatSupported(format)) {
        fail(tr("The speaker \"%1\" cannot play the call's sound (48 kHz mono).")
                     .arg(device.description()));
        return;
    }
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(int(format.bytesForDuration(bufferMs * 1000)));
    m_sink->setVolume(m_volume);
    // Queued: the sink is deleted on a failure, never inside its own signal.
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &SpeakerAudioSink::onStateChanged,
            Qt::QueuedConnection);
    m_output = m_sink->start();
    if (!m_output || m_sink->error() != QAudio::NoError) {
        stop();
        fail(tr("The speaker could not start. Check that no other program is using it."));
    }
}

void SpeakerAudioSink::stop()
{
    if (!m_sink)
        return;
    m_sink->disconnect(this);
    m_sink->stop();
    m_sink.reset();
    m_output = nullptr;
}

void SpeakerAudioSink::write(const AudioFrame &frame)
{
    if (!m_output)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(frame.samples.constData()),
                           frame.samples.size() * qsizetype(sizeof(qint16)));
    if (m_sink->bytesFree() < bytes.size()) {
        ++m_dropped;
        return;
    }
    m_output->write(bytes);
}

void SpeakerAudioSink::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

void SpeakerAudioSink::fail(const QString &message)
{
    m_error = message;
    emit failed(message);
}

// Underrun (idle) is normal between frames; only an error ends the sound.
void SpeakerAudioSink::onStateChanged()
{
    if (!m_sink || m_sink->error() == QAudio::NoError || m_sink->error() == QAudio::UnderrunError)
        return;
    qCWarning(lcMedia) << "speaker failed, error" << m_sink->error();
    stop();
    fail(tr("The speaker stopped working. Check that it is still connected."));
}

} // namespace clinic::media
