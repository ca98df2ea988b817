#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace clinic {

// One visit as a calendar event.
struct CalendarEvent
{
    QString uid; // stable: the same visit exported twice updates, not duplicates
    qint64 startMs = 0; // UTC
    qint64 endMs = 0;
    QString summary;
    QString location;
    QString description;
    enum class Status { Tentative, Confirmed, Cancelled } status = Status::Confirmed;
};

// An iCalendar file (RFC 5545) any calendar program imports: times in UTC, text escaped,
// lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
QByteArray toICalendar(const QList<CalendarEvent> &events, qint64 stampMs);

} // namespace clinic
