#pragma once

#include <QByteArray>
#include <QObject>

namespace clinic::media {

// How a call's sealed frames reach the other participants: the sync server's relay in a real
// call, an in-process LoopbackTransport in tests and the benchmark. The unit is exactly one
// SFrame frame (header || ciphertext || tag), opaque to the transport; a relay may read the
// SFrame header's KID to tell audio from video (CallKeys::keyId). Frames may be lost,
// reordered, delayed or altered on the way: the media pipeline copes with all of it.
// Lives on one thread; send() is called and frameReceived emitted on that thread.
class CallTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void send(const QByteArray &sealedFrame) = 0;

signals:
    void frameReceived(const QByteArray &sealedFrame);
};

} // namespace clinic::media
