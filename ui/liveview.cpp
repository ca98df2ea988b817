#include "liveview.h"

#include "sync/syncengine.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace clinic::ui {

LiveView::LiveView(QWidget *view, SyncEngine *sync) : QObject(view), m_view(view)
{
    view->installEventFilter(this);
    connect(sync, &SyncEngine::dataChanged, this, &LiveView::changed);
}

void LiveView::follow(const QSet<QString> &tables, std::function<void()> load)
{
    m_loads.append({ tables, std::move(load), true });
    if (m_view->isVisible())
        runStale();
}

void LiveView::refresh()
{
    for (Load &load : m_loads)
        load.stale = true;
    if (m_view->isVisible())
        runStale();
}

bool LiveView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        runStale();
    return QObject::eventFilter(watched, event);
}

void LiveView::changed(const QSet<QString> &tables)
{
    for (Load &load : m_loads) {
        if (load.tables.isEmpty() || load.tables.intersects(tables))
            load.stale = true;
    }
    if (m_view->isVisible())
        runStale();
}

// In the order followed: a later load may use what an earlier one filled in (the filters
// before the search).
void LiveView::runStale()
{
    for (qsizetype i = 0; i < m_loads.size(); ++i) {
        if (!std::exchange(m_loads[i].stale, false))
            continue;
        m_loads[i].run(); // may not add loads: follow() is for the constructor
    }
}

} // namespace clinic::ui
