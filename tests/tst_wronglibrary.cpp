// The SQLCipher check at open. This test is linked against plain SQLite on purpose, ahead of
// SQLCipher, so plain SQLite's sqlite3_* symbols win: the situation of a build or a process
// that loaded the wrong library. "PRAGMA key" would then be silently ignored and the store
// written in clear; the driver must refuse instead.

#include "storage/encryptedstore.h"
#include "storage/sqlcipherdriver.h"
#include "storetestsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h> // plain SQLite's header: SQLCipher's include path is private to core

using namespace clinic;
using namespace Qt::StringLiterals;

class TestWrongLibrary : public QObject
{
    Q_OBJECT

private slots:
    void plainSqliteIsTheOneInUse();
    void driverRefusesToOpen();
    void storeIsNotCreated();
};

void TestWrongLibrary::plainSqliteIsTheOneInUse()
{
    // SQLCipher 3.4.1 is SQLite 3.15.2; Debian 12's plain SQLite is 3.40.
    QVERIFY2(QByteArray(sqlite3_libversion()) != "3.15.2", sqlite3_libversion());
}

void TestWrongLibrary::driverRefusesToOpen()
{
    QTemporaryDir dir;
    SqlCipherDriver::registerDriver();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), u"wrong"_s);
        db.setDatabaseName(dir.filePath(u"x.db"_s));
        static_cast<SqlCipherDriver *>(db.driver())->setKey(SecureBytes::random(32));
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().nativeErrorCode(), SqlCipherDriver::notSqlCipherCode());
        QVERIFY(db.lastError().driverText().contains(u"not SQLCipher"));
    }
    QSqlDatabase::removeDatabase(u"wrong"_s);
}

void TestWrongLibrary::storeIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alice.db"_s);
    auto store = EncryptedStore::create(path, test::password("whatever it is"),
                                        test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::WrongSqlLibrary);
    QVERIFY(store.error().message.contains(u"Reinstall Clinic"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // neither key nor database left
}

QTEST_GUILESS_MAIN(TestWrongLibrary)
#include "tst_wronglibrary.moc"
