// rx.prescribe: a doctor of the patient's care team issues a signed prescription to a pharmacy;
// the same medication check as the client's runs again here against the record, and the
// signature is checked against the doctor's registered key. rx.cancel, rx.refill.decide,
// rx.fill.answer: its prescriber's. rx.refill.request: the patient's. docs/pharmacy.md.

#include "mutations/entitymutations.h"
#include "pharmacy/medicationcheck.h"
#include "pharmacy/prescriptionsignature.h"

#include <QDate>
#include <QJsonDocument>

#include <limits>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// Every prescription of a patient, cancelled ones included: cancelling makes room among the
// active ones (Pharmacy::maxActivePrescriptions), never in all.
constexpr qint64 maxPrescriptionsPerPatient = 10'000;

class RxArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::RxArgs)
public:
    // Text as sent, not trimmed: the signature covers it byte for byte.
    static Result<QString> exact(const QCborMap &args, QLatin1StringView key, qsizetype max,
                                 bool required, const QString &label)
    {
        const QCborValue value = args.value(key);
        QString text;
        if (!value.isUndefined() && !value.isNull()) {
            if (!value.isString())
                return MutationArgs::invalid(tr("%1 must be text.").arg(label));
            text = value.toString();
        }
        if (required && text.trimmed().isEmpty())
            return MutationArgs::invalid(tr("%1 is missing.").arg(label));
        if (text.size() > max)
            return MutationArgs::invalid(
                    tr("%1 is longer than %2 characters.").arg(label).arg(max));
        return text;
    }

    static Result<int> integer(const QCborMap &args, QLatin1StringView key, int min, int max,
                               const QString &label)
    {
        const QCborValue value = args.value(key);
        if (!value.isInteger() || value.toInteger() < min || value.toInteger() > max)
            return MutationArgs::invalid(
                    tr("%1 must be a whole number from %2 to %3.").arg(label).arg(min).arg(max));
        return int(value.toInteger());
    }

    static Error notFound() { return makeError(ErrorCode::NotFound, tr("There is no such prescription.")); }
};

Result<QCborMap> liveRow(MutationContext &context, QStringView table, const QString &id,
                         const QString &whenMissing)
{
    auto row = context.find(table, id);
    if (!row)
        return row.error();
    if (!row->has_value() || (**row).value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, whenMissing);
    return **row;
}

Result<QCborMap> livePrescription(MutationContext &context, const QString &id)
{
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(RxArgs::tr("The prescription is missing."));
    return liveRow(context, u"prescription", id, RxArgs::tr("There is no such prescription."));
}

QString statusRefusal(const QString &status)
{
    if (status == u"cancelled")
        return RxArgs::tr("This prescription was cancelled.");
    if (status == u"completed")
        return RxArgs::tr("Every fill of this prescription was dispensed.");
    return RxArgs::tr("This prescription is not active.");
}

Ownership prescriberOwnership(MutationContext &context, const QCborMap &row)
{
    return row.value(u"prescriber_id"_s).toString() == context.actor().accountId
            ? Ownership::Own
            : Ownership::Other;
}

// A new fill of the prescription at its pharmacy, waiting for the pharmacist.
Result<void> makeFill(MutationContext &context, const QCborMap &rx, int number)
{
    const QString rxId = rx.value(u"id"_s).toString();
    return context.put(u"prescription_fill", Pharmacy::fillId(rxId, number),
                       { { u"prescription_id"_s, rxId },
                         { u"patient_id"_s, rx.value(u"patient_id"_s) },
                         { u"prescriber_id"_s, rx.value(u"prescriber_id"_s) },
                         { u"pharmacy_id"_s, rx.value(u"pharmacy_id"_s) },
                         { u"number"_s, number },
                         { u"status"_s, u"new"_s },
                         { u"reason"_s, QString() },
                         { u"answer"_s, QString() },
                         { u"created_at"_s, context.now() },
                         { u"status_at"_s, context.now() },
                         { u"status_by"_s, context.actor().accountId },
                         { u"dispensed_lots"_s, QString() } });
}

// --- rx.prescribe --------------------------------------------------------------------------

