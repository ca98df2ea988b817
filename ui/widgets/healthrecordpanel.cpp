#include "healthrecordpanel.h"

#include "dialogs/healthitemdialog.h"
#include "domain/accesspolicy.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/healthitemmodel.h"
#include "util/rowid.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

HealthRecordPanel::HealthRecordPanel(const ClientContext &context, const QStringList &tables,
                                     QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"healthRecordPanel"_s);
    m_tabs = new QTabWidget(this);
    for (const HealthItemKind &kind : HealthItemKind::all()) {
        if (tables.isEmpty() || tables.contains(kind.table))
            m_tabs->addTab(listTab(kind.table), kind.title);
    }
    m_message = messageLabel(this, u"healthRecordMessage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    const QList<QString> shown = m_lists.keys();
    m_live = new LiveView(this, m_context.sync);
    m_live->follow(QSet<QString>(shown.cbegin(), shown.cend()), [this] { reload(); });
}

QWidget *HealthRecordPanel::listTab(const QString &table)
{
    const HealthItemKind &kind = *HealthItemKind::find(table);
    auto *tab = new QWidget(m_tabs);
    auto *model = new HealthItemModel(kind, this);
    auto *view = new QTableView(tab);
    view->setModel(model);
    view->setAccessibleName(kind.title);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    m_lists.insert(table, { model, view });

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    if (!canEdit(table))
        return tab;
    auto *add = new QPushButton(kind.addLabel, tab);
    auto *edit = new QPushButton(tr("Edit…"), tab);
    auto *remove = new QPushButton(tr("Remove"), tab);
    edit->setEnabled(false);
    remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, table] { addOrEdit(table, -1); });
    connect(edit, &QPushButton::clicked, this,
            [this, table, view] { addOrEdit(table, view->currentIndex().row()); });
    connect(view, &QTableView::doubleClicked, this,
            [this, table](const QModelIndex &index) { addOrEdit(table, index.row()); });
    connect(remove, &QPushButton::clicked, this,
            [this, table, view] { this->remove(table, view->currentIndex().row()); });
    const auto selected = [edit, remove, view] {
        const bool any = view->selectionModel()->hasSelection();
        edit->setEnabled(any);
        remove->setEnabled(any);
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selected);
    connect(model, &QAbstractItemModel::modelReset, this, selected);
    return tab;
}

// The patient themself, or staff whose role may change this list (the data is only here
// when they look after the patient, or keep the register).
bool HealthRecordPanel::canEdit(const QString &table) const
{
    const Action action =
            table == u"insurance_policy" ? Action::EditPatientProfile : Action::EditHealthRecord;
    const Ownership ownership =
            m_context.account.role == Role::Patient ? Ownership::Own : Ownership::Assigned;
    return AccessPolicy::permits(m_context.account.role, action, ownership);
}

void HealthRecordPanel::setPatient(const QString &patientId)
{
    // Another patient's record never shows, not even until this panel is next read.
    if (patientId != m_patientId) {
        for (const List &list : std::as_const(m_lists))
            list.model->load(m_context.store->database(), {});
    }
    m_patientId = patientId;
    showMessage(m_message, {}, false);
    m_live->refresh();
}

void HealthRecordPanel::reload()
{
    for (const List &list : std::as_const(m_lists)) {
        if (!list.model->load(m_context.store->database(), m_patientId))
            showMessage(m_message, tr("The record could not be read from this computer."));
    }
}

HealthItemModel *HealthRecordPanel::model(const QString &table) const
{
    return m_lists.value(table).model;
}

QTableView *HealthRecordPanel::view(const QString &table) const
{
    return m_lists.value(table).view;
}

QString HealthRecordPanel::lastMessage() const
{
    return m_message->text();
}

void HealthRecordPanel::addOrEdit(const QString &table, int row)
{
    const List list = m_lists.value(table);
    if (!list.model || m_patientId.isEmpty())
        return;
    const QCborMap *item = list.model->item(row);
    HealthItemDialog dialog(list.model->kind(), item ? *item : QCborMap(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QCborMap args = dialog.values();
    args.insert(u"id"_s, item ? item->value(u"id"_s).toString() : newRowId(*m_context.clock));
    submit(list.model->kind().mutationPrefix + u".put", args);
}

void HealthRecordPanel::remove(const QString &table, int row)
{
    const List list = m_lists.value(table);
    const QCborMap *item = list.model ? list.model->item(row) : nullptr;
    if (!item)
        return;
    submit(list.model->kind().mutationPrefix + u".remove",
           { { u"id"_s, item->value(u"id"_s).toString() } });
}

void HealthRecordPanel::submit(const QString &name, QCborMap args)
{
    args.insert(u"patient_id"_s, m_patientId);
    auto done = m_context.sync->submit(name, args);
    if (!done)
        return showMessage(m_message, done.error().message);
    reload();
    showMessage(m_message,
                m_context.online() ? tr("Saved.")
                                   : tr("Saved on this computer; it goes to the clinic when the "
                                        "server can be reached."),
                false);
}

} // namespace clinic::ui
