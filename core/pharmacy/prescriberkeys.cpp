#include "prescriberkeys.h"

#include "crypto/signing.h"
#include "pharmacy/prescriptionsignature.h"

#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error storeError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql,
                     PrescriberKeys::tr("Your prescribing key cannot be read or kept."),
                     query.lastError().text());
}

PrescriberKeys::KeyPair pairOf(QByteArray publicKey, SecureBytes secretKey)
{
    PrescriberKeys::KeyPair pair;
    pair.fingerprint = PrescriptionSignature::fingerprint(publicKey);
    pair.publicKey = std::move(publicKey);
    pair.secretKey = std::move(secretKey);
    return pair;
}

Result<PrescriberKeys::KeyPair> makeAndKeep(QSqlDatabase db, const QString &accountId,
                                            qint64 createdAtMs)
{
    Signing::KeyPair made = Signing::generateKeyPair();
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO prescriber_secret "
                  u"(account_id, public_key, secret_key, created_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(accountId);
    query.addBindValue(made.publicKey);
    QByteArray secret(made.secretKey.constChar(), made.secretKey.size());
    query.addBindValue(secret);
    query.addBindValue(createdAtMs);
    const bool ok = query.exec();
    secureWipe(secret);
    if (!ok)
        return storeError(query);
    return pairOf(made.publicKey, std::move(made.secretKey));
}

} // namespace

Result<std::optional<PrescriberKeys::KeyPair>> PrescriberKeys::find(QSqlDatabase db,
                                                                     const QString &accountId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT public_key, secret_key FROM prescriber_secret WHERE account_id = ?"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<KeyPair> {};
    const QByteArray publicKey = query.value(0).toByteArray();
    QByteArray secret = query.value(1).toByteArray();
    if (publicKey.size() != Signing::publicKeyBytes || secret.size() != Signing::secretKeyBytes) {
        secureWipe(secret);
        return makeError(ErrorCode::StoreCorrupt,
                         tr("Your prescribing key in this store is damaged; make a new one."));
    }
    SecureBytes secretKey(reinterpret_cast<const unsigned char *>(secret.constData()),
                          secret.size());
    secureWipe(secret);
    return std::optional<KeyPair>(pairOf(publicKey, std::move(secretKey)));
}

Result<PrescriberKeys::KeyPair> PrescriberKeys::ensure(QSqlDatabase db, const QString &accountId,
                                                       qint64 createdAtMs)
{
    auto found = find(db, accountId);
    if (!found)
        return found.error();
    if (found->has_value())
        return std::move(**found);
    return makeAndKeep(db, accountId, createdAtMs);
}

Result<PrescriberKeys::KeyPair> PrescriberKeys::replace(QSqlDatabase db, const QString &accountId,
                                                        qint64 createdAtMs)
{
    return makeAndKeep(db, accountId, createdAtMs);
}

Result<void> PrescriberKeys::sign(QSqlDatabase db, const QString &accountId,
                                  QCborMap &prescription)
{
    auto found = find(db, accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("You have no prescribing key on this computer yet."));
    const KeyPair &pair = **found;
    prescription.insert(u"key_fingerprint"_s, pair.fingerprint);
    const QByteArray signature =
            Signing::sign(PrescriptionSignature::canonicalBytes(prescription), pair.secretKey);
    if (signature.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The prescription could not be signed."));
    prescription.insert(u"signature"_s, QString::fromLatin1(signature.toBase64()));
    return {};
}

} // namespace clinic
