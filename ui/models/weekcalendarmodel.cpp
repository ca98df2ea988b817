#include "weekcalendarmodel.h"

#include "models/appointmentlistmodel.h"
#include "scheduling/appointment.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr int defaultFirstMinute = 8 * 60;
constexpr int defaultLastMinute = 18 * 60;

const QColor visitText(0x1b, 0x1b, 0x1b);

} // namespace

// Light fills with dark text: readable on light and dark palettes alike, and told apart by
// their words too (a status is always written in the cell that starts a visit).
QColor WeekCalendarModel::fillFor(const QString &status)
{
    if (status == u"requested")
        return QColor(0xff, 0xe7, 0xa8); // amber: waiting for the doctor
    if (status == u"proposed")
        return QColor(0xe8, 0xdc, 0xf8); // lavender: waiting for the patient
    if (status == u"checked_in")
        return QColor(0xc6, 0xec, 0xcf);
    return QColor(0xcd, 0xe3, 0xfd); // confirmed
}

QColor WeekCalendarModel::openFill()
{
    return QColor(0xee, 0xf7, 0xee);
}

QColor WeekCalendarModel::timeOffFill()
{
    return QColor(0xe2, 0xe2, 0xe2);
}

TimeRange WeekCalendarModel::heldTime(const AppointmentView &a)
{
    if (a.status == u"proposed" && a.proposedStartMs > 0)
        return { a.proposedStartMs, a.proposedStartMs + (a.endMs - a.startMs) };
    return { a.startMs, a.endMs };
}

WeekCalendarModel::WeekCalendarModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QTimeZone::systemTimeZone())
{ }

QDate WeekCalendarModel::mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

int WeekCalendarModel::stepFor(const QList<int> &slotMinutes)
{
    const bool shortSlots = std::any_of(slotMinutes.begin(), slotMinutes.end(),
                                        [](int minutes) { return minutes < 30; });
    return shortSlots ? 15 : 30;
}

void WeekCalendarModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void WeekCalendarModel::setStepMinutes(int minutes)
{
    Q_ASSERT(minutes > 0 && 60 % minutes == 0);
    m_step = minutes > 0 && 60 % minutes == 0 ? minutes : 30;
}

