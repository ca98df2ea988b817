// Splitting migration files into statements.

#include "storage/sqlscript.h"

#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnStatementEnds_data();
    void splitsOnStatementEnds();
};

void TestSqlScript::splitsOnStatementEnds_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two statements")
            << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
            << QStringList { u"CREATE TABLE a (x);"_s, u"CREATE TABLE b (y);"_s };
    QTest::newRow("same line") << u"SELECT 1; SELECT 2;"_s
                               << QStringList { u"SELECT 1;"_s, u"SELECT 2;"_s };
    QTest::newRow("semicolon in string")
            << u"INSERT INTO t VALUES ('a;b'); SELECT 2;"_s
            << QStringList { u"INSERT INTO t VALUES ('a;b');"_s, u"SELECT 2;"_s };
    QTest::newRow("semicolon in comment")
            << u"-- one; two\nSELECT 1;"_s << QStringList { u"-- one; two\nSELECT 1;"_s };
    QTest::newRow("trigger body")
            << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END;\nSELECT 3;"_s
            << QStringList {
                   u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END;"_s,
                   u"SELECT 3;"_s
               };
    QTest::newRow("unterminated last")
            << u"SELECT 1; SELECT 2"_s << QStringList { u"SELECT 1;"_s, u"SELECT 2"_s };
    QTest::newRow("trailing comment")
            << u"SELECT 1;\n-- done\n"_s << QStringList { u"SELECT 1;"_s, u"-- done"_s };
    QTest::newRow("empty statements") << u";;SELECT 1;"_s << QStringList { u"SELECT 1;"_s };
    QTest::newRow("non-ascii") << u"INSERT INTO t VALUES ('Zoë; ☤');"_s
                               << QStringList { u"INSERT INTO t VALUES ('Zoë; ☤');"_s };
    QTest::newRow("nothing") << u"  \n"_s << QStringList {};
}

void TestSqlScript::splitsOnStatementEnds()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqlStatements(script), statements);
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
