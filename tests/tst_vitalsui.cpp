// The vital-signs screens offscreen on a fresh store whose rows arrive after the pages are built
// (as a first sync lands): the patient's chart and table, range switching, the thinning of long
// ranges, the Monitoring page's order and acknowledgement, the thresholds dialog and the alert
// notifications. Rows are written straight into the store, as sync writes them; the mutations
// are another unit's (their submissions are captured here). Set CLINIC_SCREENSHOT_DIR to keep
// the screens; they are also saved as /tmp/vui-*.png.
#include "domain/notificationfeed.h"
#include "domain/patientrepository.h"
#include "manualclock.h"
#include "models/patientlistmodel.h"
#include "mutations/rowstore.h"
#include "pages/mypatientspage.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"
#include "syncsession.h"
#include "vitals/acknowledgealertdialog.h"
#include "vitals/monitoringmodel.h"
#include "vitals/monitoringpage.h"
#include "vitals/thresholddialog.h"
#include "vitals/vitalchart.h"
#include "vitals/vitalreadingmodel.h"
#include "vitals/vitalspage.h"
#include "vitals/vitalspanel.h"
#include "vitals/vitalunits.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A store, its sync engine (offline) and the context a page gets, for one signed-in user.
struct Desk
{
    Desk(Role role, const QString &accountId, const QString &name, const Clock &clock)
    {
        auto created = EncryptedStore::create(dir.filePath(u"store.db"_s), password("pw"),
                                              fastStoreOptions());
        QVERIFY(created);
        store = std::move(created).value();
        account = LocalAccount { u"127.0.0.1:1"_s, accountId, name, name, role, 10 };
        session = std::make_unique<SyncSession>(store, account, offline, clock);
        context.store = store;
        context.account = account;
        context.connection = &offline;
        context.sync = session->engine();
        context.clock = &clock;
    }
    QSqlDatabase db() const { return store->database(); }
    // What the engine says after a pull lands.
    void synced(const QSet<QString> &tables) { emit session->engine()->dataChanged(tables); }

    QTemporaryDir dir;
    std::shared_ptr<EncryptedStore> store;
    LocalAccount account;
    ServerConnection offline { u"clinic test"_s };
    std::unique_ptr<SyncSession> session;
    ClientContext context;
};

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

bool addPatient(QSqlDatabase db, const QString &id, const QString &given, const QString &family)
{
    Patient p = makePatient(1);
    p.id = id;
    p.givenName = given;
    p.familyName = family;
    auto transaction = WriteTransaction::begin(db);
    return transaction && PatientRepository(db).insert(*transaction, p).ok()
            && transaction->commit().ok();
}

bool addCareTeam(QSqlDatabase db, const QString &patientId, const QString &staffId,
                 const QString &staffName, const QString &role = u"doctor"_s)
{
    return exec(db,
                u"INSERT INTO care_team (id, updated_at, patient_id, staff_id, staff_name, "
                u"staff_role) VALUES (?, 1, ?, ?, ?, ?)"_s,
                { newId(), patientId, staffId, staffName, role });
}

// Written as sync writes a pulled reading: through RowStore, which keeps the charts' hours.
bool addReading(QSqlDatabase db, const QString &patientId, VitalKind kind, qint64 at, double value,
                QVariant diastolic = {}, const QString &unit = {}, const QString &enteredBy = {},
                const QString &note = {})
{
    QCborMap row { { u"id"_s, newId() },
                   { u"rev"_s, 1 },
                   { u"deleted"_s, false },
                   { u"updated_at"_s, at },
                   { u"updated_by"_s, enteredBy },
                   { u"patient_id"_s, patientId },
                   { u"kind"_s, VitalKinds::key(kind) },
                   { u"value"_s, value },
                   { u"entered_unit"_s, unit.isEmpty() ? VitalUnits::canonical(kind) : unit },
                   { u"taken_at"_s, at },
                   { u"source"_s, u"manual"_s },
                   { u"device_name"_s, QString() },
                   { u"device_address"_s, QString() },
                   { u"entered_by"_s, enteredBy },
                   { u"flags"_s, QString() },
                   { u"note"_s, note } };
    if (diastolic.isValid())
        row.insert(u"diastolic"_s, diastolic.toDouble());
    RowStore rows(db, RowStore::SearchIndex::Maintain);
    return rows.write(*SyncedTables::find(u"vital_reading"), row).ok();
}

