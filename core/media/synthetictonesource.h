#pragma once

#include "audiosource.h"
#include "tonegenerator.h"

#include <QTimer>

namespace clinic {
class Clock;
}

namespace clinic::media {

// A sine tone as a microphone: 20 ms of it every 20 ms of the given clock.
class SyntheticToneSource final : public AudioSource
{
    Q_OBJECT
public:
    explicit SyntheticToneSource(const Clock &clock, double frequencyHz = 440.0,
                                 QObject *parent = nullptr);

    void setFrequency(double hz) { m_tone.setFrequency(hz); }
    void setAmplitude(double amplitude) { m_tone.setAmplitude(amplitude); }

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }

private:
    void onTick();

    const Clock &m_clock;
    ToneGenerator m_tone;
    QTimer m_timer;
    qint64 m_startMs = 0;
    qint64 m_nextSlot = 0; // the 20 ms slot (counted from start) to send next
    quint32 m_sequence = 0;
};

} // namespace clinic::media
