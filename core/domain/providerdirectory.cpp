#include "providerdirectory.h"

#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "scheduling/schedulerows.h"
#include "storage/sqlexec.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
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
    ProviderSchedule schedule = ScheduleRows::schedule(*rules, *exceptions, *busy);
    if (modality)
        schedule.rules.removeIf([&](const WeeklyRule &rule) { return rule.modality != *modality; });
    return freeSlots(schedule.rules, schedule.exceptions, schedule.busy, fromMs, toMs, fromMs);
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
        RowStore rows(m_db, RowStore::SearchIndex::None);
        QList<ProviderHit> free;
        for (ProviderHit &hit : hits) {
            if (!needAll && query.limit > 0 && free.size() >= query.limit)
                break;
            auto offered = freeSlotsOf(rows, hit.id, query.nowMs,
                                       query.nowMs + query.freeWithinDays * dayMs, query.modality);
            if (!offered)
                return offered.error();
            hit.nextFreeMs = offered->isEmpty() ? 0 : offered->first().startMs;
            if (hit.nextFreeMs > 0)
                free << hit;
        }
        hits = free;
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
