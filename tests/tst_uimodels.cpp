// The desktop's item models under QAbstractItemModelTester, with the data they show.

#include "account/sessionlistmodel.h"
#include "models/accountlistmodel.h"
#include "models/appointmentlistmodel.h"
#include "models/availabilitymodel.h"
#include "models/careteammodel.h"
#include "models/locationlistmodel.h"
#include "models/notelistmodel.h"
#include "models/patientlistmodel.h"
#include "models/providerlistmodel.h"
#include "syncstatus/syncoutcomemodel.h"
#include "models/verificationqueuemodel.h"
#include "models/weekcalendarmodel.h"
#include "syncstatus/syncindicator.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace clinic;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void accountList();
    void sessionList();
    void patientList();
    void syncOutcomes();
    void noteList();
    void careTeam();
    void lastSyncText();
    void appointmentList();
    void providersAndFreeTimes();
    void weekCalendar();
    void weekCalendarFitsEarlyHours();
    void weekCalendarShowsOfferedTime();
    void availabilityRules();
    void availabilityExceptions();
    void verificationQueue();
    void locationList();
};

void TestUiModels::accountList()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Account doctor;
    doctor.id = u"a1"_s;
    doctor.username = u"dr-lee"_s;
    doctor.displayName = u"Dr Min Lee"_s;
    doctor.role = Role::Doctor;
    doctor.status = AccountStatus::Pending;
    doctor.licenceNumber = u"GMC-7781234"_s;
    doctor.specialty = u"Dermatology"_s;
    Account nurse;
    nurse.id = u"a2"_s;
    nurse.username = u"nina"_s;
    nurse.displayName = u"Nina Okoye"_s;
    nurse.role = Role::Nurse;
    nurse.status = AccountStatus::Disabled;
    nurse.statusReason = u"left the clinic"_s;
    nurse.totpEnabled = true;
    model.setAccounts({ doctor, nurse });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AccountListModel::ColumnCount));
    QCOMPARE(model.index(0, AccountListModel::Name).data().toString(), u"Dr Min Lee"_s);
    QCOMPARE(model.index(0, AccountListModel::Role).data().toString(), u"Doctor"_s);
    QCOMPARE(model.index(0, AccountListModel::Status).data().toString(),
             u"Waiting for verification"_s);
    QCOMPARE(model.index(0, AccountListModel::Credentials).data().toString(),
             u"GMC-7781234, Dermatology"_s);
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, 0).data(int(AccountListModel::DataRole::IsPending)).toBool());
    QCOMPARE(model.index(1, AccountListModel::Status).data().toString(),
             u"Disabled — left the clinic"_s);
    QCOMPARE(model.index(1, AccountListModel::TwoFactor).data().toString(), u"On"_s);
    QCOMPARE(model.index(1, 0).data(int(AccountListModel::DataRole::AccountId)).toString(),
             u"a2"_s);
    QCOMPARE(model.headerData(AccountListModel::Username, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"User name"_s);

    QSortFilterProxyModel pending;
    pending.setSourceModel(&model);
    pending.setFilterRole(int(AccountListModel::DataRole::Status));
    pending.setFilterRegularExpression(u"^pending$"_s);
    QCOMPARE(pending.rowCount(), 1);
    model.setAccounts({});
    QCOMPARE(pending.rowCount(), 0);
}

void TestUiModels::sessionList()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions({ { u"s1"_s, 1795339800000, 1795340000000, 1795944600000, u"10.0.0.4"_s,
                          u"clinic 0.1.0"_s, true },
                        { u"s2"_s, 1795000000000, 1795000000000, 1795604800000, u"10.0.0.9"_s,
                          u"clinic-cli 0.1.0"_s, false } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SessionListModel::Program).data().toString(),
             u"clinic 0.1.0 (this one)"_s);
    QCOMPARE(model.index(1, SessionListModel::Address).data().toString(), u"10.0.0.9"_s);
    QVERIFY(model.index(0, 0).data(int(SessionListModel::DataRole::IsCurrent)).toBool());
    QCOMPARE(model.index(1, 0).data(int(SessionListModel::DataRole::SessionId)).toString(),
             u"s2"_s);
    QVERIFY(!model.index(0, SessionListModel::SignedIn).data().toString().isEmpty());
}

