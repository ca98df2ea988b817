#pragma once

#include "domain/notificationfeed.h"

#include <QAbstractListModel>

namespace clinic::ui {

// The notification centre's list, newest first: when, and what happened; unread ones bold.
class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class DataRole { IsRead = Qt::UserRole + 1, AppointmentId };
    using QAbstractListModel::QAbstractListModel;

    void setNotifications(const QList<ClinicNotification> &notifications);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ClinicNotification> m_notifications;
};

} // namespace clinic::ui
