#pragma once

#include <QObject>
#include <QTimer>

namespace clinic::ui {

// Notices when nobody has touched the keyboard or mouse in any Clinic window for a while.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(int idleMs, QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setIdleInterval(int idleMs);
    void pause();
    void resume();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_paused = false;
};

} // namespace clinic::ui
