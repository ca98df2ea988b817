#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace clinic::ui {

// Asks for a new password twice and checks it against the password policy before anything is
// sent: for an admin's reset, or for a new staff account.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    NewPasswordDialog(const QString &title, const QString &intro, const QStringList &userWords,
                      QWidget *parent = nullptr);

    // The password, taken out of the fields (which are cleared).
    QString takePassword();
    void accept() override;

private:
    QStringList m_userWords;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QString m_accepted;
};

} // namespace clinic::ui
