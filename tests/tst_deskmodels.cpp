// The front desk's schedule and waiting room models under QAbstractItemModelTester: who is
// where in the grid, local times across clock changes, the week's bounds, and who has waited
// longest.

#include "models/deskschedulemodel.h"
#include "models/waitingroommodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace clinic;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minute = 60 * 1000;
const QTimeZone lisbon("Europe/Lisbon");

qint64 at(QDate day, QTime time)
{
    return QDateTime(day, time, lisbon).toMSecsSinceEpoch();
}

AppointmentView visit(const QString &id, const QString &patient, const QString &providerId,
                      const QString &status, qint64 startMs)
{
    AppointmentView a;
    a.id = id;
    a.patientId = u"p-"_s + id;
    a.patientName = patient;
    a.providerId = providerId;
    a.providerName = providerId == u"d1" ? u"Dr Ana Lima"_s : u"Dr Bruno Costa"_s;
    a.modality = u"in_person"_s;
    a.status = status;
    a.startMs = startMs;
    a.endMs = startMs + 30 * minute;
    return a;
}

Slot freeAt(qint64 startMs)
{
    return { startMs, startMs + 30 * minute, u"main"_s, Modality::Video };
}

QStringList rowLabels(const QAbstractItemModel &model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.headerData(row, Qt::Vertical).toString();
    return labels;
}

QStringList columnLabels(const QAbstractItemModel &model)
{
    QStringList labels;
    for (int column = 0; column < model.columnCount(); ++column)
        labels << model.headerData(column, Qt::Horizontal).toString();
    return labels;
}

QString idAt(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column)
            .data(int(DeskScheduleModel::DataRole::AppointmentId))
            .toString();
}

} // namespace

class TestDeskModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dayAcrossProviders();
    void cancelledShownOnRequest();
    void springForwardDay();
    void fallBackDay();
    void weekFollowsTheLocale();
    void waitingRoomLongestFirst();
    void waitingRoomMovesWithTheClock();
};

void TestDeskModels::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// Columns are the providers with something that day, by name; rows the times, each visit in
// its provider's column at its time, a free time likewise, the rest empty.
void TestDeskModels::dayAcrossProviders()
{
    DeskScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    const QDate day(2027, 3, 3);
    const auto [from, to] = model.rangeOf(day, DeskScheduleModel::Span::Day);
    QCOMPARE(from, at(day, QTime(0, 0)));
    QCOMPARE(to - from, 24 * 60 * minute);
    const QList<DeskScheduleModel::ProviderTimes> providers {
        { u"d2"_s, u"Dr Bruno Costa"_s, {} },
        { u"d1"_s, u"Dr Ana Lima"_s, { freeAt(at(day, QTime(9, 30))) } },
        { u"d3"_s, u"Dr Carla Dias"_s, {} }, // nothing that day: no column
    };
    AppointmentView ana =
            visit(u"a1"_s, u"Ana Reis"_s, u"d1"_s, u"confirmed"_s, at(day, QTime(9, 0)));
    const QList<AppointmentView> visits {
        ana,
        visit(u"a2"_s, u"Rui Sousa"_s, u"d2"_s, u"checked_in"_s, at(day, QTime(9, 0))),
        visit(u"a3"_s, u"Eva Neves"_s, u"d2"_s, u"requested"_s, at(day, QTime(10, 30))),
        visit(u"a4"_s, u"Next Day"_s, u"d1"_s, u"confirmed"_s, at(day.addDays(1), QTime(9, 0))),
    };
    model.setSchedule(DeskScheduleModel::Span::Day, from, to, providers, visits, { u"a3"_s });
    QCOMPARE(columnLabels(model), QStringList({ u"Dr Ana Lima"_s, u"Dr Bruno Costa"_s }));
    QCOMPARE(rowLabels(model), QStringList({ u"09:00"_s, u"09:30"_s, u"10:30"_s }));
    QCOMPARE(idAt(model, 0, 0), u"a1"_s);
    QCOMPARE(idAt(model, 0, 1), u"a2"_s);
    QCOMPARE(idAt(model, 2, 1), u"a3"_s);
    QCOMPARE(idAt(model, 2, 0), QString());
    QCOMPARE(model.index(0, 0).data().toString(), u"Ana Reis\nIn person · Confirmed"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"Rui Sousa\nIn person · Checked in"_s);
    QCOMPARE(model.index(2, 1).data().toString(),
             u"Eva Neves\nIn person · Requested · waiting to sync"_s);
    QCOMPARE(model.index(0, 1).data(int(DeskScheduleModel::DataRole::Status)).toString(),
             u"checked_in"_s);
    QCOMPARE(model.index(0, 1).data(int(DeskScheduleModel::DataRole::ProviderId)).toString(),
             u"d2"_s);
    // The free time: in Dr Lima's column, marked, with no visit behind it.
    QVERIFY(model.index(1, 0).data(int(DeskScheduleModel::DataRole::IsFree)).toBool());
    QCOMPARE(model.index(1, 0).data().toString(), u"Free · video"_s);
    QVERIFY(!model.appointmentAt(model.index(1, 0)));
    QCOMPARE(model.index(1, 1).data().toString(), QString());
    QCOMPARE(model.index(1, 0).data(int(DeskScheduleModel::DataRole::StartMs)).toLongLong(),
             at(day, QTime(9, 30)));
    QCOMPARE(model.indexOf(u"a3"_s), model.index(2, 1));
    QVERIFY(!model.indexOf(u"a4"_s).isValid()); // the next day's
    QCOMPARE(model.appointmentAt(model.index(0, 0))->patientName, u"Ana Reis"_s);
    QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"09:00–09:30 with Dr Ana Lima"_s));
    // A provider the directory here does not know yet still gets their visits shown.
    AppointmentView stranger =
            visit(u"a5"_s, u"Ivo Luz"_s, u"d9"_s, u"confirmed"_s, at(day, QTime(8, 0)));
    stranger.providerName = u"Dr Zé Novo"_s;
    model.setSchedule(DeskScheduleModel::Span::Day, from, to, providers,
                      visits + QList { stranger });
    QCOMPARE(columnLabels(model),
             QStringList({ u"Dr Ana Lima"_s, u"Dr Bruno Costa"_s, u"Dr Zé Novo"_s }));
    QCOMPARE(idAt(model, 0, 2), u"a5"_s);
}