bool addThreshold(QSqlDatabase db, const QString &patientId, VitalKind kind, QVariant low,
                  QVariant high, QVariant low2 = {}, QVariant high2 = {})
{
    return exec(db,
                u"INSERT INTO vital_threshold (id, updated_at, patient_id, kind, low, high, low2, "
                u"high2, set_by, set_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'dr', 1)"_s,
                { newId(), patientId, VitalKinds::key(kind), low, high, low2, high2 });
}

QString addAlert(QSqlDatabase db, const QString &patientId, VitalKind kind, qint64 openedAt,
                 const QString &summary, bool acknowledged = false)
{
    const QString id = newId();
    const bool ok = exec(db,
                         u"INSERT INTO vital_alert (id, updated_at, patient_id, kind, direction, "
                         u"reading_id, summary, opened_at, acknowledged_at, acknowledged_by) "
                         u"VALUES (?, ?, ?, ?, 'high', 'r', ?, ?, ?, COALESCE(?, ''))"_s,
                         { id, openedAt, patientId, VitalKinds::key(kind), summary, openedAt,
                           acknowledged ? QVariant(openedAt + minuteMs) : QVariant(),
                           acknowledged ? u"nurse"_s : QString() });
    return ok ? id : QString();
}

void save(QWidget *widget, const QString &name)
{
    widget->grab().save(u"/tmp/vui-"_s + name + u".png"_s);
    screenshot(widget, u"vui-"_s + name);
}

const QString patientId = u"0b6c0d7e-0000-4000-8000-000000000001"_s;

} // namespace

class TestVitalsUi : public QObject
{
    Q_OBJECT

private slots:
    void patientPageFillsInWithAMonthOfBloodPressure();
    void rangesSwitch();
    void longRangesAreThinnedKeepingExtremes();
    void monitoringListsCareTeamWithAlertsFirst();
    void monitoringReadsOnAWorkerNewestAnswerWins();
    void acknowledgeSubmitsTheNote();
    void thresholdDialogChecksAndSubmits();
    void alertsAreNotifiedOnce();
    void myPatientsAsksForAPatientsVitals();

private:
    ManualClock m_clock { 1795000000000 };
};