struct Prescribe
{
    QCborMap signedFields; // everything the signature covers, as rx.prescribe writes it
    QString id, patientId, pharmacyId, drugId, strength, form, overrideReason;
    QString patientName, birthDate, allergies, signature, fingerprint;
    qint64 issuedAt = 0;

    static Result<Prescribe> read(const QCborMap &args)
    {
        Prescribe p;
        p.id = args.value(u"id"_s).toString();
        if (!MutationArgs::isId(p.id))
            return MutationArgs::invalid(RxArgs::tr("The prescription has no id."));
        p.patientId = args.value(u"patient_id"_s).toString();
        if (!MutationArgs::isId(p.patientId))
            return MutationArgs::invalid(RxArgs::tr("The patient is missing."));
        p.pharmacyId = args.value(u"pharmacy_id"_s).toString();
        if (!MutationArgs::isId(p.pharmacyId))
            return MutationArgs::invalid(RxArgs::tr("Choose the pharmacy it goes to."));
        p.drugId = args.value(u"drug_id"_s).toString();
        if (!MutationArgs::isId(p.drugId))
            return MutationArgs::invalid(RxArgs::tr("Choose the medicine."));
        QCborMap f { { u"id"_s, p.id },
                     { u"patient_id"_s, p.patientId },
                     { u"pharmacy_id"_s, p.pharmacyId },
                     { u"drug_id"_s, p.drugId } };
        const struct
        {
            QLatin1StringView key;
            qsizetype max;
            bool required;
            QString label;
        } texts[] {
            { "strength"_L1, 40, true, RxArgs::tr("The strength") },
            { "form"_L1, 40, true, RxArgs::tr("The form") },
            { "dose"_L1, 100, true, RxArgs::tr("The dose") },
            { "directions"_L1, 1000, true, RxArgs::tr("The directions") },
            { "pharmacist_note"_L1, 1000, false, RxArgs::tr("The note to the pharmacist") },
            { "reference_version"_L1, 40, true, RxArgs::tr("The reference data's version") },
            { "check_findings"_L1, Pharmacy::maxCheckFindings, false,
              RxArgs::tr("The check's findings") },
            { "override_reason"_L1, Pharmacy::maxReason, false,
              RxArgs::tr("The reason for the override") },
            { "patient_name"_L1, 300, true, RxArgs::tr("The patient's name") },
            { "patient_birth_date"_L1, 10, false, RxArgs::tr("The date of birth") },
            { "patient_allergies"_L1, 4000, false, RxArgs::tr("The patient's allergies") },
            { "key_fingerprint"_L1, 32, true, RxArgs::tr("The signing key") },
            { "signature"_L1, 88, true, RxArgs::tr("The signature") },
        };
        for (const auto &t : texts) {
            auto text = RxArgs::exact(args, t.key, t.max, t.required, t.label);
            if (!text)
                return text.error();
            f.insert(QString(t.key), *text);
        }
        auto quantity = RxArgs::integer(args, "quantity"_L1, 1, Pharmacy::maxQuantity,
                                        RxArgs::tr("The quantity"));
        if (!quantity)
            return quantity.error();
        f.insert(u"quantity"_s, *quantity);
        auto refills = RxArgs::integer(args, "refills"_L1, 0, Pharmacy::maxRefills,
                                       RxArgs::tr("The number of refills"));
        if (!refills)
            return refills.error();
        f.insert(u"refills"_s, *refills);
        const QCborValue substitution = args.value(u"substitution_allowed"_s);
        if (!substitution.isBool())
            return MutationArgs::invalid(
                    RxArgs::tr("Say whether the pharmacy may substitute a generic."));
        f.insert(u"substitution_allowed"_s, substitution.toBool());
        auto issued = MutationArgs::instant(args, "issued_at"_L1);
        if (!issued)
            return issued.error();
        p.issuedAt = *issued;
        f.insert(u"issued_at"_s, p.issuedAt);

        p.birthDate = f.value(u"patient_birth_date"_s).toString();
        if (!p.birthDate.isEmpty()
            && (p.birthDate.size() != 10 || !QDate::fromString(p.birthDate, Qt::ISODate).isValid()))
            return MutationArgs::invalid(RxArgs::tr("The date of birth is not a date."));
        const QString findings = f.value(u"check_findings"_s).toString();
        if (!findings.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(findings.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray())
                return MutationArgs::invalid(
                        RxArgs::tr("The check's findings are not a JSON list."));
        }
        p.fingerprint = f.value(u"key_fingerprint"_s).toString();
        p.signature = f.value(u"signature"_s).toString();
        p.strength = f.value(u"strength"_s).toString();
        p.form = f.value(u"form"_s).toString();
        p.overrideReason = f.value(u"override_reason"_s).toString();
        p.patientName = f.value(u"patient_name"_s).toString();
        p.allergies = f.value(u"patient_allergies"_s).toString();
        f.remove(u"signature"_s);
        p.signedFields = f;
        return p;
    }
};

