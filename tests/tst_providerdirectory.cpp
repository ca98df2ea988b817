// The provider directory searched on a client's own store: the rows arrive as a pull writes
// them (RowStore, keeping the name index), and every filter and sort is checked.
#include "domain/providerdirectory.h"
#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "scheduling/schedulerows.h"
#include "storage/encryptedstore.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

// Lisbon, Porto and Madrid city centres.
constexpr GeoPoint lisbon { 38.7223, -9.1393 };
constexpr GeoPoint porto { 41.1579, -8.6291 };
constexpr GeoPoint madrid { 40.4168, -3.7038 };

const qint64 monday = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestProviderDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesThroughTheIndex();
    void filtersCombine();
    void distanceFiltersAndSorts();
    void freeSlotsWithinDays();
    void anEditedNameIsFoundByItsNewName();
    void longExtraHoursAreReadOnlyWhereAsked();

private:
    void put(const QString &table, const QString &id, QCborMap columns);
    void provider(const QString &id, const QString &name, const QString &specialties,
                  const QString &languages, const QString &modalities, const QString &city,
                  const GeoPoint &at);
    QStringList ids(const ProviderQuery &query);

    QTemporaryDir m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<RowStore> m_rows;
};

void TestProviderDirectory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = EncryptedStore::create(m_dir.filePath(u"client.db"_s), test::password("dir-pw"),
                                        test::fastStoreOptions());
    QVERIFY(store);
    m_store = std::move(store).value();
    m_rows = std::make_unique<RowStore>(m_store->database(), RowStore::SearchIndex::Maintain);
    provider(u"garcia"_s, u"Elena García"_s, u"cardiology|internal medicine"_s, u"es|en|pt"_s,
             u"in_person|video"_s, u"Lisboa"_s, lisbon);
    provider(u"okafor"_s, u"Chidi Okafor"_s, u"paediatrics"_s, u"en"_s, u"in_person"_s, u"Porto"_s,
             porto);
    provider(u"silva"_s, u"Rita Silva Cardoso"_s, u"cardiology"_s, u"pt"_s, u"video"_s, u"Madrid"_s,
             madrid);
    // Dr García sees people on Wednesdays; Dr Okafor on Mondays, but Monday 1st is booked up.
    WeeklyRule wednesday { u"lisbon-1"_s,
                           Modality::InPerson,
                           3,
                           QTime(9, 0),
                           QTime(10, 0),
                           60,
                           u"Europe/Lisbon"_s,
                           {},
                           {} };
    QCborMap rule = ScheduleRows::ruleColumns(wednesday);
    rule.insert(u"provider_id"_s, u"garcia"_s);
    put(u"availability_rule"_s, u"r1"_s, rule);
    WeeklyRule mondays { u"porto-1"_s, Modality::InPerson, 1,  QTime(9, 0), QTime(10, 0),
                         60,           u"Europe/Lisbon"_s, {}, {} };
    rule = ScheduleRows::ruleColumns(mondays);
    rule.insert(u"provider_id"_s, u"okafor"_s);
    put(u"availability_rule"_s, u"r2"_s, rule);
    put(u"provider_busy"_s, u"b1"_s,
        { { u"provider_id"_s, u"okafor"_s },
          { u"start_at"_s, monday + 9 * 3600 * 1000LL },
          { u"end_at"_s, monday + 10 * 3600 * 1000LL } });
}

void TestProviderDirectory::put(const QString &table, const QString &id, QCborMap columns)
{
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    columns.insert(u"id"_s, id);
    columns.insert(u"rev"_s, 1);
    columns.insert(u"deleted"_s, false);
    columns.insert(u"updated_at"_s, 1);
    columns.insert(u"updated_by"_s, u"test"_s);
    QVERIFY(m_rows->write(*SyncedTables::find(table), columns));
    QVERIFY(transaction->commit());
}

void TestProviderDirectory::provider(const QString &id, const QString &name,
                                     const QString &specialties, const QString &languages,
                                     const QString &modalities, const QString &city,
                                     const GeoPoint &at)
{
    put(u"provider_profile"_s, id,
        { { u"display_name"_s, name },
          { u"specialties"_s, specialties },
          { u"languages"_s, languages },
          { u"modalities"_s, modalities },
          { u"city"_s, city },
          { u"latitude_e6"_s, qint64(at.latitude * 1e6) },
          { u"longitude_e6"_s, qint64(at.longitude * 1e6) },
          { u"bio"_s, QString() },
          // The page's S2 columns (client migration 0008): a pull writes every one.
          { u"credentials"_s, QString() },
          { u"licence_number"_s, QString() },
          { u"fee_currency"_s, QString() },
          { u"location_ids"_s, QString() },
          { u"rating_sum"_s, 0 },
          { u"rating_count"_s, 0 } });
}

QStringList TestProviderDirectory::ids(const ProviderQuery &query)
{
    auto hits = ProviderDirectory(m_store->database()).search(query);
    if (!hits)
        return { hits.error().fullText() };
    QStringList found;
    for (const ProviderHit &hit : *hits)
        found << hit.id;
    return found;
}

