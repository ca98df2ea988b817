#pragma once

#include "clientcontext.h"
#include "vitals/vitallimits.h"

#include <QCborMap>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::ui {

// A reading typed in by hand (docs/vitals.md): the kind, the values that kind has (blood
// pressure: systolic, diastolic and an optional pulse; weight: an optional height for the BMI),
// the unit it was taken in, when it was taken (now by default) and a note. An impossible value
// is explained under the fields and Save stays off; an unusual one is saved only after "Save
// anyway?". Saving converts to the canonical units and submits vital.record (source "manual").
class VitalEntryDialog : public QDialog
{
    Q_OBJECT
public:
    VitalEntryDialog(const ClientContext &context, const QString &patientId,
                     QWidget *parent = nullptr);

    // Opens the dialog for the patient and waits; true when a reading was recorded.
    static bool recordReading(const ClientContext &context, const QString &patientId,
                              QWidget *parent = nullptr);

    void setKind(VitalKind kind);
    VitalKind kind() const;
    // The typed values in canonical units (nullopt fields empty), and what the limits say;
    // nullopt when the main value is not a number yet.
    std::optional<VitalValues> values() const;
    VitalVerdict verdict() const;
    // What vital.record is sent (a fresh id each call), or empty when nothing can be saved.
    QCborMap arguments() const;
    QString recordedId() const { return m_recordedId; }
    QString problem() const; // the refusal or rejection shown, or empty

    // Asked whether to save a reading with warnings; by default a question box. Tests answer.
    void setConfirmWarnings(std::function<bool(const QStringList &warnings)> confirm)
    {
        m_confirmWarnings = std::move(confirm);
    }

    QComboBox *kindField() const { return m_kind; }
    QComboBox *unitField() const { return m_unit; }
    QLineEdit *valueField() const { return m_value; }
    QLineEdit *diastolicField() const { return m_diastolic; }
    QLineEdit *pulseField() const { return m_pulse; }
    QLineEdit *heightField() const { return m_height; }
    QDateTimeEdit *takenAtField() const { return m_takenAt; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    void kindChanged();
    void refresh();
    qint64 takenAtMs() const;

    ClientContext m_context;
    QString m_patientId;
    QString m_recordedId;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_diastolicLabel = nullptr;
    QLineEdit *m_diastolic = nullptr;
    QLabel *m_pulseLabel = nullptr;
    QLineEdit *m_pulse = nullptr;
    QLabel *m_heightLabel = nullptr;
    QLineEdit *m_height = nullptr;
    QComboBox *m_heightUnit = nullptr;
    QDateTimeEdit *m_takenAt = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_save = nullptr;
    std::function<bool(const QStringList &)> m_confirmWarnings;
};

} // namespace clinic::ui
