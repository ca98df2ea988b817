#pragma once

#include <QList>
#include <QMetaType>

namespace clinic::media {

// The call's sound format: 48 kHz mono, 16-bit samples, 20 ms at a time (Opus's sweet spot
// for speech: short enough for conversation, long enough to code efficiently).
namespace AudioFormat {
constexpr int sampleRate = 48000;
constexpr int channels = 1;
constexpr int frameMs = 20;
constexpr int frameSamples = sampleRate / 1000 * frameMs; // 960
constexpr qint64 frameUs = qint64(frameMs) * 1000;
} // namespace AudioFormat

// 20 ms of sound: AudioFormat::frameSamples mono samples.
struct AudioFrame
{
    QList<qint16> samples;
    quint32 sequence = 0; // counted by the source, one per frame, from 0
    qint64 captureTimeUs = 0; // when its first sample was captured, Unix time in microseconds
};

} // namespace clinic::media

Q_DECLARE_METATYPE(clinic::media::AudioFrame)
