#pragma once

#include "clientcontext.h"
#include "domain/appointmentrepository.h"

#include <QGroupBox>

class QLabel;
class QListWidget;

namespace clinic::ui {

// The selected video visit's calls and chat under the appointment list, for its doctor and its
// patient: when each call was answered and how long it lasted (as the server recorded it), or
// why it did not take place, and the messages both wrote during it. Hidden for a visit without
// either.
class VisitCallPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit VisitCallPanel(const ClientContext &context, QWidget *parent = nullptr);

    // Reads the visit's calls and chat from the store; null: no visit chosen.
    void showVisit(const AppointmentView *visit);
    QLabel *calls() const { return m_calls; }
    QListWidget *chat() const { return m_chat; }

    static QString describe(const AppointmentRepository::CallRecord &call);

private:
    ClientContext m_context;
    QLabel *m_calls = nullptr;
    QListWidget *m_chat = nullptr;
};

} // namespace clinic::ui
