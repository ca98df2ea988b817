#include "synthetictonesource.h"

#include "util/clock.h"

namespace clinic::media {

namespace {
// A sound card hands over what it buffered after a stall, but not forever: beyond this many
// frames behind, the rest is dropped (as a real microphone's overflow would).
constexpr qint64 maxCatchUpFrames = 5;
} // namespace

SyntheticToneSource::SyntheticToneSource(const Clock &clock, double frequencyHz, QObject *parent)
    : AudioSource(parent), m_clock(clock), m_tone(frequencyHz)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(AudioFormat::frameMs / 2);
    connect(&m_timer, &QTimer::timeout, this, &SyntheticToneSource::onTick);
}

void SyntheticToneSource::start()
{
    if (m_timer.isActive())
        return;
    m_startMs = m_clock.nowMs();
    m_nextSlot = 0;
    m_timer.start();
}

void SyntheticToneSource::stop()
{
    m_timer.stop();
}

// Slot i holds the sound of [start + 20i, start + 20(i + 1)) ms: complete, so sent, once the
// clock has passed its end.
void SyntheticToneSource::onTick()
{
    const qint64 completed = (m_clock.nowMs() - m_startMs) / AudioFormat::frameMs;
    m_nextSlot = qMax(m_nextSlot, completed - maxCatchUpFrames);
    while (m_nextSlot < completed) {
        AudioFrame frame;
        frame.samples = m_tone.next();
        frame.sequence = m_sequence++;
        frame.captureTimeUs = (m_startMs + m_nextSlot * AudioFormat::frameMs) * 1000;
        ++m_nextSlot;
        emit frameCaptured(frame);
    }
}

} // namespace clinic::media