// A cancelled visit and the one booked in its place share a time: both show, a row each.
void TestDeskModels::cancelledShownOnRequest()
{
    DeskScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    const QDate day(2027, 3, 3);
    const auto [from, to] = model.rangeOf(day, DeskScheduleModel::Span::Day);
    const QList<AppointmentView> visits {
        visit(u"a1"_s, u"Ana Reis"_s, u"d1"_s, u"cancelled"_s, at(day, QTime(9, 0))),
        visit(u"a2"_s, u"Rui Sousa"_s, u"d1"_s, u"confirmed"_s, at(day, QTime(9, 0))),
        visit(u"a3"_s, u"Eva Neves"_s, u"d2"_s, u"declined"_s, at(day, QTime(11, 0))),
    };
    model.setSchedule(DeskScheduleModel::Span::Day, from, to, {}, visits);
    QCOMPARE(columnLabels(model), QStringList({ u"Dr Ana Lima"_s }));
    QCOMPARE(rowLabels(model), QStringList({ u"09:00"_s }));
    QCOMPARE(idAt(model, 0, 0), u"a2"_s);
    model.setShowCancelled(true);
    QCOMPARE(columnLabels(model), QStringList({ u"Dr Ana Lima"_s, u"Dr Bruno Costa"_s }));
    QCOMPARE(rowLabels(model), QStringList({ u"09:00"_s, u"09:00"_s, u"11:00"_s }));
    QCOMPARE(QSet<QString>({ idAt(model, 0, 0), idAt(model, 1, 0) }),
             QSet<QString>({ u"a1"_s, u"a2"_s }));
    QCOMPARE(idAt(model, 1, 1), QString());
    QCOMPARE(idAt(model, 2, 1), u"a3"_s);
    QVERIFY(model.index(2, 1).data().toString().endsWith(u"Declined"_s));
    // A proposed other time is named in the cell: nothing shows at it.
    AppointmentView proposed =
            visit(u"a6"_s, u"Ivo Luz"_s, u"d1"_s, u"proposed"_s, at(day, QTime(12, 0)));
    proposed.proposedStartMs = at(day, QTime(15, 30));
    AppointmentView movedDay = proposed;
    movedDay.id = u"a7"_s;
    movedDay.startMs = at(day, QTime(13, 0));
    movedDay.proposedStartMs = at(day.addDays(2), QTime(9, 0));
    model.setSchedule(DeskScheduleModel::Span::Day, from, to, {}, { proposed, movedDay });
    QCOMPARE(model.indexOf(u"a6"_s).data().toString(),
             u"Ivo Luz\nIn person · New time proposed: 15:30"_s);
    QCOMPARE(model.indexOf(u"a7"_s).data().toString(),
             u"Ivo Luz\nIn person · New time proposed: Fri 5 Mar, 09:00"_s);
}

