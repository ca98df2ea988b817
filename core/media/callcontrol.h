#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace clinic::media {

// The body of a CallPayload::Kind::Control payload: the call's own signalling between the two
// media pipelines, sealed on the chat stream like the chat itself. One fixed layout for every
// type (16 bytes, big-endian): type (1) | id (4) | echoed time in µs (8) | loss in ‰ (2) |
// state (1). Fields a type does not use are zero.
struct CallControl
{
    static constexpr qsizetype bytes = 16;

    enum class Type : quint8 {
        KeyFrameRequest = 1, // the receiver lost video: send a key frame
        Ping = 2, // every second: carries the sender's state and the loss it saw
        Pong = 3, // the answer to a ping, echoing its send time: the round trip
        MediaState = 4, // camera or microphone switched: the state, at once
    };
    enum State : quint8 {
        CameraOn = 0x01,
        Muted = 0x02,
    };

    Type type = Type::Ping;
    quint32 id = 0; // ping and pong: which ping
    qint64 echoedUs = 0; // pong: the ping's send time, on the pinger's own clock
    quint16 lossPermille = 0; // ping: the share of the receiver's frames the pinger lost
    quint8 state = 0; // ping and media state: State flags

    QByteArray encode() const;
    // Nothing for a wrong size, an unknown type or unknown state bits.
    static std::optional<CallControl> parse(QByteArrayView bytes);
};

} // namespace clinic::media
