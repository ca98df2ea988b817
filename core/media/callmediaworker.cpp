#include "callmediaworker.h"

#include "callcontrol.h"
#include "crypto/callkeys.h"
#include "medialogging.h"
#include "threadcputime.h"
#include "util/clock.h"

#include <algorithm>

namespace clinic::media {

namespace {

constexpr int playoutTickMs = AudioFormat::frameMs / 2; // the clock, not the ticks, decides
constexpr qint64 maxPlayoutCatchUp = 5; // frames; more behind than that are not played late
constexpr qint64 minKeyRequestGapUs = 100 * 1000;

CallKeys::Stream streamOf(quint64 keyId)
{
    return CallKeys::Stream(keyId % 4);
}

// The payload kinds each stream may carry: a frame sealed under the audio KID that claims to
// be video is refused, so the relay's view of a KID (audio first) matches what it carries.
bool kindFitsStream(CallPayload::Kind kind, CallKeys::Stream stream)
{
    switch (kind) {
    case CallPayload::Kind::Audio:
        return stream == CallKeys::Stream::Audio;
    case CallPayload::Kind::Video:
        return stream == CallKeys::Stream::Video;
    case CallPayload::Kind::Chat:
    case CallPayload::Kind::Control:
        return stream == CallKeys::Stream::Chat;
    }
    return false;
}

} // namespace

CallMediaWorker::CallMediaWorker(const Clock &clock, const CallMediaConfig &config,
                                 CallMediaParts parts)
    : m_clock(clock), m_config(config), m_parts(std::move(parts)),
      m_adapter(config.video.bitrateKbps, std::min(config.minVideoKbps, config.video.bitrateKbps),
                config.video.bitrateKbps)
{
    m_playoutTimer.setTimerType(Qt::PreciseTimer);
    m_playoutTimer.setInterval(playoutTickMs);
    connect(&m_playoutTimer, &QTimer::timeout, this, &CallMediaWorker::onPlayoutTick);
    m_statsTimer.setInterval(std::max(100, config.statsIntervalMs));
    connect(&m_statsTimer, &QTimer::timeout, this, &CallMediaWorker::onStatsTick);
}

qint64 CallMediaWorker::nowUs() const
{
    return m_clock.nowMs() * 1000;
}

void CallMediaWorker::start()
{
    m_playStartUs = nowUs();
    m_nextPlaySlot = 0;
    m_intervalStartUs = m_playStartUs;
    m_jitterAtIntervalStart = m_parts.jitterBuffer.stats();
    m_playoutTimer.start();
    m_statsTimer.start();
    sendControl({ CallControl::Type::MediaState, 0, 0, 0, stateFlags() });
}

void CallMediaWorker::stop()
{
    m_playoutTimer.stop();
    m_statsTimer.stop();
}

void CallMediaWorker::seal(SFrameSealer &sealer, const CallPayload &payload)
{
    auto frame = sealer.seal(payload.encode());
    if (!frame) {
        // Only a spent counter (2^64 frames) or a broken OpenSSL gets here: the call cannot go on.
        emit failed(frame.error().message);
        return;
    }
    m_bytesSent += frame->size();
    m_stats.bytesSent += quint64(frame->size());
    emit sealedFrameReady(*frame);
}

void CallMediaWorker::sendControl(const CallControl &control)
{
    CallPayload payload;
    payload.kind = CallPayload::Kind::Control;
    payload.timeUs = nowUs();
    payload.body = control.encode();
    seal(m_parts.chatSealer, payload);
}

quint8 CallMediaWorker::stateFlags() const
{
    return quint8((m_cameraOn ? CallControl::CameraOn : 0) | (m_muted ? CallControl::Muted : 0));
}

// A camera may change its size mid-call (another device picked): a new encoder for it.
Result<void> CallMediaWorker::fitEncoder(const VideoFrame &frame)
{
    const Vp8EncoderConfig &current = m_parts.videoEncoder.config();
    if (frame.width == current.width && frame.height == current.height)
        return {};
    Vp8EncoderConfig config = current;
    config.width = frame.width;
    config.height = frame.height;
    config.bitrateKbps = m_adapter.kbps();
    auto encoder = Vp8Encoder::create(config);
    if (!encoder)
        return encoder.error();
    m_parts.videoEncoder = std::move(encoder).value();
    return {};
}

// A camera faster than the call's frame rate: the pictures in between are skipped, so the
// encoder's idea of the rate (and of each frame's share of the bit rate) holds. Each picture
// sent moves the next one's due time a frame on; a picture up to 0.4 frame early still goes
// (a timer's jitter), and a source that fell behind earns no burst to catch up.
bool CallMediaWorker::admitAtFrameRate(qint64 captureTimeUs)
{
    const qint64 frameUs = 1000000 / std::max(1, m_config.video.frameRate);
    if (m_nextVideoDueUs && captureTimeUs < *m_nextVideoDueUs - frameUs * 2 / 5)
        return false;
    m_nextVideoDueUs = m_nextVideoDueUs
            ? std::max(*m_nextVideoDueUs + frameUs, captureTimeUs + frameUs / 2)
            : captureTimeUs + frameUs;
    return true;
}

void CallMediaWorker::onVideoCaptured(const VideoFrame &frame)
{
    if (!m_cameraOn)
        return;
    if (nowUs() - frame.captureTimeUs > qint64(m_config.staleVideoMs) * 1000) {
        ++m_stats.videoFramesSkipped;
        return;
    }
    if (!admitAtFrameRate(frame.captureTimeUs)) {
        ++m_stats.videoFramesSkipped;
        return;
    }
    if (auto fitted = fitEncoder(frame); !fitted) {
        emit failed(fitted.error().message);
        return;
    }
    auto encoded = m_parts.videoEncoder.encode(frame);
    if (!encoded) {
        qCWarning(lcMedia) << "video frame not encoded:" << encoded.error().fullText();
        return;
    }
    if (!encoded->has_value())
        return; // the rate control skipped it; the receiver loses nothing
    const EncodedVideoFrame &video = **encoded;
    CallPayload payload;
    payload.kind = CallPayload::Kind::Video;
    payload.flags = video.keyFrame ? CallPayload::KeyFrame : 0;
    payload.sequence = video.sequence;
    payload.frameNumber = video.frameNumber;
    payload.timeUs = video.captureTimeUs;
    payload.body = video.data;
    seal(m_parts.videoSealer, payload);
    ++m_stats.videoFramesSent;
    ++m_videoSent;
}

// Muted, the microphone's sound never leaves: silence is coded in its place, so the peer's
// jitter buffer keeps its timing and counts no loss, and the flag lets it show "muted".
void CallMediaWorker::onAudioCaptured(const AudioFrame &frame)
{
    AudioFrame toSend = frame;
    if (m_audioSourceChanged && m_lastAudioSent)
        m_audioSequenceOffset = *m_lastAudioSent + 1 - frame.sequence;
    m_audioSourceChanged = false;
    toSend.sequence = frame.sequence + m_audioSequenceOffset;
    m_lastAudioSent = toSend.sequence;
    if (m_muted)
        toSend.samples.fill(0, AudioFormat::frameSamples);
    auto packet = m_parts.audioEncoder.encode(toSend);
    if (!packet) {
        qCWarning(lcMedia) << "audio frame not encoded:" << packet.error().fullText();
        return;
    }
    CallPayload payload;
    payload.kind = CallPayload::Kind::Audio;
    payload.flags = m_muted ? CallPayload::Muted : 0;
    payload.sequence = packet->sequence;
    payload.timeUs = packet->captureTimeUs;
    payload.body = packet->data;
    seal(m_parts.audioSealer, payload);
}

void CallMediaWorker::onAudioSourceChanged()
{
    m_audioSourceChanged = true;
}

void CallMediaWorker::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    sendControl({ CallControl::Type::MediaState, 0, 0, 0, stateFlags() });
}

