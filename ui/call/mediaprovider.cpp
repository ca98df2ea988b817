#include "mediaprovider.h"

#include "media/capturingaudiosink.h"
#include "media/qt/cameravideosource.h"
#include "media/qt/microphoneaudiosource.h"
#include "media/qt/speakeraudiosink.h"
#include "media/synthetictonesource.h"
#include "media/syntheticvideosource.h"

namespace clinic::ui {

using namespace Qt::StringLiterals;
using namespace clinic::media;

namespace {
constexpr double syntheticToneHz = 440.0;
} // namespace

MediaProvider::MediaProvider(const Clock &clock, Kind kind) : m_clock(clock), m_kind(kind) { }

QList<MediaDevice> MediaProvider::cameras() const
{
    if (isSynthetic())
        return { MediaDevice { "synthetic-pattern"_ba, tr("Test pattern"), true } };
    return MediaDeviceList::cameras();
}

QList<MediaDevice> MediaProvider::microphones() const
{
    if (isSynthetic())
        return { MediaDevice { "synthetic-tone"_ba, tr("Test tone (440 Hz)"), true } };
    return MediaDeviceList::microphones();
}

QList<MediaDevice> MediaProvider::speakers() const
{
    if (isSynthetic())
        return { MediaDevice { "synthetic-silent"_ba, tr("Silent test speaker"), true } };
    return MediaDeviceList::speakers();
}

std::unique_ptr<VideoSource> MediaProvider::makeCamera(const QByteArray &id) const
{
    if (isSynthetic())
        return std::make_unique<SyntheticVideoSource>(m_clock);
    return std::make_unique<CameraVideoSource>(m_clock, id);
}

std::unique_ptr<AudioSource> MediaProvider::makeMicrophone(const QByteArray &id) const
{
    if (isSynthetic())
        return std::make_unique<SyntheticToneSource>(m_clock, syntheticToneHz);
    return std::make_unique<MicrophoneAudioSource>(m_clock, id);
}

std::unique_ptr<AudioSink> MediaProvider::makeSpeaker(const QByteArray &id) const
{
    if (isSynthetic())
        return std::make_unique<CapturingAudioSink>(2);
    return std::make_unique<SpeakerAudioSink>(id);
}

void MediaProvider::setVolume(AudioSink *sink, double volume)
{
    if (auto *speaker = qobject_cast<SpeakerAudioSink *>(sink))
        speaker->setVolume(volume);
}

} // namespace clinic::ui
