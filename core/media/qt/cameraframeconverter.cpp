#include "cameraframeconverter.h"

#include <QImage>
#include <QVideoFrame>

#include <cstring>

namespace clinic::media {

namespace {

uchar lumaOf(int r, int g, int b)
{
    return uchar(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
}

uchar blueDifference(int r, int g, int b)
{
    return uchar(((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
}

uchar redDifference(int r, int g, int b)
{
    return uchar(((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
}

void copyRows(uchar *to, int toStride, const uchar *from, int fromStride, int rowBytes, int rows)
{
    for (int row = 0; row < rows; ++row)
        std::memcpy(to + qsizetype(row) * toStride, from + qsizetype(row) * fromStride,
                    size_t(rowBytes));
}

// Unmaps on every path out.
class Mapping
{
public:
    explicit Mapping(QVideoFrame &frame)
        : m_frame(frame), m_ok(frame.map(QVideoFrame::ReadOnly)) { }
    ~Mapping()
    {
        if (m_ok)
            m_frame.unmap();
    }
    Mapping(const Mapping &) = delete;
    Mapping &operator=(const Mapping &) = delete;
    bool ok() const { return m_ok; }

private:
    QVideoFrame &m_frame;
    bool m_ok;
};

} // namespace

// YUV420P and NV12, the formats most webcams give through GStreamer, at the frame's own size.
std::optional<VideoFrame> CameraFrameConverter::copyPlanar(const QVideoFrame &source)
{
    QVideoFrame frame = source; // shared; mapping is per handle
    const auto format = frame.pixelFormat();
    if (format != QVideoFrameFormat::Format_YUV420P && format != QVideoFrameFormat::Format_NV12)
        return std::nullopt;
    Mapping mapping(frame);
    if (!mapping.ok())
        return std::nullopt;
    VideoFrame out = VideoFrame::blank(frame.width(), frame.height());
    copyRows(out.plane(0), out.stride(0), frame.bits(0), frame.bytesPerLine(0), out.width,
             out.height);
    if (format == QVideoFrameFormat::Format_YUV420P) {
        for (int p = 1; p < 3; ++p)
            copyRows(out.plane(p), out.stride(p), frame.bits(p), frame.bytesPerLine(p),
                     out.planeWidth(p), out.planeHeight(p));
        return out;
    }
    for (int row = 0; row < out.chromaHeight(); ++row) {
        const uchar *uv = frame.bits(1) + qsizetype(row) * frame.bytesPerLine(1);
        uchar *u = out.plane(1) + qsizetype(row) * out.stride(1);
        uchar *v = out.plane(2) + qsizetype(row) * out.stride(2);
        for (int x = 0; x < out.chromaWidth(); ++x) {
            u[x] = uv[2 * x];
            v[x] = uv[2 * x + 1];
        }
    }
    return out;
}

VideoFrame CameraFrameConverter::fromRgb(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    VideoFrame out = VideoFrame::blank(image.width(), image.height());
    for (int y = 0; y < out.height; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        uchar *luma = out.plane(0) + qsizetype(y) * out.stride(0);
        for (int x = 0; x < out.width; ++x)
            luma[x] = lumaOf(qRed(line[x]), qGreen(line[x]), qBlue(line[x]));
    }
    // Each chroma sample from the mean of its 2x2 block (fewer at an odd edge).
    for (int cy = 0; cy < out.chromaHeight(); ++cy) {
        for (int cx = 0; cx < out.chromaWidth(); ++cx) {
            int r = 0, g = 0, b = 0, n = 0;
            for (int y = 2 * cy; y < std::min(2 * cy + 2, out.height); ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = 2 * cx; x < std::min(2 * cx + 2, out.width); ++x, ++n) {
                    r += qRed(line[x]);
                    g += qGreen(line[x]);
                    b += qBlue(line[x]);
                }
            }
            out.plane(1)[qsizetype(cy) * out.stride(1) + cx] = blueDifference(r / n, g / n, b / n);
            out.plane(2)[qsizetype(cy) * out.stride(2) + cx] = redDifference(r / n, g / n, b / n);
        }
    }
    return out;
}

Result<VideoFrame> CameraFrameConverter::toI420(const QVideoFrame &frame, int width, int height)
{
    if (!frame.isValid() || width <= 0 || height <= 0)
        return makeError(ErrorCode::CorruptMedia, tr("The camera sent an empty picture."));
    if (frame.width() == width && frame.height() == height) {
        if (auto copied = copyPlanar(frame))
            return *copied;
    }
    const QImage image = frame.toImage();
    if (image.isNull())
        return makeError(ErrorCode::CorruptMedia, tr("The camera's picture could not be read."),
                         QStringLiteral("pixel format %1").arg(int(frame.pixelFormat())));
    const QImage scaled =
            image.scaled(width, height, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QImage cropped = scaled.copy((scaled.width() - width) / 2, (scaled.height() - height) / 2,
                                       width, height);
    return fromRgb(cropped);
}

} // namespace clinic::media