void CallMediaWorker::setCameraOn(bool on)
{
    if (on == m_cameraOn)
        return;
    m_cameraOn = on;
    if (on)
        m_parts.videoEncoder.requestKeyFrame(); // the picture resumes at once, whole
    sendControl({ CallControl::Type::MediaState, 0, 0, 0, stateFlags() });
}

void CallMediaWorker::sendChat(const QString &text)
{
    CallPayload payload;
    payload.kind = CallPayload::Kind::Chat;
    payload.timeUs = nowUs();
    payload.body = text.toUtf8();
    seal(m_parts.chatSealer, payload);
}

void CallMediaWorker::onFrameReceived(const QByteArray &sealedFrame)
{
    auto opened = m_parts.opener.open(sealedFrame);
    if (!opened)
        return; // dropped and counted by the opener
    m_bytesReceived += sealedFrame.size();
    m_stats.bytesReceived += quint64(sealedFrame.size());
    const auto payload = CallPayload::parse(opened->plaintext);
    if (!payload || !kindFitsStream(payload->kind, streamOf(opened->keyId))) {
        ++m_stats.payloadsRefused;
        return;
    }
    switch (payload->kind) {
    case CallPayload::Kind::Video:
        receiveVideo(*payload);
        break;
    case CallPayload::Kind::Audio:
        receiveAudio(*payload);
        break;
    case CallPayload::Kind::Chat:
        ++m_stats.chatReceived;
        emit chatReceived(QString::fromUtf8(payload->body), payload->timeUs);
        break;
    case CallPayload::Kind::Control:
        receiveControl(*payload);
        break;
    }
}

