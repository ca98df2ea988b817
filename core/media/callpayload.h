#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace clinic::media {

// What travels inside one sealed SFrame frame of a call: a small versioned header the receiver
// needs to place the frame, then the body (a VP8 frame, an Opus packet, chat text or a control
// message). The header is inside the ciphertext, so the relay learns nothing from it; it sees
// only the SFrame header (KID, counter). All integers big-endian. docs/video.md has the layout.
struct CallPayload
{
    static constexpr quint8 version = 1;
    static constexpr qsizetype headerBytes = 19;

    enum class Kind : quint8 { Audio = 1, Video = 2, Chat = 3, Control = 4 };
    enum Flag : quint8 {
        KeyFrame = 0x01, // video: decodable on its own
        Muted = 0x02, // audio: the sender is muted, the packet is silence
    };

    Kind kind = Kind::Audio;
    quint8 flags = 0;
    quint32 sequence = 0; // per stream; video: the encoder's count, audio: the source's
    quint32 frameNumber = 0; // video: the source frame's number; otherwise 0
    qint64 timeUs = 0; // capture time (media), send time (chat, control); sender's clock
    QByteArray body;

    bool has(Flag flag) const { return (flags & flag) != 0; }

    QByteArray encode() const;
    // Nothing for a short header, an unknown version or kind, or flags this version lacks.
    static std::optional<CallPayload> parse(QByteArrayView bytes);
};

} // namespace clinic::media
