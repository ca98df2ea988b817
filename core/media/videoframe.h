#pragma once

#include <QByteArray>
#include <QMetaType>

namespace clinic::media {

// One picture in I420 (YUV 4:2:0, 8 bits): a full-size luma plane followed by two chroma
// planes of half the width and height (rounded up), packed without padding in one buffer.
// The buffer is implicitly shared, so a frame is cheap to pass between threads by value.
struct VideoFrame
{
    int width = 0;
    int height = 0;
    QByteArray data; // Y, then U, then V
    quint32 frameNumber = 0; // counted by the source, from 0
    qint64 captureTimeUs = 0; // when the source captured it, Unix time in microseconds

    // A frame of the given size, mid-grey; empty when the size is not positive.
    static VideoFrame blank(int width, int height);
    static qsizetype bufferSize(int width, int height);

    bool isValid() const;
    int chromaWidth() const { return (width + 1) / 2; }
    int chromaHeight() const { return (height + 1) / 2; }

    // Plane p (0 = Y, 1 = U, 2 = V): its first byte, its row stride and its size in pixels.
    const uchar *plane(int p) const;
    uchar *plane(int p);
    int stride(int p) const { return p == 0 ? width : chromaWidth(); }
    int planeWidth(int p) const { return p == 0 ? width : chromaWidth(); }
    int planeHeight(int p) const { return p == 0 ? height : chromaHeight(); }

private:
    qsizetype planeOffset(int p) const;
};

} // namespace clinic::media

Q_DECLARE_METATYPE(clinic::media::VideoFrame)
