#include "accesspolicy.h"

namespace clinic {

namespace {

constexpr Access N = Access::Never;
constexpr Access O = Access::Own;
constexpr Access S = Access::Assigned;
constexpr Access A = Access::Always;

struct Row
{
    Action action;
    const char *name;
    // patient, doctor, nurse, front desk, pharmacist, admin
    std::array<Access, 6> access;
};

// The policy, in one table. Nurses act like doctors on assigned patients but cannot prescribe
// or verify; front desk registers and schedules but reads no clinical record; pharmacists see
// prescriptions routed to them; admins run accounts and the clinic but do not read records.
// Pharmacists act on their own pharmacy's fills and stock only ("assigned": the pharmacy of
// their pharmacy_member row is the row's).
constexpr std::array<Row, actionCount> policy { {
        //                                      pat  doc  nur  desk pharm admin
        { Action::ChangeOwnPassword, "account.change_password", { O, O, O, O, O, O } },
        { Action::ManageOwnSessions, "account.sessions", { O, O, O, O, O, O } },
        { Action::EnrolTotp, "account.totp", { O, O, O, O, O, O } },
        { Action::ListAccounts, "admin.list_accounts", { N, N, N, N, N, A } },
        { Action::CreateStaffAccount, "admin.create_account", { N, N, N, N, N, A } },
        { Action::VerifyProvider, "admin.verify_provider", { N, N, N, N, N, A } },
        { Action::SetAccountStatus, "admin.set_status", { N, N, N, N, N, A } },
        { Action::ResetPassword, "admin.reset_password", { N, N, N, N, N, A } },
        { Action::SetRole, "admin.set_role", { N, N, N, N, N, A } },
        { Action::ChangeSecuritySettings, "admin.settings", { N, N, N, N, N, A } },
        { Action::ViewAuditLog, "admin.audit", { N, N, N, N, N, A } },
        { Action::ViewServerStatus, "admin.status", { N, N, N, N, N, A } },
        { Action::ManageClinic, "admin.clinic", { N, N, N, N, N, A } },
        { Action::ReadPatientRecord, "record.read", { O, S, S, N, N, N } },
        { Action::EditPatientProfile, "record.edit_profile", { O, S, S, A, N, N } },
        { Action::RegisterPatient, "record.register", { N, N, N, A, N, N } },
        { Action::ExportPatientData, "record.export", { O, N, N, N, N, N } },
        { Action::ErasePatient, "record.erase", { N, N, N, N, N, A } },
        // The front desk assigns doctors and nurses to patients: that is what "assigned" means.
        { Action::AssignCareTeam, "record.care_team", { N, N, N, A, N, N } },
        // Clinical lists are the patient's and their care team's; the desk keeps insurance
        // and contacts (record.edit_profile).
        { Action::EditHealthRecord, "record.edit_health", { O, S, S, N, N, N } },
        { Action::SearchProviders, "schedule.search", { A, A, A, A, A, A } },
        // Doctors do not book: they confirm requests or propose another time (SPEC S3).
        { Action::BookAppointment, "schedule.book", { O, N, N, A, N, N } },
        { Action::ConfirmAppointment, "schedule.confirm", { N, O, N, A, N, N } },
        { Action::CheckInAppointment, "schedule.check_in", { N, N, S, A, N, N } },
        { Action::EditAvailability, "schedule.availability", { N, O, N, A, N, N } },
        // Only a verified doctor has a page; the admin may correct one.
        { Action::EditProviderProfile, "directory.edit_profile", { N, O, N, N, N, A } },
        { Action::RateProvider, "schedule.rate", { O, N, N, N, N, N } },
        { Action::SendMessage, "message.send", { O, S, S, N, N, N } },
        { Action::WorkTicketQueue, "ticket.work", { N, A, A, A, N, A } },
        { Action::WriteVisitSummary, "clinical.visit_summary", { N, S, N, N, N, N } },
        { Action::WritePrescription, "clinical.prescribe", { N, S, N, N, N, N } },
        { Action::DispensePrescription, "pharmacy.dispense", { N, N, N, N, S, N } },
        { Action::ManageInventory, "pharmacy.inventory", { N, N, N, N, S, N } },
        { Action::ManageBilling, "billing.manage", { O, N, N, A, N, A } },
        // Vital signs: the patient records their own readings, the care team theirs; only the
        // patient's doctor sets the bounds; the doctor or a nurse answers an alert.
        { Action::RecordVitals, "vitals.record", { O, S, S, N, N, N } },
        { Action::SetVitalThreshold, "vitals.threshold", { N, S, N, N, N, N } },
        { Action::AcknowledgeVitalAlert, "vitals.acknowledge", { N, S, S, N, N, N } },
        // Only the patient's own doctor sets follow-ups; the patient marks them done
        // (record.edit_health).
        { Action::SetFollowUpReminder, "clinical.followup", { N, S, N, N, N, N } },
        // Pharmacies are the admin's; the patient or the front desk picks the patient's; a
        // doctor registers their own key and manages their own prescriptions; the patient
        // asks for refills of their own.
        { Action::ManagePharmacies, "admin.pharmacies", { N, N, N, N, N, A } },
        { Action::ChoosePharmacy, "record.pharmacy", { O, N, N, A, N, N } },
        { Action::RegisterPrescriberKey, "clinical.prescriber_key", { N, O, N, N, N, N } },
        { Action::ManageOwnPrescription, "clinical.prescription", { N, O, N, N, N, N } },
        { Action::RequestRefill, "record.refill_request", { O, N, N, N, N, N } },
} };

constexpr bool policyCoversEveryActionInOrder()
{
    for (int i = 0; i < actionCount; ++i) {
        if (int(policy[size_t(i)].action) != i)
            return false;
    }
    return true;
}
static_assert(policyCoversEveryActionInOrder(), "one policy row per Action, in enum order");

constexpr size_t column(Role role)
{
    return size_t(role);
}

} // namespace

Access AccessPolicy::access(Role role, Action action)
{
    return policy[size_t(action)].access[column(role)];
}

bool AccessPolicy::permits(Role role, Action action, Ownership ownership)
{
    switch (access(role, action)) {
    case Access::Never:
        return false;
    case Access::Own:
        return ownership == Ownership::Own;
    case Access::Assigned:
        return ownership != Ownership::Other;
    case Access::Always:
        return true;
    }
    return false;
}

QString AccessPolicy::actionName(Action action)
{
    return QString::fromLatin1(policy[size_t(action)].name);
}

} // namespace clinic