// Gaps in the encoder's sequence are frames lost on the way; a frame behind the newest
// (reordered) was counted lost when the gap opened.
void CallMediaWorker::countVideoSequence(quint32 sequence)
{
    ++m_videoReceived;
    if (!m_lastVideoSequence) {
        m_lastVideoSequence = sequence;
        return;
    }
    const auto step = qint32(sequence - *m_lastVideoSequence);
    if (step <= 0)
        return;
    m_stats.videoFramesLost += quint64(step - 1);
    m_videoLost += quint64(step - 1);
    m_lastVideoSequence = sequence;
}

void CallMediaWorker::receiveVideo(const CallPayload &payload)
{
    // The camera's state comes from the peer's control messages only: a picture delayed on
    // the way must not turn it back on after the peer said "off".
    countVideoSequence(payload.sequence);
    EncodedVideoFrame frame;
    frame.data = payload.body;
    frame.sequence = payload.sequence;
    frame.frameNumber = payload.frameNumber;
    frame.captureTimeUs = payload.timeUs;
    frame.keyFrame = payload.has(CallPayload::KeyFrame);
    auto picture = m_parts.videoDecoder.decode(frame);
    if (!picture) {
        ++m_stats.videoFramesDropped;
        // An old frame again loses nothing; anything else leaves the decoder without its
        // reference until a key frame comes.
        if (picture.error().code != ErrorCode::InvalidArgument)
            requestKeyFrame();
        return;
    }
    ++m_stats.videoFramesDecoded;
    ++m_videoDecoded;
    emit remoteFrameDecoded(*picture);
}

// Asked again while none comes, but not more often than a round trip: the one asked for may
// still be on its way.
void CallMediaWorker::requestKeyFrame()
{
    const qint64 now = nowUs();
    const qint64 gap = std::max(minKeyRequestGapUs, qint64(std::max(0, m_stats.rttMs)) * 1500);
    if (m_lastKeyRequestUs != 0 && now - m_lastKeyRequestUs < gap)
        return;
    m_lastKeyRequestUs = now;
    ++m_stats.keyFramesRequested;
    sendControl({ CallControl::Type::KeyFrameRequest, 0, 0, 0, 0 });
}

void CallMediaWorker::receiveAudio(const CallPayload &payload)
{
    setRemoteState(m_remoteCameraOn, payload.has(CallPayload::Muted));
    EncodedAudioPacket packet { payload.body, payload.sequence, payload.timeUs };
    (void)m_parts.jitterBuffer.insert(packet, nowUs()); // it counts what it refuses
}

