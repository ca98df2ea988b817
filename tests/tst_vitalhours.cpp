// vital_hour, what a long vital-sign chart reads (core/vitals/vitalhours, client schema 15):
// kept in step with every reading written, recomputed once per hour after a pull, filled in
// for the readings a store already had, and giving a chart every extreme at its true time.
#include "mutations/rowstore.h"
#include "storage/migrations.h"
#include "storetestsupport.h"
#include "vitals/vitalhours.h"

#include <QCborMap>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = VitalHours::hourMs;
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
const qint64 now = 1'795'000'000'000 / hourMs * hourMs; // on the hour
const QString patient = u"11111111-2222-4333-8444-555555555555"_s;

QCborMap reading(const QString &id, qint64 at, double systolic, std::optional<double> diastolic,
                 bool deleted = false)
{
    QCborMap row { { u"id"_s, id },           { u"rev"_s, 1 },
                   { u"deleted"_s, deleted }, { u"updated_at"_s, at },
                   { u"updated_by"_s, u""_s }, { u"patient_id"_s, patient },
                   { u"kind"_s, u"blood_pressure"_s }, { u"value"_s, systolic },
                   { u"entered_unit"_s, u"mmHg"_s }, { u"taken_at"_s, at },
                   { u"source"_s, u"manual"_s }, { u"device_name"_s, u""_s },
                   { u"device_address"_s, u""_s }, { u"entered_by"_s, u""_s },
                   { u"flags"_s, u""_s },      { u"note"_s, u""_s } };
    if (diastolic)
        row.insert(u"diastolic"_s, *diastolic);
    return row;
}

// The hour's row as "readings low@at high@at low2@at high2@at" (times in minutes past the
// hour), or "none".
QString hourRow(QSqlDatabase db, qint64 hourStart)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT readings, low, low_at, high, high_at, low2, low2_at, high2, high2_at "
                  u"FROM vital_hour WHERE patient_id = ? AND kind = 'blood_pressure' "
                  u"AND hour = ?"_s);
    query.addBindValue(patient);
    query.addBindValue(hourStart / hourMs);
    if (!query.exec() || !query.next())
        return u"none"_s;
    QStringList parts { query.value(0).toString() };
    for (int column = 1; column <= 7; column += 2)
        parts << (query.value(column).isNull()
                          ? u"-"_s
                          : u"%1@%2"_s.arg(query.value(column).toDouble())
                                    .arg((query.value(column + 1).toLongLong() - hourStart)
                                         / minuteMs));
    return parts.join(u' ');
}

} // namespace

class TestVitalHours : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyWriteKeepsItsHour();
    void aPullRecomputesEachHourOnceAtTheEnd();
    void aLongChartShowsEveryExtremeAtItsTime();
    void aShortChartReadsTheReadings();
    void readingsKeptBeforeSchema15GetTheirHours();

private:
    QSqlDatabase db() const { return m_store->database(); }
    bool write(RowStore &rows, const QCborMap &row)
    {
        return rows.write(*SyncedTables::find(u"vital_reading"), row).ok();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EncryptedStore> m_store;
};

void TestVitalHours::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto created = EncryptedStore::create(m_dir->filePath(u"client.db"_s),
                                          test::password("pw"), test::fastStoreOptions());
    QVERIFY(created);
    m_store = std::move(created).value();
}

