#pragma once

#include "videoframe.h"

#include <optional>

namespace clinic::media {

// A frame's number and capture time drawn into its top rows as big black and white blocks,
// one bit per 16x16 block (VP8's macroblock), with a checksum. Blocks that size survive lossy
// coding, so the receiving end of a test or demo reads back exactly which frame it shows and
// when it was captured: the proof that video arrived, and the measure of its latency.
class FrameStamp
{
public:
    static constexpr int blockSize = 16;
    static constexpr int payloadBits = (4 + 8 + 2) * 8; // number, time, CRC-16

    struct Value
    {
        quint32 frameNumber = 0;
        qint64 captureTimeUs = 0;
        bool operator==(const Value &) const = default;
    };

    // The height of the band the stamp takes at the top of a frame this wide (0 if too narrow).
    static int bandHeight(int width);
    // Draws frame.frameNumber and frame.captureTimeUs; false if the frame is too small.
    static bool write(VideoFrame &frame);
    // Nothing when the frame carries no readable stamp (the checksum does not match).
    static std::optional<Value> read(const VideoFrame &frame);
};

} // namespace clinic::media
