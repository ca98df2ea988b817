#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clinic {

// A doctor or nurse as care-team rows name them.
struct StaffMember
{
    QString id; // their account id
    QString name;
    QString role; // the stable role name: "doctor", "nurse"
};

struct CareTeamMember
{
    QString id; // the care_team row's
    QString patientId;
    StaffMember staff;
    bool tentative = false; // waiting for the server's answer (set by the caller)
};

// Reads care-team rows from the local store. They are written only through the
// care_team.assign and care_team.unassign mutations (core/mutations/careteammutations.cpp).
class CareTeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::CareTeamRepository)
public:
    // The patient's current care team, by name.
    static Result<QList<CareTeamMember>> teamOf(QSqlDatabase db, const QString &patientId);
    // Every doctor and nurse named on a care team in this store, current or past, once each
    // with their latest name, by name. The front desk cannot list accounts, so this is who it
    // can pick from until there is a staff directory.
    static Result<QList<StaffMember>> knownStaff(QSqlDatabase db);
    // The ids of the patients whose care team this staff member is on.
    static Result<QStringList> patientsOf(QSqlDatabase db, const QString &staffId);
};

} // namespace clinic
