#include "vitalschart.h"

#include "crypto/securebytes.h"
#include "mutations/rowstore.h"
#include "storage/encryptedstore.h"
#include "storage/writetransaction.h"
#include "syncsession.h"
#include "vitals/vitalchart.h"
#include "vitals/vitalreadingmodel.h"
#include "vitals/vitalrepository.h"
#include "vitals/vitalspanel.h"

#include <QCborMap>
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

// Written as sync writes pulled rows: through RowStore, its derived tables deferred to the end
// of the batch (LocalReplica::applyPulls), in one transaction.
bool seed(QSqlDatabase db, const QString &patientId, qint64 nowMs)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return false;
    RowStore rows(db, RowStore::SearchIndex::Maintain);
    rows.setDeferSearchIndex(true);
    const SyncedTable &table = *SyncedTables::find(u"vital_reading");
    const qint64 start = nowMs - qint64(readingsPerYear) * fiveMinutesMs;
    for (int i = 0; i < readingsPerYear; ++i) {
        const qint64 at = start + qint64(i) * fiveMinutesMs;
        const double day = double(i) / (24 * 12);
        QCborMap row;
        row[u"id"_s] = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row[u"rev"_s] = 1;
        row[u"deleted"_s] = false;
        row[u"updated_by"_s] = patientId;
        row[u"updated_at"_s] = at;
        row[u"patient_id"_s] = patientId;
        row[u"kind"_s] = u"blood_pressure"_s;
        row[u"value"_s] = 125 + 10 * std::sin(day / 9) + (i % 13) - 6;
        row[u"diastolic"_s] = 80 + 6 * std::cos(day / 7) + (i % 7) - 3;
        row[u"entered_unit"_s] = u"mmHg"_s;
        row[u"taken_at"_s] = at;
        row[u"source"_s] = u"device"_s;
        row[u"device_name"_s] = u"Cuff"_s;
        for (const QString &empty : { u"device_address"_s, u"entered_by"_s, u"flags"_s, u"note"_s })
            row[empty] = QString();
        if (auto written = rows.write(table, row); !written) {
            std::printf("%s\n", qPrintable(written.error().fullText()));
            return false;
        }
    }
    QElapsedTimer hours;
    hours.start();
    if (!rows.flushVitalHours())
        return false;
    std::printf("vitals chart: the chart's hours of a year recomputed in %lld ms\n", hours.elapsed());
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
        const qint64 rowsMs = timer.elapsed();
        timer.restart();
        auto series = VitalRepository::chartSeries(store->database(), patientId,
                                                   VitalKind::BloodPressure, yearAgo,
                                                   clock.nowMs() + 60000);
        std::printf("  query, run %d: every reading %lld ms (%lld rows), table rows %lld ms, "
                    "the chart's hourly series %lld ms (%lld points for %lld readings)\n",
                    run + 1, pointsMs, points ? qint64(points->size()) : -1LL, rowsMs,
                    timer.elapsed(), series ? qint64(series->points.size()) : -1LL,
                    series ? series->readings : -1LL);
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
            chart.setReadings(VitalKind::BloodPressure, { *points, points->size() }, std::nullopt,
                              yearAgo, clock.nowMs());
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
