#include "incomingcalldialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

IncomingCallDialog::IncomingCallDialog(const QString &callerName, const QString &visit,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("incomingCallDialog"));
    setWindowTitle(tr("Incoming video call"));
    setModal(false);
    setWindowFlag(Qt::WindowStaysOnTopHint);

    auto *who = new QLabel(tr("%1 is calling you for your video visit.").arg(callerName), this);
    who->setObjectName(QStringLiteral("callerLabel"));
    QFont bold = who->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    who->setFont(bold);
    who->setWordWrap(true);
    auto *when = new QLabel(visit, this);
    when->setObjectName(QStringLiteral("visitLabel"));
    when->setWordWrap(true);
    when->setVisible(!visit.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("&Answer"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("answerButton"));
    m_accept->setAccessibleName(tr("Answer the video call"));
    m_accept->setDefault(true);
    m_decline = buttons->addButton(tr("&Decline"), QDialogButtonBox::RejectRole);
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_decline->setAccessibleName(tr("Decline the video call"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(when);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

} // namespace clinic::ui
