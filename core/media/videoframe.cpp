#include "videoframe.h"

namespace clinic::media {

namespace {
constexpr char midGrey = char(128);
}

VideoFrame VideoFrame::blank(int width, int height)
{
    VideoFrame frame;
    if (width <= 0 || height <= 0)
        return frame;
    frame.width = width;
    frame.height = height;
    frame.data = QByteArray(bufferSize(width, height), midGrey);
    return frame;
}

qsizetype VideoFrame::bufferSize(int width, int height)
{
    const qsizetype luma = qsizetype(width) * height;
    const qsizetype chroma = qsizetype((width + 1) / 2) * ((height + 1) / 2);
    return luma + 2 * chroma;
}

bool VideoFrame::isValid() const
{
    return width > 0 && height > 0 && data.size() == bufferSize(width, height);
}

qsizetype VideoFrame::planeOffset(int p) const
{
    Q_ASSERT(p >= 0 && p <= 2);
    const qsizetype luma = qsizetype(width) * height;
    const qsizetype chroma = qsizetype(chromaWidth()) * chromaHeight();
    return p == 0 ? 0 : luma + (p - 1) * chroma;
}

const uchar *VideoFrame::plane(int p) const
{
    return reinterpret_cast<const uchar *>(data.constData()) + planeOffset(p);
}

uchar *VideoFrame::plane(int p)
{
    return reinterpret_cast<uchar *>(data.data()) + planeOffset(p);
}

} // namespace clinic::media
