// The QSQLCIPHER driver under QSqlQuery and QSqlTableModel.

#include "storage/sqlcipherdriver.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace clinic;
using namespace Qt::StringLiterals;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registeredInProcess();
    void keyedFileIsEncrypted();
    void plainFileWithoutKey();
    void positionalBinding();
    void namedBinding();
    void valuesRoundTrip_data();
    void valuesRoundTrip();
    void dateTimesAreStoredAsUtcText();
    void integerDateTimesReadAsUtc();
    void transactions();
    void lastInsertIdAndRowsAffected();
    void forwardOnlyResults();
    void scrollableResults();
    void emptyResult();
    void queryRecordMetadata();
    void tableRecordAndPrimaryIndex();
    void tables();
    void errorsCarrySqliteCodes();
    void oneStatementAtATime();
    void parameterCountMismatch();
    void batchExecution();
    void busyTimeout();
    void precisionPolicy();
    void closingUnderALiveQuery();
    void tableModel();
    void nulInStatementIsRefused();
    void reopeningKeepsTheKey();
    void queryOutlivingItsConnection();
    void unbindableValuesAreRefused_data();
    void unbindableValuesAreRefused();
    void noStaleInsertIdOrRowCount();

private:
    QSqlDatabase openKeyed(const QString &name, const QString &path, const QString &options = {});

    QTemporaryDir m_dir;
    QString m_path;
    SecureBytes m_key;
    QSqlDatabase m_db;
};

void TestSqlCipherDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SqlCipherDriver::registerDriver();
    m_key = SecureBytes::random(32);
}

QSqlDatabase TestSqlCipherDriver::openKeyed(const QString &name, const QString &path,
                                            const QString &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    static_cast<SqlCipherDriver *>(db.driver())->setKey(m_key.clone());
    if (!db.open())
        qWarning() << db.lastError().text();
    return db;
}

void TestSqlCipherDriver::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("test-%1.db").arg(++counter));
    m_db = openKeyed(QStringLiteral("main"), m_path);
    QVERIFY(m_db.isOpen());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'unnamed', "
            "qty INTEGER, price REAL, photo BLOB, active BOOLEAN, seen_at DATETIME, "
            "born DATE, opens TIME, note TEXT)")));
}

void TestSqlCipherDriver::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("main"));
}

void TestSqlCipherDriver::registeredInProcess()
{
    QVERIFY(QSqlDatabase::drivers().contains(u"QSQLCIPHER"_s));
    QVERIFY(qobject_cast<SqlCipherDriver *>(m_db.driver()));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_version")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().startsWith(u"3.4"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_page_size")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4096);
}

void TestSqlCipherDriver::keyedFileIsEncrypted()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('Marmalade-Sentinel')")));
    cleanup();
    const QByteArray bytes = test::readFile(m_path);
    QVERIFY(bytes.size() >= 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("Marmalade-Sentinel"));

    // The same key opens it again; another key does not.
    m_db = openKeyed(QStringLiteral("main"), m_path);
    QVERIFY(m_db.isOpen());
    cleanup();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), u"other"_s);
        other.setDatabaseName(m_path);
        static_cast<SqlCipherDriver *>(other.driver())->setKey(SecureBytes::random(32));
        QVERIFY(!other.open());
        QCOMPARE(other.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(test::readFile(m_path), bytes);
    m_db = openKeyed(QStringLiteral("main"), m_path);
}

void TestSqlCipherDriver::plainFileWithoutKey()
{
    const QString path = m_dir.filePath(u"plain.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), u"plain"_s);
        db.setDatabaseName(path);
        QVERIFY(!db.open()); // no key, and plaintext not asked for: refused
        QVERIFY(!QFile::exists(path));
        db.setConnectOptions(u"CLINIC_PLAINTEXT"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('visible-text')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    const QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.startsWith("SQLite format 3"));
    QVERIFY(bytes.contains("visible-text"));
}

void TestSqlCipherDriver::positionalBinding()
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO item (name, qty) VALUES (?, ?)")));
    for (int i = 0; i < 3; ++i) {
        query.addBindValue(QStringLiteral("thing %1").arg(i));
        query.addBindValue(i * 10);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.prepare(QStringLiteral("SELECT name FROM item WHERE qty >= ? ORDER BY qty")));
    query.bindValue(0, 10);
    QVERIFY(query.exec());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    QCOMPARE(names, QStringList({ u"thing 1"_s, u"thing 2"_s }));
}

