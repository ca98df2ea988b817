#pragma once

#include "domain/patient.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace clinic::ui {

// Patients of the register, as a search found them. A patient whose latest change made here
// still waits for the server is shown in italics ("waiting to sync").
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, BirthDate, Phone, City, ColumnCount };
    enum class DataRole { PatientId = Qt::UserRole + 1, IsTentative };

    using QAbstractTableModel::QAbstractTableModel;

    // tentative: ids of the patients with a change waiting for the server.
    void setPatients(const QList<Patient> &patients, const QSet<QString> &tentative = {});
    const Patient *patient(int row) const;
    int rowOf(const QString &patientId) const; // -1: not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Patient> m_patients;
    QSet<QString> m_tentative;
};

} // namespace clinic::ui
