#include "syntheticvideosource.h"

#include "testpattern.h"
#include "util/clock.h"

namespace clinic::media {

SyntheticVideoSource::SyntheticVideoSource(const Clock &clock, int width, int height, int frameRate,
                                           QObject *parent)
    : VideoSource(parent), m_clock(clock), m_width(width), m_height(height),
      m_frameRate(qMax(1, frameRate))
{
    // Ticks at twice the frame rate, so a frame leaves at most half a frame late; the clock,
    // not the tick count, decides which frames are due.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(qMax(1, 500 / m_frameRate));
    connect(&m_timer, &QTimer::timeout, this, &SyntheticVideoSource::onTick);
}

void SyntheticVideoSource::start()
{
    if (m_timer.isActive())
        return;
    m_startMs = m_clock.nowMs();
    m_nextSlot = 0;
    m_timer.start();
}

void SyntheticVideoSource::stop()
{
    m_timer.stop();
}

void SyntheticVideoSource::onTick()
{
    const qint64 nowMs = m_clock.nowMs();
    const qint64 dueSlot = (nowMs - m_startMs) * m_frameRate / 1000;
    if (dueSlot < m_nextSlot)
        return;
    // Like a camera, frames missed while the thread was busy are skipped, not sent in a burst.
    m_nextSlot = dueSlot + 1;
    emit frameCaptured(TestPattern::render(m_width, m_height, m_frameNumber++, nowMs * 1000));
}

} // namespace clinic::media
