#include "totpsetupdialog.h"

#include "auth/qrcode.h"
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
    auto *intro = new QLabel(tr("1. Scan this code with an authenticator app on your phone "
                                "(or type the key below into it).\n2. Enter the 6-digit code the "
                                "app shows."),
                             this);
    intro->setWordWrap(true);
    m_qr = new QLabel(tr("Asking the server for a key…"), this);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(260, 260);
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secret = new QLabel(this);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setAccessibleName(tr("Key for your authenticator app"));
    m_code = new QLineEdit(this);
    m_code->setAccessibleName(tr("6-digit code"));
    m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\d{0,8}")), m_code));
    m_message = messageLabel(this, QStringLiteral("totpMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), m_secret);
    form->addRow(tr("&Code:"), m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &TotpSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TotpSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_qr);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_context.accounts->beginTotp(this,
                                  [this](const Result<TotpSetup> &setup) { onEnrolment(setup); });
}

void TotpSetupDialog::onEnrolment(const Result<TotpSetup> &setup)
{
    if (!setup) {
        m_qr->setText(QString());
        return showMessage(m_message, setup.error().message);
    }
    m_qr->setPixmap(QPixmap::fromImage(qrImage(setup->uri)));
    // Groups of four are easier to type.
    QString grouped;
    for (qsizetype i = 0; i < setup->secret.size(); i += 4)
        grouped += setup->secret.mid(i, 4) + u' ';
    m_secret->setText(grouped.trimmed());
    m_ok->setEnabled(true);
    m_code->setFocus();
}

void TotpSetupDialog::accept()
{
    m_ok->setEnabled(false);
    m_context.accounts->confirmTotp(this, m_code->text(), [this](const Result<void> &done) {
        if (!done) {
            m_ok->setEnabled(true);
            return showMessage(m_message, done.error().message);
        }
        QDialog::accept();
    });
}

} // namespace clinic::ui
