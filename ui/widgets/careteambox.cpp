#include "careteambox.h"

#include "formwidgets.h"
#include "liveview.h"
#include "models/careteammodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

CareTeamBox::CareTeamBox(const ClientContext &context, QWidget *parent)
    : QGroupBox(tr("Care team"), parent), m_context(context)
{
    setObjectName(u"careTeamBox"_s);
    m_model = new CareTeamModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Care team"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A team is a few people: room for three without pushing the profile off the screen.
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 3 + 12);
    m_empty = new QLabel(tr("No doctor or nurse is on this patient's care team."), this);
    m_empty->setObjectName(u"careTeamEmpty"_s);
    m_empty->setWordWrap(true);

    m_staff = new QComboBox(this);
    m_staff->setAccessibleName(tr("Doctor or nurse to add"));
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_staff->setMinimumContentsLength(16);
    // Where the choice comes from, for whoever looks for someone missing.
    m_staff->setToolTip(tr("The doctors and nurses on any care team on this computer."));
    m_add = new QPushButton(tr("A&dd to team"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setToolTip(tr("They stop receiving this patient's profile and notes."));
    m_hint = new QLabel(tr("Doctors and nurses can be chosen here once one of them is on any "
                           "patient's care team on this computer."),
                        this);
    m_hint->setObjectName(u"careTeamHint"_s);
    m_hint->setWordWrap(true);
    m_message = messageLabel(this, u"careTeamMessage"_s);

    // Remove beside the team it acts on, Add beside the choice; one column of buttons.
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_list, 0, 0);
    layout->addWidget(m_empty, 0, 0);
    layout->addWidget(m_remove, 0, 1, Qt::AlignTop);
    layout->addWidget(m_staff, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->addWidget(m_hint, 2, 0, 1, 2);
    layout->addWidget(m_message, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, &CareTeamBox::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &CareTeamBox::removeSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CareTeamBox::updateButtons);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &CareTeamBox::updateButtons);
    m_live = new LiveView(this, m_context.sync);
    m_live->follow({ u"care_team"_s }, [this] { reload(); });
    // An answer from the server changes how an assignment is shown, not who can be chosen:
    // the choice is left alone (its list may be open).
    connect(m_context.sync, &SyncEngine::statusChanged, this, &CareTeamBox::reloadTeam);
}

void CareTeamBox::setPatient(const QString &patientId)
{
    // The same patient shown again (their profile synced): what was just done stays said.
    if (patientId != m_patientId)
        showMessage(m_message, QString());
    m_patientId = patientId;
    m_live->refresh();
}

void CareTeamBox::reload()
{
    reloadTeam();
    reloadChoices();
    updateButtons();
}

void CareTeamBox::reloadTeam()
{
    const QString selected =
            m_list->currentIndex().data(int(CareTeamModel::DataRole::StaffId)).toString();
    QList<CareTeamMember> team;
    if (!m_patientId.isEmpty()) {
        auto read = CareTeamRepository::teamOf(m_context.store->database(), m_patientId);
        if (!read)
            showMessage(m_message, read.error().message);
        else
            team = *read;
    }
    for (CareTeamMember &member : team) {
        auto waiting = m_context.sync->replica().isTentative(u"care_team"_s, member.id);
        member.tentative = waiting && *waiting;
    }
    m_model->setMembers(team);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->member(row)->staff.id == selected)
            m_list->setCurrentIndex(m_model->index(row));
    }
    m_list->setVisible(!team.isEmpty());
    m_empty->setVisible(team.isEmpty());
    updateButtons();
}

void CareTeamBox::reloadChoices()
{
    const QString chosen = m_staff->currentData().toString();
    m_staff->clear();
    auto known = CareTeamRepository::knownStaff(m_context.store->database());
    if (!known)
        return showMessage(m_message, known.error().message);
    QSet<QString> onTeam;
    for (int row = 0; row < m_model->rowCount(); ++row)
        onTeam.insert(m_model->member(row)->staff.id);
    for (const StaffMember &staff : *known) {
        if (!onTeam.contains(staff.id))
            m_staff->addItem(CareTeamModel::staffText(staff), staff.id);
    }
    // Giving someone a patient's records is a choice made on purpose: nobody is preselected.
    m_staff->setPlaceholderText(m_staff->count() > 0 ? tr("Choose a doctor or nurse")
                                                     : tr("No one to add"));
    m_staff->setCurrentIndex(m_staff->findData(chosen));
    // Why no one can be chosen at all, said where the user looks for someone missing.
    m_hint->setVisible(known->isEmpty());
}

void CareTeamBox::updateButtons()
{
    const bool patient = !m_patientId.isEmpty();
    m_staff->setEnabled(patient && m_staff->count() > 0);
    m_add->setEnabled(patient && m_staff->currentIndex() >= 0);
    m_remove->setEnabled(patient && m_list->selectionModel()->hasSelection());
}

void CareTeamBox::addChosen()
{
    const int index = m_staff->currentIndex();
    if (m_patientId.isEmpty() || index < 0)
        return;
    const QString staffId = m_staff->itemData(index).toString();
    auto known = CareTeamRepository::knownStaff(m_context.store->database());
    if (!known)
        return showMessage(m_message, known.error().message);
    const auto staff = std::find_if(known->cbegin(), known->cend(),
                                    [&](const StaffMember &s) { return s.id == staffId; });
    if (staff == known->cend())
        return;
    // The name and role are what this computer shows until the server writes the account's own.
    auto added = m_context.sync->submit(u"care_team.assign"_s,
                                        { { u"patient_id"_s, m_patientId },
                                          { u"staff_id"_s, staff->id },
                                          { u"staff_name"_s, staff->name },
                                          { u"staff_role"_s, staff->role } });
    if (!added)
        return showMessage(m_message, added.error().message);
    showMessage(m_message, QString()); // the team lists them, marked until confirmed
}

void CareTeamBox::removeSelected()
{
    const CareTeamMember *member = m_model->member(m_list->currentIndex().row());
    if (!member || !m_list->selectionModel()->hasSelection())
        return;
    const QString staffId = member->staff.id; // the submit reloads the model
    auto removed = m_context.sync->submit(
            u"care_team.unassign"_s,
            { { u"patient_id"_s, m_patientId }, { u"staff_id"_s, staffId } });
    if (!removed)
        return showMessage(m_message, removed.error().message);
    showMessage(m_message, QString()); // gone from the list says it
}

} // namespace clinic::ui
