#pragma once

#include "domain/appointmentrepository.h"

#include <QPushButton>

#include <optional>

namespace clinic::ui {

class VideoVisits;

// "Start video visit" for the doctor, "Join video visit" for the patient whose doctor is
// calling, on the visit a page has selected. Shown only on a video visit the user could start
// or join; a doctor's button is disabled, saying why, outside the visit's time. It follows
// the call (a call starting or ending elsewhere) and the clock by itself.
class VideoVisitButton : public QPushButton
{
    Q_OBJECT
public:
    // `visits` may be null (a role without video visits): the button then never shows.
    VideoVisitButton(VideoVisits *visits, QWidget *parent = nullptr);

    // The visit the page has selected; null for none.
    void showVisit(const AppointmentView *visit);

private:
    void update();
    void activate();

    VideoVisits *m_visits;
    std::optional<AppointmentView> m_visit;
};

} // namespace clinic::ui
