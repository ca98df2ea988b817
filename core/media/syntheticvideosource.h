#pragma once

#include "videosource.h"

#include <QTimer>

namespace clinic {
class Clock;
}

namespace clinic::media {

// The test pattern as a camera: a frame every 1/frameRate seconds of the given clock, each
// stamped with its number (consecutive from 0) and the clock's time.
class SyntheticVideoSource final : public VideoSource
{
    Q_OBJECT
public:
    explicit SyntheticVideoSource(const Clock &clock, int width = 640, int height = 480,
                                  int frameRate = 30, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }

private:
    void onTick();

    const Clock &m_clock;
    int m_width;
    int m_height;
    int m_frameRate;
    QTimer m_timer;
    qint64 m_startMs = 0;
    qint64 m_nextSlot = 0; // the frame time (counted from start) the next frame is due at
    quint32 m_frameNumber = 0;
};

} // namespace clinic::media
