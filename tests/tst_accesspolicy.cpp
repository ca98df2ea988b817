// The permission policy, checked cell by cell against the product rules. The expected table
// is written here role by role from the rules, not copied from the implementation's table, so
// a slip in either shows up as a failing row.

#include "domain/accesspolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <vector>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

struct Grant
{
    Action action;
    Access access;
};

// What each role may do, from the product rules. An action a role is not given is Never.
std::vector<Grant> grantsOf(Role role)
{
    using enum Action;
    constexpr Access own = Access::Own;
    constexpr Access assigned = Access::Assigned;
    constexpr Access always = Access::Always;

    // Everyone may search providers and look after their own password, sessions and second
    // factor.
    std::vector<Grant> grants { { SearchProviders, always },
                                { ChangeOwnPassword, own },
                                { ManageOwnSessions, own },
                                { EnrolTotp, own } };
    std::vector<Grant> more;
    switch (role) {
    case Role::Patient:
        // Only their own record, account, appointments and bills; they may export their data,
        // message their own care team (SPEC S5) and rate their own visits.
        more = { { ReadPatientRecord, own }, { EditPatientProfile, own }, { BookAppointment, own },
                 { ManageBilling, own },     { ExportPatientData, own },  { SendMessage, own },
                 { EditHealthRecord, own },  { RateProvider, own } };
        break;
    case Role::Doctor:
        // Records, prescriptions, visit summaries and messages of the patients assigned to them;
        // their own appointments to confirm and their own availability; and, with the front
        // desk, the ticket queue (SPEC S5: "front desk and doctors work a queue").
        more = {
            { ReadPatientRecord, assigned }, { EditPatientProfile, assigned },
            { EditHealthRecord, assigned },  { WritePrescription, assigned },
            { WriteVisitSummary, assigned }, { SendMessage, assigned },
            { ConfirmAppointment, own },     { EditAvailability, own },
            { WorkTicketQueue, always },     { EditProviderProfile, own },
            { SetFollowUpReminder, assigned }
        }; // their page in the directory; follow-up reminders for their patients
        break;
    case Role::Nurse:
        // Like a doctor on assigned patients, without prescriptions, visit summaries,
        // confirmations or availability; they may check patients in, and work tickets.
        more = { { ReadPatientRecord, assigned },  { EditPatientProfile, assigned },
                 { EditHealthRecord, assigned },   { SendMessage, assigned },
                 { CheckInAppointment, assigned }, { WorkTicketQueue, always } };
        break;
    case Role::FrontDesk:
        // Registration, profiles (insurance included), care teams, anyone's appointments and
        // availability, tickets and billing; never a clinical record (conditions, allergies).
        more = { { RegisterPatient, always },    { EditPatientProfile, always },
                 { AssignCareTeam, always },     { BookAppointment, always },
                 { ConfirmAppointment, always }, { CheckInAppointment, always },
                 { EditAvailability, always },   { WorkTicketQueue, always },
                 { ManageBilling, always } };
        break;
    case Role::Pharmacist:
        // Prescriptions routed to them, and the inventory.
        more = { { DispensePrescription, assigned }, { ManageInventory, assigned } };
        break;
    case Role::Admin:
        // Accounts, verification, settings, the clinic's locations and cancellation window,
        // audit and server status, tickets and billing, correcting a provider's directory page,
        // and erasing a patient; never a clinical record.
        more = { { ListAccounts, always },           { CreateStaffAccount, always },
                 { VerifyProvider, always },         { SetAccountStatus, always },
                 { ResetPassword, always },          { SetRole, always },
                 { ChangeSecuritySettings, always }, { ViewAuditLog, always },
                 { ViewServerStatus, always },       { WorkTicketQueue, always },
                 { ManageBilling, always },          { ErasePatient, always },
                 { EditProviderProfile, always },    { ManageClinic, always } };
        break;
    }
    grants.insert(grants.end(), more.begin(), more.end());
    // Vital signs: the patient records their own readings, the care team theirs; only the
    // patient's doctor sets thresholds; the doctor or a nurse acknowledges an alert.
    if (role == Role::Patient)
        grants.push_back({ RecordVitals, own });
    if (role == Role::Doctor || role == Role::Nurse) {
        grants.push_back({ RecordVitals, assigned });
        grants.push_back({ AcknowledgeVitalAlert, assigned });
    }
    if (role == Role::Doctor)
        grants.push_back({ SetVitalThreshold, assigned });
    // Prescriptions and the pharmacy (issue 15): the admin keeps the pharmacies; the patient or
    // the desk picks the patient's; a doctor registers their own key and manages their own
    // prescriptions; the patient asks for refills of their own.
    if (role == Role::Admin)
        grants.push_back({ ManagePharmacies, always });
    if (role == Role::Patient) {
        grants.push_back({ ChoosePharmacy, own });
        grants.push_back({ RequestRefill, own });
    }
    if (role == Role::FrontDesk)
        grants.push_back({ ChoosePharmacy, always });
    if (role == Role::Doctor) {
        grants.push_back({ RegisterPrescriberKey, own });
        grants.push_back({ ManageOwnPrescription, own });
    }
    return grants;
}

