#include "rowstore.h"

#include "storage/sqldialect.h"

#include <QDate>
#include <QSqlError>

namespace clinic {

using namespace Qt::StringLiterals;

QVariant SqlColumns::toSql(ColumnType type, const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    switch (type) {
    case ColumnType::Text: {
        const QString text = value.toString();
        return text.isNull() ? QString(u""_s) : text; // "" stays "", not NULL
    }
    case ColumnType::Integer:
        return value.toInteger();
    case ColumnType::Boolean:
        return value.toBool();
    case ColumnType::Date:
        return QDate::fromString(value.toString(), Qt::ISODate);
    case ColumnType::Real:
        return value.toDouble();
    }
    return {};
}

QCborValue SqlColumns::fromSql(ColumnType type, const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Integer:
        return value.toLongLong();
    case ColumnType::Boolean:
        return value.toBool();
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    case ColumnType::Real:
        return value.toDouble();
    }
    return {};
}

RowStore::RowStore(QSqlDatabase db, SearchIndex searchIndex)
    : m_db(db), m_searchIndex(searchIndex == SearchIndex::Maintain),
      m_queries(db, tr("Could not read or write synced data."))
{
    if (m_searchIndex)
        m_vitalHours = std::make_unique<VitalHours>(std::move(db));
}

QCborMap RowStore::readRow(const SyncedTable &table, const QSqlQuery &query) const
{
    QCborMap row;
    for (int i = 0; i < table.columns.size(); ++i) {
        const SyncedColumn &column = table.columns[i];
        row.insert(column.name, SqlColumns::fromSql(column.type, query.value(i)));
    }
    return row;
}

Result<std::optional<QCborMap>> RowStore::find(const SyncedTable &table, const QString &id)
{
    auto query = m_queries.run(sqlFor(table).find, { id });
    if (!query)
        return query.error();
    QSqlQuery *rows = query.value();
    std::optional<QCborMap> row;
    if (rows->next())
        row = readRow(table, *rows);
    rows->finish();
    return row;
}

Result<QList<QCborMap>> RowStore::findLive(const SyncedTable &table, const QString &column,
                                           const QVariant &value)
{
    if (!table.column(column))
        return makeError(ErrorCode::InvalidArgument, tr("Could not read or write synced data."),
                         table.name + u" has no column " + column);
    auto query = m_queries.run(u"SELECT " + table.columnNames().join(u", ") + u" FROM " + table.name
                                       + u" WHERE " + column + u" = ? AND NOT deleted",
                               { value });
    if (!query)
        return query.error();
    QList<QCborMap> rows;
    while (query.value()->next())
        rows.append(readRow(table, *query.value()));
    return rows;
}

Result<qint64> RowStore::countLive(const SyncedTable &table,
                                   const QList<std::pair<QString, QString>> &equal)
{
    QString sql = u"SELECT COUNT(*) FROM "_s + table.name + u" WHERE NOT deleted"_s;
    QVariantList values;
    for (const auto &[column, value] : equal) {
        if (!table.column(column))
            return makeError(ErrorCode::InvalidArgument, tr("Could not read or write synced data."),
                             table.name + u" has no column " + column);
        sql += u" AND "_s + column + u" = ?"_s;
        values << value;
    }
    auto query = m_queries.run(sql, values);
    if (!query)
        return query.error();
    QSqlQuery *rows = query.value();
    const qint64 count = rows->next() ? rows->value(0).toLongLong() : 0;
    rows->finish();
    return count;
}

Result<QString> RowStore::liveWhere(const SyncedTable &table,
                                    const QList<std::pair<QString, QString>> &equal,
                                    QVariantList &values) const
{
    QString sql = u" WHERE NOT deleted"_s;
    for (const auto &[column, value] : equal) {
        if (!table.column(column))
            return makeError(ErrorCode::InvalidArgument, tr("Could not read or write synced data."),
                             table.name + u" has no column " + column);
        sql += u" AND "_s + column + u" = ?"_s;
        values << value;
    }
    return sql;
}

