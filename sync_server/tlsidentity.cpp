#include "tlsidentity.h"

#include "crypto/securebytes.h"
#include "util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslSocket>
#include <QUrl>
#include <QtEndian>

#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <optional>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxPemFileBytes = 1024 * 1024; // a certificate chain is a few KB
constexpr int maxCommonNameLength = 64; // ub-common-name in RFC 5280
// Far beyond any sensible certificate life, and well inside what an X.509 time can express.
constexpr int maxDays = 100 * 366;

template<auto release>
struct FreeWith
{
    template<typename T>
    void operator()(T *pointer) const
    {
        release(pointer);
    }
};

using BioPtr = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, FreeWith<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, FreeWith<X509_EXTENSION_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, FreeWith<GENERAL_NAME_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, FreeWith<GENERAL_NAMES_free>>;
using Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, FreeWith<ASN1_IA5STRING_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<EVP_PKEY_free>>;
using OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, FreeWith<ASN1_OCTET_STRING_free>>;
using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;

enum class PemKind { Certificate, PrivateKey };

// A certificate and key as generated: the Qt objects and the PEM text for the files.
struct Generated
{
    TlsIdentity identity;
    QByteArray certificatePem;
    QByteArray keyPem; // secret: wiped by whoever is done with it
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// OpenSSL's queued errors as one line for Error::detail. Taking them also empties the queue,
// which is per thread: left there, they would be reported with some later, unrelated failure.
QString takeOpenSslErrors()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        lines << QString::fromLatin1(text);
    }
    return lines.join(u"; ");
}

Error openSslFailed(const char *step)
{
    return makeError(ErrorCode::Unknown,
                     TlsIdentityStore::tr("The server's TLS certificate could not be made."),
                     QLatin1StringView(step) + u": " + takeOpenSslErrors());
}

// PEM reading must never stop to ask for a passphrase on the terminal, as OpenSSL's default
// callback does: an encrypted key simply fails to load.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray certificateToPem(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

// PKCS#8, unencrypted: the file's permissions protect it, and the server starts unattended.
// The secure-memory BIO wipes OpenSSL's copy of the text when it is freed.
QByteArray keyToPem(EVP_PKEY *key)
{
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

// The Qt name for the key's algorithm, for the ones a TLS server certificate can use.
std::optional<QSsl::KeyAlgorithm> qtKeyAlgorithm(const EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return QSsl::Rsa;
    if (EVP_PKEY_is_a(key, "EC"))
        return QSsl::Ec;
    return std::nullopt;
}

// Hands the certificate and key to Qt through their PEM encodings, which every Qt TLS backend
// reads, rather than through backend-specific native handles.
Result<TlsIdentity> toIdentity(const QByteArray &certificatePem, const QByteArray &keyPem,
                               QSsl::KeyAlgorithm algorithm)
{
    TlsIdentity identity { QSslCertificate(certificatePem, QSsl::Pem),
                           QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey) };
    // OpenSSL wrote both, so only a Qt without a working TLS backend can fail here.
    if (identity.certificate.isNull() || identity.privateKey.isNull())
        return makeError(ErrorCode::Unknown,
                         TlsIdentityStore::tr("Qt's TLS support is not available, so the server "
                                              "cannot use its certificate. Check that OpenSSL 3 "
                                              "and Qt's OpenSSL plugin are installed."),
                         u"TLS backend: "_s + QSslSocket::activeBackend());
    return identity;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Builds the names directly rather than through OpenSSL's "IP:...,DNS:..." text, where a comma
// or colon in a name would be read as syntax.
GeneralNamePtr makeAltName(const QString &name)
{
    GeneralNamePtr generalName(GENERAL_NAME_new());
    if (!generalName)
        return {};
    QHostAddress address;
    if (address.setAddress(name)) {
        QByteArray bytes;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            bytes.resize(4);
            qToBigEndian(address.toIPv4Address(), bytes.data());
        } else {
            const Q_IPV6ADDR ipv6 = address.toIPv6Address();
            bytes = QByteArray(reinterpret_cast<const char *>(ipv6.c), sizeof ipv6.c);
        }
        OctetStringPtr octets(ASN1_OCTET_STRING_new());
        if (!octets
            || ASN1_OCTET_STRING_set(octets.get(),
                                     reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     int(bytes.size()))
                    != 1)
            return {};
        GENERAL_NAME_set0_value(generalName.get(), GEN_IPADD, octets.release());
    } else {
        // An IA5String holds ASCII only: an international name goes in as its xn-- form.
        const QByteArray ace = QUrl::toAce(name);
        Ia5StringPtr dns(ASN1_IA5STRING_new());
        if (!dns || ASN1_STRING_set(dns.get(), ace.constData(), int(ace.size())) != 1)
            return {};
        GENERAL_NAME_set0_value(generalName.get(), GEN_DNS, dns.release());
    }
    return generalName;
}

