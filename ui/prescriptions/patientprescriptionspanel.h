#pragma once

#include "clientcontext.h"
#include "prescriptions/rxformat.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class LiveView;
class PrescriptionListModel;

// In a doctor's view of one patient (My patients): "Prescribe…" and the prescriptions this
// doctor wrote for the patient, where each stands at the pharmacy. A nurse sees the list only.
class PatientPrescriptionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PatientPrescriptionsPanel(const ClientContext &context, QWidget *parent = nullptr);

    void setPatient(const QString &patientId);
    QString patientId() const { return m_patientId; }
    PrescriptionListModel *model() const { return m_model; }
    QPushButton *prescribeButton() const { return m_prescribe; }
    // A submitter the dialog uses (tests).
    void setSubmitter(RxSubmit submit) { m_submit = std::move(submit); }

    // Opens the prescribing dialog for the patient (modal).
    void prescribe();

private:
    void reload();

    ClientContext m_context;
    QString m_patientId;
    RxSubmit m_submit;
    LiveView *m_live = nullptr;
    PrescriptionListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_prescribe = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
