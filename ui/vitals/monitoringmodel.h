#pragma once

#include "vitals/vitalrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace clinic::ui {

// A clinician's care-team patients with the latest reading of each kind: patients with an open
// alert not yet acknowledged first, then those with an open acknowledged one, then the rest (by
// name). A value outside the patient's threshold says so in words and with ▲/▼, not by colour
// alone.
class MonitoringModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Patient,
        Alert,
        BloodPressure,
        HeartRate,
        Temperature,
        Glucose,
        SpO2,
        Weight,
        LastReading,
        ColumnCount
    };
    enum class DataRole { PatientId = Qt::UserRole + 1, AlertId, Priority, OutOfRange };

    struct Row
    {
        QString patientId;
        QString name;
        QList<VitalAlert> openAlerts; // newest first
        QHash<int, LatestVital> latest; // by VitalKind
        QList<VitalThreshold> thresholds;
        // 0: an open alert not acknowledged, 1: open and acknowledged, 2: none open
        int priority() const;
        // The open alert to acknowledge: the newest one not acknowledged yet.
        const VitalAlert *alertToAcknowledge() const;
        int outOfRange(VitalKind kind) const; // -1, 0, +1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows); // sorts them
    const Row *row(int row) const;
    int rowOf(const QString &patientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace clinic::ui
