#pragma once

#include "sync/localreplica.h"

#include <QAbstractTableModel>
#include <QList>

namespace clinic::ui {

// What became of the changes made on this computer: when, what, and the server's answer
// with its reason when it refused. Rejections not yet seen are bold.
class SyncOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Change, Result, Reason, ColumnCount };
    enum class DataRole { Number = Qt::UserRole + 1, IsConfirmed, IsUnseen };

    using QAbstractTableModel::QAbstractTableModel;

    void setOutcomes(const QList<SyncOutcome> &outcomes);
    // A mutation's name as a person would say it: "patient.update" -> "Profile change".
    static QString describe(const QString &mutationName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SyncOutcome> m_outcomes;
};

} // namespace clinic::ui
