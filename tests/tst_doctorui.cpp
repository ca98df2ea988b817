// The doctor's own pages, offscreen, against the real server: they set their weekly hours
// and time off in "My availability" and a patient's computer sees the free times change; a
// patient's request shows in the doctor's Calendar and is answered from there. Set
// CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.
#include "appointments/appointmentspage.h"
#include "appointments/proposetimedialog.h"
#include "clientshell.h"
#include "desktopclients.h"
#include "dialogs/availabilityexceptiondialog.h"
#include "dialogs/availabilityruledialog.h"
#include "domain/appointmentrepository.h"
#include "domain/callidentity.h"
#include "domain/providerdirectory.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "models/availabilitymodel.h"
#include "models/providerlistmodel.h"
#include "models/weekcalendarmodel.h"
#include "pages/availabilitypage.h"
#include "pages/calendarpage.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "today/todayagenda.h"
#include "widgets/availabilityfields.h"
#include "widgettestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const QTimeZone lisbon("Europe/Lisbon");

qint64 lisbonMs(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, lisbon).toMSecsSinceEpoch();
}

QDate lisbonToday()
{
    return QDateTime::currentDateTime().toTimeZone(lisbon).date();
}

template<typename Dialog>
Dialog *openedDialog(QWidget *page, const QString &buttonText)
{
    QPushButton *opener = button(page, buttonText);
    if (!opener)
        return nullptr;
    opener->click();
    Dialog *dialog = nullptr;
    for (Dialog *each : page->findChildren<Dialog *>()) {
        if (each->isVisible())
            dialog = each;
    }
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

} // namespace

class TestDoctorUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    // First: a later test signs the doctor in on another computer, whose key then replaces
    // this one's on the server (one key per account, docs/video.md).
    void theCallKeyIsRegisteredAtSignIn();
    void badHoursAreRefusedAndNothingIsQueued();
    void hoursAndTimeOffReachPatients();
    void requestAnsweredFromTheCalendar();
    void todayListsTheDayAsTheFirstSyncLands();

private:
    QList<Slot> patientFreeSlotsOn(const QDate &day) const;

    std::unique_ptr<TestServer> m_server;
    QString m_doctorId;
    QTemporaryDir m_doctorDir, m_patientDir, m_setupDir;
    std::unique_ptr<DesktopClients> m_desktops;
    std::unique_ptr<ClientShell> m_shell;
    MainWindow *m_doctor = nullptr;
    std::unique_ptr<TestClient> m_patient; // a patient's computer, no window needed
};

void TestDoctorUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(lisbon.isValid());
    m_server = std::make_unique<TestServer>();
    m_server->addAccount(u"pat"_s, Role::Patient);
    m_doctorId = m_server->addAccount(u"dr-lee"_s, Role::Doctor);
    QVERIFY(m_server->start());
    // Her page in the directory, so that patients can find her; no hours yet.
    TestClient setup(*m_server, u"dr-lee"_s, m_setupDir.path());
    QVERIFY(setup.signIn());
    QVERIFY(setup.submit(u"provider.update_profile"_s,
                         { { u"id"_s, m_doctorId },
                           { u"display_name"_s, u"Dr Min Lee"_s },
                           { u"specialties"_s, u"general practice"_s },
                           { u"languages"_s, u"en"_s },
                           { u"modalities"_s, u"in_person"_s },
                           { u"city"_s, u"Lisboa"_s } }));
    QVERIFY(setup.waitIdle());

    m_desktops = std::make_unique<DesktopClients>(*m_server);
    m_shell = m_desktops->open(m_doctorDir.path());
    QVERIFY(m_shell);
    m_doctor = DesktopClients::signIn(*m_shell, u"dr-lee"_s, QSize(1180, 760));
    QVERIFY(m_doctor);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->sync()->status().online, waitMs);

    m_patient = std::make_unique<TestClient>(*m_server, u"pat"_s, m_patientDir.path());
    QVERIFY(m_patient->signIn());
    QVERIFY(m_patient->waitIdle());
}

