#include "providerdirectory.h"

#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "scheduling/schedulerows.h"
#include "storage/sqlexec.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr double kmPerDegreeLatitude = 111.2;
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

// "cardio  smi" -> "cardio* smi*": every word the start of a word; anything but letters and
// digits dropped, so nothing the user types is FTS syntax.
QString ftsPrefixQuery(const QString &text)
{
    static const QRegularExpression notWord(u"[^\\p{L}\\p{N}]+"_s);
    QStringList terms;
    for (const QString &word : text.split(notWord, Qt::SkipEmptyParts))
        terms << word + u'*';
    return terms.join(u' ');
}

QStringList listOf(const QVariant &value)
{
    return value.toString().split(u'|', Qt::SkipEmptyParts);
}

} // namespace

// The filters SQL can apply: words, specialty, city, language, modality, and a box around
// the point that holds the circle.
Result<QList<ProviderHit>> ProviderDirectory::candidates(const ProviderQuery &query) const
{
    QString sql = u"SELECT id, display_name, city, specialties, languages, modalities, "
                  u"latitude_e6, longitude_e6, rating_sum, rating_count FROM provider_profile "
                  u"WHERE NOT deleted"_s;
    QVariantList values;
    const QString words = ftsPrefixQuery(query.name);
    if (!words.isEmpty()) {
        sql += u" AND rowid IN (SELECT docid FROM provider_search WHERE provider_search MATCH ?)";
        values << words;
    }
    const auto listHas = [&](const QString &column, const QString &item) {
        sql += u" AND instr('|' || " + column + u" || '|', ?) > 0";
        values << QString(u'|' + item + u'|');
    };
    if (!query.specialty.isEmpty())
        listHas(u"specialties"_s, query.specialty.trimmed().toLower());
    if (!query.language.isEmpty())
        listHas(u"languages"_s, query.language.trimmed().toLower());
    if (query.modality)
        listHas(u"modalities"_s, ScheduleRows::modalityName(*query.modality));
    if (!query.city.trimmed().isEmpty()) {
        sql += u" AND city = ? COLLATE NOCASE";
        values << query.city.trimmed();
    }
    if (query.near && query.withinKm > 0) {
        const double dLat = query.withinKm / kmPerDegreeLatitude;
        const double cosLat = std::max(0.01, std::cos(query.near->latitude * M_PI / 180.0));
        const double dLon = std::min(180.0, dLat / cosLat);
        sql += u" AND latitude_e6 BETWEEN ? AND ? AND longitude_e6 BETWEEN ? AND ?";
        values << qint64((query.near->latitude - dLat) * 1e6)
               << qint64((query.near->latitude + dLat) * 1e6)
               << qint64((query.near->longitude - dLon) * 1e6)
               << qint64((query.near->longitude + dLon) * 1e6);
    }
    if (query.minRating > 0) {
        sql += u" AND rating_count > 0 AND rating_sum >= ? * rating_count";
        values << query.minRating;
    }
    if (query.sort == ProviderQuery::Sort::Rating)
        sql += u" ORDER BY CASE WHEN rating_count > 0 THEN CAST(rating_sum AS REAL) / rating_count "
               u"ELSE 0 END DESC, rating_count DESC,";
    else
        sql += u" ORDER BY";
    sql += u" display_name COLLATE NOCASE, id";
    auto rows = execSql(m_db, sql, values, tr("The directory could not be searched."));
    if (!rows)
        return rows.error();
    QList<ProviderHit> hits;
    while (rows->next()) {
        ProviderHit hit { rows->value(0).toString(),
                          rows->value(1).toString(),
                          rows->value(2).toString(),
                          listOf(rows->value(3)),
                          listOf(rows->value(4)),
                          listOf(rows->value(5)),
                          std::nullopt,
                          0,
                          0,
                          rows->value(9).toInt() };
        if (hit.ratingCount > 0)
            hit.rating = rows->value(8).toDouble() / hit.ratingCount;
        const auto at = GeoPoint::fromE6(rows->value(6), rows->value(7));
        if (query.near && at) {
            hit.distanceKm = GeoPoint::distanceKm(*query.near, *at);
            if (query.withinKm > 0 && *hit.distanceKm > query.withinKm)
                continue;
        } else if (query.near && query.withinKm > 0) {
            continue; // no place given: not "near" anything
        }
        hits << hit;
    }
    return hits;
}