bool addAltNames(X509 *certificate, const QStringList &altNames)
{
    // RFC 5280 forbids an empty subjectAltName, so no names means no extension.
    if (altNames.isEmpty())
        return true;
    const GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return false;
    for (const QString &name : altNames) {
        GeneralNamePtr generalName = makeAltName(name);
        if (!generalName || sk_GENERAL_NAME_push(names.get(), generalName.get()) == 0)
            return false;
        generalName.release(); // the stack owns it now
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT)
            == 1;
}

std::optional<Error> checkGenerateArguments(const QString &commonName, const QStringList &altNames,
                                            int days)
{
    if (commonName.isEmpty() || commonName.size() > maxCommonNameLength)
        return makeError(ErrorCode::InvalidArgument,
                         TlsIdentityStore::tr("The certificate's name must be 1 to %1 characters "
                                              "long.")
                                 .arg(maxCommonNameLength),
                         commonName);
    if (days < 1 || days > maxDays)
        return makeError(
                ErrorCode::InvalidArgument,
                TlsIdentityStore::tr("A certificate must be valid for 1 to %1 days.").arg(maxDays),
                QString::number(days));
    for (const QString &name : altNames) {
        if (!QHostAddress(name).isNull())
            continue;
        // A trailing dot is valid DNS but matches no host name a client checks against.
        if (QUrl::toAce(name).isEmpty() || name.endsWith(u'.'))
            return makeError(ErrorCode::InvalidArgument,
                             TlsIdentityStore::tr("\"%1\" is neither an IP address nor a host "
                                                  "name, so it cannot go in the certificate.")
                                     .arg(name));
    }
    return std::nullopt;
}

Result<Generated> generateIdentity(const QString &commonName, const QStringList &altNames, int days)
{
    if (auto error = checkGenerateArguments(commonName, altNames, days))
        return *error;
    ERR_clear_error();

    const KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return openSslFailed("EVP_EC_gen");
    const X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return openSslFailed("X509_new");

    // Random, so two certificates made with the same name never share issuer and serial.
    const BignumPtr serial(BN_new());
    if (!serial)
        return openSslFailed("BN_new");
    do {
        if (BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
            return openSslFailed("BN_rand");
    } while (BN_is_zero(serial.get())); // RFC 5280: serial numbers are positive
    if (!BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return openSslFailed("BN_to_ASN1_INTEGER");

    time_t now = std::time(nullptr);
    if (!X509_time_adj_ex(X509_getm_notBefore(certificate.get()), 0, -3600, &now)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), days, -3600, &now))
        return openSslFailed("X509_time_adj_ex");

    const QByteArray name = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(name.constData()),
                                   int(name.size()), -1, 0)
                != 1
        || X509_set_issuer_name(certificate.get(), subject) != 1)
        return openSslFailed("X509_NAME_add_entry_by_txt");
    if (X509_set_pubkey(certificate.get(), key.get()) != 1)
        return openSslFailed("X509_set_pubkey");

    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth"))
        return openSslFailed("X509V3_EXT_nconf_nid");
    if (!addAltNames(certificate.get(), altNames))
        return openSslFailed("subjectAltName");

    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return openSslFailed("X509_sign");

    Generated generated;
    generated.certificatePem = certificateToPem(certificate.get());
    generated.keyPem = keyToPem(key.get());
    if (generated.certificatePem.isEmpty() || generated.keyPem.isEmpty()) {
        secureWipe(generated.keyPem);
        return openSslFailed("PEM_write_bio");
    }
    auto identity = toIdentity(generated.certificatePem, generated.keyPem, QSsl::Ec);
    if (!identity) {
        secureWipe(generated.keyPem);
        return identity.error();
    }
    generated.identity = std::move(identity).value();
    return generated;
}