void TestDoctorUi::cleanupTestCase()
{
    m_patient.reset();
    m_shell.reset();
    m_desktops.reset();
    m_server.reset();
}

// What the patient's computer offers for the doctor on a day in Lisbon, as last synced.
QList<Slot> TestDoctorUi::patientFreeSlotsOn(const QDate &day) const
{
    auto found = ProviderDirectory(m_patient->db())
                         .freeSlotsOf(m_doctorId, lisbonMs(day, QTime(0, 0)),
                                      lisbonMs(day.addDays(1), QTime(0, 0)));
    return found ? *found : QList<Slot> {};
}

// End before start, or minutes left over: the dialog says what is wrong, stays open, and
// nothing reaches the outbox.
void TestDoctorUi::badHoursAreRefusedAndNothingIsQueued()
{
    auto *page = qobject_cast<AvailabilityPage *>(openPage(m_doctor, u"My availability"_s));
    QVERIFY(page);
    // Where the doctor's pages sit: after Appointments.
    QStringList titles;
    for (int row = 0; row < m_doctor->navigation()->count(); ++row)
        titles << m_doctor->navigation()->item(row)->text();
    QCOMPARE(titles.indexOf(u"Calendar"_s), titles.indexOf(u"Appointments"_s) + 1);
    QCOMPARE(titles.indexOf(u"My availability"_s), titles.indexOf(u"Appointments"_s) + 2);
    QCOMPARE(page->rules()->rowCount(), 0);
    screenshot(m_doctor, u"doctor-1-availability-empty"_s);

    QPointer dialog = openedDialog<AvailabilityRuleDialog>(page, u"Add hours…"_s);
    QVERIFY(dialog);
    // This computer's zone is offered first.
    QCOMPARE(AvailabilityFields::zone(dialog->timeZone()), QTimeZone::systemTimeZone());
    dialog->startEdit()->setTime(QTime(9, 0));
    dialog->endEdit()->setTime(QTime(8, 0));
    dialog->location()->setEditText(u"centro"_s);
    button(dialog, u"Save"_s)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(u"the end must be after the start"),
             qPrintable(dialog->message()));
    screenshot(dialog, u"doctor-2-hours-refused"_s);

    dialog->endEdit()->setTime(QTime(12, 10));
    button(dialog, u"Save"_s)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(u"not a whole number of 30-minute slots"),
             qPrintable(dialog->message()));
    dialog->endEdit()->setTime(QTime(12, 0));
    dialog->location()->setEditText(QString());
    button(dialog, u"Save"_s)->click();
    QVERIFY2(dialog->message().contains(u"Name the location"), qPrintable(dialog->message()));
    button(dialog, u"Cancel"_s)->click();
    QTRY_VERIFY(!dialog);

    // Time off that ends before it starts, the same.
    QPointer timeOff = openedDialog<AvailabilityExceptionDialog>(page, u"Add time off…"_s);
    QVERIFY(timeOff);
    timeOff->wholeDays()->setChecked(false);
    timeOff->toDate()->setDate(timeOff->fromDate()->date());
    timeOff->fromTime()->setTime(QTime(14, 0));
    timeOff->toTime()->setTime(QTime(13, 0));
    button(timeOff, u"Save"_s)->click();
    QVERIFY(timeOff->isVisible());
    QVERIFY2(timeOff->message().contains(u"ends before it starts"), qPrintable(timeOff->message()));
    button(timeOff, u"Cancel"_s)->click();
    QTRY_VERIFY(!timeOff);

    QCOMPARE(m_shell->sync()->status().pending, 0);
    QCOMPARE(*m_shell->sync()->replica().unansweredCount(), 0);
    QCOMPARE(page->rules()->rowCount(), 0);
    QCOMPARE(page->exceptions()->rowCount(), 0);
    // The rules' own check agrees with the dialog's.
    WeeklyRule backwards;
    backwards.start = QTime(9, 0);
    backwards.end = QTime(8, 0);
    backwards.locationId = u"centro"_s;
    backwards.timeZone = u"Europe/Lisbon"_s;
    QVERIFY(!AvailabilityRuleDialog::problemWith({ backwards }).isEmpty());
    QVERIFY(AvailabilityRuleDialog::problemWith({}).contains(u"at least one day"));
}

