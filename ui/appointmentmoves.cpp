#include "appointmentmoves.h"

namespace clinic::ui {

using namespace Qt::StringLiterals;

QList<AppointmentMove> AppointmentMoves::all()
{
    return {
        { "appointment.confirm",
          tr("Confirm"),
          { u"requested"_s },
          { Role::Doctor, Role::FrontDesk } },
        { "appointment.accept",
          tr("Accept the new time"),
          { u"proposed"_s },
          { Role::Patient, Role::FrontDesk } },
        { "appointment.decline",
          tr("Decline the new time"),
          { u"proposed"_s },
          { Role::Patient, Role::FrontDesk } },
        { "appointment.check_in", tr("Check in"), { u"confirmed"_s }, { Role::FrontDesk } },
        { "appointment.no_show", tr("Did not come"), { u"confirmed"_s }, { Role::FrontDesk } },
        { "appointment.complete",
          tr("Complete"),
          { u"checked_in"_s },
          { Role::Doctor, Role::FrontDesk } },
        { "appointment.cancel",
          tr("Cancel appointment"),
          { u"requested"_s, u"proposed"_s, u"confirmed"_s },
          { Role::Patient, Role::FrontDesk } },
    };
}

QList<AppointmentMove> AppointmentMoves::forRole(Role role)
{
    QList<AppointmentMove> moves = all();
    moves.removeIf([role](const AppointmentMove &move) { return !move.roles.contains(role); });
    return moves;
}

Result<qint64> AppointmentMoves::run(SyncEngine &sync, const AppointmentMove &move,
                                     const QString &id)
{
    return sync.submit(QString::fromLatin1(move.mutation), { { u"id"_s, id } });
}

} // namespace clinic::ui
