#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QTabWidget;

namespace clinic::ui {

class HealthRecordPanel;
class NotesPanel;
class PatientPrescriptionsPanel;
class PatientListModel;
class ProfileForm;

// A doctor's or nurse's patients: those whose care team they are on, which is exactly whose
// profiles and notes the server sends them. The selected patient's profile is shown read-only
// and their notes can be added to. Follows sync: a patient assigned appears, one removed
// from the team goes (with their records, which the server takes back).
class MyPatientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyPatientsPage(const ClientContext &context, QWidget *parent = nullptr);

    PatientListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    ProfileForm *form() const { return m_form; }
    NotesPanel *notes() const { return m_notes; }
    HealthRecordPanel *record() const { return m_record; }
    PatientPrescriptionsPanel *prescriptions() const { return m_prescriptions; }
    QString selectedId() const { return m_selectedId; }

    void select(const QString &patientId);

signals:
    // "Vital signs…": the selected patient's chart and readings (the Monitoring page's).
    void vitalsRequested(const QString &patientId);

private:
    QWidget *detailsPane();
    void refresh();
    void showSelected();

    ClientContext m_context;
    PatientListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_details = nullptr; // a hint, or the patient
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProfileForm *m_form = nullptr;
    NotesPanel *m_notes = nullptr;
    HealthRecordPanel *m_record = nullptr;
    PatientPrescriptionsPanel *m_prescriptions = nullptr;
    QString m_selectedId;
};

} // namespace clinic::ui
