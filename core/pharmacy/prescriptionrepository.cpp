#include "prescriptionrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error readError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql,
                     PrescriptionRepository::tr("The prescriptions cannot be read."),
                     query.lastError().text());
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return readError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    return {};
}

// A failed step ends next() early: not a shorter list.
Result<void> finished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

const QString rxColumns = u"p.id, p.patient_id, p.prescriber_id, p.prescriber_name, "
                          u"p.pharmacy_id, COALESCE(ph.name, ''), p.patient_name, "
                          u"p.patient_birth_date, p.patient_allergies, p.drug_id, p.drug_name, "
                          u"p.strength, p.form, p.dose, p.directions, p.quantity, p.refills, "
                          u"p.substitution_allowed, p.pharmacist_note, p.reference_version, "
                          u"p.check_findings, p.override_reason, p.issued_at, p.key_fingerprint, "
                          u"p.signature, p.status "
                          u"FROM prescription p LEFT JOIN pharmacy ph ON ph.id = p.pharmacy_id "_s;

PrescriptionInfo rxFrom(const QSqlQuery &q)
{
    PrescriptionInfo p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.patientId = q.value(i++).toString();
    p.prescriberId = q.value(i++).toString();
    p.prescriberName = q.value(i++).toString();
    p.pharmacyId = q.value(i++).toString();
    p.pharmacyName = q.value(i++).toString();
    p.patientName = q.value(i++).toString();
    p.patientBirthDate = q.value(i).isNull() ? QString() : q.value(i).toString().left(10);
    ++i;
    p.patientAllergies = q.value(i++).toString();
    p.drugId = q.value(i++).toString();
    p.drugName = q.value(i++).toString();
    p.strength = q.value(i++).toString();
    p.form = q.value(i++).toString();
    p.dose = q.value(i++).toString();
    p.directions = q.value(i++).toString();
    p.quantity = q.value(i++).toInt();
    p.refills = q.value(i++).toInt();
    p.substitutionAllowed = q.value(i++).toBool();
    p.pharmacistNote = q.value(i++).toString();
    p.referenceVersion = q.value(i++).toString();
    p.checkFindings = q.value(i++).toString();
    p.overrideReason = q.value(i++).toString();
    p.issuedAt = q.value(i++).toLongLong();
    p.keyFingerprint = q.value(i++).toString();
    p.signature = q.value(i++).toString();
    p.status = q.value(i++).toString();
    return p;
}

const QString fillColumns = u"id, prescription_id, patient_id, prescriber_id, pharmacy_id, "
                            u"number, status, reason, answer, created_at, status_at, status_by, "
                            u"dispensed_lots FROM prescription_fill "_s;

PrescriptionFillInfo fillFrom(const QSqlQuery &q)
{
    PrescriptionFillInfo f;
    f.id = q.value(0).toString();
    f.prescriptionId = q.value(1).toString();
    f.patientId = q.value(2).toString();
    f.prescriberId = q.value(3).toString();
    f.pharmacyId = q.value(4).toString();
    f.number = q.value(5).toInt();
    f.status = q.value(6).toString();
    f.reason = q.value(7).toString();
    f.answer = q.value(8).toString();
    f.createdAt = q.value(9).toLongLong();
    f.statusAt = q.value(10).toLongLong();
    f.statusBy = q.value(11).toString();
    f.dispensedLots = q.value(12).toString();
    return f;
}

Result<QList<PrescriptionFillInfo>> fillsWhere(QSqlDatabase db, const QString &where,
                                               const QVariantList &values, const QString &order)
{
    QSqlQuery query(db);
    if (auto ran = run(query, u"SELECT "_s + fillColumns + u"WHERE NOT deleted AND "_s + where
                               + u" ORDER BY "_s + order,
                       values);
        !ran)
        return ran.error();
    QList<PrescriptionFillInfo> fills;
    while (query.next())
        fills.append(fillFrom(query));
    if (auto done = finished(query); !done)
        return done.error();
    return fills;
}

// The prescriptions matching `where`, each with its fills.
Result<QList<PrescriptionInfo>> prescriptionsWhere(QSqlDatabase db, const QString &where,
                                                   const QVariantList &values)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT "_s + rxColumns + u"WHERE NOT p.deleted AND "_s + where
                               + u" ORDER BY p.issued_at DESC, p.id"_s,
                       values);
        !ran)
        return ran.error();
    QList<PrescriptionInfo> list;
    while (query.next())
        list.append(rxFrom(query));
    if (auto done = finished(query); !done)
        return done.error();
    for (PrescriptionInfo &p : list) {
        auto fills = fillsWhere(db, u"prescription_id = ?"_s, { p.id }, u"number"_s);
        if (!fills)
            return fills.error();
        p.fills = *fills;
    }
    return list;
}

