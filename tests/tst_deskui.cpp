// The front desk's day through its window, offscreen, against the real server: visits booked
// for two patients with two doctors show in the schedule under each doctor; the desk confirms
// and checks a patient in, who then waits in the waiting room until the visit is completed; a
// visit nobody came to is marked only once its time has come. The pages read a clock the test
// sets, so "today" is the visits' day whatever time the test runs. Set CLINIC_SCREENSHOT_DIR to
// save each screen as a PNG for review.
#include "clientshell.h"
#include "desktopclients.h"
#include "mainwindow.h"
#include "models/appointmentlistmodel.h"
#include "models/deskschedulemodel.h"
#include "models/providerlistmodel.h"
#include "models/waitingroommodel.h"
#include "pages/finddoctorpage.h"
#include "pages/schedulepage.h"
#include "pages/waitingroompage.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;
constexpr qint64 minute = 60 * 1000;
} // namespace

class TestDeskUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void deskBooksChecksInAndCompletes();

private:
    void addDoctor(const QString &username, const QString &name, const QString &specialty);
    QString book(MainWindow *desk, const QString &patient, const QString &specialty, qint64 *start);
    static QString cellOf(SchedulePage *schedule, const QString &id);

    std::unique_ptr<TestServer> m_server;
    const qint64 m_started = QDateTime::currentMSecsSinceEpoch();
    ManualClock m_clock { m_started };
    QHash<QString, QString> m_ids;
    QTemporaryDir m_deskDir, m_setupDir;
    std::unique_ptr<DesktopClients> m_desktops;
};

void TestDeskUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    m_ids[u"desk"_s] = m_server->addAccount(u"desk-fred"_s, Role::FrontDesk);
    m_ids[u"dr-rosa"_s] = m_server->addAccount(u"dr-rosa"_s, Role::Doctor);
    m_ids[u"dr-tiago"_s] = m_server->addAccount(u"dr-tiago"_s, Role::Doctor);
    QVERIFY(m_server->start());
    addDoctor(u"dr-rosa"_s, u"Dr Rosa Almeida"_s, u"dermatology"_s);
    addDoctor(u"dr-tiago"_s, u"Dr Tiago Matos"_s, u"cardiology"_s);
    // Two walk-ins in the register, from another of the desk's computers.
    TestClient desk(*m_server, u"desk-fred"_s, m_setupDir.path());
    QVERIFY(desk.signIn());
    for (const auto &[id, given, family] : { std::tuple(u"ana"_s, u"Ana"_s, u"Reis"_s),
                                             std::tuple(u"rui"_s, u"Rui"_s, u"Sousa"_s) }) {
        m_ids[id] = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(desk.submit(u"patient.register"_s,
                            { { u"id"_s, m_ids[id] },
                              { u"family_name"_s, family },
                              { u"given_name"_s, given } }));
    }
    QVERIFY(desk.waitIdle());
}

void TestDeskUi::cleanupTestCase()
{
    m_server.reset();
}

// Mornings every day, in this computer's zone, so the schedule's days are the doctor's.
void TestDeskUi::addDoctor(const QString &username, const QString &name, const QString &specialty)
{
    QTemporaryDir dir;
    TestClient doctor(*m_server, username, dir.path());
    QVERIFY(doctor.signIn());
    const QString id = m_ids[username];
    for (int day = 1; day <= 7; ++day) {
        QVERIFY(doctor.submit(
                u"availability.set_rule"_s,
                { { u"id"_s, u"%1-%2"_s.arg(username).arg(day) },
                  { u"provider_id"_s, id },
                  { u"location_id"_s, u"centro"_s },
                  { u"modality"_s, u"in_person"_s },
                  { u"day_of_week"_s, day },
                  { u"start_time"_s, u"09:00"_s },
                  { u"end_time"_s, u"12:00"_s },
                  { u"slot_minutes"_s, 30 },
                  { u"time_zone"_s, QString::fromLatin1(QTimeZone::systemTimeZoneId()) } }));
    }
    QVERIFY(doctor.submit(u"provider.update_profile"_s,
                          { { u"id"_s, id },
                            { u"display_name"_s, name },
                            { u"specialties"_s, specialty },
                            { u"modalities"_s, u"in_person"_s },
                            { u"city"_s, u"Lisboa"_s } }));
    QVERIFY(doctor.waitIdle());
}

