#include "calendarpage.h"

#include "appointments/appointmentmoves.h"
#include "call/videovisitbutton.h"
#include "domain/availabilityrepository.h"
#include "domain/providerdirectory.h"
#include "formwidgets.h"
#include "liveview.h"
#include "models/appointmentlistmodel.h"
#include "models/availabilitymodel.h"
#include "models/weekcalendarmodel.h"
#include "scheduling/schedulerows.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QString legendSwatch(const QColor &colour, const QString &text)
{
    return u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(
            colour.name(), text.toHtmlEscaped());
}

// Keeps a selected cell's own colour (its status) and marks the selection with a frame: the
// palette's highlight fill would hide what the cell says.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain(option);
        plain.state &= ~QStyle::State_Selected;
        QStyledItemDelegate::paint(painter, plain, index);
        if (!(option.state & QStyle::State_Selected))
            return;
        painter->save();
        painter->setPen(QPen(option.palette.highlight(), 3));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
};

} // namespace

CalendarPage::CalendarPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"calendarPage"_s);
    m_model = new WeekCalendarModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Week"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setCornerButtonEnabled(false);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->horizontalHeader()->setHighlightSections(false); // bold is for today
    m_view->verticalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Two lines of text (the time and name, then the status) in the cell a visit starts in.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() * 2 + 8);
    m_message = messageLabel(this, u"calendarMessage"_s);

    auto *legend = new QLabel(
            QStringList {
                    legendSwatch(WeekCalendarModel::openFill(), tr("Open hours")),
                    legendSwatch(WeekCalendarModel::fillFor(u"requested"_s),
                                 tr("Request to answer")),
                    legendSwatch(WeekCalendarModel::fillFor(u"proposed"_s),
                                 tr("Proposed: waiting for the patient")),
                    legendSwatch(WeekCalendarModel::fillFor(u"confirmed"_s), tr("Confirmed")),
                    legendSwatch(WeekCalendarModel::fillFor(u"checked_in"_s), tr("Checked in")),
                    legendSwatch(WeekCalendarModel::timeOffFill(), tr("Time off")) }
                    .join(u"&nbsp;&nbsp;&nbsp;"_s),
            this);
    legend->setAccessibleName(tr("Legend"));

    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(createDetails());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Calendar"), this));
    layout->addWidget(createNavigation());
    layout->addLayout(body, 1);
    layout->addWidget(legend);
    layout->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const AppointmentView *visit = m_model->appointmentAt(current);
                m_selectedId = visit ? visit->id : QString();
                showDetails();
            });
    // This week, read when the page first shows (and scrolled to its first hours); after that
    // a change reads the week shown again and leaves the scrolling to the user.
    m_monday = WeekCalendarModel::mondayOf(m_context.clock->today());
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"appointment"_s, u"patient"_s, u"provider_busy"_s, u"availability_rule"_s,
                   u"availability_exception"_s },
                 [this] { m_week->text().isEmpty() ? showWeek(m_monday) : refresh(); });
}

