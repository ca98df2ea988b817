#include "appointmentmoves.h"

#include "domain/providerdirectory.h"
#include "pages/finddoctorpage.h"
#include "proposetimedialog.h"
#include "scheduling/schedulerows.h"

#include <QDateTime>

namespace clinic::ui {

using namespace Qt::StringLiterals;

QList<AppointmentMove> AppointmentMoves::all()
{
    return {
        { "appointment.confirm",
          tr("Confirm"),
          { u"requested"_s },
          { Role::Doctor, Role::FrontDesk },
          {} },
        { "appointment.accept",
          tr("Accept the new time"),
          { u"proposed"_s },
          { Role::Patient, Role::FrontDesk },
          {} },
        { "appointment.decline",
          tr("Decline the new time"),
          { u"proposed"_s },
          { Role::Patient, Role::FrontDesk },
          {} },
        { "appointment.check_in", tr("Check in"), { u"confirmed"_s }, { Role::FrontDesk }, {} },
        { "appointment.no_show", tr("Did not come"), { u"confirmed"_s }, { Role::FrontDesk }, {} },
        { "appointment.complete",
          tr("Complete"),
          { u"checked_in"_s },
          { Role::Doctor, Role::FrontDesk },
          { u"confirmed"_s } },
        { "appointment.cancel",
          tr("Cancel appointment"),
          { u"requested"_s, u"proposed"_s, u"confirmed"_s },
          { Role::Patient, Role::FrontDesk },
          {} },
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

void AppointmentMoves::proposeAnotherTime(const ClientContext &context,
                                          const AppointmentView &visit, QWidget *parent,
                                          const Finished &finished)
{
    chooseTime(context, visit, parent, false, finished);
}

void AppointmentMoves::moveToAnotherTime(const ClientContext &context, const AppointmentView &visit,
                                         QWidget *parent, const Finished &finished)
{
    chooseTime(context, visit, parent, true, finished);
}

// The provider's free times (in the visit's kind) in a dialog; the one chosen is proposed, or
// the visit is moved to it.
void AppointmentMoves::chooseTime(const ClientContext &context, const AppointmentView &visit,
                                  QWidget *parent, bool moving, const Finished &finished)
{
    const qint64 now = context.clock->nowMs();
    const auto modality = ScheduleRows::modalityFromName(visit.modality);
    auto freeTimes =
            ProviderDirectory(context.store->database())
                    .freeSlotsOf(visit.providerId, now,
                                 now + FindDoctorPage::daysAhead * 24LL * 3600 * 1000, modality);
    if (!freeTimes)
        return finished(freeTimes.error().message);
    auto *dialog = new ProposeTimeDialog(
            *freeTimes, moving ? visit.providerName : visit.patientName, parent,
            moving ? ProposeTimeDialog::Purpose::Move : ProposeTimeDialog::Purpose::Propose);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = visit.id;
    const QString mutation = moving ? u"appointment.reschedule"_s : u"appointment.propose"_s;
    QObject::connect(dialog, &QDialog::accepted, parent, [context, dialog, id, mutation, finished] {
        const Slot *slot = dialog->chosen();
        if (!slot)
            return;
        auto done = context.sync->submit(mutation,
                                         { { u"id"_s, id }, { u"start_at"_s, slot->startMs } });
        finished(done ? QString() : done.error().message);
    });
    dialog->open();
}

} // namespace clinic::ui
