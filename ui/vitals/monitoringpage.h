#pragma once

#include "clientcontext.h"
#include "monitoringmodel.h"
#include "vitalformat.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace clinic::ui {

class VitalsPanel;

// Doctors' and nurses' watch over their care-team patients' vital signs: the latest reading of
// each kind, open alerts first, "Acknowledge…" and "Open vitals" (one patient's chart and
// readings; a doctor also sets their thresholds there). Follows sync while shown.
class MonitoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitoringPage(const ClientContext &context, QWidget *parent = nullptr);
    ~MonitoringPage() override;

    MonitoringModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    VitalsPanel *vitals() const { return m_vitals; }
    bool showingPatient() const;
    bool loading() const { return m_watcher.isRunning(); }
    void setSubmitter(VitalSubmit submit);

    // Shows one patient's vitals (from here, or from My patients).
    void openPatient(const QString &patientId);
    void showList();
    // Asks for a note and acknowledges the selected patient's open alert.
    void acknowledgeSelected();

signals:
    void addReadingRequested(const QString &patientId, clinic::VitalKind kind);
    // The list shows the data of the latest load (tests wait for it).
    void listShown();

private:
    struct Loaded
    {
        quint64 generation = 0;
        QList<MonitoringModel::Row> rows;
        QString error;
    };
    void refresh();
    void onLoaded();
    void updateButtons();
    QString selectedPatient() const;

    ClientContext m_context;
    VitalSubmit m_submit;
    MonitoringModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_patientTitle = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_open = nullptr;
    VitalsPanel *m_vitals = nullptr;
    // The list is read on a worker of its own with a connection of its own (VitalsPanel's
    // pattern): one load at a time; a change meanwhile is loaded when it ends.
    QThreadPool m_pool;
    std::shared_ptr<std::unique_ptr<EncryptedStore>> m_connection =
            std::make_shared<std::unique_ptr<EncryptedStore>>();
    QFutureWatcher<Loaded> m_watcher;
    quint64 m_generation = 0;
    bool m_again = false;
};

} // namespace clinic::ui
