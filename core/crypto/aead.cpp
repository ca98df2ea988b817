#include "aead.h"

#include "sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace clinic {

static_assert(Aead::keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Aead::nonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

namespace {
const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}
} // namespace

Aead::Sealed Aead::seal(const SecureBytes &key, const unsigned char *plain, qsizetype size,
                        const QByteArray &associatedData)
{
    ensureSodium();
    Q_ASSERT(key.size() == keyBytes);
    Sealed sealed;
    sealed.nonce.resize(nonceBytes);
    randombytes_buf(sealed.nonce.data(), size_t(nonceBytes));
    sealed.ciphertext.resize(size + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), &written, plain,
            quint64(size), bytes(associatedData), quint64(associatedData.size()), nullptr,
            bytes(sealed.nonce), key.data());
    sealed.ciphertext.resize(qsizetype(written));
    return sealed;
}

Result<SecureBytes> Aead::open(const SecureBytes &key, const Sealed &sealed,
                               const QByteArray &associatedData)
{
    ensureSodium();
    const auto tagBytes = qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (key.size() != keyBytes || sealed.nonce.size() != nonceBytes
        || sealed.ciphertext.size() < tagBytes)
        return makeError(ErrorCode::InvalidArgument, Aead::tr("The encrypted data is malformed."));
    SecureBytes plain(sealed.ciphertext.size() - tagBytes);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &written, nullptr, bytes(sealed.ciphertext),
            quint64(sealed.ciphertext.size()), bytes(associatedData),
            quint64(associatedData.size()), bytes(sealed.nonce), key.data());
    if (rc != 0)
        return makeError(ErrorCode::DecryptionFailed, Aead::tr("The data could not be decrypted."));
    return plain;
}

} // namespace clinic
