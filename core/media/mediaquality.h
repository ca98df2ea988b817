#pragma once

#include "audioframe.h"
#include "videoframe.h"

#include <QList>

#include <optional>

namespace clinic::media {

// Measures of what arrived against what was sent: for tests, the benchmark, the device test
// page and the call's quality indicator.
namespace MediaQuality {

struct Psnr
{
    double luma = 0; // dB over the Y plane
    double all = 0; // dB over every sample of the three planes
};
// Peak signal-to-noise ratio of `received` against `sent`, in dB; infinite when identical.
// Nothing when the sizes differ.
std::optional<Psnr> psnr(const VideoFrame &sent, const VideoFrame &received);

struct Tone
{
    double frequencyHz = 0;
    double share = 0; // 0..1: how much of the sound's power is that tone
};
// The strongest pure tone between minHz and maxHz (Goertzel filters over Hann-windowed
// blocks, coarse then fine). Zero frequency when there is too little sound to tell.
Tone dominantTone(const QList<qint16> &samples, int sampleRate = AudioFormat::sampleRate,
                  double minHz = 50, double maxHz = 4000);

} // namespace MediaQuality

} // namespace clinic::media