Result<QList<Slot>> ProviderDirectory::freeSlotsOf(RowStore &rows, const QString &providerId,
                                                   qint64 fromMs, qint64 toMs,
                                                   std::optional<Modality> modality) const
{
    auto rules =
            rows.findLive(*SyncedTables::find(u"availability_rule"), u"provider_id"_s, providerId);
    auto exceptions = rows.findLive(*SyncedTables::find(u"availability_exception"),
                                    u"provider_id"_s, providerId);
    auto busy = rows.findLive(*SyncedTables::find(u"provider_busy"), u"provider_id"_s, providerId);
    if (!rules || !exceptions || !busy)
        return !rules ? rules.error() : !exceptions ? exceptions.error() : busy.error();
    return freeSlotsIn(ScheduleRows::schedule(*rules, *exceptions, *busy), fromMs, toMs, modality);
}

QList<Slot> ProviderDirectory::freeSlotsIn(ProviderSchedule schedule, qint64 fromMs, qint64 toMs,
                                           std::optional<Modality> modality)
{
    if (modality)
        schedule.rules.removeIf([&](const WeeklyRule &rule) { return rule.modality != *modality; });
    return freeSlots(schedule.rules, schedule.exceptions, schedule.busy, fromMs, toMs, fromMs);
}

// The schedules of many providers in three queries per few hundred, rather than three each:
// sorting by the next free slot needs every candidate's, and the per-query cost was most of
// that search (bench/schedule_bench).
Result<QHash<QString, ProviderSchedule>>
ProviderDirectory::schedulesOf(const QStringList &providerIds) const
{
    constexpr qsizetype chunk = 400; // SQLite 3.15 binds at most 999 values to a statement
    static const QStringList tables { u"availability_rule"_s, u"availability_exception"_s,
                                      u"provider_busy"_s };
    RowStore rows(m_db, RowStore::SearchIndex::None);
    QHash<QString, std::array<QList<QCborMap>, 3>> byProvider;
    for (qsizetype first = 0; first < providerIds.size(); first += chunk) {
        const QStringList part = providerIds.mid(first, chunk);
        const QString marks = QStringList(part.size(), u"?"_s).join(u", ");
        QVariantList values;
        for (const QString &id : part)
            values << id;
        for (qsizetype t = 0; t < tables.size(); ++t) {
            const SyncedTable &table = *SyncedTables::find(tables[t]);
            auto query =
                    execSql(m_db,
                            u"SELECT " + table.columnNames().join(u", ") + u" FROM " + table.name
                                    + u" WHERE NOT deleted AND provider_id IN (" + marks + u')',
                            values, tr("The directory could not be searched."));
            if (!query)
                return query.error();
            while (query->next()) {
                const QCborMap row = rows.readRow(table, *query);
                byProvider[row.value(u"provider_id"_s).toString()][size_t(t)] << row;
            }
        }
    }
    QHash<QString, ProviderSchedule> schedules;
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it)
        schedules.insert(it.key(),
                         ScheduleRows::schedule(it.value()[0], it.value()[1], it.value()[2]));
    return schedules;
}

Result<QList<Slot>> ProviderDirectory::freeSlotsOf(const QString &providerId, qint64 fromMs,
                                                   qint64 toMs,
                                                   std::optional<Modality> modality) const
{
    RowStore rows(m_db, RowStore::SearchIndex::None);
    return freeSlotsOf(rows, providerId, fromMs, toMs, modality);
}

Result<QStringList> ProviderDirectory::languages() const
{
    auto rows =
            execSql(m_db, u"SELECT DISTINCT languages FROM provider_profile WHERE NOT deleted"_s,
                    {}, tr("The directory could not be read."));
    if (!rows)
        return rows.error();
    QStringList all;
    while (rows->next())
        all += listOf(rows->value(0));
    all.removeDuplicates();
    all.sort();
    return all;
}

