#include "videoimage.h"

#include "media/videoframe.h"

namespace clinic::ui::VideoImage {

namespace {

// BT.601 studio range (Y 16..235, chroma 16..240 around 128) to full-range RGB, in 16.16
// fixed point: 1.164 (Y - 16), and the chroma weights 1.596, 0.391, 0.813, 2.018.
constexpr int yScale = 76309;
constexpr int vToR = 104597;
constexpr int uToG = 25675;
constexpr int vToG = 53279;
constexpr int uToB = 132201;
constexpr int half = 1 << 15;

inline uint clamped(int value)
{
    return uint(value < 0 ? 0 : (value > 255 ? 255 : value));
}

} // namespace

QImage fromI420(const media::VideoFrame &frame)
{
    if (!frame.isValid())
        return {};
    QImage image(frame.width, frame.height, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const uchar *yPlane = frame.plane(0);
    const uchar *uPlane = frame.plane(1);
    const uchar *vPlane = frame.plane(2);
    for (int row = 0; row < frame.height; ++row) {
        const uchar *y = yPlane + qsizetype(row) * frame.stride(0);
        const uchar *u = uPlane + qsizetype(row / 2) * frame.stride(1);
        const uchar *v = vPlane + qsizetype(row / 2) * frame.stride(2);
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int col = 0; col < frame.width; ++col) {
            const int c = (int(y[col]) - 16) * yScale + half;
            const int d = int(u[col / 2]) - 128;
            const int e = int(v[col / 2]) - 128;
            const uint r = clamped((c + vToR * e) >> 16);
            const uint g = clamped((c - uToG * d - vToG * e) >> 16);
            const uint b = clamped((c + uToB * d) >> 16);
            out[col] = 0xff000000u | (r << 16) | (g << 8) | b;
        }
    }
    return image;
}

} // namespace clinic::ui::VideoImage