Result<Ownership> prescribeOwnership(MutationContext &context, const QCborMap &args)
{
    auto p = Prescribe::read(args);
    if (!p)
        return p.error();
    if (auto owner = context.checkOwner(u"prescription", p->id, u"patient_id"_s, p->patientId,
                                        RxArgs::tr("This prescription belongs to another "
                                                   "patient's record."));
        !owner)
        return owner.error();
    return context.patientOwnership(p->patientId);
}

// The patient's record as the snapshot is made from it; refuses a snapshot that differs.
Result<QStringList> checkSnapshot(MutationContext &context, const Prescribe &p)
{
    auto patient = liveRow(context, u"patient", p.patientId,
                           RxArgs::tr("The patient's record is not there."));
    if (!patient)
        return patient.error();
    const QString name = PrescriptionSignature::formatName(
            patient->value(u"given_name"_s).toString(), patient->value(u"family_name"_s).toString());
    QString birth = patient->value(u"birth_date"_s).toString().left(10);
    auto rows = context.findLive(u"patient_allergy", u"patient_id"_s, p.patientId);
    if (!rows)
        return rows.error();
    QList<PrescriptionSignature::Allergy> allergies;
    QStringList substances;
    for (const QCborMap &row : *rows) {
        allergies.append({ row.value(u"substance"_s).toString(),
                           row.value(u"reaction"_s).toString() });
        substances << row.value(u"substance"_s).toString();
    }
    QStringList changed;
    if (name != p.patientName)
        changed << RxArgs::tr("name");
    if (birth != p.birthDate)
        changed << RxArgs::tr("date of birth");
    if (PrescriptionSignature::formatAllergies(allergies) != p.allergies)
        changed << RxArgs::tr("allergies");
    if (!changed.isEmpty())
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("The patient's record changed since this prescription was "
                                    "written (%1): check it again and sign anew.")
                                 .arg(changed.join(u", "_s)));
    return substances;
}

// The medication check again, on this side's reference data, against the record: a
// contraindicated or major finding needs an override reason. Returns the findings overridden.
Result<QStringList> checkMedication(MutationContext &context, const Prescribe &p, const Drug &drug,
                                    const ReferenceData &data, const QStringList &allergies)
{
    QList<const Drug *> others;
    auto medications = context.findLive(u"patient_medication", u"patient_id"_s, p.patientId);
    if (!medications)
        return medications.error();
    for (const QCborMap &row : *medications) {
        if (const Drug *other = data.findDrug(row.value(u"name"_s).toString()))
            others << other;
    }
    // The active ones only, chosen by the database: a record keeps up to 10,000 prescriptions
    // (cancelled and completed ones included), which one prescription must not read.
    auto prescriptions = context.findLiveBetween(
            u"prescription", { { u"patient_id"_s, p.patientId }, { u"status"_s, u"active"_s } },
            u"issued_at"_s, std::numeric_limits<qint64>::min(),
            std::numeric_limits<qint64>::max());
    if (!prescriptions)
        return prescriptions.error();
    for (const QCborMap &row : *prescriptions) {
        if (const Drug *other = data.drugById(row.value(u"drug_id"_s).toString()))
            others << other;
    }
    const MedicationCheckResult result = MedicationCheck(data).check(drug, others, allergies);
    QStringList serious;
    QString first;
    for (const MedicationFinding &f : result.findings) {
        if (f.severity < Severity::Major)
            continue;
        serious << severityName(f.severity) + u' ' + f.entry;
        if (first.isEmpty())
            first = RxArgs::tr("%1 with %2 is %3: %4")
                            .arg(drug.name(), f.with, severityName(f.severity), f.effect);
    }
    if (!serious.isEmpty() && p.overrideReason.trimmed().size() < Pharmacy::minOverrideReason)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("%1. Give a reason to override it (%2 to %3 characters).")
                                 .arg(first)
                                 .arg(Pharmacy::minOverrideReason)
                                 .arg(Pharmacy::maxReason));
    return serious;
}

