#pragma once

#include "clientcontext.h"
#include "pharmacy/medicationcheck.h"
#include "pharmacy/patientmedications.h"
#include "prescriptions/rxformat.h"

#include <QCborMap>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace clinic::ui {

// A doctor writes a prescription for a patient on their care team: the drug found by generic or
// brand name in the medicines reference as loaded into the store (ReferenceRepository), its
// strength and form, dose, directions, quantity,
// refills, substitution, a note to the pharmacist and the pharmacy (the patient's own by
// default). The medication check (on the in-memory shipped set, as the server's) runs as the
// drug is picked, against the patient's allergies,
// current medications and active prescriptions here; a contraindicated or major finding needs an
// override reason. Issue signs the prescription with the doctor's key (registering the key
// first when the server does not have it) and submits rx.prescribe.
class PrescribeDialog : public QDialog
{
    Q_OBJECT
public:
    using Signer = std::function<Result<void>(QCborMap &prescription)>;

    PrescribeDialog(const ClientContext &context, const QString &patientId,
                    QWidget *parent = nullptr);

    // Tests capture what would be submitted and sign with their own key.
    void setSubmitter(RxSubmit submit) { m_submit = std::move(submit); }
    void setSigner(Signer sign) { m_sign = std::move(sign); }

    // Picks a drug by id, generic name or brand, as the list does.
    bool selectDrug(const QString &name);
    // The drug picked, as the store has it (forms, strengths, usual dose); nullopt: none.
    const std::optional<Drug> &drug() const { return m_drug; }
    const MedicationCheckResult &checkResult() const { return m_result; }
    bool overrideRequired() const;
    // What Issue does; false (and the message says why) when the prescription cannot go.
    bool issue();
    QCborMap submittedArgs() const { return m_submitted; }

    QLineEdit *search() const { return m_search; }
    QListWidget *drugList() const { return m_drugs; }
    QLabel *findings() const { return m_findings; }
    QLabel *noMatch() const { return m_noMatch; }
    QPlainTextEdit *overrideReason() const { return m_override; }
    QLineEdit *dose() const { return m_dose; }
    QLineEdit *directions() const { return m_directions; }
    QSpinBox *quantity() const { return m_quantity; }
    QSpinBox *refills() const { return m_refills; }
    QComboBox *pharmacy() const { return m_pharmacy; }
    QLabel *message() const { return m_message; }

private:
    void filterDrugs(const QString &text);
    void drugChosen();
    void formChosen();
    void runCheck();
    Result<void> signWithOwnKey(QCborMap &prescription);

    ClientContext m_context;
    QString m_patientId;
    QString m_patientName;
    std::optional<MedicationCheck> m_check;
    PatientMedications m_medications;
    std::optional<Drug> m_drug; // from the store
    const Drug *m_checked = nullptr; // the same drug in the check's in-memory set
    MedicationCheckResult m_result;
    RxSubmit m_submit;
    Signer m_sign;
    QCborMap m_submitted;

    QLineEdit *m_search = nullptr;
    QListWidget *m_drugs = nullptr;
    QLabel *m_noMatch = nullptr;
    QComboBox *m_form = nullptr;
    QComboBox *m_strength = nullptr;
    QLineEdit *m_dose = nullptr;
    QLabel *m_usualDose = nullptr;
    QLineEdit *m_directions = nullptr;
    QSpinBox *m_quantity = nullptr;
    QSpinBox *m_refills = nullptr;
    QCheckBox *m_substitution = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_pharmacy = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_overrideLabel = nullptr;
    QPlainTextEdit *m_override = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_issue = nullptr;
};

} // namespace clinic::ui
