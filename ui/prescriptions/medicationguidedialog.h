#pragma once

#include "pharmacy/referencedata.h"

#include <QDialog>

class QLabel;

namespace clinic::ui {

// A drug's medication guide for the patient, the five sections of the reference data: what it
// is for, how to take it, side effects, precautions and when to get help.
class MedicationGuideDialog : public QDialog
{
    Q_OBJECT
public:
    MedicationGuideDialog(const Drug &drug, const QString &referenceVersion,
                          QWidget *parent = nullptr);
    QLabel *text() const { return m_text; }

private:
    QLabel *m_text = nullptr;
};

} // namespace clinic::ui