qint64 WeekCalendarModel::weekStartMs() const
{
    return QDateTime(m_monday, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

qint64 WeekCalendarModel::weekEndMs() const
{
    return QDateTime(m_monday.addDays(7), QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

QTime WeekCalendarModel::rowTime(int row) const
{
    return QTime(0, 0).addSecs((m_firstMinute + row * m_step) * 60);
}

WeekCalendarModel::DayMinutes WeekCalendarModel::place(qint64 startMs, qint64 endMs) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, m_zone);
    DayMinutes span;
    const qint64 day = m_monday.daysTo(start.date());
    if (day < 0 || day > 6)
        return span;
    span.column = int(day);
    span.from = start.time().hour() * 60 + start.time().minute();
    // At least a minute, so a zero-length visit still shows; cut at midnight.
    span.to = int(std::min<qint64>(minutesPerDay,
                                   span.from + std::max<qint64>(1, (endMs - startMs) / 60000)));
    return span;
}

// Each day's part of each range, within the week: time off can run over several days.
QList<WeekCalendarModel::DayMinutes>
WeekCalendarModel::placeAll(const QList<TimeRange> &ranges) const
{
    QList<DayMinutes> spans;
    for (const TimeRange &range : ranges) {
        for (int day = 0; day < 7; ++day) {
            const qint64 dayStart =
                    QDateTime(m_monday.addDays(day), QTime(0, 0), m_zone).toMSecsSinceEpoch();
            const qint64 dayEnd =
                    QDateTime(m_monday.addDays(day + 1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
            const qint64 from = std::max(range.startMs, dayStart);
            const qint64 to = std::min(range.endMs, dayEnd);
            if (from < to)
                spans << place(from, to);
        }
    }
    return spans;
}

void WeekCalendarModel::setWeek(const QDate &monday, const QList<AppointmentView> &appointments,
                                const QList<Slot> &open, const QList<TimeRange> &timeOff,
                                const QSet<QString> &tentative)
{
    beginResetModel();
    m_monday = mondayOf(monday);
    m_tentative = tentative;
    m_appointments.clear();
    QList<DayMinutes> visits;
    for (const AppointmentView &a : appointments) {
        const auto status = AppointmentStatuses::fromName(a.status);
        const TimeRange held = heldTime(a);
        const DayMinutes span = place(held.startMs, held.endMs);
        if (!status || !AppointmentStatuses::holdsTime(*status) || span.column < 0)
            continue;
        m_appointments << a;
        visits << span;
    }
    QList<TimeRange> openRanges;
    for (const Slot &slot : open)
        openRanges.append({ slot.startMs, slot.endMs });
    const QList<DayMinutes> openSpans = placeAll(openRanges);
    const QList<DayMinutes> offSpans = placeAll(timeOff);
    fitHours(visits + openSpans); // whole days off would stretch it to midnight
    fill(visits, openSpans, offSpans);
    endResetModel();
}

// Office hours by default; earlier or later when anything in the week is, in whole hours.
void WeekCalendarModel::fitHours(const QList<DayMinutes> &spans)
{
    int first = defaultFirstMinute;
    int last = defaultLastMinute;
    for (const DayMinutes &span : spans) {
        first = std::min(first, span.from / 60 * 60);
        last = std::max(last, (span.to + 59) / 60 * 60);
    }
    m_firstMinute = first;
    m_rows = (std::min(last, minutesPerDay) - first) / m_step;
}

void WeekCalendarModel::fill(const QList<DayMinutes> &visits, const QList<DayMinutes> &open,
                             const QList<DayMinutes> &timeOff)
{
    m_cells = QList<Cell>(m_rows * 7);
    const auto covered = [this](const DayMinutes &span, auto mark) {
        for (int row = 0; row < m_rows; ++row) {
            const int from = m_firstMinute + row * m_step;
            if (span.from < from + m_step && from < span.to)
                mark(m_cells[row * 7 + span.column]);
        }
    };
    for (int i = 0; i < visits.size(); ++i)
        covered(visits[i], [i](Cell &cell) { cell.visits << i; });
    for (const DayMinutes &span : open)
        covered(span, [](Cell &cell) { cell.open = true; });
    for (const DayMinutes &span : timeOff)
        covered(span, [](Cell &cell) { cell.off = true; });
}

const WeekCalendarModel::Cell *WeekCalendarModel::cell(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_cells[index.row() * 7 + index.column()];
}

qint64 WeekCalendarModel::cellStartMs(const QModelIndex &index) const
{
    return QDateTime(m_monday.addDays(index.column()), rowTime(index.row()), m_zone)
            .toMSecsSinceEpoch();
}

bool WeekCalendarModel::startsIn(const AppointmentView &a, const QModelIndex &index) const
{
    const TimeRange held = heldTime(a);
    const DayMinutes span = place(held.startMs, held.endMs);
    const int from = m_firstMinute + index.row() * m_step;
    return span.column == index.column() && span.from >= from && span.from < from + m_step;
}

const AppointmentView *WeekCalendarModel::appointmentAt(const QModelIndex &index) const
{
    const Cell *c = cell(index);
    if (!c || c->visits.isEmpty())
        return nullptr;
    for (int i : c->visits) {
        if (startsIn(m_appointments[i], index))
            return &m_appointments[i];
    }
    return &m_appointments[c->visits.first()];
}

const AppointmentView *WeekCalendarModel::appointment(const QString &id) const
{
    for (const AppointmentView &a : m_appointments) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QModelIndex WeekCalendarModel::indexOf(const QString &appointmentId) const
{
    const AppointmentView *a = appointment(appointmentId);
    if (!a)
        return {};
    const TimeRange held = heldTime(*a);
    const DayMinutes span = place(held.startMs, held.endMs);
    const int row = (span.from - m_firstMinute) / m_step;
    return row >= 0 && row < m_rows ? index(row, span.column) : QModelIndex();
}

int WeekCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int WeekCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

Qt::ItemFlags WeekCalendarModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QString WeekCalendarModel::shortStatus(const AppointmentView &a)
{
    if (a.status == u"requested")
        return tr("Request");
    if (a.status == u"proposed")
        return tr("Proposed");
    return AppointmentListModel::statusText(a.status);
}

QString WeekCalendarModel::longStatus(const AppointmentView &a) const
{
    const auto at = [this](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, m_zone),
                                  u"ddd d MMM, HH:mm"_s);
    };
    if (a.status == u"requested")
        return tr("Asks for this time: confirm it or propose another");
    if (a.status == u"proposed")
        return tr("Asked for %1; you offered this time instead, waiting for the patient")
                .arg(at(a.startMs));
    return AppointmentListModel::statusText(a.status);
}

// The patient's name, then the state; the time too when it is not the row's own (a visit at
// 09:10 in the 09:00 row).
QString WeekCalendarModel::describe(const AppointmentView &a, const QModelIndex &index) const
{
    const QTime start = QDateTime::fromMSecsSinceEpoch(heldTime(a).startMs, m_zone).time();
    QString who = a.patientName.isEmpty() ? tr("A patient") : a.patientName;
    if (start != rowTime(index.row()))
        who = tr("%1 %2").arg(QLocale().toString(start, u"HH:mm"_s), who);
    QString status = shortStatus(a);
    if (m_tentative.contains(a.id))
        status = tr("%1 · waiting to sync").arg(status);
    return who + u'\n' + status;
}

QString WeekCalendarModel::spoken(const AppointmentView &a) const
{
    const TimeRange held = heldTime(a);
    const auto time = [this](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, m_zone).time(), u"HH:mm"_s);
    };
    QString text =
            tr("%1–%2, %3: %4")
                    .arg(time(held.startMs), time(held.endMs),
                         a.patientName.isEmpty() ? tr("A patient") : a.patientName, longStatus(a));
    if (m_tentative.contains(a.id))
        text = tr("%1 (waiting to sync)").arg(text);
    return text;
}

QString WeekCalendarModel::cellText(const Cell &c, const QModelIndex &index) const
{
    QStringList texts;
    for (int i : c.visits) {
        if (startsIn(m_appointments[i], index))
            texts << describe(m_appointments[i], index);
    }
    // Time off is named once, where it starts in the day's rows.
    if (c.visits.isEmpty() && c.off
        && (index.row() == 0 || !m_cells[(index.row() - 1) * 7 + index.column()].off))
        texts << tr("Time off");
    return texts.join(u'\n');
}

QVariant WeekCalendarModel::data(const QModelIndex &index, int role) const
{
    const Cell *c = cell(index);
    if (!c)
        return {};
    const AppointmentView *first = appointmentAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*c, index);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (first)
            return spoken(*first);
        if (c->off)
            return tr("Time off");
        return c->open ? tr("Open hours") : QVariant();
    case Qt::BackgroundRole:
        if (first)
            return QBrush(fillFor(first->status));
        if (c->off)
            return QBrush(timeOffFill());
        return c->open ? QVariant(QBrush(openFill())) : QVariant();
    case Qt::ForegroundRole:
        return first || c->off ? QVariant(QBrush(visitText)) : QVariant();
    case Qt::FontRole:
        if (first && m_tentative.contains(first->id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case int(DataRole::AppointmentId):
        return first ? first->id : QString();
    case int(DataRole::Status):
        return first ? first->status : QString();
    case int(DataRole::IsOpen):
        return !first && !c->off && c->open;
    case int(DataRole::IsTimeOff):
        return c->off;
    case int(DataRole::StartMs):
        return cellStartMs(index);
    case int(DataRole::IsTentative):
        return first && m_tentative.contains(first->id);
    default:
        return {};
    }
}

QVariant WeekCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return QLocale().toString(rowTime(section), u"HH:mm"_s);
        return {};
    }
    if (section < 0 || section >= 7)
        return {};
    const QDate day = m_monday.addDays(section);
    const bool today = day == m_today;
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(day, u"ddd d MMM"_s);
    case Qt::AccessibleTextRole:
        return today ? tr("Today, %1").arg(QLocale().toString(day, QLocale::LongFormat))
                     : QLocale().toString(day, QLocale::LongFormat);
    case Qt::FontRole:
        if (today) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace clinic::ui
