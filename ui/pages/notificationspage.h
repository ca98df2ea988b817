#pragma once

#include "clientcontext.h"
#include "domain/notificationfeed.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QSpinBox;

namespace clinic::ui {

class NotificationListModel;

// The notification centre: what others did to the user's visits and reminders before
// confirmed ones, a configurable number of hours ahead (kept in the settings). It looks after
// every sync and every minute; each new notification is also announced (the main window
// shows it in the system tray when there is one).
class NotificationsPage : public QWidget
{
    Q_OBJECT
public:
    NotificationsPage(const ClientContext &context, const Clock &clock, QWidget *parent = nullptr);

    NotificationListModel *model() const { return m_model; }
    int unread() const { return m_unread; }
    int reminderLeadHours() const;
    void setReminderLeadHours(int hours);
    // Looks for news now (also runs after each sync and every minute).
    void check();

signals:
    void notified(const QString &text);
    void unreadChanged(int unread);

private:
    void reload();

    ClientContext m_context;
    NotificationFeed m_feed;
    NotificationListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QSpinBox *m_lead = nullptr;
    QTimer m_minutely;
    int m_unread = 0;
};

} // namespace clinic::ui
