#pragma once

#include "sync/accountclient.h"

#include <QAbstractTableModel>
#include <QList>

namespace clinic::ui {

// The signed-in sessions of the user's account: where and when, and which one is this.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Program, Address, SignedIn, LastUsed, ColumnCount };
    enum class DataRole { SessionId = Qt::UserRole + 1, IsCurrent };

    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(const QList<SessionInfo> &sessions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SessionInfo> m_sessions;
};

} // namespace clinic::ui
