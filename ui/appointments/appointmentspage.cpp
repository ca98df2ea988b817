#include "appointmentspage.h"

#include "appointmentmoves.h"
#include "call/videovisitbutton.h"
#include "formwidgets.h"
#include "liveview.h"
#include "ratevisitdialog.h"
#include "scheduling/appointment.h"
#include "scheduling/icalendar.h"
#include "util/atomicfile.h"
#include "visitcallpanel.h"
#include "visitsummarypanel.h"
#include "widgets/waitlistbox.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

AppointmentListModel::Viewer viewerFor(Role role)
{
    switch (role) {
    case Role::Patient:
        return AppointmentListModel::Viewer::Patient;
    case Role::Doctor:
        return AppointmentListModel::Viewer::Provider;
    default:
        return AppointmentListModel::Viewer::FrontDesk;
    }
}

} // namespace

AppointmentsPage::AppointmentsPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"appointmentsPage"_s);
    m_model = new AppointmentListModel(viewerFor(context.account.role), this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Appointments"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(4);
    m_empty = new QLabel(context.account.role == Role::Patient
                                 ? tr("No appointments yet. Find a doctor to book one.")
                                 : tr("No appointments yet."),
                         this);
    m_empty->setWordWrap(true);
    m_message = messageLabel(this, u"appointmentsMessage"_s);

    auto *buttons = new QHBoxLayout;
    for (const AppointmentMove &move : AppointmentMoves::forRole(context.account.role)) {
        auto *button = new QPushButton(move.label, this);
        connect(button, &QPushButton::clicked, this, [this, move] { run(move); });
        buttons->addWidget(button);
        m_moves.append({ move, button });
    }
    if (context.account.role == Role::Doctor || context.account.role == Role::FrontDesk) {
        m_propose = new QPushButton(tr("Propose another time…"), this);
        connect(m_propose, &QPushButton::clicked, this, &AppointmentsPage::proposeAnotherTime);
        buttons->insertWidget(1, m_propose);
    }
    if (context.account.role == Role::Patient || context.account.role == Role::FrontDesk) {
        m_move = new QPushButton(tr("Move to another time…"), this);
        connect(m_move, &QPushButton::clicked, this, &AppointmentsPage::moveToAnotherTime);
        buttons->insertWidget(0, m_move);
    }
    if (context.account.role == Role::Patient) {
        m_rate = new QPushButton(this);
        connect(m_rate, &QPushButton::clicked, this, &AppointmentsPage::rate);
        buttons->insertWidget(0, m_rate);
    }
    m_videoVisit = new VideoVisitButton(context.videoVisits, this);
    buttons->insertWidget(0, m_videoVisit);
    buttons->addStretch();
    m_addToCalendar = new QPushButton(tr("Add to calendar…"), this);
    auto *exportAll = new QPushButton(tr("Export upcoming…"), this);
    connect(m_addToCalendar, &QPushButton::clicked, this, [this] { askAndExport(true); });
    connect(exportAll, &QPushButton::clicked, this, [this] { askAndExport(false); });
    buttons->addWidget(m_addToCalendar);
    buttons->addWidget(exportAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Appointments"), this));
    layout->addWidget(m_empty, 1, Qt::AlignTop); // holds the page up while there is no list
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    m_summary = new VisitSummaryPanel(context, this);
    connect(m_summary, &VisitSummaryPanel::written, this, [this](const QString &error) {
        showMessage(m_message, error.isEmpty() ? tr("Summary saved.") : error, !error.isEmpty());
    });
    layout->addWidget(m_summary);
    m_calls = new VisitCallPanel(context, this);
    layout->addWidget(m_calls);
    if (context.account.role == Role::Patient || context.account.role == Role::FrontDesk) {
        m_waitlist = new WaitlistBox(context, this);
        connect(m_waitlist, &WaitlistBox::booked, this, &AppointmentsPage::select);
        layout->addWidget(m_waitlist);
    }

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId =
                        current.data(int(AppointmentListModel::DataRole::AppointmentId)).toString();
                updateButtons();
            });
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"appointment"_s, u"provider_profile"_s, u"patient"_s, u"visit_summary"_s,
                   u"visit_call"_s, u"visit_chat"_s },
                 [this] { refresh(); });
}

void AppointmentsPage::refresh()
{
    auto appointments = AppointmentRepository::list(m_context.store->database());
    if (!appointments)
        return showMessage(m_message, appointments.error().message);
    QSet<QString> tentative;
    for (const AppointmentView &a : *appointments) {
        auto waiting = m_context.sync->replica().isTentative(u"appointment"_s, a.id);
        if (waiting && *waiting)
            tentative.insert(a.id);
    }
    const QString keep = m_selectedId;
    m_model->setAppointments(*appointments, tentative);
    m_empty->setVisible(appointments->isEmpty());
    m_list->setVisible(!appointments->isEmpty());
    select(keep);
}

