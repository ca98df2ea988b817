#include "schedulepage.h"

#include "domain/providerdirectory.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/appointmentlistmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> scheduleTables { u"appointment"_s,       u"provider_profile"_s,
                                     u"patient"_s,           u"provider_busy"_s,
                                     u"availability_rule"_s, u"availability_exception"_s };

QString timeOf(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"HH:mm"_s);
}

} // namespace

SchedulePage::SchedulePage(const ClientContext &context, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_context(context), m_clock(clock)
{
    setObjectName(u"schedulePage"_s);
    m_model = new DeskScheduleModel(this);
    m_grid = new QTableView(this);
    m_grid->setModel(m_model);
    m_grid->setAccessibleName(tr("Schedule"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(170);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    // Room around each name, so a busy day still reads at a glance.
    m_grid->setStyleSheet(u"QTableView::item { padding: 4px 8px; }"_s);
    m_title = heading(QString(), this, 1.15);
    m_title->setObjectName(u"scheduleTitle"_s);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_selection = new QLabel(this);
    m_selection->setObjectName(u"scheduleSelection"_s);
    m_selection->setWordWrap(true);
    m_message = messageLabel(this, u"scheduleMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Schedule"), this));
    layout->addLayout(createToolbar());
    layout->addWidget(m_empty, 1, Qt::AlignTop); // holds the page up while there is no grid
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_selection);
    layout->addLayout(createActions());
    layout->addWidget(m_message);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId =
                        current.data(int(DeskScheduleModel::DataRole::AppointmentId)).toString();
                updateActions();
            });
    m_day = today(); // read when the page first shows
    auto *live = new LiveView(this, m_context.sync);
    live->follow(scheduleTables, [this] { refresh(); });
    // Free times pass, and so does the hour a visit may be marked missed.
    connect(&m_minutely, &QTimer::timeout, live, &LiveView::refresh);
    m_minutely.start(std::chrono::minutes(1));
}

QLayout *SchedulePage::createToolbar()
{
    m_dayButton = new QPushButton(tr("Day"), this);
    m_weekButton = new QPushButton(tr("Week"), this);
    auto *spans = new QButtonGroup(this);
    for (QPushButton *button : { m_dayButton, m_weekButton }) {
        button->setCheckable(true);
        spans->addButton(button);
    }
    m_dayButton->setChecked(true);
    auto *previous = new QPushButton(tr("‹ Previous"), this);
    auto *todayButton = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(tr("Next ›"), this);
    m_showCancelled = new QCheckBox(tr("Show cancelled"), this);
    auto *book = new QPushButton(tr("Book a visit…"), this);
    connect(m_dayButton, &QPushButton::clicked, this, [this] { setSpan(Span::Day); });
    connect(m_weekButton, &QPushButton::clicked, this, [this] { setSpan(Span::Week); });
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(todayButton, &QPushButton::clicked, this, &SchedulePage::showToday);
    connect(m_showCancelled, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setShowCancelled(show);
        select(m_selectedId);
    });
    connect(book, &QPushButton::clicked, this, &SchedulePage::bookRequested);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_dayButton);
    row->addWidget(m_weekButton);
    row->addSpacing(18);
    row->addWidget(previous);
    row->addWidget(todayButton);
    row->addWidget(next);
    row->addSpacing(18);
    row->addWidget(m_title, 1);
    row->addWidget(m_showCancelled);
    row->addSpacing(12);
    row->addWidget(book);
    return row;
}

QLayout *SchedulePage::createActions()
{
    auto *row = new QHBoxLayout;
    for (const AppointmentMove &move : AppointmentMoves::forRole(m_context.account.role)) {
        auto *button = new QPushButton(move.label, this);
        connect(button, &QPushButton::clicked, this, [this, move] { run(move); });
        if (qstrcmp(move.mutation, "appointment.cancel") == 0)
            row->addSpacing(24); // apart from the day's moves: it cannot be undone
        row->addWidget(button);
        m_moves.append({ move, button });
    }
    row->addStretch();
    return row;
}

QDate SchedulePage::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_model->timeZone()).date();
}

void SchedulePage::setSpan(Span span)
{
    m_span = span;
    (span == Span::Day ? m_dayButton : m_weekButton)->setChecked(true);
    refresh();
}

void SchedulePage::showDay(QDate day)
{
    m_day = day;
    refresh();
}

void SchedulePage::showToday()
{
    showDay(today());
}

void SchedulePage::step(int direction)
{
    showDay(m_day.addDays(direction * (m_span == Span::Day ? 1 : 7)));
}

void SchedulePage::showAppointment(const QString &id)
{
    auto found = AppointmentRepository::find(m_context.store->database(), id);
    if (!found || !found->has_value())
        return;
    m_selectedId = id;
    showDay(QDateTime::fromMSecsSinceEpoch((*found)->startMs, m_model->timeZone()).date());
}

// Each provider's free times from now on, for a day; a week shows its visits only, which is
// what fits.
QList<DeskScheduleModel::ProviderTimes> SchedulePage::providerTimes(qint64 fromMs, qint64 toMs)
{
    ProviderDirectory directory(m_context.store->database());
    ProviderQuery everyone;
    everyone.limit = 1000;
    auto providers = directory.search(everyone);
    if (!providers) {
        showMessage(m_message, providers.error().message);
        return {};
    }
    QList<DeskScheduleModel::ProviderTimes> times;
    const qint64 notBefore = std::max(fromMs, m_clock.nowMs());
    for (const ProviderHit &provider : *providers) {
        DeskScheduleModel::ProviderTimes entry { provider.id, provider.name, {} };
        if (m_span == Span::Day && notBefore < toMs) {
            auto free = directory.freeSlotsOf(provider.id, notBefore, toMs);
            if (free)
                entry.free = *free;
        }
        times << entry;
    }
    return times;
}

