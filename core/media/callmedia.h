#pragma once

#include "callmediaconfig.h"
#include "callstats.h"
#include "crypto/securebytes.h"
#include "util/joinedthread.h"
#include "util/result.h"
#include "videoframe.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace clinic {
class Clock;
}

namespace clinic::media {

class AudioSink;
class AudioSource;
class CallMediaWorker;
class CallTransport;
class VideoSource;

// One participant's media in a two-person call. What the sources capture is encoded (VP8,
// Opus), wrapped in a CallPayload, sealed with SFrame under our own KIDs and handed to the
// transport; what the transport brings is opened with the peer's keys, decoded and given out:
// pictures by remoteFrameDecoded, sound to the sink every 20 ms through a jitter buffer, chat
// by chatReceived. A lost video frame makes it ask the peer for a key frame; a ping every
// second measures the round trip and carries the loss seen, from which the peer adapts its
// video bit rate.
//
// All coding, sealing and opening runs on the call's own media thread; this object lives on
// the thread that made it (a window's) and its signals arrive there. It does not start or
// stop the sources or the sink (a window shows the camera's preview before and after the
// call); they, and the transport, must outlive it.
class CallMedia : public QObject
{
    Q_OBJECT
public:
    struct Endpoints
    {
        CallTransport *transport = nullptr;
        VideoSource *video = nullptr;
        AudioSource *audio = nullptr;
        AudioSink *sink = nullptr;
    };
    static constexpr qsizetype maxChatBytes = 4096;

    // The keys come from the call secret (CallKeys): ours to seal, the peer's to open.
    [[nodiscard]] static Result<std::unique_ptr<CallMedia>>
    create(const Clock &clock, const SecureBytes &callSecret, QByteArrayView callId,
           const CallMediaConfig &config, const Endpoints &endpoints);
    // Stops the media thread and joins it before returning.
    ~CallMedia() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Muted, silence goes out instead of the microphone's sound (the peer is told).
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    // Off, no video goes out (the peer is told and stops showing ours).
    void setCameraOn(bool on);
    bool isCameraOn() const { return m_cameraOn; }
    [[nodiscard]] Result<void> sendChat(const QString &text);

    // Another camera, microphone or speaker, picked during the call (or before it starts):
    // from now on pictures and sound are taken from the new source, and the peer's sound goes
    // to the new sink. The old one is no longer used and may be stopped and deleted; the new
    // one must outlive this object, and is started and stopped by the caller as before. The
    // peer sees the sound's sequence continue, with no gap. Null is ignored.
    void setVideoSource(VideoSource *source);
    void setAudioSource(AudioSource *source);
    void setAudioSink(AudioSink *sink);

    // The newest stats (statsUpdated), default until the first second has passed.
    const CallStats &stats() const { return m_stats; }

signals:
    void remoteFrameDecoded(const clinic::media::VideoFrame &frame);
    void chatReceived(const QString &text, qint64 sentUs);
    void remoteStateChanged(bool cameraOn, bool muted);
    void statsUpdated(const clinic::media::CallStats &stats);
    void failed(const QString &message);

private:
    CallMedia(std::unique_ptr<CallMediaWorker> worker, const Endpoints &endpoints);
    void connectWorker();
    void connectInputs();
    void connectVideoInput();
    void connectAudioInput();
    template<typename Call>
    void onWorker(Call call);

    JoinedThread m_thread { QStringLiteral("call media") };
    std::unique_ptr<CallMediaWorker> m_worker;
    Endpoints m_endpoints;
    // Sources and transport to the worker, while running.
    QMetaObject::Connection m_videoInput;
    QMetaObject::Connection m_audioInput;
    QMetaObject::Connection m_transportInput;
    QMetaObject::Connection m_sinkOutput; // the worker's sound to the sink, always
    CallStats m_stats;
    bool m_running = false;
    bool m_muted = false;
    bool m_cameraOn = true;
};

} // namespace clinic::media
