#include "profilepage.h"

#include "domain/patientrepository.h"
#include "formwidgets.h"
#include "liveview.h"
#include "widgets/healthrecordpanel.h"
#include "widgets/notespanel.h"
#include "widgets/profileform.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

ProfilePage::ProfilePage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"profilePage"_s);
    m_form = new ProfileForm(this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("&Undo my edits"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *left = new QVBoxLayout;
    left->addWidget(m_form);
    left->addLayout(buttons);
    left->addStretch();

    // The record's lists and the notes, for the patient and their care team.
    auto *right = new QTabWidget(this);
    m_record = new HealthRecordPanel(context, {}, right);
    right->addTab(m_record, tr("&Health record"));
    auto *notesTab = new QWidget(right);
    auto *intro = new QLabel(tr("Notes on your record, for you and your care team."), notesTab);
    intro->setWordWrap(true);
    m_notes = new NotesPanel(context, notesTab);
    auto *notesLayout = new QVBoxLayout(notesTab);
    notesLayout->addWidget(intro);
    notesLayout->addWidget(m_notes, 1);
    right->addTab(notesTab, tr("&Notes"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(left, 5);
    columns->addWidget(right, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading(tr("My profile"), this));
    layout->addLayout(columns, 1);

    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfilePage::reload);
    m_live = new LiveView(this, m_context.sync);
    // What the user is typing wins; the server's version shows once they save or undo.
    m_live->follow({ u"patient"_s }, [this] {
        if (followsServer())
            reload();
    });
    connect(m_context.sync, &SyncEngine::statusChanged, this, &ProfilePage::onStatusChanged);
    m_notes->setPatient(m_context.account.accountId);
    m_record->setPatient(m_context.account.accountId);
}

bool ProfilePage::followsServer() const
{
    return !m_form->isModified() || (!m_proposal.isEmpty() && m_form->changes() == m_proposal);
}

void ProfilePage::onStatusChanged()
{
    updateTentative();
    // The first sync has landed: if it brought no record, the profile is the patient's to create.
    if (m_awaitingFirstSync && m_context.sync->status().lastSyncAt != 0)
        m_live->changed({ u"patient"_s });
}

void ProfilePage::reload()
{
    const PatientRepository patients(m_context.store->database());
    auto mine = patients.find(m_context.account.accountId);
    if (!mine)
        return m_form->showError(mine.error().message);
    const bool exists = mine->has_value() && !(*mine)->deleted;
    m_form->setPatient(exists ? *mine : std::nullopt);
    m_proposal = {};
    // Before this computer's first sync, a missing record says nothing: the server may have
    // it. Offering to create it then could overwrite it with blanks.
    m_awaitingFirstSync = !exists && m_context.sync->status().lastSyncAt == 0;
    m_form->setReadOnly(m_awaitingFirstSync);
    m_save->setEnabled(!m_awaitingFirstSync);
    m_revert->setEnabled(!m_awaitingFirstSync);
    if (m_awaitingFirstSync) {
        m_form->showNotice(m_context.online()
                                   ? tr("Your details are on their way from the clinic.")
                                   : tr("Your details arrive from the clinic when the server "
                                        "can be reached."));
    } else if (!exists) {
        // Not saved yet: the names the account was made with are a starting point to check.
        const QString name = m_context.account.displayName.trimmed();
        const qsizetype space = name.lastIndexOf(u' ');
        if (space > 0)
            m_form->proposeNames(name.left(space), name.mid(space + 1));
        m_proposal = m_form->changes();
        m_form->showNotice(tr("Check your details and save them to create your profile."));
    }
    updateTentative();
}

void ProfilePage::updateTentative()
{
    auto waiting = m_context.sync->replica().isTentative(u"patient"_s, m_context.account.accountId);
    m_form->setTentative(waiting && *waiting);
}

void ProfilePage::save()
{
    QCborMap args = m_form->changes();
    if (args.isEmpty())
        return m_form->showNotice(tr("Nothing to save: your details are as they were."));
    args.insert(u"id"_s, m_context.account.accountId);
    auto saved = m_context.sync->submit(u"patient.update"_s, args);
    if (!saved)
        return m_form->showError(saved.error().message);
    reload();
    m_form->showNotice(m_context.online()
                               ? tr("Saved.")
                               : tr("Saved on this computer; it goes to the clinic when the "
                                    "server can be reached."));
}

} // namespace clinic::ui
