#include "rejectiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

namespace {
constexpr int maxReason = 500; // what the server keeps (docs/protocol.md, account_verify)
}

RejectionDialog::RejectionDialog(const QString &doctorName, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectionDialog"));
    setWindowTitle(tr("Reject %1").arg(doctorName));
    auto *intro = new QLabel(tr("Why is %1's registration rejected? They see this reason when "
                                "they try to sign in, so say what they can do about it.")
                                     .arg(doctorName),
                             this);
    intro->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. The licence number is not in the medical register. "
                                    "Register again with the number on your certificate."));
    m_reason->setTabChangesFocus(true);
    intro->setBuddy(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reject"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectionDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(460, 240);
    updateButtons();
}

QString RejectionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RejectionDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void RejectionDialog::updateButtons()
{
    // No rejection without a reason, and none longer than the server keeps.
    const qsizetype length = reason().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(length > 0 && length <= maxReason);
}

} // namespace clinic::ui
