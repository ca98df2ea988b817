#pragma once

#include "vitalformat.h"
#include "vitals/vitalrepository.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace clinic::ui {

// Acknowledging a vital-sign alert: what was done or decided, in 1 to 1,000 characters (kept in
// the record and the audit log), sent as vital.alert.acknowledge.
class AcknowledgeAlertDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int maxNoteLength = 1000;

    AcknowledgeAlertDialog(const VitalAlert &alert, const QString &patientName, VitalSubmit submit,
                           QWidget *parent = nullptr);

    QPlainTextEdit *noteField() const { return m_note; }
    QPushButton *acknowledgeButton() const { return m_ok; }
    void accept() override;

private:
    void onNoteChanged();

    QString m_alertId;
    VitalSubmit m_submit;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace clinic::ui