void TestUiModels::patientList()
{
    PatientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Patient ann;
    ann.id = u"p1"_s;
    ann.familyName = u"Smithers"_s;
    ann.givenName = u"Ann"_s;
    ann.birthDate = QDate(1984, 3, 21);
    ann.phone = u"+34 600 100 200"_s;
    ann.city = u"Sevilla"_s;
    Patient jose;
    jose.id = u"p2"_s;
    jose.familyName = u"Ortiz"_s;
    jose.givenName = u"José"_s;
    model.setPatients({ ann, jose }, { u"p2"_s });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PatientListModel::ColumnCount));
    QCOMPARE(model.index(0, PatientListModel::Name).data().toString(), u"Smithers, Ann"_s);
    QCOMPARE(model.index(0, PatientListModel::BirthDate).data().toString(),
             QLocale().toString(QDate(1984, 3, 21), QLocale::ShortFormat));
    QCOMPARE(model.index(0, PatientListModel::Phone).data().toString(), u"+34 600 100 200"_s);
    QCOMPARE(model.index(0, PatientListModel::City).data().toString(), u"Sevilla"_s);
    QVERIFY(model.index(1, PatientListModel::BirthDate).data().toString().isEmpty());
    // The patient whose change waits for the server is marked, the other is not.
    QVERIFY(!model.index(0, 0).data(int(PatientListModel::DataRole::IsTentative)).toBool());
    QVERIFY(model.index(1, 0).data(int(PatientListModel::DataRole::IsTentative)).toBool());
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"Waiting to sync"));
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, 0).data(int(PatientListModel::DataRole::PatientId)).toString(),
             u"p2"_s);
    QCOMPARE(model.rowOf(u"p2"_s), 1);
    QCOMPARE(model.rowOf(u"nobody"_s), -1);
    QCOMPARE(model.patient(0)->givenName, u"Ann"_s);
    QVERIFY(!model.patient(2));
    QCOMPARE(model.headerData(PatientListModel::BirthDate, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"Born"_s);
    model.setPatients({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::syncOutcomes()
{
    SyncOutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 made = QDateTime(QDate(2025, 3, 12), QTime(14, 2)).toMSecsSinceEpoch();
    SyncOutcome refused { 7,     u"care_team.assign"_s,
                          false, u"Only a doctor or nurse can join a care team."_s,
                          made,  made + 5000,
                          false };
    SyncOutcome confirmed { 6, u"patient.update"_s, true, {}, made - 60000, made, true };
    SyncOutcome seenRefusal {
        5, u"note.add"_s, false, u"Not allowed."_s, made - 90000, made, true
    };
    model.setOutcomes({ refused, confirmed, seenRefusal });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SyncOutcomeModel::ColumnCount));
    QCOMPARE(model.index(0, SyncOutcomeModel::When).data().toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(made), QLocale::ShortFormat));
    QCOMPARE(model.index(0, SyncOutcomeModel::Change).data().toString(), u"Care team assignment"_s);
    QCOMPARE(model.index(0, SyncOutcomeModel::Result).data().toString(), u"Refused"_s);
    QCOMPARE(model.index(0, SyncOutcomeModel::Reason).data().toString(), refused.reason);
    QCOMPARE(model.index(0, SyncOutcomeModel::Reason).data(Qt::ToolTipRole).toString(),
             refused.reason);
    QVERIFY(model.index(0, SyncOutcomeModel::Result).data(Qt::ForegroundRole).isValid());
    // An unseen refusal is bold; a seen one and a confirmation are not.
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(2, 0).data(Qt::FontRole).isValid());
    QVERIFY(model.index(0, 0).data(int(SyncOutcomeModel::DataRole::IsUnseen)).toBool());
    QVERIFY(!model.index(2, 0).data(int(SyncOutcomeModel::DataRole::IsUnseen)).toBool());
    QCOMPARE(model.index(1, SyncOutcomeModel::Change).data().toString(), u"Profile change"_s);
    QCOMPARE(model.index(1, SyncOutcomeModel::Result).data().toString(), u"Confirmed"_s);
    QVERIFY(model.index(1, SyncOutcomeModel::Reason).data().toString().isEmpty());
    QVERIFY(!model.index(1, SyncOutcomeModel::Result).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1, 0).data(int(SyncOutcomeModel::DataRole::IsConfirmed)).toBool());
    QCOMPARE(model.index(2, 0).data(int(SyncOutcomeModel::DataRole::Number)).toLongLong(), 5);
    QCOMPARE(model.index(2, SyncOutcomeModel::Change).data().toString(), u"Note"_s);
    QCOMPARE(SyncOutcomeModel::describe(u"patient.register"_s), u"Patient registration"_s);
    QCOMPARE(SyncOutcomeModel::describe(u"visit.future"_s), u"visit.future"_s);
    QCOMPARE(model.headerData(SyncOutcomeModel::Reason, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Reason"_s);
}

void TestUiModels::noteList()
{
    NoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 at = QDateTime(QDate(2025, 3, 12), QTime(9, 30)).toMSecsSinceEpoch();
    const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat);
    model.setNotes({ { u"n2"_s, u"Pat Moreno"_s, u"Allergic to penicillin."_s, at, true },
                     { u"n1"_s, u"Ana Ruiz"_s, u"Follow-up in two weeks."_s, at - 1000, false } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(),
             u"Pat Moreno · "_s + when + u" · waiting to sync\nAllergic to penicillin."_s);
    QVERIFY(model.index(1).data().toString().startsWith(u"Ana Ruiz · "_s));
    QVERIFY(!model.index(1).data().toString().contains(u"waiting"_s));
    QCOMPARE(model.index(1).data(int(NoteListModel::DataRole::Body)).toString(),
             u"Follow-up in two weeks."_s);
    QCOMPARE(model.index(1).data(int(NoteListModel::DataRole::NoteId)).toString(), u"n1"_s);
    QVERIFY(model.index(0).data(int(NoteListModel::DataRole::IsTentative)).toBool());
    QCOMPARE(model.index(0).data(int(NoteListModel::DataRole::CreatedAt)).toLongLong(), at);
    model.setNotes({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::careTeam()
{
    CareTeamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMembers({ { u"p1:s1"_s, u"p1"_s, { u"s1"_s, u"Min Lee"_s, u"doctor"_s }, false },
                       { u"p1:s2"_s, u"p1"_s, { u"s2"_s, u"Nina Okoye"_s, u"nurse"_s }, true } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Min Lee (Doctor)"_s);
    QVERIFY(!model.index(0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(0).data(Qt::ToolTipRole).isNull());
    // An assignment made here and not yet confirmed says so, in words and in italics.
    QCOMPARE(model.index(1).data().toString(), u"Nina Okoye (Nurse) · waiting to sync"_s);
    QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(1).data(int(CareTeamModel::DataRole::IsTentative)).toBool());
    QCOMPARE(model.index(1).data(int(CareTeamModel::DataRole::StaffId)).toString(), u"s2"_s);
    QCOMPARE(model.index(1).data(int(CareTeamModel::DataRole::StaffName)).toString(),
             u"Nina Okoye"_s);
    QCOMPARE(model.index(1).data(int(CareTeamModel::DataRole::StaffRole)).toString(), u"nurse"_s);
    QCOMPARE(model.member(1)->id, u"p1:s2"_s);
    QVERIFY(!model.member(2));
    QVERIFY(!model.member(-1));
    // The role is optional in care_team.assign, and a newer client may know more roles.
    QCOMPARE(CareTeamModel::staffText({ u"s3"_s, u"Sam Roe"_s, {} }), u"Sam Roe"_s);
    QCOMPARE(CareTeamModel::staffText({ u"s4"_s, u"Ida Fo"_s, u"midwife"_s }),
             u"Ida Fo (midwife)"_s);
    model.setMembers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::lastSyncText()
{
    const QDateTime now(QDate(2025, 3, 12), QTime(18, 5));
    QCOMPARE(SyncIndicator::lastSyncText(0, now), u"Not synced yet"_s);
    const QDateTime today(QDate(2025, 3, 12), QTime(14, 2, 30));
    QCOMPARE(SyncIndicator::lastSyncText(today.toMSecsSinceEpoch(), now), u"Last synced 14:02"_s);
    const QDateTime before(QDate(2025, 3, 10), QTime(8, 45));
    QCOMPARE(SyncIndicator::lastSyncText(before.toMSecsSinceEpoch(), now),
             u"Last synced "_s + QLocale().toString(before.date(), QLocale::ShortFormat)
                     + u" 08:45"_s);
}

// Each viewer sees the other party's name; the state reads as words; a waiting change shows.
void TestUiModels::appointmentList()
{
    const qint64 nine = QDateTime(QDate(2027, 3, 3), QTime(9, 0)).toMSecsSinceEpoch();
    AppointmentView requested { u"a1"_s,      u"p1"_s,   u"Ana Reis"_s,  u"d1"_s,
                                u"Dr Lima"_s, u"main"_s, u"in_person"_s, u"requested"_s,
                                {},           nine,      nine + 1800000, 0,
                                u"p1"_s };
    AppointmentView proposed = requested;
    proposed.id = u"a2"_s;
    proposed.status = u"proposed"_s;
    proposed.proposedStartMs = nine + 3600000;
    AppointmentListModel patient(AppointmentListModel::Viewer::Patient);
    QAbstractItemModelTester tester(&patient);
    patient.setAppointments({ requested, proposed }, { u"a1"_s });
    QCOMPARE(patient.rowCount(), 2);
    const QString first = patient.index(0).data().toString();
    QVERIFY2(first.contains(u"Dr Lima") && !first.contains(u"Ana Reis"), qPrintable(first));
    QVERIFY(first.contains(u"Waiting for the doctor to confirm · waiting to sync"));
    QVERIFY(patient.index(0).data(int(AppointmentListModel::DataRole::IsTentative)).toBool());
    const QString second = patient.index(1).data().toString();
    QVERIFY2(second.contains(u"another time: " + AppointmentListModel::when(nine + 3600000)),
             qPrintable(second));
    QCOMPARE(patient.rowOf(u"a2"_s), 1);
    QCOMPARE(patient.rowOf(u"nope"_s), -1);
    QVERIFY(!patient.index(1).data(Qt::AccessibleTextRole).toString().contains(u'\n'));
    AppointmentListModel doctor(AppointmentListModel::Viewer::Provider);
    doctor.setAppointments({ requested }, {});
    QVERIFY(doctor.index(0).data().toString().contains(u"Ana Reis"));
    QVERIFY(doctor.index(0).data().toString().contains(u"Asks for this time"));
    AppointmentListModel desk(AppointmentListModel::Viewer::FrontDesk);
    desk.setAppointments({ requested }, {});
    QVERIFY(desk.index(0).data().toString().contains(u"Ana Reis with Dr Lima"));
    QCOMPARE(AppointmentListModel::statusText(u"no_show"_s), u"Did not come"_s);
}

void TestUiModels::providersAndFreeTimes()
{
    ProviderListModel providers;
    QAbstractItemModelTester tester(&providers);
    ProviderHit hit { u"d1"_s,     u"Dr Lima"_s,
                      u"Lisboa"_s, { u"cardiology"_s, u"sports"_s },
                      { u"pt"_s }, { u"in_person"_s },
                      12.4,        0 };
    providers.setProviders({ hit });
    const QString shown = providers.index(0).data().toString();
    QVERIFY2(shown.startsWith(u"Dr Lima\n") && shown.contains(u"Lisboa")
                     && shown.contains(u"12 km"),
             qPrintable(shown));
    QVERIFY(!shown.contains(u"next free")); // not asked
    QCOMPARE(providers.index(0).data(int(ProviderListModel::DataRole::ProviderId)).toString(),
             u"d1"_s);
    QCOMPARE(providers.at(0)->name, u"Dr Lima"_s);
    QVERIFY(!providers.at(1));
    SlotListModel times;
    QAbstractItemModelTester slotTester(&times);
    const qint64 nine = QDateTime(QDate(2027, 3, 3), QTime(9, 0)).toMSecsSinceEpoch();
    times.setSlots({ Slot { nine, nine + 20 * 60000, u"main"_s, Modality::Video } });
    QCOMPARE(times.index(0).data().toString(),
             AppointmentListModel::when(nine) + u" (20 min, video)"_s);
}

namespace {

const QTimeZone lisbon("Europe/Lisbon");

qint64 lisbonMs(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, lisbon).toMSecsSinceEpoch();
}

AppointmentView visit(const QString &id, const QString &status, const QDate &day,
                      const QTime &start, int minutes)
{
    AppointmentView a;
    a.id = id;
    a.patientName = u"Ana Reis"_s;
    a.providerId = u"d1"_s;
    a.locationId = u"main"_s;
    a.modality = u"in_person"_s;
    a.status = status;
    a.startMs = lisbonMs(day, start);
    a.endMs = a.startMs + minutes * 60000LL;
    return a;
}

Account account(const QString &username, Role role, AccountStatus status, qint64 createdAt)
{
    Account a;
    a.id = u"id-"_s + username;
    a.username = username;
    a.displayName = username.toUpper();
    a.role = role;
    a.status = status;
    a.createdAt = createdAt;
    return a;
}

} // namespace

// A week in Lisbon (summer time, UTC+1): visits by day and half hour, a long one as a block
// with its words in its first cell, the open hours shaded, and what no longer holds time (a
// cancelled visit) or is another week left out.
void TestUiModels::weekCalendar()
{
    const QDate monday(2024, 6, 3);
    WeekCalendarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    model.setStepMinutes(30);
    const QList<AppointmentView> visits {
        visit(u"req"_s, u"requested"_s, monday, QTime(9, 0), 30),
        visit(u"long"_s, u"confirmed"_s, monday.addDays(2), QTime(10, 0), 60),
        visit(u"gone"_s, u"cancelled"_s, monday.addDays(1), QTime(9, 0), 30),
        visit(u"later"_s, u"confirmed"_s, monday.addDays(7), QTime(9, 0), 30),
    };
    const QList<Slot> open { { lisbonMs(monday, QTime(9, 30)), lisbonMs(monday, QTime(10, 0)),
                               u"main"_s, Modality::InPerson } };
    const QList<TimeRange> timeOff { { lisbonMs(monday.addDays(4), QTime(12, 0)),
                                       lisbonMs(monday.addDays(6), QTime(0, 0)) } };
    model.setWeek(monday.addDays(3), visits, open, timeOff, { u"long"_s }); // any day: its week
    QCOMPARE(model.weekStart(), monday);
    QCOMPARE(model.weekStartMs(), lisbonMs(monday, QTime(0, 0)));
    QCOMPARE(model.weekEndMs() - model.weekStartMs(), 7 * 24 * 3600 * 1000LL);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.rowCount(), 20); // 08:00 to 18:00 in half hours
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), u"09:00"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
             QLocale().toString(monday, u"ddd d MMM"_s));

    using Role = WeekCalendarModel::DataRole;
    const QModelIndex request = model.index(2, 0); // Monday 09:00
    QCOMPARE(request.data(int(Role::AppointmentId)).toString(), u"req"_s);
    QCOMPARE(request.data(int(Role::Status)).toString(), u"requested"_s);
    QCOMPARE(request.data().toString(), u"Ana Reis\nRequest"_s);
    QVERIFY(request.data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(u"09:00–09:30, Ana Reis: Asks"));
    QCOMPARE(request.data(int(Role::StartMs)).toLongLong(), lisbonMs(monday, QTime(9, 0)));
    QVERIFY(!request.data(Qt::AccessibleTextRole).toString().contains(u'\n'));
    QCOMPARE(model.indexOf(u"req"_s), request);
    QCOMPARE(model.appointmentAt(request)->id, u"req"_s);

    const QModelIndex openCell = model.index(3, 0); // Monday 09:30
    QVERIFY(openCell.data(int(Role::IsOpen)).toBool());
    QVERIFY(openCell.data(int(Role::AppointmentId)).toString().isEmpty());
    QCOMPARE(openCell.data(Qt::BackgroundRole).value<QBrush>().color(),
             WeekCalendarModel::openFill());
    QVERIFY(!model.index(4, 0).data(int(Role::IsOpen)).toBool()); // 10:00: nothing
    QVERIFY(!model.index(4, 0).data(Qt::BackgroundRole).isValid());

    const QModelIndex start = model.index(4, 2); // Wednesday 10:00, for an hour
    const QModelIndex rest = model.index(5, 2);
    QCOMPARE(start.data().toString(), u"Ana Reis\nConfirmed · waiting to sync"_s);
    QVERIFY(start.data(int(Role::IsTentative)).toBool());
    QVERIFY(start.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(rest.data(int(Role::AppointmentId)).toString(), u"long"_s);
    QVERIFY(rest.data().toString().isEmpty()); // its words are in the first cell only
    QCOMPARE(rest.data(Qt::BackgroundRole), start.data(Qt::BackgroundRole));
    QVERIFY(model.index(6, 2).data(int(Role::AppointmentId)).toString().isEmpty());
    QCOMPARE(model.indexOf(u"long"_s), start);

    QVERIFY(!model.indexOf(u"gone"_s).isValid());
    QVERIFY(!model.indexOf(u"later"_s).isValid());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 1).data(int(Role::AppointmentId)).toString().isEmpty());
    QVERIFY(!model.index(0, 0).flags().testFlag(Qt::ItemIsEditable));

    // Friday from noon and all Saturday off: grey, named once a day, never open.
    using Role = WeekCalendarModel::DataRole;
    QVERIFY(!model.index(7, 4).data(int(Role::IsTimeOff)).toBool()); // Friday 11:30
    QVERIFY(model.index(8, 4).data(int(Role::IsTimeOff)).toBool());
    QCOMPARE(model.index(8, 4).data().toString(), u"Time off"_s);
    QVERIFY(model.index(9, 4).data().toString().isEmpty());
    QCOMPARE(model.index(0, 5).data().toString(), u"Time off"_s);
    QCOMPARE(model.index(19, 5).data(Qt::BackgroundRole).value<QBrush>().color(),
             WeekCalendarModel::timeOffFill());
    QVERIFY(!model.index(0, 6).data(int(Role::IsTimeOff)).toBool()); // Sunday is not
}

// A proposed visit holds the time offered, not the one asked for, and shows there.
void TestUiModels::weekCalendarShowsOfferedTime()
{
    const QDate monday(2024, 6, 3);
    WeekCalendarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    AppointmentView offered = visit(u"p"_s, u"proposed"_s, monday, QTime(9, 0), 30);
    offered.proposedStartMs = lisbonMs(monday.addDays(1), QTime(11, 10));
    model.setWeek(monday, { offered }, {});
    const QModelIndex cell = model.indexOf(u"p"_s);
    QCOMPARE(cell, model.index(6, 1)); // Tuesday, the 11:00 row
    QCOMPARE(cell.data().toString(), u"11:10 Ana Reis\nProposed"_s);
    QVERIFY(model.index(7, 1).data(int(WeekCalendarModel::DataRole::AppointmentId)).isValid());
    QVERIFY(model.index(2, 0)
                    .data(int(WeekCalendarModel::DataRole::AppointmentId))
                    .toString()
                    .isEmpty());
    QVERIFY(cell.data(Qt::AccessibleTextRole).toString().contains(u"waiting for the patient"));
}

// Anything before 08:00 or after 18:00 brings the hours with it; short slots halve the step.
void TestUiModels::weekCalendarFitsEarlyHours()
{
    QCOMPARE(WeekCalendarModel::stepFor({ 30, 60 }), 30);
    QCOMPARE(WeekCalendarModel::stepFor({}), 30);
    QCOMPARE(WeekCalendarModel::stepFor({ 30, 20 }), 15);
    const QDate monday(2024, 6, 3);
    WeekCalendarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    model.setStepMinutes(15);
    const QList<Slot> late { { lisbonMs(monday, QTime(19, 0)), lisbonMs(monday, QTime(19, 15)),
                               u"main"_s, Modality::Video } };
    model.setWeek(monday, { visit(u"early"_s, u"confirmed"_s, monday, QTime(7, 15), 15) }, late);
    QCOMPARE(model.rowTime(0), QTime(7, 0));
    QCOMPARE(model.rowCount(), 13 * 4); // 07:00 to 20:00
    QCOMPARE(model.indexOf(u"early"_s), model.index(1, 0));
    QVERIFY(model.index(48, 0).data(int(WeekCalendarModel::DataRole::IsOpen)).toBool());
}

void TestUiModels::availabilityRules()
{
    AvailabilityRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WeeklyRule monday;
    monday.locationId = u"centro"_s;
    monday.dayOfWeek = 1;
    monday.start = QTime(9, 0);
    monday.end = QTime(12, 30);
    monday.slotMinutes = 30;
    monday.timeZone = u"Europe/Lisbon"_s;
    WeeklyRule video = monday;
    video.dayOfWeek = 3;
    video.modality = Modality::Video;
    video.validFrom = QDate(2024, 6, 1);
    video.validUntil = QDate(2024, 9, 30);
    model.setRules({ { u"r1"_s, monday }, { u"r2"_s, video } }, { u"r2"_s });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AvailabilityRuleModel::ColumnCount));
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, AvailabilityRuleModel::Day), QLocale().standaloneDayName(1));
    QCOMPARE(text(0, AvailabilityRuleModel::Hours), u"09:00–12:30"_s);
    QCOMPARE(text(0, AvailabilityRuleModel::Modality), u"In person"_s);
    QCOMPARE(text(0, AvailabilityRuleModel::Location), u"centro"_s);
    QCOMPARE(text(0, AvailabilityRuleModel::SlotLength), u"30 min"_s);
    QCOMPARE(text(0, AvailabilityRuleModel::TimeZone), u"Europe/Lisbon"_s);
    QCOMPARE(text(0, AvailabilityRuleModel::Valid), u"Always"_s);
    QCOMPARE(text(1, AvailabilityRuleModel::Modality), u"Video"_s);
    QVERIFY(text(1, AvailabilityRuleModel::Day).endsWith(u"(waiting to sync)"));
    QCOMPARE(text(1, AvailabilityRuleModel::Valid),
             QLocale().toString(video.validFrom, u"d MMM yyyy"_s) + u" – "_s
                     + QLocale().toString(video.validUntil, u"d MMM yyyy"_s));
    video.validFrom = {};
    QVERIFY(AvailabilityRuleModel::validText(video).startsWith(u"Until "));
    QCOMPARE(model.index(1, 0).data(int(AvailabilityRuleModel::DataRole::RuleId)).toString(),
             u"r2"_s);
    QVERIFY(model.index(1, 0).data(int(AvailabilityRuleModel::DataRole::IsTentative)).toBool());
    QCOMPARE(model.rowOf(u"r2"_s), 1);
    QCOMPARE(model.at(0)->rule.locationId, u"centro"_s);
    QVERIFY(!model.at(2));
    QCOMPARE(model.headerData(AvailabilityRuleModel::SlotLength, Qt::Horizontal).toString(),
             u"Slot"_s);
}

