#include "availabilityrepository.h"

#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "scheduling/schedulerows.h"

#include <algorithm>
#include <tuple>

namespace clinic {

using namespace Qt::StringLiterals;

Result<ProviderHours> AvailabilityRepository::of(const QSqlDatabase &db, const QString &providerId)
{
    RowStore rows(db, RowStore::SearchIndex::None);
    auto rules =
            rows.findLive(*SyncedTables::find(u"availability_rule"), u"provider_id"_s, providerId);
    auto exceptions = rows.findLive(*SyncedTables::find(u"availability_exception"),
                                    u"provider_id"_s, providerId);
    if (!rules || !exceptions)
        return !rules ? rules.error() : exceptions.error();
    ProviderHours hours;
    for (const QCborMap &row : *rules)
        hours.rules.append({ row.value(u"id"_s).toString(), ScheduleRows::rule(row) });
    for (const QCborMap &row : *exceptions)
        hours.exceptions.append({ row.value(u"id"_s).toString(), ScheduleRows::exception(row) });
    std::sort(hours.rules.begin(), hours.rules.end(), [](const RuleRow &a, const RuleRow &b) {
        return std::tuple(a.rule.dayOfWeek, a.rule.start, a.id)
                < std::tuple(b.rule.dayOfWeek, b.rule.start, b.id);
    });
    std::sort(hours.exceptions.begin(), hours.exceptions.end(),
              [](const ExceptionRow &a, const ExceptionRow &b) {
                  return std::tuple(a.exception.startMs, a.id)
                          < std::tuple(b.exception.startMs, b.id);
              });
    return hours;
}

} // namespace clinic
