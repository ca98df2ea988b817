#include "callmedia.h"

#include "audiosink.h"
#include "audiosource.h"
#include "callmediaworker.h"
#include "calltransport.h"
#include "crypto/callkeys.h"
#include "crypto/securerandom.h"
#include "videosource.h"

namespace clinic::media {

namespace {

// A sender's first counter is random in [2^40, 2^62), not 0: the keys depend only on the
// call secret, the call id and the KID, so a sender that starts again under them (a
// reconnect, or the call moved to another computer) would otherwise reuse AES-GCM nonces.
// Two such starts overlap with odds of about a call's frames in 2^62. Well below 2^64, so a
// sender never runs out.
quint64 firstCounter()
{
    const QByteArray bytes = SecureRandom::system().bytes(8);
    quint64 random = 0;
    for (char byte : bytes)
        random = (random << 8) | quint8(byte);
    constexpr quint64 low = quint64(1) << 40;
    constexpr quint64 high = quint64(1) << 62;
    return low + random % (high - low);
}

Result<SFrameSealer> makeSealer(const SecureBytes &secret, QByteArrayView callId,
                                quint8 participant, CallKeys::Stream stream)
{
    const quint64 keyId = CallKeys::keyId(participant, stream);
    auto baseKey = CallKeys::senderBaseKey(secret, callId, keyId);
    if (!baseKey)
        return baseKey.error();
    return SFrameSealer::create(keyId, *baseKey, firstCounter());
}

Result<SFrameOpener> makeOpener(const SecureBytes &secret, QByteArrayView callId, quint8 peer)
{
    SFrameOpener opener;
    for (auto stream :
         { CallKeys::Stream::Audio, CallKeys::Stream::Video, CallKeys::Stream::Chat }) {
        const quint64 keyId = CallKeys::keyId(peer, stream);
        auto baseKey = CallKeys::senderBaseKey(secret, callId, keyId);
        if (!baseKey)
            return baseKey.error();
        if (auto added = opener.addKey(keyId, *baseKey); !added)
            return added.error();
    }
    return opener;
}

// Codecs and keys, each checked, before any thread starts.
Result<CallMediaParts> makeParts(const SecureBytes &secret, QByteArrayView callId,
                                 const CallMediaConfig &config)
{
    auto encoder = Vp8Encoder::create(config.video);
    if (!encoder)
        return encoder.error();
    auto decoder = Vp8Decoder::create();
    if (!decoder)
        return decoder.error();
    auto audioEncoder = OpusAudioEncoder::create(config.audio);
    if (!audioEncoder)
        return audioEncoder.error();
    auto jitter = AudioJitterBuffer::create(config.jitter);
    if (!jitter)
        return jitter.error();
    auto audioSealer = makeSealer(secret, callId, config.participant, CallKeys::Stream::Audio);
    if (!audioSealer)
        return audioSealer.error();
    auto videoSealer = makeSealer(secret, callId, config.participant, CallKeys::Stream::Video);
    if (!videoSealer)
        return videoSealer.error();
    auto chatSealer = makeSealer(secret, callId, config.participant, CallKeys::Stream::Chat);
    if (!chatSealer)
        return chatSealer.error();
    auto opener = makeOpener(secret, callId, config.peer);
    if (!opener)
        return opener.error();
    return CallMediaParts { std::move(encoder).value(),      std::move(decoder).value(),
                            std::move(audioEncoder).value(), std::move(jitter).value(),
                            std::move(audioSealer).value(),  std::move(videoSealer).value(),
                            std::move(chatSealer).value(),   std::move(opener).value() };
}

} // namespace

Result<std::unique_ptr<CallMedia>>
CallMedia::create(const Clock &clock, const SecureBytes &callSecret, QByteArrayView callId,
                  const CallMediaConfig &config, const Endpoints &endpoints)
{
    if (!endpoints.transport || !endpoints.video || !endpoints.audio || !endpoints.sink
        || config.participant == config.peer)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The call's media cannot start without its devices and its peer."));
    auto parts = makeParts(callSecret, callId, config);
    if (!parts)
        return parts.error();
    auto worker = std::make_unique<CallMediaWorker>(clock, config, std::move(parts).value());
    return std::unique_ptr<CallMedia>(new CallMedia(std::move(worker), endpoints));
}

CallMedia::CallMedia(std::unique_ptr<CallMediaWorker> worker, const Endpoints &endpoints)
    : m_worker(std::move(worker)), m_endpoints(endpoints)
{
    m_worker->moveToThread(m_thread.thread());
    connectWorker();
}

CallMedia::~CallMedia()
{
    stop();
    m_thread.stop(m_worker.get(), {});
}

// What the worker gives out reaches the transport, the sink and this object's signals on
// their own threads (queued: the worker is on the media thread).
void CallMedia::connectWorker()
{
    CallMediaWorker *w = m_worker.get();
    connect(w, &CallMediaWorker::sealedFrameReady, m_endpoints.transport, &CallTransport::send);
    m_sinkOutput = connect(w, &CallMediaWorker::audioReady, m_endpoints.sink, &AudioSink::write);
    connect(w, &CallMediaWorker::remoteFrameDecoded, this, &CallMedia::remoteFrameDecoded);
    connect(w, &CallMediaWorker::chatReceived, this, &CallMedia::chatReceived);
    connect(w, &CallMediaWorker::remoteStateChanged, this, &CallMedia::remoteStateChanged);
    connect(w, &CallMediaWorker::failed, this, &CallMedia::failed);
    connect(w, &CallMediaWorker::statsUpdated, this, [this](const CallStats &stats) {
        m_stats = stats;
        emit statsUpdated(stats);
    });
}

void CallMedia::connectInputs()
{
    connectVideoInput();
    connectAudioInput();
    m_transportInput = connect(m_endpoints.transport, &CallTransport::frameReceived, m_worker.get(),
                               &CallMediaWorker::onFrameReceived);
}

void CallMedia::connectVideoInput()
{
    m_videoInput = connect(m_endpoints.video, &VideoSource::frameCaptured, m_worker.get(),
                           &CallMediaWorker::onVideoCaptured);
}

void CallMedia::connectAudioInput()
{
    m_audioInput = connect(m_endpoints.audio, &AudioSource::frameCaptured, m_worker.get(),
                           &CallMediaWorker::onAudioCaptured);
}

template<typename Call>
void CallMedia::onWorker(Call call)
{
    QMetaObject::invokeMethod(m_worker.get(), std::move(call), Qt::QueuedConnection);
}

void CallMedia::start()
{
    if (m_running)
        return;
    m_running = true;
    connectInputs();
    onWorker([w = m_worker.get()] { w->start(); });
}

// Nothing more is taken from the sources or the transport; what the worker is doing finishes
// before this returns.
void CallMedia::stop()
{
    if (!m_running)
        return;
    m_running = false;
    disconnect(m_videoInput);
    disconnect(m_audioInput);
    disconnect(m_transportInput);
    QMetaObject::invokeMethod(
            m_worker.get(), [w = m_worker.get()] { w->stop(); }, Qt::BlockingQueuedConnection);
}

void CallMedia::setMuted(bool muted)
{
    m_muted = muted;
    onWorker([w = m_worker.get(), muted] { w->setMuted(muted); });
}

void CallMedia::setCameraOn(bool on)
{
    m_cameraOn = on;
    onWorker([w = m_worker.get(), on] { w->setCameraOn(on); });
}

void CallMedia::setVideoSource(VideoSource *source)
{
    if (!source || source == m_endpoints.video)
        return;
    disconnect(m_videoInput);
    m_endpoints.video = source;
    if (m_running)
        connectVideoInput();
}

// The worker hears of the change before the new source's first frame (both are queued to it,
// in this order), so that frame continues the old source's sequence.
void CallMedia::setAudioSource(AudioSource *source)
{
    if (!source || source == m_endpoints.audio)
        return;
    disconnect(m_audioInput);
    m_endpoints.audio = source;
    onWorker([w = m_worker.get()] { w->onAudioSourceChanged(); });
    if (m_running)
        connectAudioInput();
}

void CallMedia::setAudioSink(AudioSink *sink)
{
    if (!sink || sink == m_endpoints.sink)
        return;
    disconnect(m_sinkOutput);
    m_endpoints.sink = sink;
    m_sinkOutput = connect(m_worker.get(), &CallMediaWorker::audioReady, sink, &AudioSink::write);
}

Result<void> CallMedia::sendChat(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Type a message to send."));
    if (trimmed.toUtf8().size() > maxChatBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The message is too long to send; split it in parts."));
    if (!m_running)
        return makeError(ErrorCode::InvalidArgument, tr("The call is not connected."));
    onWorker([w = m_worker.get(), trimmed] { w->sendChat(trimmed); });
    return {};
}

} // namespace clinic::media
