#pragma once

// The doctor's own Ed25519 signing key (client only): made on their computer and kept in their
// encrypted store (prescriber_secret); the public half is registered with the server by the
// prescriber_key.register mutation. docs/pharmacy.md, Signature.

#include "crypto/securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

class PrescriberKeys
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PrescriberKeys)
public:
    struct KeyPair
    {
        QByteArray publicKey; // 32 bytes
        SecureBytes secretKey; // 64 bytes (libsodium's)
        QString fingerprint; // PrescriptionSignature::fingerprint
        QString publicKeyBase64() const { return QString::fromLatin1(publicKey.toBase64()); }
    };

    // The account's key pair, made and kept in prescriber_secret when there is none yet.
    // `createdAtMs`: when made (the caller's Clock).
    static Result<KeyPair> ensure(QSqlDatabase db, const QString &accountId,
                                  qint64 createdAtMs = 0);
    // The kept pair, or nullopt when none has been made.
    static Result<std::optional<KeyPair>> find(QSqlDatabase db, const QString &accountId);
    // Replaces the account's pair by a new one (a lost or compromised key): register it again.
    static Result<KeyPair> replace(QSqlDatabase db, const QString &accountId,
                                   qint64 createdAtMs = 0);
    // Sets key_fingerprint, then signature (base64) over the canonical bytes
    // (PrescriptionSignature::canonicalBytes). The map must already hold every other signed
    // field as rx.prescribe will write it: prescriber_id (the account), prescriber_name (the
    // account's display name, as the sync session's actor has it), drug_name (the reference
    // data's generic name, Drug::name()) and the patient snapshot (PrescriptionSignature).
    static Result<void> sign(QSqlDatabase db, const QString &accountId, QCborMap &prescription);
};

} // namespace clinic
