#include "monitoringmodel.h"

#include "vitalformat.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QString shortTime(qint64 ms)
{
    return VitalFormat::when(ms);
}

std::optional<VitalKind> kindOfColumn(int column)
{
    if (column < MonitoringModel::BloodPressure || column > MonitoringModel::Weight)
        return std::nullopt;
    return allVitalKinds[size_t(column - MonitoringModel::BloodPressure)];
}

} // namespace

int MonitoringModel::Row::priority() const
{
    int best = 2;
    for (const VitalAlert &a : openAlerts)
        best = qMin(best, a.acknowledged() ? 1 : 0);
    return best;
}

const VitalAlert *MonitoringModel::Row::alertToAcknowledge() const
{
    for (const VitalAlert &a : openAlerts) {
        if (!a.acknowledged())
            return &a;
    }
    return nullptr;
}

int MonitoringModel::Row::outOfRange(VitalKind kind) const
{
    const auto found = latest.constFind(int(kind));
    if (found == latest.cend())
        return 0;
    for (const VitalThreshold &t : thresholds) {
        if (t.kind != kind)
            continue;
        if (const int first = clinic::outOfRange(t.low, t.high, found->value); first != 0)
            return first;
        if (kind == VitalKind::BloodPressure && found->diastolic)
            return clinic::outOfRange(t.low2, t.high2, *found->diastolic);
    }
    return 0;
}

void MonitoringModel::setRows(QList<Row> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.priority() != b.priority())
            return a.priority() < b.priority();
        const qint64 aOpened = a.openAlerts.isEmpty() ? 0 : a.openAlerts.constFirst().openedAtMs;
        const qint64 bOpened = b.openAlerts.isEmpty() ? 0 : b.openAlerts.constFirst().openedAtMs;
        if (aOpened != bOpened)
            return aOpened > bOpened; // the newest alert first
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const MonitoringModel::Row *MonitoringModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MonitoringModel::rowOf(const QString &patientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).patientId == patientId)
            return i;
    }
    return -1;
}

int MonitoringModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitoringModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitoringModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case int(DataRole::PatientId):
        return r->patientId;
    case int(DataRole::AlertId): {
        const VitalAlert *a = r->alertToAcknowledge();
        return a ? a->id : QString();
    }
    case int(DataRole::Priority):
        return r->priority();
    case int(DataRole::OutOfRange):
        if (const auto kind = kindOfColumn(column))
            return r->outOfRange(*kind);
        return 0;
    case Qt::DecorationRole:
        if (column == Alert && r->priority() == 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (const auto kind = kindOfColumn(column); kind && r->outOfRange(*kind) != 0)
            return QBrush(QColor(0x9b, 0x00, 0x19)); // besides the words, never instead
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    if (column == Patient)
        return r->name;
    if (column == Alert) {
        if (r->openAlerts.isEmpty())
            return QString();
        const VitalAlert &a =
                r->alertToAcknowledge() ? *r->alertToAcknowledge() : r->openAlerts.constFirst();
        QString text = tr("%1 %2 since %3")
                               .arg(VitalKinds::displayName(a.kind),
                                    a.direction == u"low" ? tr("low") : tr("high"),
                                    shortTime(a.openedAtMs));
        if (!a.summary.isEmpty())
            text += u" (" + a.summary.left(80) + u')';
        text = a.acknowledged() ? tr("Acknowledged: %1").arg(text) : tr("ALERT: %1").arg(text);
        if (r->openAlerts.size() > 1)
            text += tr(" +%n more", nullptr, int(r->openAlerts.size() - 1));
        return text;
    }
    if (column == LastReading) {
        qint64 last = 0;
        for (const LatestVital &v : r->latest)
            last = qMax(last, v.takenAtMs);
        return last > 0 ? shortTime(last) : tr("no readings");
    }
    if (const auto kind = kindOfColumn(column)) {
        const auto found = r->latest.constFind(int(*kind));
        if (found == r->latest.cend())
            return QString();
        QString text =
                VitalFormat::value(*kind, found->value, found->diastolic, found->enteredUnit);
        const int out = r->outOfRange(*kind);
        if (out > 0)
            text = tr("▲ %1 high").arg(text);
        else if (out < 0)
            text = tr("▼ %1 low").arg(text);
        return text;
    }
    return {};
}

QVariant MonitoringModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const auto kind = kindOfColumn(section))
        return VitalKinds::displayName(*kind);
    switch (section) {
    case Patient:
        return tr("Patient");
    case Alert:
        return tr("Alert");
    case LastReading:
        return tr("Last reading");
    default:
        return {};
    }
}

} // namespace clinic::ui