// Lisbon, 30 March 2025: 01:00 becomes 02:00. The day is 23 hours; times read as the wall
// clock does, and the first minutes of the next day are not this one's.
void TestDeskModels::springForwardDay()
{
    DeskScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    const QDate day(2025, 3, 30);
    const auto [from, to] = model.rangeOf(day, DeskScheduleModel::Span::Day);
    QCOMPARE(to - from, 23 * 60 * minute);
    const qint64 midnightUtc = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(from, midnightUtc);
    const QList<AppointmentView> visits {
        visit(u"early"_s, u"Ana Reis"_s, u"d1"_s, u"confirmed"_s, midnightUtc + 30 * minute),
        visit(u"after"_s, u"Rui Sousa"_s, u"d1"_s, u"confirmed"_s, midnightUtc + 120 * minute),
        visit(u"late"_s, u"Eva Neves"_s, u"d1"_s, u"confirmed"_s, at(day, QTime(23, 30))),
        visit(u"next"_s, u"Ivo Luz"_s, u"d1"_s, u"confirmed"_s, at(day.addDays(1), QTime(0, 15))),
    };
    model.setSchedule(DeskScheduleModel::Span::Day, from, to, {}, visits);
    // 02:00 UTC is 03:00 in Lisbon that day.
    QCOMPARE(rowLabels(model), QStringList({ u"00:30"_s, u"03:00"_s, u"23:30"_s }));
    QVERIFY(!model.indexOf(u"next"_s).isValid());
}

// Lisbon, 26 October 2025: 02:00 goes back to 01:00. The day is 25 hours, and 01:30 happens
// twice: two rows, in the order they happen.
void TestDeskModels::fallBackDay()
{
    DeskScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    const QDate day(2025, 10, 26);
    const auto [from, to] = model.rangeOf(day, DeskScheduleModel::Span::Day);
    QCOMPARE(to - from, 25 * 60 * minute);
    const qint64 firstHalfPastOne =
            QDateTime(day, QTime(0, 30), QTimeZone::utc()).toMSecsSinceEpoch(); // 01:30 WEST
    const QList<AppointmentView> visits {
        visit(u"second"_s, u"Rui Sousa"_s, u"d1"_s, u"confirmed"_s, firstHalfPastOne + 60 * minute),
        visit(u"first"_s, u"Ana Reis"_s, u"d1"_s, u"confirmed"_s, firstHalfPastOne),
    };
    model.setSchedule(DeskScheduleModel::Span::Day, from, to, {}, visits);
    QCOMPARE(rowLabels(model), QStringList({ u"01:30"_s, u"01:30"_s }));
    QCOMPARE(idAt(model, 0, 0), u"first"_s);
    QCOMPARE(idAt(model, 1, 0), u"second"_s);
}

// A week starts on the locale's first day: Monday in Britain, Sunday in the United States.
void TestDeskModels::weekFollowsTheLocale()
{
    DeskScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    const QDate wednesday(2027, 3, 3);
    const QList<AppointmentView> visits {
        visit(u"sun-before"_s, u"Ana Reis"_s, u"d1"_s, u"confirmed"_s,
              at(QDate(2027, 2, 28), QTime(18, 0))),
        visit(u"mon"_s, u"Rui Sousa"_s, u"d1"_s, u"confirmed"_s,
              at(QDate(2027, 3, 1), QTime(9, 0))),
        visit(u"sun"_s, u"Eva Neves"_s, u"d2"_s, u"completed"_s,
              at(QDate(2027, 3, 7), QTime(18, 0))),
        visit(u"mon-after"_s, u"Ivo Luz"_s, u"d1"_s, u"confirmed"_s,
              at(QDate(2027, 3, 8), QTime(9, 0))),
    };
    auto [from, to] = model.rangeOf(wednesday, DeskScheduleModel::Span::Week);
    QCOMPARE(from, at(QDate(2027, 3, 1), QTime(0, 0)));
    QCOMPARE(to, at(QDate(2027, 3, 8), QTime(0, 0)));
    model.setSchedule(DeskScheduleModel::Span::Week, from, to, {}, visits);
    QCOMPARE(rowLabels(model), QStringList({ u"Mon 1 Mar, 09:00"_s, u"Sun 7 Mar, 18:00"_s }));
    QCOMPARE(idAt(model, 0, 0), u"mon"_s);
    QCOMPARE(idAt(model, 1, 1), u"sun"_s);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    std::tie(from, to) = model.rangeOf(wednesday, DeskScheduleModel::Span::Week);
    QCOMPARE(from, at(QDate(2027, 2, 28), QTime(0, 0)));
    model.setSchedule(DeskScheduleModel::Span::Week, from, to, {}, visits);
    QCOMPARE(rowLabels(model), QStringList({ u"Sun 28 Feb, 18:00"_s, u"Mon 1 Mar, 09:00"_s }));
    // A Sunday is the first day of its own week.
    QCOMPARE(model.rangeOf(QDate(2027, 2, 28), DeskScheduleModel::Span::Week).first, from);
}