QString AppointmentsPage::selectedId() const
{
    return m_model->rowOf(m_selectedId) >= 0 ? m_selectedId : QString();
}

void AppointmentsPage::select(const QString &id)
{
    // A visit not listed yet (the page is hidden, so it has not read the store since) is
    // chosen when the list next reads it.
    m_selectedId = id;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    updateButtons();
}

void AppointmentsPage::updateButtons()
{
    const AppointmentView *selected = m_model->at(m_model->rowOf(m_selectedId));
    for (const auto &[move, button] : m_moves)
        button->setVisible(
                selected
                && move.allows(m_context.account.role, selected->status, selected->modality));
    m_addToCalendar->setEnabled(selected != nullptr);
    m_summary->showVisit(selected);
    m_calls->showVisit(selected);
    m_videoVisit->showVisit(selected);
    if (m_propose)
        m_propose->setVisible(selected && selected->status == u"requested");
    if (m_move)
        m_move->setVisible(
                selected && (selected->status == u"requested" || selected->status == u"confirmed"));
    if (m_rate) {
        const bool done = selected && selected->status == u"completed";
        m_rate->setVisible(done);
        if (done) {
            auto rating =
                    AppointmentRepository::ratingOf(m_context.store->database(), selected->id);
            m_rate->setText(rating && rating->has_value() ? tr("Change my rating…")
                                                          : tr("Rate this visit…"));
        }
    }
}

void AppointmentsPage::moveToAnotherTime()
{
    const AppointmentView *selected = m_model->at(m_model->rowOf(m_selectedId));
    if (!selected)
        return;
    AppointmentMoves::moveToAnotherTime(m_context, *selected, this, [this](const QString &error) {
        showMessage(m_message,
                    error.isEmpty() ? tr("Moved: the doctor will confirm the new time.") : error,
                    !error.isEmpty());
    });
}

// Stars and a few words for a completed visit; asked again, the rating is changed.
void AppointmentsPage::rate()
{
    const AppointmentView *selected = m_model->at(m_model->rowOf(m_selectedId));
    if (!selected)
        return;
    auto before = AppointmentRepository::ratingOf(m_context.store->database(), selected->id);
    const auto given = before ? before.value() : std::nullopt;
    RateVisitDialog dialog(selected->providerName, given ? given->stars : 0,
                           given ? given->comment : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto done = m_context.sync->submit(u"rating.rate"_s,
                                       { { u"appointment_id"_s, selected->id },
                                         { u"stars"_s, dialog.stars() },
                                         { u"comment"_s, dialog.comment() } });
    showMessage(m_message, done ? tr("Thank you: your rating was sent.") : done.error().message,
                !done);
    updateButtons();
}

void AppointmentsPage::proposeAnotherTime()
{
    const AppointmentView *selected = m_model->at(m_model->rowOf(m_selectedId));
    if (!selected)
        return;
    AppointmentMoves::proposeAnotherTime(m_context, *selected, this, [this](const QString &error) {
        showMessage(m_message, error);
    });
}

Result<void> AppointmentsPage::exportCalendar(const QString &path, const QStringList &ids) const
{
    const qint64 now = m_context.clock->nowMs();
    QList<CalendarEvent> events;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AppointmentView &a = *m_model->at(row);
        const auto status = AppointmentStatuses::fromName(a.status);
        const bool upcoming = a.endMs >= now && status && AppointmentStatuses::holdsTime(*status);
        if (ids.isEmpty() ? !upcoming : !ids.contains(a.id))
            continue;
        const bool confirmed = a.status == u"confirmed" || a.status == u"checked_in";
        events << CalendarEvent {
            a.id + u"@clinic"_s,
            a.startMs,
            a.endMs,
            tr("Visit: %1")
                    .arg(m_context.account.role == Role::Patient ? a.providerName : a.patientName),
            a.locationId,
            a.reason,
            a.status == u"cancelled" ? CalendarEvent::Status::Cancelled
                    : confirmed      ? CalendarEvent::Status::Confirmed
                                     : CalendarEvent::Status::Tentative
        };
    }
    return writeFileAtomically(path, toICalendar(events, now),
                               QFile::ReadOwner | QFile::WriteOwner);
}

void AppointmentsPage::askAndExport(bool selectedOnly)
{
    const QString path = QFileDialog::getSaveFileName(
            this, selectedOnly ? tr("Add to calendar") : tr("Export upcoming visits"),
            QDir::home().filePath(u"appointments.ics"_s), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    auto written =
            exportCalendar(path, selectedOnly ? QStringList { selectedId() } : QStringList());
    showMessage(m_message,
                written ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                        : written.error().message,
                !written);
}

void AppointmentsPage::run(const AppointmentMove &move)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto done = AppointmentMoves::run(*m_context.sync, move, id);
    showMessage(m_message, done ? QString() : done.error().message);
}

} // namespace clinic::ui
