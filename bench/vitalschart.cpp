#include "vitalschart.h"

#include "crypto/securebytes.h"
#include "storage/encryptedstore.h"
#include "storage/writetransaction.h"
#include "syncsession.h"
#include "vitals/vitalchart.h"
#include "vitals/vitalreadingmodel.h"
#include "vitals/vitalrepository.h"
#include "vitals/vitalspanel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineSeries>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <cstdio>

using namespace clinic;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 fiveMinutesMs = 5 * 60 * 1000;
constexpr int readingsPerYear = 365 * 24 * 12; // 105,120

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 now) : m_now(now) { }
    qint64 nowMs() const override { return m_now; }

private:
    qint64 m_now;
};

// Written as sync writes rows: straight into the table, in one transaction.
bool seed(QSqlDatabase db, const QString &patientId, qint64 nowMs)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return false;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO vital_reading (id, updated_at, patient_id, kind, value, "
                   u"diastolic, entered_unit, taken_at, source, device_name) "
                   u"VALUES (?, ?, ?, 'blood_pressure', ?, ?, 'mmHg', ?, 'device', 'Cuff')"_s);
    const qint64 start = nowMs - qint64(readingsPerYear) * fiveMinutesMs;
    for (int i = 0; i < readingsPerYear; ++i) {
        const qint64 at = start + qint64(i) * fiveMinutesMs;
        const double day = double(i) / (24 * 12);
        insert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.bindValue(1, at);
        insert.bindValue(2, patientId);
        insert.bindValue(3, 125 + 10 * std::sin(day / 9) + (i % 13) - 6);
        insert.bindValue(4, 80 + 6 * std::cos(day / 7) + (i % 7) - 3);
        insert.bindValue(5, at);
        if (!insert.exec())
            return false;
    }
    return transaction->commit().ok();
}

} // namespace

void benchVitalsChart()
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::minimum(); // the key's cost is not what is measured
    auto created = EncryptedStore::create(dir.filePath(u"vitals.db"_s),
                                          SecureBytes::fromUtf8(u"bench"), options);
    if (!created) {
        std::printf("store: %s\n", qPrintable(created.error().fullText()));
        return;
    }
    std::shared_ptr<EncryptedStore> store = std::move(created).value();
    const QString patientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const FixedClock clock(1795000000000);
    QElapsedTimer timer;
    timer.start();
    if (!seed(store->database(), patientId, clock.nowMs())) {
        std::printf("seeding failed\n");
        return;
    }
    std::printf(
            "vitals chart: %d blood-pressure readings (a year every 5 min) written in %lld ms\n",
            readingsPerYear, timer.elapsed());

    const qint64 yearAgo = clock.nowMs() - 366LL * 24 * 3600 * 1000;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        auto points =
                VitalRepository::points(store->database(), patientId, VitalKind::BloodPressure,
                                        yearAgo, clock.nowMs() + 60000);
        const qint64 pointsMs = timer.elapsed();
        timer.restart();
        auto rows =
                VitalRepository::readings(store->database(), patientId, VitalKind::BloodPressure,
                                          yearAgo, clock.nowMs() + 60000);
        std::printf("  query, run %d: chart points %lld ms (%lld rows), table rows %lld ms\n",
                    run + 1, pointsMs, points ? qint64(points->size()) : -1LL, timer.elapsed());
        (void)rows;
    }

    // The chart alone: the year's points in, first paint out.
    auto points = VitalRepository::points(store->database(), patientId, VitalKind::BloodPressure,
                                          yearAgo, clock.nowMs() + 60000);
    if (points) {
        VitalChart chart;
        chart.resize(1000, 420);
        chart.show();
        QCoreApplication::processEvents();
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            chart.setReadings(VitalKind::BloodPressure, *points, std::nullopt, yearAgo,
                              clock.nowMs());
            const QPixmap painted = chart.grab();
            std::printf("  chart alone, run %d: %lld ms to first paint (%lld points drawn of "
                        "%lld)\n",
                        run + 1, timer.elapsed(),
                        qint64(chart.primarySeries()->count() + chart.secondarySeries()->count()),
                        qint64(2 * points->size()));
            (void)painted;
        }
    }

    // What the user waits for: the panel asked for the year, the worker's query, the chart and
    // the 105,120-row table filled, then the first paint.
    ServerConnection offline(u"clinic bench"_s);
    const LocalAccount account { u"127.0.0.1:1"_s,   patientId,     u"bench"_s,
                                 u"Bench Patient"_s, Role::Patient, 10 };
    SyncSession session(store, account, offline, clock);
    ClientContext context;
    context.store = store;
    context.account = account;
    context.connection = &offline;
    context.sync = session.engine();
    context.clock = &clock;
    VitalsPanel panel(context);
    panel.resize(1100, 760);
    panel.setPatient(patientId, false);
    panel.setRange(VitalRange::Week);
    panel.show();
    QEventLoop chartLoop, tableLoop;
    QObject::connect(&panel, &VitalsPanel::chartShown, &chartLoop, &QEventLoop::quit);
    QObject::connect(&panel, &VitalsPanel::readingsShown, &tableLoop, &QEventLoop::quit);
    QTimer::singleShot(30000, &tableLoop, &QEventLoop::quit);
    tableLoop.exec(); // the week, loaded at first show
    // The first large range reads its pages cold; the later ones find them in the worker's
    // connection's cache.
    for (VitalRange range :
         { VitalRange::Year, VitalRange::Week, VitalRange::All, VitalRange::Year }) {
        timer.restart();
        panel.setRange(range);
        chartLoop.exec();
        const QPixmap painted = panel.chart()->grab();
        const qint64 chartMs = timer.elapsed();
        tableLoop.exec();
        std::printf("  panel, %s: %lld ms from asking to the chart's first paint; table of "
                    "%lld rows filled after %lld ms\n",
                    qPrintable(VitalFormat::rangeName(range)), chartMs,
                    qint64(panel.model()->rowCount()), timer.elapsed());
        (void)painted;
    }
    panel.grab().save(u"/tmp/vui-year.png"_s); // to look at: a year, thinned
}
