#include "signinagainbar.h"

#include "sync/accountclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace clinic::ui {

SignInAgainBar::SignInAgainBar(const ClientContext &context, QWidget *parent)
    : QFrame(parent), m_context(context)
{
    setObjectName(QStringLiteral("signInAgainBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInAgainMessage"));
    m_message->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setAccessibleName(tr("Code from your authenticator app"));
    m_code->setMaxLength(6);
    m_code->setFixedWidth(110);
    m_code->hide();
    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInAgainBar::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInAgainBar::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &SignInAgainBar::submit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_password);
    layout->addWidget(m_code);
    layout->addWidget(m_signIn);
    hide();
}

void SignInAgainBar::ask(const QString &reason)
{
    const QString why = reason.isEmpty()
            ? tr("The clinic's server can be reached again.")
            : tr("The clinic's server ended your session: %1").arg(reason);
    say(why + u' '
                + tr("Enter your password to sync; your changes wait on this computer until "
                     "then."),
        false);
    m_password->clear();
    m_code->clear();
    m_code->hide();
    m_signIn->setEnabled(true);
    show();
    m_password->setFocus();
}

void SignInAgainBar::submit()
{
    if (m_password->text().isEmpty())
        return say(tr("Enter your password."), true);
    m_signIn->setEnabled(false);
    say(tr("Signing in…"), false);
    QPointer<SignInAgainBar> self(this);
    m_context.connection->signIn(
            m_context.account.username, m_password->text(), m_code->text().trimmed(),
            [self](const ServerReply &reply) {
                if (self)
                    self->onReply(reply);
            });
}

void SignInAgainBar::onReply(const ServerReply &reply)
{
    m_signIn->setEnabled(true);
    if (reply.ok()) {
        m_password->clear();
        m_code->clear();
        hide();
        return;
    }
    if (reply.connectionLost)
        return say(tr("The server went away again. Clinic keeps trying, and asks again when "
                      "it is back."),
                   true);
    if (reply.error == ProtocolError::TotpRequired) {
        m_code->show();
        m_code->setFocus();
        return say(tr("Enter the 6-digit code from your authenticator app."), false);
    }
    m_password->clear();
    m_password->setFocus();
    say(AccountClient::errorOf(reply).message, true);
}

void SignInAgainBar::say(const QString &text, bool error)
{
    m_message->setText(text);
    // Dark red on the light Fusion palette is above 7:1 contrast.
    m_message->setStyleSheet(error ? QStringLiteral("color: #9b0019;") : QString());
}

} // namespace clinic::ui
