#pragma once

#include "appointments/appointmentmoves.h"
#include "clientcontext.h"
#include "util/clock.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class WaitingRoomModel;

// Who is waiting now: today's checked-in patients, longest waiting first, and for how long.
// It follows every sync and the clock (each minute); the desk completes a visit from here.
class WaitingRoomPage : public QWidget
{
    Q_OBJECT
public:
    WaitingRoomPage(const ClientContext &context, const Clock &clock, QWidget *parent = nullptr);

    WaitingRoomModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    int waiting() const;
    // Reads the day's visits again (also after each sync, and when the day turns).
    void refresh();

signals:
    void waitingChanged(int count);

private:
    void tick();
    void updateActions();

    ClientContext m_context;
    const Clock &m_clock;
    WaitingRoomModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_complete = nullptr;
    std::optional<AppointmentMove> m_completeMove;
    QTimer m_minutely;
    QDate m_day; // the day shown
};

} // namespace clinic::ui