Result<void> prescribe(MutationContext &context, const QCborMap &args)
{
    auto parsed = Prescribe::read(args);
    if (!parsed)
        return parsed.error();
    const Prescribe &p = *parsed;
    auto existing = context.find(u"prescription", p.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        // The same prescription again (a retried push) changes nothing; it is never edited.
        if ((**existing).value(u"signature"_s).toString() == p.signature)
            return {};
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("A prescription is never changed once issued; write a new "
                                    "one."));
    }
    if (p.issuedAt > context.now() + Pharmacy::maxClockAheadMs)
        return MutationArgs::invalid(RxArgs::tr("The prescription's time is in the future."));

    const Result<ReferenceData> &data = ReferenceData::shipped();
    if (!data)
        return data.error();
    const Drug *drug = data->drugById(p.drugId);
    if (!drug)
        return MutationArgs::invalid(
                RxArgs::tr("This medicine is not in Clinic's reference data."));
    bool strengthKnown = false;
    for (const DrugForm &form : drug->forms) {
        if (form.form == p.form && form.strengths.contains(p.strength))
            strengthKnown = true;
    }
    if (!strengthKnown)
        return MutationArgs::invalid(RxArgs::tr("%1 does not come as %2 %3.")
                                             .arg(drug->name(), p.strength.left(40),
                                                  p.form.left(40)));

    auto pharmacy = liveRow(context, u"pharmacy", p.pharmacyId,
                            RxArgs::tr("There is no such pharmacy."));
    if (!pharmacy)
        return pharmacy.error();
    if (!pharmacy->value(u"active"_s).toBool())
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("This pharmacy takes no new prescriptions; choose another."));

    auto active = context.countLive(u"prescription",
                                    { { u"patient_id"_s, p.patientId },
                                      { u"status"_s, u"active"_s } });
    if (!active)
        return active.error();
    if (*active >= Pharmacy::maxActivePrescriptions)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("This patient holds the most active prescriptions Clinic "
                                    "keeps (%1); cancel old ones first.")
                                 .arg(Pharmacy::maxActivePrescriptions));

    auto held = context.countLive(u"prescription", { { u"patient_id"_s, p.patientId } });
    if (!held)
        return held.error();
    if (*held >= maxPrescriptionsPerPatient)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("This patient's record holds the most prescriptions Clinic "
                                    "keeps (%1).")
                                 .arg(maxPrescriptionsPerPatient));

    auto allergies = checkSnapshot(context, p);
    if (!allergies)
        return allergies.error();
    auto overridden = checkMedication(context, p, *drug, *data, *allergies);
    if (!overridden)
        return overridden.error();

    // The signature, against the doctor's current registered key.
    const MutationActor &actor = context.actor();
    auto key = context.find(u"prescriber_key", actor.accountId);
    if (!key)
        return key.error();
    if (!key->has_value() || (**key).value(u"deleted"_s).toBool())
        return makeError(ErrorCode::Forbidden,
                         RxArgs::tr("Register your signing key before you prescribe."));
    if ((**key).value(u"fingerprint"_s).toString() != p.fingerprint)
        return makeError(ErrorCode::Forbidden,
                         RxArgs::tr("This prescription is signed with a key that is not your "
                                    "registered one; sign it again."));
    QCborMap row = p.signedFields;
    row.insert(u"prescriber_id"_s, actor.accountId);
    row.insert(u"prescriber_name"_s, actor.displayName);
    row.insert(u"drug_name"_s, drug->name());
    row.insert(u"signature"_s, p.signature);
    if (auto verified = PrescriptionSignature::verify(row, **key); !verified)
        return makeError(ErrorCode::Forbidden, verified.error().message);

    row.remove(u"id"_s);
    row.insert(u"patient_birth_date"_s,
               p.birthDate.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(p.birthDate));
    row.insert(u"status"_s, u"active"_s);
    if (auto written = context.put(u"prescription", p.id, row); !written)
        return written;
    row.insert(u"id"_s, p.id);
    if (auto fill = makeFill(context, row, 1); !fill)
        return fill;
    // The prescribed drug joins the patient's current medications.
    if (auto medication = context.put(u"patient_medication", Pharmacy::medicationId(p.id),
                                      { { u"patient_id"_s, p.patientId },
                                        { u"name"_s, drug->name() },
                                        { u"dose"_s, p.strength.left(100) },
                                        { u"frequency"_s,
                                          row.value(u"dose"_s).toString().left(100) },
                                        { u"note"_s,
                                          row.value(u"directions"_s).toString().left(1000) } });
        !medication)
        return medication;
    QString detail = u"patient "_s + p.patientId + u" pharmacy "_s + p.pharmacyId + u" drug "_s
            + p.drugId + u" reference "_s + row.value(u"reference_version"_s).toString();
    if (!overridden->isEmpty())
        detail += u"; override of "_s + overridden->join(u", "_s);
    context.audit(overridden->isEmpty() ? u"rx.prescribe"_s : u"rx.prescribe.override"_s, p.id,
                  detail);
    return {};
}

