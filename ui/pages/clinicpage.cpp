#include "clinicpage.h"

#include "dialogs/locationdialog.h"
#include "domain/cliniclocations.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/locationlistmodel.h"
#include "pharmacy/pharmaciesbox.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxWindowHours = 14 * 24; // the server's limit (clinicmutations.cpp)

bool isClinicChange(const QString &mutation)
{
    return mutation.startsWith(u"location.") || mutation.startsWith(u"clinic.");
}

} // namespace

ClinicPage::ClinicPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"clinicPage"_s);
    m_message = messageLabel(this, u"clinicMessage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading(tr("Clinic"), this));
    layout->addWidget(m_message);
    layout->addWidget(createLocations(), 1);
    m_pharmacies = new PharmaciesBox(m_context, this);
    layout->addWidget(m_pharmacies, 1);
    layout->addWidget(createCancellationWindow());

    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"clinic_location"_s }, [this] { reload(); });
    live->follow({ u"clinic_setting"_s }, [this] { reloadSetting(); });
    // A change's answer arrives: the "waiting for the server" marks go.
    connect(m_context.sync, &SyncEngine::statusChanged, live,
            [live] { live->changed({ u"clinic_location"_s }); });
    connect(m_context.sync, &SyncEngine::outcomeReceived, this, &ClinicPage::onOutcome);
}

QWidget *ClinicPage::createLocations()
{
    auto *box = new QGroupBox(tr("Locations"), this);
    auto *intro = new QLabel(tr("Where patients come for their visits, with opening hours and "
                                "how to reach you. Everyone using Clinic sees these."),
                             box);
    intro->setWordWrap(true);
    m_model = new LocationListModel(this);
    m_table = new QTableView(box);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Clinic locations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LocationListModel::Hours,
                                                      QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClinicPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &ClinicPage::editLocation);
    m_empty = new QLabel(tr("No locations yet. Add the clinic's first location so patients "
                            "know where to come."),
                         box);
    m_empty->setObjectName(u"clinicEmpty"_s);
    m_empty->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add location…"), box);
    m_edit = new QPushButton(tr("&Edit…"), box);
    m_remove = new QPushButton(tr("Re&move…"), box);
    connect(add, &QPushButton::clicked, this, &ClinicPage::addLocation);
    connect(m_edit, &QPushButton::clicked, this, &ClinicPage::editLocation);
    connect(m_remove, &QPushButton::clicked, this, &ClinicPage::removeLocation);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addStretch(); // takes the room while there is no table (the pharmacies share it)
    layout->addLayout(buttons);
    return box;
}

QWidget *ClinicPage::createCancellationWindow()
{
    auto *box = new QGroupBox(tr("Cancellation window"), this);
    auto *intro = new QLabel(tr("Patients can cancel or move a visit themselves until this many "
                                "hours before it starts; after that they call the clinic, and "
                                "the front desk can still change it. 0: any time."),
                             box);
    intro->setWordWrap(true);
    m_window = new QSpinBox(box);
    m_window->setAccessibleName(tr("Cancellation window in hours"));
    m_window->setRange(0, maxWindowHours);
    // "h", not "hours": no plural to get wrong ("1 hours") before a translation has one.
    m_window->setSuffix(tr(" h"));
    m_window->setSpecialValueText(tr("Any time"));
    auto *save = new QPushButton(tr("&Save window"), box);
    connect(save, &QPushButton::clicked, this, &ClinicPage::saveCancellationWindow);
    m_windowState = new QLabel(box);
    m_windowState->setObjectName(u"cancellationWindowState"_s);
    auto *label = new QLabel(tr("&Patients may cancel up to:"), box);
    label->setBuddy(m_window);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_window);
    row->addWidget(save);
    row->addSpacing(12);
    row->addWidget(m_windowState, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(row);
    return box;
}

void ClinicPage::reload()
{
    const ClinicLocation *current = selected();
    const QString keep = current ? current->id : QString();
    auto locations = ClinicLocations(m_context.store->database()).list();
    if (!locations)
        return showMessage(m_message, locations.error().message);
    QSet<QString> tentative;
    for (const ClinicLocation &location : std::as_const(*locations)) {
        auto waiting = m_context.sync->replica().isTentative(u"clinic_location"_s, location.id);
        if (waiting && *waiting)
            tentative << location.id;
    }
    m_model->setLocations(*locations, tentative);
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(row);
    m_empty->setVisible(locations->isEmpty());
    m_table->setVisible(!locations->isEmpty());
    updateButtons();
}

