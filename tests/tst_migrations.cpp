// Schema migrations: fresh stores, upgrades from an old fixture, failures rolled back.

#include "domain/patientrepository.h"
#include "storage/encryptedstore.h"
#include "storage/migrations.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const char *const pw = "migration test password";

QStringList search(QSqlDatabase db, const QString &text)
{
    auto found = PatientRepository(db).searchByName(text);
    if (!found)
        return { u"error: "_s + found.error().fullText() };
    QStringList names;
    for (const Patient &patient : found.value())
        names << patient.displayName();
    return names;
}

int latest()
{
    return MigrationSet::load(MigrationSet::clientDirectory())->latestVersion();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void shippedSetIsConsistent();
    void freshStoreIsAtLatestSchema();
    void failedMigrationIsRolledBack();
    void newerStoreIsRefused();
    void upgradeFromSchema1Fixture();
    void rowBucketsKeepTheirRowsWhenRekeyed();
    void inconsistentSetsAreRefused_data();
    void inconsistentSetsAreRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.db"_s);
}

void TestMigrations::shippedSetIsConsistent()
{
    auto set = MigrationSet::load(MigrationSet::clientDirectory());
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().fullText()));
    QCOMPARE(set->latestVersion(), 18);
    QCOMPARE(set->migrations().at(1).name, u"patient_search"_s);
    QCOMPARE(set->migrations().at(2).name, u"local_account"_s);
    QCOMPARE(set->migrations().at(3).name, u"sync"_s);
}

void TestMigrations::freshStoreIsAtLatestSchema()
{
    auto store = EncryptedStore::create(m_path, test::password(pw), test::fastStoreOptions());
    QVERIFY(store);
    QCOMPARE(store.value()->schemaVersion(), latest());
    auto version = Migrator::schemaVersion(store.value()->database());
    QVERIFY(version);
    QCOMPARE(version.value(), latest());
    QVERIFY(store.value()->database().tables().contains(u"patient_search"_s));
}

void TestMigrations::failedMigrationIsRolledBack()
{
    {
        auto store = EncryptedStore::create(m_path, test::password(pw), test::fastStoreOptions());
        QVERIFY(store);
        QVERIFY(test::insertPatients(store.value()->database(), 30));
    }
    // One schema past the shipped ones: it creates a table, then fails half-way (patient
    // needs updated_at).
    const QString broken = m_dir->filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(broken));
    const auto shippedSet = MigrationSet::load(MigrationSet::clientDirectory());
    QVERIFY(shippedSet);
    for (const Migration &shipped : shippedSet->migrations())
        QVERIFY(test::writeFile(
                broken
                        + u"/%1_%2.sql"_s.arg(shipped.version, 4, 10, QLatin1Char('0'))
                                  .arg(shipped.name),
                shipped.sql.toUtf8()));
    QVERIFY(test::writeFile(
            broken + u"/%1_half_done.sql"_s.arg(latest() + 1, 4, 10, QLatin1Char('0')),
            "CREATE TABLE extra (x TEXT);\n"
            "INSERT INTO patient (id, family_name, given_name) VALUES ('x', 'a', 'b');\n"));
    StoreOptions options = test::fastStoreOptions();
    options.migrations = broken;
    auto failed = EncryptedStore::open(m_path, test::password(pw), options);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::MigrationFailed);
    QVERIFY2(failed.error().message.contains(u"unchanged at schema %1"_s.arg(latest())),
             qPrintable(failed.error().message));
    QVERIFY(failed.error().detail.contains(u"NOT NULL"));

    auto store = EncryptedStore::open(m_path, test::password(pw), test::fastStoreOptions());
    QVERIFY(store);
    QCOMPARE(store.value()->schemaVersion(), latest());
    QVERIFY(!store.value()->database().tables().contains(u"extra"_s));
    QCOMPARE(test::countRows(store.value()->database(), u"patient"_s), 30);
}

void TestMigrations::newerStoreIsRefused()
{
    {
        auto store = EncryptedStore::create(m_path, test::password(pw), test::fastStoreOptions());
        QVERIFY(store);
        QSqlQuery query(store.value()->database());
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(latest() + 1)));
    }
    const QByteArray before = test::fileDigest(m_path);
    auto store = EncryptedStore::open(m_path, test::password(pw), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::SchemaTooNew);
    QVERIFY(store.error().message.contains(u"schema %1"_s.arg(latest() + 1)));
    QVERIFY(store.error().message.contains(u"Update Clinic"));
    QCOMPARE(test::fileDigest(m_path), before);
}