void TestProviderDirectory::namesThroughTheIndex()
{
    ProviderQuery query;
    QCOMPARE(ids(query), QStringList({ u"okafor"_s, u"garcia"_s, u"silva"_s })); // by name
    query.name = u"gar"_s; // the start of a word, accents folded: "garcía"
    QCOMPARE(ids(query), QStringList({ u"garcia"_s }));
    query.name = u"cardio"_s; // specialties are indexed too
    QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"silva"_s }));
    query.name = u"rita cardoso"_s; // every word must match
    QCOMPARE(ids(query), QStringList({ u"silva"_s }));
    query.name = u"\"*) OR (x"_s; // FTS syntax is not passed through
    QCOMPARE(ids(query), QStringList());
}

void TestProviderDirectory::filtersCombine()
{
    ProviderQuery query;
    query.specialty = u"Cardiology"_s;
    QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"silva"_s }));
    query.language = u"pt"_s;
    QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"silva"_s }));
    query.modality = Modality::InPerson;
    QCOMPARE(ids(query), QStringList({ u"garcia"_s }));
    query = {};
    query.city = u"porto"_s;
    QCOMPARE(ids(query), QStringList({ u"okafor"_s }));
    query = {};
    query.specialty = u"cardio"_s; // a whole specialty, not part of one
    QCOMPARE(ids(query), QStringList());
}

void TestProviderDirectory::distanceFiltersAndSorts()
{
    ProviderQuery query;
    query.near = lisbon;
    query.sort = ProviderQuery::Sort::Distance;
    QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"okafor"_s, u"silva"_s }));
    auto hits = ProviderDirectory(m_store->database()).search(query);
    QVERIFY(hits);
    QVERIFY(qAbs(*hits->at(1).distanceKm - 274.0) < 5.0); // Lisbon-Porto, as the crow flies
    query.withinKm = 300;
    QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"okafor"_s }));
    query.near = madrid;
    query.withinKm = 10;
    QCOMPARE(ids(query), QStringList({ u"silva"_s }));
}

void TestProviderDirectory::freeSlotsWithinDays()
{
    ProviderQuery query;
    query.nowMs = monday; // Monday 2027-03-01 00:00Z
    query.freeWithinDays = 2; // Monday and Tuesday: Okafor's Monday is taken
    QCOMPARE(ids(query), QStringList());
    query.freeWithinDays = 3; // Wednesday: García's 09:00
    QCOMPARE(ids(query), QStringList({ u"garcia"_s }));
    query.freeWithinDays = 14;
    query.sort = ProviderQuery::Sort::NextFree;
    QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"okafor"_s }));
    auto hits = ProviderDirectory(m_store->database()).search(query);
    QVERIFY(hits);
    QCOMPARE(
            QDateTime::fromMSecsSinceEpoch(hits->first().nextFreeMs, Qt::UTC).toString(Qt::ISODate),
            u"2027-03-03T09:00:00Z"_s); // Lisbon is on UTC in winter
    query.modality = Modality::Video; // nobody has video hours
    QCOMPARE(ids(query), QStringList());
}

// The index follows an edit: the new name is found, the old one no longer.
void TestProviderDirectory::anEditedNameIsFoundByItsNewName()
{
    provider(u"okafor"_s, u"Chidi Mensah"_s, u"paediatrics"_s, u"en"_s, u"in_person"_s,
             u"Porto"_s, porto);
    ProviderQuery query;
    query.name = u"mensah"_s;
    QCOMPARE(ids(query), QStringList({ u"okafor"_s }));
    query.name = u"okafor"_s;
    QCOMPARE(ids(query), QStringList());
}

// Dr Silva's only hours: a year of 5-minute video slots from 31 March, as a row written before
// extra hours were limited to a month could hold (105,120 slots). A search for the next two
// weeks expands none of them, so searching stays quick; a search reaching 31 March finds the first.
void TestProviderDirectory::longExtraHoursAreReadOnlyWhereAsked()
{
    const qint64 start = QDateTime(QDate(2027, 3, 31), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    put(u"availability_exception"_s, u"silva-year"_s,
        { { u"provider_id"_s, u"silva"_s },
          { u"kind"_s, u"extra_hours"_s },
          { u"start_at"_s, start },
          { u"end_at"_s, start + 365 * 86'400'000LL },
          { u"location_id"_s, u"online"_s },
          { u"modality"_s, u"video"_s },
          { u"slot_minutes"_s, 5 } });
    ProviderQuery query;
    query.nowMs = monday;
    query.freeWithinDays = 14;
    query.sort = ProviderQuery::Sort::NextFree;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50; ++i)
        QCOMPARE(ids(query), QStringList({ u"garcia"_s, u"okafor"_s }));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed()) + u" ms"_s));
    query.freeWithinDays = 31;
    auto hits = ProviderDirectory(m_store->database()).search(query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3);
    QCOMPARE(hits->last().id, u"silva"_s);
    QCOMPARE(hits->last().nextFreeMs, start);
}

QTEST_GUILESS_MAIN(TestProviderDirectory)
#include "tst_providerdirectory.moc"
