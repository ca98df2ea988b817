#pragma once

#include "media/qt/mediadevicelist.h"

#include <QCoreApplication>

#include <memory>

namespace clinic {
class Clock;
}

namespace clinic::media {
class AudioSink;
class AudioSource;
class VideoSource;
} // namespace clinic::media

namespace clinic::ui {

// The devices a user picked (in the device test, say); an empty id is the system's default.
struct DeviceChoice
{
    QByteArray camera;
    QByteArray microphone;
    QByteArray speaker;
};

// Where the call window and the device test get their camera, microphone and speaker: the
// real ones through QtMultimedia, or, when the app runs with synthetic media (demos, tests,
// a computer without devices), the moving test pattern, a tone and a sink that plays nothing.
// The one place that knows the difference: everything after it sees only the media
// interfaces.
class MediaProvider
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::MediaProvider)
public:
    enum class Kind { Real, Synthetic };

    explicit MediaProvider(const Clock &clock, Kind kind = Kind::Real);

    Kind kind() const { return m_kind; }
    bool isSynthetic() const { return m_kind == Kind::Synthetic; }

    // The devices a picker offers; empty when there are none (then the make*() with an empty
    // id still gives a device, whose start() fails with a message for the user).
    QList<media::MediaDevice> cameras() const;
    QList<media::MediaDevice> microphones() const;
    QList<media::MediaDevice> speakers() const;

    // An empty id: the system's default. Made stopped; the caller starts them.
    std::unique_ptr<media::VideoSource> makeCamera(const QByteArray &id) const;
    std::unique_ptr<media::AudioSource> makeMicrophone(const QByteArray &id) const;
    std::unique_ptr<media::AudioSink> makeSpeaker(const QByteArray &id) const;

    // 0..1 on a speaker this made; a synthetic one plays nothing and ignores it.
    static void setVolume(media::AudioSink *sink, double volume);

private:
    const Clock &m_clock;
    Kind m_kind;
};

} // namespace clinic::ui
