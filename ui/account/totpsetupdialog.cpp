#include "totpsetupdialog.h"

#include "auth/qrcode.h"
#include "crypto/securebytes.h"
#include "formwidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace clinic::ui {

namespace {

QLineEdit *codeField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), field));
    return field;
}

} // namespace

QImage TotpSetupDialog::qrImage(const QString &text, int moduleSize)
{
    auto code = QrCode::encode(text.toUtf8());
    if (!code)
        return {};
    constexpr int quietZone = 4; // modules of white around the code, as the standard asks
    const int side = (code->size() + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white); // black on white whatever the theme: scanners need it
    QPainter painter(&image);
    for (int y = 0; y < code->size(); ++y) {
        for (int x = 0; x < code->size(); ++x) {
            if (code->isDark(x, y))
                painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize,
                                 moduleSize, moduleSize, Qt::black);
        }
    }
    return image;
}

TotpSetupDialog::TotpSetupDialog(const ClientContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Set up 2-step sign-in"));
    const bool replacing = m_context.connection && m_context.connection->session().totpEnabled;
    auto *intro = new QLabel(
            replacing ? tr("To move 2-step sign-in to another authenticator app, confirm it is "
                           "you: enter your password and a code from the app you use now.")
                      : tr("To turn on 2-step sign-in, confirm it is you: enter your password."),
            this);
    intro->setWordWrap(true);
    m_password = passwordField(tr("Your password"), this);
    auto *proof = new QFormLayout;
    proof->addRow(tr("Your &password:"), m_password);
    if (replacing) {
        m_currentCode = codeField(tr("Code from your current app"), this);
        proof->addRow(tr("C&ode from your current app:"), m_currentCode);
    }

    m_newApp = new QWidget(this);
    auto *steps = new QLabel(tr("1. Scan this code with an authenticator app on your phone "
                                "(or type the key below into it).\n2. Enter the 6-digit code the "
                                "app shows."),
                             m_newApp);
    steps->setWordWrap(true);
    m_qr = new QLabel(m_newApp);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(260, 260);
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secret = new QLabel(m_newApp);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setAccessibleName(tr("Key for your authenticator app"));
    m_code = codeField(tr("6-digit code"), m_newApp);
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), m_secret);
    form->addRow(tr("&Code:"), m_code);
    auto *newAppLayout = new QVBoxLayout(m_newApp);
    newAppLayout->setContentsMargins(0, 0, 0, 0);
    newAppLayout->addWidget(steps);
    newAppLayout->addWidget(m_qr);
    newAppLayout->addLayout(form);
    m_newApp->hide();

    m_message = messageLabel(this, QStringLiteral("totpMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("C&ontinue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TotpSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TotpSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(proof);
    layout->addWidget(m_newApp);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (!m_context.online()) {
        showMessage(m_message,
                    tr("Setting up 2-step sign-in needs the server, which cannot be "
                       "reached right now."));
        m_ok->setEnabled(false);
    }
}

TotpSetupDialog::~TotpSetupDialog()
{
    m_password->clear(); // the field's text is the only copy this dialog kept
}

void TotpSetupDialog::accept()
{
    if (m_haveKey)
        return confirm();
    askForKey();
}

void TotpSetupDialog::fail(const QString &message)
{
    showMessage(m_message, message);
    m_ok->setEnabled(true);
}

void TotpSetupDialog::askForKey()
{
    if (m_password->text().isEmpty())
        return fail(tr("Enter your password."));
    if (m_currentCode && m_currentCode->text().isEmpty())
        return fail(tr("Enter a code from the authenticator app you use now."));
    m_ok->setEnabled(false);
    showMessage(m_message, tr("Asking the server for a key…"), false);
    QString password = m_password->text();
    m_context.accounts->beginTotp(this, password, m_currentCode ? m_currentCode->text() : QString(),
                                  [this](const Result<TotpSetup> &setup) { onEnrolment(setup); });
    secureWipe(password);
}

void TotpSetupDialog::onEnrolment(const Result<TotpSetup> &setup)
{
    if (!setup)
        return fail(setup.error().message);
    m_qr->setPixmap(QPixmap::fromImage(qrImage(setup->uri)));
    // Groups of four are easier to type.
    QString grouped;
    for (qsizetype i = 0; i < setup->secret.size(); i += 4)
        grouped += setup->secret.mid(i, 4) + u' ';
    m_secret->setText(grouped.trimmed());
    m_haveKey = true;
    m_password->setEnabled(false);
    if (m_currentCode)
        m_currentCode->setEnabled(false);
    m_newApp->show();
    showMessage(m_message, QString(), false);
    m_ok->setText(tr("&Turn on"));
    m_ok->setEnabled(true);
    m_code->setFocus();
    adjustSize();
}

void TotpSetupDialog::confirm()
{
    if (m_code->text().isEmpty())
        return fail(tr("Enter the 6-digit code your authenticator app shows."));
    m_ok->setEnabled(false);
    QString password = m_password->text();
    m_context.accounts->confirmTotp(this, password, m_code->text(),
                                    [this](const Result<void> &done) {
                                        if (!done)
                                            return fail(done.error().message);
                                        QDialog::accept();
                                    });
    secureWipe(password);
}

} // namespace clinic::ui
