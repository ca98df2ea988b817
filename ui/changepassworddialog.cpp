#include "changepassworddialog.h"

#include "crypto/securebytes.h"
#include "signinwindow.h"
#include "storage/encryptedstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clinic::ui {

namespace {

QLineEdit *passwordField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    return field;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(EncryptedStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Change password"));
    m_current = passwordField(tr("Current password"), this);
    m_replacement = passwordField(tr("New password"), this);
    m_confirm = passwordField(tr("Confirm new password"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_message->setAccessibleName(tr("Password change message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_replacement);
    form->addRow(tr("&Confirm new password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The new password replaces the old one on this computer. "
                                    "Your records stay as they are."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    const auto fail = [this](const QString &message, QLineEdit *focus) {
        m_message->setText(message);
        m_message->show();
        focus->setFocus();
    };
    if (m_replacement->text().size() < SignInWindow::minimumPasswordLength)
        return fail(tr("Use at least %1 characters.").arg(SignInWindow::minimumPasswordLength),
                    m_replacement);
    if (m_replacement->text() != m_confirm->text())
        return fail(tr("The two new passwords are not the same."), m_confirm);

    QString current = m_current->text();
    QString replacement = m_replacement->text();
    const auto changed = m_store.changePassword(SecureBytes::fromUtf8(current),
                                                SecureBytes::fromUtf8(replacement));
    secureWipe(current);
    secureWipe(replacement);
    m_current->clear();
    if (!changed)
        return fail(changed.error().message, m_current);
    m_replacement->clear();
    m_confirm->clear();
    QDialog::accept();
}

} // namespace clinic::ui