Access expectedAccess(Role role, Action action)
{
    for (const Grant &grant : grantsOf(role)) {
        if (grant.action == action)
            return grant.access;
    }
    return Access::Never;
}

bool expectedPermits(Access access, Ownership ownership)
{
    switch (access) {
    case Access::Never:
        return false;
    case Access::Own:
        return ownership == Ownership::Own;
    case Access::Assigned:
        return ownership == Ownership::Own || ownership == Ownership::Assigned;
    case Access::Always:
        return true;
    }
    return false;
}

QString accessName(Access access)
{
    switch (access) {
    case Access::Never:
        return u"never"_s;
    case Access::Own:
        return u"own"_s;
    case Access::Assigned:
        return u"assigned"_s;
    case Access::Always:
        return u"always"_s;
    }
    return {};
}

constexpr Ownership allOwnerships[] = { Ownership::Own, Ownership::Assigned, Ownership::Other };

QString ownershipName(Ownership ownership)
{
    switch (ownership) {
    case Ownership::Own:
        return u"own"_s;
    case Ownership::Assigned:
        return u"assigned"_s;
    case Ownership::Other:
        return u"other"_s;
    }
    return {};
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void expectationsNameEachActionOncePerRole();
    void permits_data();
    void permits();
    void actionNamesAreUniqueAndStable();
};

void TestAccessPolicy::expectationsNameEachActionOncePerRole()
{
    // A guard on the table above: a role given the same action twice would hide one grant.
    for (Role role : allRoles) {
        QSet<int> seen;
        for (const Grant &grant : grantsOf(role)) {
            QVERIFY2(!seen.contains(int(grant.action)),
                     qPrintable(Roles::name(role) + u' ' + AccessPolicy::actionName(grant.action)));
            seen.insert(int(grant.action));
            QVERIFY(int(grant.action) >= 0 && int(grant.action) < actionCount);
        }
    }
}

void TestAccessPolicy::permits_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("expected"); // Access

    for (Role role : allRoles) {
        for (int action = 0; action < actionCount; ++action) {
            const Access expected = expectedAccess(role, Action(action));
            const QString name = Roles::name(role) + u' ' + AccessPolicy::actionName(Action(action))
                    + u" #" + QString::number(action) + u" (rules: " + accessName(expected) + u')';
            QTest::newRow(qPrintable(name)) << int(role) << action << int(expected);
        }
    }
}

void TestAccessPolicy::permits()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(int, expected);

    // Compared as text, so a failing row shows both sides: "own, assigned" against "nothing".
    const auto allowedOn = [](const auto &allows) {
        QStringList on;
        for (Ownership ownership : allOwnerships) {
            if (allows(ownership))
                on << ownershipName(ownership);
        }
        return on.isEmpty() ? u"nothing"_s : on.join(u", ");
    };
    const QString policy = allowedOn([&](Ownership ownership) {
        return AccessPolicy::permits(Role(role), Action(action), ownership);
    });
    const QString rules = allowedOn(
            [&](Ownership ownership) { return expectedPermits(Access(expected), ownership); });
    QCOMPARE(policy, rules);
}

void TestAccessPolicy::actionNamesAreUniqueAndStable()
{
    // Names go into logs and the audit trail: "area.verb", lower case, one per action.
    static const QRegularExpression shape(u"^[a-z]+\\.[a-z_]+$"_s);
    QSet<QString> names;
    for (int action = 0; action < actionCount; ++action) {
        const QString name = AccessPolicy::actionName(Action(action));
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(action)));
        QVERIFY2(shape.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), actionCount);
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
