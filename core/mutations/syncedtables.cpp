#include "syncedtables.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QList<SyncedColumn> withCommonColumns(QList<SyncedColumn> own)
{
    QList<SyncedColumn> columns { { u"id"_s, ColumnType::Text },
                                  { u"rev"_s, ColumnType::Integer },
                                  { u"deleted"_s, ColumnType::Boolean },
                                  { u"updated_at"_s, ColumnType::Integer },
                                  { u"updated_by"_s, ColumnType::Text } };
    columns += own;
    return columns;
}

QList<SyncedTable> makeTables()
{
    const auto text = ColumnType::Text;
    SyncedTable patient { u"patient"_s,
                          withCommonColumns({ { u"family_name"_s, text },
                                              { u"given_name"_s, text },
                                              { u"birth_date"_s, ColumnType::Date },
                                              { u"sex"_s, text },
                                              { u"phone"_s, text },
                                              { u"email"_s, text },
                                              { u"address_line"_s, text },
                                              { u"city"_s, text },
                                              { u"postal_code"_s, text },
                                              { u"country"_s, text },
                                              { u"preferred_language"_s, text } }),
                          { { Buckets::patient.toString(), u"id"_s },
                            { Buckets::registry.toString(), {} } } };
    SyncedTable note { u"note"_s,
                       withCommonColumns({ { u"patient_id"_s, text },
                                           { u"author_id"_s, text },
                                           { u"author_name"_s, text },
                                           { u"body"_s, text },
                                           { u"created_at"_s, ColumnType::Integer } }),
                       { { Buckets::patient.toString(), u"patient_id"_s } } };
    SyncedTable careTeam { u"care_team"_s,
                           withCommonColumns({ { u"patient_id"_s, text },
                                               { u"staff_id"_s, text },
                                               { u"staff_name"_s, text },
                                               { u"staff_role"_s, text } }),
                           { { Buckets::patient.toString(), u"patient_id"_s },
                             { Buckets::user.toString(), u"staff_id"_s },
                             { Buckets::registry.toString(), {} } } };
    return { patient, note, careTeam };
}

} // namespace

const SyncedColumn *SyncedTable::column(QStringView wanted) const
{
    for (const SyncedColumn &c : columns) {
        if (c.name == wanted)
            return &c;
    }
    return nullptr;
}

QStringList SyncedTable::columnNames() const
{
    QStringList names;
    for (const SyncedColumn &c : columns)
        names << c.name;
    return names;
}

QStringList SyncedTable::bucketsOf(const QCborMap &row) const
{
    QStringList result;
    for (const BucketMembership &m : buckets) {
        if (m.column.isEmpty())
            result << m.kind;
        else
            result << Buckets::of(m.kind, row.value(m.column).toString());
    }
    return result;
}

const BucketMembership *SyncedTable::membershipFor(QStringView bucket) const
{
    const auto [kind, key] = Buckets::split(bucket.toString());
    for (const BucketMembership &m : buckets) {
        if (m.kind == kind && m.column.isEmpty() == key.isEmpty())
            return &m;
    }
    return nullptr;
}

QString Buckets::of(QStringView kind, const QString &key)
{
    return kind + u':' + key;
}

std::pair<QString, QString> Buckets::split(const QString &bucket)
{
    const qsizetype colon = bucket.indexOf(u':');
    if (colon < 0)
        return { bucket, {} };
    return { bucket.left(colon), bucket.mid(colon + 1) };
}

const QList<SyncedTable> &SyncedTables::all()
{
    static const QList<SyncedTable> tables = makeTables();
    return tables;
}

const SyncedTable *SyncedTables::find(QStringView name)
{
    for (const SyncedTable &table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QSet<QString> SyncedTables::names()
{
    QSet<QString> names;
    for (const SyncedTable &table : all())
        names.insert(table.name);
    return names;
}

} // namespace clinic
