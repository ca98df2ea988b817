#include "signinwindow.h"

#include "auth/passwordpolicy.h"
#include "crypto/securebytes.h"
#include "formwidgets.h"
#include "sync/signinflow.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace clinic::ui {

namespace {

constexpr int maxCredentials = 2000; // what the server keeps (docs/protocol.md, register)

// "ab12cd34…" as "AB12 CD34 …": easier to compare aloud or against a printed sheet.
QString grouped(const QString &fingerprint)
{
    QString text;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        text += fingerprint.mid(i, 4).toUpper() + (i % 32 == 28 ? u'\n' : u' ');
    return text.trimmed();
}

QLineEdit *textField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setMaxLength(100);
    return field;
}

} // namespace

SignInWindow::SignInWindow(SignInFlow &flow, const QString &server, const QString &username,
                           QWidget *parent)
    : QWidget(parent), m_flow(flow)
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(tr("Clinic — Sign in"));
    m_panels = new QStackedWidget(this);
    m_panels->addWidget(signInPanel());
    m_panels->addWidget(codePanel());
    m_panels->addWidget(previousPasswordPanel());
    m_panels->addWidget(registerPanel());
    m_server->setText(server);
    m_username->setText(username);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setWordWrap(true);
    m_message = messageLabel(this, QStringLiteral("signInMessage"));
    auto *footer = new QLabel(tr("Everything Clinic keeps on this computer is encrypted with "
                                 "your password."),
                              this);
    footer->setWordWrap(true);
    QFont small = footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    footer->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Clinic"), this, 2.0));
    layout->addWidget(m_panels);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(footer);
    setMinimumWidth(480);
    showPanel(Panel::SignIn);

    connect(&m_flow, &SignInFlow::progressed, m_progress, &QLabel::setText);
    connect(&m_flow, &SignInFlow::certificateNeedsTrust, this, &SignInWindow::onTrustNeeded);
    connect(&m_flow, &SignInFlow::certificateMismatch, this, &SignInWindow::onMismatch);
    connect(&m_flow, &SignInFlow::failed, this, &SignInWindow::onFailed);
    connect(&m_flow, &SignInFlow::registered, this, &SignInWindow::onRegistered);
    connect(&m_flow, &SignInFlow::totpNeeded, this, [this](const QString &problem) {
        setBusy(false);
        showPanel(Panel::Code);
        showMessage(m_message, problem);
    });
    connect(&m_flow, &SignInFlow::previousPasswordNeeded, this, [this](const QString &problem) {
        setBusy(false);
        showPanel(Panel::PreviousPassword);
        showMessage(m_message, problem);
    });
    (m_server->text().isEmpty()             ? m_server
             : m_username->text().isEmpty() ? m_username
                                            : m_password)
            ->setFocus();
}

QWidget *SignInWindow::signInPanel()
{
    auto *panel = new QWidget(this);
    m_server = textField(tr("Clinic server"), panel);
    m_server->setPlaceholderText(tr("clinic.example.org:7443"));
    m_username = textField(tr("User name"), panel);
    m_password = passwordField(tr("Password"), panel);
    m_signIn = new QPushButton(tr("&Sign in"), panel);
    m_signIn->setDefault(true);
    auto *create = new QPushButton(tr("New here? &Create an account"), panel);
    create->setFlat(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Clinic ser&ver:"), m_server);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Sign in with the account your clinic gave you."), panel));
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::signIn);
    for (QLineEdit *field : { m_server, m_username, m_password })
        connect(field, &QLineEdit::returnPressed, this, &SignInWindow::signIn);
    connect(create, &QPushButton::clicked, this, [this] { showPanel(Panel::Register); });
    return panel;
}

QWidget *SignInWindow::codePanel()
{
    auto *panel = new QWidget(this);
    m_code = new QLineEdit(panel);
    m_code->setAccessibleName(tr("One-time code"));
    m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\d{0,8}")), m_code));
    auto *next = new QPushButton(tr("&Continue"), panel);
    auto *back = new QPushButton(tr("&Back"), panel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(next);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Enter the 6-digit code from the authenticator app on your phone."),
                             panel);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    const auto submit = [this] {
        setBusy(true);
        showMessage(m_message, {});
        m_flow.provideTotp(takeText(m_code));
    };
    connect(next, &QPushButton::clicked, this, submit);
    connect(m_code, &QLineEdit::returnPressed, this, submit);
    connect(back, &QPushButton::clicked, this, [this] {
        m_flow.cancel();
        showPanel(Panel::SignIn);
    });
    return panel;
}

