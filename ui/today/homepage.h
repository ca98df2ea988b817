#pragma once

#include "clientcontext.h"

#include <QWidget>

namespace clinic::ui {

class PharmacyAlerts;
class TodayAgenda;

// The first page a user sees: who is signed in, where, and their day: for a doctor and the
// front desk, today's visits, requests to answer and the newest notifications (TodayAgenda);
// for a pharmacist, their pharmacy's queue, low stock and lots expiring soon (PharmacyAlerts).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(const ClientContext &context, QWidget *parent = nullptr);

    // The page's title in the navigation: "Today", or "My profile" for patients.
    static QString titleFor(Role role);
    TodayAgenda *agenda() const { return m_agenda; } // null for roles without one
    PharmacyAlerts *pharmacyAlerts() const { return m_pharmacyAlerts; } // pharmacists'

private:
    QWidget *accountBox();
    QWidget *roleBox();

    ClientContext m_context;
    TodayAgenda *m_agenda = nullptr;
    PharmacyAlerts *m_pharmacyAlerts = nullptr;
};

} // namespace clinic::ui
