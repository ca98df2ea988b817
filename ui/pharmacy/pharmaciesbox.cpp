#include "pharmaciesbox.h"

#include "formwidgets.h"
#include "liveview.h"
#include "pharmacy/prescriptionrepository.h"
#include "pharmacydialogs.h"
#include "pharmacymodels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

PharmaciesBox::PharmaciesBox(const ClientContext &context, QWidget *parent)
    : QGroupBox(tr("Pharmacies"), parent), m_context(context)
{
    setObjectName(u"pharmaciesBox"_s);
    m_submit = [sync = context.sync](const QString &name, const QCborMap &args) {
        return sync->submit(name, args);
    };
    auto *intro = new QLabel(tr("The pharmacies prescriptions are sent to, and the pharmacists "
                                "who work at each. Patients choose theirs; an inactive pharmacy "
                                "takes no new prescriptions."),
                             this);
    intro->setWordWrap(true);
    m_model = new PharmacyListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"pharmacies"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Pharmacies"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(tr("No pharmacies yet. Add one so doctors can send prescriptions to it."),
                         this);
    m_empty->setWordWrap(true);
    m_message = messageLabel(this, u"pharmaciesMessage"_s);
    auto *add = new QPushButton(tr("Add &pharmacy…"), this);
    m_edit = new QPushButton(tr("Edit p&harmacy…"), this);
    m_assignButton = new QPushButton(tr("Assign a pharma&cist…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_assignButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &PharmaciesBox::addPharmacy);
    connect(m_edit, &QPushButton::clicked, this, &PharmaciesBox::editPharmacy);
    connect(m_assignButton, &QPushButton::clicked, this, &PharmaciesBox::assignPharmacist);
    connect(m_table, &QTableView::doubleClicked, this, &PharmaciesBox::editPharmacy);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PharmaciesBox::updateButtons);
    connect(m_context.sync, &SyncEngine::outcomeReceived, this, [this](const SyncOutcome &o) {
        if (!o.confirmed && o.name.startsWith(u"pharmacy."))
            showMessage(m_message, tr("The server refused a change: %1").arg(o.reason));
    });
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"pharmacy"_s, u"pharmacy_member"_s }, [this] { reload(); });
    updateButtons();
}

void PharmaciesBox::reload()
{
    const QSqlDatabase db = m_context.store->database();
    const PharmacyInfo *current = m_model->pharmacy(m_table->currentIndex().row());
    const QString keep = current ? current->id : QString();
    auto pharmacies = PrescriptionRepository::pharmacies(db);
    auto members = PrescriptionRepository::pharmacyMembers(db);
    if (!pharmacies || !members)
        return showMessage(m_message,
                           !pharmacies ? pharmacies.error().message : members.error().message);
    m_empty->setVisible(pharmacies->isEmpty());
    m_table->setVisible(!pharmacies->isEmpty());
    m_model->setPharmacies(std::move(*pharmacies), *members);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void PharmaciesBox::updateButtons()
{
    m_edit->setEnabled(m_table->selectionModel()->hasSelection());
    m_assignButton->setEnabled(m_model->rowCount() > 0);
}

void PharmaciesBox::openDialog(bool fresh)
{
    if (m_dialog)
        return m_dialog->raise();
    const PharmacyInfo *selected =
            fresh ? nullptr : m_model->pharmacy(m_table->currentIndex().row());
    if (!fresh && !selected)
        return;
    m_dialog = new PharmacyDialog(selected ? std::optional(*selected) : std::nullopt,
                                  *m_context.clock, m_submit, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    connect(m_dialog, &QDialog::accepted, this, [this] {
        showMessage(m_message,
                    m_context.online() ? tr("Pharmacy saved.")
                                       : tr("Pharmacy saved on this computer; it goes to the "
                                            "clinic's server when it can be reached."),
                    false);
    });
    m_dialog->open();
}

void PharmaciesBox::addPharmacy()
{
    openDialog(true);
}

void PharmaciesBox::editPharmacy()
{
    openDialog(false);
}

void PharmaciesBox::assignPharmacist()
{
    if (m_assign)
        return m_assign->raise();
    const QSqlDatabase db = m_context.store->database();
    auto pharmacies = PrescriptionRepository::pharmacies(db);
    if (!pharmacies)
        return showMessage(m_message, pharmacies.error().message);
    const PharmacyInfo *selected = m_model->pharmacy(m_table->currentIndex().row());
    m_assign = new AssignPharmacistDialog(*pharmacies, selected ? selected->id : QString(),
                                          m_submit, this);
    m_assign->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_assign, &QObject::destroyed, this, [this] { m_assign = nullptr; });
    connect(m_assign, &QDialog::accepted, this,
            [this] { showMessage(m_message, tr("Pharmacist assigned."), false); });
    // Those already assigned, then every pharmacist account the server lists.
    QList<AssignPharmacistDialog::Pharmacist> known;
    if (auto members = PrescriptionRepository::pharmacyMembers(db); members) {
        for (const PharmacyMemberInfo &m : std::as_const(*members))
            known.append({ m.staffId, m.staffName });
    }
    m_assign->addPharmacists(known);
    if (m_context.accounts && m_context.online()) {
        QPointer<AssignPharmacistDialog> dialog = m_assign;
        m_context.accounts->listAccounts(m_assign, [dialog](const Result<QList<Account>> &listed) {
            if (!dialog || !listed)
                return;
            QList<AssignPharmacistDialog::Pharmacist> pharmacists;
            for (const Account &a : *listed) {
                if (a.role == Role::Pharmacist && a.status == AccountStatus::Active)
                    pharmacists.append({ a.id, a.displayName });
            }
            dialog->addPharmacists(pharmacists);
        });
    }
    m_assign->open();
}

} // namespace clinic::ui