// Exceptions are UTC instants, shown in the model's zone: whole days as days.
void TestUiModels::availabilityExceptions()
{
    AvailabilityExceptionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    const QDate day(2024, 6, 10);
    AvailabilityException off;
    off.startMs = lisbonMs(day, QTime(0, 0));
    off.endMs = lisbonMs(day.addDays(1), QTime(0, 0));
    AvailabilityException holiday = off;
    holiday.endMs = lisbonMs(day.addDays(5), QTime(0, 0));
    AvailabilityException extra;
    extra.kind = AvailabilityException::Kind::ExtraHours;
    extra.startMs = lisbonMs(day, QTime(18, 0));
    extra.endMs = lisbonMs(day, QTime(20, 0));
    extra.locationId = u"centro"_s;
    extra.modality = Modality::Video;
    extra.slotMinutes = 20;
    model.setExceptions({ { u"e1"_s, off }, { u"e2"_s, extra }, { u"e3"_s, holiday } });
    const QString dayText = QLocale().toString(day, u"ddd d MMM yyyy"_s);
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, AvailabilityExceptionModel::Kind), u"Time off"_s);
    QCOMPARE(text(0, AvailabilityExceptionModel::When), dayText + u" (all day)"_s);
    QCOMPARE(text(1, AvailabilityExceptionModel::Kind), u"Extra hours"_s);
    QCOMPARE(text(1, AvailabilityExceptionModel::When), dayText + u", 18:00–20:00"_s);
    QCOMPARE(text(1, AvailabilityExceptionModel::Details), u"Video at centro, 20-minute slots"_s);
    QCOMPARE(text(2, AvailabilityExceptionModel::When),
             dayText + u" – "_s + QLocale().toString(day.addDays(4), u"ddd d MMM yyyy"_s)
                     + u" (all days)"_s);
    QVERIFY(model.index(0, 0).data(int(AvailabilityExceptionModel::DataRole::IsTimeOff)).toBool());
    QVERIFY(!model.index(1, 0).data(int(AvailabilityExceptionModel::DataRole::IsTimeOff)).toBool());
    QCOMPARE(model.rowOf(u"e3"_s), 2);
    // The same instants, seen from New York, are not whole days there.
    model.setTimeZone(QTimeZone("America/New_York"));
    QVERIFY(!model.index(0, AvailabilityExceptionModel::When)
                     .data()
                     .toString()
                     .contains(u"all day"));
}

