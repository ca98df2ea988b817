#include "vp8decoder.h"

#include "medialogging.h"

#include <cstring>
#include <vpx/vp8dx.h>
#include <vpx/vpx_decoder.h>

using namespace Qt::StringLiterals;

namespace clinic::media {

namespace {

const uchar *bytes(const QByteArray &data)
{
    return reinterpret_cast<const uchar *>(data.constData());
}

// The first bit of a VP8 frame tag is 0 for a key frame (RFC 6386, section 9.1).
bool isKeyFrame(const QByteArray &data)
{
    return !data.isEmpty() && (uchar(data[0]) & 0x01) == 0;
}

// Copies libvpx's picture (rows padded to its strides) into a packed frame.
VideoFrame copyPicture(const vpx_image_t &image)
{
    VideoFrame frame = VideoFrame::blank(int(image.d_w), int(image.d_h));
    for (int p = 0; p < 3; ++p) {
        const int rowBytes = frame.planeWidth(p);
        for (int row = 0; row < frame.planeHeight(p); ++row)
            std::memcpy(frame.plane(p) + qsizetype(row) * frame.stride(p),
                        image.planes[p] + qsizetype(row) * image.stride[p], size_t(rowBytes));
    }
    return frame;
}

} // namespace

Result<Vp8Decoder> Vp8Decoder::create(const Vp8DecoderConfig &config)
{
    if (config.maxPixels < 16 * 16 || config.threads < 1 || config.threads > 8)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The video decoder cannot use these settings."));
    VpxContext context = newVpxContext();
    vpx_codec_dec_cfg_t settings {};
    settings.threads = unsigned(config.threads);
    if (vpx_codec_dec_init(context.get(), vpx_codec_vp8_dx(), &settings, 0) != VPX_CODEC_OK)
        return makeError(ErrorCode::CodecFailed, tr("The video decoder cannot start."),
                         vpxErrorDetail(context.get()));
    return Vp8Decoder(std::move(context), config);
}

Vp8Decoder::Vp8Decoder(VpxContext context, const Vp8DecoderConfig &config)
    : m_context(std::move(context)), m_config(config)
{ }

Error Vp8Decoder::damaged(const QString &detail)
{
    m_needsKeyFrame = true;
    return makeError(ErrorCode::CorruptMedia,
                     tr("A video frame was damaged and skipped; the picture resumes with the "
                        "next full frame."),
                     detail);
}

Result<VideoFrame> Vp8Decoder::decode(const EncodedVideoFrame &frame)
{
    const bool keyFrame = isKeyFrame(frame.data);
    if (frame.data.isEmpty() || keyFrame != frame.keyFrame)
        return damaged(frame.data.isEmpty() ? u"empty frame"_s : u"key frame flag mismatch"_s);
    if (auto admitted = admit(frame, keyFrame); !admitted)
        return admitted.error();
    if (keyFrame) {
        if (auto header = checkKeyFrameHeader(frame.data); !header)
            return header.error();
    }
    auto picture = runDecoder(frame.data);
    if (!picture)
        return picture.error();
    m_lastSequence = frame.sequence;
    m_needsKeyFrame = false;
    picture->frameNumber = frame.frameNumber;
    picture->captureTimeUs = frame.captureTimeUs;
    return picture;
}

// A frame other than a key frame decodes only right after the one before it.
Result<void> Vp8Decoder::admit(const EncodedVideoFrame &frame, bool keyFrame)
{
    if (keyFrame)
        return {};
    const auto step = qint32(frame.sequence - m_lastSequence);
    if (!m_needsKeyFrame && step <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A video frame arrived twice or out of order and was skipped."),
                         u"sequence %1 after %2"_s.arg(frame.sequence).arg(m_lastSequence));
    if (m_needsKeyFrame || step != 1) {
        if (!m_needsKeyFrame)
            qCDebug(lcMedia) << "video frames lost:" << step - 1;
        m_needsKeyFrame = true;
        return makeError(ErrorCode::KeyFrameNeeded,
                         tr("Video frames were lost; the picture resumes with the next full "
                            "frame."));
    }
    return {};
}

// libvpx's own reading of a key frame's header, and its declared size against our bound.
Result<void> Vp8Decoder::checkKeyFrameHeader(const QByteArray &data)
{
    vpx_codec_stream_info_t info {};
    info.sz = sizeof(info);
    if (vpx_codec_peek_stream_info(vpx_codec_vp8_dx(), bytes(data), unsigned(data.size()), &info)
        != VPX_CODEC_OK)
        return damaged(u"not a VP8 key frame"_s);
    if (qint64(info.w) * info.h > m_config.maxPixels)
        return damaged(u"key frame declares %1x%2"_s.arg(info.w).arg(info.h));
    return {};
}

Result<VideoFrame> Vp8Decoder::runDecoder(const QByteArray &data)
{
    if (vpx_codec_decode(m_context.get(), bytes(data), unsigned(data.size()), nullptr, 0)
        != VPX_CODEC_OK)
        return damaged(vpxErrorDetail(m_context.get()));
    // libvpx decodes a truncated last partition as zeros and only flags the frame corrupted.
    int corrupted = 0;
    if (vpx_codec_control(m_context.get(), VP8D_GET_FRAME_CORRUPTED, &corrupted) != VPX_CODEC_OK
        || corrupted)
        return damaged(u"libvpx marked the frame corrupted"_s);
    vpx_codec_iter_t iterator = nullptr;
    const vpx_image_t *image = vpx_codec_get_frame(m_context.get(), &iterator);
    if (!image || image->fmt != VPX_IMG_FMT_I420)
        return damaged(u"no picture came out"_s);
    return copyPicture(*image);
}

} // namespace clinic::media