void TestSqlCipherDriver::namedBinding()
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO item (name, qty, price) VALUES (:name, :qty, :qty * 1.5)")));
    query.bindValue(u":name"_s, u"named"_s);
    query.bindValue(u":qty"_s, 4);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    // A colon inside a string literal is text, not a placeholder.
    QVERIFY(query.prepare(
            QStringLiteral("SELECT name, price, '10:30' FROM item WHERE name = :name")));
    query.bindValue(u":name"_s, u"named"_s);
    QVERIFY(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"named"_s);
    QCOMPARE(query.value(1).toDouble(), 6.0);
    QCOMPARE(query.value(2).toString(), u"10:30"_s);
}

void TestSqlCipherDriver::valuesRoundTrip_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");

    const QByteArray binary("\x00\x01\xff\x00zz", 6);
    const QString withNul = QString::fromUtf8("before\0after", 12);
    const QDateTime utc(QDate(2026, 3, 29), QTime(1, 30, 15, 250), Qt::UTC);
    QTest::newRow("null text") << u"note"_s << QVariant(QMetaType::fromType<QString>())
                               << QVariant();
    QTest::newRow("null int") << u"qty"_s << QVariant(QMetaType::fromType<int>()) << QVariant();
    QTest::newRow("int64 max") << u"qty"_s << QVariant(std::numeric_limits<qint64>::max())
                               << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << u"qty"_s << QVariant(std::numeric_limits<qint64>::min())
                               << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("int") << u"qty"_s << QVariant(-42) << QVariant(qlonglong(-42));
    QTest::newRow("bool into integer") << u"qty"_s << QVariant(true) << QVariant(qlonglong(1));
    QTest::newRow("double") << u"price"_s << QVariant(3.141592653589793)
                            << QVariant(3.141592653589793);
    QTest::newRow("unicode text") << u"name"_s
                                  << QVariant(u"Zoë Ñandú ☤ مرحبا 👩‍⚕️"_s)
                                  << QVariant(u"Zoë Ñandú ☤ مرحبا 👩‍⚕️"_s);
    QTest::newRow("text with NUL") << u"name"_s << QVariant(withNul) << QVariant(withNul);
    QTest::newRow("empty text") << u"name"_s << QVariant(u""_s) << QVariant(u""_s);
    QTest::newRow("blob") << u"photo"_s << QVariant(binary) << QVariant(binary);
    QTest::newRow("empty blob") << u"photo"_s << QVariant(QByteArray(""))
                                << QVariant(QByteArray(""));
    QTest::newRow("null blob") << u"photo"_s << QVariant(QByteArray()) << QVariant();
    QTest::newRow("true") << u"active"_s << QVariant(true) << QVariant(true);
    QTest::newRow("false") << u"active"_s << QVariant(false) << QVariant(false);
    QTest::newRow("utc date-time") << u"seen_at"_s << QVariant(utc) << QVariant(utc);
    QTest::newRow("offset date-time")
            << u"seen_at"_s
            << QVariant(QDateTime(QDate(2026, 3, 29), QTime(7, 0, 15, 250), Qt::OffsetFromUTC,
                                  5 * 3600 + 1800))
            << QVariant(utc);
    QTest::newRow("zoned date-time")
            << u"seen_at"_s << QVariant(utc.toTimeZone(QTimeZone("America/New_York")))
            << QVariant(utc);
    QTest::newRow("invalid date-time") << u"seen_at"_s << QVariant(QDateTime()) << QVariant();
    QTest::newRow("date") << u"born"_s << QVariant(QDate(1961, 2, 28))
                          << QVariant(QDate(1961, 2, 28));
    QTest::newRow("time") << u"opens"_s << QVariant(QTime(8, 30, 0, 5))
                          << QVariant(QTime(8, 30, 0, 5));
}

