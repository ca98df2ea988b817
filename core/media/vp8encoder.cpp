#include "vp8encoder.h"

#include "medialogging.h"

#include <vpx/vp8cx.h>
#include <vpx/vpx_encoder.h>

using namespace Qt::StringLiterals;

namespace clinic::media {

namespace {

constexpr int microsecondsPerSecond = 1000000;

Error badSettings(const QString &detail)
{
    return makeError(ErrorCode::InvalidArgument,
                     Vp8Encoder::tr("The video encoder cannot use these settings."), detail);
}

Result<void> checkConfig(const Vp8EncoderConfig &c)
{
    if (c.width < 16 || c.height < 16 || c.width > 4096 || c.height > 4096)
        return badSettings(u"size %1x%2"_s.arg(c.width).arg(c.height));
    if (c.frameRate < 1 || c.frameRate > 60)
        return badSettings(u"frame rate %1"_s.arg(c.frameRate));
    if (c.bitrateKbps < Vp8Encoder::minBitrateKbps || c.bitrateKbps > Vp8Encoder::maxBitrateKbps)
        return badSettings(u"bit rate %1 kbit/s"_s.arg(c.bitrateKbps));
    if (c.cpuUsed < -16 || c.cpuUsed > 16 || c.threads < 1 || c.threads > 8
        || c.keyFrameInterval < 1)
        return badSettings(
                u"speed %1, threads %2, key frame interval %3"_s.arg(c.cpuUsed).arg(c.threads).arg(
                        c.keyFrameInterval));
    return {};
}

// Real-time settings after WebRTC's VP8 encoder: constant bit rate with a small buffer, so a
// frame's size follows the target closely and the link's queue stays short.
void applyRealTimeSettings(vpx_codec_enc_cfg_t &s, const Vp8EncoderConfig &c)
{
    s.g_w = unsigned(c.width);
    s.g_h = unsigned(c.height);
    s.g_threads = unsigned(c.threads);
    s.g_timebase = { 1, microsecondsPerSecond }; // presentation times in microseconds
    s.g_lag_in_frames = 0; // no look-ahead: each frame leaves as soon as it is coded
    s.g_error_resilient = VPX_ERROR_RESILIENT_DEFAULT;
    s.g_pass = VPX_RC_ONE_PASS;
    s.rc_end_usage = VPX_CBR;
    s.rc_target_bitrate = unsigned(c.bitrateKbps);
    // Skip a frame when the rate control's buffer falls below 30% (WebRTC's setting): the way
    // to keep to a bit rate below what the picture needs, as after a cut for a poor link.
    s.rc_dropframe_thresh = 30;
    s.rc_resize_allowed = 0;
    s.rc_min_quantizer = 2;
    s.rc_max_quantizer = 63;
    s.rc_undershoot_pct = 100;
    s.rc_overshoot_pct = 15;
    s.rc_buf_initial_sz = 500;
    s.rc_buf_optimal_sz = 600;
    s.rc_buf_sz = 1000;
    s.kf_mode = VPX_KF_AUTO;
    s.kf_min_dist = 0;
    s.kf_max_dist = unsigned(c.keyFrameInterval);
}

Result<void> applyControls(vpx_codec_ctx_t *context, const Vp8EncoderConfig &c)
{
    // Key frames at most 9 times the average frame: a bigger one would stall the link.
    const bool ok = vpx_codec_control(context, VP8E_SET_CPUUSED, c.cpuUsed) == VPX_CODEC_OK
            && vpx_codec_control(context, VP8E_SET_NOISE_SENSITIVITY, 0u) == VPX_CODEC_OK
            && vpx_codec_control(context, VP8E_SET_STATIC_THRESHOLD, 1u) == VPX_CODEC_OK
            && vpx_codec_control(context, VP8E_SET_MAX_INTRA_BITRATE_PCT, 900u) == VPX_CODEC_OK;
    if (!ok)
        return makeError(ErrorCode::CodecFailed, Vp8Encoder::tr("The video encoder cannot start."),
                         vpxErrorDetail(context));
    return {};
}

// Describes `frame`'s planes to libvpx without copying them.
vpx_image_t wrap(const VideoFrame &frame)
{
    vpx_image_t image {};
    auto *pixels = const_cast<uchar *>(frame.plane(0)); // libvpx only reads an input image
    vpx_img_wrap(&image, VPX_IMG_FMT_I420, unsigned(frame.width), unsigned(frame.height), 1,
                 pixels);
    for (int p = 0; p < 3; ++p) {
        image.planes[p] = const_cast<uchar *>(frame.plane(p));
        image.stride[p] = frame.stride(p);
    }
    return image;
}

} // namespace

Result<Vp8Encoder> Vp8Encoder::create(const Vp8EncoderConfig &config)
{
    if (auto checked = checkConfig(config); !checked)
        return checked.error();
    auto settings = std::make_unique<vpx_codec_enc_cfg_t>();
    if (vpx_codec_enc_config_default(vpx_codec_vp8_cx(), settings.get(), 0) != VPX_CODEC_OK)
        return makeError(ErrorCode::CodecFailed, tr("The video encoder cannot start."),
                         u"no default VP8 settings"_s);
    applyRealTimeSettings(*settings, config);
    VpxContext context = newVpxContext();
    if (vpx_codec_enc_init(context.get(), vpx_codec_vp8_cx(), settings.get(), 0) != VPX_CODEC_OK)
        return makeError(ErrorCode::CodecFailed, tr("The video encoder cannot start."),
                         vpxErrorDetail(context.get()));
    if (auto controlled = applyControls(context.get(), config); !controlled)
        return controlled.error();
    return Vp8Encoder(std::move(context), std::move(settings), config);
}

Vp8Encoder::Vp8Encoder(VpxContext context, std::unique_ptr<vpx_codec_enc_cfg> settings,
                       const Vp8EncoderConfig &config)
    : m_context(std::move(context)), m_settings(std::move(settings)), m_config(config)
{ }

Vp8Encoder::Vp8Encoder(Vp8Encoder &&other) noexcept = default;
Vp8Encoder &Vp8Encoder::operator=(Vp8Encoder &&other) noexcept = default;
Vp8Encoder::~Vp8Encoder() = default;

Result<void> Vp8Encoder::setBitrateKbps(int kbps)
{
    if (kbps < minBitrateKbps || kbps > maxBitrateKbps)
        return badSettings(u"bit rate %1 kbit/s"_s.arg(kbps));
    m_settings->rc_target_bitrate = unsigned(kbps);
    if (vpx_codec_enc_config_set(m_context.get(), m_settings.get()) != VPX_CODEC_OK) {
        m_settings->rc_target_bitrate = unsigned(m_config.bitrateKbps);
        return makeError(ErrorCode::CodecFailed, tr("The video encoder refused a new bit rate."),
                         vpxErrorDetail(m_context.get()));
    }
    m_config.bitrateKbps = kbps;
    return {};
}

// Times count from the first frame and always move forward: libvpx's rate control divides
// the bit budget by the time between frames. They are snapped to the frame rate's grid:
// capture times jitter (a camera's clock, a timer's tick), and libvpx reads 32 and 48 ms
// gaps at 30 fps as a changing frame rate and overshoots its target by a third (measured:
// 1050 kbit/s for 800 with times on a 16 ms tick, 790 once snapped). A frame really skipped
// still leaves a gap of whole frames.
qint64 Vp8Encoder::presentationTime(qint64 captureTimeUs)
{
    if (m_lastPts < 0)
        m_firstCaptureUs = captureTimeUs;
    const qint64 frameUs = microsecondsPerSecond / m_config.frameRate;
    const qint64 elapsed = captureTimeUs - m_firstCaptureUs;
    const qint64 snapped = (elapsed + frameUs / 2) / frameUs * frameUs;
    const qint64 pts = m_lastPts < 0 ? snapped : qMax(snapped, m_lastPts + frameUs);
    m_lastPts = pts;
    return pts;
}

Result<std::optional<EncodedVideoFrame>> Vp8Encoder::encode(const VideoFrame &frame)
{
    if (!frame.isValid() || frame.width != m_config.width || frame.height != m_config.height)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The video frame does not have the size the encoder expects."),
                         u"%1x%2, expected %3x%4"_s.arg(frame.width)
                                 .arg(frame.height)
                                 .arg(m_config.width)
                                 .arg(m_config.height));
    vpx_image_t image = wrap(frame);
    const vpx_enc_frame_flags_t flags = m_keyFrameRequested ? VPX_EFLAG_FORCE_KF : 0;
    const auto duration = static_cast<unsigned long>(microsecondsPerSecond / m_config.frameRate);
    if (vpx_codec_encode(m_context.get(), &image, presentationTime(frame.captureTimeUs), duration,
                         flags, VPX_DL_REALTIME)
        != VPX_CODEC_OK)
        return makeError(ErrorCode::CodecFailed, tr("The video encoder failed on a frame."),
                         vpxErrorDetail(m_context.get()));
    bool keyFrame = false;
    QByteArray data = collectOutput(&keyFrame);
    if (data.isEmpty())
        return std::optional<EncodedVideoFrame>(); // skipped; a requested key frame comes next
    if (m_keyFrameRequested)
        qCDebug(lcMedia) << "key frame sent on request";
    m_keyFrameRequested = false;
    EncodedVideoFrame encoded;
    encoded.data = std::move(data);
    encoded.sequence = m_sequence++;
    encoded.frameNumber = frame.frameNumber;
    encoded.captureTimeUs = frame.captureTimeUs;
    encoded.keyFrame = keyFrame;
    return std::optional(std::move(encoded));
}

// With no look-ahead, a frame gives one compressed frame or, when skipped, none.
QByteArray Vp8Encoder::collectOutput(bool *keyFrame)
{
    QByteArray data;
    vpx_codec_iter_t iterator = nullptr;
    while (const vpx_codec_cx_pkt_t *packet = vpx_codec_get_cx_data(m_context.get(), &iterator)) {
        if (packet->kind != VPX_CODEC_CX_FRAME_PKT)
            continue;
        data.append(static_cast<const char *>(packet->data.frame.buf),
                    qsizetype(packet->data.frame.sz));
        *keyFrame = (packet->data.frame.flags & VPX_FRAME_IS_KEY) != 0;
    }
    return data;
}

} // namespace clinic::media
