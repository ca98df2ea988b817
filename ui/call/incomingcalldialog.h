#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace clinic::ui {

// "Dr Ribeiro is calling": who calls, for which visit, and the two answers: accepted() to
// answer, rejected() to decline (Escape and closing the window decline too, so the caller is
// not left waiting out the time-out). It stays on top of the user's window without blocking
// it; whoever shows it hides it when the call stops ringing (cancelled, answered on another
// computer, no answer).
class IncomingCallDialog : public QDialog
{
    Q_OBJECT
public:
    // `visit`: when and why, as the patient's appointments show it; empty when unknown here.
    IncomingCallDialog(const QString &callerName, const QString &visit, QWidget *parent = nullptr);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *declineButton() const { return m_decline; }

private:
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
};

} // namespace clinic::ui
