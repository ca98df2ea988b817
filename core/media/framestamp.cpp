#include "framestamp.h"

#include <QByteArray>
#include <QtEndian>

#include <cstring>

namespace clinic::media {

namespace {

constexpr uchar blackLuma = 32;
constexpr uchar whiteLuma = 224;
constexpr uchar neutralChroma = 128;
constexpr int minBlocksPerRow = 8;

QByteArray payload(quint32 frameNumber, qint64 captureTimeUs)
{
    QByteArray bytes(12, Qt::Uninitialized);
    qToBigEndian(frameNumber, bytes.data());
    qToBigEndian(captureTimeUs, bytes.data() + 4);
    const quint16 crc = qChecksum(bytes);
    bytes.resize(14);
    qToBigEndian(crc, bytes.data() + 12);
    return bytes;
}

bool bitAt(const QByteArray &bytes, int bit)
{
    return (uchar(bytes[bit / 8]) >> (7 - bit % 8)) & 1u;
}

// Block `bit`'s top-left corner, row by row from the frame's top-left.
void blockOrigin(int width, int bit, int *x, int *y)
{
    const int perRow = width / FrameStamp::blockSize;
    *x = (bit % perRow) * FrameStamp::blockSize;
    *y = (bit / perRow) * FrameStamp::blockSize;
}

void fillBlock(VideoFrame &frame, int x, int y, uchar luma)
{
    const int size = FrameStamp::blockSize;
    for (int row = 0; row < size; ++row)
        std::memset(frame.plane(0) + qsizetype(y + row) * frame.stride(0) + x, luma, size_t(size));
    for (int p = 1; p < 3; ++p)
        for (int row = 0; row < size / 2; ++row)
            std::memset(frame.plane(p) + qsizetype(y / 2 + row) * frame.stride(p) + x / 2,
                        neutralChroma, size_t(size / 2));
}

// The mean luma of the block's middle, away from the edges that coding blurs.
int innerMean(const VideoFrame &frame, int x, int y)
{
    const int margin = FrameStamp::blockSize / 4;
    const int side = FrameStamp::blockSize - 2 * margin;
    int sum = 0;
    for (int row = 0; row < side; ++row) {
        const uchar *line = frame.plane(0) + qsizetype(y + margin + row) * frame.stride(0);
        for (int col = 0; col < side; ++col)
            sum += line[x + margin + col];
    }
    return sum / (side * side);
}

} // namespace

int FrameStamp::bandHeight(int width)
{
    const int perRow = width / blockSize;
    if (perRow < minBlocksPerRow)
        return 0;
    return (payloadBits + perRow - 1) / perRow * blockSize;
}

bool FrameStamp::write(VideoFrame &frame)
{
    const int band = bandHeight(frame.width);
    if (!frame.isValid() || band == 0 || band > frame.height)
        return false;
    const QByteArray bytes = payload(frame.frameNumber, frame.captureTimeUs);
    for (int bit = 0; bit < payloadBits; ++bit) {
        int x = 0, y = 0;
        blockOrigin(frame.width, bit, &x, &y);
        fillBlock(frame, x, y, bitAt(bytes, bit) ? whiteLuma : blackLuma);
    }
    return true;
}

std::optional<FrameStamp::Value> FrameStamp::read(const VideoFrame &frame)
{
    const int band = bandHeight(frame.width);
    if (!frame.isValid() || band == 0 || band > frame.height)
        return std::nullopt;
    QByteArray bytes(payloadBits / 8, '\0');
    const int threshold = (blackLuma + whiteLuma) / 2;
    for (int bit = 0; bit < payloadBits; ++bit) {
        int x = 0, y = 0;
        blockOrigin(frame.width, bit, &x, &y);
        if (innerMean(frame, x, y) > threshold)
            bytes[bit / 8] = char(uchar(bytes[bit / 8]) | (0x80u >> (bit % 8)));
    }
    const Value value { qFromBigEndian<quint32>(bytes.constData()),
                        qFromBigEndian<qint64>(bytes.constData() + 4) };
    if (payload(value.frameNumber, value.captureTimeUs) != bytes)
        return std::nullopt;
    return value;
}

} // namespace clinic::media
