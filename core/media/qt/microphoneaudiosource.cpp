#include "microphoneaudiosource.h"

#include "callaudioformat.h"
#include "media/medialogging.h"
#include "mediadevicelist.h"
#include "util/clock.h"

#include <QAudioDevice>
#include <QAudioSource>

#include <cstring>

namespace clinic::media {

namespace {
constexpr qsizetype frameBytes = AudioFormat::frameSamples * qsizetype(sizeof(qint16));
constexpr int bufferMs = 100; // what the sound system may hold before we read it
} // namespace

MicrophoneAudioSource::MicrophoneAudioSource(const Clock &clock, const QByteArray &deviceId,
                                             QObject *parent)
    : AudioSource(parent), m_clock(clock), m_deviceId(deviceId)
{ }

MicrophoneAudioSource::~MicrophoneAudioSource()
{
    stop();
}

bool MicrophoneAudioSource::isActive() const
{
    return m_source && m_input;
}

void MicrophoneAudioSource::start()
{
    if (m_source)
        return;
    m_error.clear();
    const QAudioDevice device = MediaDeviceList::findMicrophone(m_deviceId);
    if (device.isNull()) {
        fail(MediaDeviceList::noMicrophoneMessage(m_deviceId));
        return;
    }
    const QAudioFormat format = callAudioFormat();
    if (!device.isFormatSupported(format)) {
        fail(tr("The microphone \"%1\" cannot record the call's sound (48 kHz mono).")
                     .arg(device.description()));
        return;
    }
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(int(format.bytesForDuration(bufferMs * 1000)));
    // Queued: the source is deleted on a failure, never inside its own signal.
    connect(m_source.get(), &QAudioSource::stateChanged, this,
            &MicrophoneAudioSource::onStateChanged, Qt::QueuedConnection);
    m_input = m_source->start();
    if (!m_input || m_source->error() != QAudio::NoError) {
        stop();
        fail(tr("The microphone could not start. Check that no other program is using it."));
        return;
    }
    connect(m_input, &QIODevice::readyRead, this, &MicrophoneAudioSource::onReadyRead);
}

void MicrophoneAudioSource::stop()
{
    if (!m_source)
        return;
    m_source->disconnect(this);
    m_source->stop();
    m_source.reset();
    m_input = nullptr;
    m_pending.clear();
}

void MicrophoneAudioSource::fail(const QString &message)
{
    m_error = message;
    emit failed(message);
}

// Every whole 20 ms recorded leaves as a frame; the last sample read was recorded about now,
// so a frame's first sample was recorded that much earlier than the sound still after it.
void MicrophoneAudioSource::onReadyRead()
{
    m_pending += m_input->readAll();
    const qint64 nowUs = m_clock.nowMs() * 1000;
    while (m_pending.size() >= frameBytes) {
        const qint64 samplesFromEnd = m_pending.size() / qsizetype(sizeof(qint16));
        AudioFrame frame;
        frame.samples.resize(AudioFormat::frameSamples);
        std::memcpy(frame.samples.data(), m_pending.constData(), size_t(frameBytes));
        m_pending.remove(0, frameBytes);
        frame.sequence = m_sequence++;
        frame.captureTimeUs = nowUs - samplesFromEnd * 1000000 / AudioFormat::sampleRate;
        emit frameCaptured(frame);
    }
}

void MicrophoneAudioSource::onStateChanged()
{
    if (!m_source || m_source->error() == QAudio::NoError)
        return;
    qCWarning(lcMedia) << "microphone failed, error" << m_source->error();
    stop();
    fail(tr("The microphone stopped working. Check that it is still connected."));
}

} // namespace clinic::media
