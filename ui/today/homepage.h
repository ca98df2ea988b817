#pragma once

#include "clientcontext.h"

#include <QWidget>

namespace clinic::ui {

class TodayAgenda;

// The first page a user sees: who is signed in, where, and their day: for a doctor and the
// front desk, today's visits, requests to answer and the newest notifications (TodayAgenda).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(const ClientContext &context, QWidget *parent = nullptr);

    // The page's title in the navigation: "Today", or "My profile" for patients.
    static QString titleFor(Role role);
    TodayAgenda *agenda() const { return m_agenda; } // null for roles without one

private:
    QWidget *accountBox();
    QWidget *roleBox();

    ClientContext m_context;
    TodayAgenda *m_agenda = nullptr;
};

} // namespace clinic::ui
