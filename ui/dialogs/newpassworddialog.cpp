#include "newpassworddialog.h"

#include "auth/passwordpolicy.h"
#include "crypto/securebytes.h"
#include "formwidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clinic::ui {

NewPasswordDialog::NewPasswordDialog(const QString &title, const QString &intro,
                                     const QStringList &userWords, QWidget *parent)
    : QDialog(parent), m_userWords(userWords)
{
    setWindowTitle(title);
    auto *text = new QLabel(intro, this);
    text->setWordWrap(true);
    m_password = passwordField(tr("New password"), this);
    m_confirm = passwordField(tr("Confirm new password"), this);
    m_message = messageLabel(this, QStringLiteral("newPasswordMessage"));
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Confirm:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void NewPasswordDialog::accept()
{
    if (m_password->text() != m_confirm->text())
        return showMessage(m_message, tr("The two passwords are not the same."));
    const PasswordVerdict verdict = PasswordPolicy::check(m_password->text(), m_userWords);
    if (!verdict.acceptable)
        return showMessage(m_message, verdict.reason);
    m_accepted = takeText(m_password);
    m_confirm->clear();
    QDialog::accept();
}

QString NewPasswordDialog::takePassword()
{
    return std::exchange(m_accepted, QString());
}

} // namespace clinic::ui