void TestSqlCipherDriver::valuesRoundTrip()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);

    QSqlQuery query(m_db);
    QVERIFY(query.prepare(u"INSERT INTO item (id, " + column + u") VALUES (1, ?)"));
    query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"SELECT " + column + u" FROM item WHERE id = 1"));
    QVERIFY(query.next());
    const QVariant read = query.value(0);
    if (!expected.isValid()) {
        QVERIFY2(read.isNull(), qPrintable(read.toString()));
        QVERIFY(query.isNull(0));
        return;
    }
    QCOMPARE(read.metaType(), expected.metaType());
    QCOMPARE(read, expected);
    if (read.typeId() == QMetaType::QDateTime)
        QCOMPARE(read.toDateTime().timeSpec(), Qt::UTC);
}

void TestSqlCipherDriver::dateTimesAreStoredAsUtcText()
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO item (id, seen_at) VALUES (1, ?)")));
    query.addBindValue(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::OffsetFromUTC, 3600));
    QVERIFY(query.exec());
    QVERIFY(query.exec(QStringLiteral("SELECT typeof(seen_at), seen_at || '' FROM item")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"text"_s);
    QCOMPARE(query.value(1).toString(), u"2026-11-22T09:00:00.000Z"_s);
    // Text order is time order, so SQL can compare and sort them.
    QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM item WHERE seen_at > '2026-11-22T08:59:59.999Z'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSqlCipherDriver::integerDateTimesReadAsUtc()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (id, seen_at) VALUES (1, 1795000000123)")));
    QVERIFY(query.exec(QStringLiteral("SELECT seen_at FROM item")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toDateTime(), QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::UTC));
}

void TestSqlCipherDriver::transactions()
{
    QSqlQuery query(m_db);
    QVERIFY(m_db.transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('kept')")));
    QVERIFY(m_db.commit());
    QVERIFY(m_db.transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('dropped')")));
    QVERIFY(m_db.rollback());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(name) FROM item")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"kept"_s);
    // A second BEGIN inside a transaction is an error, reported as such.
    QVERIFY(m_db.transaction());
    QVERIFY(!m_db.transaction());
    QCOMPARE(m_db.lastError().type(), QSqlError::TransactionError);
    QVERIFY(m_db.rollback());
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (id, name) VALUES (41, 'a')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('b')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 42);
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(query.exec(QStringLiteral("UPDATE item SET qty = 1")));
    QCOMPARE(query.numRowsAffected(), 2);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM item WHERE id = 999")));
    QCOMPARE(query.numRowsAffected(), 0);
    QCOMPARE(query.size(), -1);
}

void TestSqlCipherDriver::forwardOnlyResults()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
            "INSERT INTO item (id, qty) SELECT i, i * i FROM n")));
    query.setForwardOnly(true);
    QVERIFY(query.exec(QStringLiteral("SELECT id, qty FROM item ORDER BY id")));
    int seen = 0;
    while (query.next()) {
        ++seen;
        QCOMPARE(query.at(), seen - 1);
        QCOMPARE(query.value(1).toLongLong(), qlonglong(seen) * seen);
    }
    QCOMPARE(seen, 100);
    QCOMPARE(query.at(), int(QSql::AfterLastRow));
    QVERIFY(!query.previous());

    QVERIFY(query.exec(QStringLiteral("SELECT id FROM item ORDER BY id")));
    QVERIFY(query.seek(9));
    QCOMPARE(query.value(0).toInt(), 10);
    QVERIFY(!query.seek(3)); // cannot go back
    QVERIFY(query.last());
    QCOMPARE(query.value(0).toInt(), 100);
}

