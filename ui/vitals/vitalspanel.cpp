#include "vitalspanel.h"

#include "domain/careteamrepository.h"
#include "domain/patientrepository.h"
#include "formwidgets.h"
#include "liveview.h"
#include "thresholddialog.h"
#include "vitalchart.h"
#include "vitalreadingmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace clinic::ui {

using namespace Qt::StringLiterals;

VitalsPanel::VitalsPanel(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_submit = [sync = context.sync](const QString &name, const QCborMap &args) {
        return sync->submit(name, args);
    };
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Vital sign"));
    for (VitalKind kind : allVitalKinds)
        m_kind->addItem(VitalKinds::displayName(kind), int(kind));
    m_range = new QComboBox(this);
    m_range->setAccessibleName(tr("Time range"));
    for (VitalRange range :
         { VitalRange::Week, VitalRange::Month, VitalRange::Year, VitalRange::All })
        m_range->addItem(VitalFormat::rangeName(range), int(range));
    m_range->setCurrentIndex(1); // a month
    m_add = new QPushButton(tr("Add reading…"), this);
    m_add->setAccessibleName(tr("Add reading"));
    m_setThresholds = new QPushButton(tr("Thresholds…"), this);
    m_setThresholds->setAccessibleName(tr("Thresholds"));
    m_setThresholds->setVisible(false);

    m_latest = new QLabel(this);
    m_latest->setObjectName(u"vitalsLatest"_s);
    m_latest->setWordWrap(true);
    m_latest->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_latest->setAccessibleName(tr("Latest readings"));
    m_limits = new QLabel(this);
    m_limits->setObjectName(u"vitalsThresholds"_s);
    m_limits->setWordWrap(true);
    m_limits->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_limits->setAccessibleName(tr("Thresholds"));
    m_message = messageLabel(this, u"vitalsMessage"_s);

    m_chart = new VitalChart(this);
    m_model = new VitalReadingModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Readings"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setColumnWidth(VitalReadingModel::Time, 160);
    m_table->setColumnWidth(VitalReadingModel::Value, 150);
    m_table->setColumnWidth(VitalReadingModel::Status, 70);
    m_table->setColumnWidth(VitalReadingModel::Source, 120);

    auto *controls = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Vital sign"), this);
    kindLabel->setBuddy(m_kind);
    auto *rangeLabel = new QLabel(tr("&Range"), this);
    rangeLabel->setBuddy(m_range);
    controls->addWidget(kindLabel);
    controls->addWidget(m_kind);
    controls->addSpacing(12);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addStretch();
    controls->addWidget(m_setThresholds);
    controls->addWidget(m_add);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_latest);
    layout->addWidget(m_limits);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        loadSummary(); // the thresholds line names the kind shown
        loadReadings();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &VitalsPanel::loadReadings);
    connect(m_add, &QPushButton::clicked, this,
            [this] { emit addReadingRequested(m_patientId, kind()); });
    connect(m_setThresholds, &QPushButton::clicked, this, &VitalsPanel::editThresholds);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &VitalsPanel::onLoaded);
    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"vital_reading"_s, u"vital_threshold"_s, u"care_team"_s },
                 [this] { reload(); });
}

VitalsPanel::~VitalsPanel()
{
    m_watcher.disconnect(this);
    m_pool.start([connection = m_connection] { connection->reset(); });
    m_pool.waitForDone();
}

VitalKind VitalsPanel::kind() const
{
    return VitalKind(m_kind->currentData().toInt());
}

