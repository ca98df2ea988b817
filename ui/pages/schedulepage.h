#pragma once

#include "appointments/appointmentmoves.h"
#include "clientcontext.h"
#include "models/deskschedulemodel.h"
#include "util/clock.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

// The front desk's schedule: a day or a week of every provider's visits and free times, side
// by side. The selected visit's moves (confirm, check in, did not come, complete, cancel) are
// AppointmentsPage's and go through the sync engine the same way; a patient is checked in on
// the day of the visit, and marked missing only once its time has come.
class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    using Span = DeskScheduleModel::Span;

    SchedulePage(const ClientContext &context, const Clock &clock, QWidget *parent = nullptr);

    DeskScheduleModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    Span span() const { return m_span; }
    QDate day() const { return m_day; }
    QString selectedId() const { return m_selectedId; }

    void setSpan(Span span);
    void showDay(QDate day);
    void showToday();
    // Goes to the visit's day and selects it (after booking one, say).
    void showAppointment(const QString &id);
    void select(const QString &id);

signals:
    void bookRequested();

private:
    QLayout *createToolbar();
    QLayout *createActions();
    void refresh();
    void step(int direction);
    void updateTitle();
    void updateActions();
    QString notYet(const AppointmentMove &move, const AppointmentView &visit) const;
    QString describe(const AppointmentView *selected) const;
    void run(const AppointmentMove &move);
    QDate today() const;
    QList<DeskScheduleModel::ProviderTimes> providerTimes(qint64 fromMs, qint64 toMs);

    ClientContext m_context;
    const Clock &m_clock;
    DeskScheduleModel *m_model = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_selection = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_dayButton = nullptr;
    QPushButton *m_weekButton = nullptr;
    QCheckBox *m_showCancelled = nullptr;
    QList<std::pair<AppointmentMove, QPushButton *>> m_moves;
    QTimer m_minutely;
    Span m_span = Span::Day;
    QDate m_day;
    qint64 m_shownFrom = 0; // the span in the grid
    qint64 m_shownTo = 0;
    QString m_selectedId;
};

} // namespace clinic::ui
