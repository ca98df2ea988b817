#include "videovisitbutton.h"

#include "videovisits.h"

namespace clinic::ui {

using namespace Qt::StringLiterals;

VideoVisitButton::VideoVisitButton(VideoVisits *visits, QWidget *parent)
    : QPushButton(parent), m_visits(visits)
{
    setObjectName(u"videoVisitButton"_s);
    setVisible(false);
    if (m_visits)
        connect(m_visits, &VideoVisits::changed, this, &VideoVisitButton::update);
    connect(this, &QPushButton::clicked, this, &VideoVisitButton::activate);
}

void VideoVisitButton::showVisit(const AppointmentView *visit)
{
    m_visit = visit ? std::optional(*visit) : std::nullopt;
    update();
}

void VideoVisitButton::update()
{
    const bool video = m_visits && m_visit && m_visit->modality == u"video";
    if (video && m_visits->mayJoin(*m_visit)) {
        setText(tr("Join video visit"));
        setAccessibleName(tr("Join the video visit: your doctor is calling"));
        setToolTip({});
        setEnabled(true);
        setVisible(true);
        return;
    }
    const bool doctors = video && m_visits->mayStartSometime(*m_visit);
    setVisible(doctors);
    if (!doctors)
        return;
    const QString why = m_visits->whyNotNow(*m_visit);
    setText(tr("Start video visit"));
    setAccessibleName(tr("Start the video visit"));
    setToolTip(why);
    setEnabled(why.isEmpty());
}

void VideoVisitButton::activate()
{
    if (!m_visits || !m_visit)
        return;
    if (m_visits->mayJoin(*m_visit))
        m_visits->join();
    else
        m_visits->start(*m_visit);
}

} // namespace clinic::ui
