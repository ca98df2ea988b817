#pragma once

#include "vitals/vitalrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace clinic::ui {

// Every reading the chart draws, one a row, newest first: what a screen reader reads instead of
// the chart. Values are shown in the unit they were entered in; out-of-range ones say so.
class VitalReadingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Value, Status, Source, EnteredBy, Flags, Note, ColumnCount };
    enum class DataRole { ReadingId = Qt::UserRole + 1, TakenAtMs, CanonicalValue };

    using QAbstractTableModel::QAbstractTableModel;

    // `readings` oldest first (as the repository reads them); `names`: account id → name.
    void setReadings(QList<VitalReading> readings, const std::optional<VitalThreshold> &threshold,
                     const QHash<QString, QString> &names);
    const VitalReading *reading(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // -1 low, +1 high, 0 within the threshold (or none).
    static int outOfRange(const VitalReading &reading,
                          const std::optional<VitalThreshold> &threshold);

private:
    QList<VitalReading> m_readings; // oldest first; row 0 is the last
    std::optional<VitalThreshold> m_threshold;
    QHash<QString, QString> m_names;
};

} // namespace clinic::ui
