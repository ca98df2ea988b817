#include "waitingroommodel.h"

#include <QDateTime>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

WaitingRoomModel::WaitingRoomModel(QObject *parent)
    : QAbstractTableModel(parent), m_zone(QTimeZone::systemTimeZone())
{ }

void WaitingRoomModel::setAppointments(const QList<AppointmentView> &appointments, qint64 fromMs,
                                       qint64 toMs, qint64 nowMs)
{
    const int before = count();
    beginResetModel();
    m_nowMs = nowMs;
    m_waiting.clear();
    // Only today's: one checked in on another day and never completed has not waited since.
    for (const AppointmentView &a : appointments) {
        if (a.status == u"checked_in" && a.startMs >= fromMs && a.startMs < toMs)
            m_waiting << a;
    }
    std::stable_sort(m_waiting.begin(), m_waiting.end(), [](const auto &a, const auto &b) {
        return std::pair(a.updatedAtMs, a.startMs) < std::pair(b.updatedAtMs, b.startMs);
    });
    endResetModel();
    if (count() != before)
        emit countChanged(count());
}

void WaitingRoomModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_waiting.isEmpty())
        emit dataChanged(index(0, int(Column::Waiting)),
                         index(rowCount() - 1, int(Column::Waiting)));
}

const AppointmentView *WaitingRoomModel::at(int row) const
{
    return row >= 0 && row < m_waiting.size() ? &m_waiting[row] : nullptr;
}

int WaitingRoomModel::rowOf(const QString &appointmentId) const
{
    for (int row = 0; row < m_waiting.size(); ++row) {
        if (m_waiting[row].id == appointmentId)
            return row;
    }
    return -1;
}

int WaitingRoomModel::waitingMinutes(int row) const
{
    const AppointmentView *a = at(row);
    // Never negative: this computer's clock may be behind the server's that stamped it.
    return a ? int(std::max<qint64>(0, m_nowMs - a->updatedAtMs) / 60000) : 0;
}

int WaitingRoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_waiting.size());
}

int WaitingRoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString WaitingRoomModel::waitingText(int minutes)
{
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString WaitingRoomModel::text(const AppointmentView &a, Column column, int row) const
{
    switch (column) {
    case Column::Patient:
        return a.patientName.isEmpty() ? tr("A patient") : a.patientName;
    case Column::Provider:
        return a.providerName;
    case Column::Appointment:
        return QDateTime::fromMSecsSinceEpoch(a.startMs, m_zone).toString(u"HH:mm"_s);
    case Column::Waiting:
        return waitingText(waitingMinutes(row));
    case Column::Count:
        break;
    }
    return {};
}

QVariant WaitingRoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentView &a = m_waiting[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(a, column, index.row());
    case Qt::AccessibleTextRole:
        return tr("%1, for %2 at %3, waiting %4")
                .arg(text(a, Column::Patient, index.row()), text(a, Column::Provider, index.row()),
                     text(a, Column::Appointment, index.row()),
                     text(a, Column::Waiting, index.row()));
    case Qt::TextAlignmentRole:
        return column == Column::Waiting ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    case int(DataRole::AppointmentId):
        return a.id;
    case int(DataRole::CheckedInMs):
        return a.updatedAtMs;
    case int(DataRole::WaitingMinutes):
        return waitingMinutes(index.row());
    default:
        return {};
    }
}

QVariant WaitingRoomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Patient:
        return tr("Patient");
    case Column::Provider:
        return tr("Doctor");
    case Column::Appointment:
        return tr("Appointment");
    case Column::Waiting:
        return tr("Waiting");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace clinic::ui