Result<QList<RefillRequestInfo>> requestsWhere(QSqlDatabase db, const QString &where,
                                               const QVariantList &values, const QString &order)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT r.id, r.prescription_id, r.patient_id, r.prescriber_id, r.note, "
                       u"r.requested_at, r.status, r.reason, r.decided_at, r.fill_id, "
                       u"COALESCE(p.drug_name, ''), COALESCE(p.strength, ''), "
                       u"COALESCE(p.form, ''), COALESCE(p.patient_name, '') "
                       u"FROM refill_request r LEFT JOIN prescription p "
                       u"ON p.id = r.prescription_id WHERE NOT r.deleted AND "_s
                               + where + u" ORDER BY "_s + order,
                       values);
        !ran)
        return ran.error();
    QList<RefillRequestInfo> list;
    while (query.next()) {
        RefillRequestInfo r;
        r.id = query.value(0).toString();
        r.prescriptionId = query.value(1).toString();
        r.patientId = query.value(2).toString();
        r.prescriberId = query.value(3).toString();
        r.note = query.value(4).toString();
        r.requestedAt = query.value(5).toLongLong();
        r.status = query.value(6).toString();
        r.reason = query.value(7).toString();
        r.decidedAt = query.value(8).isNull() ? 0 : query.value(8).toLongLong();
        r.fillId = query.value(9).toString();
        r.drugName = query.value(10).toString();
        r.strength = query.value(11).toString();
        r.form = query.value(12).toString();
        r.patientName = query.value(13).toString();
        list.append(r);
    }
    if (auto done = finished(query); !done)
        return done.error();
    return list;
}

PharmacyInfo pharmacyFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
             q.value(6).toString(), q.value(7).toBool() };
}

} // namespace

int PrescriptionInfo::refillsLeft() const
{
    return qMax(0, fillsAuthorised() - int(fills.size()));
}

QString PrescriptionInfo::latestFillStatus() const
{
    return fills.isEmpty() ? QString() : fills.last().status;
}

QCborMap PrescriptionInfo::toCbor() const
{
    return { { u"id"_s, id },
             { u"patient_id"_s, patientId },
             { u"patient_name"_s, patientName },
             { u"patient_birth_date"_s, patientBirthDate },
             { u"patient_allergies"_s, patientAllergies },
             { u"prescriber_id"_s, prescriberId },
             { u"prescriber_name"_s, prescriberName },
             { u"pharmacy_id"_s, pharmacyId },
             { u"drug_id"_s, drugId },
             { u"drug_name"_s, drugName },
             { u"strength"_s, strength },
             { u"form"_s, form },
             { u"dose"_s, dose },
             { u"directions"_s, directions },
             { u"quantity"_s, quantity },
             { u"refills"_s, refills },
             { u"substitution_allowed"_s, substitutionAllowed },
             { u"pharmacist_note"_s, pharmacistNote },
             { u"reference_version"_s, referenceVersion },
             { u"check_findings"_s, checkFindings },
             { u"override_reason"_s, overrideReason },
             { u"issued_at"_s, issuedAt },
             { u"key_fingerprint"_s, keyFingerprint },
             { u"signature"_s, signature },
             { u"status"_s, status } };
}

QCborMap PrescriberKeyInfo::toCbor() const
{
    return { { u"id"_s, doctorId },
             { u"doctor_id"_s, doctorId },
             { u"doctor_name"_s, doctorName },
             { u"public_key"_s, publicKey },
             { u"fingerprint"_s, fingerprint },
             { u"registered_at"_s, registeredAt },
             { u"previous_keys"_s, previousKeys } };
}

Result<std::optional<PrescriptionInfo>> PrescriptionRepository::prescription(QSqlDatabase db,
                                                                             const QString &id)
{
    auto list = prescriptionsWhere(db, u"p.id = ?"_s, { id });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<PrescriptionInfo> {};
    return std::optional<PrescriptionInfo>(list->first());
}

Result<QList<PrescriptionInfo>> PrescriptionRepository::ofPatient(QSqlDatabase db,
                                                                  const QString &patientId)
{
    return prescriptionsWhere(db, u"p.patient_id = ?"_s, { patientId });
}