void SchedulePage::refresh()
{
    const auto [from, to] = m_model->rangeOf(m_day, m_span);
    auto appointments = AppointmentRepository::between(m_context.store->database(), from, to);
    if (!appointments)
        return showMessage(m_message, appointments.error().message);
    QSet<QString> tentative;
    for (const AppointmentView &a : *appointments) {
        auto waiting = m_context.sync->replica().isTentative(u"appointment"_s, a.id);
        if (waiting && *waiting)
            tentative.insert(a.id);
    }
    const QString keep = m_selectedId;
    // The same day again (a sync, the minute): the grid stays where the user scrolled it.
    const bool sameSpan = from == m_shownFrom && to == m_shownTo;
    const QPoint scrolled(m_grid->horizontalScrollBar()->value(),
                          m_grid->verticalScrollBar()->value());
    m_shownFrom = from;
    m_shownTo = to;
    m_model->setSchedule(m_span, from, to, providerTimes(from, to), *appointments, tentative);
    updateTitle();
    m_empty->setText(m_span == Span::Day ? tr("No visits and no free times on this day.")
                                         : tr("No visits this week."));
    m_empty->setVisible(m_model->isEmpty());
    m_grid->setVisible(!m_model->isEmpty());
    m_selection->setVisible(!m_model->isEmpty()); // nothing to choose
    select(keep);
    if (sameSpan) {
        m_grid->horizontalScrollBar()->setValue(scrolled.x());
        m_grid->verticalScrollBar()->setValue(scrolled.y());
    }
}

void SchedulePage::updateTitle()
{
    const QLocale locale;
    if (m_span == Span::Day) {
        const QString date = locale.toString(m_day, QLocale::LongFormat);
        m_title->setText(m_day == today() ? tr("Today, %1").arg(date) : date);
        return;
    }
    const auto [from, to] = m_model->rangeOf(m_day, m_span);
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, m_model->timeZone()).date();
    m_title->setText(tr("%1 to %2")
                             .arg(locale.toString(first, u"ddd d MMM"_s),
                                  locale.toString(first.addDays(6), u"ddd d MMM yyyy"_s)));
}

void SchedulePage::select(const QString &id)
{
    const QModelIndex at = m_model->indexOf(id);
    m_selectedId = at.isValid() ? id : QString();
    if (at.isValid())
        m_grid->setCurrentIndex(at);
    else
        m_grid->clearSelection();
    updateActions();
}

// Why a move the visit's state allows is not offered yet, or nothing. The server allows
// these on any day; at the desk they belong to the visit's time.
QString SchedulePage::notYet(const AppointmentMove &move, const AppointmentView &visit) const
{
    const QString mutation = QString::fromLatin1(move.mutation);
    if (mutation == u"appointment.check_in"
        && QDateTime::fromMSecsSinceEpoch(visit.startMs, m_model->timeZone()).date() != today())
        return tr("Check-in opens on the day of the visit.");
    if (mutation == u"appointment.no_show" && visit.startMs > m_clock.nowMs())
        return tr("It can be marked missed once its time has come.");
    return {};
}

void SchedulePage::updateActions()
{
    const AppointmentView *selected = m_selectedId.isEmpty()
            ? nullptr
            : m_model->appointmentAt(m_model->indexOf(m_selectedId));
    QStringList waits;
    for (const auto &[move, button] : m_moves) {
        const bool allowed = selected
                && move.allows(m_context.account.role, selected->status, selected->modality);
        const QString reason = allowed ? notYet(move, *selected) : QString();
        button->setVisible(allowed);
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason);
        if (!reason.isEmpty())
            waits << reason;
    }
    // The reasons in words beside the greyed buttons, not only in their tooltips.
    waits.prepend(describe(selected));
    m_selection->setText(waits.join(u' '));
}

QString SchedulePage::describe(const AppointmentView *selected) const
{
    const QTimeZone zone = m_model->timeZone();
    if (selected) {
        return tr("%1 with %2 · %3 · %4–%5 · %6.")
                .arg(selected->patientName, selected->providerName,
                     QLocale().toString(
                             QDateTime::fromMSecsSinceEpoch(selected->startMs, zone).date(),
                             QLocale::ShortFormat),
                     timeOf(selected->startMs, zone), timeOf(selected->endMs, zone),
                     AppointmentListModel::briefStatusText(selected->status));
    }
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid() && current.data(int(DeskScheduleModel::DataRole::IsFree)).toBool()) {
        const qint64 start = current.data(int(DeskScheduleModel::DataRole::StartMs)).toLongLong();
        return tr("Free at %1. Use Book a visit… to give this time to a patient.")
                .arg(timeOf(start, zone));
    }
    return tr("Choose a visit to check the patient in, mark a missed visit, complete or "
              "cancel it.");
}

void SchedulePage::run(const AppointmentMove &move)
{
    if (m_selectedId.isEmpty())
        return;
    auto done = AppointmentMoves::run(*m_context.sync, move, m_selectedId);
    showMessage(m_message, done ? QString() : done.error().message);
}

} // namespace clinic::ui
