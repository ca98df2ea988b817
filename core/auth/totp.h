#pragma once

#include "crypto/securerandom.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clinic {

// The authenticator-app settings. The defaults are the only ones every app supports; the others
// exist because RFC 6238 defines them and its test vectors use them.
struct TotpParams
{
    enum class Hash { Sha1, Sha256, Sha512 };
    Hash hash = Hash::Sha1;
    int digits = 6; // 6 to 8
    int stepSeconds = 30;
};

// Time-based one-time passwords (RFC 6238), computed by liboath.
class Totp
{
    Q_DECLARE_TR_FUNCTIONS(clinic::Totp)
public:
    static constexpr qsizetype secretBytes = 20; // RFC 4226's recommended 160 bits

    static QByteArray newSecret(const SecureRandom &random = SecureRandom::system());

    // RFC 4648 base32 as authenticator apps show it: upper case, no padding.
    static QString toBase32(const QByteArray &secret);
    // Accepts what a person may type back: lower case, spaces and padding.
    static std::optional<QByteArray> fromBase32(const QString &text);

    // Empty when the parameters are unusable: an empty secret, digits outside 6 to 8, a step
    // that is not positive or a time before 1970.
    static QString code(const QByteArray &secret, qint64 unixSeconds,
                        const TotpParams &params = {});

    // Accepts the code of the step containing unixSeconds, or of up to `window` steps either side
    // (clock drift). Returns the matched step number (unixSeconds / stepSeconds of that code) so
    // the caller can refuse a code whose step is not newer than the last one accepted; nullopt
    // otherwise. A code must be exactly params.digits ASCII digits.
    static std::optional<qint64> verify(const QByteArray &secret, const QString &code,
                                        qint64 unixSeconds, const TotpParams &params = {},
                                        int window = 1);

    // otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30,
    // the Key URI Format authenticator apps read from a QR code. Issuer and account are
    // percent-encoded; an empty issuer is left out.
    static QString provisioningUri(const QString &issuer, const QString &account,
                                   const QByteArray &secret, const TotpParams &params = {});
};

} // namespace clinic
