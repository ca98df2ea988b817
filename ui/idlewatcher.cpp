#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace clinic::ui {

IdleWatcher::IdleWatcher(int idleMs, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleWatcher::~IdleWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setIdleInterval(int idleMs)
{
    m_timer.setInterval(idleMs);
    m_timer.start();
}

void IdleWatcher::pause()
{
    m_paused = true;
    m_timer.stop();
}

void IdleWatcher::resume()
{
    m_paused = false;
    m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_paused)
            m_timer.start(); // restart: idle counts from the last input
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clinic::ui
