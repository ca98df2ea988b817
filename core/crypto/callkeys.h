#pragma once

#include "securebytes.h"
#include "securerandom.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace clinic {

// Key agreement for a video visit, so the server relays call frames it cannot read.
//
// Every account has an X25519 key pair; the server knows only the public halves. Per call the
// caller draws a fresh 32-byte call secret and seals it to each participant with crypto_box
// (the caller's secret key and the recipient's public key): only that recipient can open it,
// and opening it proves it was sealed by the holder of the caller's key. Everyone who holds
// the call secret derives every sender's SFrame base key from it, per KID.
//
// The call id is bound into the sealed secret and into every derived key, so a sealed secret
// replayed into another call is refused rather than reusing that call's keys and counters.
class CallKeys
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::CallKeys)
public:
    static constexpr qsizetype publicKeyBytes = 32;
    static constexpr qsizetype secretKeyBytes = 32;
    static constexpr qsizetype callSecretBytes = 32;
    static constexpr qsizetype baseKeyBytes = 32;
    static constexpr qsizetype maxCallIdBytes = 256;

    struct KeyPair
    {
        QByteArray publicKey;
        SecureBytes secretKey;
    };

    // The streams one participant sends; each gets its own KID, so each has its own counter
    // and replay window (the relay may drop video without disturbing audio).
    enum class Stream : quint8 { Audio = 0, Video = 1, Chat = 2 };
    // participant (the order of the call's roster) * 4 + stream: a two-person call's KIDs all
    // fit in the SFrame config byte.
    static quint64 keyId(quint8 participant, Stream stream);

    static KeyPair generateKeyPair(const SecureRandom &random = SecureRandom::system());
    // Base64url without padding, for the server's key registry and the protocol.
    static QString encodePublicKey(const QByteArray &publicKey);
    static Result<QByteArray> decodePublicKey(QStringView text);

    // The size of a sealed call secret for a call id of this many bytes: what the server
    // checks before relaying one it cannot open.
    static constexpr qsizetype sealedSecretBytes(qsizetype callIdBytes)
    {
        return 1 + 24 + 16 + callSecretBytes + callIdBytes; // version, nonce, MAC, plaintext
    }

    static SecureBytes newCallSecret(const SecureRandom &random = SecureRandom::system());
    static Result<QByteArray> sealCallSecret(const SecureBytes &callSecret, QByteArrayView callId,
                                             const SecureBytes &callerSecretKey,
                                             const QByteArray &recipientPublicKey,
                                             const SecureRandom &random = SecureRandom::system());
    // Fails for a secret sealed to someone else, by someone other than the caller, for
    // another call, or altered on the way.
    static Result<SecureBytes> openCallSecret(QByteArrayView sealed, QByteArrayView callId,
                                              const SecureBytes &recipientSecretKey,
                                              const QByteArray &callerPublicKey);

    // The base key the sender of keyId seals with (SFrameSealer) and everyone else opens with
    // (SFrameOpener::addKey).
    static Result<SecureBytes> senderBaseKey(const SecureBytes &callSecret, QByteArrayView callId,
                                             quint64 keyId);

    // Six groups of four digits ("0421 9930 ..."), the same on both sides when each holds the
    // other's real public key. A key substituted by the server gives a different code. Six
    // groups, not four: a server swapping keys picks both substitutes, so it needs only a
    // birthday collision. At 16 digits (53 bits) that is ~2^27 key pairs made beforehand (an
    // afternoon) and seconds of hashing once the call id is known; at 24 digits (79 bits) it
    // is ~2^40 of each, out of reach.
    static Result<QString> safetyCode(QByteArrayView callId, const QByteArray &publicKeyA,
                                      const QByteArray &publicKeyB);
};

} // namespace clinic
