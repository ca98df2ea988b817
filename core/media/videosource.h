#pragma once

#include "videoframe.h"

#include <QObject>

namespace clinic::media {

// Where a call's pictures come from: a camera (QtMultimedia) or the synthetic test pattern.
// The media pipeline takes frames from this interface only, so tests and demos run the same
// code as a real call.
class VideoSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    // A new picture, in the source's thread.
    void frameCaptured(const clinic::media::VideoFrame &frame);
    // The source stopped on its own (the camera went away); the message is for the user.
    void failed(const QString &message);
};

} // namespace clinic::media
