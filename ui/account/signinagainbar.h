#pragma once

#include "clientcontext.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::ui {

// Shown above the pages when the clinic's server is back but wants the user's password
// again (their session expired, or they signed in while it was away): they sign in where they
// are, and their open pages, store and waiting changes carry on. Hidden again once signed in.
class SignInAgainBar : public QFrame
{
    Q_OBJECT
public:
    SignInAgainBar(const ClientContext &context, QWidget *parent = nullptr);

    void ask(const QString &reason);

private:
    void submit();
    void onReply(const ServerReply &reply);
    void say(const QString &text, bool error);

    ClientContext m_context;
    QLabel *m_message = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace clinic::ui