Error notFound(PemKind kind, const QString &path)
{
    return makeError(ErrorCode::Io,
                     kind == PemKind::Certificate
                             ? TlsIdentityStore::tr("The TLS certificate file %1 does not exist.")
                                       .arg(nativePath(path))
                             : TlsIdentityStore::tr("The TLS private key file %1 does not exist.")
                                       .arg(nativePath(path)));
}

Error notPem(PemKind kind, const QString &path, const QString &detail)
{
    return makeError(
            ErrorCode::InvalidArgument,
            kind == PemKind::Certificate
                    ? TlsIdentityStore::tr("%1 is not a TLS certificate in PEM format (text "
                                           "beginning with -----BEGIN CERTIFICATE-----).")
                              .arg(nativePath(path))
                    : TlsIdentityStore::tr("%1 is not a TLS private key in PEM format (text "
                                           "beginning with -----BEGIN PRIVATE KEY-----).")
                              .arg(nativePath(path)),
            detail);
}

Result<QByteArray> readPemFile(PemKind kind, const QString &path)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         kind == PemKind::Certificate
                                 ? TlsIdentityStore::tr("No TLS certificate file was given.")
                                 : TlsIdentityStore::tr("No TLS private key file was given."));
    const QFileInfo info(path);
    if (!info.exists())
        return notFound(kind, path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        const QString reason =
                info.isFile() ? file.errorString() : TlsIdentityStore::tr("it is not a file");
        return makeError(ErrorCode::Io,
                         kind == PemKind::Certificate
                                 ? TlsIdentityStore::tr("The TLS certificate file %1 cannot be "
                                                        "read: %2")
                                           .arg(nativePath(path), reason)
                                 : TlsIdentityStore::tr("The TLS private key file %1 cannot be "
                                                        "read: %2")
                                           .arg(nativePath(path), reason));
    }
    if (file.size() > maxPemFileBytes)
        return notPem(kind, path, QStringLiteral("%1 bytes").arg(file.size()));
    return file.readAll();
}

X509Ptr readCertificate(const QByteArray &pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr)
                       : nullptr);
}

KeyPtr readKey(const QByteArray &pem)
{
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr)
                      : nullptr);
}

// Counts a dangling symbolic link as present, so that nothing is ever written through it.
bool isPresent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

