#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class QWidget;

namespace clinic {
class SyncEngine;
}

namespace clinic::ui {

// Keeps a view of the store current without queries nobody sees. Each load a view follows
// runs when the view is first shown, and again after a change to one of its tables: at once
// while the view shows, else when it is next shown (a hidden view only marks itself stale).
// The engine says what changed once per commit, so a sync batch costs each load one run.
class LiveView : public QObject
{
    Q_OBJECT
public:
    LiveView(QWidget *view, SyncEngine *sync);

    // `load` reads the tables named (an empty set: any synced table).
    void follow(const QSet<QString> &tables, std::function<void()> load);
    // What the engine's dataChanged does, for other news that changes what a load shows (a
    // change's answer from the server, the minute turning).
    void changed(const QSet<QString> &tables);
    // Marks every load stale: run when the view next shows, or now if it shows.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Load
    {
        QSet<QString> tables;
        std::function<void()> run;
        bool stale = true;
    };
    void runStale();

    QWidget *m_view;
    QList<Load> m_loads;
};

} // namespace clinic::ui
