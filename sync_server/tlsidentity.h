#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace clinic {

// The server's TLS certificate and private key.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;

    // SHA-256 of the DER certificate as 64 lower-case hex digits: what clients pin. Empty for a
    // null certificate.
    QString fingerprint() const;
    // TLS 1.2 or later, this certificate and key, and no client certificates asked for: clients
    // prove who they are by signing in over the connection, not with certificates.
    QSslConfiguration serverConfiguration() const;
};

// Makes, reads and keeps the server's TLS identity on disk as two PEM files.
class TlsIdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(clinic::TlsIdentityStore)
public:
    // The longest validity Apple platforms accept for a server certificate.
    static constexpr int defaultValidityDays = 825;

    // A new ECDSA P-256 key and a self-signed X.509 v3 certificate: random 128-bit serial,
    // subject and issuer CN=commonName, valid from an hour ago (so a client whose clock is a
    // little behind still accepts it) for `days` days, subjectAltName with each of altNames (IP
    // addresses as IP entries, anything else as a DNS name; none when altNames is empty),
    // basicConstraints CA:FALSE, keyUsage digitalSignature, extendedKeyUsage serverAuth; signed
    // with SHA-256.
    static Result<TlsIdentity> generate(const QString &commonName, const QStringList &altNames,
                                        int days = defaultValidityDays);
    // Reads a PEM certificate and an unencrypted PEM private key (RSA or EC) and checks that the
    // key belongs to the certificate. When the certificate file holds a chain, the first
    // certificate is the server's and the rest are ignored.
    static Result<TlsIdentity> load(const QString &certificatePath, const QString &keyPath);
    // Loads the pair when both files exist. When neither exists, generates one and writes both
    // atomically, the key readable by its owner only (0600), the certificate 0644; the new
    // certificate is valid for defaultValidityDays. When only one exists that is an error and
    // nothing is written: a new key would change the fingerprint every client has pinned, so
    // replacing a lost file is for a person to decide.
    static Result<TlsIdentity> loadOrCreate(const QString &certificatePath, const QString &keyPath,
                                            const QString &commonName, const QStringList &altNames);
};

} // namespace clinic
