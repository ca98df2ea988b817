#include "vitalreadingmodel.h"

#include "vitalformat.h"

#include <QDateTime>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

void VitalReadingModel::setReadings(QList<VitalReading> readings,
                                    const std::optional<VitalThreshold> &threshold,
                                    const QHash<QString, QString> &names)
{
    beginResetModel();
    m_readings = std::move(readings);
    m_threshold = threshold;
    m_names = names;
    endResetModel();
}

const VitalReading *VitalReadingModel::reading(int row) const
{
    if (row < 0 || row >= m_readings.size())
        return nullptr;
    return &m_readings.at(m_readings.size() - 1 - row);
}

int VitalReadingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_readings.size());
}

int VitalReadingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int VitalReadingModel::outOfRange(const VitalReading &r,
                                  const std::optional<VitalThreshold> &threshold)
{
    if (!threshold)
        return 0;
    if (const int first = clinic::outOfRange(threshold->low, threshold->high, r.value); first != 0)
        return first;
    if (r.kind == VitalKind::BloodPressure && r.diastolic)
        return clinic::outOfRange(threshold->low2, threshold->high2, *r.diastolic);
    return 0;
}

QVariant VitalReadingModel::data(const QModelIndex &index, int role) const
{
    const VitalReading *r = index.isValid() ? reading(index.row()) : nullptr;
    if (!r || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case int(DataRole::ReadingId):
        return r->id;
    case int(DataRole::TakenAtMs):
        return r->takenAtMs;
    case int(DataRole::CanonicalValue):
        return r->value;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return VitalFormat::when(r->takenAtMs);
    case Value: {
        QString text = VitalFormat::value(r->kind, r->value, r->diastolic, r->enteredUnit);
        if (r->pulse)
            text += tr(", pulse %1").arg(QLocale().toString(*r->pulse, 'f', 0));
        if (r->bmi)
            text += tr(", BMI %1").arg(QLocale().toString(*r->bmi, 'f', 1));
        return text;
    }
    case Status: {
        const int out = outOfRange(*r, m_threshold);
        return out > 0 ? tr("▲ High") : out < 0 ? tr("▼ Low") : QString();
    }
    case Source:
        if (r->source == u"device")
            return r->deviceName.isEmpty() ? tr("Device") : tr("Device: %1").arg(r->deviceName);
        return tr("Entered by hand");
    case EnteredBy:
        return m_names.value(r->enteredBy, r->enteredBy.isEmpty() ? QString() : tr("Someone else"));
    case Flags:
        return QString(r->flags).replace(u',', u", "_s).replace(u'_', u' ');
    case Note:
        return r->note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VitalReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Taken");
    case Value:
        return tr("Value");
    case Status:
        return tr("Range");
    case Source:
        return tr("Source");
    case EnteredBy:
        return tr("Entered by");
    case Flags:
        return tr("Device flags");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace clinic::ui