QWidget *SignInWindow::previousPasswordPanel()
{
    auto *panel = new QWidget(this);
    m_previous = passwordField(tr("Previous password"), panel);
    auto *next = new QPushButton(tr("&Continue"), panel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Previous password:"), m_previous);
    auto *intro = new QLabel(tr("Your password was changed since you last used Clinic on this "
                                "computer. Enter the password you used here before, once, so "
                                "your records here open with your new one from now on."),
                             panel);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(next, 0, Qt::AlignRight);
    const auto submit = [this] {
        QString previous = takeText(m_previous);
        setBusy(true);
        showMessage(m_message, {});
        m_flow.providePreviousPassword(previous);
        secureWipe(previous);
    };
    connect(next, &QPushButton::clicked, this, submit);
    connect(m_previous, &QLineEdit::returnPressed, this, submit);
    return panel;
}

QWidget *SignInWindow::registerPanel()
{
    auto *panel = new QWidget(this);
    m_regName = textField(tr("Full name"), panel);
    m_regUsername = textField(tr("Choose a user name"), panel);
    m_regRole = new QComboBox(panel);
    m_regRole->setAccessibleName(tr("I am"));
    m_regRole->addItem(tr("A patient"), Roles::name(Role::Patient));
    m_regRole->addItem(tr("A doctor (verified by the clinic before you can sign in)"),
                       Roles::name(Role::Doctor));
    m_regLicence = textField(tr("Licence number"), panel);
    m_regSpecialty = textField(tr("Specialties"), panel);
    m_regSpecialty->setMaxLength(200);
    m_regSpecialty->setPlaceholderText(tr("e.g. Cardiology, Sports medicine"));
    m_regCredentials = new QPlainTextEdit(panel);
    m_regCredentials->setAccessibleName(tr("Credentials and certifications"));
    m_regCredentials->setPlaceholderText(tr("Degrees, board certifications, registrations — with "
                                            "the issuing body and year, one per line"));
    m_regCredentials->setTabChangesFocus(true);
    m_regCredentials->setFixedHeight(m_regCredentials->fontMetrics().lineSpacing() * 4 + 12);
    m_regPassword = passwordField(tr("Password"), panel);
    m_regConfirm = passwordField(tr("Confirm password"), panel);
    auto *form = new QFormLayout;
    form->addRow(tr("&I am:"), m_regRole);
    form->addRow(tr("Full &name:"), m_regName);
    form->addRow(tr("&User name:"), m_regUsername);
    form->addRow(tr("&Licence number:"), m_regLicence);
    form->addRow(tr("&Specialties:"), m_regSpecialty);
    form->addRow(tr("Cre&dentials and\ncertifications:"), m_regCredentials);
    form->addRow(tr("&Password:"), m_regPassword);
    form->addRow(tr("&Confirm:"), m_regConfirm);
    const auto providerFields = [this, form] {
        const bool doctor = m_regRole->currentData().toString() == Roles::name(Role::Doctor);
        form->setRowVisible(m_regLicence, doctor);
        form->setRowVisible(m_regSpecialty, doctor);
        form->setRowVisible(m_regCredentials, doctor);
    };
    connect(m_regRole, &QComboBox::currentIndexChanged, this, providerFields);
    providerFields();
    auto *back = new QPushButton(tr("&Back"), panel);
    auto *submit = new QPushButton(tr("Create &account"), panel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(submit);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_registerIntro = new QLabel(panel);
    m_registerIntro->setWordWrap(true);
    layout->addWidget(m_registerIntro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { showPanel(Panel::SignIn); });
    connect(submit, &QPushButton::clicked, this, &SignInWindow::submitRegistration);
    return panel;
}

SignInWindow::Panel SignInWindow::panel() const
{
    return Panel(m_panels->currentIndex());
}

QString SignInWindow::server() const
{
    return m_server->text().trimmed();
}

QString SignInWindow::username() const
{
    return m_username->text().trimmed();
}

void SignInWindow::showPanel(Panel panel)
{
    // The stack takes the height of its current panel, not of its largest.
    for (int i = 0; i < m_panels->count(); ++i)
        m_panels->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                           i == int(panel) ? QSizePolicy::Preferred
                                                           : QSizePolicy::Ignored);
    m_panels->setCurrentIndex(int(panel));
    m_panels->adjustSize();
    m_progress->clear();
    showMessage(m_message, {});
    switch (panel) {
    case Panel::SignIn:
        m_server->setEnabled(true);
        (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
        break;
    case Panel::Code:
        m_code->setFocus();
        break;
    case Panel::PreviousPassword:
        m_previous->setFocus();
        break;
    case Panel::Register:
        m_registerIntro->setText(tr("Create your account with the clinic at %1. Use a password of "
                                    "at least %2 characters.")
                                         .arg(server().isEmpty() ? tr("the server you enter on the "
                                                                      "sign-in page")
                                                                 : server())
                                         .arg(PasswordPolicy::minimumLength));
        m_regName->setFocus();
        break;
    }
}

void SignInWindow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_panels->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SignInWindow::signIn()
{
    showMessage(m_message, {});
    QString password = takeText(m_password);
    setBusy(true);
    m_flow.start(server(), username(), password);
    secureWipe(password);
}

void SignInWindow::submitRegistration()
{
    if (m_regPassword->text() != m_regConfirm->text())
        return showMessage(m_message, tr("The two passwords are not the same."));
    const PasswordVerdict verdict = PasswordPolicy::check(
            m_regPassword->text(), { m_regUsername->text(), m_regName->text() });
    if (!verdict.acceptable)
        return showMessage(m_message, verdict.reason);
    if (const QString problem = credentialsProblem(); !problem.isEmpty())
        return showMessage(m_message, problem);
    Registration registration;
    registration.displayName = m_regName->text().trimmed();
    registration.username = m_regUsername->text().trimmed();
    registration.role =
            Roles::fromName(m_regRole->currentData().toString()).value_or(Role::Patient);
    if (registration.role == Role::Doctor) {
        registration.licenceNumber = m_regLicence->text().trimmed();
        registration.specialty = m_regSpecialty->text().trimmed();
        registration.credentials = m_regCredentials->toPlainText().trimmed();
    }
    QString password = takeText(m_regPassword);
    m_regConfirm->clear();
    setBusy(true);
    showMessage(m_message, {});
    m_flow.registerAccount(server(), registration, password);
    secureWipe(password);
}

// The server refuses what it cannot keep; said here, before the password is typed again.
QString SignInWindow::credentialsProblem() const
{
    if (m_regRole->currentData().toString() != Roles::name(Role::Doctor))
        return {};
    const qsizetype length = m_regCredentials->toPlainText().trimmed().size();
    if (length > maxCredentials)
        return tr("Credentials and certifications: at most %1 characters (now %2).")
                .arg(maxCredentials)
                .arg(length);
    return {};
}

void SignInWindow::onRegistered(const Account &account)
{
    setBusy(false);
    m_username->setText(account.username);
    showPanel(Panel::SignIn);
    if (account.status == AccountStatus::Pending)
        showMessage(m_message,
                    tr("Thank you, %1. The clinic will check your licence, "
                       "specialties and credentials; you can sign in once an administrator has "
                       "verified you.")
                            .arg(account.displayName),
                    false);
    else
        showMessage(m_message,
                    tr("Welcome, %1. Your account is ready: sign in with your new "
                       "password.")
                            .arg(account.displayName),
                    false);
}

void SignInWindow::onTrustNeeded(const QString &server, const QString &fingerprint)
{
    setBusy(false);
    QMessageBox box(QMessageBox::Question, tr("Check the clinic server"),
                    tr("This is the first time this computer connects to %1.").arg(server),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Make sure its certificate fingerprint is the one your clinic gave "
                              "you:\n\n%1\n\nTrust it only if they are the same.")
                                   .arg(grouped(fingerprint)));
    QPushButton *trust = box.addButton(tr("They are the same: &trust"), QMessageBox::AcceptRole);
    box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    box.setObjectName(QStringLiteral("trustCertificateBox"));
    box.exec();
    if (box.clickedButton() != trust) {
        m_flow.cancel();
        showPanel(Panel::SignIn);
        return showMessage(m_message,
                           tr("Not connected: the server's certificate was not "
                              "trusted."));
    }
    setBusy(true);
    m_flow.trustCertificate();
}

void SignInWindow::onMismatch(const QString &server, const QString &expected,
                              const QString &presented)
{
    setBusy(false);
    showPanel(Panel::SignIn);
    showMessage(m_message,
                tr("STOP: %1 presented a different certificate than the one this computer "
                   "trusts. Someone may be intercepting the connection, so nothing was sent. "
                   "Tell your clinic's administrator.\n\nTrusted: %2\nPresented: %3")
                        .arg(server, grouped(expected), grouped(presented)));
}

void SignInWindow::onFailed(const Error &error)
{
    setBusy(false);
    if (panel() == Panel::Code || panel() == Panel::PreviousPassword)
        showPanel(Panel::SignIn);
    m_progress->clear();
    showMessage(m_message, error.message);
    m_password->setFocus();
}

} // namespace clinic::ui