QWidget *CalendarPage::createNavigation()
{
    auto *bar = new QWidget(this);
    auto *previous = new QPushButton(tr("‹ Previous week"), bar);
    auto *today = new QPushButton(tr("This week"), bar);
    auto *next = new QPushButton(tr("Next week ›"), bar);
    previous->setAccessibleName(tr("Previous week"));
    next->setAccessibleName(tr("Next week"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    today->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(today, &QPushButton::clicked, this, [this] { showWeek(m_context.clock->today()); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    m_week = new QLabel(bar);
    QFont font = m_week->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_week->setFont(font);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(previous);
    row->addWidget(today);
    row->addWidget(next);
    row->addSpacing(16);
    row->addWidget(m_week);
    row->addStretch();
    return bar;
}

QWidget *CalendarPage::createDetails()
{
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setFixedWidth(230);
    m_details = new QLabel(panel);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAccessibleName(tr("Visit"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = new QPushButton(tr("Confirm"), panel);
    m_propose = new QPushButton(tr("Propose another time…"), panel);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_selectedId.isEmpty())
            return;
        auto done = m_context.sync->submit(u"appointment.confirm"_s, { { u"id"_s, m_selectedId } });
        showMessage(m_message, done ? QString() : done.error().message);
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        if (const AppointmentView *visit = m_model->appointment(m_selectedId))
            AppointmentMoves::proposeAnotherTime(
                    m_context, *visit, this,
                    [this](const QString &error) { showMessage(m_message, error); });
    });
    m_videoVisit = new VideoVisitButton(m_context.videoVisits, panel);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_details);
    layout->addWidget(m_videoVisit);
    layout->addWidget(m_confirm);
    layout->addWidget(m_propose);
    layout->addStretch();
    return panel;
}

QString CalendarPage::weekTitle() const
{
    return m_week->text();
}

void CalendarPage::showWeek(const QDate &anyDay)
{
    m_monday = WeekCalendarModel::mondayOf(anyDay);
    const QDate sunday = m_monday.addDays(6);
    const QLocale locale;
    m_week->setText(m_monday.month() == sunday.month()
                            ? tr("%1 – %2")
                                      .arg(m_monday.day())
                                      .arg(locale.toString(sunday, u"d MMMM yyyy"_s))
                            : tr("%1 – %2").arg(locale.toString(m_monday, u"d MMM"_s),
                                                locale.toString(sunday, u"d MMM yyyy"_s)));
    m_week->setAccessibleName(tr("Week of %1").arg(locale.toString(m_monday, QLocale::LongFormat)));
    refresh();
    scrollToDay();
}

void CalendarPage::refresh()
{
    const QString me = m_context.account.accountId;
    const QSqlDatabase db = m_context.store->database();
    auto hours = AvailabilityRepository::of(db, me);
    if (!hours)
        return showMessage(m_message, hours.error().message);
    QList<int> lengths;
    for (const RuleRow &row : hours->rules)
        lengths << row.rule.slotMinutes;
    QList<TimeRange> timeOff;
    for (const ExceptionRow &row : hours->exceptions) {
        if (row.exception.kind == AvailabilityException::Kind::TimeOff)
            timeOff.append({ row.exception.startMs, row.exception.endMs });
    }
    m_model->setStepMinutes(WeekCalendarModel::stepFor(lengths));
    // The week's bounds before the model has it: the same zone and Monday.
    const QTimeZone zone = m_model->timeZone();
    const qint64 from = QDateTime(m_monday, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(m_monday.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch();
    auto visits = AppointmentRepository::between(db, from, to);
    // Open hours are the ones still bookable: none before now.
    auto open = ProviderDirectory(db).freeSlotsOf(me, std::max(from, m_context.clock->nowMs()), to);
    if (!visits || !open)
        return showMessage(m_message, !visits ? visits.error().message : open.error().message);
    visits->removeIf([&me](const AppointmentView &a) { return a.providerId != me; });
    QSet<QString> tentative;
    for (const AppointmentView &a : *visits) {
        auto waiting = m_context.sync->replica().isTentative(u"appointment"_s, a.id);
        if (waiting && *waiting)
            tentative.insert(a.id);
    }
    const QString keep = m_selectedId;
    m_model->setToday(m_context.clock->now().toTimeZone(m_model->timeZone()).date());
    m_model->setWeek(m_monday, *visits, *open, timeOff, tentative);
    m_selectedId = keep;
    if (const QModelIndex cell = m_model->indexOf(keep); cell.isValid())
        m_view->setCurrentIndex(cell);
    else
        m_selectedId.clear();
    showDetails();
}

// The rows open at the start of the day's work rather than at the top of an early morning.
void CalendarPage::scrollToDay()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < 7; ++column) {
            const QModelIndex cell = m_model->index(row, column);
            if (cell.data(int(WeekCalendarModel::DataRole::IsOpen)).toBool()
                || cell.data(int(WeekCalendarModel::DataRole::IsTimeOff)).toBool()
                || !cell.data(int(WeekCalendarModel::DataRole::AppointmentId)).toString().isEmpty())
                return m_view->scrollTo(cell, QAbstractItemView::PositionAtTop);
        }
    }
}

bool CalendarPage::select(const QString &appointmentId)
{
    auto visits = AppointmentRepository::list(m_context.store->database());
    if (!visits)
        return false;
    for (const AppointmentView &a : *visits) {
        if (a.id != appointmentId)
            continue;
        showWeek(QDateTime::fromMSecsSinceEpoch(a.startMs, m_model->timeZone()).date());
        const QModelIndex cell = m_model->indexOf(appointmentId);
        if (!cell.isValid())
            return false;
        m_view->setCurrentIndex(cell);
        m_view->scrollTo(cell);
        return true;
    }
    return false;
}

void CalendarPage::showDetails()
{
    const AppointmentView *visit = m_model->appointment(m_selectedId);
    m_confirm->setVisible(visit && visit->status == u"requested");
    m_propose->setVisible(visit && visit->status == u"requested");
    m_videoVisit->showVisit(visit);
    if (!visit) {
        m_details->setText(tr("Choose a visit in the calendar to see it here."));
        return;
    }
    const QLocale locale;
    const QTimeZone zone = m_model->timeZone();
    const auto at = [&](qint64 ms, const QString &format) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone), format);
    };
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg(
            (visit->patientName.isEmpty() ? tr("A patient") : visit->patientName).toHtmlEscaped());
    const TimeRange held = WeekCalendarModel::heldTime(*visit);
    lines << tr("%1, %2–%3")
                     .arg(at(held.startMs, u"dddd d MMMM"_s), at(held.startMs, u"HH:mm"_s),
                          at(held.endMs, u"HH:mm"_s))
                     .toHtmlEscaped();
    lines << m_model->longStatus(*visit).toHtmlEscaped();
    const auto modality = ScheduleRows::modalityFromName(visit->modality);
    lines << tr("%1 at %2")
                     .arg(AvailabilityRuleModel::modalityText(
                                  modality.value_or(Modality::InPerson)),
                          visit->locationId)
                     .toHtmlEscaped();
    if (!visit->reason.isEmpty())
        lines << tr("Reason: %1").arg(visit->reason).toHtmlEscaped();
    m_details->setText(lines.join(u"<br>"_s));
    m_details->adjustSize(); // at once, not at the next layout pass
}

} // namespace clinic::ui
