#pragma once

#include <QWidget>

class QDateTime;
class QLabel;
class QToolButton;

namespace clinic {
class Clock;
class SyncEngine;
} // namespace clinic

namespace clinic::ui {

// The sync state in the status bar: refused changes the user has not looked at (a button that
// opens the activity), the changes waiting for the server, and when the last sync finished.
class SyncIndicator : public QWidget
{
    Q_OBJECT
public:
    SyncIndicator(SyncEngine *engine, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    // "Last synced 14:32" (local time; with the date when it was not today).
    static QString lastSyncText(qint64 utcMs, const QDateTime &now);

signals:
    void activityRequested();

private:
    SyncEngine *m_engine;
    const Clock &m_clock;
    QToolButton *m_rejections = nullptr;
    QToolButton *m_attention = nullptr; // sync stopped: the server went back in time
    QLabel *m_pending = nullptr;
    QLabel *m_last = nullptr;
};

} // namespace clinic::ui
