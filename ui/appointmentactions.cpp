#include "appointmentactions.h"

#include "dialogs/proposetimedialog.h"
#include "domain/providerdirectory.h"
#include "pages/finddoctorpage.h"
#include "scheduling/schedulerows.h"

#include <QDateTime>

namespace clinic::ui {

using namespace Qt::StringLiterals;

QString AppointmentActions::run(const ClientContext &context, const QString &mutation,
                                const QString &id)
{
    if (id.isEmpty())
        return {};
    auto done = context.sync->submit(mutation, { { u"id"_s, id } });
    return done ? QString() : done.error().message;
}

void AppointmentActions::proposeAnotherTime(const ClientContext &context,
                                            const AppointmentView &visit, QWidget *parent,
                                            const Finished &finished)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto modality = ScheduleRows::modalityFromName(visit.modality);
    auto freeTimes =
            ProviderDirectory(context.store->database())
                    .freeSlotsOf(visit.providerId, now,
                                 now + FindDoctorPage::daysAhead * 24LL * 3600 * 1000, modality);
    if (!freeTimes)
        return finished(freeTimes.error().message);
    auto *dialog = new ProposeTimeDialog(*freeTimes, visit.patientName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = visit.id;
    QObject::connect(dialog, &QDialog::accepted, parent, [context, dialog, id, finished] {
        const Slot *slot = dialog->chosen();
        if (!slot)
            return;
        auto done = context.sync->submit(u"appointment.propose"_s,
                                         { { u"id"_s, id }, { u"start_at"_s, slot->startMs } });
        finished(done ? QString() : done.error().message);
    });
    dialog->open();
}

} // namespace clinic::ui