void TestUiModels::verificationQueue()
{
    AccountListModel accounts;
    VerificationQueueModel queue(&accounts);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(queue.rowCount(), 0);
    QVERIFY(!queue.account(0));
    Account later = account(u"dr-late"_s, Role::Doctor, AccountStatus::Pending, 3000);
    later.licenceNumber = u"OM-4411"_s;
    later.specialty = u"Cardiology, Sports medicine"_s;
    later.credentials = u"MD, University of Porto, 2011"_s;
    accounts.setAccounts({
            account(u"pat"_s, Role::Patient, AccountStatus::Active, 500),
            later,
            account(u"dr-first"_s, Role::Doctor, AccountStatus::Pending, 1000),
            account(u"dr-ok"_s, Role::Doctor, AccountStatus::Active, 100),
            account(u"dr-no"_s, Role::Doctor, AccountStatus::Rejected, 200),
            // Pending but no doctor (an old row): nothing for the queue to verify.
            account(u"odd"_s, Role::Nurse, AccountStatus::Pending, 50),
    });
    // Only the waiting doctors, the longest waiting first.
    QCOMPARE(queue.rowCount(), 2);
    QCOMPARE(queue.account(0)->username, u"dr-first"_s);
    QCOMPARE(queue.account(1)->username, u"dr-late"_s);
    QCOMPARE(queue.account(1)->credentials, later.credentials);
    QCOMPARE(queue.index(1, AccountListModel::Credentials).data().toString(),
             u"OM-4411, Cardiology, Sports medicine"_s);
    QCOMPARE(queue.index(0, AccountListModel::Registered).data().toDateTime(),
             QDateTime::fromMSecsSinceEpoch(1000));
    QCOMPARE(queue.index(0, 0).data(int(AccountListModel::DataRole::CreatedAt)).toLongLong(), 1000);
    QCOMPARE(queue.rowOf(u"id-dr-late"_s), 1);
    QCOMPARE(queue.rowOf(u"id-pat"_s), -1);
    // A header click does not reorder a queue; a reload keeps the order.
    accounts.setAccounts(
            { later, account(u"dr-first"_s, Role::Doctor, AccountStatus::Active, 1000) });
    QCOMPARE(queue.rowCount(), 1);
    QCOMPARE(queue.account(0)->username, u"dr-late"_s);
    accounts.setAccounts({});
    QCOMPARE(queue.rowCount(), 0);
}

