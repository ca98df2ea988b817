#pragma once

#include "mutations/syncedtables.h"
#include "storage/preparedqueries.h"
#include "vitals/vitalhours.h"
#include "util/result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace clinic {

// Reads and writes rows of synced tables as CBOR maps (column -> value), the form they take
// in mutations, on the wire and in undo images. Dates are "yyyy-MM-dd" text, booleans CBOR
// booleans, absent or null values SQL NULL. On the client (SearchIndex::Maintain) it also
// keeps the tables derived from synced rows in step: the patient name index (patient_search),
// as PatientRepository does, and the vital-sign charts' hours (vital_hour, VitalHours).
class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(clinic::RowStore)
public:
    enum class SearchIndex { None, Maintain };
    RowStore(QSqlDatabase db, SearchIndex searchIndex);

    Result<std::optional<QCborMap>> find(const SyncedTable &table, const QString &id);
    // The live (not deleted) rows whose `column` is `value`; `column` must be one of the
    // table's own.
    Result<QList<QCborMap>> findLive(const SyncedTable &table, const QString &column,
                                     const QVariant &value);
    // How many live rows have each of these columns (the table's own) equal to its value.
    Result<qint64> countLive(const SyncedTable &table,
                             const QList<std::pair<QString, QString>> &equal);
    // The same, of the rows whose `column` (an integer) lies within [from, to].
    Result<qint64> countLiveBetween(const SyncedTable &table,
                                    const QList<std::pair<QString, QString>> &equal,
                                    const QString &column, qint64 from, qint64 to);
    // The live rows with each of these columns equal to its value and the integer `column`
    // within [from, to]: what a mutation needs of a list that keeps rows it no longer counts
    // (a stock item's emptied lots), read without reading those.
    Result<QList<QCborMap>> findLiveBetween(const SyncedTable &table,
                                            const QList<std::pair<QString, QString>> &equal,
                                            const QString &column, qint64 from, qint64 to);
    // The live row with these column values whose `orderColumn` is greatest (of equals, any),
    // or nullopt; read through an index on (equal..., orderColumn).
    Result<std::optional<QCborMap>> newestLive(const SyncedTable &table,
                                               const QList<std::pair<QString, QString>> &equal,
                                               const QString &orderColumn);
    // Writes every column of `row` (missing ones become NULL or their default).
    Result<void> write(const SyncedTable &table, const QCborMap &row);
    Result<void> erase(const SyncedTable &table, const QString &id);

    // While deferred, written patients are queued (patient_search_pending) rather than
    // indexed, and flushSearchIndex() indexes the queue in one go. FTS4 writes a segment per
    // commit and merges them as they pile up; indexing a pull's pages one commit at a time cost
    // two thirds of applying them (measured with callgrind, bench/sync_bench). Queued rows are
    // not found by a name search until the flush.
    void setDeferSearchIndex(bool defer) { m_deferSearchIndex = defer; }
    Result<void> flushSearchIndex();
    // While deferred, the hours of written readings are noted and recomputed here, each once.
    Result<void> flushVitalHours();

    QCborMap readRow(const SyncedTable &table, const QSqlQuery &query) const;
    QSqlDatabase database() const { return m_db; }

private:
    struct Sql
    {
        QString find, insert, update, erase;
    };
    const Sql &sqlFor(const SyncedTable &table);
    Result<QString> liveWhere(const SyncedTable &table,
                              const QList<std::pair<QString, QString>> &equal,
                              QVariantList &values) const;
    Result<void> unindex(const SyncedTable &table, const QString &id);
    Result<void> index(const SyncedTable &table, const QString &id);
    // Notes the hour of reading `id` as it is now (before a change and after it).
    Result<void> touchVitalHour(const SyncedTable &table, const QString &id);
    Result<void> vitalHoursNow();

    QSqlDatabase m_db;
    bool m_searchIndex;
    bool m_deferSearchIndex = false;
    std::unique_ptr<VitalHours> m_vitalHours; // on the client only
    QHash<QString, Sql> m_sql; // by table
    PreparedQueries m_queries;
};

namespace SqlColumns {
QVariant toSql(ColumnType type, const QCborValue &value);
QCborValue fromSql(ColumnType type, const QVariant &value);
} // namespace SqlColumns

} // namespace clinic
