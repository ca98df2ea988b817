#pragma once

#include "videoframe.h"

namespace clinic::media {

// A moving test picture for calls without a camera: drifting waves, scrolling stripes and a
// bouncing checkerboard, so the codec has real detail and motion to code, with the frame's
// number and capture time stamped across the top (FrameStamp). The same arguments always
// give the same picture.
class TestPattern
{
public:
    static VideoFrame render(int width, int height, quint32 frameNumber, qint64 captureTimeUs);

private:
    static void drawWaves(VideoFrame &frame, quint32 n);
    static void drawStripes(VideoFrame &frame, quint32 n);
    static void drawCheckerboard(VideoFrame &frame, quint32 n);
};

} // namespace clinic::media