// --- rx.cancel -----------------------------------------------------------------------------

Result<Ownership> ownPrescription(MutationContext &context, const QCborMap &args)
{
    auto rx = livePrescription(context, args.value(u"id"_s).toString());
    if (!rx)
        return rx.error();
    return prescriberOwnership(context, *rx);
}

Result<void> cancel(MutationContext &context, const QCborMap &args)
{
    auto rx = livePrescription(context, args.value(u"id"_s).toString());
    if (!rx)
        return rx.error();
    auto reason = Pharmacy::text(args, "reason"_L1, Pharmacy::maxReason, true,
                                 RxArgs::tr("The reason for cancelling"));
    if (!reason)
        return reason.error();
    const QString status = rx->value(u"status"_s).toString();
    if (status != u"active")
        return makeError(ErrorCode::Conflict, statusRefusal(status));
    const QString id = rx->value(u"id"_s).toString();
    auto fills = context.findLive(u"prescription_fill", u"prescription_id"_s, id);
    if (!fills)
        return fills.error();
    for (const QCborMap &fill : *fills) {
        const QString fillStatus = fill.value(u"status"_s).toString();
        if (fillStatus == u"dispensed" || fillStatus == u"rejected")
            continue;
        if (auto written = context.put(u"prescription_fill", fill.value(u"id"_s).toString(),
                                       { { u"status"_s, u"rejected"_s },
                                         { u"reason"_s, *reason },
                                         { u"status_at"_s, context.now() },
                                         { u"status_by"_s, context.actor().accountId } });
            !written)
            return written;
    }
    auto requests = context.findLive(u"refill_request", u"prescription_id"_s, id);
    if (!requests)
        return requests.error();
    for (const QCborMap &request : *requests) {
        if (request.value(u"status"_s).toString() != u"requested")
            continue;
        if (auto written = context.put(u"refill_request", request.value(u"id"_s).toString(),
                                       { { u"status"_s, u"denied"_s },
                                         { u"reason"_s, *reason },
                                         { u"decided_at"_s, context.now() } });
            !written)
            return written;
    }
    if (auto written = context.put(u"prescription", id, { { u"status"_s, u"cancelled"_s } });
        !written)
        return written;
    // A cancelled prescription's drug leaves the current medications.
    auto medication = context.find(u"patient_medication", Pharmacy::medicationId(id));
    if (!medication)
        return medication.error();
    if (medication->has_value() && !(**medication).value(u"deleted"_s).toBool()) {
        if (auto removed = context.remove(u"patient_medication", Pharmacy::medicationId(id));
            !removed)
            return removed;
    }
    context.audit(u"rx.cancel"_s, id, u"patient "_s + rx->value(u"patient_id"_s).toString());
    return {};
}

// --- rx.refill.request ---------------------------------------------------------------------