void TestVitalsUi::patientPageFillsInWithAMonthOfBloodPressure()
{
    Desk desk(Role::Patient, patientId, u"Maria Santos"_s, m_clock);
    VitalsPage page(desk.context);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    VitalsPanel *panel = page.panel();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!panel->loading());
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(panel->kind(), VitalKind::BloodPressure);
    QCOMPARE(panel->range(), VitalRange::Month);

    // The first sync lands: a month of readings twice a day, and the doctor's thresholds.
    const qint64 now = m_clock.nowMs();
    int count = 0;
    for (qint64 at = now - 30 * dayMs; at < now - hourMs; at += 12 * hourMs, ++count) {
        const double systolic = 125 + 12 * std::sin(double(count) / 4);
        QVERIFY(addReading(desk.db(), patientId, VitalKind::BloodPressure, at, systolic,
                           80 + 6 * std::cos(double(count) / 5), {}, patientId));
    }
    // Taken in kPa, and far too high.
    QVERIFY(addReading(desk.db(), patientId, VitalKind::BloodPressure, now - 30 * minuteMs, 182,
                       112, u"kPa"_s, patientId, u"after climbing stairs"_s));
    ++count;
    QVERIFY(addReading(desk.db(), patientId, VitalKind::HeartRate, now - hourMs, 72));
    QVERIFY(addThreshold(desk.db(), patientId, VitalKind::BloodPressure, 90, 140, 60, 90));
    QSignalSpy readingsShown(panel, &VitalsPanel::readingsShown);
    desk.synced({ u"vital_reading"_s, u"vital_threshold"_s });
    QVERIFY(readingsShown.wait(10000) || !readingsShown.isEmpty());
    QTRY_VERIFY(!panel->loading());

    QCOMPARE(panel->model()->rowCount(), count);
    QCOMPARE(panel->chart()->primarySeries()->count(), count); // few: not thinned
    QCOMPARE(panel->chart()->secondarySeries()->count(), count);
    QCOMPARE(panel->chart()->primarySeries()->at(count - 1).y(), 182.0);
    QCOMPARE(panel->chart()->secondarySeries()->at(count - 1).y(), 112.0);
    const QList<QLineSeries *> bounds = panel->chart()->thresholdSeries();
    QCOMPARE(bounds.size(), 4);
    QList<double> levels;
    for (QLineSeries *line : bounds)
        levels << line->at(0).y();
    QCOMPARE(levels, (QList<double> { 90, 140, 60, 90 }));
    // Newest first, in the unit it was entered in, out of range in words.
    const QString value = panel->model()->index(0, VitalReadingModel::Value).data().toString();
    QVERIFY2(value.contains(u"kPa"), qPrintable(value));
    QVERIFY2(value.startsWith(u"24.3/14.9"), qPrintable(value));
    QCOMPARE(panel->model()->index(0, VitalReadingModel::Status).data().toString(), u"▲ High"_s);
    QCOMPARE(panel->model()->index(0, VitalReadingModel::EnteredBy).data().toString(), u"You"_s);
    QCOMPARE(panel->model()->index(0, VitalReadingModel::Note).data().toString(),
             u"after climbing stairs"_s);
    QVERIFY(shown(&page, u"vitalsLatest"_s).contains(u"Heart rate: 72 bpm"));
    QVERIFY(shown(&page, u"vitalsThresholds"_s).contains(u"systolic 90–140"));
    QVERIFY(!button(&page, u"Thresholds…"_s)); // read-only for the patient: not offered
    QSignalSpy add(&page, &VitalsPage::addReadingRequested);
    button(&page, u"Add reading…"_s)->click();
    QCOMPARE(add.size(), 1);
    QCOMPARE(add.at(0).at(0).toString(), patientId);
    QVERIFY(!panel->chart()->accessibleName().isEmpty());
    QTest::qWait(50);
    save(&page, u"patient-vitals"_s);
}

void TestVitalsUi::rangesSwitch()
{
    Desk desk(Role::Patient, patientId, u"Maria Santos"_s, m_clock);
    const qint64 now = m_clock.nowMs();
    for (int day = 0; day < 400; ++day) // a reading a day for 400 days
        QVERIFY(addReading(desk.db(), patientId, VitalKind::Weight, now - day * dayMs - hourMs,
                           70 + day * 0.01));
    VitalsPage page(desk.context);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    VitalsPanel *panel = page.panel();
    panel->setKind(VitalKind::Weight);
    const auto rowsFor = [&](VitalRange range) {
        panel->setRange(range);
        if (!QTest::qWaitFor([&] { return !panel->loading(); }, 10000))
            return -1;
        QTest::qWait(20);
        return QTest::qWaitFor([&] { return !panel->loading(); }, 10000)
                ? panel->model()->rowCount()
                : -1;
    };
    QCOMPARE(rowsFor(VitalRange::Week), 7);
    QCOMPARE(panel->chart()->primarySeries()->count(), 7);
    QCOMPARE(rowsFor(VitalRange::Month), 31);
    QCOMPARE(rowsFor(VitalRange::Year), 366);
    QCOMPARE(rowsFor(VitalRange::All), 400);
    QCOMPARE(panel->chart()->readingCount(), 400);
    QCOMPARE(rowsFor(VitalRange::Week), 7);
}

