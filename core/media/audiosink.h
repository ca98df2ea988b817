#pragma once

#include "audioframe.h"

#include <QObject>

namespace clinic::media {

// Where a call's received sound goes: the speakers (QtMultimedia) or, in tests and demos, a
// sink that keeps what it was given. The media pipeline writes 20 ms at a time, in order,
// on the sink's thread.
class AudioSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // The next 20 ms (AudioFormat) to play.
    virtual void write(const clinic::media::AudioFrame &frame) = 0;

signals:
    // The sink stopped on its own (the speakers went away); the message is for the user.
    void failed(const QString &message);
};

} // namespace clinic::media
