// pharmacy.put, pharmacy.member.set: the network's pharmacies and which pharmacist works at
// which (the admin's). patient.pharmacy.set: the patient's chosen pharmacy (the patient's or
// the front desk's). prescriber_key.register: a verified doctor's public signing key, which
// pharmacies check prescriptions against. docs/pharmacy.md.

#include "mutations/entitymutations.h"
#include "pharmacy/prescriptionsignature.h"

#include <QCryptographicHash>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

class PharmacyArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PharmacyArgs)
public:
    static Error noSuchPharmacy()
    {
        return makeError(ErrorCode::NotFound, tr("There is no such pharmacy."));
    }
};

// The live pharmacy row, or NotFound.
Result<QCborMap> livePharmacy(MutationContext &context, const QString &id)
{
    auto row = context.find(u"pharmacy", id);
    if (!row)
        return row.error();
    if (!row->has_value() || (**row).value(u"deleted"_s).toBool())
        return PharmacyArgs::noSuchPharmacy();
    return **row;
}

// --- pharmacy.put --------------------------------------------------------------------------

Result<Ownership> adminOwnership(MutationContext &, const QCborMap &)
{
    return Ownership::Other; // the admin's: Always
}

Result<void> putPharmacy(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(PharmacyArgs::tr("The pharmacy has no id."));
    QCborMap columns;
    const struct
    {
        QLatin1StringView key;
        qsizetype max;
        bool required;
        QString label;
    } fields[] {
        { "name"_L1, 200, true, PharmacyArgs::tr("The pharmacy's name") },
        { "address_line"_L1, 200, false, PharmacyArgs::tr("The address") },
        { "city"_L1, 100, false, PharmacyArgs::tr("The city") },
        { "postal_code"_L1, 20, false, PharmacyArgs::tr("The postal code") },
        { "phone"_L1, 40, false, PharmacyArgs::tr("The phone number") },
        { "hours"_L1, 200, false, PharmacyArgs::tr("The opening hours") },
    };
    for (const auto &field : fields) {
        auto text = Pharmacy::text(args, field.key, field.max, field.required, field.label);
        if (!text)
            return text.error();
        columns.insert(QString(field.key), *text);
    }
    const QCborValue active = args.value(u"active"_s);
    if (!active.isUndefined() && !active.isNull() && !active.isBool())
        return MutationArgs::invalid(PharmacyArgs::tr("“active” is true or false."));
    auto existing = context.find(u"pharmacy", id);
    if (!existing)
        return existing.error();
    if (active.isBool())
        columns.insert(u"active"_s, active.toBool());
    else if (!existing->has_value())
        columns.insert(u"active"_s, true);
    if (!existing->has_value()) {
        auto held = context.countLive(u"pharmacy", {});
        if (!held)
            return held.error();
        if (*held >= Pharmacy::maxPharmacies)
            return makeError(ErrorCode::Conflict,
                             PharmacyArgs::tr("The network holds the most pharmacies it may "
                                              "(%1).")
                                     .arg(Pharmacy::maxPharmacies));
    }
    if (auto written = context.put(u"pharmacy", id, columns); !written)
        return written;
    context.audit(u"pharmacy.put"_s, id);
    return {};
}

// --- pharmacy.member.set -------------------------------------------------------------------

