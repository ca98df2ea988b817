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
                            { Buckets::registry.toString(), {} } },
                          u"patient_search"_s,
                          { u"family_name"_s, u"given_name"_s } };
    SyncedTable note { u"note"_s,
                       withCommonColumns({ { u"patient_id"_s, text },
                                           { u"author_id"_s, text },
                                           { u"author_name"_s, text },
                                           { u"body"_s, text },
                                           { u"created_at"_s, ColumnType::Integer } }),
                       { { Buckets::patient.toString(), u"patient_id"_s } },
                       {},
                       {} };
    SyncedTable careTeam { u"care_team"_s,
                           withCommonColumns({ { u"patient_id"_s, text },
                                               { u"staff_id"_s, text },
                                               { u"staff_name"_s, text },
                                               { u"staff_role"_s, text } }),
                           { { Buckets::patient.toString(), u"patient_id"_s },
                             { Buckets::user.toString(), u"staff_id"_s },
                             { Buckets::registry.toString(), {} } },
                           {},
                           {} };
    const auto integer = ColumnType::Integer;
    const QList<BucketMembership> everyone { { Buckets::directory.toString(), {} } };
    SyncedTable rule { u"availability_rule"_s,
                       withCommonColumns({ { u"provider_id"_s, text },
                                           { u"location_id"_s, text },
                                           { u"modality"_s, text },
                                           { u"day_of_week"_s, integer },
                                           { u"start_time"_s, text },
                                           { u"end_time"_s, text },
                                           { u"slot_minutes"_s, integer },
                                           { u"time_zone"_s, text },
                                           { u"valid_from"_s, ColumnType::Date },
                                           { u"valid_until"_s, ColumnType::Date } }),
                       everyone,
                       {},
                       {} };
    SyncedTable exception { u"availability_exception"_s,
                            withCommonColumns({ { u"provider_id"_s, text },
                                                { u"kind"_s, text },
                                                { u"start_at"_s, integer },
                                                { u"end_at"_s, integer },
                                                { u"location_id"_s, text },
                                                { u"modality"_s, text },
                                                { u"slot_minutes"_s, integer } }),
                            everyone,
                            {},
                            {} };
    SyncedTable appointment { u"appointment"_s,
                              withCommonColumns({ { u"patient_id"_s, text },
                                                  { u"patient_name"_s, text },
                                                  { u"provider_id"_s, text },
                                                  { u"location_id"_s, text },
                                                  { u"modality"_s, text },
                                                  { u"start_at"_s, integer },
                                                  { u"end_at"_s, integer },
                                                  { u"status"_s, text },
                                                  { u"proposed_start_at"_s, integer },
                                                  { u"proposed_end_at"_s, integer },
                                                  { u"reason"_s, text },
                                                  { u"status_reason"_s, text },
                                                  { u"created_at"_s, integer },
                                                  { u"created_by"_s, text } }),
                              { { Buckets::patient.toString(), u"patient_id"_s },
                                { Buckets::user.toString(), u"provider_id"_s },
                                { Buckets::registry.toString(), {} } },
                              {},
                              {} };
    SyncedTable busy { u"provider_busy"_s,
                       withCommonColumns({ { u"provider_id"_s, text },
                                           { u"start_at"_s, integer },
                                           { u"end_at"_s, integer } }),
                       everyone,
                       {},
                       {} };
    SyncedTable profile { u"provider_profile"_s,
                          withCommonColumns({ { u"display_name"_s, text },
                                              { u"specialties"_s, text },
                                              { u"languages"_s, text },
                                              { u"modalities"_s, text },
                                              { u"city"_s, text },
                                              { u"latitude_e6"_s, integer },
                                              { u"longitude_e6"_s, integer },
                                              { u"bio"_s, text } }),
                          everyone,
                          u"provider_search"_s,
                          { u"display_name"_s, u"specialties"_s } };
    return { patient, note, careTeam, rule, exception, appointment, busy, profile };
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
