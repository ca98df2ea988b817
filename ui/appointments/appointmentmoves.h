#pragma once

#include "clientcontext.h"
#include "domain/appointmentrepository.h"
#include "domain/role.h"
#include "sync/syncengine.h"

#include <QCoreApplication>

#include <functional>

class QWidget;
#include <QList>
#include <QStringList>

namespace clinic::ui {

// A change a user may make to a visit: its mutation (core/mutations/appointmentmutations.cpp),
// the button's label, the statuses it applies to and the roles that may make it. The server
// checks all of it again; the pages only offer what would be accepted.
struct AppointmentMove
{
    const char *mutation;
    QString label;
    QStringList from;
    QList<Role> roles;
    QStringList videoAlsoFrom; // a video visit has no check-in: it completes from confirmed

    bool allows(Role role, const QString &status, const QString &modality = {}) const
    {
        return roles.contains(role)
                && (from.contains(status)
                    || (modality == u"video" && videoAlsoFrom.contains(status)));
    }
};

// The one table of moves, so the appointment list, the front desk's schedule and its waiting
// room offer the same changes under the same names.
class AppointmentMoves
{
    // The context the labels were first translated in (AppointmentsPage): lupdate takes it
    // from here, so the translations made for that page still apply.
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::AppointmentsPage)
public:
    static QList<AppointmentMove> all();
    static QList<AppointmentMove> forRole(Role role);
    // Submits the move on the visit: applied here at once, sent when online.
    static Result<qint64> run(SyncEngine &sync, const AppointmentMove &move, const QString &id);

    // Offers the provider's free times of the coming days in a ProposeTimeDialog (a child of
    // `parent`, opened window-modal) and sends appointment.propose with the chosen one;
    // `finished` gets the reason it was refused here, or an empty text.
    using Finished = std::function<void(const QString &error)>;
    static void proposeAnotherTime(const ClientContext &context, const AppointmentView &visit,
                                   QWidget *parent, const Finished &finished);
    // The same for the patient (or the desk): appointment.reschedule to the chosen time.
    static void moveToAnotherTime(const ClientContext &context, const AppointmentView &visit,
                                  QWidget *parent, const Finished &finished);

private:
    static void chooseTime(const ClientContext &context, const AppointmentView &visit,
                           QWidget *parent, bool moving, const Finished &finished);
};

} // namespace clinic::ui
