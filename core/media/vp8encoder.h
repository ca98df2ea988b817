#pragma once

#include "encodedvideoframe.h"
#include "util/result.h"
#include "videoframe.h"
#include "vpxcontext.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

struct vpx_codec_enc_cfg;

namespace clinic::media {

struct Vp8EncoderConfig
{
    int width = 640;
    int height = 480;
    int frameRate = 30;
    int bitrateKbps = 800;
    // libvpx's speed in real-time mode. Negative fixes the speed (-6: speed 6, as WebRTC uses
    // at this size, about 2 ms a frame here); positive lets libvpx pick one from how long
    // frames take, which makes the output depend on the machine's load.
    int cpuUsed = -6;
    int threads = 1;
    // A key frame at least this often, so a receiver whose request for one was lost still
    // recovers; receivers normally ask for one as soon as they lose a frame.
    int keyFrameInterval = 300;
};

// VP8 encoding with libvpx in real-time mode: no look-ahead (a frame leaves as soon as it is
// coded), error-resilient, constant bit rate. When the bit rate is below what the picture
// needs, the encoder skips frames rather than send more than the link carries. One thread at
// a time may use it; it may be any thread, never needing the GUI.
class Vp8Encoder
{
    Q_DECLARE_TR_FUNCTIONS(clinic::media::Vp8Encoder)
public:
    static constexpr int minBitrateKbps = 50;
    static constexpr int maxBitrateKbps = 8000;

    [[nodiscard]] static Result<Vp8Encoder> create(const Vp8EncoderConfig &config = {});
    Vp8Encoder(Vp8Encoder &&other) noexcept;
    Vp8Encoder &operator=(Vp8Encoder &&other) noexcept;
    ~Vp8Encoder();

    // The frame must have the configured size. The result keeps its number and capture time;
    // nothing when the rate control skipped the frame (send nothing: the receiver loses
    // nothing, as the encoder's sequence counts only the frames it made).
    [[nodiscard]] Result<std::optional<EncodedVideoFrame>> encode(const VideoFrame &frame);

    // Takes effect from the next frame: the call lowers it when the link cannot carry it.
    [[nodiscard]] Result<void> setBitrateKbps(int kbps);
    int bitrateKbps() const { return m_config.bitrateKbps; }
    // The next frame is a key frame (a receiver lost frames and asked for one).
    void requestKeyFrame() { m_keyFrameRequested = true; }
    const Vp8EncoderConfig &config() const { return m_config; }

private:
    Vp8Encoder(VpxContext context, std::unique_ptr<vpx_codec_enc_cfg> settings,
               const Vp8EncoderConfig &config);
    qint64 presentationTime(qint64 captureTimeUs);
    QByteArray collectOutput(bool *keyFrame);

    VpxContext m_context;
    std::unique_ptr<vpx_codec_enc_cfg> m_settings; // kept: a bit-rate change resubmits it
    Vp8EncoderConfig m_config;
    quint32 m_sequence = 0;
    bool m_keyFrameRequested = false;
    qint64 m_firstCaptureUs = 0;
    qint64 m_lastPts = -1;
};

} // namespace clinic::media
