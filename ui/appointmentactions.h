#pragma once

#include "clientcontext.h"
#include "domain/appointmentrepository.h"

#include <functional>

class QWidget;

namespace clinic::ui {

// What a doctor (or the front desk) does with a visit, the same from every page that offers
// it (Appointments, Calendar): each is a mutation through the sync engine, so it works
// offline. `finished` gets the reason it was refused here, or an empty text.
namespace AppointmentActions {
using Finished = std::function<void(const QString &error)>;

QString run(const ClientContext &context, const QString &mutation, const QString &id);
// Offers the provider's free times of the coming days in a ProposeTimeDialog (a child of
// `parent`, opened window-modal) and sends appointment.propose with the chosen one.
void proposeAnotherTime(const ClientContext &context, const AppointmentView &visit, QWidget *parent,
                        const Finished &finished);
} // namespace AppointmentActions

} // namespace clinic::ui