// Books the first free time of the doctor found by `specialty` for `patient`, from the
// schedule's "Book a visit…"; returns the new visit's id.
QString TestDeskUi::book(MainWindow *desk, const QString &patient, const QString &specialty,
                         qint64 *start)
{
    auto *schedule = qobject_cast<SchedulePage *>(openPage(desk, u"Schedule"_s));
    if (!schedule || !button(schedule, u"Book a visit…"_s))
        return {};
    button(schedule, u"Book a visit…"_s)->click();
    auto *find = qobject_cast<FindDoctorPage *>(desk->currentPage());
    // The register and the directory arrive with the first sync; the patients offered follow
    // the register, found off the window's thread.
    if (!find || !type(find, u"Patient's name"_s, patient)
        || !QTest::qWaitFor(
                [&] { return !find->findingPatients() && find->patientChoice()->count() == 1; },
                waitMs)
        || !type(find, u"Doctor or specialty"_s, specialty))
        return {};
    if (!QTest::qWaitFor(
                [&] {
                    return button(find, u"Search"_s)->click(), find->providers()->rowCount() == 1;
                },
                waitMs))
        return {};
    find->providerList()->setCurrentIndex(find->providers()->index(0));
    if (find->freeTimes()->rowCount() == 0)
        return {};
    find->slotList()->setCurrentIndex(find->freeTimes()->index(0));
    *start = find->freeTimes()->at(0)->startMs;
    button(find, u"Request this time"_s)->click();
    if (!shown(find, u"findDoctorMessage"_s).contains(AppointmentListModel::when(*start)))
        return {};
    // The booking page hands the new visit to the schedule, which selects it.
    return schedule->selectedId();
}

QString TestDeskUi::cellOf(SchedulePage *schedule, const QString &id)
{
    return schedule->model()->indexOf(id).data().toString();
}