Result<qint64> RowStore::countLiveBetween(const SyncedTable &table,
                                          const QList<std::pair<QString, QString>> &equal,
                                          const QString &column, qint64 from, qint64 to)
{
    QVariantList values;
    auto where = liveWhere(table, equal, values);
    if (!where)
        return where.error();
    if (!table.column(column))
        return makeError(ErrorCode::InvalidArgument, tr("Could not read or write synced data."),
                         table.name + u" has no column " + column);
    values << from << to;
    auto query = m_queries.run(u"SELECT COUNT(*) FROM "_s + table.name + *where + u" AND "_s
                                       + column + u" BETWEEN ? AND ?"_s,
                               values);
    if (!query)
        return query.error();
    QSqlQuery *rows = query.value();
    const qint64 count = rows->next() ? rows->value(0).toLongLong() : 0;
    rows->finish();
    return count;
}

Result<QList<QCborMap>> RowStore::findLiveBetween(const SyncedTable &table,
                                                  const QList<std::pair<QString, QString>> &equal,
                                                  const QString &column, qint64 from, qint64 to)
{
    QVariantList values;
    auto where = liveWhere(table, equal, values);
    if (!where)
        return where.error();
    if (!table.column(column))
        return makeError(ErrorCode::InvalidArgument, tr("Could not read or write synced data."),
                         table.name + u" has no column " + column);
    values << from << to;
    auto query = m_queries.run(u"SELECT "_s + table.columnNames().join(u", ") + u" FROM "_s
                                       + table.name + *where + u" AND "_s + column
                                       + u" BETWEEN ? AND ?"_s,
                               values);
    if (!query)
        return query.error();
    QList<QCborMap> rows;
    while (query.value()->next())
        rows.append(readRow(table, *query.value()));
    return rows;
}

Result<std::optional<QCborMap>> RowStore::newestLive(const SyncedTable &table,
                                                    const QList<std::pair<QString, QString>> &equal,
                                                    const QString &orderColumn)
{
    QVariantList values;
    auto where = liveWhere(table, equal, values);
    if (!where)
        return where.error();
    if (!table.column(orderColumn))
        return makeError(ErrorCode::InvalidArgument, tr("Could not read or write synced data."),
                         table.name + u" has no column " + orderColumn);
    auto query = m_queries.run(u"SELECT "_s + table.columnNames().join(u", ") + u" FROM "_s
                                       + table.name + *where + u" ORDER BY "_s + orderColumn
                                       + u" DESC LIMIT 1"_s,
                               values);
    if (!query)
        return query.error();
    QSqlQuery *rows = query.value();
    std::optional<QCborMap> found;
    if (rows->next())
        found = readRow(table, *rows);
    rows->finish();
    return found;
}