void TestVitalsUi::longRangesAreThinnedKeepingExtremes()
{
    QList<VitalPoint> points;
    const qint64 start = m_clock.nowMs() - 365 * dayMs;
    for (int i = 0; i < 105120; ++i)
        points.append({ start + i * 5 * minuteMs, 70.0 + (i % 7), std::nan("") });
    points[50000].value = 190; // one spike must stay visible
    points[70000].value = 31;
    const QList<QPointF> thinned =
            VitalChart::decimate(points, false, start, start + 365 * dayMs, 800);
    QVERIFY(thinned.size() <= 2 * 800);
    QVERIFY(thinned.size() >= 800);
    double high = 0, low = 1000;
    for (int i = 0; i < thinned.size(); ++i) {
        high = qMax(high, thinned[i].y());
        low = qMin(low, thinned[i].y());
        if (i > 0)
            QVERIFY(thinned[i].x() >= thinned[i - 1].x()); // in time order
    }
    QCOMPARE(high, 190.0);
    QCOMPARE(low, 31.0);
    // Few points are drawn as they are.
    QCOMPARE(VitalChart::decimate(points.mid(0, 100), false, start, start + dayMs, 800).size(),
             100);
}

void TestVitalsUi::monitoringListsCareTeamWithAlertsFirst()
{
    const QString doctor = u"dr-lee"_s;
    Desk desk(Role::Doctor, doctor, u"Dr Lee"_s, m_clock);
    MonitoringPage page(desk.context);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 0);

    const QString ana = newId(), bruno = newId(), carla = newId(), stranger = newId();
    const qint64 now = m_clock.nowMs();
    QVERIFY(addPatient(desk.db(), ana, u"Ana"_s, u"Alves"_s));
    QVERIFY(addPatient(desk.db(), bruno, u"Bruno"_s, u"Brito"_s));
    QVERIFY(addPatient(desk.db(), carla, u"Carla"_s, u"Costa"_s));
    QVERIFY(addPatient(desk.db(), stranger, u"Zé"_s, u"Estranho"_s));
    for (const QString &id : { ana, bruno, carla })
        QVERIFY(addCareTeam(desk.db(), id, doctor, u"Dr Lee"_s));
    QVERIFY(addCareTeam(desk.db(), stranger, u"dr-other"_s, u"Dr Other"_s));
    for (const QString &id : { ana, bruno, carla, stranger }) {
        QVERIFY(addReading(desk.db(), id, VitalKind::HeartRate, now - 2 * hourMs, 70));
        QVERIFY(addReading(desk.db(), id, VitalKind::BloodPressure, now - 3 * hourMs, 121, 79));
    }
    // Carla (last by name) is out of range with an alert nobody has acknowledged.
    QVERIFY(addThreshold(desk.db(), carla, VitalKind::BloodPressure, 90, 140, 60, 90));
    QVERIFY(addReading(desk.db(), carla, VitalKind::BloodPressure, now - hourMs, 182, 112));
    const QString alert =
            addAlert(desk.db(), carla, VitalKind::BloodPressure, now - hourMs, u"182/112 mmHg"_s);
    QVERIFY(!alert.isEmpty());
    QVERIFY(!addAlert(desk.db(), stranger, VitalKind::BloodPressure, now, u"200/120 mmHg"_s)
                     .isEmpty());
    desk.synced({ u"patient"_s, u"care_team"_s, u"vital_reading"_s, u"vital_alert"_s,
                  u"vital_threshold"_s });

    QTRY_COMPARE(page.model()->rowCount(), 3); // the stranger is not on the team
    const MonitoringModel *model = page.model();
    QCOMPARE(model->row(0)->patientId, carla);
    QCOMPARE(model->row(1)->name, u"Ana Alves"_s);
    QCOMPARE(model->row(2)->name, u"Bruno Brito"_s);
    const QString bp = model->index(0, MonitoringModel::BloodPressure).data().toString();
    QVERIFY2(bp.startsWith(u"▲ 182/112 mmHg"), qPrintable(bp));
    QCOMPARE(model->index(0, MonitoringModel::BloodPressure, {})
                     .data(int(MonitoringModel::DataRole::OutOfRange))
                     .toInt(),
             1);
    QVERIFY(model->index(0, MonitoringModel::Alert).data().toString().startsWith(u"ALERT:"));
    QVERIFY(model->index(1, MonitoringModel::Alert).data().toString().isEmpty());
    QVERIFY(!model->index(1, MonitoringModel::BloodPressure).data().toString().contains(u"▲"));

    // An acknowledged alert still open comes after one not acknowledged, before the rest.
    QVERIFY(!addAlert(desk.db(), bruno, VitalKind::HeartRate, now - 5 * hourMs, u"130 bpm"_s, true)
                     .isEmpty());
    desk.synced({ u"vital_alert"_s });
    QTRY_COMPARE(page.model()->row(1)->patientId, bruno);
    QCOMPARE(page.model()->row(0)->patientId, carla);
    QVERIFY(page.model()
                    ->index(1, MonitoringModel::Alert)
                    .data()
                    .toString()
                    .startsWith(u"Acknowledged:"));
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QVERIFY(button(&page, u"Acknowledge…"_s)->isEnabled());
    page.table()->setCurrentIndex(page.model()->index(1, 0));
    QVERIFY(!button(&page, u"Acknowledge…"_s)->isEnabled());
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QTest::qWait(50);
    save(&page, u"monitoring"_s);
    page.grab().save(u"/tmp/vitals-monitoring.png"_s);

    // "Open vitals": the patient's chart; their doctor may set thresholds.
    button(&page, u"Open vitals"_s)->click();
    QVERIFY(page.showingPatient());
    QCOMPARE(page.vitals()->patientId(), carla);
    QTRY_VERIFY(!page.vitals()->loading());
    QTRY_COMPARE(page.vitals()->model()->rowCount(), 2);
    QVERIFY(button(&page, u"Thresholds…"_s)->isVisible());
    QTest::qWait(50);
    save(&page, u"monitoring-patient"_s);
}