Result<Ownership> requestOwnership(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(RxArgs::tr("The refill request has no id."));
    auto rx = livePrescription(context, args.value(u"prescription_id"_s).toString());
    if (!rx)
        return rx.error();
    const QString patientId = rx->value(u"patient_id"_s).toString();
    if (auto owner = context.checkOwner(u"refill_request", id, u"patient_id"_s, patientId,
                                        RxArgs::tr("This refill request belongs to another "
                                                   "patient."));
        !owner)
        return owner.error();
    return context.patientOwnership(patientId);
}

Result<void> requestRefill(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    auto rx = livePrescription(context, args.value(u"prescription_id"_s).toString());
    if (!rx)
        return rx.error();
    auto note = Pharmacy::text(args, "note"_L1, Pharmacy::maxReason, false,
                               RxArgs::tr("The note"));
    if (!note)
        return note.error();
    const QString rxId = rx->value(u"id"_s).toString();
    auto existing = context.find(u"refill_request", id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if ((**existing).value(u"prescription_id"_s).toString() == rxId)
            return {}; // the same request again
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("This refill request is for another prescription."));
    }
    const QString status = rx->value(u"status"_s).toString();
    if (status != u"active")
        return makeError(ErrorCode::Conflict, statusRefusal(status));
    const int authorised = 1 + int(rx->value(u"refills"_s).toInteger());
    auto fills = context.countLive(u"prescription_fill", { { u"prescription_id"_s, rxId } });
    if (!fills)
        return fills.error();
    if (*fills >= authorised)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("All %1 fills authorised are used; ask your doctor for a "
                                    "new prescription.")
                                 .arg(authorised));
    auto open = context.countLive(u"refill_request",
                                  { { u"prescription_id"_s, rxId },
                                    { u"status"_s, u"requested"_s } });
    if (!open)
        return open.error();
    if (*open > 0)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("A refill of this prescription is already waiting for the "
                                    "doctor's answer."));
    auto held = context.countLive(u"refill_request", { { u"prescription_id"_s, rxId } });
    if (!held)
        return held.error();
    if (*held >= Pharmacy::maxRefillRequests)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("This prescription has had the most refill requests Clinic "
                                    "keeps (%1).")
                                 .arg(Pharmacy::maxRefillRequests));
    return context.put(u"refill_request", id,
                       { { u"prescription_id"_s, rxId },
                         { u"patient_id"_s, rx->value(u"patient_id"_s) },
                         { u"prescriber_id"_s, rx->value(u"prescriber_id"_s) },
                         { u"note"_s, *note },
                         { u"requested_at"_s, context.now() },
                         { u"status"_s, u"requested"_s },
                         { u"reason"_s, QString() },
                         { u"decided_at"_s, QCborValue(QCborValue::Null) },
                         { u"fill_id"_s, QString() } });
}

// --- rx.refill.decide ----------------------------------------------------------------------

Result<QCborMap> liveRequest(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(RxArgs::tr("The refill request is missing."));
    return liveRow(context, u"refill_request", id, RxArgs::tr("There is no such refill request."));
}

Result<Ownership> decideOwnership(MutationContext &context, const QCborMap &args)
{
    auto request = liveRequest(context, args);
    if (!request)
        return request.error();
    return prescriberOwnership(context, *request);
}

