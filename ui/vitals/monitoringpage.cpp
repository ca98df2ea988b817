#include "monitoringpage.h"

#include "acknowledgealertdialog.h"
#include "domain/careteamrepository.h"
#include "domain/patientrepository.h"
#include "formwidgets.h"
#include "storage/encryptedstore.h"
#include "liveview.h"
#include "monitoringmodel.h"
#include "vitalspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 recentAlertsMs = 7LL * 24 * 3600 * 1000;
}

MonitoringPage::MonitoringPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"monitoringPage"_s);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MonitoringPage::onLoaded);
    m_submit = [sync = context.sync](const QString &name, const QCborMap &args) {
        return sync->submit(name, args);
    };
    m_model = new MonitoringModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Monitored patients"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_count = new QLabel(this);
    m_count->setObjectName(u"monitoringCount"_s);
    m_count->setWordWrap(true);
    m_message = messageLabel(this, u"monitoringMessage"_s);
    m_acknowledge = new QPushButton(tr("Acknowledge…"), this);
    m_acknowledge->setAccessibleName(tr("Acknowledge alert"));
    m_open = new QPushButton(tr("Open vitals"), this);

    auto *list = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_open);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_message);

    auto *patient = new QWidget(this);
    auto *back = new QPushButton(tr("← Back to monitoring"), patient);
    m_patientTitle = heading(QString(), patient, 1.15);
    m_patientTitle->setObjectName(u"monitoringPatientTitle"_s);
    m_vitals = new VitalsPanel(m_context, patient);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_patientTitle, 1);
    auto *patientLayout = new QVBoxLayout(patient);
    patientLayout->setContentsMargins(0, 0, 0, 0);
    patientLayout->addLayout(top);
    patientLayout->addWidget(m_vitals, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(list);
    m_stack->addWidget(patient);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Monitoring"), this));
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonitoringPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openPatient(index.data(int(MonitoringModel::DataRole::PatientId)).toString());
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openPatient(selectedPatient()); });
    connect(m_acknowledge, &QPushButton::clicked, this, &MonitoringPage::acknowledgeSelected);
    connect(back, &QPushButton::clicked, this, &MonitoringPage::showList);
    connect(m_vitals, &VitalsPanel::addReadingRequested, this,
            &MonitoringPage::addReadingRequested);
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"vital_reading"_s, u"vital_alert"_s, u"vital_threshold"_s, u"care_team"_s,
                   u"patient"_s },
                 [this] { refresh(); });
    updateButtons();
}

MonitoringPage::~MonitoringPage()
{
    m_watcher.disconnect(this);
    m_pool.start([connection = m_connection] { connection->reset(); });
    m_pool.waitForDone();
}

void MonitoringPage::setSubmitter(VitalSubmit submit)
{
    m_submit = submit;
    m_vitals->setSubmitter(std::move(submit));
}

bool MonitoringPage::showingPatient() const
{
    return m_stack->currentIndex() == 1;
}

QString MonitoringPage::selectedPatient() const
{
    return m_table->currentIndex().data(int(MonitoringModel::DataRole::PatientId)).toString();
}

void MonitoringPage::refresh()
{
    ++m_generation;
    if (m_watcher.isRunning()) {
        m_again = true; // one load at a time; the newest question is asked next
        return;
    }
    m_again = false;
    // By value only: the worker has its own connection and never touches the widget.
    m_watcher.setFuture(QtConcurrent::run(
            &m_pool,
            [store = m_context.store, connection = m_connection,
             staff = m_context.account.accountId, since = m_context.clock->nowMs() - recentAlertsMs,
             generation = m_generation] {
                Loaded loaded;
                loaded.generation = generation;
                if (!*connection) {
                    auto opened = store->openSibling();
                    if (!opened) {
                        loaded.error = opened.error().message;
                        return loaded;
                    }
                    *connection = std::move(opened).value();
                }
                auto snapshot =
                        VitalRepository::monitoring((*connection)->database(), staff, since);
                if (!snapshot) {
                    loaded.error = snapshot.error().message;
                    return loaded;
                }
                QHash<QString, qsizetype> rowOf;
                for (const MonitoringSnapshot::Patient &patient : std::as_const(snapshot->patients)) {
                    MonitoringModel::Row row;
                    row.patientId = patient.id;
                    row.name = patient.name;
                    row.thresholds = snapshot->thresholds.value(patient.id);
                    rowOf.insert(patient.id, loaded.rows.size());
                    loaded.rows.append(std::move(row));
                }
                for (const VitalAlert &a : std::as_const(snapshot->alerts)) { // newest first
                    if (const auto found = rowOf.constFind(a.patientId);
                        found != rowOf.cend() && a.open())
                        loaded.rows[*found].openAlerts.append(a);
                }
                for (const LatestVital &v : std::as_const(snapshot->latest)) {
                    if (const auto found = rowOf.constFind(v.patientId); found != rowOf.cend())
                        loaded.rows[*found].latest.insert(int(v.kind), v);
                }
                return loaded;
            }));
}

void MonitoringPage::onLoaded()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    Loaded loaded = m_watcher.result();
    if (m_again || loaded.generation != m_generation) {
        refresh(); // the data changed meanwhile: this answer is already old
        return;
    }
    if (!loaded.error.isEmpty()) {
        m_model->setRows({});
        showMessage(m_message, loaded.error);
        updateButtons();
        emit listShown();
        return;
    }
    const QString selected = selectedPatient();
    int alerting = 0;
    for (const MonitoringModel::Row &row : std::as_const(loaded.rows))
        alerting += row.priority() == 0 ? 1 : 0;
    m_model->setRows(std::move(loaded.rows));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(MonitoringModel::Alert,
                            qMin(m_table->columnWidth(MonitoringModel::Alert), 420));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, MonitoringModel::Patient));
    m_message->hide();
    m_count->setText(m_model->rowCount() == 0
                             ? tr("No patients yet. Your care-team patients' vital signs appear "
                                  "here.")
                             : tr("Patients: %1 · with an alert to acknowledge: %2")
                                       .arg(m_model->rowCount())
                                       .arg(alerting));
    updateButtons();
    emit listShown();
}

void MonitoringPage::updateButtons()
{
    const auto *row = m_model->row(m_table->currentIndex().row());
    m_open->setEnabled(row != nullptr);
    m_acknowledge->setEnabled(row && row->alertToAcknowledge());
}

void MonitoringPage::openPatient(const QString &patientId)
{
    if (patientId.isEmpty())
        return;
    if (const int row = m_model->rowOf(patientId); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, MonitoringModel::Patient));
        m_patientTitle->setText(m_model->row(row)->name);
    } else {
        auto patient = PatientRepository(m_context.store->database()).find(patientId);
        m_patientTitle->setText(patient && patient->has_value() ? (*patient)->displayName()
                                                                : QString());
    }
    m_vitals->setPatient(patientId, m_context.account.role == Role::Doctor);
    m_stack->setCurrentIndex(1);
}

void MonitoringPage::showList()
{
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void MonitoringPage::acknowledgeSelected()
{
    const auto *row = m_model->row(m_table->currentIndex().row());
    const VitalAlert *alert = row ? row->alertToAcknowledge() : nullptr;
    if (!alert)
        return;
    auto *dialog = new AcknowledgeAlertDialog(*alert, row->name, m_submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace clinic::ui