// The page's read runs on a worker: after a sync the window's thread returns at once and the
// list changes when the answer comes back; a change meanwhile is read again, and only the
// newest answer fills the model.
void TestVitalsUi::monitoringReadsOnAWorkerNewestAnswerWins()
{
    const QString doctor = u"dr-ng"_s;
    Desk desk(Role::Doctor, doctor, u"Dr Ng"_s, m_clock);
    MonitoringPage page(desk.context);
    QSignalSpy shown(&page, &MonitoringPage::listShown);
    page.resize(1200, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(page.model()->rowCount(), 0);

    const QString ana = newId(), bruno = newId();
    QVERIFY(addPatient(desk.db(), ana, u"Ana"_s, u"Alves"_s));
    QVERIFY(addCareTeam(desk.db(), ana, doctor, u"Dr Ng"_s));
    QVERIFY(addReading(desk.db(), ana, VitalKind::SpO2, m_clock.nowMs() - hourMs, 95));
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    desk.synced({ u"patient"_s, u"care_team"_s, u"vital_reading"_s });
    // Not read here: the window's thread went on before any row was read.
    QCOMPARE(page.model()->rowCount(), 0);
    // Changed again while that load runs.
    QVERIFY(addPatient(desk.db(), bruno, u"Bruno"_s, u"Brito"_s));
    QVERIFY(addCareTeam(desk.db(), bruno, doctor, u"Dr Ng"_s));
    desk.synced({ u"patient"_s, u"care_team"_s });
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QTRY_VERIFY(!page.loading());
    QCOMPARE(resets.size(), 1); // the older answer never reached the model
    QCOMPARE(shown.size(), 2);
    QCOMPARE(page.model()->row(0)->name, u"Ana Alves"_s);
    QCOMPARE(page.model()->index(0, MonitoringModel::SpO2).data().toString(), u"95%"_s);

    // Hidden, it reads nothing; shown again, it catches up.
    page.hide();
    QVERIFY(addReading(desk.db(), bruno, VitalKind::SpO2, m_clock.nowMs() - hourMs, 91));
    desk.synced({ u"vital_reading"_s });
    QVERIFY(!page.loading());
    QCOMPARE(page.model()->index(1, MonitoringModel::SpO2).data().toString(), QString());
    page.show();
    QTRY_COMPARE(page.model()->index(1, MonitoringModel::SpO2).data().toString(), u"91%"_s);
}

void TestVitalsUi::acknowledgeSubmitsTheNote()
{
    const QString doctor = u"nurse-nia"_s;
    Desk desk(Role::Nurse, doctor, u"Nia"_s, m_clock);
    const QString ana = newId();
    QVERIFY(addPatient(desk.db(), ana, u"Ana"_s, u"Alves"_s));
    QVERIFY(addCareTeam(desk.db(), ana, doctor, u"Nia"_s, u"nurse"_s));
    const QString alert = addAlert(desk.db(), ana, VitalKind::SpO2, m_clock.nowMs(), u"86%"_s);
    MonitoringPage page(desk.context);
    QList<std::pair<QString, QCborMap>> sent;
    page.setSubmitter([&](const QString &name, const QCborMap &args) -> Result<qint64> {
        sent.append({ name, args });
        return qint64(sent.size());
    });
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    button(&page, u"Acknowledge…"_s)->click();
    auto *dialog = page.findChild<AcknowledgeAlertDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->acknowledgeButton()->isEnabled()); // a note is required
    dialog->noteField()->setPlainText(QString(1001, u'x'));
    QVERIFY(!dialog->acknowledgeButton()->isEnabled());
    dialog->noteField()->setPlainText(u"Called her; oximeter re-checked at 95%."_s);
    QVERIFY(dialog->acknowledgeButton()->isEnabled());
    dialog->grab().save(u"/tmp/vui-acknowledge.png"_s);
    dialog->acknowledgeButton()->click();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].first, u"vital.alert.acknowledge"_s);
    QCOMPARE(sent[0].second.value(u"id"_s).toString(), alert);
    QCOMPARE(sent[0].second.value(u"note"_s).toString(),
             u"Called her; oximeter re-checked at 95%."_s);
    QCOMPARE(sent[0].second.size(), 2);
}

