#include "securitypolicypage.h"

#include "formwidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clinic::ui {

SecurityPolicyPage::SecurityPolicyPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("securityPolicyPage"));
    m_requireTotp = new QCheckBox(tr("Staff must use 2-step sign-in"), this);
    m_requireTotp->setAccessibleName(m_requireTotp->text());
    m_idleLock = new QSpinBox(this);
    m_idleLock->setRange(1, 240);
    m_idleLock->setSuffix(tr(" minutes"));
    m_idleLock->setAccessibleName(tr("Lock an unused desktop after"));
    m_save = new QPushButton(tr("&Save"), this);
    m_message = messageLabel(this, QStringLiteral("policyMessage"));
    connect(m_save, &QPushButton::clicked, this, &SecurityPolicyPage::save);

    auto *explanation = new QLabel(tr("With 2-step sign-in required, staff without it are asked "
                                      "to set it up at their next sign-in before they can do "
                                      "anything else."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_requireTotp);
    form->addRow(tr("&Lock an unused desktop after:"), m_idleLock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading(tr("Security policy"), this));
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();
    refresh();
}

void SecurityPolicyPage::refresh()
{
    m_save->setEnabled(false);
    if (!m_context.online())
        return showMessage(m_message, tr("The server cannot be reached: the policy needs it."));
    m_context.accounts->securityPolicy(this, [this](const Result<SecurityPolicy> &policy) {
        if (!policy)
            return showMessage(m_message, policy.error().message);
        m_requireTotp->setChecked(policy->requireTotpForStaff);
        m_idleLock->setValue(policy->idleLockMinutes);
        m_save->setEnabled(true);
    });
}

void SecurityPolicyPage::save()
{
    m_save->setEnabled(false);
    const SecurityPolicy policy { m_requireTotp->isChecked(), m_idleLock->value() };
    m_context.accounts->setSecurityPolicy(this, policy, [this](const Result<void> &done) {
        m_save->setEnabled(true);
        if (!done)
            return showMessage(m_message, done.error().message);
        showMessage(m_message, tr("Saved. It applies from each user's next sign-in."), false);
    });
}

} // namespace clinic::ui
