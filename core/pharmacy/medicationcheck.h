#pragma once

// The check made when a medicine is prescribed or looked up: its interactions with the
// patient's other medicines and its matches against the patient's recorded allergies, from
// the medicines reference data (referencedata.h). Pure computation on read-only data: safe on
// any thread. docs/pharmacy.md says how names, allergies and severities are matched.

#include "pharmacy/referencedata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace clinic {

struct MedicationFinding
{
    enum class Kind { Interaction, Allergy };

    Kind kind = Kind::Interaction;
    QString with; // the other drug's first generic name, or the allergy as given
    QString withDrugId; // an interaction's other drug; empty for an allergy
    Severity severity = Severity::Minor;
    QString effect;
    QString advice;
    // Which entry of the reference data gave it, for the audit trail (with the data's
    // version): "interaction warfarin + class:nsaid", "allergy penicillins",
    // "allergy penicillins cross cephalosporin", "allergy drug amoxicillin",
    // "allergy class nsaid".
    QString entry;

    static QString kindName(Kind kind);
};

struct MedicationCheckResult
{
    QString referenceVersion;
    QString drugId;
    QList<MedicationFinding> findings; // most severe first
    // Allergies as given that match nothing in the data ("latex"): not checked.
    QStringList notChecked;
};

class MedicationCheck
{
public:
    explicit MedicationCheck(ReferenceData data);

    // `drug` and `others` belong to the check's reference data. One finding per other drug
    // (its most severe entry; a drug entry beats a class entry at equal severity) and per
    // allergy (the most severe); combinations count as each of their components too; the drug
    // itself or a duplicate in `others` yields nothing.
    MedicationCheckResult check(const Drug &drug, const QList<const Drug *> &others,
                                const QStringList &allergies) const;

    const ReferenceData &data() const { return m_data; }

private:
    bool interaction(const Drug &drug, const Drug &other, MedicationFinding &finding) const;

    ReferenceData m_data;
};

} // namespace clinic
