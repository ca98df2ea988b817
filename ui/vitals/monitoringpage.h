#pragma once

#include "clientcontext.h"
#include "vitalformat.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace clinic::ui {

class MonitoringModel;
class VitalsPanel;

// Doctors' and nurses' watch over their care-team patients' vital signs: the latest reading of
// each kind, open alerts first, "Acknowledge…" and "Open vitals" (one patient's chart and
// readings; a doctor also sets their thresholds there). Follows sync while shown.
class MonitoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitoringPage(const ClientContext &context, QWidget *parent = nullptr);

    MonitoringModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    VitalsPanel *vitals() const { return m_vitals; }
    bool showingPatient() const;
    void setSubmitter(VitalSubmit submit);

    // Shows one patient's vitals (from here, or from My patients).
    void openPatient(const QString &patientId);
    void showList();
    // Asks for a note and acknowledges the selected patient's open alert.
    void acknowledgeSelected();

signals:
    void addReadingRequested(const QString &patientId, clinic::VitalKind kind);

private:
    void refresh();
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
};

} // namespace clinic::ui
