#pragma once

#include "pharmacy/referencedata.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;

namespace clinic::ui {

// A drug's medication guide for the patient, the five sections of the reference data: what it
// is for, how to take it, side effects, precautions and when to get help.
class MedicationGuideDialog : public QDialog
{
    Q_OBJECT
public:
    // The guide as the store's medicines reference has it (ReferenceRepository), with the
    // version loaded; a drug the store does not have says so.
    MedicationGuideDialog(const QSqlDatabase &db, const QString &drugId, QWidget *parent = nullptr);
    // The guide of a drug already read (the in-memory set, or the store's).
    MedicationGuideDialog(const Drug &drug, const QString &referenceVersion,
                          QWidget *parent = nullptr);
    QLabel *text() const { return m_text; }
    // False when the drug was not found (the text says so).
    bool found() const { return m_found; }

private:
    void build(const Drug *drug, const QString &referenceVersion, const QString &problem);

    QLabel *m_text = nullptr;
    bool m_found = false;
};

} // namespace clinic::ui
