#include "patientmedications.h"

#include "storage/sqlexec.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString readFailure()
{
    return QCoreApplication::translate("clinic::PatientMedications",
                                       "The patient's medicines cannot be read.");
}

Result<QStringList> column(QSqlDatabase db, const QString &sql, const QString &patientId)
{
    auto q = execSql(db, sql, { patientId }, readFailure());
    if (!q)
        return q.error();
    QStringList values;
    while (q->next())
        values << q->value(0).toString();
    return values;
}

} // namespace

Result<PatientMedications> PatientMedications::read(QSqlDatabase db, const QString &patientId)
{
    auto allergies = column(db,
                            u"SELECT substance FROM patient_allergy WHERE NOT deleted AND "
                            u"patient_id = ? ORDER BY substance"_s,
                            patientId);
    if (!allergies)
        return allergies.error();
    auto medications = column(db,
                              u"SELECT name FROM patient_medication WHERE NOT deleted AND "
                              u"patient_id = ? ORDER BY name"_s,
                              patientId);
    if (!medications)
        return medications.error();
    auto active = column(db,
                         u"SELECT drug_id FROM prescription WHERE NOT deleted AND "
                         u"patient_id = ? AND status = 'active'"_s,
                         patientId);
    if (!active)
        return active.error();
    return PatientMedications { *allergies, *medications, *active };
}

MedicationCheckResult PatientMedications::check(const MedicationCheck &check,
                                                const Drug &drug) const
{
    const ReferenceData &data = check.data();
    QList<const Drug *> others;
    const auto add = [&others](const Drug *other) {
        if (other && !others.contains(other))
            others << other;
    };
    for (const QString &name : medications)
        add(data.findDrug(name));
    for (const QString &id : activeDrugIds)
        add(data.drugById(id));
    return check.check(drug, others, allergies);
}

QStringList PatientMedications::unknownMedications(const ReferenceData &data) const
{
    QStringList unknown;
    for (const QString &name : medications) {
        if (!data.findDrug(name))
            unknown << name;
    }
    return unknown;
}

} // namespace clinic
