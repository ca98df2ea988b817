#include "callringer.h"

#include "media/audiosink.h"
#include "media/qt/speakeraudiosink.h"

namespace clinic::ui {

CallRinger::CallRinger(QObject *parent)
    : CallRinger(std::make_unique<media::SpeakerAudioSink>(), parent)
{ }

CallRinger::CallRinger(std::unique_ptr<media::AudioSink> sink, QObject *parent)
    : QObject(parent), m_sink(std::move(sink))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(frameMs);
    connect(&m_timer, &QTimer::timeout, this, &CallRinger::writeFrame);
}

CallRinger::~CallRinger()
{
    stop();
}

void CallRinger::start()
{
    if (isRinging())
        return;
    m_frame = 0;
    m_sink->start(); // may fail (no speakers): the ring is then only seen
    m_timer.start();
}

void CallRinger::stop()
{
    m_timer.stop();
    m_sink->stop();
}

void CallRinger::writeFrame()
{
    media::AudioFrame frame;
    frame.sequence = quint32(m_frame);
    if (m_frame % cycleFrames < ringFrames) {
        // The two tones together, as a telephone rings (440 + 480 Hz).
        const QList<qint16> low = m_low.next();
        const QList<qint16> high = m_high.next();
        frame.samples.resize(low.size());
        for (qsizetype i = 0; i < low.size(); ++i)
            frame.samples[i] = qint16(low[i] + high[i]);
    } else {
        frame.samples.fill(0, media::AudioFormat::frameSamples);
    }
    ++m_frame;
    m_sink->write(frame);
}

} // namespace clinic::ui
