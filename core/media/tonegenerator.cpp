#include "tonegenerator.h"

#include <cmath>
#include <numbers>

namespace clinic::media {

ToneGenerator::ToneGenerator(double frequencyHz, double amplitude) : m_frequencyHz(frequencyHz)
{
    setAmplitude(amplitude);
}

void ToneGenerator::setAmplitude(double amplitude)
{
    m_amplitude = qBound(0.0, amplitude, 1.0);
}

QList<qint16> ToneGenerator::next()
{
    QList<qint16> samples(AudioFormat::frameSamples);
    const double step = m_frequencyHz / AudioFormat::sampleRate;
    const double scale = m_amplitude * 32767.0;
    for (qint16 &sample : samples) {
        sample = qint16(std::lround(scale * std::sin(2 * std::numbers::pi * m_phase)));
        m_phase += step;
        m_phase -= std::floor(m_phase);
    }
    return samples;
}

} // namespace clinic::media
