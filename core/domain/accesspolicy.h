#pragma once

#include "role.h"

#include <QString>

#include <array>

namespace clinic {

// Everything a user can ask Clinic to do. The server checks every request against the policy
// below; the client asks the same policy what to show. Later features add their actions here.
enum class Action {
    // Own account
    ChangeOwnPassword,
    ManageOwnSessions,
    EnrolTotp,
    // Accounts and the clinic (admin console)
    ListAccounts,
    CreateStaffAccount,
    VerifyProvider,
    SetAccountStatus,
    ResetPassword,
    SetRole,
    ChangeSecuritySettings,
    ViewAuditLog,
    ViewServerStatus,
    ManageClinic, // locations, opening hours, the cancellation window
    // Patient records
    ReadPatientRecord,
    EditPatientProfile,
    RegisterPatient,
    ExportPatientData,
    ErasePatient,
    AssignCareTeam, // who among the doctors and nurses looks after a patient
    EditHealthRecord, // conditions, allergies, medications
    // Scheduling
    SearchProviders,
    BookAppointment,
    ConfirmAppointment,
    CheckInAppointment,
    EditAvailability,
    EditProviderProfile, // the provider's page in the directory
    RateProvider, // a patient's stars for a completed visit
    // Messages
    SendMessage,
    WorkTicketQueue,
    // Clinical
    WriteVisitSummary,
    WritePrescription,
    DispensePrescription,
    ManageInventory,
    // Billing
    ManageBilling,
    // Vital signs (docs/vitals.md)
    RecordVitals, // a reading, typed in or from a device
    SetVitalThreshold, // the bounds outside which a reading raises an alert
    AcknowledgeVitalAlert,
    // Reminders
    SetFollowUpReminder, // a follow-up reminder for a patient ("book a blood test")
    // Prescriptions and the pharmacy (docs/pharmacy.md)
    ManagePharmacies, // the network's pharmacies and which pharmacist works at which
    ChoosePharmacy, // the patient's chosen pharmacy
    RegisterPrescriberKey, // a verified doctor's public signing key
    ManageOwnPrescription, // its prescriber cancels it, decides refills, answers the pharmacy
    RequestRefill, // the patient asks for another fill
};

inline constexpr int actionCount = int(Action::RequestRefill) + 1;

// How far a role may do an action.
enum class Access {
    Never,
    Own, // only on what is theirs: their own record, their own appointments
    Assigned, // on what is theirs and on what they are assigned to (a doctor's patients)
    Always, // on anything
};

// Whose thing the action is on, from the point of view of the user acting.
enum class Ownership {
    Own, // the user's own record, account, appointment...
    Assigned, // something the user is assigned to: a patient of this doctor
    Other, // anything else
};

class AccessPolicy
{
public:
    static Access access(Role role, Action action);
    // The one question every request handler asks.
    static bool permits(Role role, Action action, Ownership ownership);
    static QString actionName(Action action); // stable, for logs and the audit trail
};

} // namespace clinic
