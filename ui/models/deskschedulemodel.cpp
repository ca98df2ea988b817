#include "deskschedulemodel.h"

#include "models/appointmentlistmodel.h"
#include "scheduling/schedulerows.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <map>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

bool isClosed(const QString &status)
{
    return status == u"cancelled" || status == u"declined";
}

// Past, or never to happen: shown greyed, so the day's live visits stand out.
bool isInactive(const QString &status)
{
    return isClosed(status) || status == u"no_show" || status == u"completed";
}

} // namespace

DeskScheduleModel::DeskScheduleModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QTimeZone::systemTimeZone())
{ }

void DeskScheduleModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    rebuild();
}

std::pair<qint64, qint64> DeskScheduleModel::rangeOf(QDate day, Span span) const
{
    QDate first = day;
    int days = 1;
    if (span == Span::Week) {
        const int firstDay = int(QLocale().firstDayOfWeek());
        first = day.addDays(-((day.dayOfWeek() - firstDay + 7) % 7));
        days = 7;
    }
    // Midnight to midnight in the zone, not 24 hours: a day the clocks change is 23 or 25.
    return { first.startOfDay(m_zone).toMSecsSinceEpoch(),
             first.addDays(days).startOfDay(m_zone).toMSecsSinceEpoch() };
}

void DeskScheduleModel::setSchedule(Span span, qint64 fromMs, qint64 toMs,
                                    const QList<ProviderTimes> &providers,
                                    const QList<AppointmentView> &appointments,
                                    const QSet<QString> &tentative)
{
    m_span = span;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_providers = providers;
    m_allAppointments = appointments;
    m_tentative = tentative;
    rebuild();
}

void DeskScheduleModel::setShowCancelled(bool show)
{
    if (show == m_showCancelled)
        return;
    m_showCancelled = show;
    rebuild();
}

void DeskScheduleModel::rebuild()
{
    beginResetModel();
    m_appointments.clear();
    m_columns.clear();
    m_rows.clear();
    const auto inSpan = [this](qint64 ms) {
        return ms >= m_fromMs && ms < m_toMs;
    };
    for (const AppointmentView &a : std::as_const(m_allAppointments)) {
        if (inSpan(a.startMs) && (m_showCancelled || !isClosed(a.status)))
            m_appointments << a;
    }
    // A column for each provider with something in the span, including one the directory
    // here does not have (yet): their visits still show.
    const auto hasVisit = [this](const QString &providerId) {
        return std::any_of(m_appointments.cbegin(), m_appointments.cend(),
                           [&](const AppointmentView &a) { return a.providerId == providerId; });
    };
    for (ProviderTimes provider : std::as_const(m_providers)) {
        provider.free.removeIf([&](const Slot &slot) { return !inSpan(slot.startMs); });
        if (!provider.free.isEmpty() || hasVisit(provider.id))
            m_columns << provider;
    }
    for (const AppointmentView &a : std::as_const(m_appointments)) {
        if (columnOf(a.providerId) < 0)
            m_columns << ProviderTimes { a.providerId, a.providerName, {} };
    }
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    // Start time -> per column, what starts then.
    std::map<qint64, std::vector<std::vector<Entry>>> byStart;
    const auto entriesAt = [&](qint64 start, int column) -> std::vector<Entry> & {
        auto &columns = byStart[start];
        columns.resize(m_columns.size());
        return columns[column];
    };
    for (int i = 0; i < m_appointments.size(); ++i)
        entriesAt(m_appointments[i].startMs, columnOf(m_appointments[i].providerId))
                .push_back({ i, std::nullopt });
    for (int column = 0; column < m_columns.size(); ++column) {
        for (const Slot &slot : std::as_const(m_columns[column].free))
            entriesAt(slot.startMs, column).push_back({ -1, slot });
    }
    for (const auto &[start, columns] : byStart) {
        size_t depth = 0;
        for (const auto &entries : columns)
            depth = std::max(depth, entries.size());
        for (size_t k = 0; k < depth; ++k) {
            Row row { start, std::vector<Entry>(m_columns.size()) };
            for (size_t column = 0; column < columns.size(); ++column) {
                if (k < columns[column].size())
                    row.cells[column] = columns[column][k];
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

const AppointmentView *DeskScheduleModel::appointmentAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    const int i = m_rows[index.row()].cells[index.column()].appointment;
    return i >= 0 ? &m_appointments[i] : nullptr;
}

QModelIndex DeskScheduleModel::indexOf(const QString &appointmentId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            const int i = m_rows[row].cells[column].appointment;
            if (i >= 0 && m_appointments[i].id == appointmentId)
                return index(row, column);
        }
    }
    return {};
}

int DeskScheduleModel::columnOf(const QString &providerId) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns[column].id == providerId)
            return column;
    }
    return -1;
}

int DeskScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeskScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString DeskScheduleModel::modalityText(const QString &modality)
{
    if (modality == u"video")
        return tr("Video");
    if (modality == u"in_person")
        return tr("In person");
    return modality;
}

QString DeskScheduleModel::cellText(const Entry &entry) const
{
    if (entry.free)
        return entry.free->modality == Modality::Video ? tr("Free · video") : tr("Free");
    if (entry.appointment < 0)
        return {};
    const AppointmentView &a = m_appointments[entry.appointment];
    QString status = AppointmentListModel::briefStatusText(a.status);
    if (a.status == u"proposed" && a.proposedStartMs > 0) {
        // The other time holds its slot too; say where, as nothing shows there.
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.startMs, m_zone);
        const QDateTime other = QDateTime::fromMSecsSinceEpoch(a.proposedStartMs, m_zone);
        status = tr("%1: %2").arg(status,
                                  other.date() == start.date()
                                          ? other.toString(u"HH:mm"_s)
                                          : QLocale().toString(other, u"ddd d MMM, HH:mm"_s));
    }
    QString line = tr("%1 · %2").arg(modalityText(a.modality), status);
    if (m_tentative.contains(a.id))
        line = tr("%1 · waiting to sync").arg(line);
    return (a.patientName.isEmpty() ? tr("A patient") : a.patientName) + u'\n' + line;
}

QString DeskScheduleModel::toolTip(const Entry &entry, int column) const
{
    const auto time = [this](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(u"HH:mm"_s);
    };
    const QString provider = m_columns[column].name;
    if (entry.free) {
        return tr("Free: %1–%2 with %3 (%4)")
                .arg(time(entry.free->startMs), time(entry.free->endMs), provider,
                     modalityText(ScheduleRows::modalityName(entry.free->modality)));
    }
    if (entry.appointment < 0)
        return {};
    const AppointmentView &a = m_appointments[entry.appointment];
    QString text = tr("%1–%2 with %3").arg(time(a.startMs), time(a.endMs), provider) + u'\n'
            + cellText(entry).replace(u'\n', u", "_s);
    if (!a.reason.isEmpty())
        text += u'\n' + tr("Reason: %1").arg(a.reason);
    return text;
}

QVariant DeskScheduleModel::background(const Entry &entry) const
{
    if (entry.appointment < 0)
        return {};
    // Light tints over the palette's base, so they read in dark themes too.
    const QString &status = m_appointments[entry.appointment].status;
    if (status == u"checked_in")
        return QBrush(QColor(46, 160, 67, 70));
    if (status == u"requested" || status == u"proposed")
        return QBrush(QColor(230, 170, 0, 70));
    if (status == u"confirmed")
        return QBrush(QColor(30, 110, 220, 45));
    return {};
}

QString DeskScheduleModel::rowLabel(int row) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_rows[row].startMs, m_zone);
    if (m_span == Span::Day)
        return at.toString(u"HH:mm"_s);
    return QLocale().toString(at, u"ddd d MMM, HH:mm"_s);
}

QVariant DeskScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows[index.row()].cells[index.column()];
    const AppointmentView *a =
            entry.appointment >= 0 ? &m_appointments[entry.appointment] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(entry);
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case Qt::AccessibleTextRole:
        return cellText(entry).isEmpty()
                ? QString()
                : tr("%1, %2: %3")
                          .arg(rowLabel(index.row()), m_columns[index.column()].name,
                               cellText(entry).replace(u'\n', u", "_s));
    case Qt::BackgroundRole:
        return background(entry);
    case Qt::ForegroundRole:
        if (entry.free || (a && isInactive(a->status)))
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case int(DataRole::AppointmentId):
        return a ? a->id : QString();
    case int(DataRole::Status):
        return a ? a->status : QString();
    case int(DataRole::StartMs):
        return m_rows[index.row()].startMs;
    case int(DataRole::ProviderId):
        return m_columns[index.column()].id;
    case int(DataRole::IsFree):
        return entry.free.has_value();
    default:
        return {};
    }
}

QVariant DeskScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < columnCount() ? QVariant(m_columns[section].name) : QVariant();
    return section < rowCount() ? QVariant(rowLabel(section)) : QVariant();
}

} // namespace clinic::ui
