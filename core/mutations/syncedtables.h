#pragma once

#include <QCborMap>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace clinic {

// Real: a double (a vital sign in its canonical unit); SQLite REAL, PostgreSQL DOUBLE PRECISION,
// a CBOR double (an integer from a client is read as its value).
enum class ColumnType { Text, Integer, Boolean, Date, Real };

struct SyncedColumn
{
    QString name;
    ColumnType type;
};

// A bucket a row belongs to: "<kind>:<row[column]>", or just "<kind>" when column is empty
// (a bucket holding every row of the table, such as the front desk's patient register).
struct BucketMembership
{
    QString kind;
    QString column;
};

// A table that syncs. Every synced table has the same five leading columns (id, rev, deleted,
// updated_at, updated_by; see migrations/client/0001_initial.sql) and the same definition in
// the client and the server store, because the same mutation code writes both.
struct SyncedTable
{
    QString name;
    QList<SyncedColumn> columns; // every column, the five common ones first
    QList<BucketMembership> buckets;
    // The client's FTS4 index over some columns (docid = rowid), kept by RowStore, and its
    // queue "<searchIndex>_pending"; empty: none.
    QString searchIndex;
    QStringList searchColumns;

    const SyncedColumn *column(QStringView name) const;
    QStringList columnNames() const;
    // The buckets a row with these values belongs to.
    QStringList bucketsOf(const QCborMap &row) const;
    // The membership that puts rows in a bucket like `bucket`, or null.
    const BucketMembership *membershipFor(QStringView bucket) const;
};

// The buckets, by kind. The server decides who gets which (SyncService::allowedBuckets).
namespace Buckets {
inline constexpr QStringView patient = u"patient"; // patient:<id>: profile, notes, care team
inline constexpr QStringView user = u"user"; // user:<account id>: what is the user's own
inline constexpr QStringView registry = u"register"; // every patient profile: the front desk
// Everyone: providers' availability and free/busy times (no patient data).
inline constexpr QStringView directory = u"directory";
// pharmacy:<pharmacy id>: the prescriptions routed there, its fills, staff and stock.
inline constexpr QStringView pharmacy = u"pharmacy";

QString of(QStringView kind, const QString &key);
// "patient:abc" -> {"patient", "abc"}; "register" -> {"register", ""}.
std::pair<QString, QString> split(const QString &bucket);
} // namespace Buckets

class SyncedTables
{
public:
    static const QList<SyncedTable> &all();
    static const SyncedTable *find(QStringView name);
    // Tables only the server writes (a video visit's calls): MutationContext refuses to write
    // them unless the server made the context for its own change (allowServerTables), so no
    // mutation a client pushes can, whatever it names.
    static bool isServerWritten(QStringView name);
    static QSet<QString> names();
};

} // namespace clinic
