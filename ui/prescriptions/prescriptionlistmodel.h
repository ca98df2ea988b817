#pragma once

#include "pharmacy/prescriptionrepository.h"

#include <QAbstractTableModel>

class QTableView;

namespace clinic::ui {

// Prescriptions as a table: the medicine, dose and directions, when issued, by whom (or for
// whom), refills left, and where it stands at the pharmacy.
class PrescriptionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Medicine, Directions, Issued, Who, RefillsLeft, Status, ColumnCount };
    // The person column names the prescriber (a patient's list) or the patient (a doctor's).
    enum class Person { Prescriber, Patient };

    explicit PrescriptionListModel(Person person, QObject *parent = nullptr);

    // Shows the model in `table` as the prescription lists do: whole rows, the medicine and
    // directions taking the room left.
    void showIn(QTableView *table);

    void setPrescriptions(QList<PrescriptionInfo> prescriptions);
    const PrescriptionInfo *prescription(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Person m_person;
    QList<PrescriptionInfo> m_rows;
};

} // namespace clinic::ui