QString TlsIdentity::fingerprint() const
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(privateKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

Result<TlsIdentity> TlsIdentityStore::generate(const QString &commonName,
                                               const QStringList &altNames, int days)
{
    auto generated = generateIdentity(commonName, altNames, days);
    if (!generated)
        return generated.error();
    secureWipe(generated->keyPem);
    return std::move(generated->identity);
}

Result<TlsIdentity> TlsIdentityStore::load(const QString &certificatePath, const QString &keyPath)
{
    const auto certificatePem = readPemFile(PemKind::Certificate, certificatePath);
    if (!certificatePem)
        return certificatePem.error();
    auto keyPem = readPemFile(PemKind::PrivateKey, keyPath);
    if (!keyPem)
        return keyPem.error();

    ERR_clear_error();
    const X509Ptr certificate = readCertificate(certificatePem.value());
    if (!certificate)
        return notPem(PemKind::Certificate, certificatePath, takeOpenSslErrors());
    const KeyPtr key = readKey(keyPem.value());
    // The headers say so whether the key is PKCS#8 or the older OpenSSL format.
    const bool encrypted = keyPem->contains("ENCRYPTED");
    secureWipe(keyPem.value());
    if (!key) {
        const QString detail = takeOpenSslErrors();
        if (encrypted)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The TLS private key file %1 is protected by a passphrase, and the "
                                "server starts without anyone to type it. Store the key without "
                                "a passphrase, readable by the server's user only.")
                                     .arg(nativePath(keyPath)),
                             detail);
        return notPem(PemKind::PrivateKey, keyPath, detail);
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The TLS private key %1 does not belong to the certificate %2.")
                                 .arg(nativePath(keyPath), nativePath(certificatePath)),
                         takeOpenSslErrors());
    const auto algorithm = qtKeyAlgorithm(key.get());
    if (!algorithm)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The TLS private key %1 is of a type the server cannot use. Use an "
                            "RSA or ECDSA key.")
                                 .arg(nativePath(keyPath)),
                         QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())));

    // Re-encoded, so that Qt gets one plain PKCS#8 key whatever else the file held.
    const QByteArray normalCertificatePem = certificateToPem(certificate.get());
    QByteArray normalKeyPem = keyToPem(key.get());
    if (normalCertificatePem.isEmpty() || normalKeyPem.isEmpty()) {
        secureWipe(normalKeyPem);
        return makeError(
                ErrorCode::Unknown,
                tr("The TLS certificate %1 could not be used.").arg(nativePath(certificatePath)),
                u"PEM_write_bio: "_s + takeOpenSslErrors());
    }
    auto identity = toIdentity(normalCertificatePem, normalKeyPem, *algorithm);
    secureWipe(normalKeyPem);
    return identity;
}

Result<TlsIdentity> TlsIdentityStore::loadOrCreate(const QString &certificatePath,
                                                   const QString &keyPath,
                                                   const QString &commonName,
                                                   const QStringList &altNames)
{
    const bool haveCertificate = isPresent(certificatePath);
    const bool haveKey = isPresent(keyPath);
    if (haveCertificate && haveKey)
        return load(certificatePath, keyPath);
    if (haveCertificate)
        return makeError(ErrorCode::Io,
                         tr("The TLS certificate %1 is there but its private key %2 is missing. "
                            "Restore the key from a backup. Only if it is lost for good, move "
                            "the certificate away so that a new pair is made; every client will "
                            "then have to trust the new fingerprint.")
                                 .arg(nativePath(certificatePath), nativePath(keyPath)));
    if (haveKey)
        return makeError(ErrorCode::Io,
                         tr("The TLS private key %1 is there but its certificate %2 is missing. "
                            "Restore the certificate from a backup. Only if it is lost for good, "
                            "move the key away so that a new pair is made; every client will "
                            "then have to trust the new fingerprint.")
                                 .arg(nativePath(keyPath), nativePath(certificatePath)));
    if (QFileInfo(certificatePath).absoluteFilePath() == QFileInfo(keyPath).absoluteFilePath())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The TLS certificate and private key need two different files."),
                         nativePath(keyPath));

    auto generated = generateIdentity(commonName, altNames, defaultValidityDays);
    if (!generated)
        return generated.error();
    const auto keyWritten = writeFileAtomically(keyPath, generated->keyPem,
                                                QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    secureWipe(generated->keyPem);
    if (!keyWritten)
        return keyWritten.error();
    const auto certificateWritten =
            writeFileAtomically(certificatePath, generated->certificatePem,
                                QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!certificateWritten) {
        // A key alone would make every later start refuse to run (see above): take it back.
        QFile::remove(keyPath);
        return certificateWritten.error();
    }
    return std::move(generated->identity);
}

} // namespace clinic
