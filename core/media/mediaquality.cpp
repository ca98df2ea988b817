#include "mediaquality.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace clinic::media::MediaQuality {

namespace {

double psnrFromSquaredError(double squaredError, double samples)
{
    if (squaredError == 0)
        return std::numeric_limits<double>::infinity();
    const double mse = squaredError / samples;
    return 10 * std::log10(255.0 * 255.0 / mse);
}

double planeSquaredError(const VideoFrame &a, const VideoFrame &b, int p)
{
    double sum = 0;
    const qsizetype count = qsizetype(a.planeWidth(p)) * a.planeHeight(p);
    const uchar *x = a.plane(p);
    const uchar *y = b.plane(p);
    for (qsizetype i = 0; i < count; ++i) {
        const int d = int(x[i]) - int(y[i]);
        sum += d * d;
    }
    return sum;
}

// A block of 4096 samples (85 ms at 48 kHz) resolves tones about 12 Hz apart; the power is
// summed over all blocks, so silent or concealed stretches do not hide the tone.
constexpr qsizetype blockSize = 4096;
constexpr qsizetype minSamples = 256;

struct Blocks
{
    std::vector<std::vector<double>> windowed; // Hann-windowed blocks
    double windowSum = 0; // sum of the window, to scale amplitudes back
    double meanSquare = 0; // of the plain samples, summed per block
};

Blocks makeBlocks(const QList<qint16> &samples)
{
    Blocks blocks;
    const qsizetype size = std::min(blockSize, samples.size());
    std::vector<double> window(size_t(size), 0.0);
    for (qsizetype i = 0; i < size; ++i) {
        window[size_t(i)] = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * double(i) / double(size));
        blocks.windowSum += window[size_t(i)];
    }
    for (qsizetype start = 0; start + size <= samples.size(); start += size) {
        std::vector<double> block(static_cast<size_t>(size));
        double square = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const double x = samples[start + i] / 32768.0;
            block[size_t(i)] = x * window[size_t(i)];
            square += x * x;
        }
        blocks.meanSquare += square / double(size);
        blocks.windowed.push_back(std::move(block));
    }
    return blocks;
}

// |X(f)|^2 of one block by the Goertzel recurrence (any f, not only the FFT's bins).
double goertzelPower(const std::vector<double> &block, double frequency, int sampleRate)
{
    const double coefficient = 2 * std::cos(2 * std::numbers::pi * frequency / sampleRate);
    double previous = 0, beforePrevious = 0;
    for (double x : block) {
        const double current = x + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
    }
    return previous * previous + beforePrevious * beforePrevious
            - coefficient * previous * beforePrevious;
}

double summedPower(const Blocks &blocks, double frequency, int sampleRate)
{
    double sum = 0;
    for (const auto &block : blocks.windowed)
        sum += goertzelPower(block, frequency, sampleRate);
    return sum;
}

// The frequency of greatest power from `from` to `to` in steps of `step`.
double peak(const Blocks &blocks, double from, double to, double step, int sampleRate)
{
    double best = from, bestPower = -1;
    for (double f = from; f <= to; f += step) {
        const double power = summedPower(blocks, f, sampleRate);
        if (power > bestPower) {
            bestPower = power;
            best = f;
        }
    }
    return best;
}

// A parabola through the powers around the peak puts it between the steps.
double refine(const Blocks &blocks, double centre, double step, int sampleRate)
{
    const double left = summedPower(blocks, centre - step, sampleRate);
    const double middle = summedPower(blocks, centre, sampleRate);
    const double right = summedPower(blocks, centre + step, sampleRate);
    const double denominator = left - 2 * middle + right;
    if (denominator >= 0)
        return centre;
    return centre + step * 0.5 * (left - right) / denominator;
}

} // namespace

std::optional<Psnr> psnr(const VideoFrame &sent, const VideoFrame &received)
{
    if (!sent.isValid() || !received.isValid() || sent.width != received.width
        || sent.height != received.height)
        return std::nullopt;
    const double luma = planeSquaredError(sent, received, 0);
    const double chroma =
            planeSquaredError(sent, received, 1) + planeSquaredError(sent, received, 2);
    const double lumaSamples = double(sent.width) * sent.height;
    const double allSamples = double(sent.data.size());
    return Psnr { psnrFromSquaredError(luma, lumaSamples),
                  psnrFromSquaredError(luma + chroma, allSamples) };
}

Tone dominantTone(const QList<qint16> &samples, int sampleRate, double minHz, double maxHz)
{
    if (samples.size() < minSamples || sampleRate <= 0 || minHz <= 0 || maxHz <= minHz)
        return {};
    const Blocks blocks = makeBlocks(samples);
    if (blocks.meanSquare == 0)
        return {};
    const double coarse = peak(blocks, minHz, maxHz, 5.0, sampleRate);
    const double fine = peak(blocks, std::max(minHz, coarse - 10), coarse + 10, 0.5, sampleRate);
    Tone tone;
    tone.frequencyHz = refine(blocks, fine, 0.5, sampleRate);
    // A tone of amplitude A gives |X| = A * windowSum / 2; its power is A^2 / 2.
    const double power = summedPower(blocks, tone.frequencyHz, sampleRate);
    const double tonePower = 2 * power / (blocks.windowSum * blocks.windowSum);
    tone.share = std::min(1.0, tonePower / blocks.meanSquare);
    return tone;
}

} // namespace clinic::media::MediaQuality
