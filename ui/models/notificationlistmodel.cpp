#include "notificationlistmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

void NotificationListModel::setNotifications(const QList<ClinicNotification> &notifications)
{
    beginResetModel();
    m_notifications = notifications;
    endResetModel();
}

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notifications.size());
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClinicNotification &n = m_notifications.at(index.row());
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.atMs).toLocalTime(),
                                            QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return QString(when + u'\n' + n.text);
    case Qt::AccessibleTextRole:
        return n.read ? QString(when + u". " + n.text) : tr("New: %1. %2").arg(when, n.text);
    case Qt::FontRole: {
        QFont font;
        font.setBold(!n.read);
        return font;
    }
    case int(DataRole::IsRead):
        return n.read;
    case int(DataRole::AppointmentId):
        return n.appointmentId;
    default:
        return {};
    }
}

} // namespace clinic::ui