Result<QList<PrescriptionInfo>> PrescriptionRepository::ofPrescriber(QSqlDatabase db,
                                                                     const QString &prescriberId,
                                                                     const QString &patientId)
{
    if (patientId.isEmpty())
        return prescriptionsWhere(db, u"p.prescriber_id = ?"_s, { prescriberId });
    return prescriptionsWhere(db, u"p.prescriber_id = ? AND p.patient_id = ?"_s,
                              { prescriberId, patientId });
}

Result<QList<PrescriptionInfo>> PrescriptionRepository::activeOfPatient(QSqlDatabase db,
                                                                        const QString &patientId)
{
    return prescriptionsWhere(db, u"p.patient_id = ? AND p.status = 'active'"_s, { patientId });
}

Result<QList<RefillRequestInfo>>
PrescriptionRepository::refillRequestsOf(QSqlDatabase db, const QString &prescriptionId)
{
    return requestsWhere(db, u"r.prescription_id = ?"_s, { prescriptionId },
                         u"r.requested_at DESC, r.id"_s);
}

Result<QList<RefillRequestInfo>>
PrescriptionRepository::pendingRefillRequests(QSqlDatabase db, const QString &prescriberId)
{
    return requestsWhere(db, u"r.prescriber_id = ? AND r.status = 'requested'"_s,
                         { prescriberId }, u"r.requested_at, r.id"_s);
}

Result<QList<PrescriptionFillInfo>> PrescriptionRepository::returnedFills(QSqlDatabase db,
                                                                         const QString &prescriberId)
{
    return fillsWhere(db, u"prescriber_id = ? AND status = 'returned'"_s, { prescriberId },
                      u"status_at, id"_s);
}

Result<QList<PharmacyInfo>> PrescriptionRepository::pharmacies(QSqlDatabase db, bool activeOnly)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT id, name, address_line, city, postal_code, phone, hours, active "
                       u"FROM pharmacy WHERE NOT deleted"_s
                               + (activeOnly ? u" AND active"_s : QString())
                               + u" ORDER BY name, id"_s,
                       {});
        !ran)
        return ran.error();
    QList<PharmacyInfo> list;
    while (query.next())
        list.append(pharmacyFrom(query));
    if (auto done = finished(query); !done)
        return done.error();
    return list;
}

Result<std::optional<PharmacyInfo>> PrescriptionRepository::pharmacy(QSqlDatabase db,
                                                                     const QString &id)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT id, name, address_line, city, postal_code, phone, hours, active "
                       u"FROM pharmacy WHERE NOT deleted AND id = ?"_s,
                       { id });
        !ran)
        return ran.error();
    if (!query.next()) {
        if (auto done = finished(query); !done)
            return done.error();
        return std::optional<PharmacyInfo> {};
    }
    return std::optional<PharmacyInfo>(pharmacyFrom(query));
}

Result<std::optional<QString>> PrescriptionRepository::patientPharmacy(QSqlDatabase db,
                                                                       const QString &patientId)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT pharmacy_id FROM patient_pharmacy "
                       u"WHERE NOT deleted AND patient_id = ?"_s,
                       { patientId });
        !ran)
        return ran.error();
    if (!query.next()) {
        if (auto done = finished(query); !done)
            return done.error();
        return std::optional<QString> {};
    }
    return std::optional<QString>(query.value(0).toString());
}

Result<QList<PharmacyMemberInfo>> PrescriptionRepository::pharmacyMembers(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT staff_id, staff_name, pharmacy_id FROM pharmacy_member "
                       u"WHERE NOT deleted AND pharmacy_id <> '' "
                       u"ORDER BY staff_name COLLATE NOCASE, staff_id"_s,
                       {});
        !ran)
        return ran.error();
    QList<PharmacyMemberInfo> members;
    while (query.next())
        members.append({ query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString() });
    if (auto done = finished(query); !done)
        return done.error();
    return members;
}

Result<std::optional<PrescriberKeyInfo>>
PrescriptionRepository::prescriberKey(QSqlDatabase db, const QString &doctorId)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT doctor_id, doctor_name, public_key, fingerprint, registered_at, "
                       u"previous_keys FROM prescriber_key WHERE NOT deleted AND id = ?"_s,
                       { doctorId });
        !ran)
        return ran.error();
    if (!query.next()) {
        if (auto done = finished(query); !done)
            return done.error();
        return std::optional<PrescriberKeyInfo> {};
    }
    return std::optional<PrescriberKeyInfo>(PrescriberKeyInfo {
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString() });
}

} // namespace clinic