Result<void> setMember(MutationContext &context, const QCborMap &args)
{
    const QString staffId = args.value(u"staff_id"_s).toString();
    if (!MutationArgs::isId(staffId))
        return MutationArgs::invalid(PharmacyArgs::tr("The pharmacist is missing."));
    const QCborValue pharmacyValue = args.value(u"pharmacy_id"_s);
    if (!pharmacyValue.isString())
        return MutationArgs::invalid(
                PharmacyArgs::tr("Say which pharmacy, or none to take the pharmacist off."));
    const QString pharmacyId = pharmacyValue.toString();
    if (!pharmacyId.isEmpty() && !MutationArgs::isId(pharmacyId))
        return PharmacyArgs::noSuchPharmacy();
    QString staffName;
    if (AccountDirectory *accounts = context.accounts()) {
        const auto account = accounts->account(staffId);
        if (!account || account->role != Role::Pharmacist)
            return makeError(ErrorCode::NotFound,
                             PharmacyArgs::tr("Only a pharmacist's account can work at a "
                                              "pharmacy."));
        staffName = account->displayName.left(200);
    }
    auto existing = context.find(u"pharmacy_member", staffId);
    if (!existing)
        return existing.error();
    if (pharmacyId.isEmpty()) {
        if (!existing->has_value() || (**existing).value(u"deleted"_s).toBool())
            return {};
        if (auto removed = context.remove(u"pharmacy_member", staffId); !removed)
            return removed;
        context.audit(u"pharmacy.member"_s, staffId, u"removed"_s);
        return {};
    }
    if (auto pharmacy = livePharmacy(context, pharmacyId); !pharmacy)
        return pharmacy.error();
    QCborMap columns { { u"pharmacy_id"_s, pharmacyId }, { u"staff_id"_s, staffId } };
    if (context.accounts())
        columns.insert(u"staff_name"_s, staffName);
    else if (!existing->has_value())
        columns.insert(u"staff_name"_s, QString()); // the server's row names them
    if (auto written = context.put(u"pharmacy_member", staffId, columns); !written)
        return written;
    context.audit(u"pharmacy.member"_s, staffId, u"pharmacy "_s + pharmacyId);
    return {};
}

// --- patient.pharmacy.set ------------------------------------------------------------------

Result<Ownership> choiceOwnership(MutationContext &context, const QCborMap &args)
{
    const QString patientId = args.value(u"patient_id"_s).toString();
    if (!MutationArgs::isId(patientId))
        return MutationArgs::invalid(PharmacyArgs::tr("The patient is missing."));
    return context.patientOwnership(patientId);
}

Result<void> choosePharmacy(MutationContext &context, const QCborMap &args)
{
    const QString patientId = args.value(u"patient_id"_s).toString();
    const QCborValue pharmacyValue = args.value(u"pharmacy_id"_s);
    if (!pharmacyValue.isString())
        return MutationArgs::invalid(PharmacyArgs::tr("Say which pharmacy."));
    const QString pharmacyId = pharmacyValue.toString();
    if (pharmacyId.isEmpty()) { // no pharmacy chosen any more
        auto existing = context.find(u"patient_pharmacy", patientId);
        if (!existing)
            return existing.error();
        if (!existing->has_value() || (**existing).value(u"deleted"_s).toBool())
            return {};
        return context.remove(u"patient_pharmacy", patientId);
    }
    if (!MutationArgs::isId(pharmacyId))
        return PharmacyArgs::noSuchPharmacy();
    auto pharmacy = livePharmacy(context, pharmacyId);
    if (!pharmacy)
        return pharmacy.error();
    if (!pharmacy->value(u"active"_s).toBool())
        return makeError(ErrorCode::Conflict,
                         PharmacyArgs::tr("This pharmacy takes no new prescriptions; choose "
                                          "another."));
    return context.put(u"patient_pharmacy", patientId,
                       { { u"patient_id"_s, patientId }, { u"pharmacy_id"_s, pharmacyId } });
}

// --- prescriber_key.register ---------------------------------------------------------------

Result<Ownership> ownKey(MutationContext &, const QCborMap &)
{
    return Ownership::Own; // the row is always the actor's own (id = their account)
}

