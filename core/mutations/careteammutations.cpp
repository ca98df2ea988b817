// care_team.assign and care_team.unassign (front desk): which doctors and nurses look after a
// patient. Being on a patient's care team is what gives a doctor or nurse the patient's bucket.

#include "domain/role.h"
#include "mutations/entitymutations.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

class CareTeamArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::CareTeamArgs)
public:
    QString patientId;
    QString staffId;

    static Result<CareTeamArgs> read(const QCborMap &args)
    {
        CareTeamArgs team { args.value(u"patient_id"_s).toString(),
                            args.value(u"staff_id"_s).toString() };
        if (!MutationArgs::isId(team.patientId) || !MutationArgs::isId(team.staffId))
            return MutationArgs::invalid(tr("The patient or staff id is missing or malformed."));
        return team;
    }
};

Result<Ownership> careTeamOwnership(MutationContext &, const QCborMap &args)
{
    auto team = CareTeamArgs::read(args);
    if (!team)
        return team.error();
    return Ownership::Other;
}

Result<void> assign(MutationContext &context, const QCborMap &args)
{
    auto team = CareTeamArgs::read(args);
    if (!team)
        return team.error();
    auto patient = context.find(u"patient", team->patientId);
    if (!patient)
        return patient.error();
    if (!patient->has_value() || (*patient)->value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, CareTeamArgs::tr("This patient is not registered."));
    // The client shows the name it was given; the server writes the account's own.
    QString name = args.value(u"staff_name"_s).toString().left(100);
    QString role = args.value(u"staff_role"_s).toString().left(20);
    if (AccountDirectory *accounts = context.accounts()) {
        const auto staff = accounts->account(team->staffId);
        if (!staff || !staff->active || (staff->role != Role::Doctor && staff->role != Role::Nurse))
            return makeError(ErrorCode::NotFound,
                             CareTeamArgs::tr("Only an active doctor or nurse can join a care "
                                              "team."));
        name = staff->displayName;
        role = Roles::name(staff->role);
    }
    return context.put(u"care_team", CareTeam::rowId(team->patientId, team->staffId),
                       { { u"patient_id"_s, team->patientId },
                         { u"staff_id"_s, team->staffId },
                         { u"staff_name"_s, name },
                         { u"staff_role"_s, role } });
}

Result<void> unassign(MutationContext &context, const QCborMap &args)
{
    auto team = CareTeamArgs::read(args);
    if (!team)
        return team.error();
    return context.remove(u"care_team", CareTeam::rowId(team->patientId, team->staffId));
}

} // namespace

QString CareTeam::rowId(const QString &patientId, const QString &staffId)
{
    return patientId + u':' + staffId; // ':' is never in an id
}

const QList<MutationType> &careTeamMutations()
{
    static const QList<MutationType> types {
        { "care_team.assign", Action::AssignCareTeam, &careTeamOwnership, &assign },
        { "care_team.unassign", Action::AssignCareTeam, &careTeamOwnership, &unassign },
    };
    return types;
}

} // namespace clinic
