#include "capturingaudiosink.h"

namespace clinic::media {

CapturingAudioSink::CapturingAudioSink(int keepSeconds, QObject *parent)
    : AudioSink(parent), m_keep(qsizetype(qMax(1, keepSeconds)) * AudioFormat::sampleRate)
{ }

void CapturingAudioSink::write(const AudioFrame &frame)
{
    if (!m_active)
        return;
    ++m_frames;
    m_samples << frame.samples;
    // Drops a second at a time, so keeping the window costs little per frame.
    if (m_samples.size() > m_keep + AudioFormat::sampleRate)
        m_samples.remove(0, m_samples.size() - m_keep);
}

} // namespace clinic::media
