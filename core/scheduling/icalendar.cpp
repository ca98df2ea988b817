#include "icalendar.h"

#include <QDateTime>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QByteArray utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(u"yyyyMMdd'T'HHmmss'Z'"_s)
            .toLatin1();
}

// RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT.
QByteArray text(const QString &value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == u'\\' || c == u';' || c == u',')
            escaped += u'\\' + QString(c);
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else if (c != u'\r')
            escaped += c;
    }
    return escaped.toUtf8();
}

// RFC 5545 3.1: lines of at most 75 octets; a longer one continues on the next line after a
// space. A fold never falls inside a UTF-8 sequence (continuation bytes are 10xxxxxx).
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (quint8(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    return out + line.mid(start) + "\r\n";
}

QByteArray statusName(CalendarEvent::Status status)
{
    switch (status) {
    case CalendarEvent::Status::Tentative:
        return "TENTATIVE";
    case CalendarEvent::Status::Cancelled:
        return "CANCELLED";
    case CalendarEvent::Status::Confirmed:
        break;
    }
    return "CONFIRMED";
}

} // namespace

QByteArray toICalendar(const QList<CalendarEvent> &events, qint64 stampMs)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clinic//Clinic//EN\r\n"
                     "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    for (const CalendarEvent &event : events) {
        out += "BEGIN:VEVENT\r\n";
        out += folded("UID:" + text(event.uid));
        out += "DTSTAMP:" + utc(stampMs) + "\r\n";
        out += "DTSTART:" + utc(event.startMs) + "\r\n";
        out += "DTEND:" + utc(event.endMs) + "\r\n";
        out += folded("SUMMARY:" + text(event.summary));
        if (!event.location.isEmpty())
            out += folded("LOCATION:" + text(event.location));
        if (!event.description.isEmpty())
            out += folded("DESCRIPTION:" + text(event.description));
        out += "STATUS:" + statusName(event.status) + "\r\n";
        out += "END:VEVENT\r\n";
    }
    return out + "END:VCALENDAR\r\n";
}

} // namespace clinic
