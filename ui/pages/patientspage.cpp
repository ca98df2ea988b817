#include "patientspage.h"

#include "dialogs/registerpatientdialog.h"
#include "domain/patientrepository.h"
#include "domain/patientsearch.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/patientlistmodel.h"
#include "widgets/careteambox.h"
#include "widgets/healthrecordpanel.h"
#include "widgets/profileform.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int maxListed = 200; // a name search, not a listing of the register
}

PatientsPage::PatientsPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"patientsPage"_s);
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setToolTip(tr("The start of each name is enough: “ann smi” finds Ann Smithers."));
    m_search->setClearButtonEnabled(true);
    auto *registerButton = new QPushButton(tr("&Register patient…"), this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"patientsCount"_s);

    m_model = new PatientListModel(this);
    // Off the window's thread: a first letter matches a fifth of a big register.
    m_finder = new PatientSearch(m_context.store, maxListed, this);
    connect(m_finder, &PatientSearch::found, this, &PatientsPage::showFound);
    connect(m_finder, &PatientSearch::failed, this,
            [this](const QString &, const QString &message) { showSearchError(message); });
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Patients found"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(64); // empty columns stay readable
    // Sized from the first rows, not all 200 a search may list: measured on ui_bench's register,
    // all of them took 1.8 ms of the window's time per answer, the first 50 0.5 ms.
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->horizontalHeader()->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(registerButton);
    auto *list = new QVBoxLayout;
    list->addLayout(top);
    list->addWidget(m_count);
    list->addWidget(m_table, 1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(list, 1);
    columns->addWidget(detailsPane(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading(tr("Patients"), this));
    layout->addLayout(columns, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::refresh);
    connect(registerButton, &QPushButton::clicked, this, &PatientsPage::registerPatient);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id =
                        current.data(int(PatientListModel::DataRole::PatientId)).toString();
                if (id.isEmpty() || id == m_selectedId)
                    return; // the same patient, listed again after a refresh
                m_selectedId = id;
                showSelected();
            });
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"patient"_s }, [this] {
        refresh();
        // What the user is typing wins; the server's version shows once they save or undo.
        if (!m_selectedId.isEmpty() && !m_form->isModified())
            showSelected();
    });
    connect(m_context.sync, &SyncEngine::statusChanged, this, &PatientsPage::updateTentative);
}

QWidget *PatientsPage::detailsPane()
{
    m_details = new QStackedWidget(this);
    auto *hint = new QLabel(tr("Find a patient by name and select them to see and edit their "
                               "details, or register a new patient."),
                            m_details);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(24);
    m_details->addWidget(hint);

    // The profile and the care team are taller than a small screen: they scroll, rather than
    // making the window taller than the screen.
    auto *scroll = new QScrollArea(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *editor = new QWidget;
    m_formTitle = heading(QString(), editor, 1.15);
    m_formTitle->setObjectName(u"patientTitle"_s);
    m_form = new ProfileForm(editor);
    m_save = new QPushButton(tr("&Save changes"), editor);
    auto *revert = new QPushButton(tr("&Undo edits"), editor);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formTitle);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    m_careTeam = new CareTeamBox(m_context, editor);
    layout->addWidget(m_careTeam);
    // The desk keeps insurance for billing; the clinical lists are the care team's.
    auto *insuranceBox = new QGroupBox(tr("Insurance"), editor);
    m_insurance = new HealthRecordPanel(m_context, { u"insurance_policy"_s }, insuranceBox);
    m_insurance->tabs()->tabBar()->hide();
    m_insurance->setMinimumHeight(180);
    auto *insuranceLayout = new QVBoxLayout(insuranceBox);
    insuranceLayout->addWidget(m_insurance);
    layout->addWidget(insuranceBox);
    layout->addStretch();
    scroll->setWidget(editor);
    // Only up and down: as wide as the editor needs with the scroll bar beside it.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(editor->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width());
    m_details->addWidget(scroll);
    connect(m_save, &QPushButton::clicked, this, &PatientsPage::save);
    connect(revert, &QPushButton::clicked, this, &PatientsPage::showSelected);
    return m_details;
}

void PatientsPage::search(const QString &text)
{
    m_search->setText(text); // refreshes
}

bool PatientsPage::searching() const
{
    return m_finder->busy();
}

// Asks; the list changes when the answer comes (showFound), for the text then in the box.
void PatientsPage::refresh()
{
    m_finder->search(m_search->text());
}

void PatientsPage::showFound(const QString &text, const QList<Patient> &patients,
                             const QSet<QString> &tentative)
{
    m_model->setPatients(patients, tentative);
    if (const int row = m_model->rowOf(m_selectedId); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, PatientListModel::Name));

    if (text.trimmed().isEmpty())
        m_count->setText(tr("Type a name to find a patient."));
    else if (patients.isEmpty())
        m_count->setText(tr("No patient by that name on this computer."));
    else if (patients.size() >= maxListed)
        m_count->setText(tr("The first %1 patients found; type more of the name.").arg(maxListed));
    else
        m_count->setText(tr("Patients found: %1").arg(patients.size()));
}

void PatientsPage::showSearchError(const QString &message)
{
    m_model->setPatients({});
    m_count->setText(message);
}

void PatientsPage::select(const QString &patientId)
{
    m_selectedId = patientId;
    if (const int row = m_model->rowOf(patientId); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, PatientListModel::Name));
    showSelected();
}

void PatientsPage::showSelected()
{
    const PatientRepository patients(m_context.store->database());
    auto patient = patients.find(m_selectedId);
    if (!patient || !patient->has_value() || (*patient)->deleted) {
        m_careTeam->setPatient({});
        m_insurance->setPatient({});
        m_details->setCurrentIndex(0);
        return;
    }
    m_formTitle->setText((*patient)->displayName());
    m_form->setPatient(*patient);
    m_careTeam->setPatient(m_selectedId);
    m_insurance->setPatient(m_selectedId);
    m_details->setCurrentIndex(1);
    updateTentative();
}

void PatientsPage::updateTentative()
{
    if (m_selectedId.isEmpty())
        return;
    auto waiting = m_context.sync->replica().isTentative(u"patient"_s, m_selectedId);
    m_form->setTentative(waiting && *waiting);
}

void PatientsPage::save()
{
    QCborMap args = m_form->changes();
    if (args.isEmpty())
        return m_form->showNotice(tr("Nothing to save: no detail was changed."));
    args.insert(u"id"_s, m_selectedId);
    auto saved = m_context.sync->submit(u"patient.update"_s, args);
    if (!saved)
        return m_form->showError(saved.error().message);
    showSelected();
    m_form->showNotice(m_context.online() ? tr("Saved.")
                                          : tr("Saved on this computer; it goes to the clinic "
                                               "when the server can be reached."));
}

void PatientsPage::registerPatient()
{
    auto *dialog = new RegisterPatientDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Show the newcomer: searched for by name, selected, ready for more details.
        const QString id = dialog->registeredId();
        const QCborMap names = dialog->form()->changes();
        search(names.value(u"family_name"_s).toString() + u' '
               + names.value(u"given_name"_s).toString());
        select(id);
    });
    dialog->open();
}

} // namespace clinic::ui