void TestVitalHours::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestVitalHours::everyWriteKeepsItsHour()
{
    RowStore rows(db(), RowStore::SearchIndex::Maintain);
    const qint64 h = now - 5 * hourMs;
    QVERIFY(write(rows, reading(u"a"_s, h + 5 * minuteMs, 120, 80)));
    QVERIFY(write(rows, reading(u"b"_s, h + 20 * minuteMs, 150, 70)));
    QVERIFY(write(rows, reading(u"c"_s, h + 40 * minuteMs, 110, 95)));
    QVERIFY(write(rows, reading(u"d"_s, h + hourMs, 130, std::nullopt))); // the next hour
    QCOMPARE(hourRow(db(), h), u"3 110@40 150@20 70@20 95@40"_s);
    QCOMPARE(hourRow(db(), h + hourMs), u"1 130@0 130@0 - -"_s);

    // Removed (a tombstone, as sync brings it): the hour is as if it had never been.
    QVERIFY(write(rows, reading(u"b"_s, h + 20 * minuteMs, 150, 70, true)));
    QCOMPARE(hourRow(db(), h), u"2 110@40 120@5 80@5 95@40"_s);
    // Moved to another hour (readings never are, but a row may change in any way): both hours.
    QVERIFY(write(rows, reading(u"c"_s, h + hourMs + 10 * minuteMs, 110, 95)));
    QCOMPARE(hourRow(db(), h), u"1 120@5 120@5 80@5 80@5"_s);
    QCOMPARE(hourRow(db(), h + hourMs), u"2 110@10 130@0 95@10 95@10"_s);
    // Erased (an undone local change): an hour with no reading left has no row.
    QVERIFY(rows.erase(*SyncedTables::find(u"vital_reading"), u"a"_s));
    QCOMPARE(hourRow(db(), h), u"none"_s);
}

void TestVitalHours::aPullRecomputesEachHourOnceAtTheEnd()
{
    RowStore rows(db(), RowStore::SearchIndex::Maintain);
    rows.setDeferSearchIndex(true);
    for (int i = 0; i < 24; ++i)
        QVERIFY(write(rows, reading(u"r%1"_s.arg(i), now - 2 * hourMs + i * 5 * minuteMs,
                                    100 + i, 60 + (i * 7) % 24)));
    QCOMPARE(hourRow(db(), now - 2 * hourMs), u"none"_s); // not yet
    QVERIFY(rows.flushVitalHours());
    QCOMPARE(hourRow(db(), now - 2 * hourMs), u"12 100@0 111@55 60@0 82@50"_s);
    QCOMPARE(hourRow(db(), now - hourMs), u"12 112@0 123@55 62@10 83@25"_s);
}

// Sixty days of readings every ten minutes, with one high and one low among them, and a
// reading in the partial hour at each end of the range.
void TestVitalHours::aLongChartShowsEveryExtremeAtItsTime()
{
    RowStore rows(db(), RowStore::SearchIndex::Maintain);
    rows.setDeferSearchIndex(true);
    const qint64 from = now - 60 * dayMs - 25 * minuteMs; // not on the hour
    const qint64 to = now - 35 * minuteMs;
    const qint64 spikeAt = from + 20 * dayMs + 3 * hourMs + 40 * minuteMs;
    const qint64 dipAt = from + 41 * dayMs + 17 * hourMs + 10 * minuteMs;
    int count = 0;
    for (qint64 at = from + minuteMs; at < to; at += 10 * minuteMs) {
        const double value = at == spikeAt + minuteMs ? 250 : at == dipAt + minuteMs ? 60 : 125;
        QVERIFY(write(rows, reading(u"r%1"_s.arg(count++), at, value, 80)));
    }
    QVERIFY(write(rows, reading(u"before"_s, from - minuteMs, 300, 80))); // outside
    QVERIFY(write(rows, reading(u"after"_s, to, 10, 80)));                 // outside
    QVERIFY(rows.flushVitalHours());

    auto series = VitalRepository::chartSeries(db(), patient, VitalKind::BloodPressure, from, to);
    QVERIFY(series);
    QCOMPARE(series->readings, count);
    QVERIFY(series->points.size() < count / 2); // read as hours
    double highest = 0, lowest = 1000;
    qint64 highestAt = 0, lowestAt = 0, previous = 0;
    for (const VitalPoint &p : series->points) {
        QVERIFY(p.takenAtMs >= from && p.takenAtMs < to);
        QVERIFY(p.takenAtMs > previous); // in time order, one point per moment
        previous = p.takenAtMs;
        if (!std::isnan(p.value) && p.value > highest)
            std::tie(highest, highestAt) = std::pair { p.value, p.takenAtMs };
        if (!std::isnan(p.value) && p.value < lowest)
            std::tie(lowest, lowestAt) = std::pair { p.value, p.takenAtMs };
    }
    QCOMPARE(highest, 250.0);
    QCOMPARE(highestAt, spikeAt + minuteMs);
    QCOMPARE(lowest, 60.0);
    QCOMPARE(lowestAt, dipAt + minuteMs);
    QCOMPARE(series->points.constFirst().takenAtMs, from + minuteMs); // the partial first hour
}