void TestSqlCipherDriver::scrollableResults()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
            "INSERT INTO item (id, name) SELECT i, 'n' || i FROM n")));
    QVERIFY(query.exec(QStringLiteral("SELECT id, name FROM item ORDER BY id")));
    QVERIFY(!query.isForwardOnly());
    QVERIFY(query.seek(24));
    QCOMPARE(query.value(0).toInt(), 25);
    QVERIFY(query.previous());
    QCOMPARE(query.value(1).toString(), u"n24"_s);
    QVERIFY(query.last());
    QCOMPARE(query.at(), 49);
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.seek(10, true)); // relative to the first row
    QCOMPARE(query.value(0).toInt(), 11);
    QVERIFY(!query.seek(50));
    QVERIFY(query.seek(49));
    QCOMPARE(query.value(1).toString(), u"n50"_s);
}

void TestSqlCipherDriver::emptyResult()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM item")));
    QVERIFY(query.isSelect());
    QVERIFY(!query.next());
    QVERIFY(!query.first());
    QVERIFY(!query.last());
    QCOMPARE(query.record().count(), 1);
}

void TestSqlCipherDriver::queryRecordMetadata()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, name, price, seen_at, count(*) AS n FROM item")));
    const QSqlRecord record = query.record();
    QCOMPARE(record.count(), 5);
    QCOMPARE(record.fieldName(1), u"name"_s);
    QCOMPARE(record.field(0).metaType().id(), int(QMetaType::LongLong));
    QCOMPARE(record.field(1).metaType().id(), int(QMetaType::QString));
    QCOMPARE(record.field(2).metaType().id(), int(QMetaType::Double));
    QCOMPARE(record.field(3).metaType().id(), int(QMetaType::QDateTime));
    QCOMPARE(record.field(1).tableName(), u"item"_s);
    QCOMPARE(record.fieldName(4), u"n"_s);
}

void TestSqlCipherDriver::tableRecordAndPrimaryIndex()
{
    const QSqlRecord record = m_db.record(u"item"_s);
    QCOMPARE(record.count(), 10);
    const QSqlField id = record.field(u"id"_s);
    QVERIFY(id.isAutoValue());
    const QSqlField name = record.field(u"name"_s);
    QCOMPARE(name.requiredStatus(), QSqlField::Required);
    QCOMPARE(name.defaultValue().toString(), u"'unnamed'"_s);
    QCOMPARE(record.field(u"photo"_s).metaType().id(), int(QMetaType::QByteArray));
    QCOMPARE(record.field(u"active"_s).metaType().id(), int(QMetaType::Bool));
    QCOMPARE(record.field(u"born"_s).metaType().id(), int(QMetaType::QDate));

    QSqlQuery query(m_db);
    QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE visit (clinic TEXT, day DATE, seq INTEGER, note TEXT, "
                           "PRIMARY KEY (day, clinic, seq))")));
    const QSqlIndex key = m_db.primaryIndex(u"visit"_s);
    QCOMPARE(key.count(), 3);
    QCOMPARE(key.fieldName(0), u"day"_s);
    QCOMPARE(key.fieldName(1), u"clinic"_s);
    QCOMPARE(key.fieldName(2), u"seq"_s);
    QVERIFY(!m_db.record(u"visit"_s).field(u"seq"_s).isAutoValue());
    // Qualified and quoted names work too; unknown tables give empty metadata.
    QCOMPARE(m_db.record(u"main.item"_s).count(), 10);
    QCOMPARE(m_db.record(u"\"item\""_s).count(), 10);
    QVERIFY(m_db.record(u"no_such_table"_s).isEmpty());
    QVERIFY(m_db.primaryIndex(u"no_such_table"_s).isEmpty());
}

void TestSqlCipherDriver::tables()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE VIEW cheap AS SELECT * FROM item WHERE price < 1")));
    QCOMPARE(m_db.tables(QSql::Tables), QStringList { u"item"_s });
    QCOMPARE(m_db.tables(QSql::Views), QStringList { u"cheap"_s });
    QVERIFY(m_db.tables(QSql::SystemTables).contains(u"sqlite_master"_s));
    QCOMPARE(m_db.tables(QSql::AllTables).size(), 3);
}

