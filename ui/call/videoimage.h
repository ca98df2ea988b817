#pragma once

#include <QImage>

namespace clinic::media {
struct VideoFrame;
}

namespace clinic::ui {

// A call's picture (I420, BT.601 studio range, as the VP8 decoder and the camera converter
// give it) as an RGB image to paint: the inverse of CameraFrameConverter::fromRgb. Integer
// arithmetic, a few milliseconds for 640x480; VideoView runs it off the GUI thread.
namespace VideoImage {
// A null image for an invalid frame.
QImage fromI420(const media::VideoFrame &frame);
} // namespace VideoImage

} // namespace clinic::ui
