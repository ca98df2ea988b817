// The clinic directory read from a client's own store, as a pull writes the rows: live
// locations by name, the nearest to a point, the cancellation window; and GeoPoint, shared
// with the provider directory.
#include "domain/cliniclocations.h"
#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "storage/encryptedstore.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

class TestClinicLocations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void geoPointConvertsAndMeasures();
    void liveLocationsByName();
    void nearestFirstAndOnlyPlacedOnes();
    void locationArgsRoundTrip();
    void cancellationWindowDefaultsToZero();

private:
    void put(const QString &table, const QString &id, QCborMap columns, bool deleted = false);
    void location(const QString &id, const QString &name, std::optional<GeoPoint> at,
                  bool deleted = false);
    QStringList names(const Result<QList<ClinicLocation>> &locations);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EncryptedStore> m_store;
};

void TestClinicLocations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = EncryptedStore::create(m_dir->filePath(u"client.db"_s),
                                        test::password("clinic-pw"), test::fastStoreOptions());
    QVERIFY(store);
    m_store = std::move(store).value();
}

void TestClinicLocations::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestClinicLocations::put(const QString &table, const QString &id, QCborMap columns,
                              bool deleted)
{
    RowStore rows(m_store->database(), RowStore::SearchIndex::Maintain);
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    columns.insert(u"id"_s, id);
    columns.insert(u"rev"_s, 1);
    columns.insert(u"deleted"_s, deleted);
    columns.insert(u"updated_at"_s, 1);
    columns.insert(u"updated_by"_s, u"test"_s);
    QVERIFY(rows.write(*SyncedTables::find(table), columns));
    QVERIFY(transaction->commit());
}

void TestClinicLocations::location(const QString &id, const QString &name,
                                   std::optional<GeoPoint> at, bool deleted)
{
    ClinicLocation l;
    l.id = id;
    l.name = name;
    l.city = u"Lisboa"_s;
    l.place = at;
    QCborMap columns = l.toArgs();
    columns.remove(u"id"_s);
    if (!at) { // a place not given is NULL in the row, as the mutation writes it
        columns.insert(u"latitude_e6"_s, QCborValue(QCborValue::Null));
        columns.insert(u"longitude_e6"_s, QCborValue(QCborValue::Null));
    }
    put(u"clinic_location"_s, id, columns, deleted);
}

QStringList TestClinicLocations::names(const Result<QList<ClinicLocation>> &locations)
{
    if (!locations)
        return { locations.error().fullText() };
    QStringList found;
    for (const ClinicLocation &l : *locations)
        found << l.name;
    return found;
}

void TestClinicLocations::geoPointConvertsAndMeasures()
{
    const GeoPoint lisbon { 38.7223, -9.1393 };
    QCOMPARE(lisbon.latitudeE6(), 38'722'300);
    QCOMPARE(lisbon.longitudeE6(), -9'139'300);
    const GeoPoint back = GeoPoint::fromE6(38'722'300, -9'139'300);
    QCOMPARE(back.latitude, 38.7223);
    QVERIFY(!GeoPoint::fromE6(QVariant(), QVariant(qint64(1))));
    QVERIFY(GeoPoint::fromE6(QVariant(qint64(0)), QVariant(qint64(0)))); // 0,0 is a place
    const GeoPoint porto { 41.1579, -8.6291 };
    QVERIFY(qAbs(GeoPoint::distanceKm(lisbon, porto) - 274.0) < 5.0); // as the crow flies
    QCOMPARE(GeoPoint::distanceKm(lisbon, lisbon), 0.0);
}

void TestClinicLocations::liveLocationsByName()
{
    const ClinicLocations clinic(m_store->database());
    QCOMPARE(names(clinic.list()), QStringList()); // nothing synced yet: an empty list
    location(u"l10"_s, u"Clinic 10"_s, std::nullopt);
    location(u"l2"_s, u"clinic 2"_s, std::nullopt);
    location(u"alf"_s, u"Álvalade"_s, std::nullopt);
    location(u"old"_s, u"Baixa (closed)"_s, std::nullopt, true);
    // As a person reads them: accents and case folded, numbers by value; the removed one gone.
    QCOMPARE(names(clinic.list()), QStringList({ u"Álvalade"_s, u"clinic 2"_s, u"Clinic 10"_s }));
    auto found = clinic.find(u"l2"_s);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->city, u"Lisboa"_s);
    QVERIFY(!(*found)->place);
    found = clinic.find(u"old"_s);
    QVERIFY(found && !found->has_value());
}

