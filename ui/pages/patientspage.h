#pragma once

#include "clientcontext.h"
#include "domain/patient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace clinic {
class PatientSearch;
}

namespace clinic::ui {

class CareTeamBox;
class HealthRecordPanel;
class PatientListModel;
class ProfileForm;

// The front desk's patient register: search by name on this computer's copy, register a new
// patient, edit the selected patient's profile and their care team. Every change goes through the
// sync engine, so all of it works offline; the list follows what sync brings in.
class PatientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PatientsPage(const ClientContext &context, QWidget *parent = nullptr);

    PatientListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ProfileForm *form() const { return m_form; }
    CareTeamBox *careTeam() const { return m_careTeam; }
    HealthRecordPanel *insurance() const { return m_insurance; }
    QString selectedId() const { return m_selectedId; }
    // True while the list does not yet show what the search box asks (a search runs).
    bool searching() const;

    // Sets the search text; the list follows when the search, on a thread of its own, answers.
    void search(const QString &text);
    void select(const QString &patientId);
    void registerPatient(); // opens the registration dialog (window-modal)
    void save();

private:
    QWidget *detailsPane();
    void refresh();
    void showFound(const QString &text, const QList<Patient> &patients,
                   const QSet<QString> &tentative);
    void showSearchError(const QString &message);
    void showSelected();
    void updateTentative();

    ClientContext m_context;
    PatientListModel *m_model = nullptr;
    PatientSearch *m_finder = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_details = nullptr; // a hint, or the form
    ProfileForm *m_form = nullptr;
    CareTeamBox *m_careTeam = nullptr;
    HealthRecordPanel *m_insurance = nullptr;
    QLabel *m_formTitle = nullptr;
    QPushButton *m_save = nullptr;
    QString m_selectedId;
};

} // namespace clinic::ui