Result<void> decideRefill(MutationContext &context, const QCborMap &args)
{
    auto request = liveRequest(context, args);
    if (!request)
        return request.error();
    const QCborValue approve = args.value(u"approve"_s);
    if (!approve.isBool())
        return MutationArgs::invalid(RxArgs::tr("Say whether the refill is approved."));
    auto reason = Pharmacy::text(args, "reason"_L1, Pharmacy::maxReason, !approve.toBool(),
                                 RxArgs::tr("The reason for denying"));
    if (!reason)
        return reason.error();
    const QString id = request->value(u"id"_s).toString();
    const QString status = request->value(u"status"_s).toString();
    if (status != u"requested")
        return makeError(ErrorCode::Conflict,
                         status == u"approved"
                                 ? RxArgs::tr("This refill request was already approved.")
                                 : RxArgs::tr("This refill request was already denied."));
    if (!approve.toBool()) {
        if (auto written = context.put(u"refill_request", id,
                                       { { u"status"_s, u"denied"_s },
                                         { u"reason"_s, *reason },
                                         { u"decided_at"_s, context.now() } });
            !written)
            return written;
        context.audit(u"rx.refill.deny"_s, id,
                      u"prescription "_s + request->value(u"prescription_id"_s).toString());
        return {};
    }
    auto rx = livePrescription(context, request->value(u"prescription_id"_s).toString());
    if (!rx)
        return rx.error();
    const QString rxStatus = rx->value(u"status"_s).toString();
    if (rxStatus != u"active")
        return makeError(ErrorCode::Conflict, statusRefusal(rxStatus));
    const QString rxId = rx->value(u"id"_s).toString();
    const int authorised = 1 + int(rx->value(u"refills"_s).toInteger());
    auto fills = context.findLive(u"prescription_fill", u"prescription_id"_s, rxId);
    if (!fills)
        return fills.error();
    int made = 0;
    for (const QCborMap &fill : *fills)
        made = qMax(made, int(fill.value(u"number"_s).toInteger()));
    made = qMax(made, int(fills->size()));
    const int next = made + 1;
    if (next > authorised)
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("All %1 fills authorised are used.").arg(authorised));
    const QString fillId = Pharmacy::fillId(rxId, next);
    auto fill = context.find(u"prescription_fill", fillId);
    if (!fill)
        return fill.error();
    if (fill->has_value())
        return makeError(ErrorCode::Conflict, RxArgs::tr("This refill was already made."));
    if (auto made = makeFill(context, *rx, next); !made)
        return made;
    if (auto written = context.put(u"refill_request", id,
                                   { { u"status"_s, u"approved"_s },
                                     { u"reason"_s, *reason },
                                     { u"decided_at"_s, context.now() },
                                     { u"fill_id"_s, fillId } });
        !written)
        return written;
    context.audit(u"rx.refill.approve"_s, id, u"fill "_s + fillId);
    return {};
}

// --- rx.fill.answer ------------------------------------------------------------------------

Result<QCborMap> liveFill(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!Pharmacy::isFillId(id))
        return MutationArgs::invalid(RxArgs::tr("The fill is missing."));
    return liveRow(context, u"prescription_fill", id, RxArgs::tr("There is no such fill."));
}

Result<Ownership> answerOwnership(MutationContext &context, const QCborMap &args)
{
    auto fill = liveFill(context, args);
    if (!fill)
        return fill.error();
    return prescriberOwnership(context, *fill);
}

Result<void> answerFill(MutationContext &context, const QCborMap &args)
{
    auto fill = liveFill(context, args);
    if (!fill)
        return fill.error();
    auto answer = Pharmacy::text(args, "answer"_L1, Pharmacy::maxReason, true,
                                 RxArgs::tr("The answer"));
    if (!answer)
        return answer.error();
    if (fill->value(u"status"_s).toString() != u"returned")
        return makeError(ErrorCode::Conflict,
                         RxArgs::tr("This fill is not waiting for your answer."));
    auto rx = livePrescription(context, fill->value(u"prescription_id"_s).toString());
    if (!rx)
        return rx.error();
    if (const QString status = rx->value(u"status"_s).toString(); status != u"active")
        return makeError(ErrorCode::Conflict, statusRefusal(status));
    const QString id = fill->value(u"id"_s).toString();
    if (auto written = context.put(u"prescription_fill", id,
                                   { { u"status"_s, u"new"_s },
                                     { u"answer"_s, *answer },
                                     { u"status_at"_s, context.now() },
                                     { u"status_by"_s, context.actor().accountId } });
        !written)
        return written;
    context.audit(u"rx.fill.answer"_s, id);
    return {};
}

} // namespace

const QList<MutationType> &prescriptionMutations()
{
    static const QList<MutationType> types {
        { "rx.prescribe", Action::WritePrescription, &prescribeOwnership, &prescribe },
        { "rx.cancel", Action::ManageOwnPrescription, &ownPrescription, &cancel },
        { "rx.refill.request", Action::RequestRefill, &requestOwnership, &requestRefill },
        { "rx.refill.decide", Action::ManageOwnPrescription, &decideOwnership, &decideRefill },
        { "rx.fill.answer", Action::ManageOwnPrescription, &answerOwnership, &answerFill },
    };
    return types;
}

} // namespace clinic