// Hours set here become the patient's free times once synced; a day off takes that day's away.
void TestDoctorUi::hoursAndTimeOffReachPatients()
{
    auto *page = qobject_cast<AvailabilityPage *>(openPage(m_doctor, u"My availability"_s));
    QVERIFY(page);
    const QDate tomorrow = lisbonToday().addDays(1);
    QVERIFY(patientFreeSlotsOn(tomorrow).isEmpty());

    QPointer dialog = openedDialog<AvailabilityRuleDialog>(page, u"Add hours…"_s);
    QVERIFY(dialog);
    for (int day = 1; day <= 7; ++day)
        dialog->dayBox(day)->setChecked(true);
    dialog->startEdit()->setTime(QTime(9, 0));
    dialog->endEdit()->setTime(QTime(12, 0));
    dialog->slotLength()->setValue(30);
    dialog->location()->setEditText(u"centro"_s);
    AvailabilityFields::setZone(dialog->timeZone(), u"Europe/Lisbon"_s);
    screenshot(dialog, u"doctor-3-add-hours"_s);
    button(dialog, u"Save"_s)->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(page->rules()->rowCount(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(!page->rules()
                                      ->index(0, 0)
                                      .data(int(AvailabilityRuleModel::DataRole::IsTentative))
                                      .toBool(),
                             waitMs);
    QCOMPARE(page->rules()->at(0)->rule.timeZone, u"Europe/Lisbon"_s);

    // The patient's computer hears of it (a poke, then a pull) and offers her hours.
    QTRY_COMPARE_WITH_TIMEOUT(patientFreeSlotsOn(tomorrow).size(), 6, waitMs);
    QCOMPARE(patientFreeSlotsOn(tomorrow).first().startMs, lisbonMs(tomorrow, QTime(9, 0)));
    QCOMPARE(patientFreeSlotsOn(tomorrow).last().endMs, lisbonMs(tomorrow, QTime(12, 0)));
    QCOMPARE(patientFreeSlotsOn(tomorrow).first().locationId, u"centro"_s);

    // Tomorrow off, as a whole day in Lisbon.
    QPointer timeOff = openedDialog<AvailabilityExceptionDialog>(page, u"Add time off…"_s);
    QVERIFY(timeOff);
    QVERIFY(timeOff->wholeDays()->isChecked());
    timeOff->fromDate()->setDate(tomorrow);
    timeOff->toDate()->setDate(tomorrow);
    AvailabilityFields::setZone(timeOff->timeZone(), u"Europe/Lisbon"_s);
    screenshot(timeOff, u"doctor-4-time-off"_s);
    button(timeOff, u"Save"_s)->click();
    QTRY_VERIFY(!timeOff);
    QCOMPARE(page->exceptions()->rowCount(), 1);
    QVERIFY(page->exceptions()
                    ->index(0, AvailabilityExceptionModel::Kind)
                    .data(int(AvailabilityExceptionModel::DataRole::IsTimeOff))
                    .toBool());
    QTRY_VERIFY_WITH_TIMEOUT(patientFreeSlotsOn(tomorrow).isEmpty(), waitMs);
    QCOMPARE(patientFreeSlotsOn(tomorrow.addDays(1)).size(), 6); // the next day untouched

    // Extra hours, in the evening the day after: offered besides the weekly hours.
    QPointer extra = openedDialog<AvailabilityExceptionDialog>(page, u"Add extra hours…"_s);
    QVERIFY(extra);
    extra->fromDate()->setDate(tomorrow.addDays(1));
    extra->fromTime()->setTime(QTime(18, 0));
    extra->toTime()->setTime(QTime(19, 0));
    AvailabilityFields::setZone(extra->timeZone(), u"Europe/Lisbon"_s);
    screenshot(extra, u"doctor-5-extra-hours"_s);
    button(extra, u"Save"_s)->click();
    QTRY_VERIFY(!extra);
    QTRY_COMPARE_WITH_TIMEOUT(patientFreeSlotsOn(tomorrow.addDays(1)).size(), 8, waitMs);

    // Change one day's hours: the same row, new hours.
    page->ruleView()->selectRow(0);
    const QString changedId = page->rules()
                                      ->index(0, 0)
                                      .data(int(AvailabilityRuleModel::DataRole::RuleId))
                                      .toString();
    const int changedDay = page->rules()->at(0)->rule.dayOfWeek;
    QPointer edit = openedDialog<AvailabilityRuleDialog>(page, u"Change…"_s);
    QVERIFY(edit);
    QVERIFY(edit->dayBox(changedDay)->isChecked());
    QCOMPARE(edit->location()->currentText(), u"centro"_s);
    edit->endEdit()->setTime(QTime(13, 0));
    button(edit, u"Save"_s)->click();
    QTRY_VERIFY(!edit);
    QCOMPARE(page->rules()->rowCount(), 7);
    QCOMPARE(page->rules()->at(page->rules()->rowOf(changedId))->rule.end, QTime(13, 0));

    // Removing the time off (the first, by time) gives the day back.
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->sync()->status().pending == 0, waitMs);
    screenshot(m_doctor, u"doctor-6-availability"_s);
    page->exceptionView()->selectRow(0);
    button(page, u"Remove"_s)->click();
    QCOMPARE(page->exceptions()->rowCount(), 1); // the extra hours stay
    QTRY_VERIFY_WITH_TIMEOUT(!patientFreeSlotsOn(tomorrow).isEmpty(), waitMs);
    // And it goes again, so that tomorrow stays free of visits for the calendar test.
    QPointer again = openedDialog<AvailabilityExceptionDialog>(page, u"Add time off…"_s);
    QVERIFY(again);
    again->fromDate()->setDate(tomorrow);
    again->toDate()->setDate(tomorrow);
    AvailabilityFields::setZone(again->timeZone(), u"Europe/Lisbon"_s);
    button(again, u"Save"_s)->click();
    QTRY_VERIFY(!again);
    QTRY_VERIFY_WITH_TIMEOUT(patientFreeSlotsOn(tomorrow).isEmpty(), waitMs);
}

// A patient asks for two times; the doctor sees both in her week, confirms one from there
// and offers another time for the other; the patient's computer has both answers.
void TestDoctorUi::requestAnsweredFromTheCalendar()
{
    const QDate day = lisbonToday().addDays(2);
    const QList<Slot> offered = patientFreeSlotsOn(day);
    QVERIFY(offered.size() >= 3);
    QStringList ids;
    for (int i : { 0, 2 }) {
        const QString id = u"visit-%1"_s.arg(i);
        QVERIFY(m_patient->submit(u"appointment.request"_s,
                                  { { u"id"_s, id },
                                    { u"patient_id"_s, m_patient->accountId },
                                    { u"provider_id"_s, m_doctorId },
                                    { u"start_at"_s, offered[i].startMs },
                                    { u"location_id"_s, offered[i].locationId },
                                    { u"modality"_s, u"in_person"_s },
                                    { u"reason"_s, u"A cough that will not go"_s } }));
        ids << id;
    }
    QVERIFY(m_patient->waitIdle());

    auto *calendar = qobject_cast<CalendarPage *>(openPage(m_doctor, u"Calendar"_s));
    QVERIFY(calendar);
    QTRY_VERIFY_WITH_TIMEOUT(calendar->select(ids[0]), waitMs);
    QVERIFY(calendar->select(ids[1]));
    QVERIFY(calendar->select(ids[0]));
    QCOMPARE(calendar->selectedId(), ids[0]);
    WeekCalendarModel *model = calendar->model();
    const QModelIndex cell = model->indexOf(ids[0]);
    QCOMPARE(cell.data(int(WeekCalendarModel::DataRole::Status)).toString(), u"requested"_s);
    QVERIFY(cell.data().toString().contains(u"Request"));
    QCOMPARE(cell.data(int(WeekCalendarModel::DataRole::StartMs)).toLongLong(), offered[0].startMs);
    // Open hours show around the requests: the slot between them is still free.
    QVERIFY(model->index(cell.row() + 1, cell.column())
                    .data(int(WeekCalendarModel::DataRole::IsOpen))
                    .toBool());
    QVERIFY(shown(calendar, u"calendarMessage"_s).isEmpty()); // no error shown
    QPushButton *confirm = button(calendar, u"Confirm"_s);
    QVERIFY(confirm);
    QVERIFY(button(calendar, u"Propose another time…"_s));
    QTest::qWait(50);
    screenshot(m_doctor, u"doctor-7-calendar-request"_s);

    // Week by week and back.
    const QString title = calendar->weekTitle();
    button(calendar, u"Next week ›"_s)->click();
    QVERIFY(calendar->weekTitle() != title);
    QVERIFY(!model->indexOf(ids[0]).isValid());
    QVERIFY(calendar->select(ids[0]));
    QCOMPARE(calendar->weekTitle(), title);

    confirm->click();
    QTRY_COMPARE(model->indexOf(ids[0]).data(int(WeekCalendarModel::DataRole::Status)).toString(),
                 u"confirmed"_s);
    QVERIFY(!confirm->isVisible()); // nothing left to answer
    QTRY_COMPARE_WITH_TIMEOUT(m_patient->value(u"appointment"_s, ids[0], u"status"_s),
                              u"confirmed"_s, waitMs);

    // The other: another time, through the same dialog as the Appointments page.
    QVERIFY(calendar->select(ids[1]));
    QPointer propose = openedDialog<ProposeTimeDialog>(calendar, u"Propose another time…"_s);
    QVERIFY(propose);
    QVERIFY(propose->freeTimes()->rowCount() > 0);
    propose->list()->setCurrentIndex(propose->freeTimes()->index(0));
    const qint64 newTime = propose->chosen()->startMs;
    screenshot(propose, u"doctor-8-calendar-propose"_s);
    button(propose, u"Propose"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_patient->value(u"appointment"_s, ids[1], u"status"_s),
                              u"proposed"_s, waitMs);
    QCOMPARE(m_patient->value(u"appointment"_s, ids[1], u"proposed_start_at"_s).toLongLong(),
             newTime);
    // In the doctor's week it sits at the time offered, which is what it holds now.
    QTRY_COMPARE(
            model->indexOf(ids[1]).data(int(WeekCalendarModel::DataRole::StartMs)).toLongLong(),
            newTime);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->sync()->status().pending == 0, waitMs);
    QVERIFY(calendar->select(ids[0]));
    QTest::qWait(50); // the details' layout settles before the picture
    screenshot(m_doctor, u"doctor-9-calendar-answered"_s);
}

