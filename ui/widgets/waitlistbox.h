#pragma once

#include "clientcontext.h"

#include <QGroupBox>

class QLabel;
class QListView;
class QPushButton;

namespace clinic::ui {

class LiveView;
class WaitlistModel;

// The waitlists the user is on (a patient), or everyone's (the front desk): a time on offer
// can be booked from here, and an entry left. Hidden while there is none.
class WaitlistBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit WaitlistBox(const ClientContext &context, QWidget *parent = nullptr);

    WaitlistModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    void reload();
    void bookOffered(); // the selected entry's offered time, as a request
    void leave(); // the selected entry

signals:
    void booked(const QString &appointmentId);

private:
    void updateButtons();

    ClientContext m_context;
    LiveView *m_live = nullptr; // reads when shown
    WaitlistModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
