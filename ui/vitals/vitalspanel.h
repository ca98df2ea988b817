#pragma once

#include "clientcontext.h"
#include "vitalformat.h"
#include "vitals/vitalrepository.h"

#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class VitalChart;
class VitalReadingModel;

// One patient's vital signs: a kind and a range to choose, the chart and the same readings as a
// table (for screen readers, and exact where the chart thins a long range), the latest value of
// each kind and the patient's thresholds at a glance, "Add reading", and for the patient's doctor
// "Thresholds…". The patient's own page and the clinician's view both show it. The readings load
// on a worker (a year every five minutes is 105,000 rows); the rest is a few index look-ups.
class VitalsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VitalsPanel(const ClientContext &context, QWidget *parent = nullptr);
    // Waits for a load under way and closes the worker's connection on its thread.
    ~VitalsPanel() override;

    // `canSetThresholds`: a doctor on the patient's care team.
    void setPatient(const QString &patientId, bool canSetThresholds);
    QString patientId() const { return m_patientId; }
    void setKind(VitalKind kind);
    VitalKind kind() const;
    void setRange(VitalRange range);
    VitalRange range() const;
    void setSubmitter(VitalSubmit submit) { m_submit = std::move(submit); }

    VitalChart *chart() const { return m_chart; }
    VitalReadingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool loading() const { return m_watcher.isRunning(); }
    QList<VitalThreshold> thresholds() const { return m_thresholds; }

    // Opens the thresholds dialog (the "Thresholds…" button).
    void editThresholds();

signals:
    // "Add reading": the hand-entry dialog is opened by whoever connects this.
    void addReadingRequested(const QString &patientId, clinic::VitalKind kind);
    // The chart shows the kind and range asked last (the table follows: readingsShown).
    void chartShown();
    // The chart and table show the readings of the kind and range asked last.
    void readingsShown();

private:
    struct Loaded
    {
        quint64 generation = 0;
        VitalSeries series;
        QList<VitalReading> readings;
        QString error;
        bool table = false; // the second step: the table's rows
    };
    void reload(); // summary now, readings on the worker
    void loadSummary();
    void loadReadings();
    void startLoad(bool table);
    void onLoaded();
    std::optional<VitalThreshold> thresholdOf(VitalKind kind) const;

    ClientContext m_context;
    VitalSubmit m_submit;
    QString m_patientId;
    bool m_canSetThresholds = false;
    QComboBox *m_kind = nullptr;
    QComboBox *m_range = nullptr;
    QLabel *m_latest = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_setThresholds = nullptr;
    VitalChart *m_chart = nullptr;
    VitalReadingModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QList<VitalThreshold> m_thresholds;
    QHash<QString, QString> m_names;
    // One kept thread holds the worker's connection, so its page cache stays warm between
    // loads (a new connection would read and decrypt a year of pages again).
    QThreadPool m_pool;
    std::shared_ptr<std::unique_ptr<EncryptedStore>> m_connection =
            std::make_shared<std::unique_ptr<EncryptedStore>>();
    QFutureWatcher<Loaded> m_watcher;
    quint64 m_generation = 0;
    bool m_again = false; // asked while a load ran
    qint64 m_fromMs = 0, m_toMs = 0;
};

} // namespace clinic::ui
