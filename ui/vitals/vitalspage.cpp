#include "vitalspage.h"

#include "formwidgets.h"
#include "vitalspanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

VitalsPage::VitalsPage(const ClientContext &context, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"vitalsPage"_s);
    m_panel = new VitalsPanel(context, this);
    m_panel->setPatient(context.account.accountId, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Vital signs"), this));
    layout->addWidget(m_panel, 1);
    connect(m_panel, &VitalsPanel::addReadingRequested, this, &VitalsPage::addReadingRequested);
}

} // namespace clinic::ui
