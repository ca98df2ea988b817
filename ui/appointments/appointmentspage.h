#pragma once

#include "appointmentmoves.h"
#include "clientcontext.h"
#include "models/appointmentlistmodel.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace clinic::ui {

class VideoVisitButton;
class VisitCallPanel;
class VisitSummaryPanel;
class WaitlistBox;

// The user's appointments and what they may do with each: a patient answers a proposal or
// cancels; a doctor confirms requests and completes visits; the front desk does everything,
// including check-in and no-shows. Buttons show only what the selected visit allows; every
// change goes through the sync engine, so it works offline and waits to sync.
class AppointmentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AppointmentsPage(const ClientContext &context, QWidget *parent = nullptr);

    AppointmentListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    void select(const QString &id);
    QString selectedId() const; // empty when the visit chosen is not listed
    WaitlistBox *waitlist() const { return m_waitlist; } // patients and the front desk
    VisitSummaryPanel *summary() const { return m_summary; }
    VisitCallPanel *calls() const { return m_calls; }
    VideoVisitButton *videoVisit() const { return m_videoVisit; }
    void rate(); // asks for stars for the selected, completed visit
    void moveToAnotherTime();
    // Writes these visits (all upcoming ones when `ids` is empty) as an .ics calendar file.
    Result<void> exportCalendar(const QString &path, const QStringList &ids) const;

private:
    void refresh();
    void updateButtons();
    void run(const AppointmentMove &move);
    void askAndExport(bool selectedOnly);
    void proposeAnotherTime();

    ClientContext m_context;
    AppointmentListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QList<std::pair<AppointmentMove, QPushButton *>> m_moves;
    QPushButton *m_addToCalendar = nullptr;
    QPushButton *m_propose = nullptr; // doctors and the front desk, on requests
    QPushButton *m_move = nullptr; // patients and the front desk
    QPushButton *m_rate = nullptr; // patients, on completed visits
    VideoVisitButton *m_videoVisit = nullptr; // start (the doctor) or join (the patient)
    WaitlistBox *m_waitlist = nullptr; // patients and the front desk
    VisitSummaryPanel *m_summary = nullptr; // the selected visit's
    VisitCallPanel *m_calls = nullptr; // the selected video visit's calls and chat
    QString m_selectedId;
};

} // namespace clinic::ui