void TestVitalsUi::thresholdDialogChecksAndSubmits()
{
    QList<std::pair<QString, QCborMap>> sent;
    VitalThreshold before;
    before.kind = VitalKind::HeartRate;
    before.low = 50;
    before.high = 110;
    ThresholdDialog dialog(patientId, { before },
                           [&](const QString &name, const QCborMap &args) -> Result<qint64> {
                               sent.append({ name, args });
                               return qint64(1);
                           });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.field(VitalKind::HeartRate, 0)->text(), u"50"_s);
    dialog.grab().save(u"/tmp/vui-thresholds.png"_s);
    // Low above high: refused, nothing sent.
    dialog.field(VitalKind::BloodPressure, 0)->setText(u"150"_s);
    dialog.field(VitalKind::BloodPressure, 1)->setText(u"140"_s);
    dialog.accept();
    QVERIFY(dialog.message().contains(u"below the high"));
    QVERIFY(sent.isEmpty());
    // Out of what a body measures: refused.
    dialog.field(VitalKind::BloodPressure, 0)->setText(u"90"_s);
    dialog.field(VitalKind::Temperature, 1)->setText(u"95"_s);
    dialog.accept();
    QVERIFY(dialog.message().contains(u"from 30 to 45"));
    QVERIFY(sent.isEmpty());
    dialog.field(VitalKind::Temperature, 1)->setText(u"38"_s);
    dialog.field(VitalKind::BloodPressure, 3)->setText(u"90"_s);
    dialog.field(VitalKind::HeartRate, 0)->clear(); // heart rate: only a high bound now
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sent.size(), 3); // blood pressure, heart rate, temperature: the changed kinds
    QMap<QString, QCborMap> byKind;
    for (const auto &[name, args] : sent) {
        QCOMPARE(name, u"vital.threshold.set"_s);
        QCOMPARE(args.value(u"patient_id"_s).toString(), patientId);
        byKind.insert(args.value(u"kind"_s).toString(), args);
    }
    QCOMPARE(byKind[u"blood_pressure"_s].value(u"low"_s).toDouble(), 90.0);
    QCOMPARE(byKind[u"blood_pressure"_s].value(u"high"_s).toDouble(), 140.0);
    QCOMPARE(byKind[u"blood_pressure"_s].value(u"high2"_s).toDouble(), 90.0);
    QVERIFY(!byKind[u"blood_pressure"_s].contains(u"low2"_s));
    QVERIFY(!byKind[u"heart_rate"_s].contains(u"low"_s));
    QCOMPARE(byKind[u"heart_rate"_s].value(u"high"_s).toDouble(), 110.0);
    QCOMPARE(byKind[u"temperature"_s].value(u"high"_s).toDouble(), 38.0);
}

