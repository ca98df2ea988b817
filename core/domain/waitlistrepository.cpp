#include "waitlistrepository.h"

#include "storage/sqlexec.h"

namespace clinic {

using namespace Qt::StringLiterals;

Result<QList<WaitlistEntryView>> WaitlistRepository::list(const QSqlDatabase &db)
{
    auto rows = execSql(db,
                        u"SELECT w.id, w.patient_id, w.patient_name, w.provider_id, "
                        u"COALESCE(p.display_name, ''), w.modality, w.from_at, w.until_at, "
                        u"w.status, w.offered_start_at, w.offered_end_at "
                        u"FROM waitlist_entry w "
                        u"LEFT JOIN provider_profile p ON p.id = w.provider_id AND NOT p.deleted "
                        u"WHERE NOT w.deleted "
                        u"ORDER BY w.status = 'offered' DESC, w.created_at, w.id"_s,
                        {}, tr("The waitlist could not be read."));
    if (!rows)
        return rows.error();
    QList<WaitlistEntryView> entries;
    while (rows->next()) {
        entries.append({ rows->value(0).toString(), rows->value(1).toString(),
                         rows->value(2).toString(), rows->value(3).toString(),
                         rows->value(4).toString(), rows->value(5).toString(),
                         rows->value(6).toLongLong(), rows->value(7).toLongLong(),
                         rows->value(8).toString(), rows->value(9).toLongLong(),
                         rows->value(10).toLongLong() });
    }
    return entries;
}

} // namespace clinic
