#pragma once

#include "clientcontext.h"
#include "domain/reminderschedule.h"

#include <QCheckBox>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace clinic::ui {

struct MedicationChoice
{
    QString id;
    QString label; // "Lisinopril, 10 mg"
};

// Adds or edits a medication schedule: which current medication, the times of day, the days of
// the week (all: every day), the first and optional last day. Saves through
// medication_schedule.put; a refusal is shown in the dialog.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(const ClientContext &context, const QString &patientId,
                   const QList<MedicationChoice> &medications,
                   const MedicationSchedule *existing, QWidget *parent = nullptr);

    QLineEdit *timesField() const { return m_times; }
    void save();

private:
    ClientContext m_context;
    QString m_patientId;
    QString m_id;
    QComboBox *m_medication = nullptr;
    QLineEdit *m_times = nullptr;
    QList<QCheckBox *> m_days;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
