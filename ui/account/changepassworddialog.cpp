#include "changepassworddialog.h"

#include "auth/passwordpolicy.h"
#include "crypto/securebytes.h"
#include "formwidgets.h"
#include "util/background.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

ChangePasswordDialog::ChangePasswordDialog(const ClientContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Change password"));
    m_current = passwordField(tr("Current password"), this);
    m_replacement = passwordField(tr("New password"), this);
    m_confirm = passwordField(tr("Confirm new password"), this);
    m_message = messageLabel(this, QStringLiteral("changePasswordMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_replacement);
    form->addRow(tr("&Confirm new password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *intro = new QLabel(tr("Your new password works everywhere you use Clinic. Use at least "
                                "%1 characters; a few unrelated words are easy to remember and "
                                "hard to guess.")
                                     .arg(PasswordPolicy::minimumLength),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (!m_context.online()) {
        showMessage(m_message,
                    tr("Changing your password needs the server, which cannot be "
                       "reached right now."));
        m_ok->setEnabled(false);
    }
}

void ChangePasswordDialog::fail(const QString &message)
{
    showMessage(m_message, message);
    m_ok->setEnabled(true);
}

void ChangePasswordDialog::accept()
{
    if (m_replacement->text() != m_confirm->text())
        return fail(tr("The two new passwords are not the same."));
    const PasswordVerdict verdict =
            PasswordPolicy::check(m_replacement->text(), { m_context.account.username });
    if (!verdict.acceptable)
        return fail(verdict.reason);
    QString current = m_current->text();
    QString replacement = m_replacement->text();
    m_ok->setEnabled(false);
    showMessage(m_message, tr("Changing your password…"), false);
    m_context.accounts->changePassword(this, current, replacement,
                                       [this, current, replacement](const Result<void> &done) {
                                           if (!done)
                                               return fail(done.error().message);
                                           finishLocally(current, replacement);
                                       });
    secureWipe(current);
    secureWipe(replacement);
}

void ChangePasswordDialog::finishLocally(QString current, QString replacement)
{
    // The server has the new password; this computer's store follows (on a worker: two
    // Argon2id derivations), so the next sign-in opens it directly.
    auto passwords = std::make_shared<const std::pair<SecureBytes, SecureBytes>>(
            SecureBytes::fromUtf8(current), SecureBytes::fromUtf8(replacement));
    secureWipe(current);
    secureWipe(replacement);
    m_current->clear();
    m_replacement->clear();
    m_confirm->clear();
    runInBackground(
            this,
            [store = m_context.store, passwords] {
                return store->changePassword(passwords->first, passwords->second);
            },
            [this](const Result<void> &rewrapped) {
                if (!rewrapped)
                    return fail(tr("Your password was changed on the server, but not yet on "
                                   "this computer: %1 At your next sign-in Clinic asks for the "
                                   "old password once.")
                                        .arg(rewrapped.error().message));
                QDialog::accept();
            });
}

} // namespace clinic::ui