// Today's checked-in patients only, longest waiting first; the minutes since each check-in.
void TestDeskModels::waitingRoomLongestFirst()
{
    WaitingRoomModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(lisbon);
    QSignalSpy counted(&model, &WaitingRoomModel::countChanged);
    const QDate day(2027, 3, 3);
    const qint64 from = at(day, QTime(0, 0));
    const qint64 to = at(day.addDays(1), QTime(0, 0));
    const qint64 nine = at(day, QTime(9, 0));
    const auto checkedIn = [&](const QString &id, const QString &name, qint64 start,
                               qint64 checkInMs) {
        AppointmentView a = visit(id, name, u"d1"_s, u"checked_in"_s, start);
        a.updatedAtMs = checkInMs;
        return a;
    };
    AppointmentView yesterday =
            checkedIn(u"old"_s, u"Old Visit"_s, nine - 24 * 60 * minute, nine - 24 * 60 * minute);
    AppointmentView notHere = visit(u"conf"_s, u"Not Here"_s, u"d2"_s, u"confirmed"_s, nine);
    const QList<AppointmentView> visits {
        checkedIn(u"b"_s, u"Rui Sousa"_s, nine + 30 * minute, nine + 5 * minute),
        checkedIn(u"a"_s, u"Ana Reis"_s, nine, nine),
        checkedIn(u"c"_s, u"Eva Neves"_s, nine, nine + 20 * minute),
        yesterday,
        notHere,
    };
    model.setAppointments(visits, from, to, nine + 30 * minute);
    QCOMPARE(model.count(), 3);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().first().toInt(), 3);
    const auto cell = [&](int row, WaitingRoomModel::Column column) {
        return model.index(row, int(column)).data().toString();
    };
    QCOMPARE(cell(0, WaitingRoomModel::Column::Patient), u"Ana Reis"_s);
    QCOMPARE(cell(1, WaitingRoomModel::Column::Patient), u"Rui Sousa"_s);
    QCOMPARE(cell(2, WaitingRoomModel::Column::Patient), u"Eva Neves"_s);
    QCOMPARE(cell(0, WaitingRoomModel::Column::Provider), u"Dr Ana Lima"_s);
    QCOMPARE(cell(1, WaitingRoomModel::Column::Appointment), u"09:30"_s);
    QCOMPARE(cell(0, WaitingRoomModel::Column::Waiting), u"30 min"_s);
    QCOMPARE(cell(1, WaitingRoomModel::Column::Waiting), u"25 min"_s);
    QCOMPARE(cell(2, WaitingRoomModel::Column::Waiting), u"10 min"_s);
    QCOMPARE(model.index(2, 0).data(int(WaitingRoomModel::DataRole::WaitingMinutes)).toInt(), 10);
    QCOMPARE(model.index(0, 0).data(int(WaitingRoomModel::DataRole::AppointmentId)).toString(),
             u"a"_s);
    QCOMPARE(model.headerData(int(WaitingRoomModel::Column::Waiting), Qt::Horizontal).toString(),
             u"Waiting"_s);
    QCOMPARE(model.rowOf(u"c"_s), 2);
    QCOMPARE(model.rowOf(u"old"_s), -1);
}

void TestDeskModels::waitingRoomMovesWithTheClock()
{
    WaitingRoomModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate day(2027, 3, 3);
    const qint64 nine = at(day, QTime(9, 0));
    AppointmentView a = visit(u"a"_s, u"Ana Reis"_s, u"d1"_s, u"checked_in"_s, nine);
    a.updatedAtMs = nine;
    model.setAppointments({ a }, at(day, QTime(0, 0)), at(day.addDays(1), QTime(0, 0)),
                          nine + 59 * 1000);
    QCOMPARE(model.waitingMinutes(0), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(nine + 65 * minute);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(WaitingRoomModel::Column::Waiting));
    QCOMPARE(model.index(0, int(WaitingRoomModel::Column::Waiting)).data().toString(),
             u"1 h 05 min"_s);
    // A clock behind the server's stamp: no negative wait.
    model.setNow(nine - 5 * minute);
    QCOMPARE(model.waitingMinutes(0), 0);
    // Completed: out of the room.
    QSignalSpy counted(&model, &WaitingRoomModel::countChanged);
    a.status = u"completed"_s;
    model.setAppointments({ a }, at(day, QTime(0, 0)), at(day.addDays(1), QTime(0, 0)), nine);
    QCOMPARE(model.count(), 0);
    QCOMPARE(counted.size(), 1);
}

QTEST_MAIN(TestDeskModels)
#include "tst_deskmodels.moc"
