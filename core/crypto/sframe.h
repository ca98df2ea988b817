#pragma once

#include "securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <bitset>
#include <map>
#include <optional>

namespace clinic {

// SFrame, RFC 9605: end-to-end sealing of call frames, so the relay forwards bytes it cannot
// read or alter. One cipher suite, AES_128_GCM_SHA256_128 (0x0004): AES-128-GCM with the full
// 16-byte tag, keys derived with HKDF-SHA256, both through OpenSSL.
//
// A frame is header || AES-GCM(sframe_key, nonce, header || metadata, plaintext), where the
// header carries the key id (KID) and the counter (CTR) in clear, and nonce = sframe_salt XOR
// CTR. Metadata is authenticated but not sent: both ends must supply the same bytes.
class SFrame
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::SFrame)
public:
    static constexpr quint16 cipherSuite = 0x0004; // AES_128_GCM_SHA256_128
    static constexpr qsizetype keyBytes = 16; // AEAD.Nk
    static constexpr qsizetype nonceBytes = 12; // AEAD.Nn, and the salt
    static constexpr qsizetype tagBytes = 16; // AEAD.Nt
    // RFC 9605 leaves the base key's size to the key management; a shorter one is refused
    // because it would be weaker than the AES-128 key made from it.
    static constexpr qsizetype minBaseKeyBytes = 16;
    // Far above a 640x480 VP8 key frame; keeps every length inside OpenSSL's int and bounds
    // what a hostile peer can make the receiver allocate.
    static constexpr qsizetype maxPlaintextBytes = qsizetype(16) << 20;
    static constexpr qsizetype maxMetadataBytes = 4096;

    // sframe_key and sframe_salt for one KID (RFC 9605 section 4.4.2).
    struct Keys
    {
        SecureBytes key; // keyBytes
        SecureBytes salt; // nonceBytes
    };
    static Result<Keys> deriveKeys(quint64 keyId, const SecureBytes &baseKey);
};

// The SFrame header (RFC 9605 section 4.3): a config byte |X|KKK|Y|CCC|, then the KID and the
// CTR, each in the config byte when below 8, otherwise as 1 to 8 big-endian bytes after it.
struct SFrameHeader
{
    static constexpr qsizetype maxBytes = 17;

    quint64 keyId = 0;
    quint64 counter = 0;

    qsizetype encodedSize() const;
    QByteArray encode() const;
    // The header at the start of frame. Refuses a truncated header and any encoding that is
    // not the minimal one the RFC requires ("MUST be encoded with the minimum number of
    // bytes"), so every (KID, CTR) has exactly one header.
    static std::optional<SFrameHeader> parse(QByteArrayView frame);

    friend bool operator==(const SFrameHeader &, const SFrameHeader &) = default;
};

// Seals one sender's frames under its KID. The counter starts at firstCounter (0 in a call)
// and only moves forward, so no (key, nonce) pair is ever used twice; after CTR 2^64 - 1 the
// sealer refuses to seal and the key must be replaced. Not thread-safe: one media thread owns
// it.
class SFrameSealer
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::SFrameSealer)
public:
    static Result<SFrameSealer> create(quint64 keyId, const SecureBytes &baseKey,
                                       quint64 firstCounter = 0);

    quint64 keyId() const { return m_keyId; }
    // The counter the next frame gets, or nothing once every counter has been used.
    std::optional<quint64> nextCounter() const { return m_next; }

    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView metadata = {});

private:
    SFrameSealer(quint64 keyId, SFrame::Keys keys, quint64 firstCounter);

    quint64 m_keyId = 0;
    SFrame::Keys m_keys;
    std::optional<quint64> m_next;
};

// Why the opener dropped frames, counted separately (the call's quality indicator and the
// tests read them).
struct SFrameDropCounts
{
    quint64 unknownKey = 0; // no key for the frame's KID
    quint64 malformed = 0; // header truncated or not minimal, too short for a tag, too large
    quint64 tampered = 0; // authentication failed: altered, wrong key or wrong metadata
    quint64 replayed = 0; // a counter already opened for this KID
    quint64 tooOld = 0; // a counter behind the replay window

    quint64 total() const { return unknownKey + malformed + tampered + replayed + tooOld; }
};

struct SFrameOpened
{
    quint64 keyId = 0;
    quint64 counter = 0;
    QByteArray plaintext;
};

// Opens the frames of the other participants, by KID. A frame that fails any check is dropped
// and counted; no plaintext comes out of it. Replay protection is a sliding window per KID, as
// RFC 3711 section 3.3.2 has it for SRTP: the highest counter opened so far and the
// windowSize - 1 below it. Inside the window a counter opens once, in any order; behind it,
// never. The window moves only for frames that authenticate, so forged frames cannot push it.
// Not thread-safe: one media thread owns it.
class SFrameOpener
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::SFrameOpener)
public:
    static constexpr int windowSize = 128;

    // A KID names one key for the opener's life: a KID already present is refused, since
    // installing a key again would forget which of its counters were seen.
    Result<void> addKey(quint64 keyId, const SecureBytes &baseKey);
    void removeKey(quint64 keyId);
    bool hasKey(quint64 keyId) const;

    Result<SFrameOpened> open(QByteArrayView frame, QByteArrayView metadata = {});

    const SFrameDropCounts &drops() const { return m_drops; }
    quint64 openedCount() const { return m_opened; }

private:
    enum class WindowCheck { Fresh, Replayed, TooOld };
    struct ReplayWindow
    {
        std::optional<quint64> highest;
        std::bitset<windowSize> seen; // bit i: counter highest - i was opened

        WindowCheck check(quint64 counter) const;
        void mark(quint64 counter);
    };
    struct Receiver
    {
        SFrame::Keys keys;
        ReplayWindow window;
    };

    Error drop(quint64 SFrameDropCounts::*counter, ErrorCode code, const QString &message);

    std::map<quint64, Receiver> m_receivers;
    SFrameDropCounts m_drops;
    quint64 m_opened = 0;
};

} // namespace clinic