void TestSqlCipherDriver::errorsCarrySqliteCodes()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE UNIQUE INDEX item_name ON item (name)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('twin')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('twin')")));
    QCOMPARE(query.lastError().nativeErrorCode(), u"2067"_s); // SQLITE_CONSTRAINT_UNIQUE
    QVERIFY(query.lastError().databaseText().contains(u"UNIQUE constraint failed"));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);

    QVERIFY(!query.exec(QStringLiteral("SELEC nonsense")));
    QCOMPARE(query.lastError().nativeErrorCode(), u"1"_s); // SQLITE_ERROR
    QVERIFY(query.lastError().databaseText().contains(u"syntax error"));

    QVERIFY(!query.exec(QStringLiteral("INSERT INTO item (name) VALUES (NULL)")));
    QCOMPARE(query.lastError().nativeErrorCode(), u"1299"_s); // SQLITE_CONSTRAINT_NOTNULL
}

void TestSqlCipherDriver::oneStatementAtATime()
{
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM item; DROP TABLE item")));
    QVERIFY(m_db.tables().contains(u"item"_s));
    // Trailing comments and blank statements are harmless.
    QVERIFY(query.exec(QStringLiteral("SELECT 1; -- the answer")));
    QVERIFY(query.exec(QStringLiteral("-- nothing but a comment")));
}

void TestSqlCipherDriver::parameterCountMismatch()
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO item (name, qty) VALUES (?, ?)")));
    query.addBindValue(u"only one"_s);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(u"Parameter count mismatch"));
    QCOMPARE(test::countRows(m_db, u"item"_s), 0);
}

void TestSqlCipherDriver::batchExecution()
{
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO item (name, qty) VALUES (?, ?)")));
    query.addBindValue(QVariantList { u"a"_s, u"b"_s, u"c"_s });
    query.addBindValue(QVariantList { 1, 2, 3 });
    QVERIFY2(query.execBatch(), qPrintable(query.lastError().text()));
    QCOMPARE(test::countRows(m_db, u"item"_s), 3);
}

void TestSqlCipherDriver::busyTimeout()
{
    QSqlDatabase second = openKeyed(u"second"_s, m_path, u"CLINIC_BUSY_TIMEOUT=50"_s);
    QVERIFY(second.isOpen());
    QVERIFY(m_db.transaction()); // holds the write lock
    QVERIFY(!second.transaction());
    QCOMPARE(second.lastError().nativeErrorCode(), u"5"_s); // SQLITE_BUSY, after waiting
    QVERIFY(m_db.commit());
    QVERIFY2(second.transaction(), qPrintable(second.lastError().text()));
    QVERIFY(second.commit());
    second.close();
    second = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"second"_s);
}

void TestSqlCipherDriver::precisionPolicy()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (qty, price) VALUES (7, 2.75)")));
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(query.exec(QStringLiteral("SELECT qty, price FROM item")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).metaType().id(), int(QMetaType::LongLong)); // integers stay 64-bit
    QCOMPARE(query.value(1).metaType().id(), int(QMetaType::Int));
    QCOMPARE(query.value(1).toInt(), 2);
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    QVERIFY(query.exec(QStringLiteral("SELECT price FROM item")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(2.75));
}

void TestSqlCipherDriver::closingUnderALiveQuery()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('x')")));
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM item")));
    m_db.close(); // finalizes the statement under the query
    QVERIFY(!query.exec(QStringLiteral("SELECT name FROM item")));
    QVERIFY(!query.isActive());
    // The key was wiped after the first open: reopening needs it again.
    QVERIFY(!m_db.open());
    QVERIFY(m_db.lastError().driverText().contains(u"No store key"));
    query = QSqlQuery();
    cleanup();
    m_db = openKeyed(u"main"_s, m_path);
    QVERIFY(m_db.isOpen());
}

