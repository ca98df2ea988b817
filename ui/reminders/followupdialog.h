#pragma once

#include "clientcontext.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTimeEdit;

namespace clinic::ui {

// A doctor on the patient's care team sets a follow-up reminder for them ("Book a blood test
// before your next visit"): the day, optionally the time, and what to do (up to 500
// characters). Saved through followup.put; the patient's computer announces it when it is due.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpDialog(const ClientContext &context, const QString &patientId,
                   const QString &patientName, QWidget *parent = nullptr);

    QPlainTextEdit *textField() const { return m_text; }
    QDateEdit *dateField() const { return m_date; }
    void save();

private:
    ClientContext m_context;
    QString m_patientId;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_hasTime = nullptr;
    QTimeEdit *m_time = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
