#pragma once

#include "audioframe.h"

#include <QObject>

namespace clinic::media {

// Where a call's sound comes from: a microphone (QtMultimedia) or the synthetic tone, 20 ms
// at a time. The media pipeline takes sound from this interface only.
class AudioSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    // The next 20 ms (AudioFormat), in the source's thread.
    void frameCaptured(const clinic::media::AudioFrame &frame);
    // The source stopped on its own (the microphone went away); the message is for the user.
    void failed(const QString &message);
};

} // namespace clinic::media
