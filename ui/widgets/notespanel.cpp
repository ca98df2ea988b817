#include "notespanel.h"

#include "formwidgets.h"
#include "liveview.h"
#include "models/notelistmodel.h"
#include "util/rowid.h"
#include "widgets/notedelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

NotesPanel::NotesPanel(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"notesPanel"_s);
    m_input = new QPlainTextEdit(this);
    m_input->setAccessibleName(tr("New note"));
    m_input->setPlaceholderText(tr("Write a note…"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    m_add = new QPushButton(tr("&Add note"), this);
    m_message = messageLabel(this, u"notesMessage"_s);
    m_model = new NoteListModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust); // notes wrap again when the list resizes
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);

    m_list->setItemDelegate(new NoteDelegate(m_list));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::add);
    connect(m_input, &QPlainTextEdit::textChanged, this, &NotesPanel::updateButton);
    m_live = new LiveView(this, m_context.sync);
    m_live->follow({ u"note"_s }, [this] { reload(); });
    updateButton();
}

void NotesPanel::setPatient(const QString &patientId)
{
    // Another patient's notes never show, not even until this panel is next read.
    if (patientId != m_patientId)
        m_model->setNotes({});
    m_patientId = patientId;
    m_input->clear();
    showMessage(m_message, QString());
    m_live->refresh();
}

void NotesPanel::updateButton()
{
    m_add->setEnabled(!m_patientId.isEmpty() && !m_input->toPlainText().trimmed().isEmpty());
    m_input->setEnabled(!m_patientId.isEmpty());
}

void NotesPanel::reload()
{
    updateButton();
    if (m_patientId.isEmpty())
        return m_model->setNotes({});
    auto notes = NoteRepository::notesOf(m_context.store->database(), m_patientId);
    if (!notes)
        return showMessage(m_message, notes.error().message);
    for (PatientNote &note : *notes) {
        auto tentative = m_context.sync->replica().isTentative(u"note"_s, note.id);
        note.tentative = tentative && *tentative;
    }
    m_model->setNotes(*notes);
}

void NotesPanel::add()
{
    const QCborMap args { { u"id"_s, newRowId(*m_context.clock) },
                          { u"patient_id"_s, m_patientId },
                          { u"body"_s, m_input->toPlainText() } };
    auto added = m_context.sync->submit(u"note.add"_s, args);
    if (!added)
        return showMessage(m_message, added.error().message);
    m_input->clear();
    showMessage(m_message, QString()); // the engine's dataChanged shows the note
}

} // namespace clinic::ui
