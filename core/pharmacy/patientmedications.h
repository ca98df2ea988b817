#pragma once

// What the medication check of a new prescription reads of the patient in the local store: their
// recorded allergies, current medications and active prescriptions (docs/pharmacy.md), and the
// check itself run on them (the prescribing dialog's; the server re-runs it on its own rows).

#include "pharmacy/medicationcheck.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clinic {

struct PatientMedications
{
    QStringList allergies; // substances as recorded
    QStringList medications; // current medications' names as recorded
    QStringList activeDrugIds; // drugs of the patient's active prescriptions

    // Reads the live rows of one patient.
    static Result<PatientMedications> read(QSqlDatabase db, const QString &patientId);

    // The check of `drug` against these: medications and prescriptions named in the reference
    // data are the other drugs (a name the data does not know is left out), the allergies as
    // recorded.
    MedicationCheckResult check(const MedicationCheck &check, const Drug &drug) const;
    // Current medications the reference data does not know: not checked.
    QStringList unknownMedications(const ReferenceData &data) const;
};

} // namespace clinic
