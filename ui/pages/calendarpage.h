#pragma once

#include "clientcontext.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class VideoVisitButton;
class WeekCalendarModel;

// The doctor's week: their visits by day and time, with the open hours patients can still
// book shaded lightly; the chosen visit's details beside it, and for a request the same
// answers as on the Appointments page (AppointmentMoves): confirm or propose another time.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(const ClientContext &context, QWidget *parent = nullptr);

    WeekCalendarModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString weekTitle() const;
    void showWeek(const QDate &anyDay);
    // Shows the visit's week and selects it; false when this computer has no such visit.
    bool select(const QString &appointmentId);
    QString selectedId() const { return m_selectedId; }

private:
    QWidget *createNavigation();
    QWidget *createDetails();
    void refresh();
    void showDetails();
    void scrollToDay();

    ClientContext m_context;
    WeekCalendarModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_week = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_propose = nullptr;
    VideoVisitButton *m_videoVisit = nullptr;
    QLabel *m_message = nullptr;
    QDate m_monday;
    QString m_selectedId;
};

} // namespace clinic::ui
