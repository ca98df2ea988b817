// Calendar export (RFC 5545): what a calendar program needs to import a visit unchanged.
#include "scheduling/icalendar.h"

#include <QDateTime>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

// The logical lines: CRLF-separated, with folded continuations joined again (RFC 5545 3.1).
QStringList unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

const qint64 nine = QDateTime(QDate(2027, 3, 29), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void oneVisit();
    void textIsEscaped();
    void longLinesFoldWithoutBreakingCharacters();
    void statusesAndAnEmptyCalendar();
};

void TestICalendar::oneVisit()
{
    const CalendarEvent visit { u"a1@clinic"_s,
                                nine,
                                nine + 30 * 60000,
                                u"Dr Lima"_s,
                                u"Lisbon clinic"_s,
                                {},
                                CalendarEvent::Status::Confirmed };
    const QByteArray ics = toICalendar({ visit }, nine - 3600000);
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\n\n") && ics.count('\n') == ics.count("\r\n")); // CRLF only
    QCOMPARE(
            unfolded(ics),
            QStringList({ u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s, u"PRODID:-//Clinic//Clinic//EN"_s,
                          u"CALSCALE:GREGORIAN"_s, u"METHOD:PUBLISH"_s, u"BEGIN:VEVENT"_s,
                          u"UID:a1@clinic"_s, u"DTSTAMP:20270329T070000Z"_s,
                          u"DTSTART:20270329T080000Z"_s, u"DTEND:20270329T083000Z"_s,
                          u"SUMMARY:Dr Lima"_s, u"LOCATION:Lisbon clinic"_s, u"STATUS:CONFIRMED"_s,
                          u"END:VEVENT"_s, u"END:VCALENDAR"_s }));
}

void TestICalendar::textIsEscaped()
{
    const CalendarEvent visit { u"a2"_s,
                                nine,
                                nine + 1,
                                u"Check-up; bring results, please"_s,
                                u"Rua A\\B"_s,
                                u"Line one\nLine two"_s,
                                CalendarEvent::Status::Confirmed };
    const QStringList lines = unfolded(toICalendar({ visit }, nine));
    QVERIFY(lines.contains(u"SUMMARY:Check-up\\; bring results\\, please"_s));
    QVERIFY(lines.contains(u"LOCATION:Rua A\\\\B"_s));
    QVERIFY(lines.contains(u"DESCRIPTION:Line one\\nLine two"_s));
}

void TestICalendar::longLinesFoldWithoutBreakingCharacters()
{
    QString summary;
    for (int i = 0; i < 40; ++i)
        summary += u"Consulta de cardiologia çãé € "_s; // 1-3 byte characters
    const CalendarEvent visit {
        u"a3"_s, nine, nine + 1, summary, {}, {}, CalendarEvent::Status::Confirmed
    };
    const QByteArray ics = toICalendar({ visit }, nine);
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        if (line.startsWith(' '))
            QVERIFY((quint8(line.at(1)) & 0xC0) != 0x80); // no character cut in two
    }
    QVERIFY(unfolded(ics).contains(u"SUMMARY:"_s + summary.trimmed() + u' '));
}

void TestICalendar::statusesAndAnEmptyCalendar()
{
    CalendarEvent visit {
        u"a4"_s, nine, nine + 1, u"x"_s, {}, {}, CalendarEvent::Status::Tentative
    };
    QVERIFY(unfolded(toICalendar({ visit }, nine)).contains(u"STATUS:TENTATIVE"_s));
    visit.status = CalendarEvent::Status::Cancelled;
    QVERIFY(unfolded(toICalendar({ visit }, nine)).contains(u"STATUS:CANCELLED"_s));
    const QStringList empty = unfolded(toICalendar({}, nine));
    QCOMPARE(empty.first(), u"BEGIN:VCALENDAR"_s);
    QCOMPARE(empty.last(), u"END:VCALENDAR"_s);
    QVERIFY(!empty.contains(u"BEGIN:VEVENT"_s));
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
