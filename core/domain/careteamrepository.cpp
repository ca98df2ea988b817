#include "careteamrepository.h"

#include "domain/role.h"

#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorCode::Sql, CareTeamRepository::tr("The care teams cannot be read."),
                         query.lastError().text());
    return {};
}

// A failed step ends next() early: not a shorter list.
Result<void> finished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return makeError(ErrorCode::Sql, CareTeamRepository::tr("The care teams cannot be read."),
                         query.lastError().text());
    return {};
}

} // namespace

Result<QList<CareTeamMember>> CareTeamRepository::teamOf(QSqlDatabase db, const QString &patientId)
{
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT id, staff_id, staff_name, staff_role FROM care_team "
                       u"WHERE patient_id = ? AND NOT deleted ORDER BY staff_name, staff_id"_s,
                       { patientId });
        !ran)
        return ran.error();
    QList<CareTeamMember> team;
    while (query.next())
        team.append({ query.value(0).toString(),
                      patientId,
                      { query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString() },
                      false });
    if (auto done = finished(query); !done)
        return done.error();
    return team;
}

Result<QList<StaffMember>> CareTeamRepository::knownStaff(QSqlDatabase db)
{
    // SQLite takes the bare columns from the row that holds the MAX(): the latest name.
    QSqlQuery query(db);
    if (auto ran = run(query,
                       u"SELECT staff_id, staff_name, staff_role, MAX(updated_at) FROM care_team "
                       u"WHERE staff_role IN (?, ?) GROUP BY staff_id "
                       u"ORDER BY staff_name, staff_id"_s,
                       { Roles::name(Role::Doctor), Roles::name(Role::Nurse) });
        !ran)
        return ran.error();
    QList<StaffMember> staff;
    while (query.next())
        staff.append({ query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString() });
    if (auto done = finished(query); !done)
        return done.error();
    return staff;
}

Result<QStringList> CareTeamRepository::patientsOf(QSqlDatabase db, const QString &staffId)
{
    QSqlQuery query(db);
    if (auto ran =
                run(query, u"SELECT patient_id FROM care_team WHERE staff_id = ? AND NOT deleted"_s,
                    { staffId });
        !ran)
        return ran.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (auto done = finished(query); !done)
        return done.error();
    return ids;
}

} // namespace clinic
