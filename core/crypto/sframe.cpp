#include "sframe.h"

#include "hkdf.h"

#include <array>
#include <limits>
#include <memory>
#include <openssl/evp.h>

namespace clinic {

namespace {

constexpr quint64 lastCounter = std::numeric_limits<quint64>::max();

// --- Header -------------------------------------------------------------------------------

// Bytes of the shortest big-endian encoding of value (1 to 8).
qsizetype minimalBytes(quint64 value)
{
    qsizetype bytes = 1;
    while (bytes < 8 && (value >> (8 * bytes)) != 0)
        ++bytes;
    return bytes;
}

// The 4 bits a field takes in the config byte: the value itself below 8, otherwise the
// "extended" flag and its length minus one.
quint8 configBits(quint64 value)
{
    return value < 8 ? quint8(value) : quint8(0x8 | (minimalBytes(value) - 1));
}

void appendBigEndian(QByteArray &out, quint64 value, qsizetype bytes)
{
    for (qsizetype i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// One field of the header: in the config bits, or in the bytes at pos. Advances pos.
std::optional<quint64> readField(quint8 bits, QByteArrayView frame, qsizetype &pos)
{
    if (!(bits & 0x8))
        return quint64(bits);
    const qsizetype bytes = (bits & 0x7) + 1;
    if (frame.size() - pos < bytes)
        return std::nullopt; // truncated
    quint64 value = 0;
    for (qsizetype i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(frame[pos + i]);
    // Minimal only: a value below 8 belongs in the config byte, and no leading zero bytes.
    if (value < 8 || (bytes > 1 && quint8(frame[pos]) == 0))
        return std::nullopt;
    pos += bytes;
    return value;
}

// --- AES-128-GCM ---------------------------------------------------------------------------

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// nonce = sframe_salt XOR CTR, the counter as a 12-byte big-endian integer (section 4.4.3).
std::array<unsigned char, SFrame::nonceBytes> makeNonce(const SecureBytes &salt, quint64 counter)
{
    std::array<unsigned char, SFrame::nonceBytes> nonce {};
    for (qsizetype i = 0; i < SFrame::nonceBytes; ++i)
        nonce[size_t(i)] = salt.data()[i];
    for (int i = 0; i < 8; ++i)
        nonce[size_t(SFrame::nonceBytes - 1 - i)] ^= quint8((counter >> (8 * i)) & 0xff);
    return nonce;
}

// Starts an AES-128-GCM operation with nonce = salt XOR counter and the associated data
// header || metadata, which GCM takes in pieces so it is never copied together.
CipherContext startGcm(const SFrame::Keys &keys, quint64 counter, QByteArrayView header,
                       QByteArrayView metadata, bool encrypting)
{
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        return context;
    const auto nonce = makeNonce(keys.salt, counter);
    if (EVP_CipherInit_ex(context.get(), EVP_aes_128_gcm(), nullptr, keys.key.data(), nonce.data(),
                          encrypting ? 1 : 0)
        != 1)
        return nullptr;
    for (const QByteArrayView part : { header, metadata }) {
        int written = 0;
        if (!part.isEmpty()
            && EVP_CipherUpdate(context.get(), nullptr, &written, bytes(part), int(part.size()))
                    != 1)
            return nullptr;
    }
    return context;
}

// Writes the ciphertext and then the tag to out (plaintext.size() + tagBytes).
bool gcmSeal(const SFrame::Keys &keys, quint64 counter, QByteArrayView header,
             QByteArrayView metadata, QByteArrayView plaintext, unsigned char *out)
{
    const CipherContext context = startGcm(keys, counter, header, metadata, true);
    int written = 0;
    int finalWritten = 0;
    if (!context
        || EVP_EncryptUpdate(context.get(), out, &written, bytes(plaintext), int(plaintext.size()))
                != 1
        || EVP_EncryptFinal_ex(context.get(), out + written, &finalWritten) != 1)
        return false;
    return written + finalWritten == plaintext.size()
            && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(SFrame::tagBytes),
                                   out + plaintext.size())
            == 1;
}

// Opens ciphertext || tag into out (sealed.size() - tagBytes). False when the tag does not
// authenticate; out then holds unauthenticated bytes the caller must wipe.
bool gcmOpen(const SFrame::Keys &keys, quint64 counter, QByteArrayView header,
             QByteArrayView metadata, QByteArrayView sealed, unsigned char *out)
{
    const qsizetype cipherBytes = sealed.size() - SFrame::tagBytes;
    // OpenSSL takes the expected tag through a non-const pointer but only reads it.
    auto *tag = const_cast<unsigned char *>(bytes(sealed.sliced(cipherBytes)));
    const CipherContext context = startGcm(keys, counter, header, metadata, false);
    int written = 0;
    int finalWritten = 0;
    return context
            && EVP_DecryptUpdate(context.get(), out, &written, bytes(sealed), int(cipherBytes)) == 1
            && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(SFrame::tagBytes), tag)
            == 1
            && EVP_DecryptFinal_ex(context.get(), out + written, &finalWritten) == 1;
}

// "SFrame 1.0 Secret key " or "... salt " + KID (8 bytes) + cipher suite (2 bytes).
QByteArray keyLabel(const char *prefix, quint64 keyId)
{
    QByteArray label(prefix);
    appendBigEndian(label, keyId, 8);
    appendBigEndian(label, SFrame::cipherSuite, 2);
    return label;
}

} // namespace

// --- SFrame --------------------------------------------------------------------------------

Result<SFrame::Keys> SFrame::deriveKeys(quint64 keyId, const SecureBytes &baseKey)
{
    if (baseKey.size() < minBaseKeyBytes)
        return makeError(ErrorCode::InvalidArgument,
                         SFrame::tr("The call key is too short to protect the call."));
    // HKDF-Extract("", base_key), then HKDF-Expand with each label (section 4.4.2).
    auto key = Hkdf::sha256(baseKey, {}, keyLabel("SFrame 1.0 Secret key ", keyId), keyBytes);
    if (!key)
        return key.error();
    auto salt = Hkdf::sha256(baseKey, {}, keyLabel("SFrame 1.0 Secret salt ", keyId), nonceBytes);
    if (!salt)
        return salt.error();
    return Keys { std::move(key).value(), std::move(salt).value() };
}

// --- SFrameHeader --------------------------------------------------------------------------

qsizetype SFrameHeader::encodedSize() const
{
    return 1 + (keyId < 8 ? 0 : minimalBytes(keyId)) + (counter < 8 ? 0 : minimalBytes(counter));
}

QByteArray SFrameHeader::encode() const
{
    QByteArray out;
    out.reserve(encodedSize());
    out.append(char((configBits(keyId) << 4) | configBits(counter)));
    if (keyId >= 8)
        appendBigEndian(out, keyId, minimalBytes(keyId));
    if (counter >= 8)
        appendBigEndian(out, counter, minimalBytes(counter));
    return out;
}

std::optional<SFrameHeader> SFrameHeader::parse(QByteArrayView frame)
{
    if (frame.isEmpty())
        return std::nullopt;
    const quint8 config = quint8(frame[0]);
    qsizetype pos = 1;
    const auto keyId = readField(config >> 4, frame, pos);
    if (!keyId)
        return std::nullopt;
    const auto counter = readField(config & 0xf, frame, pos);
    if (!counter)
        return std::nullopt;
    return SFrameHeader { *keyId, *counter };
}

// --- SFrameSealer --------------------------------------------------------------------------

SFrameSealer::SFrameSealer(quint64 keyId, SFrame::Keys keys, quint64 firstCounter)
    : m_keyId(keyId), m_keys(std::move(keys)), m_next(firstCounter)
{ }

Result<SFrameSealer> SFrameSealer::create(quint64 keyId, const SecureBytes &baseKey,
                                          quint64 firstCounter)
{
    auto keys = SFrame::deriveKeys(keyId, baseKey);
    if (!keys)
        return keys.error();
    return SFrameSealer(keyId, std::move(keys).value(), firstCounter);
}

Result<QByteArray> SFrameSealer::seal(QByteArrayView plaintext, QByteArrayView metadata)
{
    if (!m_next)
        return makeError(ErrorCode::InvalidArgument,
                         SFrameSealer::tr("This call key has sealed all the frames it may; the "
                                          "call needs a new key."),
                         QStringLiteral("SFrame counter exhausted"));
    if (plaintext.size() > SFrame::maxPlaintextBytes || metadata.size() > SFrame::maxMetadataBytes)
        return makeError(ErrorCode::InvalidArgument,
                         SFrameSealer::tr("The call frame is too large to send."));
    // The counter is spent before it is used (RFC 9605 section 9.1): whatever happens below,
    // it is never handed out again.
    const quint64 counter = *m_next;
    m_next = counter == lastCounter ? std::nullopt : std::optional(counter + 1);

    const QByteArray header = SFrameHeader { m_keyId, counter }.encode();
    QByteArray frame(header.size() + plaintext.size() + SFrame::tagBytes, Qt::Uninitialized);
    std::copy(header.cbegin(), header.cend(), frame.begin());
    auto *out = reinterpret_cast<unsigned char *>(frame.data()) + header.size();
    if (!gcmSeal(m_keys, counter, header, metadata, plaintext, out))
        return makeError(ErrorCode::Unknown,
                         SFrameSealer::tr("The call frame could not be sealed."),
                         QStringLiteral("AES-GCM encryption failed"));
    return frame;
}

// --- SFrameOpener --------------------------------------------------------------------------

SFrameOpener::WindowCheck SFrameOpener::ReplayWindow::check(quint64 counter) const
{
    if (!highest || counter > *highest)
        return WindowCheck::Fresh;
    const quint64 behind = *highest - counter;
    if (behind >= quint64(windowSize))
        return WindowCheck::TooOld;
    // operator[] rather than test()/set(), which throw: the bound is checked right here.
    return seen[size_t(behind)] ? WindowCheck::Replayed : WindowCheck::Fresh;
}

void SFrameOpener::ReplayWindow::mark(quint64 counter)
{
    if (!highest || counter > *highest) {
        const quint64 ahead = highest ? counter - *highest : quint64(windowSize);
        if (ahead >= quint64(windowSize))
            seen.reset();
        else
            seen <<= size_t(ahead);
        seen[0] = true;
        highest = counter;
        return;
    }
    seen[size_t(*highest - counter)] = true; // check() said it is inside the window
}

Result<void> SFrameOpener::addKey(quint64 keyId, const SecureBytes &baseKey)
{
    if (hasKey(keyId))
        return makeError(ErrorCode::Conflict,
                         SFrameOpener::tr("This call already has a key for that participant."));
    auto keys = SFrame::deriveKeys(keyId, baseKey);
    if (!keys)
        return keys.error();
    m_receivers.emplace(keyId, Receiver { std::move(keys).value(), {} });
    return {};
}

void SFrameOpener::removeKey(quint64 keyId)
{
    m_receivers.erase(keyId);
}

bool SFrameOpener::hasKey(quint64 keyId) const
{
    return m_receivers.find(keyId) != m_receivers.end();
}

Error SFrameOpener::drop(quint64 SFrameDropCounts::*counter, ErrorCode code, const QString &message)
{
    ++(m_drops.*counter);
    return makeError(code, message);
}

Result<SFrameOpened> SFrameOpener::open(QByteArrayView frame, QByteArrayView metadata)
{
    if (metadata.size() > SFrame::maxMetadataBytes)
        return makeError(ErrorCode::InvalidArgument,
                         SFrameOpener::tr("The call frame's metadata is too large."));
    // Shape first, then the key, then replay, then authentication: the cheap checks come
    // before any cryptography, and nothing is learnt from a frame before it authenticates.
    const auto header = SFrameHeader::parse(frame);
    const qsizetype headerBytes = header ? header->encodedSize() : 0;
    const qsizetype sealedBytes = frame.size() - headerBytes;
    if (!header || sealedBytes < SFrame::tagBytes
        || sealedBytes - SFrame::tagBytes > SFrame::maxPlaintextBytes)
        return drop(&SFrameDropCounts::malformed, ErrorCode::InvalidArgument,
                    SFrameOpener::tr("A damaged call frame was dropped."));

    const auto receiver = m_receivers.find(header->keyId);
    if (receiver == m_receivers.end())
        return drop(&SFrameDropCounts::unknownKey, ErrorCode::NotFound,
                    SFrameOpener::tr("A call frame for an unknown key was dropped."));

    ReplayWindow &window = receiver->second.window;
    switch (window.check(header->counter)) {
    case WindowCheck::Replayed:
        return drop(&SFrameDropCounts::replayed, ErrorCode::Conflict,
                    SFrameOpener::tr("A repeated call frame was dropped."));
    case WindowCheck::TooOld:
        return drop(&SFrameDropCounts::tooOld, ErrorCode::Conflict,
                    SFrameOpener::tr("A call frame that arrived too late was dropped."));
    case WindowCheck::Fresh:
        break;
    }

    QByteArray plaintext(sealedBytes - SFrame::tagBytes, Qt::Uninitialized);
    if (!gcmOpen(receiver->second.keys, header->counter, frame.first(headerBytes), metadata,
                 frame.sliced(headerBytes), reinterpret_cast<unsigned char *>(plaintext.data()))) {
        secureWipe(plaintext); // unauthenticated bytes never leave
        return drop(&SFrameDropCounts::tampered, ErrorCode::DecryptionFailed,
                    SFrameOpener::tr("A call frame that failed its integrity check was dropped."));
    }
    window.mark(header->counter);
    ++m_opened;
    return SFrameOpened { header->keyId, header->counter, std::move(plaintext) };
}

} // namespace clinic