void TestSqlCipherDriver::tableModel()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO item (id, name, qty) VALUES (1, 'gauze', 5), (2, 'saline', 12)")));

    QSqlTableModel model(nullptr, m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(u"item"_s);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 2);
    const int nameColumn = model.fieldIndex(u"name"_s);
    const int qtyColumn = model.fieldIndex(u"qty"_s);
    QCOMPARE(model.data(model.index(1, nameColumn)).toString(), u"saline"_s);

    QVERIFY(model.setData(model.index(0, qtyColumn), 6));
    QSqlRecord record = model.record();
    record.setValue(u"name"_s, u"swab"_s);
    record.setValue(u"qty"_s, 40);
    record.setGenerated(u"id"_s, false);
    QVERIFY(model.insertRecord(-1, record));
    QVERIFY(model.removeRow(1));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

    QVERIFY(query.exec(QStringLiteral("SELECT name, qty FROM item ORDER BY id")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + u':' + query.value(1).toString();
    QCOMPARE(rows, QStringList({ u"gauze:6"_s, u"swab:40"_s }));

    model.setFilter(u"qty > 10"_s);
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, nameColumn)).toString(), u"swab"_s);
}

void TestSqlCipherDriver::nulInStatementIsRefused()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('keep'), ('also keep')")));
    // SQLite would stop at the NUL and run "DELETE FROM item" alone.
    QVERIFY(!query.exec(u"DELETE FROM item"_s + QChar(0) + u" WHERE name = 'keep'"_s));
    QVERIFY(query.lastError().text().contains(u"NUL"));
    QCOMPARE(test::countRows(m_db, u"item"_s), 2);
}

void TestSqlCipherDriver::reopeningKeepsTheKey()
{
    // open() on an open connection closes it first; the key set for that open must survive.
    const QString other = m_dir.filePath(u"second-open.db"_s);
    static_cast<SqlCipherDriver *>(m_db.driver())->setKey(SecureBytes::random(32));
    m_db.setDatabaseName(other);
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('Tangerine-Quokka')")));
    query = QSqlQuery();
    m_db.close();
    const QByteArray bytes = test::readFile(other);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("Tangerine-Quokka"));
    cleanup();
    m_db = openKeyed(u"main"_s, m_path);
}

void TestSqlCipherDriver::queryOutlivingItsConnection()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('a'), ('b')")));
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM item")));
    cleanup(); // the driver is deleted under the query
    QVERIFY(!query.next());
    QVERIFY(!query.isActive());
    m_db = openKeyed(u"main"_s, m_path);
}

void TestSqlCipherDriver::unbindableValuesAreRefused_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("list") << u"name"_s << QVariant(QStringList { u"a"_s, u"b"_s });
    QTest::newRow("map") << u"name"_s << QVariant(QVariantMap { { u"a"_s, 1 } });
    QTest::newRow("NaN") << u"price"_s << QVariant(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("year 10000") << u"born"_s << QVariant(QDate(10000, 1, 1));
    QTest::newRow("unsigned beyond int64")
            << u"qty"_s << QVariant(std::numeric_limits<quint64>::max());
}

void TestSqlCipherDriver::unbindableValuesAreRefused()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(u"INSERT INTO item (" + column + u") VALUES (?)"));
    query.addBindValue(value);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(u"bind"));
    QCOMPARE(test::countRows(m_db, u"item"_s), 0);
}

void TestSqlCipherDriver::noStaleInsertIdOrRowCount()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (id, name) VALUES (7, 'x')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 7);
    QVERIFY(query.exec(QStringLiteral("INSERT OR IGNORE INTO item (id, name) VALUES (7, 'y')")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(!query.lastInsertId().isValid());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE other (x)")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(!query.lastInsertId().isValid());
    QVERIFY(query.exec(QStringLiteral("UPDATE item SET name = 'z' WHERE id = 7")));
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(!query.lastInsertId().isValid());
    // Deleting the highest row and inserting again gives the same rowid: still reported.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM item")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('again')")));
    QVERIFY(query.lastInsertId().isValid());
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
