#pragma once

// A prescription's signature (docs/pharmacy.md, Signature): its canonical bytes, and the check a
// pharmacy makes against the prescriber's registered key (prescriber_key). The patient snapshot
// (name, allergies) is computed the same way by the prescribing client and by the server, which
// refuses a prescription whose snapshot differs from the record.
//
// Canonical bytes: "clinic-rx-v1\n", then one "name=value\n" line per field, in this order: id,
// patient_id, patient_name, patient_birth_date, patient_allergies, prescriber_id,
// prescriber_name, pharmacy_id, drug_id, drug_name, strength, form, dose, directions, quantity,
// refills, substitution_allowed (0|1), pharmacist_note, reference_version, check_findings,
// override_reason, issued_at, key_fingerprint; in values "\" is written "\\" and a newline "\n".

#include "util/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

class PrescriptionSignature
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PrescriptionSignature)
public:
    // The fields signed, in order.
    static const QList<QString> &signedFields();
    static QByteArray canonicalBytes(const QCborMap &prescription);
    // Checks the prescription's signature against the prescriber_key row (its columns:
    // doctor_id, doctor_name, public_key, fingerprint, previous_keys). An earlier key of the
    // doctor's (previous_keys) still verifies what it signed. The error says what is wrong:
    // "not signed", "altered since it was signed", "signed with a key Dr X no longer holds".
    static Result<void> verify(const QCborMap &prescription, const QCborMap &prescriberKey);

    // Hex of the first 16 bytes of SHA-256(public key): how people and prescriptions name a key.
    static QString fingerprint(const QByteArray &publicKey);

    // The canonical snapshot of a patient's allergies: "substance (reaction)" (or "substance"
    // when no reaction is recorded), sorted case-insensitively, joined with "; ".
    struct Allergy
    {
        QString substance;
        QString reaction;
    };
    static QString formatAllergies(QList<Allergy> allergies);
    // "given family", trimmed.
    static QString formatName(const QString &givenName, const QString &familyName);
    // The same read from the local store (live patient_allergy and patient rows); empty when
    // there are none or the store cannot be read.
    static QString allergySnapshot(QSqlDatabase db, const QString &patientId);
    static QString patientName(QSqlDatabase db, const QString &patientId);
    // yyyy-MM-dd as on the record, or empty.
    static QString patientBirthDate(QSqlDatabase db, const QString &patientId);
};

} // namespace clinic
