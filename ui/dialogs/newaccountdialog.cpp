#include "newaccountdialog.h"

#include "auth/passwordpolicy.h"
#include "crypto/securebytes.h"
#include "formwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

NewAccountDialog::NewAccountDialog(AccountClient &accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts)
{
    setWindowTitle(tr("New staff account"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Full name"));
    m_username = new QLineEdit(this);
    m_username->setAccessibleName(tr("User name"));
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : allRoles) {
        if (Roles::isStaff(role))
            m_role->addItem(Roles::displayName(role), Roles::name(role));
    }
    m_licence = new QLineEdit(this);
    m_licence->setAccessibleName(tr("Licence number"));
    m_specialty = new QLineEdit(this);
    m_specialty->setAccessibleName(tr("Specialty"));
    m_password = passwordField(tr("First password"), this);
    m_confirm = passwordField(tr("Confirm first password"), this);
    m_message = messageLabel(this, QStringLiteral("newAccountMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Licence number:"), m_licence);
    form->addRow(tr("&Specialty:"), m_specialty);
    form->addRow(tr("First &password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto *note = new QLabel(tr("Give them this first password in person; Clinic asks them "
                               "to choose their own when they first sign in."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewAccountDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void NewAccountDialog::accept()
{
    if (m_password->text() != m_confirm->text())
        return showMessage(m_message, tr("The two passwords are not the same."));
    const PasswordVerdict verdict =
            PasswordPolicy::check(m_password->text(), { m_username->text(), m_name->text() });
    if (!verdict.acceptable)
        return showMessage(m_message, verdict.reason);
    Registration fresh;
    fresh.username = m_username->text().trimmed();
    fresh.displayName = m_name->text().trimmed();
    fresh.role = Roles::fromName(m_role->currentData().toString()).value_or(Role::Nurse);
    fresh.licenceNumber = m_licence->text().trimmed();
    fresh.specialty = m_specialty->text().trimmed();
    QString password = m_password->text();
    showMessage(m_message, tr("Creating the account…"), false);
    m_accounts.createAccount(this, fresh, password, [this](const Result<Account> &created) {
        if (!created)
            return showMessage(m_message, created.error().message);
        m_created = created.value();
        m_password->clear();
        m_confirm->clear();
        QDialog::accept();
    });
    secureWipe(password);
}

} // namespace clinic::ui
