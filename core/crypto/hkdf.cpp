#include "hkdf.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace clinic {

namespace {
struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *context) const { EVP_KDF_CTX_free(context); }
};

// OSSL_PARAM wants mutable pointers for input it only reads.
OSSL_PARAM octets(const char *name, const void *data, qsizetype size)
{
    return OSSL_PARAM_construct_octet_string(name, const_cast<void *>(data), size_t(size));
}
} // namespace

Result<SecureBytes> Hkdf::sha256(const SecureBytes &inputKey, QByteArrayView salt,
                                 QByteArrayView info, qsizetype outputBytes)
{
    if (inputKey.isEmpty() || info.size() > maxInfoBytes || outputBytes <= 0
        || outputBytes > maxOutputBytes)
        return makeError(ErrorCode::InvalidArgument, Hkdf::tr("A key could not be derived."),
                         QStringLiteral("HKDF input out of range"));
    const std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    const std::unique_ptr<EVP_KDF_CTX, KdfDeleter> context(kdf ? EVP_KDF_CTX_new(kdf.get())
                                                               : nullptr);
    if (!context)
        return makeError(ErrorCode::Unknown, Hkdf::tr("A key could not be derived."),
                         QStringLiteral("OpenSSL offers no HKDF"));

    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    OSSL_PARAM *next = params;
    *next++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    *next++ = octets(OSSL_KDF_PARAM_KEY, inputKey.data(), inputKey.size());
    // Left out rather than passed empty: OpenSSL then extracts with HashLen zeros, which is
    // what RFC 5869 (and HMAC itself, padding the key with zeros) makes of an empty salt.
    if (!salt.isEmpty())
        *next++ = octets(OSSL_KDF_PARAM_SALT, salt.data(), salt.size());
    *next++ = octets(OSSL_KDF_PARAM_INFO, info.data(), info.size());
    *next = OSSL_PARAM_construct_end();

    SecureBytes output(outputBytes);
    if (EVP_KDF_derive(context.get(), output.data(), size_t(outputBytes), params) != 1)
        return makeError(ErrorCode::Unknown, Hkdf::tr("A key could not be derived."),
                         QStringLiteral("EVP_KDF_derive failed"));
    return output;
}

} // namespace clinic
