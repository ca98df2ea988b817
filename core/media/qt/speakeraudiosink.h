#pragma once

#include "media/audiosink.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QAudioSink;
class QIODevice;

namespace clinic::media {

// Speakers or headphones through QtMultimedia (QAudioSink, 48 kHz mono 16-bit), as an
// AudioSink. The call's jitter buffer already holds the delay it needs, so the sound
// system's buffer is kept short, and sound it has no room for is dropped (counted) rather
// than queued behind. Without speakers, or when they fail, it is inactive and `failed` says
// why.
class SpeakerAudioSink final : public AudioSink
{
    Q_OBJECT
public:
    // An empty id: the system's default output (MediaDeviceList::speakers).
    explicit SpeakerAudioSink(const QByteArray &deviceId = {}, QObject *parent = nullptr);
    ~SpeakerAudioSink() override;

    void start() override;
    void stop() override;
    bool isActive() const override;
    void write(const AudioFrame &frame) override;

    // 0..1, applied by the sound system.
    void setVolume(double volume);
    double volume() const { return m_volume; }
    quint64 framesDropped() const { return m_dropped; }
    QString errorString() const { return m_error; }

private:
    void fail(const QString &message);
    void onStateChanged();

    QByteArray m_deviceId;
    QString m_error;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_output = nullptr; // owned by m_sink
    double m_volume = 1.0;
    quint64 m_dropped = 0;
};

} // namespace clinic::media