Result<ProviderPage> ProviderDirectory::page(const QString &providerId) const
{
    auto row = execSql(m_db,
                       u"SELECT id, display_name, city, specialties, languages, modalities, bio, "
                       u"credentials, licence_number, years_experience, fee_cents, fee_currency, "
                       u"location_ids, rating_sum, rating_count FROM provider_profile "
                       u"WHERE id = ? AND NOT deleted"_s,
                       { providerId }, tr("The directory could not be read."));
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, tr("This doctor is not in the directory."));
    const auto optional = [&](int column) {
        return row->value(column).isNull() ? std::nullopt
                                           : std::optional<qint64>(row->value(column).toLongLong());
    };
    ProviderPage page;
    page.summary = { row->value(0).toString(),
                     row->value(1).toString(),
                     row->value(2).toString(),
                     listOf(row->value(3)),
                     listOf(row->value(4)),
                     listOf(row->value(5)),
                     std::nullopt,
                     0,
                     0,
                     row->value(14).toInt() };
    if (page.summary.ratingCount > 0)
        page.summary.rating = row->value(13).toDouble() / page.summary.ratingCount;
    page.bio = row->value(6).toString();
    page.credentials = row->value(7).toString();
    page.licenceNumber = row->value(8).toString();
    if (const auto years = optional(9))
        page.yearsExperience = int(*years);
    page.feeCents = optional(10);
    page.feeCurrency = row->value(11).toString();
    page.locationIds = listOf(row->value(12));
    return page;
}

// The hits with a free slot in the query's days, each with its first: every one of them.
Result<QList<ProviderHit>> ProviderDirectory::nextFreeOfAll(const ProviderQuery &query,
                                                            QList<ProviderHit> hits) const
{
    QStringList ids;
    for (const ProviderHit &hit : hits)
        ids << hit.id;
    auto schedules = schedulesOf(ids);
    if (!schedules)
        return schedules.error();
    QList<ProviderHit> free;
    const qint64 until = query.nowMs + query.freeWithinDays * dayMs;
    for (ProviderHit &hit : hits) {
        // Only the first free slot counts: most providers have one in the first day, so that
        // is expanded first and the rest of the days only when it has none.
        const ProviderSchedule schedule = schedules->value(hit.id);
        const qint64 firstDay = std::min(until, query.nowMs + dayMs);
        QList<Slot> offered = freeSlotsIn(schedule, query.nowMs, firstDay, query.modality);
        if (offered.isEmpty() && firstDay < until)
            offered = freeSlotsIn(schedule, firstDay, until, query.modality);
        hit.nextFreeMs = offered.isEmpty() ? 0 : offered.first().startMs;
        if (hit.nextFreeMs > 0)
            free << hit;
    }
    return free;
}

// The same, in the hits' order, stopping at the query's limit: the answer in name order.
Result<QList<ProviderHit>> ProviderDirectory::nextFreeUpToLimit(const ProviderQuery &query,
                                                                QList<ProviderHit> hits) const
{
    RowStore rows(m_db, RowStore::SearchIndex::None);
    QList<ProviderHit> free;
    for (ProviderHit &hit : hits) {
        if (query.limit > 0 && free.size() >= query.limit)
            break;
        auto offered = freeSlotsOf(rows, hit.id, query.nowMs,
                                   query.nowMs + query.freeWithinDays * dayMs, query.modality);
        if (!offered)
            return offered.error();
        hit.nextFreeMs = offered->isEmpty() ? 0 : offered->first().startMs;
        if (hit.nextFreeMs > 0)
            free << hit;
    }
    return free;
}

Result<QList<ProviderHit>> ProviderDirectory::search(const ProviderQuery &query) const
{
    auto found = candidates(query);
    if (!found)
        return found.error();
    QList<ProviderHit> hits = std::move(found).value();
    if (query.freeWithinDays > 0) {
        // In name or distance order, the first `limit` with a free slot are the answer; only
        // sorting by the next free slot needs every candidate's.
        const bool needAll = query.sort == ProviderQuery::Sort::NextFree
                || (query.sort == ProviderQuery::Sort::Distance && query.near);
        auto free = needAll ? nextFreeOfAll(query, hits) : nextFreeUpToLimit(query, hits);
        if (!free)
            return free.error();
        hits = std::move(free).value();
    }
    if (query.sort == ProviderQuery::Sort::Distance && query.near) {
        std::stable_sort(hits.begin(), hits.end(), [](const ProviderHit &a, const ProviderHit &b) {
            return a.distanceKm.value_or(1e9) < b.distanceKm.value_or(1e9);
        });
    } else if (query.sort == ProviderQuery::Sort::NextFree && query.freeWithinDays > 0) {
        std::stable_sort(hits.begin(), hits.end(), [](const ProviderHit &a, const ProviderHit &b) {
            return a.nextFreeMs < b.nextFreeMs;
        });
    }
    if (query.limit > 0 && hits.size() > query.limit)
        hits.resize(query.limit);
    return hits;
}

} // namespace clinic
