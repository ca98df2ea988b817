#include "waitlistbox.h"

#include "formwidgets.h"
#include "liveview.h"
#include "models/waitlistmodel.h"
#include "util/rowid.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

WaitlistBox::WaitlistBox(const ClientContext &context, QWidget *parent)
    : QGroupBox(tr("Waiting lists"), parent), m_context(context)
{
    setObjectName(u"waitlistBox"_s);
    m_model = new WaitlistModel(context.account.role != Role::Patient, this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Waiting lists"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(2);
    m_list->setMaximumHeight(110);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_book = new QPushButton(tr("Book the time on offer"), this);
    m_leave = new QPushButton(tr("Leave the waiting list"), this);
    m_message = messageLabel(this, u"waitlistMessage"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_leave);
    buttons->addWidget(m_book);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_book, &QPushButton::clicked, this, &WaitlistBox::bookOffered);
    connect(m_leave, &QPushButton::clicked, this, &WaitlistBox::leave);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WaitlistBox::updateButtons);
    m_live = new LiveView(this, m_context.sync);
    m_live->follow({ u"waitlist_entry"_s, u"provider_profile"_s }, [this] { reload(); });
}

void WaitlistBox::reload()
{
    auto entries = WaitlistRepository::list(m_context.store->database());
    if (!entries)
        return showMessage(m_message, entries.error().message);
    const QString kept =
            m_list->currentIndex().data(int(WaitlistModel::DataRole::EntryId)).toString();
    m_model->setEntries(*entries);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->at(row)->id == kept)
            m_list->setCurrentIndex(m_model->index(row));
    }
    setVisible(!entries->isEmpty());
    updateButtons();
}

void WaitlistBox::updateButtons()
{
    const WaitlistEntryView *entry = m_model->at(m_list->currentIndex().row());
    m_book->setEnabled(entry && entry->status == u"offered");
    m_leave->setEnabled(entry != nullptr);
}

void WaitlistBox::bookOffered()
{
    const WaitlistEntryView *entry = m_model->at(m_list->currentIndex().row());
    if (!entry || entry->status != u"offered")
        return;
    const QString id = newRowId(*m_context.clock);
    QCborMap args { { u"id"_s, id },
                    { u"patient_id"_s, entry->patientId },
                    { u"provider_id"_s, entry->providerId },
                    { u"start_at"_s, entry->offeredStartMs } };
    if (!entry->modality.isEmpty())
        args.insert(u"modality"_s, entry->modality);
    auto done = m_context.sync->submit(u"appointment.request"_s, args);
    if (!done)
        return showMessage(m_message, done.error().message); // taken meanwhile, most likely
    showMessage(m_message, tr("Requested. The doctor will confirm it."), false);
    reload();
    emit booked(id);
}

void WaitlistBox::leave()
{
    const WaitlistEntryView *entry = m_model->at(m_list->currentIndex().row());
    if (!entry)
        return;
    auto done = m_context.sync->submit(u"waitlist.leave"_s, { { u"id"_s, entry->id } });
    showMessage(m_message, done ? tr("Off the waiting list.") : done.error().message, !done);
    reload();
}

} // namespace clinic::ui
