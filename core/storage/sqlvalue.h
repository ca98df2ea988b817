#pragma once

#include <QMetaType>
#include <QSql>
#include <QVariant>

struct sqlite3_stmt;

namespace clinic {

// How Qt values are stored in SQLite and read back. The one documented convention:
// - QDateTime is stored as ISO-8601 UTC text with milliseconds, "2026-11-22T09:30:00.000Z",
//   whatever its time zone; a column declared DATETIME or TIMESTAMP reads back as a UTC
//   QDateTime (from that text, or from integer Unix milliseconds).
// - QDate as "yyyy-MM-dd" (DATE columns), QTime as "HH:mm:ss.zzz" (TIME columns).
// - bool as 0/1 (BOOL/BOOLEAN columns read back as bool).
// - QByteArray as BLOB; QString as UTF-8 TEXT; integers as 64-bit INTEGER.
// - A null QString/QByteArray or an invalid date-time binds as NULL.
namespace SqlValue {

// The Qt type a column's declared SQL type stands for; UnknownType when none was declared.
QMetaType typeForDeclaration(const char *declaredType);

// Binds value to the 1-based parameter index; returns the SQLite result code.
int bind(sqlite3_stmt *statement, int index, const QVariant &value);

// Reads a column of the current row, typed by its declaration; the precision policy applies
// to floating-point values.
QVariant read(sqlite3_stmt *statement, int column, QMetaType declared,
              QSql::NumericalPrecisionPolicy precision);

// SQL literal text for a value, as used when statements are not prepared.
QString literal(const QVariant &value);

bool isNull(const QVariant &value);

} // namespace SqlValue
} // namespace clinic