void VitalsPanel::setKind(VitalKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

VitalRange VitalsPanel::range() const
{
    return VitalRange(m_range->currentData().toInt());
}

void VitalsPanel::setRange(VitalRange range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void VitalsPanel::setPatient(const QString &patientId, bool canSetThresholds)
{
    m_canSetThresholds = canSetThresholds;
    m_setThresholds->setVisible(canSetThresholds);
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    if (isVisible())
        reload();
}

void VitalsPanel::reload()
{
    loadSummary();
    loadReadings();
}

std::optional<VitalThreshold> VitalsPanel::thresholdOf(VitalKind kind) const
{
    for (const VitalThreshold &t : m_thresholds) {
        if (t.kind == kind)
            return t;
    }
    return std::nullopt;
}

// The latest of each kind, the thresholds, and who entered readings: a few index look-ups.
void VitalsPanel::loadSummary()
{
    m_add->setEnabled(!m_patientId.isEmpty());
    m_setThresholds->setEnabled(!m_patientId.isEmpty());
    if (m_patientId.isEmpty()) {
        m_latest->clear();
        m_limits->clear();
        m_thresholds.clear();
        return;
    }
    const QSqlDatabase db = m_context.store->database();
    auto latest = VitalRepository::latest(db, { m_patientId });
    auto thresholds = VitalRepository::thresholds(db, m_patientId);
    if (!latest || !thresholds)
        return showMessage(m_message, (!latest ? latest.error() : thresholds.error()).message);
    m_thresholds = *thresholds;
    QStringList parts;
    for (const LatestVital &v : *latest) {
        QString text = tr("%1: %2 (%3)")
                               .arg(VitalKinds::displayName(v.kind),
                                    VitalFormat::value(v.kind, v.value, v.diastolic, v.enteredUnit),
                                    VitalFormat::when(v.takenAtMs));
        VitalReading r;
        r.kind = v.kind;
        r.value = v.value;
        r.diastolic = v.diastolic;
        const int out = VitalReadingModel::outOfRange(r, thresholdOf(v.kind));
        if (out != 0)
            text += out > 0 ? tr(" ▲ high") : tr(" ▼ low");
        parts << text;
    }
    m_latest->setText(parts.isEmpty() ? tr("No readings yet.")
                                      : tr("Latest — %1").arg(parts.join(u" · "_s)));
    QStringList limits;
    for (const VitalThreshold &t : m_thresholds)
        limits << tr("%1 %2").arg(VitalKinds::displayName(t.kind), VitalFormat::threshold(t));
    m_limits->setText(limits.isEmpty() ? tr("Thresholds: none set by the doctor.")
                                       : tr("Thresholds: %1").arg(limits.join(u"; "_s)));
    // Who entered readings, by name: the patient, the care team (past and present).
    m_names.clear();
    m_names.insert(m_context.account.accountId,
                   m_context.account.role == Role::Patient ? tr("You")
                                                           : m_context.account.displayName);
    if (m_patientId != m_context.account.accountId) {
        auto patient = PatientRepository(db).find(m_patientId);
        if (patient && patient->has_value())
            m_names.insert(m_patientId, tr("%1 (patient)").arg((*patient)->displayName()));
    }
    if (auto staff = CareTeamRepository::knownStaff(db)) {
        for (const StaffMember &s : *staff)
            m_names.insert(s.id, s.name);
    }
}

void VitalsPanel::loadReadings()
{
    ++m_generation;
    if (m_patientId.isEmpty()) {
        m_chart->setReadings(kind(), {}, std::nullopt, 0, m_context.clock->nowMs());
        m_model->setReadings({}, std::nullopt, m_names);
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true; // one load at a time; the newest question is asked next
        return;
    }
    m_again = false;
    const qint64 now = m_context.clock->nowMs();
    const qint64 span = VitalFormat::rangeMs(range());
    m_toMs = now + 60 * 1000; // a reading taken this minute is in
    m_fromMs = span > 0 ? now - span : 0;
    showMessage(m_message, tr("Loading readings…"), false);
    startLoad(false);
}

// Two steps, so the chart paints before the table's rows (all of them, with their text) are
// read: the chart's points, then the table's rows.
void VitalsPanel::startLoad(bool table)
{
    // By value only: the worker has its own connection and never touches the widget.
    m_watcher.setFuture(QtConcurrent::run(
            &m_pool,
            [store = m_context.store, connection = m_connection, patient = m_patientId, k = kind(),
             from = m_fromMs, to = m_toMs, generation = m_generation, table] {
                Loaded loaded;
                loaded.generation = generation;
                loaded.table = table;
                if (!*connection) {
                    auto opened = store->openSibling();
                    if (!opened) {
                        loaded.error = opened.error().message;
                        return loaded;
                    }
                    *connection = std::move(opened).value();
                }
                {
                    const QSqlDatabase db = (*connection)->database();
                    if (table) {
                        auto readings = VitalRepository::readings(db, patient, k, from, to);
                        if (readings)
                            loaded.readings = std::move(readings).value();
                        else
                            loaded.error = readings.error().message;
                    } else {
                        auto series = VitalRepository::chartSeries(db, patient, k, from, to);
                        if (series)
                            loaded.series = std::move(series).value();
                        else
                            loaded.error = series.error().message;
                    }
                }
                return loaded;
            }));
}

void VitalsPanel::onLoaded()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    Loaded loaded = m_watcher.result();
    if (m_again || loaded.generation != m_generation) {
        loadReadings(); // the kind, range or data changed meanwhile
        return;
    }
    if (!loaded.error.isEmpty())
        return showMessage(m_message, loaded.error);
    const auto threshold = thresholdOf(kind());
    if (!loaded.table) {
        m_chart->setReadings(kind(), std::move(loaded.series), threshold,
                             range() == VitalRange::All ? 0 : m_fromMs, m_toMs);
        emit chartShown();
        startLoad(true);
        return;
    }
    m_message->clear();
    m_message->hide();
    m_model->setReadings(std::move(loaded.readings), threshold, m_names);
    emit readingsShown();
}

void VitalsPanel::editThresholds()
{
    if (!m_canSetThresholds || m_patientId.isEmpty())
        return;
    auto *dialog = new ThresholdDialog(m_patientId, m_thresholds, m_submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace clinic::ui
