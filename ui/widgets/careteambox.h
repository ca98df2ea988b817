#pragma once

#include "clientcontext.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace clinic::ui {

class LiveView;
class CareTeamModel;

// The front desk's view of one patient's care team: who is on it, adding a doctor or nurse
// (care_team.assign) and removing one (care_team.unassign). Being on the team is what gives
// a doctor or nurse the patient's profile and notes, so both take effect at the server.
// The front desk cannot list accounts: the choice offers the doctors and nurses already on a
// care team in this store (CareTeamRepository::knownStaff).
class CareTeamBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CareTeamBox(const ClientContext &context, QWidget *parent = nullptr);

    void setPatient(const QString &patientId); // empty: no patient
    void reload();
    void addChosen(); // assigns the staff member chosen in staffChoice()
    void removeSelected();

    CareTeamModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QComboBox *staffChoice() const { return m_staff; }

private:
    void reloadTeam();
    void reloadChoices();
    void updateButtons();

    ClientContext m_context;
    LiveView *m_live = nullptr; // reads when shown
    QString m_patientId;
    CareTeamModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QComboBox *m_staff = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
