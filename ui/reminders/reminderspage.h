#pragma once

#include "clientcontext.h"
#include "domain/reminderschedule.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace clinic::ui {

class LiveView;

// A patient's reminders: today's doses with Taken and Skipped (and their state once recorded),
// doses missed lately, the schedule of each current medication with an editor, and the
// follow-ups their doctor set, with Done. Every minute (by the injected clock) it announces what
// has come due through the notification centre (ReminderSchedule::fireDue); the main window
// shows each in the tray. Built at start, so what came due while the app was closed is
// announced once at the next start.
class RemindersPage : public QWidget
{
    Q_OBJECT
public:
    explicit RemindersPage(const ClientContext &context, QWidget *parent = nullptr);

    // Announces what is due now (also runs every minute and after each sync).
    void check();
    // Records a dose of today's or a missed one (what Taken and Skipped do).
    bool recordDose(const DoseOccurrence &dose, const QString &status);

signals:
    // A reminder just announced (already in the notification centre).
    void notified(const QString &text);

private:
    void reload();
    QWidget *doseRow(const DoseOccurrence &dose, QWidget *parent);
    void editSchedule(const MedicationSchedule *existing);
    void removeSchedule(const MedicationSchedule &schedule);
    void markDone(const FollowUpReminder &followUp, bool done);
    static void clear(QVBoxLayout *layout);

    ClientContext m_context;
    ReminderSchedule m_schedule;
    LiveView *m_live = nullptr;
    QVBoxLayout *m_today = nullptr;
    QVBoxLayout *m_missed = nullptr;
    QWidget *m_missedBox = nullptr;
    QVBoxLayout *m_schedules = nullptr;
    QVBoxLayout *m_followUps = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_minutely;
};

} // namespace clinic::ui
