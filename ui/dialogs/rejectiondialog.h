#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace clinic::ui {

// Why a doctor's registration is turned down: the reason is required, since the doctor reads
// it when they next try to sign in.
class RejectionDialog : public QDialog
{
    Q_OBJECT
public:
    RejectionDialog(const QString &doctorName, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);

private:
    void updateButtons();

    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace clinic::ui
