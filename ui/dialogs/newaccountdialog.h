#pragma once

#include "sync/accountclient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clinic::ui {

// An admin creates a staff account: name, user name, role, and a first password the person
// replaces at their first sign-in.
class NewAccountDialog : public QDialog
{
    Q_OBJECT
public:
    NewAccountDialog(AccountClient &accounts, QWidget *parent = nullptr);

    void accept() override;
    const Account &created() const { return m_created; }

private:
    AccountClient &m_accounts;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_username = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_licence = nullptr;
    QLineEdit *m_specialty = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    Account m_created;
};

} // namespace clinic::ui