void TestMigrations::upgradeFromSchema1Fixture()
{
    const QString fixture = QStringLiteral(CLINIC_TEST_DATA_DIR "/client_store_v1.db");
    QVERIFY(QFile::exists(fixture));
    QVERIFY(QFile::copy(fixture, m_path));
    QVERIFY(QFile::copy(fixture + u".key"_s, m_path + u".key"_s));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);

    {
        // Schema 1 as shipped: no search index yet.
        StoreOptions asIs = test::fastStoreOptions();
        asIs.migrations.clear();
        auto old = EncryptedStore::open(m_path, test::password("fixture-v1-password"), asIs);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), 1);
        QVERIFY(!old.value()->database().tables().contains(u"patient_search"_s));
    }
    auto store = EncryptedStore::open(m_path, test::password("fixture-v1-password"),
                                      test::fastStoreOptions());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
    QCOMPARE(store.value()->schemaVersion(), latest());
    QSqlDatabase db = store.value()->database();
    QCOMPARE(test::countRows(db, u"patient"_s), 3);
    QCOMPARE(search(db, u"jose"_s), QStringList { u"José Álvarez"_s });
    QCOMPARE(search(db, u"oka"_s), QStringList { u"Amina Okafor"_s });
}

// Schema 9 keys sync_row_bucket by row: every row a store had pulled stays in its buckets.
void TestMigrations::rowBucketsKeepTheirRowsWhenRekeyed()
{
    const QString upTo8 = m_dir->filePath(u"up-to-8"_s);
    QVERIFY(QDir().mkpath(upTo8));
    const auto shippedSet = MigrationSet::load(MigrationSet::clientDirectory());
    QVERIFY(shippedSet);
    for (const Migration &shipped : shippedSet->migrations()) {
        if (shipped.version <= 8)
            QVERIFY(test::writeFile(
                    upTo8
                            + u"/%1_%2.sql"_s.arg(shipped.version, 4, 10, QLatin1Char('0'))
                                      .arg(shipped.name),
                    shipped.sql.toUtf8()));
    }
    StoreOptions options = test::fastStoreOptions();
    options.migrations = upTo8;
    {
        auto old = EncryptedStore::create(m_path, test::password(pw), options);
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), 8);
        QSqlQuery insert(old.value()->database());
        QVERIFY(insert.exec(u"INSERT INTO sync_row_bucket (bucket, tbl, row_id) VALUES "
                            u"('desk', 'patient', 'p1'), ('patient:p1', 'patient', 'p1'), "
                            u"('desk', 'patient', 'p2')"_s));
    }
    auto store = EncryptedStore::open(m_path, test::password(pw), test::fastStoreOptions());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
    QCOMPARE(store.value()->schemaVersion(), latest());
    QSqlQuery rows(store.value()->database());
    QVERIFY(rows.exec(u"SELECT tbl || ' ' || row_id || ' ' || bucket FROM sync_row_bucket"_s));
    QStringList found;
    while (rows.next())
        found << rows.value(0).toString();
    QCOMPARE(found,
             (QStringList { u"patient p1 desk"_s, u"patient p1 patient:p1"_s,
                            u"patient p2 desk"_s })); // in key order: by row first
    QVERIFY(!rows.exec(u"INSERT INTO sync_row_bucket (tbl, row_id, bucket) "
                       u"VALUES ('patient', 'p1', 'desk')"_s)); // still one entry per bucket
}

void TestMigrations::inconsistentSetsAreRefused_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("gap") << QStringList { u"0001_a.sql"_s, u"0003_c.sql"_s };
    QTest::newRow("duplicate number") << QStringList { u"0001_a.sql"_s, u"0001_b.sql"_s };
    QTest::newRow("misnamed") << QStringList { u"0001_a.sql"_s, u"2_b.sql"_s };
    QTest::newRow("not starting at one") << QStringList { u"0002_b.sql"_s };
    QTest::newRow("empty") << QStringList {};
}

void TestMigrations::inconsistentSetsAreRefused()
{
    QFETCH(QStringList, files);
    const QString dir = m_dir->filePath(u"set"_s);
    QVERIFY(QDir().mkpath(dir));
    for (const QString &file : files)
        QVERIFY(test::writeFile(dir + u'/' + file, "SELECT 1;"));
    auto set = MigrationSet::load(dir);
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::MigrationInvalid);
    QVERIFY(!MigrationSet::load(m_dir->filePath(u"missing"_s)));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
