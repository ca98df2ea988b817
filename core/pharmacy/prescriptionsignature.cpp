#include "prescriptionsignature.h"

#include "crypto/signing.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView header = "clinic-rx-v1\n"_L1;

// One value as the canonical bytes write it: text as is, integers in decimal, booleans 0|1,
// null and absent as nothing.
QString canonicalValue(const QCborValue &value)
{
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? u"1"_s : u"0"_s;
    if (value.isDouble()) {
        // A whole number sent as a double signs as that integer; anything else (a fraction,
        // infinity, NaN, beyond qint64: casting those is undefined) as its own text, which
        // matches no real signature. Found by fuzz_server.
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.0e18)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isString())
        return value.toString();
    return {};
}

QString escaped(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'\n', u"\\n"_s);
    return text;
}

QString doctorName(const QCborMap &key)
{
    const QString name = key.value(u"doctor_name"_s).toString().trimmed();
    if (name.isEmpty())
        return PrescriptionSignature::tr("the prescriber");
    if (name.startsWith(u"Dr"_s))
        return name;
    return PrescriptionSignature::tr("Dr %1").arg(name);
}

// The key of `key`'s doctor whose fingerprint is `fingerprint`: the current one or one of
// previous_keys ("fingerprint=base64", comma-separated). Empty when none.
QString publicKeyFor(const QCborMap &key, const QString &fingerprint)
{
    if (key.value(u"fingerprint"_s).toString() == fingerprint)
        return key.value(u"public_key"_s).toString();
    const QStringList previous =
            key.value(u"previous_keys"_s).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &entry : previous) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0 && entry.left(equals) == fingerprint)
            return entry.mid(equals + 1);
    }
    return {};
}

} // namespace

const QList<QString> &PrescriptionSignature::signedFields()
{
    static const QList<QString> fields {
        u"id"_s,          u"patient_id"_s,      u"patient_name"_s,
        u"patient_birth_date"_s, u"patient_allergies"_s, u"prescriber_id"_s,
        u"prescriber_name"_s, u"pharmacy_id"_s, u"drug_id"_s,
        u"drug_name"_s,   u"strength"_s,        u"form"_s,
        u"dose"_s,        u"directions"_s,      u"quantity"_s,
        u"refills"_s,     u"substitution_allowed"_s, u"pharmacist_note"_s,
        u"reference_version"_s, u"check_findings"_s, u"override_reason"_s,
        u"issued_at"_s,   u"key_fingerprint"_s,
    };
    return fields;
}

QByteArray PrescriptionSignature::canonicalBytes(const QCborMap &prescription)
{
    QString text = header;
    for (const QString &field : signedFields()) {
        QString value;
        if (field == u"substitution_allowed") {
            const QCborValue v = prescription.value(field);
            value = (v.isBool() ? v.toBool() : v.toInteger() != 0) ? u"1"_s : u"0"_s;
        } else {
            value = canonicalValue(prescription.value(field));
        }
        text += field + u'=' + escaped(value) + u'\n';
    }
    return text.toUtf8();
}

Result<void> PrescriptionSignature::verify(const QCborMap &prescription,
                                           const QCborMap &prescriberKey)
{
    const QString signatureText = prescription.value(u"signature"_s).toString();
    const QString fingerprintText = prescription.value(u"key_fingerprint"_s).toString();
    if (signatureText.isEmpty() || fingerprintText.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("This prescription is not signed."));
    if (prescriberKey.isEmpty()
        || prescriberKey.value(u"doctor_id"_s).toString()
                != prescription.value(u"prescriber_id"_s).toString())
        return makeError(ErrorCode::NotFound,
                         tr("The prescriber has no registered key here: the signature cannot "
                            "be checked."));
    const QString keyText = publicKeyFor(prescriberKey, fingerprintText);
    if (keyText.isEmpty())
        return makeError(ErrorCode::DecryptionFailed,
                         tr("This prescription is signed with a key %1 no longer holds.")
                                 .arg(doctorName(prescriberKey)));
    const auto key = QByteArray::fromBase64Encoding(keyText.toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != Signing::publicKeyBytes
        || fingerprint(key.decoded) != fingerprintText)
        return makeError(ErrorCode::DecryptionFailed,
                         tr("The key registered for %1 is damaged: the signature cannot be "
                            "checked.")
                                 .arg(doctorName(prescriberKey)));
    const auto signature = QByteArray::fromBase64Encoding(
            signatureText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.size() != Signing::signatureBytes
        || !Signing::verify(canonicalBytes(prescription), signature.decoded, key.decoded))
        return makeError(ErrorCode::DecryptionFailed,
                         tr("This prescription was altered since it was signed, or %1 did not "
                            "sign it.")
                                 .arg(doctorName(prescriberKey)));
    return {};
}

QString PrescriptionSignature::fingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex());
}

QString PrescriptionSignature::formatAllergies(QList<Allergy> allergies)
{
    for (Allergy &a : allergies) {
        a.substance = a.substance.simplified();
        a.reaction = a.reaction.simplified();
    }
    std::sort(allergies.begin(), allergies.end(), [](const Allergy &x, const Allergy &y) {
        const int bySubstance = x.substance.compare(y.substance, Qt::CaseInsensitive);
        if (bySubstance != 0)
            return bySubstance < 0;
        const int exact = x.substance.compare(y.substance);
        if (exact != 0)
            return exact < 0;
        return x.reaction < y.reaction;
    });
    QStringList parts;
    for (const Allergy &a : std::as_const(allergies)) {
        if (a.substance.isEmpty())
            continue;
        parts << (a.reaction.isEmpty() ? a.substance : a.substance + u" (" + a.reaction + u')');
    }
    return parts.join(u"; "_s);
}

QString PrescriptionSignature::formatName(const QString &givenName, const QString &familyName)
{
    return QString(givenName.simplified() + u' ' + familyName.simplified()).trimmed();
}

QString PrescriptionSignature::allergySnapshot(QSqlDatabase db, const QString &patientId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT substance, reaction FROM patient_allergy "
                  u"WHERE patient_id = ? AND NOT deleted"_s);
    query.addBindValue(patientId);
    if (!query.exec())
        return {};
    QList<Allergy> allergies;
    while (query.next())
        allergies.append({ query.value(0).toString(), query.value(1).toString() });
    return formatAllergies(allergies);
}

QString PrescriptionSignature::patientName(QSqlDatabase db, const QString &patientId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT given_name, family_name FROM patient WHERE id = ? AND NOT deleted"_s);
    query.addBindValue(patientId);
    if (!query.exec() || !query.next())
        return {};
    return formatName(query.value(0).toString(), query.value(1).toString());
}

QString PrescriptionSignature::patientBirthDate(QSqlDatabase db, const QString &patientId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT birth_date FROM patient WHERE id = ? AND NOT deleted"_s);
    query.addBindValue(patientId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return query.value(0).toString().left(10);
}

} // namespace clinic