void TestUiModels::locationList()
{
    LocationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    ClinicLocation centre;
    centre.id = u"l1"_s;
    centre.name = u"Lisboa Centro"_s;
    centre.addressLine = u"Rua Augusta 10"_s;
    centre.postalCode = u"1100-053"_s;
    centre.city = u"Lisboa"_s;
    centre.phone = u"+351 21 000 0000"_s;
    centre.hours = u"Mon–Fri 08:00–19:00"_s;
    centre.timeZone = u"Europe/Lisbon"_s;
    ClinicLocation north;
    north.id = u"l2"_s;
    north.name = u"Porto"_s;
    model.setLocations({ centre, north }, { u"l2"_s });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(LocationListModel::ColumnCount));
    QCOMPARE(model.index(0, LocationListModel::Name).data().toString(), u"Lisboa Centro"_s);
    QCOMPARE(model.index(0, LocationListModel::Address).data().toString(),
             u"Rua Augusta 10, 1100-053 Lisboa"_s);
    QCOMPARE(model.index(0, LocationListModel::Hours).data(Qt::ToolTipRole).toString(),
             u"Mon–Fri 08:00–19:00"_s);
    QCOMPARE(model.index(0, LocationListModel::TimeZone).data().toString(), u"Europe/Lisbon"_s);
    QVERIFY(!model.index(0, 0).data(int(LocationListModel::DataRole::IsTentative)).toBool());
    // Made here, not yet answered by the server: said so.
    QCOMPARE(model.index(1, LocationListModel::Name).data().toString(),
             u"Porto (waiting for the server)"_s);
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(1, 0).data(int(LocationListModel::DataRole::LocationId)).toString(),
             u"l2"_s);
    QCOMPARE(model.rowOf(u"l2"_s), 1);
    QCOMPARE(model.rowOf(u"l9"_s), -1);
    QCOMPARE(model.headerData(LocationListModel::Hours, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Opening hours"_s);
    model.setLocations({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
