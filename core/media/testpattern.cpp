#include "testpattern.h"

#include "framestamp.h"

#include <array>
#include <cmath>
#include <numbers>

namespace clinic::media {

namespace {

constexpr int sineSteps = 1024;

// sin(2*pi*i/sineSteps) scaled to -127..127: a table keeps a 640x480 frame to a millisecond
// or two, so the synthetic source costs little next to the codec.
const std::array<int, sineSteps> &sineTable()
{
    static const std::array<int, sineSteps> table = [] {
        std::array<int, sineSteps> t {};
        for (int i = 0; i < sineSteps; ++i)
            t[size_t(i)] = int(std::lround(127 * std::sin(2 * std::numbers::pi * i / sineSteps)));
        return t;
    }();
    return table;
}

// sin over a period of `period` pixels at position `pos`.
int wave(int pos, int period)
{
    const int index = int((qint64(pos) * sineSteps / period) % sineSteps);
    return sineTable()[size_t(index < 0 ? index + sineSteps : index)];
}

uchar clampByte(int value)
{
    return uchar(qBound(0, value, 255));
}

// A position bouncing between 0 and `range`, moving `speed` pixels a frame.
int bounce(quint32 n, int speed, int range)
{
    if (range <= 0)
        return 0;
    const int travelled = int((qint64(n) * speed) % (2 * range));
    return travelled <= range ? travelled : 2 * range - travelled;
}

} // namespace

VideoFrame TestPattern::render(int width, int height, quint32 frameNumber, qint64 captureTimeUs)
{
    VideoFrame frame = VideoFrame::blank(width, height);
    if (!frame.isValid())
        return frame;
    frame.frameNumber = frameNumber;
    frame.captureTimeUs = captureTimeUs;
    drawWaves(frame, frameNumber);
    drawStripes(frame, frameNumber);
    drawCheckerboard(frame, frameNumber);
    FrameStamp::write(frame);
    return frame;
}

// Smooth waves in luma and colour, the whole background panning 2 pixels left and 1 down a
// frame, as a camera would: a codec predicts it from the frame before, as it must a real one.
void TestPattern::drawWaves(VideoFrame &frame, quint32 n)
{
    const int t = int(n % 100000);
    for (int y = 0; y < frame.height; ++y) {
        uchar *row = frame.plane(0) + qsizetype(y) * frame.stride(0);
        const int py = y - t;
        for (int x = 0; x < frame.width; ++x) {
            const int px = x + 2 * t;
            row[x] = clampByte(128 + wave(px, 97) / 3 + wave(py, 61) / 3 + wave(px + py, 43) / 8);
        }
    }
    // Chroma sits at every other luma pixel: the same pan, sampled there.
    for (int y = 0; y < frame.chromaHeight(); ++y) {
        uchar *u = frame.plane(1) + qsizetype(y) * frame.stride(1);
        uchar *v = frame.plane(2) + qsizetype(y) * frame.stride(2);
        const int py = 2 * y - t;
        for (int x = 0; x < frame.chromaWidth(); ++x) {
            const int px = 2 * x + 2 * t;
            u[x] = clampByte(128 + wave(px, 320) / 3);
            v[x] = clampByte(128 + wave(py, 240) / 3);
        }
    }
}

// A band of sharp stripes in the lower quarter, scrolling left: edges the codec must track.
void TestPattern::drawStripes(VideoFrame &frame, quint32 n)
{
    const int top = frame.height * 3 / 4;
    const int bottom = std::min(frame.height, top + frame.height / 8);
    const int shift = int(n % 100000) * 3;
    for (int y = top; y < bottom; ++y) {
        uchar *row = frame.plane(0) + qsizetype(y) * frame.stride(0);
        for (int x = 0; x < frame.width; ++x) {
            const int pos = (x + shift) % 48;
            row[x] = pos < 8 ? 230 : pos < 20 ? 40 : pos < 24 ? 200 : 90;
        }
    }
}

// A checkerboard of 8-pixel squares bouncing around the picture: fine detail in motion.
void TestPattern::drawCheckerboard(VideoFrame &frame, quint32 n)
{
    const int boxWidth = std::max(16, frame.width / 5);
    const int boxHeight = std::max(16, frame.height / 5);
    const int left = bounce(n, 5, frame.width - boxWidth);
    const int top = bounce(n, 3, frame.height - boxHeight);
    for (int y = 0; y < boxHeight && top + y < frame.height; ++y) {
        uchar *row = frame.plane(0) + qsizetype(top + y) * frame.stride(0);
        for (int x = 0; x < boxWidth && left + x < frame.width; ++x)
            row[left + x] = ((x / 8 + y / 8) % 2) ? 235 : 20;
    }
    for (int p = 1; p < 3; ++p) {
        const uchar tint = p == 1 ? 90 : 170; // an orange box, easy to follow by eye
        for (int y = top / 2; y < (top + boxHeight) / 2 && y < frame.chromaHeight(); ++y)
            for (int x = left / 2; x < (left + boxWidth) / 2 && x < frame.chromaWidth(); ++x)
                frame.plane(p)[qsizetype(y) * frame.stride(p) + x] = tint;
    }
}

} // namespace clinic::media