void TestDeskUi::deskBooksChecksInAndCompletes()
{
    m_desktops = std::make_unique<DesktopClients>(*m_server);
    auto shell = m_desktops->open(m_deskDir.path(), &m_clock);
    QVERIFY(shell);
    MainWindow *desk = DesktopClients::signIn(*shell, u"desk-fred"_s);
    QVERIFY(desk);
    auto *schedule = qobject_cast<SchedulePage *>(openPage(desk, u"Schedule"_s));
    QVERIFY(schedule);
    QCOMPARE(desk->navigation()->item(1)->text(), u"Schedule"_s); // right after Today
    QCOMPARE(schedule->day(), QDateTime::fromMSecsSinceEpoch(m_started).date());
    screenshot(desk, u"desk-0-schedule-start"_s);

    // Two patients, two doctors, their first free mornings.
    qint64 anaStart = 0, ruiStart = 0;
    const QString ana = book(desk, u"Reis"_s, u"derma"_s, &anaStart);
    QVERIFY(!ana.isEmpty());
    screenshot(desk, u"desk-1-book"_s);
    const QString rui = book(desk, u"Sousa"_s, u"cardio"_s, &ruiStart);
    QVERIFY(!rui.isEmpty());
    QCOMPARE(ruiStart, anaStart); // the same mornings: one row, two columns

    // The visits' day is today, two minutes into Ana's visit.
    m_clock.set(anaStart + 2 * minute);
    schedule = qobject_cast<SchedulePage *>(openPage(desk, u"Schedule"_s));
    button(schedule, u"Today"_s)->click();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QCOMPARE(schedule->day(), QDateTime::fromMSecsSinceEpoch(anaStart, zone).date());
    DeskScheduleModel *grid = schedule->model();
    const QModelIndex anaAt = grid->indexOf(ana);
    const QModelIndex ruiAt = grid->indexOf(rui);
    QVERIFY(anaAt.isValid() && ruiAt.isValid());
    QCOMPARE(grid->headerData(anaAt.column(), Qt::Horizontal).toString(), u"Dr Rosa Almeida"_s);
    QCOMPARE(grid->headerData(ruiAt.column(), Qt::Horizontal).toString(), u"Dr Tiago Matos"_s);
    QCOMPARE(anaAt.row(), ruiAt.row());
    QCOMPARE(grid->headerData(anaAt.row(), Qt::Vertical).toString(),
             QDateTime::fromMSecsSinceEpoch(anaStart, zone).toString(u"HH:mm"_s));
    QVERIFY2(cellOf(schedule, ana).startsWith(u"Ana Reis\nIn person · Requested"),
             qPrintable(cellOf(schedule, ana)));
    QTRY_VERIFY_WITH_TIMEOUT(!cellOf(schedule, ana).contains(u"waiting to sync"), waitMs);
    // The rest of the morning is free in both columns. Run between 11:00 and 11:30, the first
    // free time is the morning's last, and there is no rest.
    if (anaAt.row() + 1 < grid->rowCount())
        QVERIFY(grid->index(anaAt.row() + 1, anaAt.column())
                        .data(int(DeskScheduleModel::DataRole::IsFree))
                        .toBool());

    // Confirmed, then checked in: into the waiting room.
    schedule->select(ana);
    QVERIFY(!button(schedule, u"Check in"_s)); // not before it is confirmed
    button(schedule, u"Confirm"_s)->click();
    QTRY_VERIFY(button(schedule, u"Check in"_s));
    QVERIFY(button(schedule, u"Check in"_s)->isEnabled());
    screenshot(desk, u"desk-2-schedule-day"_s);
    button(schedule, u"Check in"_s)->click();
    QVERIFY(!button(schedule, u"Did not come"_s)); // she came
    QTRY_VERIFY_WITH_TIMEOUT(cellOf(schedule, ana) == u"Ana Reis\nIn person · Checked in"_s,
                             waitMs); // and the server agrees
    auto *room = qobject_cast<WaitingRoomPage *>(openPage(desk, u"Waiting room (1)"_s));
    QVERIFY(room);
    WaitingRoomModel *waiting = room->model();
    QCOMPARE(waiting->count(), 1);
    const auto cell = [&](WaitingRoomModel::Column column) {
        return waiting->index(0, int(column)).data().toString();
    };
    QCOMPARE(cell(WaitingRoomModel::Column::Patient), u"Ana Reis"_s);
    QCOMPARE(cell(WaitingRoomModel::Column::Provider), u"Dr Rosa Almeida"_s);
    // Waiting since the server's check-in, by the pages' clock.
    const qint64 checkedIn =
            waiting->index(0, 0).data(int(WaitingRoomModel::DataRole::CheckedInMs)).toLongLong();
    QVERIFY(checkedIn >= m_started && checkedIn <= QDateTime::currentMSecsSinceEpoch());
    m_clock.set(std::max(checkedIn, anaStart) + 7 * minute);
    room->refresh();
    const int minutes = int((m_clock.nowMs() - checkedIn) / minute);
    QCOMPARE(cell(WaitingRoomModel::Column::Waiting), WaitingRoomModel::waitingText(minutes));
    screenshot(desk, u"desk-3-waiting-room"_s);

    // The week shows both visits too, under their doctors.
    schedule = qobject_cast<SchedulePage *>(openPage(desk, u"Schedule"_s));
    button(schedule, u"Week"_s)->click();
    QCOMPARE(schedule->span(), DeskScheduleModel::Span::Week);
    QVERIFY(grid->indexOf(ana).isValid() && grid->indexOf(rui).isValid());
    QVERIFY(grid->headerData(grid->indexOf(ana).row(), Qt::Vertical)
                    .toString()
                    .endsWith(QDateTime::fromMSecsSinceEpoch(anaStart, zone).toString(u"HH:mm"_s)));
    screenshot(desk, u"desk-4-schedule-week"_s);
    button(schedule, u"Day"_s)->click();

    // Completed from the waiting room: she leaves it.
    room = qobject_cast<WaitingRoomPage *>(openPage(desk, u"Waiting room"_s));
    room->table()->setCurrentIndex(waiting->index(0, 0));
    button(room, u"Complete"_s)->click();
    QTRY_COMPARE(waiting->count(), 0);
    QTRY_COMPARE(desk->navigation()->item(2)->text(), u"Waiting room"_s);
    screenshot(desk, u"desk-5-waiting-room-empty"_s);
    QVERIFY(openPage(desk, u"Schedule"_s) == schedule); // read again as it shows
    QTRY_VERIFY_WITH_TIMEOUT(cellOf(schedule, ana) == u"Ana Reis\nIn person · Completed"_s, waitMs);

    // Rui's visit, confirmed, seen the day before: neither checked in nor missed yet.
    schedule = qobject_cast<SchedulePage *>(openPage(desk, u"Schedule"_s));
    schedule->select(rui);
    button(schedule, u"Confirm"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(cellOf(schedule, rui) == u"Rui Sousa\nIn person · Confirmed"_s,
                             waitMs);
    m_clock.set(ruiStart - 24 * 60 * minute);
    schedule->showAppointment(rui);
    QCOMPARE(schedule->selectedId(), rui);
    QVERIFY(!button(schedule, u"Check in"_s)->isEnabled());
    QVERIFY(!button(schedule, u"Did not come"_s)->isEnabled());
    QVERIFY(button(schedule, u"Cancel appointment"_s)->isEnabled());
    // Why, in words beside the greyed buttons.
    QVERIFY(shown(schedule, u"scheduleSelection"_s)
                    .endsWith(u"Check-in opens on the day of the visit. It can be marked missed "
                              u"once its time has come."_s));
    screenshot(desk, u"desk-6-day-before"_s);
    // Twenty minutes past his time, he has not come.
    m_clock.set(ruiStart + 20 * minute);
    schedule->showAppointment(rui);
    QVERIFY(button(schedule, u"Check in"_s)->isEnabled());
    QPushButton *missed = button(schedule, u"Did not come"_s);
    QVERIFY(missed->isEnabled());
    missed->click();
    QTRY_VERIFY_WITH_TIMEOUT(cellOf(schedule, rui) == u"Rui Sousa\nIn person · Did not come"_s,
                             waitMs);
    QVERIFY(!button(schedule, u"Check in"_s)); // nothing more to do with it
    screenshot(desk, u"desk-7-no-show"_s);
    emit desk->signOutRequested();
    QTRY_VERIFY(!shell->mainWindow());
}

QTEST_MAIN(TestDeskUi)
#include "tst_deskui.moc"
