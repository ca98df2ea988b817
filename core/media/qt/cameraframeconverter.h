#pragma once

#include "media/videoframe.h"
#include "util/result.h"

#include <QCoreApplication>

#include <optional>

class QImage;
class QVideoFrame;

namespace clinic::media {

// A camera's picture, in whatever format and size it comes, as the I420 frame the VP8
// encoder takes. The common webcam formats at the call's size are copied plane by plane;
// anything else goes through QVideoFrame::toImage, is scaled to cover the size and cropped
// at the centre (no bars, no stretching), and converted with the BT.601 studio-range matrix
// VP8 decoders assume.
class CameraFrameConverter
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::CameraFrameConverter)
public:
    [[nodiscard]] static Result<VideoFrame> toI420(const QVideoFrame &frame, int width, int height);
    // An RGB picture of exactly width x height.
    static VideoFrame fromRgb(const QImage &image);

private:
    static std::optional<VideoFrame> copyPlanar(const QVideoFrame &frame);
};

} // namespace clinic::media
