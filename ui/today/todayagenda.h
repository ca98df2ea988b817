#pragma once

#include "clientcontext.h"
#include "domain/appointmentrepository.h"

#include <QHash>
#include <QWidget>

class QGroupBox;
class QListWidget;


namespace clinic::ui {

class VideoVisitButton;

// The day at a glance for those who see patients or run the desk: today's visits (a doctor's
// own, or every doctor's at the front desk), the requests waiting for the doctor's answer,
// and the newest notifications. Each list follows the data as it syncs, from the first sync
// of a new computer on. Activating a visit or request opens it under Appointments.
class TodayAgenda : public QWidget
{
    Q_OBJECT
public:
    explicit TodayAgenda(const ClientContext &context, QWidget *parent = nullptr);

    // The notification centre recorded something new or marked it read.
    void notificationsChanged();

signals:
    void appointmentActivated(const QString &id);
    void notificationsActivated();

private:
    void loadVisits();
    void loadRequests();
    void loadNotifications();
    void showChosenVisit();
    QString visitLine(const AppointmentView &visit, bool withDay) const;
    // Fills a list; `empty` is what it says when there is nothing.
    static void fill(QGroupBox *box, const QString &title, QListWidget *list,
                     const QList<std::pair<QString, QString>> &lines, const QString &empty);

    ClientContext m_context;
    bool m_doctor = false;
    QGroupBox *m_visitsBox = nullptr;
    QListWidget *m_visits = nullptr;
    QHash<QString, AppointmentView> m_todaysVisits; // as listed, by id
    VideoVisitButton *m_videoVisit = nullptr; // on the chosen visit, for the doctor
    QGroupBox *m_requestsBox = nullptr;
    QListWidget *m_requests = nullptr;
    QGroupBox *m_notificationsBox = nullptr;
    QListWidget *m_notifications = nullptr;
    class LiveView *m_live = nullptr;
};

} // namespace clinic::ui