// Insert first: a pulled row is usually new, and then one statement does (and nothing needs
// unindexing). An existing row is updated in place, so its rowid, the search index's docid,
// stays the same.
Result<void> RowStore::write(const SyncedTable &table, const QCborMap &row)
{
    const QString id = row.value(u"id"_s).toString();
    if (id.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A synced row has no id."));
    const Sql &sql = sqlFor(table);
    QVariantList values;
    values.reserve(table.columns.size() + 1);
    for (const SyncedColumn &column : table.columns)
        values << SqlColumns::toSql(column.type, row.value(column.name));
    auto inserted = m_queries.run(sql.insert, values);
    if (!inserted)
        return inserted.error();
    if (inserted.value()->numRowsAffected() == 0) {
        if (auto unindexed = unindex(table, id); !unindexed)
            return unindexed;
        if (auto touched = touchVitalHour(table, id); !touched)
            return touched;
        auto updated = m_queries.run(sql.update, values << id);
        if (!updated)
            return updated.error();
        if (updated.value()->numRowsAffected() == 0) // OR IGNORE also skips a NOT NULL failure
            return makeError(ErrorCode::InvalidArgument, tr("A synced row was refused."),
                             table.name + u' ' + id);
    }
    if (auto touched = touchVitalHour(table, id); !touched)
        return touched;
    if (auto hours = vitalHoursNow(); !hours)
        return hours;
    return index(table, id);
}

const RowStore::Sql &RowStore::sqlFor(const SyncedTable &table)
{
    auto found = m_sql.find(table.name);
    if (found != m_sql.end())
        return *found;
    const QString columns = table.columnNames().join(u", ");
    QStringList assignments;
    for (const SyncedColumn &column : table.columns)
        assignments << column.name + u" = ?";
    Sql sql;
    sql.find = u"SELECT " + columns + u" FROM " + table.name + u" WHERE id = ?";
    sql.insert = SqlDialect::insertOrIgnore(m_db, table.name, table.columnNames());
    sql.update = u"UPDATE " + table.name + u" SET " + assignments.join(u", ") + u" WHERE id = ?";
    sql.erase = u"DELETE FROM " + table.name + u" WHERE id = ?";
    return *m_sql.insert(table.name, sql);
}

Result<void> RowStore::erase(const SyncedTable &table, const QString &id)
{
    if (auto unindexed = unindex(table, id); !unindexed)
        return unindexed;
    if (auto touched = touchVitalHour(table, id); !touched)
        return touched;
    if (m_searchIndex && !table.searchIndex.isEmpty()) {
        auto unqueued = m_queries.run(u"DELETE FROM " + table.searchIndex
                                              + u"_pending WHERE docid = (SELECT rowid FROM "
                                              + table.name + u" WHERE id = ?)",
                                      { id });
        if (!unqueued)
            return unqueued.error();
    }
    auto erased = m_queries.run(sqlFor(table).erase, { id });
    if (!erased)
        return erased.error();
    return vitalHoursNow();
}

// The external-content index reads the indexed row's current values to remove its terms, so
// unindexing comes before the row changes and indexing after (docs/storage.md).
Result<void> RowStore::unindex(const SyncedTable &table, const QString &id)
{
    if (!m_searchIndex || table.searchIndex.isEmpty())
        return {};
    // A row still waiting to be indexed is not in the index: deleting it there would remove
    // terms it never added.
    const QString &index = table.searchIndex;
    auto done = m_queries.run(u"DELETE FROM " + index + u" WHERE docid = (SELECT rowid FROM "
                                      + table.name + u" WHERE id = ?) AND docid NOT IN "
                                      + u"(SELECT docid FROM " + index + u"_pending)",
                              { id });
    if (!done)
        return done.error();
    return {};
}

namespace {

// "INSERT INTO <index> (docid, a, b) SELECT t.rowid, t.a, t.b FROM <table> t"
QString indexInsert(const SyncedTable &table)
{
    return u"INSERT INTO " + table.searchIndex + u" (docid, " + table.searchColumns.join(u", ")
            + u") SELECT t.rowid, t." + table.searchColumns.join(u", t.") + u" FROM " + table.name
            + u" t";
}

} // namespace

Result<void> RowStore::index(const SyncedTable &table, const QString &id)
{
    if (!m_searchIndex || table.searchIndex.isEmpty())
        return {};
    auto done = m_deferSearchIndex ? m_queries.run(u"INSERT OR IGNORE INTO " + table.searchIndex
                                                           + u"_pending (docid) SELECT rowid FROM "
                                                           + table.name + u" WHERE id = ?",
                                                   { id })
                                   : m_queries.run(indexInsert(table) + u" WHERE t.id = ?", { id });
    if (!done)
        return done.error();
    return {};
}

Result<void> RowStore::flushSearchIndex()
{
    if (!m_searchIndex)
        return {};
    for (const SyncedTable &table : SyncedTables::all()) {
        if (table.searchIndex.isEmpty())
            continue;
        const QString pending = table.searchIndex + u"_pending";
        auto indexed = m_queries.run(
                indexInsert(table) + u" JOIN " + pending + u" s ON t.rowid = s.docid", {});
        if (!indexed)
            return indexed.error();
        auto cleared = m_queries.run(u"DELETE FROM " + pending, {});
        if (!cleared)
            return cleared.error();
    }
    return {};
}

Result<void> RowStore::touchVitalHour(const SyncedTable &table, const QString &id)
{
    if (!m_vitalHours || table.name != u"vital_reading")
        return {};
    auto found = m_queries.run(
            u"SELECT patient_id, kind, taken_at FROM vital_reading WHERE id = ?"_s, { id });
    if (!found)
        return found.error();
    QSqlQuery *row = found.value();
    if (row->next())
        m_vitalHours->touch(row->value(0).toString(), row->value(1).toString(),
                            row->value(2).toLongLong());
    row->finish();
    return {};
}

Result<void> RowStore::vitalHoursNow()
{
    return m_deferSearchIndex ? Result<void>() : flushVitalHours();
}

Result<void> RowStore::flushVitalHours()
{
    if (!m_vitalHours || !m_vitalHours->pending())
        return {};
    return m_vitalHours->recompute();
}

} // namespace clinic
