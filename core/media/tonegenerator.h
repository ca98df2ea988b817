#pragma once

#include "audioframe.h"

namespace clinic::media {

// A sine tone in the call's format, 20 ms at a time, continuous from one frame to the next
// (no click at the joins). For calls without a microphone and for the speaker test.
class ToneGenerator
{
public:
    explicit ToneGenerator(double frequencyHz = 440.0, double amplitude = 0.5);

    void setFrequency(double hz) { m_frequencyHz = hz; }
    double frequency() const { return m_frequencyHz; }
    // 0..1 of full scale.
    void setAmplitude(double amplitude);

    // The next AudioFormat::frameSamples samples.
    QList<qint16> next();

private:
    double m_frequencyHz;
    double m_amplitude = 0.5;
    double m_phase = 0.0; // in cycles, 0..1
};

} // namespace clinic::media
