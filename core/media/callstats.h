#pragma once

#include "crypto/sframe.h"

#include <QMetaType>

namespace clinic::media {

enum class CallQualityLevel { Good, Fair, Poor };

// Where good ends and poor begins: the one place the call's quality indicator and the bit rate
// adaptation take their limits from.
namespace QualityThresholds {
// Loss: the share of the peer's frames (audio and video) that did not arrive, per interval.
constexpr double goodLoss = 0.02; // Opus conceals this and key frames repair it at once
constexpr double poorLoss = 0.08; // frozen pictures and broken words are noticeable
// Above this, averaged over about two seconds, the sender lowers its bit rate: WebRTC's limit
// (GCC) for loss that means congestion rather than a radio link's usual losses.
constexpr double congestionLoss = 0.10;
// Round trip: ITU-T G.114 puts 150 ms one way as the budget for conversation.
constexpr int goodRttMs = 200;
constexpr int poorRttMs = 400;
// Remote video frame rate, while the peer's camera is on.
constexpr double goodFps = 20;
constexpr double poorFps = 10;
} // namespace QualityThresholds

// A call's measures, sent by the media pipeline every second. Rates are over the last
// interval; counts are since the call's media started.
struct CallStats
{
    double intervalSeconds = 0;
    double sentKbps = 0; // sealed frames, all streams
    double receivedKbps = 0;
    double sentFps = 0; // video frames sent
    double receivedFps = 0; // video frames decoded for display
    int rttMs = -1; // the newest round trip; -1 until a ping came back
    double loss = 0; // 0..1: the peer's frames lost on the way here
    double peerLoss = 0; // 0..1: our frames the peer reported lost
    int videoTargetKbps = 0; // the encoder's bit rate now (adapted)

    quint64 bytesSent = 0; // sealed frames, all streams
    quint64 bytesReceived = 0; // opened
    quint64 videoFramesSent = 0;
    quint64 videoFramesDecoded = 0;
    quint64 videoFramesLost = 0; // gaps in the peer's video sequence
    quint64 videoFramesDropped = 0; // arrived but not shown: undecodable, waiting for a key frame
    // Ours, captured but not sent: too late (the thread was busy), or too soon after the one
    // before (the camera runs faster than the call's frame rate).
    quint64 videoFramesSkipped = 0;
    quint64 keyFramesRequested = 0; // asked of the peer
    quint64 keyFramesSent = 0; // on the peer's request
    quint64 audioPacketsLost = 0; // the jitter buffer had to conceal them
    quint64 payloadsRefused = 0; // opened, but the payload inside was malformed
    SFrameDropCounts sframeDrops; // refused by the opener: never opened, never shown
    quint64 chatReceived = 0;

    bool remoteCameraOn = true;
    bool remoteMuted = false;
    qint64 mediaCpuUs = 0; // CPU time of the media thread so far (encode, seal, open, decode)

    CallQualityLevel level = CallQualityLevel::Good;

    quint64 framesDropped() const { return sframeDrops.total() + payloadsRefused; }
};

// Good, fair or poor by QualityThresholds; the worst measure decides.
CallQualityLevel rateQuality(const CallStats &stats);

} // namespace clinic::media

Q_DECLARE_METATYPE(clinic::media::CallStats)
