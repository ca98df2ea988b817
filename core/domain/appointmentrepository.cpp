#include "appointmentrepository.h"

#include "storage/sqlexec.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// Every read names the same columns, in AppointmentView's order, with the names to show;
// `where` narrows them.
Result<QList<AppointmentView>> select(const QSqlDatabase &db, const QString &where,
                                      const QVariantList &values)
{
    auto query = execSql(
            db,
            u"SELECT a.id, a.patient_id, COALESCE(p.given_name || ' ' || p.family_name, "
            u"a.patient_name), "
            u"a.provider_id, COALESCE(d.display_name, ''), a.location_id, a.modality, a.status, "
            u"a.reason, a.start_at, a.end_at, COALESCE(a.proposed_start_at, 0), a.updated_by, "
            u"a.updated_at "
            u"FROM appointment a "
            u"LEFT JOIN patient p ON p.id = a.patient_id AND NOT p.deleted "
            u"LEFT JOIN provider_profile d ON d.id = a.provider_id AND NOT d.deleted "
            u"WHERE NOT a.deleted "_s
                    + where,
            values, AppointmentRepository::tr("The appointments cannot be read."));
    if (!query)
        return query.error();
    QList<AppointmentView> found;
    while (query->next()) {
        found.append({ query->value(0).toString(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toString(), query->value(5).toString(),
                       query->value(6).toString(), query->value(7).toString(),
                       query->value(8).toString(), query->value(9).toLongLong(),
                       query->value(10).toLongLong(), query->value(11).toLongLong(),
                       query->value(12).toString(), query->value(13).toLongLong() });
    }
    return found;
}

} // namespace

Result<QList<AppointmentView>> AppointmentRepository::list(const QSqlDatabase &db, int limit)
{
    return select(db, u"ORDER BY a.start_at, a.id LIMIT ?"_s, { limit });
}

Result<QList<AppointmentView>> AppointmentRepository::between(const QSqlDatabase &db, qint64 fromMs,
                                                              qint64 toMs)
{
    // A proposed visit holds the time offered, which may be in another week than the one asked.
    return select(db,
                  u"AND ((a.start_at < ? AND a.end_at > ?) "
                  u"OR (a.proposed_start_at < ? AND a.proposed_end_at > ?)) "
                  u"ORDER BY a.start_at, a.id"_s,
                  { toMs, fromMs, toMs, fromMs });
}

Result<std::optional<AppointmentRepository::Rating>>
AppointmentRepository::ratingOf(const QSqlDatabase &db, const QString &appointmentId)
{
    auto row = execSql(db,
                       u"SELECT stars, comment FROM provider_rating WHERE id = ? AND NOT deleted"_s,
                       { appointmentId }, tr("The rating could not be read."));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Rating>();
    return std::optional<Rating>(Rating { row->value(0).toInt(), row->value(1).toString() });
}

Result<std::optional<AppointmentRepository::Summary>>
AppointmentRepository::summaryOf(const QSqlDatabase &db, const QString &appointmentId)
{
    auto row = execSql(db,
                       // The doctor's name as the directory shows it, when listed there.
                       u"SELECT s.summary, COALESCE(NULLIF(p.display_name, ''), "
                       u"s.provider_name), s.updated_at FROM visit_summary s "
                       u"LEFT JOIN provider_profile p ON p.id = s.provider_id AND NOT p.deleted "
                       u"WHERE s.id = ? AND NOT s.deleted"_s,
                       { appointmentId }, tr("The visit summary could not be read."));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Summary>();
    return std::optional<Summary>(Summary { row->value(0).toString(), row->value(1).toString(),
                                            row->value(2).toLongLong() });
}

Result<QList<AppointmentRepository::CallRecord>>
AppointmentRepository::callsOf(const QSqlDatabase &db, const QString &appointmentId)
{
    auto rows = execSql(db,
                        u"SELECT call_id, invited_at, COALESCE(started_at, 0), "
                        u"COALESCE(ended_at, 0), duration_ms, end_reason FROM visit_call "
                        u"WHERE appointment_id = ? AND NOT deleted ORDER BY invited_at, id"_s,
                        { appointmentId }, tr("The visit's calls could not be read."));
    if (!rows)
        return rows.error();
    QList<CallRecord> calls;
    while (rows->next())
        calls.append({ rows->value(0).toString(), rows->value(1).toLongLong(),
                       rows->value(2).toLongLong(), rows->value(3).toLongLong(),
                       rows->value(4).toLongLong(), rows->value(5).toString() });
    return calls;
}

Result<QList<AppointmentRepository::ChatMessage>>
AppointmentRepository::chatOf(const QSqlDatabase &db, const QString &appointmentId)
{
    auto rows = execSql(db,
                        u"SELECT id, call_id, author_id, author_name, body, sent_at FROM "
                        u"visit_chat WHERE appointment_id = ? AND NOT deleted "
                        u"ORDER BY sent_at, id"_s,
                        { appointmentId }, tr("The visit's chat could not be read."));
    if (!rows)
        return rows.error();
    QList<ChatMessage> messages;
    while (rows->next())
        messages.append({ rows->value(0).toString(), rows->value(1).toString(),
                          rows->value(2).toString(), rows->value(3).toString(),
                          rows->value(4).toString(), rows->value(5).toLongLong() });
    return messages;
}

Result<std::optional<AppointmentView>> AppointmentRepository::find(const QSqlDatabase &db,
                                                                   const QString &id)
{
    auto found = select(db, u"AND a.id = ?"_s, { id });
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

} // namespace clinic
