#pragma once

#include <QFrame>

class QLabel;

namespace clinic {
class SyncEngine;
} // namespace clinic

namespace clinic::ui {

// Shown in the sync activity when sync has stopped because the clinic's server went back in
// time (restored from an older backup): what happened, what is safe, what to do, and the
// one way on from here that needs no administrator (fetch everything again).
class ServerBehindNotice : public QFrame
{
    Q_OBJECT
public:
    explicit ServerBehindNotice(SyncEngine *engine, QWidget *parent = nullptr);

    // Shows itself while the engine needs attention.
    void refresh();

private:
    void fetchEverythingAgain();

    SyncEngine *m_engine;
    QLabel *m_reason = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