// The doctor's Today on a new computer whose day is the visits' day: the day's visits, the
// requests waiting for an answer and the newest notifications fill in as the first sync lands,
// with no click; a request opens under Appointments.
void TestDoctorUi::todayListsTheDayAsTheFirstSyncLands()
{
    const QDate day = lisbonToday().addDays(3);
    const QList<Slot> offered = patientFreeSlotsOn(day);
    QVERIFY(offered.size() >= 2);
    QStringList ids;
    for (int i : { 0, 1 }) {
        ids << u"today-%1"_s.arg(i);
        QVERIFY(m_patient->submit(u"appointment.request"_s,
                                  { { u"id"_s, ids.last() },
                                    { u"patient_id"_s, m_patient->accountId },
                                    { u"provider_id"_s, m_doctorId },
                                    { u"start_at"_s, offered[i].startMs },
                                    { u"location_id"_s, offered[i].locationId },
                                    { u"modality"_s, u"in_person"_s },
                                    { u"reason"_s, u"Check-up"_s } }));
    }
    QVERIFY(m_patient->waitIdle());
    QTRY_VERIFY_WITH_TIMEOUT(
            AppointmentRepository::find(m_shell->sync()->replica().database(), ids[1])
                    .value()
                    .has_value(),
            waitMs);
    auto confirmed = m_shell->sync()->submit(u"appointment.confirm"_s, { { u"id"_s, ids[1] } });
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().fullText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_patient->value(u"appointment"_s, ids[1], u"status"_s),
                              u"confirmed"_s, waitMs);

    test::ManualClock clock(lisbonMs(day, QTime(7, 0)));
    QTemporaryDir dir;
    auto shell = m_desktops->open(dir.path(), &clock);
    QVERIFY(shell);
    MainWindow *window = DesktopClients::signIn(*shell, u"dr-lee"_s, QSize(1180, 760));
    QVERIFY(window);
    auto *agenda = window->findChild<TodayAgenda *>();
    QVERIFY(agenda && agenda->isVisible());
    const auto titles = [agenda] {
        QStringList found;
        for (const QGroupBox *box : agenda->findChildren<QGroupBox *>())
            found << box->title();
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(
            titles().mid(0, 2),
            (QStringList { u"Today's visits (2)"_s, u"Requests to answer (1)"_s }), waitMs);
    auto *visits = agenda->findChild<QListWidget *>(u"todayVisits"_s);
    QVERIFY(visits->item(0)->text().contains(u"Requested"_s));
    QVERIFY(visits->item(1)->text().contains(u"Confirmed"_s));
    auto *requests = agenda->findChild<QListWidget *>(u"todayRequests"_s);
    QVERIFY(requests->item(0)->text().contains(u"Check-up"_s));
    // A new computer takes note of what is there without news of it; reminders of the
    // confirmed visit, due on its day, are news.
    screenshot(window, u"doctor-8-today"_s);
    QTRY_VERIFY_WITH_TIMEOUT(titles().value(2).startsWith(u"Notifications ("_s), waitMs);
    QVERIFY(agenda->findChild<QListWidget *>(u"todayNotifications"_s)->item(0)->text()
            != u"Nothing new."_s);

    emit requests->itemActivated(requests->item(0));
    auto *appointments = window->findChild<AppointmentsPage *>();
    QVERIFY(appointments && appointments->isVisible());
    QCOMPARE(appointments->selectedId(), ids[0]);
    shell.reset();
}

QTEST_MAIN(TestDoctorUi)
// Signing in sends this computer's call key: the server holds the public half of the pair
// in the doctor's own store, so a call can be sealed to her.
void TestDoctorUi::theCallKeyIsRegisteredAtSignIn()
{
    auto ours = CallIdentity::ownKeys(m_shell->sync()->replica().database(), m_doctorId,
                                      Clock::system());
    QVERIFY(ours);
    auto serverKey = [this]() -> QByteArray {
        auto store = m_server->openDatabase();
        if (!store)
            return {};
        QSqlQuery query(store.value()->database());
        query.prepare(u"SELECT public_key FROM call_key WHERE account_id = ?"_s);
        query.addBindValue(m_doctorId);
        return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(serverKey(), ours->publicKey, waitMs);
}

#include "tst_doctorui.moc"
