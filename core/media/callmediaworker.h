#pragma once

#include "audioframe.h"
#include "audiojitterbuffer.h"
#include "bitrateadapter.h"
#include "callmediaconfig.h"
#include "callpayload.h"
#include "callstats.h"
#include "crypto/sframe.h"
#include "opusaudioencoder.h"
#include "videoframe.h"
#include "vp8decoder.h"
#include "vp8encoder.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace clinic {
class Clock;
}

namespace clinic::media {

struct CallControl;

// Everything a call's media thread works with, made (and checked) on the caller's thread.
struct CallMediaParts
{
    Vp8Encoder videoEncoder;
    Vp8Decoder videoDecoder;
    OpusAudioEncoder audioEncoder;
    AudioJitterBuffer jitterBuffer;
    SFrameSealer audioSealer;
    SFrameSealer videoSealer;
    SFrameSealer chatSealer; // chat and control
    SFrameOpener opener; // the peer's three KIDs
};

// The media thread's side of a CallMedia: encodes and seals what the sources capture, opens
// and decodes what the transport brings, plays the sound out every 20 ms, measures. Lives on
// the call's media thread; every slot runs there and every signal leaves from there.
class CallMediaWorker : public QObject
{
    Q_OBJECT
public:
    CallMediaWorker(const Clock &clock, const CallMediaConfig &config, CallMediaParts parts);

    void start();
    void stop();
    void onVideoCaptured(const clinic::media::VideoFrame &frame);
    void onAudioCaptured(const clinic::media::AudioFrame &frame);
    // The next sound comes from another source (another microphone), which counts its frames
    // from its own start: its sequence continues ours, so the peer sees no jump back or gap.
    void onAudioSourceChanged();
    void onFrameReceived(const QByteArray &sealedFrame);
    void setMuted(bool muted);
    void setCameraOn(bool on);
    void sendChat(const QString &text);

signals:
    void sealedFrameReady(const QByteArray &sealedFrame);
    void audioReady(const clinic::media::AudioFrame &frame);
    void remoteFrameDecoded(const clinic::media::VideoFrame &frame);
    void chatReceived(const QString &text, qint64 sentUs);
    void remoteStateChanged(bool cameraOn, bool muted);
    void statsUpdated(const clinic::media::CallStats &stats);
    void failed(const QString &message);

private:
    qint64 nowUs() const;
    void seal(SFrameSealer &sealer, const CallPayload &payload);
    void sendControl(const CallControl &control);
    quint8 stateFlags() const;
    Result<void> fitEncoder(const VideoFrame &frame);
    bool admitAtFrameRate(qint64 captureTimeUs);

    void receiveVideo(const CallPayload &payload);
    void receiveAudio(const CallPayload &payload);
    void receiveControl(const CallPayload &payload);
    void countVideoSequence(quint32 sequence);
    void requestKeyFrame();
    void setRemoteState(bool cameraOn, bool muted);

    void onPlayoutTick();
    void onStatsTick();
    double intervalLoss();
    void adaptBitrate();

    const Clock &m_clock;
    CallMediaConfig m_config;
    CallMediaParts m_parts;
    BitrateAdapter m_adapter;
    QTimer m_playoutTimer { this };
    QTimer m_statsTimer { this };

    bool m_muted = false;
    bool m_cameraOn = true;
    bool m_remoteCameraOn = true;
    bool m_remoteMuted = false;
    bool m_peerReported = false; // a ping with the peer's loss figure came

    std::optional<qint64> m_nextVideoDueUs; // when our next picture may be sent
    std::optional<quint32> m_lastVideoSequence;
    std::optional<quint32> m_lastAudioSent; // the audio sequence sent last
    quint32 m_audioSequenceOffset = 0; // added to the source's sequence
    bool m_audioSourceChanged = false;
    qint64 m_lastKeyRequestUs = 0;
    quint32 m_pingId = 0;
    qint64 m_playStartUs = 0;
    qint64 m_nextPlaySlot = 0;

    // Since the interval began (statsIntervalMs).
    qint64 m_intervalStartUs = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    quint64 m_videoSent = 0;
    quint64 m_videoDecoded = 0;
    quint64 m_videoReceived = 0;
    quint64 m_videoLost = 0;
    AudioJitterStats m_jitterAtIntervalStart;

    CallStats m_stats; // the running counts
};

} // namespace clinic::media
