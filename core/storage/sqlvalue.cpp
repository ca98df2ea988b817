#include "sqlvalue.h"

#include "sqlite_api.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <cmath>

namespace clinic::SqlValue {

namespace {

QString dateTimeText(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(statement, index, utf8.constData(), quint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

QVariant readInteger(qint64 value, QMetaType declared)
{
    switch (declared.id()) {
    case QMetaType::Bool:
        return QVariant(value != 0);
    case QMetaType::QDateTime:
        return QVariant(QDateTime::fromMSecsSinceEpoch(value, Qt::UTC));
    default:
        // Integers are always 64-bit, as with Qt's own SQLite driver; the precision policy
        // only decides how floating-point values come back.
        return QVariant(qlonglong(value));
    }
}

QVariant readDouble(double value, QSql::NumericalPrecisionPolicy precision)
{
    switch (precision) {
    case QSql::LowPrecisionInt32:
        return QVariant(int(value));
    case QSql::LowPrecisionInt64:
        return QVariant(qlonglong(value));
    default:
        return QVariant(value);
    }
}

QVariant readText(const QString &text, QMetaType declared)
{
    // Text that does not parse as the declared type is returned as it is: nothing is lost.
    switch (declared.id()) {
    case QMetaType::QDateTime: {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        return parsed.isValid() ? QVariant(parsed.toUTC()) : QVariant(text);
    }
    case QMetaType::QDate: {
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        return parsed.isValid() ? QVariant(parsed) : QVariant(text);
    }
    case QMetaType::QTime: {
        const QTime parsed = QTime::fromString(text, Qt::ISODateWithMs);
        return parsed.isValid() ? QVariant(parsed) : QVariant(text);
    }
    default:
        return QVariant(text);
    }
}

} // namespace

QMetaType typeForDeclaration(const char *declaredType)
{
    if (!declaredType || !*declaredType)
        return QMetaType();
    const QByteArray type = QByteArray(declaredType).toUpper();
    // Specific names first, then SQLite's own affinity rules (section 3.1 of datatype3.html).
    if (type.startsWith("BOOL"))
        return QMetaType(QMetaType::Bool);
    if (type.startsWith("DATETIME") || type.startsWith("TIMESTAMP"))
        return QMetaType(QMetaType::QDateTime);
    if (type == "DATE")
        return QMetaType(QMetaType::QDate);
    if (type == "TIME")
        return QMetaType(QMetaType::QTime);
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::Double); // NUMERIC affinity
}

bool isNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue > qulonglong(std::numeric_limits<qint64>::max()))
            return SQLITE_RANGE; // SQLite has no unsigned 64-bit integers
        return sqlite3_bind_int64(statement, index, qint64(unsignedValue));
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        // SQLite would store NaN as NULL: refuse rather than lose the value silently.
        const double number = value.toDouble();
        return std::isnan(number) ? SQLITE_MISMATCH : sqlite3_bind_double(statement, index, number);
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), quint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: {
        const QString text = dateTimeText(value.toDateTime());
        return text.isEmpty() ? SQLITE_RANGE : bindText(statement, index, text); // year > 9999
    }
    case QMetaType::QDate: {
        const QString text = value.toDate().toString(Qt::ISODate);
        return text.isEmpty() ? SQLITE_RANGE : bindText(statement, index, text);
    }
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QUuid:
        return bindText(statement, index, value.toUuid().toString(QUuid::WithoutBraces));
    case QMetaType::QString:
        return bindText(statement, index, value.toString());
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return SQLITE_MISMATCH; // a list is not one value; converting it would drop data
    default:
        if (value.canConvert<QString>())
            return bindText(statement, index, value.toString());
        return SQLITE_MISMATCH;
    }
}

QVariant read(sqlite3_stmt *statement, int column, QMetaType declared,
              QSql::NumericalPrecisionPolicy precision)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return readInteger(sqlite3_column_int64(statement, column), declared);
    case SQLITE_FLOAT:
        return readDouble(sqlite3_column_double(statement, column), precision);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        return readText(QString::fromUtf8(text, bytes), declared);
    }
    case SQLITE_BLOB: {
        const int bytes = sqlite3_column_bytes(statement, column);
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, column));
        return QVariant(bytes > 0 ? QByteArray(blob, bytes) : QByteArray(""));
    }
    default: // SQLITE_NULL
        return QVariant(declared);
    }
}

QString literal(const QVariant &value)
{
    if (isNull(value))
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray:
        return u"X'" + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return value.toString();
    case QMetaType::QDateTime:
        return u'\'' + dateTimeText(value.toDateTime()) + u'\'';
    case QMetaType::QDate:
        return u'\'' + value.toDate().toString(Qt::ISODate) + u'\'';
    case QMetaType::QTime:
        return u'\'' + value.toTime().toString(Qt::ISODateWithMs) + u'\'';
    case QMetaType::QUuid:
        return u'\'' + value.toUuid().toString(QUuid::WithoutBraces) + u'\'';
    default: {
        QString text = value.toString();
        text.replace(u'\'', QStringLiteral("''"));
        return u'\'' + text + u'\'';
    }
    }
}

} // namespace clinic::SqlValue
