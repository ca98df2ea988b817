#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class SessionListModel;

// The user's own account: password, 2-step sign-in, and where they are signed in.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(const ClientContext &context, QWidget *parent = nullptr);

    void refresh();

signals:
    // This session was ended here (by signing out everywhere): the window closes.
    void signedOutEverywhere();

private:
    QWidget *securityBox();
    QWidget *sessionsBox();
    void endSelectedSession();
    void signOutEverywhere();
    void updateButtons();

    ClientContext m_context;
    SessionListModel *m_sessions = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totpState = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_changePassword = nullptr;
    QPushButton *m_setUpTotp = nullptr;
    QPushButton *m_endSession = nullptr;
    QPushButton *m_everywhere = nullptr;
};

} // namespace clinic::ui
