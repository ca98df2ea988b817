#include "callkeys.h"

#include "hkdf.h"
#include "sodium.h"

#include <cstring>
#include <sodium.h>

namespace clinic {

static_assert(CallKeys::publicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(CallKeys::secretKeyBytes == crypto_box_SECRETKEYBYTES);

namespace {

// The sealed call secret: version || crypto_box nonce || crypto_box(call secret || call id).
// crypto_box has no associated data, so the call id travels inside and is compared on opening.
constexpr char sealedVersion = 1;
constexpr qsizetype sealedOverhead = 1 + crypto_box_NONCEBYTES + crypto_box_MACBYTES;
static_assert(CallKeys::sealedSecretBytes(0) == sealedOverhead + CallKeys::callSecretBytes);

// HKDF info for a sender's base key: this label, the KID as 8 big-endian bytes, the call id.
// Only the last part varies in length, so no two (KID, call id) pairs give the same info.
constexpr char baseKeyLabel[] = "Clinic call 1.0 SFrame base key ";
// Starts the safety code's hash input, so that hash means nothing anywhere else.
constexpr char safetyCodeLabel[] = "Clinic call 1.0 safety code ";
constexpr int safetyCodeGroups = 6;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

void appendBigEndian(QByteArray &out, quint64 value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

bool validCallId(QByteArrayView callId)
{
    return !callId.isEmpty() && callId.size() <= CallKeys::maxCallIdBytes;
}

Error malformed(const QString &what)
{
    return makeError(ErrorCode::InvalidArgument,
                     CallKeys::tr("The call's keys could not be set up: %1").arg(what));
}

} // namespace

quint64 CallKeys::keyId(quint8 participant, Stream stream)
{
    return quint64(participant) * 4 + quint64(stream);
}

CallKeys::KeyPair CallKeys::generateKeyPair(const SecureRandom &random)
{
    ensureSodium();
    const SecureBytes seed = random.secureBytes(crypto_box_SEEDBYTES);
    KeyPair pair { QByteArray(publicKeyBytes, Qt::Uninitialized), SecureBytes(secretKeyBytes) };
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                            pair.secretKey.data(), seed.data());
    return pair;
}

QString CallKeys::encodePublicKey(const QByteArray &publicKey)
{
    return QString::fromLatin1(
            publicKey.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QByteArray> CallKeys::decodePublicKey(QStringView text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != publicKeyBytes)
        return makeError(ErrorCode::InvalidArgument,
                         CallKeys::tr("The participant's call key is not a valid key."));
    return decoded.decoded;
}

SecureBytes CallKeys::newCallSecret(const SecureRandom &random)
{
    return random.secureBytes(callSecretBytes);
}

Result<QByteArray> CallKeys::sealCallSecret(const SecureBytes &callSecret, QByteArrayView callId,
                                            const SecureBytes &callerSecretKey,
                                            const QByteArray &recipientPublicKey,
                                            const SecureRandom &random)
{
    ensureSodium();
    if (callSecret.size() != callSecretBytes || !validCallId(callId)
        || callerSecretKey.size() != secretKeyBytes || recipientPublicKey.size() != publicKeyBytes)
        return malformed(CallKeys::tr("a key or the call id has the wrong size."));

    SecureBytes plain(callSecretBytes + callId.size());
    std::memcpy(plain.data(), callSecret.data(), size_t(callSecretBytes));
    std::memcpy(plain.data() + callSecretBytes, callId.data(), size_t(callId.size()));

    QByteArray sealed(sealedOverhead + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = sealedVersion;
    unsigned char *nonce = out + 1;
    random.fill(nonce, crypto_box_NONCEBYTES);
    // Fails only for a public key whose shared secret would be all zeros (a low-order point):
    // a forged key, never one a client made.
    if (crypto_box_easy(nonce + crypto_box_NONCEBYTES, plain.data(), quint64(plain.size()), nonce,
                        bytes(recipientPublicKey), callerSecretKey.data())
        != 0)
        return makeError(ErrorCode::InvalidArgument,
                         CallKeys::tr("The participant's call key is not a valid key."));
    return sealed;
}

Result<SecureBytes> CallKeys::openCallSecret(QByteArrayView sealed, QByteArrayView callId,
                                             const SecureBytes &recipientSecretKey,
                                             const QByteArray &callerPublicKey)
{
    ensureSodium();
    if (!validCallId(callId) || recipientSecretKey.size() != secretKeyBytes
        || callerPublicKey.size() != publicKeyBytes)
        return malformed(CallKeys::tr("a key or the call id has the wrong size."));
    if (sealed.size() != sealedOverhead + callSecretBytes + callId.size()
        || sealed[0] != sealedVersion)
        return makeError(ErrorCode::DecryptionFailed,
                         CallKeys::tr("The call's key arrived damaged; the call cannot be "
                                      "joined."));

    const unsigned char *nonce = bytes(sealed) + 1;
    const unsigned char *box = nonce + crypto_box_NONCEBYTES;
    const qsizetype boxBytes = sealed.size() - 1 - crypto_box_NONCEBYTES;
    SecureBytes plain(boxBytes - crypto_box_MACBYTES);
    if (crypto_box_open_easy(plain.data(), box, quint64(boxBytes), nonce, bytes(callerPublicKey),
                             recipientSecretKey.data())
        != 0)
        return makeError(ErrorCode::DecryptionFailed,
                         CallKeys::tr("The call's key could not be opened: it was not sealed "
                                      "for this account by the caller, or it was altered."));
    if (std::memcmp(plain.data() + callSecretBytes, callId.data(), size_t(callId.size())) != 0)
        return makeError(ErrorCode::DecryptionFailed,
                         CallKeys::tr("The call's key belongs to another call."));
    return SecureBytes(plain.data(), callSecretBytes);
}

Result<SecureBytes> CallKeys::senderBaseKey(const SecureBytes &callSecret, QByteArrayView callId,
                                            quint64 keyId)
{
    if (callSecret.size() != callSecretBytes || !validCallId(callId))
        return malformed(CallKeys::tr("the call secret or the call id has the wrong size."));
    QByteArray info(baseKeyLabel);
    appendBigEndian(info, keyId);
    info.append(callId);
    return Hkdf::sha256(callSecret, {}, info, baseKeyBytes);
}

Result<QString> CallKeys::safetyCode(QByteArrayView callId, const QByteArray &publicKeyA,
                                     const QByteArray &publicKeyB)
{
    ensureSodium();
    if (!validCallId(callId) || publicKeyA.size() != publicKeyBytes
        || publicKeyB.size() != publicKeyBytes)
        return malformed(CallKeys::tr("a key or the call id has the wrong size."));
    // Sorted, so caller and callee hash the same bytes whichever key is "theirs".
    const bool aFirst =
            std::memcmp(publicKeyA.constData(), publicKeyB.constData(), size_t(publicKeyBytes))
            <= 0;
    // label || call id length (8 bytes) || call id || lower key || higher key
    QByteArray input(safetyCodeLabel);
    appendBigEndian(input, quint64(callId.size()));
    input.append(callId);
    input.append(aFirst ? publicKeyA : publicKeyB);
    input.append(aFirst ? publicKeyB : publicKeyA);

    unsigned char hash[4 * safetyCodeGroups];
    crypto_generichash(hash, sizeof hash, bytes(input), quint64(input.size()), nullptr, 0);
    QStringList groups;
    for (int g = 0; g < safetyCodeGroups; ++g) {
        const quint32 word = quint32(hash[4 * g]) << 24 | quint32(hash[4 * g + 1]) << 16
                | quint32(hash[4 * g + 2]) << 8 | quint32(hash[4 * g + 3]);
        // 2^32 is not a multiple of 10^4; the bias it leaves is below 2^-18 per group.
        groups.append(QStringLiteral("%1").arg(word % 10000, 4, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace clinic
