#include "patientprescriptionspanel.h"

#include "formwidgets.h"
#include "liveview.h"
#include "prescriptions/prescribedialog.h"
#include "prescriptions/prescriptionlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

PatientPrescriptionsPanel::PatientPrescriptionsPanel(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"patientPrescriptionsPanel"_s);
    m_message = messageLabel(this, u"patientPrescriptionsMessage"_s);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("What you prescribed for this patient, and where it stands at "
                                "the pharmacy."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    if (context.account.role == Role::Doctor) {
        m_prescribe = new QPushButton(tr("Prescribe…"), this);
        m_prescribe->setObjectName(u"prescribeButton"_s);
        m_prescribe->setAccessibleName(tr("Write a prescription for this patient"));
        connect(m_prescribe, &QPushButton::clicked, this, &PatientPrescriptionsPanel::prescribe);
        top->addWidget(m_prescribe);
    }
    m_model = new PrescriptionListModel(PrescriptionListModel::Person::Prescriber, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"patientPrescriptions"_s);
    m_table->setAccessibleName(tr("Prescriptions"));
    m_model->showIn(m_table);
    m_table->hideColumn(PrescriptionListModel::Who);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    m_live = new LiveView(this, context.sync);
    m_live->follow({ u"prescription"_s, u"prescription_fill"_s, u"pharmacy"_s },
                   [this] { reload(); });
}

void PatientPrescriptionsPanel::setPatient(const QString &patientId)
{
    m_patientId = patientId;
    if (m_prescribe)
        m_prescribe->setEnabled(!patientId.isEmpty());
    m_live->refresh();
}

void PatientPrescriptionsPanel::reload()
{
    if (m_patientId.isEmpty())
        return m_model->setPrescriptions({});
    auto list = PrescriptionRepository::ofPrescriber(m_context.store->database(),
                                                     m_context.account.accountId, m_patientId);
    if (!list)
        return showMessage(m_message, list.error().message);
    showMessage(m_message, {});
    m_model->setPrescriptions(*list);
}

void PatientPrescriptionsPanel::prescribe()
{
    if (m_patientId.isEmpty())
        return;
    PrescribeDialog dialog(m_context, m_patientId, this);
    if (m_submit)
        dialog.setSubmitter(m_submit);
    dialog.exec();
}

} // namespace clinic::ui
