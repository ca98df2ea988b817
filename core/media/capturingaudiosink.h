#pragma once

#include "audiosink.h"

#include <QList>

namespace clinic::media {

// A sink that plays nothing and keeps the newest samples it was given: what a call's tests and
// the benchmark listen to, and the sink of a demo run without speakers.
class CapturingAudioSink final : public AudioSink
{
    Q_OBJECT
public:
    explicit CapturingAudioSink(int keepSeconds = 30, QObject *parent = nullptr);

    void start() override { m_active = true; }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    // Kept only while active.
    void write(const AudioFrame &frame) override;

    // The newest samples, at most keepSeconds of them, oldest first.
    const QList<qint16> &samples() const { return m_samples; }
    quint64 framesWritten() const { return m_frames; }
    void clear() { m_samples.clear(); }

private:
    qsizetype m_keep;
    QList<qint16> m_samples;
    quint64 m_frames = 0;
    bool m_active = false;
};

} // namespace clinic::media
