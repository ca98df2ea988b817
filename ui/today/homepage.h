#pragma once

#include "clientcontext.h"

#include <QWidget>

namespace clinic::ui {

// The first page a user sees: who is signed in, where, and what their role's day looks like.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(const ClientContext &context, QWidget *parent = nullptr);

    // The page's title in the navigation: "Today" for care staff, "Queue" for pharmacists...
    static QString titleFor(Role role);

private:
    QWidget *accountBox();
    QWidget *roleBox();

    ClientContext m_context;
};

} // namespace clinic::ui
