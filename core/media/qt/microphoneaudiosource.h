#pragma once

#include "media/audiosource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QAudioSource;
class QIODevice;

namespace clinic {
class Clock;
}

namespace clinic::media {

// A microphone through QtMultimedia (QAudioSource, 48 kHz mono 16-bit), as an AudioSource:
// what it records is cut into 20 ms frames, each stamped with when its first sample was
// recorded. Without a microphone, or when it cannot record that format or stops working,
// it is inactive and `failed` says why.
class MicrophoneAudioSource final : public AudioSource
{
    Q_OBJECT
public:
    // An empty id: the system's default microphone (MediaDeviceList::microphones).
    explicit MicrophoneAudioSource(const Clock &clock, const QByteArray &deviceId = {},
                                   QObject *parent = nullptr);
    ~MicrophoneAudioSource() override;

    void start() override;
    void stop() override;
    bool isActive() const override;
    QString errorString() const { return m_error; }

private:
    void fail(const QString &message);
    void onReadyRead();
    void onStateChanged();

    const Clock &m_clock;
    QByteArray m_deviceId;
    QString m_error;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_input = nullptr; // owned by m_source
    QByteArray m_pending; // recorded, not yet a whole frame
    quint32 m_sequence = 0;
};

} // namespace clinic::media