void CallMediaWorker::receiveControl(const CallPayload &payload)
{
    const auto control = CallControl::parse(payload.body);
    if (!control) {
        ++m_stats.payloadsRefused;
        return;
    }
    switch (control->type) {
    case CallControl::Type::KeyFrameRequest:
        m_parts.videoEncoder.requestKeyFrame();
        ++m_stats.keyFramesSent;
        break;
    case CallControl::Type::Ping:
        // The pong echoes the ping's time: the round trip is measured on the pinger's clock.
        sendControl({ CallControl::Type::Pong, control->id, payload.timeUs, 0, 0 });
        m_stats.peerLoss = control->lossPermille / 1000.0;
        m_peerReported = true;
        [[fallthrough]];
    case CallControl::Type::MediaState:
        setRemoteState(control->state & CallControl::CameraOn, control->state & CallControl::Muted);
        break;
    case CallControl::Type::Pong:
        if (control->id == m_pingId)
            m_stats.rttMs = int((nowUs() - control->echoedUs) / 1000);
        break;
    }
}

void CallMediaWorker::setRemoteState(bool cameraOn, bool muted)
{
    if (cameraOn == m_remoteCameraOn && muted == m_remoteMuted)
        return;
    m_remoteCameraOn = cameraOn;
    m_remoteMuted = muted;
    emit remoteStateChanged(cameraOn, muted);
}

// Slot i of the playout is the 20 ms from start + 20i ms: played once the clock reaches it.
void CallMediaWorker::onPlayoutTick()
{
    const qint64 now = nowUs();
    const qint64 due = (now - m_playStartUs) / AudioFormat::frameUs + 1;
    m_nextPlaySlot = std::max(m_nextPlaySlot, due - maxPlayoutCatchUp);
    for (; m_nextPlaySlot < due; ++m_nextPlaySlot)
        emit audioReady(m_parts.jitterBuffer.pull(now).frame);
}

// The share of the peer's audio and video that did not arrive this interval.
double CallMediaWorker::intervalLoss()
{
    const AudioJitterStats &audio = m_parts.jitterBuffer.stats();
    const quint64 audioLost = audio.lost - m_jitterAtIntervalStart.lost;
    const quint64 audioReceived = audio.received - m_jitterAtIntervalStart.received;
    m_jitterAtIntervalStart = audio;
    const quint64 lost = audioLost + m_videoLost;
    const quint64 expected = lost + audioReceived + m_videoReceived;
    return expected == 0 ? 0.0 : double(lost) / double(expected);
}

void CallMediaWorker::adaptBitrate()
{
    if (!m_peerReported)
        return;
    const std::optional<int> rtt =
            m_stats.rttMs >= 0 ? std::optional<int>(m_stats.rttMs) : std::nullopt;
    const int kbps = m_adapter.update(m_stats.peerLoss, rtt);
    if (kbps == m_parts.videoEncoder.bitrateKbps())
        return;
    if (auto set = m_parts.videoEncoder.setBitrateKbps(kbps); !set)
        qCWarning(lcMedia) << "video bit rate not changed:" << set.error().fullText();
}

void CallMediaWorker::onStatsTick()
{
    const qint64 now = nowUs();
    const double seconds = std::max(1e-3, double(now - m_intervalStartUs) / 1e6);
    m_stats.intervalSeconds = seconds;
    m_stats.sentKbps = double(m_bytesSent) * 8 / seconds / 1000;
    m_stats.receivedKbps = double(m_bytesReceived) * 8 / seconds / 1000;
    m_stats.sentFps = double(m_videoSent) / seconds;
    m_stats.receivedFps = double(m_videoDecoded) / seconds;
    m_stats.loss = intervalLoss();
    m_stats.audioPacketsLost = m_parts.jitterBuffer.stats().lost;
    m_stats.sframeDrops = m_parts.opener.drops();
    m_stats.remoteCameraOn = m_remoteCameraOn;
    m_stats.remoteMuted = m_remoteMuted;

    adaptBitrate();
    m_stats.videoTargetKbps = m_parts.videoEncoder.bitrateKbps();
    const auto lossPermille = quint16(std::lround(m_stats.loss * 1000));
    sendControl({ CallControl::Type::Ping, ++m_pingId, 0, lossPermille, stateFlags() });

    m_stats.mediaCpuUs = threadCpuTimeUs();
    m_stats.level = rateQuality(m_stats);
    emit statsUpdated(m_stats);

    m_intervalStartUs = now;
    m_bytesSent = m_bytesReceived = 0;
    m_videoSent = m_videoDecoded = m_videoReceived = m_videoLost = 0;
}

} // namespace clinic::media