Result<void> registerKey(MutationContext &context, const QCborMap &args)
{
    const QCborValue value = args.value(u"public_key"_s);
    // 32 bytes are 44 characters of base64 with its padding.
    if (!value.isString() || value.toString().size() != 44)
        return MutationArgs::invalid(PharmacyArgs::tr("The signing key is not a valid key."));
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return MutationArgs::invalid(PharmacyArgs::tr("The signing key is not a valid key."));
    const MutationActor &actor = context.actor();
    if (AccountDirectory *accounts = context.accounts()) {
        const auto account = accounts->account(actor.accountId);
        if (!account || account->role != Role::Doctor || !account->active
            || account->licenceNumber.isEmpty())
            return makeError(ErrorCode::Forbidden,
                             PharmacyArgs::tr("Only a doctor the administrator has verified can "
                                              "register a signing key."));
    }
    const QString publicKey = QString::fromLatin1(decoded.decoded.toBase64());
    const QString fingerprint = PrescriptionSignature::fingerprint(decoded.decoded);
    auto existing = context.find(u"prescriber_key", actor.accountId);
    if (!existing)
        return existing.error();
    QString previous;
    if (existing->has_value()) {
        const QCborMap &row = **existing;
        if (row.value(u"public_key"_s).toString() == publicKey && !row.value(u"deleted"_s).toBool())
            return {}; // the same key again
        // The earlier key moves into previous_keys, newest first, so prescriptions it signed
        // still verify; at most maxPreviousKeys are kept.
        QStringList keys = row.value(u"previous_keys"_s).toString().split(u',', Qt::SkipEmptyParts);
        const QString old = row.value(u"fingerprint"_s).toString() + u'='
                + row.value(u"public_key"_s).toString();
        keys.removeAll(old);
        keys.prepend(old);
        keys.removeIf([&](const QString &k) { return k.startsWith(fingerprint + u'='); });
        while (keys.size() > Pharmacy::maxPreviousKeys)
            keys.removeLast();
        previous = keys.join(u',');
    }
    if (auto written = context.put(u"prescriber_key", actor.accountId,
                                   { { u"doctor_id"_s, actor.accountId },
                                     { u"doctor_name"_s, actor.displayName.left(200) },
                                     { u"public_key"_s, publicKey },
                                     { u"fingerprint"_s, fingerprint },
                                     { u"registered_at"_s, context.now() },
                                     { u"previous_keys"_s, previous } });
        !written)
        return written;
    context.audit(u"prescriber_key.register"_s, actor.accountId, u"fingerprint "_s + fingerprint);
    return {};
}

} // namespace

QString Pharmacy::fillId(const QString &prescriptionId, int number)
{
    return prescriptionId + u'#' + QString::number(number);
}

bool Pharmacy::isFillId(const QString &text)
{
    const qsizetype hash = text.lastIndexOf(u'#');
    if (hash <= 0 || !MutationArgs::isId(text.left(hash)))
        return false;
    const QString number = text.mid(hash + 1);
    bool ok = false;
    const int n = number.toInt(&ok);
    return ok && n >= 1 && n <= 1 + maxRefills && number == QString::number(n);
}

QString Pharmacy::medicationId(const QString &prescriptionId)
{
    // A prescription id is up to 64 characters; the medication's is a fixed 43.
    return u"rx-"_s
            + QString::fromLatin1(QCryptographicHash::hash(prescriptionId.toUtf8(),
                                                           QCryptographicHash::Sha256)
                                          .toHex()
                                          .left(40));
}

Result<QString> Pharmacy::text(const QCborMap &args, QLatin1StringView key, qsizetype max,
                               bool required, const QString &label)
{
    const QCborValue value = args.value(key);
    QString text;
    if (!value.isUndefined() && !value.isNull()) {
        if (!value.isString())
            return MutationArgs::invalid(PharmacyArgs::tr("%1 must be text.").arg(label));
        text = value.toString().trimmed();
    }
    if (required && text.isEmpty())
        return MutationArgs::invalid(PharmacyArgs::tr("%1 is missing.").arg(label));
    if (text.size() > max)
        return MutationArgs::invalid(
                PharmacyArgs::tr("%1 is longer than %2 characters.").arg(label).arg(max));
    return text;
}

const QList<MutationType> &pharmacyMutations()
{
    static const QList<MutationType> types {
        { "pharmacy.put", Action::ManagePharmacies, &adminOwnership, &putPharmacy },
        { "pharmacy.member.set", Action::ManagePharmacies, &adminOwnership, &setMember },
        { "patient.pharmacy.set", Action::ChoosePharmacy, &choiceOwnership, &choosePharmacy },
        { "prescriber_key.register", Action::RegisterPrescriberKey, &ownKey, &registerKey },
    };
    return types;
}

} // namespace clinic