void TestVitalHours::aShortChartReadsTheReadings()
{
    RowStore rows(db(), RowStore::SearchIndex::Maintain);
    for (int i = 0; i < 30; ++i)
        QVERIFY(write(rows, reading(u"r%1"_s.arg(i), now - dayMs + i * 5 * minuteMs, 120 + i, 80)));
    auto series = VitalRepository::chartSeries(db(), patient, VitalKind::BloodPressure,
                                               now - 7 * dayMs, now);
    QVERIFY(series);
    QCOMPARE(series->readings, 30);
    QCOMPARE(series->points.size(), 30); // every reading, as it was
    QCOMPARE(series->points.at(7).value, 127.0);
    QCOMPARE(series->points.at(7).second, 80.0);
}

void TestVitalHours::readingsKeptBeforeSchema15GetTheirHours()
{
    m_store.reset();
    const QString upTo14 = m_dir->filePath(u"up-to-14"_s);
    QVERIFY(QDir().mkpath(upTo14));
    auto shipped = MigrationSet::load(MigrationSet::clientDirectory());
    QVERIFY(shipped);
    for (const Migration &m : shipped->migrations()) {
        if (m.version <= 14)
            QVERIFY(test::writeFile(
                    upTo14 + u"/%1_%2.sql"_s.arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name),
                    m.sql.toUtf8()));
    }
    const QString path = m_dir->filePath(u"old.db"_s);
    const qint64 h = now - 3 * hourMs;
    {
        StoreOptions options = test::fastStoreOptions();
        options.migrations = upTo14;
        auto old = EncryptedStore::create(path, test::password("pw"), options);
        QVERIFY(old);
        QSqlQuery insert(old.value()->database());
        QVERIFY(insert.prepare(u"INSERT INTO vital_reading (id, deleted, updated_at, patient_id, "
                               u"kind, value, diastolic, taken_at) "
                               u"VALUES (?, ?, 1, ?, 'blood_pressure', ?, ?, ?)"_s));
        const struct
        {
            const char *id;
            bool deleted;
            double systolic, diastolic;
            qint64 at;
        } readings[] = { { "a", false, 120, 80, h + 5 * minuteMs },
                         { "b", false, 140, 90, h + 15 * minuteMs },
                         { "c", true, 200, 50, h + 25 * minuteMs }, // removed: not drawn
                         { "d", false, 118, 85, h + 35 * minuteMs } };
        for (const auto &r : readings) {
            insert.addBindValue(QString::fromLatin1(r.id));
            insert.addBindValue(r.deleted);
            insert.addBindValue(patient);
            insert.addBindValue(r.systolic);
            insert.addBindValue(r.diastolic);
            insert.addBindValue(r.at);
            QVERIFY(insert.exec());
        }
    }
    auto store = EncryptedStore::open(path, test::password("pw"), test::fastStoreOptions());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().fullText()));
    QVERIFY(store.value()->schemaVersion() >= 15); // migrated on to the latest
    QCOMPARE(hourRow(store.value()->database(), h), u"3 118@35 140@15 80@5 90@15"_s);
}

QTEST_GUILESS_MAIN(TestVitalHours)
#include "tst_vitalhours.moc"
