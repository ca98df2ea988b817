#include "mypatientspage.h"

#include "domain/accesspolicy.h"
#include "domain/careteamrepository.h"
#include "domain/patientrepository.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/patientlistmodel.h"
#include "prescriptions/patientprescriptionspanel.h"
#include "reminders/followupdialog.h"
#include "widgets/healthrecordpanel.h"
#include "widgets/notespanel.h"
#include "widgets/profileform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

MyPatientsPage::MyPatientsPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"myPatientsPage"_s);
    m_model = new PatientListModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setModelColumn(PatientListModel::Name);
    m_list->setAccessibleName(tr("My patients"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(3); // names a pointer or finger can tell apart
    m_count = new QLabel(this);
    m_count->setObjectName(u"myPatientsCount"_s);
    m_count->setWordWrap(true);

    auto *list = new QVBoxLayout;
    list->addWidget(m_count);
    list->addWidget(m_list, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(list, 2);
    columns->addWidget(detailsPane(), 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading(tr("My patients"), this));
    layout->addLayout(columns, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id =
                        current.data(int(PatientListModel::DataRole::PatientId)).toString();
                if (id.isEmpty() || id == m_selectedId)
                    return; // the same patient, listed again after a refresh
                m_selectedId = id;
                showSelected();
            });
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"patient"_s, u"care_team"_s }, [this] {
        refresh();
        showSelected(); // read-only: nothing typed here to keep
    });
}

QWidget *MyPatientsPage::detailsPane()
{
    m_details = new QStackedWidget(this);
    auto *hint = new QLabel(tr("Select a patient to see their profile and notes."), m_details);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(24);
    m_details->addWidget(hint);

    auto *patient = new QWidget(m_details);
    m_title = heading(QString(), patient, 1.15);
    m_title->setObjectName(u"myPatientTitle"_s);
    m_tabs = new QTabWidget(patient);
    m_notes = new NotesPanel(m_context, m_tabs);
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_record = new HealthRecordPanel(m_context, {}, m_tabs);
    m_tabs->addTab(m_record, tr("&Health record"));
    // The profile is for reading: whoever changes it (the patient, the front desk) has a form.
    auto *profile = new QWidget;
    m_form = new ProfileForm(profile);
    m_form->setReadOnly(true);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->addWidget(m_form);
    profileLayout->addStretch(); // the boxes keep their height; the space goes below
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(profile);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("&Profile"));
    // What this doctor prescribed for the patient, and "Prescribe…".
    m_prescriptions = new PatientPrescriptionsPanel(m_context, m_tabs);
    m_tabs->addTab(m_prescriptions, tr("P&rescriptions"));
    auto *vitals = new QPushButton(tr("Vital signs…"), patient);
    connect(vitals, &QPushButton::clicked, this, [this] { emit vitalsRequested(m_selectedId); });
    auto *title = new QHBoxLayout;
    title->addWidget(m_title, 1);
    title->addWidget(vitals);
    auto *layout = new QVBoxLayout(patient);
    layout->setContentsMargins(0, 0, 0, 0);
    // A doctor on the care team sets a follow-up reminder the patient's computer shows.
    if (AccessPolicy::access(m_context.account.role, Action::SetFollowUpReminder)
        != Access::Never) {
        auto *followUp = new QPushButton(tr("Follow-up reminder…"), patient);
        followUp->setObjectName(u"followUpButton"_s);
        followUp->setAccessibleName(tr("Set a follow-up reminder"));
        connect(followUp, &QPushButton::clicked, this, [this] {
            FollowUpDialog(m_context, m_selectedId, m_title->text(), this).exec();
        });
        title->addWidget(followUp);
    }
    layout->addLayout(title);
    layout->addWidget(m_tabs, 1);
    m_details->addWidget(patient);
    return m_details;
}

void MyPatientsPage::refresh()
{
    const QSqlDatabase db = m_context.store->database();
    auto ids = CareTeamRepository::patientsOf(db, m_context.account.accountId);
    if (!ids) {
        m_model->setPatients({});
        return m_count->setText(ids.error().message);
    }
    // The team row and the profile come in different buckets (user:, patient:), so for a
    // moment either can be here without the other: a patient is listed when both are.
    const PatientRepository patients(db);
    QList<Patient> mine;
    for (const QString &id : std::as_const(*ids)) {
        auto patient = patients.find(id);
        if (patient && patient->has_value() && !(*patient)->deleted)
            mine.append(**patient);
    }
    std::sort(mine.begin(), mine.end(), [](const Patient &a, const Patient &b) {
        const int family = QString::localeAwareCompare(a.familyName, b.familyName);
        return family != 0 ? family < 0 : QString::localeAwareCompare(a.givenName, b.givenName) < 0;
    });
    m_model->setPatients(mine);
    if (const int row = m_model->rowOf(m_selectedId); row >= 0)
        m_list->setCurrentIndex(m_model->index(row, PatientListModel::Name));
    else
        m_selectedId.clear(); // no longer on their team
    m_count->setText(mine.isEmpty() ? tr("No patients yet. The front desk adds you to a "
                                         "patient's care team; their records then arrive here.")
                                    : tr("Patients on your care team: %1").arg(mine.size()));
}

void MyPatientsPage::select(const QString &patientId)
{
    if (const int row = m_model->rowOf(patientId); row >= 0)
        m_list->setCurrentIndex(m_model->index(row, PatientListModel::Name)); // shows them
}

void MyPatientsPage::showSelected()
{
    const Patient *patient = m_model->patient(m_model->rowOf(m_selectedId));
    if (!patient) {
        m_form->setPatient(std::nullopt);
        m_notes->setPatient({});
        m_record->setPatient({});
        m_prescriptions->setPatient({});
        m_details->setCurrentIndex(0);
        return;
    }
    m_title->setText(patient->displayName());
    m_form->setPatient(*patient);
    if (m_notes->patientId() != m_selectedId)
        m_notes->setPatient(m_selectedId); // the same patient again keeps a note being written
    if (m_record->patientId() != m_selectedId)
        m_record->setPatient(m_selectedId);
    if (m_prescriptions->patientId() != m_selectedId)
        m_prescriptions->setPatient(m_selectedId);
    m_details->setCurrentIndex(1);
}

} // namespace clinic::ui