void TestVitalsUi::alertsAreNotifiedOnce()
{
    const QString doctor = u"dr-lee"_s;
    Desk desk(Role::Doctor, doctor, u"Dr Lee"_s, m_clock);
    const QString ana = newId(), stranger = newId();
    QVERIFY(addPatient(desk.db(), ana, u"Ana"_s, u"Alves"_s));
    QVERIFY(addCareTeam(desk.db(), ana, doctor, u"Dr Lee"_s));
    // On this new computer, an alert from before: the first look only takes note.
    QVERIFY(!addAlert(desk.db(), ana, VitalKind::Glucose, m_clock.nowMs() - dayMs, u"2.9 mmol/L"_s)
                     .isEmpty());
    {
        NotificationFeed feed(desk.db(), doctor, Role::Doctor, m_clock);
        auto first = feed.update();
        QVERIFY(first);
        QCOMPARE(first->size(), 0);
        QVERIFY(!addAlert(desk.db(), ana, VitalKind::BloodPressure, m_clock.nowMs(),
                          u"182/112 mmHg"_s)
                         .isEmpty());
        QVERIFY(!addAlert(desk.db(), stranger, VitalKind::BloodPressure, m_clock.nowMs(),
                          u"190/120 mmHg"_s)
                         .isEmpty()); // not on this doctor's team
        auto news = feed.update();
        QVERIFY(news);
        QCOMPARE(news->size(), 1);
        QCOMPARE(news->at(0).kind, u"vital_alert"_s);
        QVERIFY2(news->at(0).text.contains(u"Ana Alves") && news->at(0).text.contains(u"182/112"),
                 qPrintable(news->at(0).text));
        auto again = feed.update();
        QVERIFY(again);
        QCOMPARE(again->size(), 0);
    }
    // After a restart: a feed made afresh over the same store says nothing new.
    NotificationFeed reopened(desk.db(), doctor, Role::Doctor, m_clock);
    auto after = reopened.update();
    QVERIFY(after);
    QCOMPARE(after->size(), 0);
    auto listed = reopened.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
}

// My patients' hook: "Vital signs…" asks for the selected patient's vitals (the main window
// opens them on the Monitoring page).
void TestVitalsUi::myPatientsAsksForAPatientsVitals()
{
    const QString doctor = u"dr-lee"_s;
    Desk desk(Role::Doctor, doctor, u"Dr Lee"_s, m_clock);
    const QString ana = newId();
    QVERIFY(addPatient(desk.db(), ana, u"Ana"_s, u"Alves"_s));
    QVERIFY(addCareTeam(desk.db(), ana, doctor, u"Dr Lee"_s));
    MyPatientsPage page(desk.context);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.select(ana);
    QSignalSpy asked(&page, &MyPatientsPage::vitalsRequested);
    QPushButton *vitals = button(&page, u"Vital signs…"_s);
    QVERIFY(vitals);
    vitals->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), ana);
}

QTEST_MAIN(TestVitalsUi)
#include "tst_vitalsui.moc"