void ClinicPage::reloadSetting()
{
    auto hours = ClinicLocations(m_context.store->database()).cancellationWindowHours();
    if (!hours)
        return showMessage(m_message, hours.error().message);
    m_savedWindow = *hours;
    m_window->setValue(*hours);
    m_windowState->setText(*hours == 0 ? tr("Now: patients can cancel any time.")
                                       : tr("Now: until %1 h before a visit.").arg(*hours));
}

void ClinicPage::updateButtons()
{
    const bool chosen = selected() != nullptr;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

const ClinicLocation *ClinicPage::selected() const
{
    if (!m_table->selectionModel()->hasSelection())
        return nullptr;
    return m_model->location(m_table->selectionModel()->selectedRows().value(0).row());
}

Result<void> ClinicPage::submit(const QString &mutation, const QCborMap &args, const QString &done)
{
    auto submitted = m_context.sync->submit(mutation, args);
    if (!submitted)
        return submitted.error();
    showMessage(m_message,
                m_context.online() ? done
                                   : tr("%1 Saved on this computer; it goes to the clinic's "
                                        "server when it can be reached.")
                                             .arg(done),
                false);
    return {};
}

void ClinicPage::openDialog(const ClinicLocation *location)
{
    if (m_dialog)
        return m_dialog->raise();
    const bool fresh = location == nullptr;
    const auto save = [this, fresh](const ClinicLocation &changed) {
        return submit(u"location.put"_s, changed.toArgs(),
                      fresh ? tr("%1 was added.").arg(changed.name)
                            : tr("%1 was saved.").arg(changed.name));
    };
    m_dialog = new LocationDialog(location ? std::optional(*location) : std::nullopt,
                                  *m_context.clock, save, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    connect(m_dialog, &QDialog::accepted, this, &ClinicPage::reload);
    m_dialog->open(); // window-modal: the lock screen can still close it
}

void ClinicPage::addLocation()
{
    openDialog(nullptr);
}

void ClinicPage::editLocation()
{
    if (const ClinicLocation *location = selected())
        openDialog(location);
}

void ClinicPage::removeLocation()
{
    const ClinicLocation *location = selected();
    if (!location || m_removeQuestion)
        return;
    const ClinicLocation removed = *location;
    m_removeQuestion = new QMessageBox(
            QMessageBox::Question, tr("Remove %1").arg(removed.name),
            tr("Remove %1 from the clinic's locations? Patients no longer see it, and doctors "
               "can no longer list it as where they work.")
                    .arg(removed.name),
            QMessageBox::Cancel, this);
    QPushButton *confirm = m_removeQuestion->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    m_removeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_removeQuestion, &QObject::destroyed, this, [this] { m_removeQuestion = nullptr; });
    connect(m_removeQuestion, &QMessageBox::buttonClicked, this,
            [this, confirm, removed](QAbstractButton *clicked) {
                if (clicked != confirm)
                    return;
                if (auto done = submit(u"location.remove"_s, { { u"id"_s, removed.id } },
                                       tr("%1 was removed.").arg(removed.name));
                    !done)
                    return showMessage(m_message, done.error().message);
                reload();
            });
    m_removeQuestion->open();
}

void ClinicPage::saveCancellationWindow()
{
    const int hours = m_window->value();
    if (hours == m_savedWindow)
        return showMessage(m_message, tr("Nothing to save: the window is already %1 h.").arg(hours),
                           false);
    auto done = submit(
            u"clinic.set_cancellation_window"_s, { { u"hours"_s, hours } },
            hours == 0 ? tr("Patients can now cancel any time.")
                       : tr("Patients can now cancel until %1 h before a visit.").arg(hours));
    if (!done)
        return showMessage(m_message, done.error().message);
    reloadSetting();
}

void ClinicPage::onOutcome(const SyncOutcome &outcome)
{
    // Refused by the server after it was made here (another admin removed the location, this
    // account lost its rights): said where the change was made, and the rows are the server's.
    if (outcome.confirmed || !isClinicChange(outcome.name))
        return;
    showMessage(m_message, tr("The server refused a change to the clinic: %1").arg(outcome.reason));
    reload();
    reloadSetting();
}

} // namespace clinic::ui