void TestClinicLocations::nearestFirstAndOnlyPlacedOnes()
{
    location(u"porto"_s, u"Porto Boavista"_s, GeoPoint { 41.1579, -8.6291 });
    location(u"lisbon"_s, u"Lisboa Centro"_s, GeoPoint { 38.7223, -9.1393 });
    location(u"faro"_s, u"Faro"_s, GeoPoint { 37.0194, -7.9304 });
    location(u"nowhere"_s, u"Video only"_s, std::nullopt);
    location(u"gone"_s, u"Sintra"_s, GeoPoint { 38.8029, -9.3817 }, true);
    // From Coimbra: Porto (about 110 km), then Lisbon (about 175 km), then Faro.
    auto nearby = ClinicLocations(m_store->database()).nearest(40'203'300, -8'410'300);
    QVERIFY(nearby);
    QStringList order;
    for (const NearbyLocation &near : *nearby)
        order << near.location.id;
    QCOMPARE(order, QStringList({ u"porto"_s, u"lisbon"_s, u"faro"_s }));
    QVERIFY(qAbs(nearby->at(0).distanceKm - 110.0) < 10.0);
    QVERIFY(nearby->at(1).distanceKm < nearby->at(2).distanceKm);
}

void TestClinicLocations::locationArgsRoundTrip()
{
    ClinicLocation l;
    l.id = u"8a1f0c5e-0000-4000-8000-000000000001"_s;
    l.name = u"Lisboa Centro"_s;
    l.addressLine = u"Rua Augusta 10"_s;
    l.postalCode = u"1100-053"_s;
    l.city = u"Lisboa"_s;
    l.country = u"Portugal"_s;
    l.phone = u"+351 21 000 0000"_s;
    l.hours = u"Mon–Fri 08:00–19:00, Sat 09:00–13:00"_s;
    l.timeZone = u"Europe/Lisbon"_s;
    l.place = GeoPoint { 38.710123, -9.138801 };
    QCOMPARE(l.postalAddress(), u"Rua Augusta 10, 1100-053 Lisboa, Portugal"_s);
    const QCborMap args = l.toArgs();
    QCOMPARE(args.value(u"latitude_e6"_s).toInteger(), 38'710'123);
    QCOMPARE(args.value(u"longitude_e6"_s).toInteger(), -9'138'801);
    QCOMPARE(args.value(u"address_line"_s).toString(), l.addressLine);
    QCborMap columns = args;
    columns.remove(u"id"_s);
    put(u"clinic_location"_s, l.id, columns);
    auto back = ClinicLocations(m_store->database()).find(l.id);
    QVERIFY(back && back->has_value());
    QCOMPARE((*back)->toArgs(), args);
    ClinicLocation bare;
    bare.city = u"Porto"_s;
    QCOMPARE(bare.postalAddress(), u"Porto"_s); // only the parts given, no stray commas
    QVERIFY(!bare.toArgs().contains(u"latitude_e6"_s));
}

void TestClinicLocations::cancellationWindowDefaultsToZero()
{
    const ClinicLocations clinic(m_store->database());
    const auto hours = [&clinic] {
        auto read = clinic.cancellationWindowHours();
        return read ? *read : -1;
    };
    QCOMPARE(hours(), 0);
    put(u"clinic_setting"_s, u"cancellation_window_hours"_s, { { u"value"_s, u"24"_s } });
    QCOMPARE(hours(), 24);
    put(u"clinic_setting"_s, u"cancellation_window_hours"_s, { { u"value"_s, u"24"_s } }, true);
    QCOMPARE(hours(), 0); // removed: no window
}

QTEST_GUILESS_MAIN(TestClinicLocations)
#include "tst_cliniclocations.moc"
