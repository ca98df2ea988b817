// Ids of new synced rows: UUID version 7, the time first, so they sort by creation.

#include "manualclock.h"
#include "util/rowid.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace clinic;
using namespace Qt::StringLiterals;

class TestRowId : public QObject
{
    Q_OBJECT

private slots:
    void isAVersion7UuidWithTheTimeFirst();
    void laterRowsSortAfter();
    void idsMadeInOneMillisecondDiffer();
};

void TestRowId::isAVersion7UuidWithTheTimeFirst()
{
    const test::ManualClock clock(0x0192'3456'789aLL);
    const QString id = newRowId(clock);
    const QUuid uuid(id);
    QVERIFY(!uuid.isNull());
    QCOMPARE(id.size(), 36); // no braces, as every id in the stores
    QCOMPARE(uuid.variant(), QUuid::DCE);
    // Qt 6.4 knows versions up to 5 only: the version is read from the text.
    QVERIFY2(id.startsWith(u"01923456-789a-7"_s), qPrintable(id));
}

void TestRowId::laterRowsSortAfter()
{
    test::ManualClock clock;
    QString previous = newRowId(clock);
    for (int i = 0; i < 100; ++i) {
        clock.advance(1);
        const QString next = newRowId(clock);
        QVERIFY2(next > previous, qPrintable(previous + u" then "_s + next));
        previous = next;
    }
}

void TestRowId::idsMadeInOneMillisecondDiffer()
{
    const test::ManualClock clock;
    QSet<QString> ids;
    for (int i = 0; i < 10000; ++i)
        ids.insert(newRowId(clock));
    QCOMPARE(ids.size(), 10000);
}

QTEST_GUILESS_MAIN(TestRowId)
#include "tst_rowid.moc"
