#include "signinwindow.h"

#include "crypto/securebytes.h"
#include "storage/userstores.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

namespace {

// Takes the text out of a password field into secure memory and clears the field.
SecureBytes takePassword(QLineEdit *field)
{
    QString text = field->text();
    SecureBytes bytes = SecureBytes::fromUtf8(text);
    secureWipe(text);
    field->clear();
    return bytes;
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SignInWindow::SignInWindow(const UserStores &stores, QWidget *parent)
    : QWidget(parent), m_stores(stores)
{
    setWindowTitle(tr("Clinic — Sign in"));
    setObjectName(QStringLiteral("signInWindow"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_username = new QLineEdit(this);
    m_username->setAccessibleName(tr("User name"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Confirm password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    m_confirmLabel = new QLabel(tr("&Confirm password:"), this);
    m_confirmLabel->setBuddy(m_confirm);
    form->addRow(m_confirmLabel, m_confirm);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_back = new QPushButton(tr("&Back"), this);
    m_submit = new QPushButton(this);
    m_submit->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_submit);

    auto *footer = new QLabel(tr("Everything Clinic keeps on this computer is encrypted with "
                                 "your password."),
                              this);
    footer->setWordWrap(true);
    QFont small = footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    footer->setFont(small); // normal text colour: readable in high-contrast themes

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Clinic"), 2.0, this));
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();
    layout->addWidget(footer);
    setMinimumWidth(440);

    connect(m_submit, &QPushButton::clicked, this, &SignInWindow::onSubmit);
    connect(m_back, &QPushButton::clicked, this, [this] { setMode(Mode::SignIn); });
    connect(m_username, &QLineEdit::returnPressed, this, &SignInWindow::onSubmit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInWindow::onSubmit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &SignInWindow::onSubmit);
    setMode(Mode::SignIn);
}

void SignInWindow::setMode(Mode mode)
{
    m_mode = mode;
    const bool creating = mode == Mode::CreateStore;
    m_intro->setText(creating ? tr("There is no store for “%1” on this computer yet. Enter a "
                                   "password of at least %2 characters twice to create one.")
                                        .arg(m_username->text().trimmed())
                                        .arg(minimumPasswordLength)
                              : tr("Sign in to open your records on this computer."));
    m_submit->setText(creating ? tr("&Create store") : tr("&Sign in"));
    m_confirmLabel->setVisible(creating);
    m_confirm->setVisible(creating);
    m_back->setVisible(creating);
    m_username->setReadOnly(creating);
    m_message->hide();
    m_confirm->clear();
    (creating ? m_password : m_username)->setFocus();
}

void SignInWindow::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void SignInWindow::setBusy(bool busy)
{
    for (QWidget *widget : { static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password),
                             static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_submit),
                             static_cast<QWidget *>(m_back) })
        widget->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SignInWindow::onSubmit()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (m_mode == Mode::SignIn && !m_stores.exists(SignInWindow::localServer(), username)) {
        setMode(Mode::CreateStore);
        return;
    }
    if (m_mode == Mode::CreateStore && !passwordsAcceptable())
        return;
    setBusy(true);
    auto store = m_mode == Mode::SignIn
            ? m_stores.open(localServer(), username, takePassword(m_password))
            : m_stores.create(localServer(), username, takePassword(m_password));
    m_confirm->clear();
    setBusy(false);
    if (!store) {
        showError(store.error().message);
        m_password->setFocus();
        return;
    }
    emit signedIn(username, std::shared_ptr<EncryptedStore>(std::move(store).value()));
}

bool SignInWindow::passwordsAcceptable()
{
    if (m_password->text().size() < minimumPasswordLength) {
        showError(tr("Use at least %1 characters.").arg(minimumPasswordLength));
        m_password->setFocus();
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords are not the same."));
        m_confirm->clear();
        m_confirm->setFocus();
        return false;
    }
    return true;
}

} // namespace clinic::ui
