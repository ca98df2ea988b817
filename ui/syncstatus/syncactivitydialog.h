#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace clinic {
class Clock;
class SyncEngine;
} // namespace clinic

namespace clinic::ui {

class ServerBehindNotice;
class SyncOutcomeModel;

// What became of the changes made on this computer: each with the server's answer, and for a
// refused one the server's reason. Opening it marks the refusals as seen.
class SyncActivityDialog : public QDialog
{
    Q_OBJECT
public:
    SyncActivityDialog(SyncEngine *engine, const Clock &clock, QWidget *parent = nullptr);

    SyncOutcomeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reads the outcomes again and, while the dialog shows, marks them seen.
    void reload();

signals:
    void outcomesSeen();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();

    SyncEngine *m_engine;
    const Clock &m_clock;
    SyncOutcomeModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ServerBehindNotice *m_serverBehind = nullptr;
};

} // namespace clinic::ui
