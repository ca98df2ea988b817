#include "totp.h"

#include "crypto/sodium.h"

#include <QUrl>

#include <cstdlib>
#include <ctime>
#include <liboath/oath.h>
#include <memory>
#include <sodium.h>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// RFC 6238's own test vectors reach 20000000000, past 2038.
static_assert(sizeof(time_t) >= 8, "TOTP needs a 64-bit time_t");

constexpr time_t epochStart = 0; // RFC 6238's T0

struct FreeDeleter
{
    void operator()(char *p) const { std::free(p); }
};
using OathBuffer = std::unique_ptr<char, FreeDeleter>;

bool oathReady()
{
    // oath_init must run before any other liboath call and is not safe to run concurrently; a
    // function-local static is initialised exactly once even with several threads.
    static const bool ready = oath_init() == OATH_OK;
    return ready;
}

int oathFlags(TotpParams::Hash hash)
{
    switch (hash) {
    case TotpParams::Hash::Sha1:
        return 0;
    case TotpParams::Hash::Sha256:
        return OATH_TOTP_HMAC_SHA256;
    case TotpParams::Hash::Sha512:
        return OATH_TOTP_HMAC_SHA512;
    }
    return {};
}

QString hashName(TotpParams::Hash hash)
{
    switch (hash) {
    case TotpParams::Hash::Sha1:
        return u"SHA1"_s;
    case TotpParams::Hash::Sha256:
        return u"SHA256"_s;
    case TotpParams::Hash::Sha512:
        return u"SHA512"_s;
    }
    return {};
}

// liboath does not check these itself: it computes codes from an empty secret, treats a step of
// 0 as 30 seconds and turns times before 1970 into huge step numbers.
bool usable(const QByteArray &secret, qint64 unixSeconds, const TotpParams &params)
{
    return !secret.isEmpty() && params.digits >= 6 && params.digits <= 8 && params.stepSeconds > 0
            && unixSeconds >= 0 && oathReady();
}

// QChar::isDigit would also let through other scripts' digits, which no authenticator shows.
bool isWellFormed(const QString &code, int digits)
{
    if (code.size() != digits)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Compares in constant time, so how long a refusal takes does not reveal how many leading
// digits were right. liboath's own comparison is strcmp.
int compareCode(void *handle, const char *candidate)
{
    const auto *expected = static_cast<const QByteArray *>(handle);
    if (qstrlen(candidate) != size_t(expected->size()))
        return 1;
    return sodium_memcmp(candidate, expected->constData(), size_t(expected->size())) == 0 ? 0 : 1;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QByteArray Totp::newSecret(const SecureRandom &random)
{
    return random.bytes(secretBytes);
}

QString Totp::toBase32(const QByteArray &secret)
{
    if (secret.isEmpty() || !oathReady())
        return {};
    char *encoded = nullptr;
    size_t encodedSize = 0;
    if (oath_base32_encode(secret.constData(), size_t(secret.size()), &encoded, &encodedSize)
        != OATH_OK)
        return {};
    const OathBuffer owner(encoded);
    QString text = QString::fromLatin1(encoded, qsizetype(encodedSize));
    // Apps show and accept the secret without padding; it only adds characters to type.
    while (text.endsWith(u'='))
        text.chop(1);
    return text;
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    if (!oathReady())
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    const QByteArray ascii = text.toLatin1();
    char *decoded = nullptr;
    size_t decodedSize = 0;
    // liboath accepts lower case, skips spaces and tolerates missing or partial padding.
    if (oath_base32_decode(ascii.constData(), size_t(ascii.size()), &decoded, &decodedSize)
        != OATH_OK)
        return std::nullopt;
    const OathBuffer owner(decoded);
    return QByteArray(decoded, qsizetype(decodedSize));
}

QString Totp::code(const QByteArray &secret, qint64 unixSeconds, const TotpParams &params)
{
    if (!usable(secret, unixSeconds, params))
        return {};
    char otp[9] = {}; // up to 8 digits and the terminator
    const int rc =
            oath_totp_generate2(secret.constData(), size_t(secret.size()), time_t(unixSeconds),
                                unsigned(params.stepSeconds), epochStart, unsigned(params.digits),
                                oathFlags(params.hash), otp);
    if (rc != OATH_OK)
        return {};
    return QString::fromLatin1(otp);
}

std::optional<qint64> Totp::verify(const QByteArray &secret, const QString &code,
                                   qint64 unixSeconds, const TotpParams &params, int window)
{
    if (window < 0 || !isWellFormed(code, params.digits) || !usable(secret, unixSeconds, params))
        return std::nullopt;
    ensureSodium();
    QByteArray expected = code.toLatin1();
    int position = 0;
    uint64_t step = 0;
    const int rc = oath_totp_validate4_callback(
            secret.constData(), size_t(secret.size()), time_t(unixSeconds),
            unsigned(params.stepSeconds), epochStart, unsigned(params.digits), size_t(window),
            &position, &step, oathFlags(params.hash), compareCode, &expected);
    if (rc < 0)
        return std::nullopt;
    return qint64(step);
}

QString Totp::provisioningUri(const QString &issuer, const QString &account,
                              const QByteArray &secret, const TotpParams &params)
{
    // The issuer goes both in the label, for older apps, and in the parameter, which newer apps
    // prefer because it cannot be confused with part of the account name.
    const QString label = issuer.isEmpty()
            ? percentEncoded(account)
            : percentEncoded(issuer) + u':' + percentEncoded(account);
    QString uri = u"otpauth://totp/"_s + label + u"?secret="_s + toBase32(secret);
    if (!issuer.isEmpty())
        uri += u"&issuer="_s + percentEncoded(issuer);
    uri += u"&algorithm="_s + hashName(params.hash) + u"&digits="_s + QString::number(params.digits)
            + u"&period="_s + QString::number(params.stepSeconds);
    return uri;
}

} // namespace clinic
