// Every mutation as a hostile self-registered patient (or a careless doctor) sends it, straight
// to the server's sync service: times at the ends of qint64, places off the Earth, ids that
// name another person's row, and more hours, exceptions or waitlist entries than anyone needs.
// A bad change is refused with its reason, and nothing else changes.

#include "mutations/entitymutations.h"
#include "scheduling/availability.h"
#include "servicefixture.h"

#include <QCborArray>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <limits>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

QString status(const QCborMap &outcome)
{
    return outcome.value(u"status"_s).toString();
}

QString code(const QCborMap &outcome)
{
    return outcome.value(u"code"_s).toString();
}

QString reason(const QCborMap &outcome)
{
    return outcome.value(u"reason"_s).toString();
}

} // namespace

class TestMutationGuards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void timesOutsideTheYearsAreRefused_data();
    void timesOutsideTheYearsAreRefused();
    void placesAreOnEarth_data();
    void placesAreOnEarth();
    void aClientChosenIdNeverTakesOverAnotherPersonsRow_data();
    void aClientChosenIdNeverTakesOverAnotherPersonsRow();
    void aPatientEditsTheirOwnWaitlistEntry();
    void extraHoursLastAMonthAtMost();
    void aProviderHasAtMostAHundredWeeklyRules();
    void aProviderHasAtMostFiveHundredExceptions();
    void aPatientWaitsOnTwentyListsAtMost();
    void hoursTakeNumbersAsSent_data();
    void hoursTakeNumbersAsSent();
    void aChangesNameIsShort();
    void aDoctorsWaitingListHoldsFiveHundred();
    void aFreedTimeIsOfferedToEachEntryOnce();
    void aFreedTimeIsOfferedToTwentyEntriesAtMost();
    void anAccountSyncsFromThirtyTwoComputers();
    void aPatientHasTwentyVisitsToComeAtMost();
    void aPatientKeepsTwoHundredWaitlistEntriesAtMost();

private:
    // The start of the hour `hour` UTC, `days` days after the fixture's today: in Dr One's
    // hours (every day 08:00-18:00 UTC).
    qint64 slotAt(int days, int hour) const;
    QCborMap apply(const QString &user, const QString &name, const QCborMap &args)
    {
        return m_service->apply(m_ids[user], name, args);
    }
    QString columnOf(const QString &table, const QString &id, const QString &column) const;

    std::unique_ptr<ServiceFixture> m_service;
    QHash<QString, QString> m_ids;
    QString m_anaVisit; // a visit Ana requested with Dr One
};

void TestMutationGuards::initTestCase()
{
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-one"_s, Role::Doctor }, std::pair { u"dr-two"_s, Role::Doctor },
           std::pair { u"desk"_s, Role::FrontDesk }, std::pair { u"boss"_s, Role::Admin } }) {
        m_ids[name] = m_service->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    for (int day = 1; day <= 7; ++day) {
        const QCborMap outcome = apply(u"dr-one"_s, u"availability.set_rule"_s,
                                       { { u"id"_s, u"one-%1"_s.arg(day) },
                                         { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                         { u"location_id"_s, u"main"_s },
                                         { u"modality"_s, u"in_person"_s },
                                         { u"day_of_week"_s, day },
                                         { u"start_time"_s, u"08:00"_s },
                                         { u"end_time"_s, u"18:00"_s },
                                         { u"slot_minutes"_s, 60 },
                                         { u"time_zone"_s, u"UTC"_s } });
        QCOMPARE(status(outcome), u"confirmed"_s);
    }
    m_anaVisit = newId();
    const QCborMap booked = apply(u"ana"_s, u"appointment.request"_s,
                                  { { u"id"_s, m_anaVisit },
                                    { u"patient_id"_s, m_ids[u"ana"_s] },
                                    { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                    { u"start_at"_s, slotAt(3, 10) } });
    QVERIFY2(status(booked) == u"confirmed", qPrintable(reason(booked)));
}

qint64 TestMutationGuards::slotAt(int days, int hour) const
{
    const qint64 today = m_service->clock.nowMs() / dayMs * dayMs;
    return today + days * dayMs + hour * hourMs;
}

QString TestMutationGuards::columnOf(const QString &table, const QString &id,
                                     const QString &column) const
{
    QSqlQuery query(m_service->database());
    query.prepare(u"SELECT "_s + column + u" FROM " + table + u" WHERE id = ?");
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return u"(none)"_s;
    return query.value(0).toString();
}

void TestMutationGuards::timesOutsideTheYearsAreRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QCborMap>("args");
    QTest::addColumn<QString>("field"); // the time the rejection names

    const QList<std::pair<const char *, QCborValue>> times {
        { "INT64_MAX", int64Max },
        { "INT64_MIN", int64Min },
        { "INT64_MAX - 1", int64Max - 1 },
        { "0", 0 },
        { "-1", -1 },
        { "1999-12-31T23:59:59.999Z", Instants::earliestMs - 1 },
        { "2200-01-01T00:00:00Z", Instants::latestMs },
        { "a float", 1.8e12 },
        { "text", u"1800000000000"_s },
    };
    for (const auto &[label, time] : times) {
        QTest::addRow("request at %s", label) << u"ana"_s << u"appointment.request"_s
                                              << QCborMap { { u"id"_s, newId() },
                                                            { u"patient_id"_s, u"<ana>"_s },
                                                            { u"provider_id"_s, u"<dr-one>"_s },
                                                            { u"start_at"_s, time } }
                                              << u"start_at"_s;
        QTest::addRow("reschedule to %s", label)
                << u"ana"_s << u"appointment.reschedule"_s
                << QCborMap { { u"id"_s, u"<visit>"_s }, { u"start_at"_s, time } } << u"start_at"_s;
        QTest::addRow("propose %s", label)
                << u"dr-one"_s << u"appointment.propose"_s
                << QCborMap { { u"id"_s, u"<visit>"_s }, { u"start_at"_s, time } } << u"start_at"_s;
        QTest::addRow("wait from %s", label) << u"ben"_s << u"waitlist.join"_s
                                             << QCborMap { { u"id"_s, newId() },
                                                           { u"patient_id"_s, u"<ben>"_s },
                                                           { u"provider_id"_s, u"<dr-one>"_s },
                                                           { u"from_at"_s, time },
                                                           { u"until_at"_s, u"<in a week>"_s } }
                                             << u"from_at"_s;
        QTest::addRow("wait until %s", label) << u"ben"_s << u"waitlist.join"_s
                                              << QCborMap { { u"id"_s, newId() },
                                                            { u"patient_id"_s, u"<ben>"_s },
                                                            { u"provider_id"_s, u"<dr-one>"_s },
                                                            { u"from_at"_s, u"<now>"_s },
                                                            { u"until_at"_s, time } }
                                              << u"until_at"_s;
        QTest::addRow("time off from %s", label) << u"dr-one"_s << u"availability.add_exception"_s
                                                 << QCborMap { { u"id"_s, newId() },
                                                               { u"provider_id"_s, u"<dr-one>"_s },
                                                               { u"kind"_s, u"time_off"_s },
                                                               { u"start_at"_s, time },
                                                               { u"end_at"_s, u"<in a week>"_s } }
                                                 << u"start_at"_s;
        QTest::addRow("extra hours until %s", label)
                << u"dr-one"_s << u"availability.add_exception"_s
                << QCborMap { { u"id"_s, newId() },
                              { u"provider_id"_s, u"<dr-one>"_s },
                              { u"kind"_s, u"extra_hours"_s },
                              { u"start_at"_s, u"<now>"_s },
                              { u"end_at"_s, time },
                              { u"location_id"_s, u"main"_s },
                              { u"modality"_s, u"video"_s },
                              { u"slot_minutes"_s, 30 } }
                << u"end_at"_s;
    }
    // Both ends at the extremes: end - start overflowed to a negative "length" that passed.
    QTest::addRow("time off across all of qint64")
            << u"dr-one"_s << u"availability.add_exception"_s
            << QCborMap { { u"id"_s, newId() },
                          { u"provider_id"_s, u"<dr-one>"_s },
                          { u"kind"_s, u"time_off"_s },
                          { u"start_at"_s, int64Min + 1 },
                          { u"end_at"_s, int64Max } }
            << u"start_at"_s;
}

// Placeholders in the rows ("<ana>", "<now>"...) are filled in here, where the fixture is.
void TestMutationGuards::timesOutsideTheYearsAreRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, name);
    QFETCH(QCborMap, args);
    QFETCH(QString, field);
    const qint64 now = m_service->clock.nowMs();
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QString text = it.value().toString();
        if (text == u"<now>")
            it.value() = now;
        else if (text == u"<in a week>")
            it.value() = now + 7 * dayMs;
        else if (text == u"<visit>")
            it.value() = m_anaVisit;
        else if (text.startsWith(u'<') && text.endsWith(u'>'))
            it.value() = m_ids[text.mid(1, text.size() - 2)];
    }
    QSqlQuery count(m_service->database());
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM change_log"_s) && count.next());
    const qint64 logBefore = count.value(0).toLongLong();
    const QCborMap outcome = apply(user, name, args);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(code(outcome), u"invalid"_s);
    QVERIFY2(reason(outcome).contains(field), qPrintable(reason(outcome)));
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM change_log"_s) && count.next());
    QCOMPARE(count.value(0).toLongLong(), logBefore); // nothing written
}

void TestMutationGuards::placesAreOnEarth_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QCborMap>("args");
    const QList<std::pair<const char *, std::pair<QCborValue, QCborValue>>> places {
        { "latitude INT64_MIN", { int64Min, 0 } },
        { "longitude INT64_MIN", { 0, int64Min } },
        { "latitude just past the pole", { 90'000'001, 0 } },
        { "longitude just past the antimeridian", { 0, -180'000'001 } },
        { "latitude INT64_MAX", { int64Max, 0 } },
        { "latitude as a float", { 38.7, -9'100'000 } },
        { "latitude alone", { 38'700'000, QCborValue() } },
    };
    for (const auto &[label, place] : places) {
        QCborMap location { { u"id"_s, newId() }, { u"name"_s, u"Somewhere"_s } };
        QCborMap page { { u"id"_s, u"<dr-one>"_s }, { u"display_name"_s, u"Dr One"_s } };
        for (QCborMap *args : { &location, &page }) {
            if (!place.first.isUndefined())
                args->insert(u"latitude_e6"_s, place.first);
            if (!place.second.isUndefined())
                args->insert(u"longitude_e6"_s, place.second);
        }
        QTest::addRow("clinic location, %s", label) << u"boss"_s << u"location.put"_s << location;
        QTest::addRow("doctor's page, %s", label)
                << u"dr-one"_s << u"provider.update_profile"_s << page;
    }
}

// qAbs(INT64_MIN) is INT64_MIN, which is "within" ±90 degrees: the check must not use it.
void TestMutationGuards::placesAreOnEarth()
{
    QFETCH(QString, user);
    QFETCH(QString, name);
    QFETCH(QCborMap, args);
    if (args.value(u"id"_s).toString() == u"<dr-one>")
        args.insert(u"id"_s, m_ids[u"dr-one"_s]);
    const QCborMap outcome = apply(user, name, args);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(code(outcome), u"invalid"_s);
    QVERIFY2(reason(outcome).contains(u"place on Earth"_s), qPrintable(reason(outcome)));
}

void TestMutationGuards::aClientChosenIdNeverTakesOverAnotherPersonsRow_data()
{
    // The victim's row is made first, by its owner; then the attacker writes the same id as
    // their own. `table` and `column` say whose the row is, and must stay so.
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QCborMap>("ownersArgs");
    QTest::addColumn<QString>("attacker");
    QTest::addColumn<QCborMap>("attackersArgs");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");

    const auto waitFor = [](const QString &patient) {
        return QCborMap { { u"patient_id"_s, patient },
                          { u"provider_id"_s, u"<dr-one>"_s },
                          { u"from_at"_s, u"<now>"_s },
                          { u"until_at"_s, u"<in a week>"_s } };
    };
    QTest::newRow("waitlist.join by another patient")
            << u"ana"_s << u"waitlist.join"_s << waitFor(u"<ana>"_s) << u"ben"_s
            << waitFor(u"<ben>"_s) << u"waitlist_entry"_s << u"patient_id"_s;
    QTest::newRow("waitlist.join by the desk, for another patient")
            << u"ana"_s << u"waitlist.join"_s << waitFor(u"<ana>"_s) << u"desk"_s
            << waitFor(u"<ben>"_s) << u"waitlist_entry"_s << u"patient_id"_s;
    QTest::newRow("note.add") << u"ana"_s << u"note.add"_s
                              << QCborMap { { u"patient_id"_s, u"<ana>"_s },
                                            { u"body"_s, u"Mine."_s } }
                              << u"ben"_s
                              << QCborMap { { u"patient_id"_s, u"<ben>"_s },
                                            { u"body"_s, u"Now mine."_s } }
                              << u"note"_s << u"patient_id"_s;
    const auto visit = [](const QString &patient, int days) {
        return QCborMap { { u"patient_id"_s, patient },
                          { u"provider_id"_s, u"<dr-one>"_s },
                          { u"start_at"_s, u"<day %1>"_s.arg(days) } };
    };
    QTest::newRow("appointment.request")
            << u"ana"_s << u"appointment.request"_s << visit(u"<ana>"_s, 4) << u"ben"_s
            << visit(u"<ben>"_s, 5) << u"appointment"_s << u"patient_id"_s;
    for (const char *kind : { "condition", "allergy", "medication", "insurance" }) {
        const QCborMap fields { { u"name"_s, u"Asthma"_s },
                                { u"substance"_s, u"Penicillin"_s },
                                { u"severity"_s, u"severe"_s },
                                { u"insurer"_s, u"Médis"_s },
                                { u"policy_number"_s, u"P-1"_s } };
        QCborMap own = fields;
        own.insert(u"patient_id"_s, u"<ana>"_s);
        QCborMap theirs = fields;
        theirs.insert(u"patient_id"_s, u"<ben>"_s);
        const QString table = QString::fromLatin1(kind) == u"insurance"
                ? u"insurance_policy"_s
                : u"patient_"_s + QString::fromLatin1(kind);
        QTest::addRow("%s.put", kind) << u"ana"_s << QString::fromLatin1(kind) + u".put" << own
                                      << u"ben"_s << theirs << table << u"patient_id"_s;
    }
    const auto hours = [](const QString &provider) {
        return QCborMap { { u"provider_id"_s, provider },  { u"location_id"_s, u"main"_s },
                          { u"modality"_s, u"video"_s },   { u"day_of_week"_s, 6 },
                          { u"start_time"_s, u"19:00"_s }, { u"end_time"_s, u"20:00"_s },
                          { u"slot_minutes"_s, 30 },       { u"time_zone"_s, u"UTC"_s } };
    };
    QTest::newRow("availability.set_rule")
            << u"dr-one"_s << u"availability.set_rule"_s << hours(u"<dr-one>"_s) << u"dr-two"_s
            << hours(u"<dr-two>"_s) << u"availability_rule"_s << u"provider_id"_s;
    const auto off = [](const QString &provider) {
        return QCborMap { { u"provider_id"_s, provider },
                          { u"kind"_s, u"time_off"_s },
                          { u"start_at"_s, u"<day 20>"_s },
                          { u"end_at"_s, u"<day 21>"_s } };
    };
    QTest::newRow("availability.add_exception")
            << u"dr-one"_s << u"availability.add_exception"_s << off(u"<dr-one>"_s) << u"dr-two"_s
            << off(u"<dr-two>"_s) << u"availability_exception"_s << u"provider_id"_s;
}

void TestMutationGuards::aClientChosenIdNeverTakesOverAnotherPersonsRow()
{
    QFETCH(QString, owner);
    QFETCH(QString, name);
    QFETCH(QCborMap, ownersArgs);
    QFETCH(QString, attacker);
    QFETCH(QCborMap, attackersArgs);
    QFETCH(QString, table);
    QFETCH(QString, column);
    const qint64 now = m_service->clock.nowMs();
    const auto fill = [&](QCborMap args, const QString &id) {
        for (auto it = args.begin(); it != args.end(); ++it) {
            const QString text = it.value().toString();
            if (text == u"<now>")
                it.value() = now;
            else if (text == u"<in a week>")
                it.value() = now + 7 * dayMs;
            else if (text.startsWith(u"<day "))
                it.value() = slotAt(text.mid(5, text.size() - 6).toInt(), 11);
            else if (text.startsWith(u'<') && text.endsWith(u'>'))
                it.value() = m_ids[text.mid(1, text.size() - 2)];
        }
        args.insert(u"id"_s, id);
        return args;
    };
    const QString id = newId();
    const QCborMap made = apply(owner, name, fill(ownersArgs, id));
    QVERIFY2(status(made) == u"confirmed", qPrintable(reason(made)));
    const QString before = columnOf(table, id, column);
    QCOMPARE(before, m_ids[owner]);

    const QCborMap taken = apply(attacker, name, fill(attackersArgs, id));
    QCOMPARE(status(taken), u"rejected"_s);
    QVERIFY2(!reason(taken).isEmpty(), "a rejection says why");
    QCOMPARE(columnOf(table, id, column), before);
    // Nor once the owner has removed it: a tombstone is still theirs.
    if (name == u"waitlist.join") {
        QCOMPARE(status(apply(owner, u"waitlist.leave"_s, { { u"id"_s, id } })), u"confirmed"_s);
        QCOMPARE(status(apply(attacker, name, fill(attackersArgs, id))), u"rejected"_s);
        QCOMPARE(columnOf(table, id, column), before);
    }
}

// Joining again with the same id edits the patient's own entry: that stays allowed.
void TestMutationGuards::aPatientEditsTheirOwnWaitlistEntry()
{
    const qint64 now = m_service->clock.nowMs();
    const QString id = newId();
    QCborMap args { { u"id"_s, id },
                    { u"patient_id"_s, m_ids[u"ben"_s] },
                    { u"provider_id"_s, m_ids[u"dr-one"_s] },
                    { u"from_at"_s, now },
                    { u"until_at"_s, now + 7 * dayMs } };
    QCOMPARE(status(apply(u"ben"_s, u"waitlist.join"_s, args)), u"confirmed"_s);
    args.insert(u"until_at"_s, now + 14 * dayMs);
    args.insert(u"modality"_s, u"video"_s);
    QCOMPARE(status(apply(u"ben"_s, u"waitlist.join"_s, args)), u"confirmed"_s);
    QCOMPARE(columnOf(u"waitlist_entry"_s, id, u"modality"_s), u"video"_s);
    QCOMPARE(status(apply(u"ben"_s, u"waitlist.leave"_s, { { u"id"_s, id } })), u"confirmed"_s);
}

void TestMutationGuards::extraHoursLastAMonthAtMost()
{
    const qint64 start = slotAt(10, 8);
    const auto exception = [&](const char *kind, qint64 length) {
        QCborMap args { { u"id"_s, newId() },
                        { u"provider_id"_s, m_ids[u"dr-two"_s] },
                        { u"kind"_s, QString::fromLatin1(kind) },
                        { u"start_at"_s, start },
                        { u"end_at"_s, start + length } };
        if (qstrcmp(kind, "extra_hours") == 0) {
            args.insert(u"location_id"_s, u"main"_s);
            args.insert(u"modality"_s, u"video"_s);
            args.insert(u"slot_minutes"_s, 5);
        }
        return apply(u"dr-two"_s, u"availability.add_exception"_s, args);
    };
    QCOMPARE(status(exception("extra_hours", 31 * dayMs)), u"confirmed"_s);
    const QCborMap tooLong = exception("extra_hours", 31 * dayMs + 1);
    QCOMPARE(status(tooLong), u"rejected"_s);
    QVERIFY2(reason(tooLong).contains(u"31 days"_s), qPrintable(reason(tooLong)));
    // Time off may still cover up to a year.
    QCOMPARE(status(exception("time_off", 366 * dayMs)), u"confirmed"_s);
    QCOMPARE(status(exception("time_off", 366 * dayMs + 1)), u"rejected"_s);
}

void TestMutationGuards::aProviderHasAtMostAHundredWeeklyRules()
{
    const QString provider = m_service->addAccount(u"dr-rules"_s, Role::Doctor);
    const auto rule = [&](int n) {
        return QCborMap { { u"id"_s, u"rules-%1"_s.arg(n) }, { u"provider_id"_s, provider },
                          { u"location_id"_s, u"main"_s },   { u"modality"_s, u"video"_s },
                          { u"day_of_week"_s, 1 + n % 7 },   { u"start_time"_s, u"08:00"_s },
                          { u"end_time"_s, u"09:00"_s },     { u"slot_minutes"_s, 30 },
                          { u"time_zone"_s, u"UTC"_s } };
    };
    for (int first = 0; first < 100; first += 50) {
        QList<std::pair<QString, QCborMap>> batch;
        for (int n = first; n < first + 50; ++n)
            batch.append({ u"availability.set_rule"_s, rule(n) });
        auto pushed = m_service->push(provider, batch);
        QVERIFY(pushed);
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
            QCOMPARE(status(outcome.toMap()), u"confirmed"_s);
    }
    const QCborMap extra = m_service->apply(provider, u"availability.set_rule"_s, rule(100));
    QCOMPARE(status(extra), u"rejected"_s);
    QVERIFY2(reason(extra).contains(u"100"_s), qPrintable(reason(extra)));
    // Changing one of the hundred is not adding one; removing one makes room.
    QCborMap changed = rule(7);
    changed.insert(u"end_time"_s, u"10:00"_s);
    QCOMPARE(status(m_service->apply(provider, u"availability.set_rule"_s, changed)),
             u"confirmed"_s);
    QCOMPARE(status(m_service->apply(provider, u"availability.remove_rule"_s,
                                     { { u"id"_s, u"rules-3"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(m_service->apply(provider, u"availability.set_rule"_s, rule(100))),
             u"confirmed"_s);
}

void TestMutationGuards::aProviderHasAtMostFiveHundredExceptions()
{
    const QString provider = m_service->addAccount(u"dr-exceptions"_s, Role::Doctor);
    const auto off = [&](int n) {
        const qint64 start = slotAt(1 + n, 8);
        return QCborMap { { u"id"_s, u"off-%1"_s.arg(n) },
                          { u"provider_id"_s, provider },
                          { u"kind"_s, u"time_off"_s },
                          { u"start_at"_s, start },
                          { u"end_at"_s, start + hourMs } };
    };
    for (int first = 0; first < 500; first += 100) {
        QList<std::pair<QString, QCborMap>> batch;
        for (int n = first; n < first + 100; ++n)
            batch.append({ u"availability.add_exception"_s, off(n) });
        auto pushed = m_service->push(provider, batch);
        QVERIFY(pushed);
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
            QVERIFY2(status(outcome.toMap()) == u"confirmed", qPrintable(reason(outcome.toMap())));
    }
    const QCborMap extra = m_service->apply(provider, u"availability.add_exception"_s, off(500));
    QCOMPARE(status(extra), u"rejected"_s);
    QVERIFY2(reason(extra).contains(u"500"_s), qPrintable(reason(extra)));
    QCOMPARE(status(m_service->apply(provider, u"availability.remove_exception"_s,
                                     { { u"id"_s, u"off-0"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(m_service->apply(provider, u"availability.add_exception"_s, off(500))),
             u"confirmed"_s);
}

// Each open entry is gone through whenever that doctor's visit is cancelled, on the server's
// one database thread: a patient keeps at most 20 open (booked ones do not count).
void TestMutationGuards::aPatientWaitsOnTwentyListsAtMost()
{
    const QString patient = m_service->addAccount(u"cleo"_s, Role::Patient);
    const qint64 now = m_service->clock.nowMs();
    const auto join = [&](int n) {
        return QCborMap { { u"id"_s, u"cleo-wait-%1"_s.arg(n) },
                          { u"patient_id"_s, patient },
                          { u"provider_id"_s, m_ids[u"dr-one"_s] },
                          { u"from_at"_s, now },
                          { u"until_at"_s, now + (n + 1) * dayMs } };
    };
    QList<std::pair<QString, QCborMap>> batch;
    for (int n = 0; n < 20; ++n)
        batch.append({ u"waitlist.join"_s, join(n) });
    auto pushed = m_service->push(patient, batch);
    QVERIFY(pushed);
    for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
        QCOMPARE(status(outcome.toMap()), u"confirmed"_s);
    const QCborMap extra = m_service->apply(patient, u"waitlist.join"_s, join(20));
    QCOMPARE(status(extra), u"rejected"_s);
    QVERIFY2(reason(extra).contains(u"20"_s), qPrintable(reason(extra)));
    // Editing one of them is not a new one.
    QCOMPARE(status(m_service->apply(patient, u"waitlist.join"_s, join(3))), u"confirmed"_s);
    // Booking the doctor closes them all (booked), which makes room.
    const QCborMap booked = m_service->apply(patient, u"appointment.request"_s,
                                             { { u"id"_s, newId() },
                                               { u"patient_id"_s, patient },
                                               { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                               { u"start_at"_s, slotAt(6, 15) } });
    QVERIFY2(status(booked) == u"confirmed", qPrintable(reason(booked)));
    QCOMPARE(status(m_service->apply(patient, u"waitlist.join"_s, join(20))), u"confirmed"_s);
}

void TestMutationGuards::hoursTakeNumbersAsSent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QCborMap>("args");
    const QCborMap rule { { u"provider_id"_s, u"<dr-two>"_s }, { u"location_id"_s, u"main"_s },
                          { u"modality"_s, u"video"_s },       { u"day_of_week"_s, 2 },
                          { u"start_time"_s, u"08:00"_s },     { u"end_time"_s, u"12:00"_s },
                          { u"slot_minutes"_s, 30 },           { u"time_zone"_s, u"UTC"_s } };
    const QCborMap extra { { u"provider_id"_s, u"<dr-two>"_s },
                           { u"kind"_s, u"extra_hours"_s },
                           { u"start_at"_s, u"<day 30>"_s },
                           { u"end_at"_s, u"<day 31>"_s },
                           { u"location_id"_s, u"main"_s },
                           { u"modality"_s, u"video"_s },
                           { u"slot_minutes"_s, 30 } };
    // 2^32 + n is n once cut to an int: Monday, or 30-minute slots, out of a number that is
    // neither.
    const auto with = [](QCborMap args, const QString &key, const QCborValue &value) {
        args.insert(key, value);
        return args;
    };
    QTest::newRow("day 2^32 + 1") << u"availability.set_rule"_s
                                  << with(rule, u"day_of_week"_s, (qint64(1) << 32) + 1);
    QTest::newRow("rule slots 2^32 + 30")
            << u"availability.set_rule"_s << with(rule, u"slot_minutes"_s, (qint64(1) << 32) + 30);
    QTest::newRow("day 1e300") << u"availability.set_rule"_s << with(rule, u"day_of_week"_s, 1e300);
    QTest::newRow("day 2.0") << u"availability.set_rule"_s << with(rule, u"day_of_week"_s, 2.0);
    QTest::newRow("rule slots as text")
            << u"availability.set_rule"_s << with(rule, u"slot_minutes"_s, u"30"_s);
    QTest::newRow("extra slots 2^32 + 30")
            << u"availability.add_exception"_s
            << with(extra, u"slot_minutes"_s, (qint64(1) << 32) + 30);
    QTest::newRow("extra slots -2^32 + 30")
            << u"availability.add_exception"_s
            << with(extra, u"slot_minutes"_s, -(qint64(1) << 32) + 30);
}

void TestMutationGuards::hoursTakeNumbersAsSent()
{
    QFETCH(QString, name);
    QFETCH(QCborMap, args);
    args.insert(u"id"_s, newId());
    args.insert(u"provider_id"_s, m_ids[u"dr-two"_s]);
    if (args.contains(u"start_at"_s)) {
        args.insert(u"start_at"_s, slotAt(30, 8));
        args.insert(u"end_at"_s, slotAt(31, 8));
    }
    const QCborMap outcome = apply(u"dr-two"_s, name, args);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(code(outcome), u"invalid"_s);
}

// An unknown change's name comes back in its recorded rejection: a name as long as the frame
// allows would be stored and sent back. The push is refused whole, as other malformed ones.
void TestMutationGuards::aChangesNameIsShort()
{
    const QString longName = u"note."_s + QString(SyncService::maxMutationNameLength, u'x');
    auto pushed = m_service->push(m_ids[u"ben"_s], { { longName, QCborMap {} } });
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, ErrorCode::InvalidArgument);
    auto unknown = m_service->push(m_ids[u"ben"_s], { { u"note.shout"_s, QCborMap {} } });
    QVERIFY(unknown);
    const QCborMap outcome = unknown->reply.value(u"outcomes"_s).toArray().first().toMap();
    QCOMPARE(code(outcome), u"invalid"_s);
}

// Every freed time of a doctor is offered to each entry waiting for them, on the server's one
// database thread: a doctor's list holds at most 500 open entries, however many patients.
void TestMutationGuards::aDoctorsWaitingListHoldsFiveHundred()
{
    const QString provider = m_ids[u"dr-two"_s];
    const qint64 now = m_service->clock.nowMs();
    const auto join = [&](const QString &patient, int n) {
        return QCborMap { { u"id"_s, u"%1-two-%2"_s.arg(patient).arg(n) },
                          { u"patient_id"_s, patient },
                          { u"provider_id"_s, provider },
                          { u"from_at"_s, now },
                          { u"until_at"_s, now + (n + 1) * dayMs } };
    };
    for (int p = 0; p < 25; ++p) {
        const QString patient = m_service->addAccount(u"many-%1"_s.arg(p), Role::Patient);
        QList<std::pair<QString, QCborMap>> batch;
        for (int n = 0; n < 20; ++n)
            batch.append({ u"waitlist.join"_s, join(patient, n) });
        auto pushed = m_service->push(patient, batch);
        QVERIFY(pushed);
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
            QCOMPARE(status(outcome.toMap()), u"confirmed"_s);
    }
    const QCborMap full = apply(u"ben"_s, u"waitlist.join"_s, join(m_ids[u"ben"_s], 0));
    QCOMPARE(status(full), u"rejected"_s);
    QVERIFY2(reason(full).contains(u"waiting list is full"_s), qPrintable(reason(full)));
}

// A time freed twice (booked again, then cancelled again) is not offered again to the entries
// it was offered to: each offer is a write, and a change-log row for everyone who sees it.
void TestMutationGuards::aFreedTimeIsOfferedToEachEntryOnce()
{
    const qint64 now = m_service->clock.nowMs();
    const QString cleo = m_service->addAccount(u"cleo-offer"_s, Role::Patient);
    QCOMPARE(status(m_service->apply(cleo, u"waitlist.join"_s,
                                     { { u"id"_s, u"cleo-offer-wait"_s },
                                       { u"patient_id"_s, cleo },
                                       { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                       { u"from_at"_s, now },
                                       { u"until_at"_s, now + 14 * dayMs } })),
             u"confirmed"_s);
    const auto changesOfTheEntry = [&] {
        QSqlQuery query(m_service->database());
        query.prepare(u"SELECT COUNT(*) FROM change_log WHERE row_id = ?"_s);
        query.addBindValue(u"cleo-offer-wait"_s);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    const auto bookAndCancel = [&] {
        const QString visit = newId();
        const QCborMap booked = apply(u"ben"_s, u"appointment.request"_s,
                                      { { u"id"_s, visit },
                                        { u"patient_id"_s, m_ids[u"ben"_s] },
                                        { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                        { u"start_at"_s, slotAt(5, 9) } });
        QCOMPARE(status(booked), u"confirmed"_s);
        QCOMPARE(status(apply(u"ben"_s, u"appointment.cancel"_s, { { u"id"_s, visit } })),
                 u"confirmed"_s);
    };
    bookAndCancel();
    QCOMPARE(columnOf(u"waitlist_entry"_s, u"cleo-offer-wait"_s, u"status"_s), u"offered"_s);
    const int afterTheFirstOffer = changesOfTheEntry();
    bookAndCancel();
    QCOMPARE(changesOfTheEntry(), afterTheFirstOffer);
}

// The third review moved a visit back and forth to make every release rewrite a doctor's 500
// entries (20 MB a push). A freed time goes to 20 entries at most, those without an offer
// first.
void TestMutationGuards::aFreedTimeIsOfferedToTwentyEntriesAtMost()
{
    const qint64 now = m_service->clock.nowMs();
    for (int p = 0; p < 3; ++p) {
        const QString patient = m_service->addAccount(u"cap-%1"_s.arg(p), Role::Patient);
        QList<std::pair<QString, QCborMap>> batch;
        for (int n = 0; n < 10; ++n)
            batch.append({ u"waitlist.join"_s,
                           QCborMap { { u"id"_s, u"cap-%1-%2"_s.arg(p).arg(n) },
                                      { u"patient_id"_s, patient },
                                      { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                      { u"from_at"_s, now },
                                      { u"until_at"_s, now + 14 * dayMs } } });
        QVERIFY(m_service->push(patient, batch));
    }
    const QString booker = m_service->addAccount(u"cap-booker"_s, Role::Patient);
    const qint64 freed = slotAt(11, 16);
    const QString visit = newId();
    const QCborMap booked = m_service->apply(booker, u"appointment.request"_s,
                                             { { u"id"_s, visit },
                                               { u"patient_id"_s, booker },
                                               { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                               { u"start_at"_s, freed } });
    QVERIFY2(status(booked) == u"confirmed"_s, qPrintable(reason(booked)));
    QCOMPARE(status(m_service->apply(booker, u"appointment.cancel"_s, { { u"id"_s, visit } })),
             u"confirmed"_s);
    QSqlQuery offered(m_service->database());
    offered.prepare(u"SELECT COUNT(*) FROM waitlist_entry WHERE status = 'offered' "
                    u"AND offered_start_at = ?"_s);
    offered.addBindValue(freed);
    QVERIFY(offered.exec() && offered.next());
    QCOMPARE(offered.value(0).toInt(), 20);
}

// One store per computer a user syncs from: a script inventing a client id per push cannot
// add rows without end. A computer gone longer than the change log is kept makes room.
void TestMutationGuards::anAccountSyncsFromThirtyTwoComputers()
{
    const QString id = m_service->addAccount(u"roamer"_s, Role::Patient);
    const Account roamer = m_service->account(id);
    const auto pushFrom = [&](int computer) {
        const QCborMap note { { u"n"_s, 1 },
                              { u"name"_s, u"note.shout"_s },
                              { u"args"_s, QCborMap {} } };
        return m_service->sync().push(roamer,
                                      { { u"client"_s, u"roamer-computer-%1"_s.arg(computer) },
                                        { u"mutations"_s, QCborArray { note } } });
    };
    for (int computer = 0; computer < SyncService::maxClientsPerAccount; ++computer) {
        QVERIFY(pushFrom(computer));
        m_service->clock.advance(1000);
    }
    auto refused = pushFrom(SyncService::maxClientsPerAccount);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().message.contains(u"32 computers"),
             qPrintable(refused.error().message));
    QVERIFY(pushFrom(5)); // one it knows still syncs
    m_service->clock.advance(SyncService::changeLogRetentionMs);
    QVERIFY(pushFrom(5)); // seen just now: stays
    QVERIFY(pushFrom(SyncService::maxClientsPerAccount)); // the oldest unseen one made room
    QCOMPARE(columnOf(u"sync_client"_s, u"roamer-computer-0"_s, u"id"_s), u"(none)"_s);
    QCOMPARE(columnOf(u"sync_client"_s, u"roamer-computer-5"_s, u"id"_s), u"roamer-computer-5"_s);
}

// One patient cannot take a doctor's every free time (the review's hoard: 4,800 visits in
// 40 s), nor book further ahead than a year.
void TestMutationGuards::aPatientHasTwentyVisitsToComeAtMost()
{
    const QString patient = m_service->addAccount(u"hoarder"_s, Role::Patient);
    const auto request = [&](qint64 start) {
        return QCborMap { { u"id"_s, newId() },
                          { u"patient_id"_s, patient },
                          { u"provider_id"_s, m_ids[u"dr-one"_s] },
                          { u"start_at"_s, start } };
    };
    QList<std::pair<QString, QCborMap>> batch;
    for (int n = 0; n < 20; ++n)
        batch.append({ u"appointment.request"_s, request(slotAt(20 + n / 10, 8 + n % 10)) });
    auto pushed = m_service->push(patient, batch);
    QVERIFY(pushed);
    QStringList visits;
    for (int n = 0; n < 20; ++n) {
        const QCborMap outcome = pushed->reply.value(u"outcomes"_s).toArray().at(n).toMap();
        QVERIFY2(status(outcome) == u"confirmed", qPrintable(reason(outcome)));
        visits << batch.at(n).second.value(u"id"_s).toString();
    }
    const QCborMap extra =
            m_service->apply(patient, u"appointment.request"_s, request(slotAt(23, 9)));
    QCOMPARE(status(extra), u"rejected"_s);
    QVERIFY2(reason(extra).contains(u"20"_s), qPrintable(reason(extra)));
    // A visit given up makes room.
    QCOMPARE(status(m_service->apply(patient, u"appointment.cancel"_s, { { u"id"_s, visits[0] } })),
             u"confirmed"_s);
    QCOMPARE(status(m_service->apply(patient, u"appointment.request"_s, request(slotAt(23, 9)))),
             u"confirmed"_s);
    // Further ahead than a year: refused before the doctor's hours are even read.
    const QCborMap far = apply(u"ben"_s, u"appointment.request"_s,
                               { { u"id"_s, newId() },
                                 { u"patient_id"_s, m_ids[u"ben"_s] },
                                 { u"provider_id"_s, m_ids[u"dr-one"_s] },
                                 { u"start_at"_s, slotAt(400, 9) } });
    QCOMPARE(status(far), u"rejected"_s);
    QVERIFY2(reason(far).contains(u"year"_s), qPrintable(reason(far)));
}

// Booked entries stay (the patient sees what became of them), so join, book and cancel again
// must stop somewhere: 200 entries of any kind.
void TestMutationGuards::aPatientKeepsTwoHundredWaitlistEntriesAtMost()
{
    const QString patient = m_service->addAccount(u"waiter"_s, Role::Patient);
    const qint64 now = m_service->clock.nowMs();
    const auto join = [&](int n) {
        return QCborMap { { u"id"_s, u"waiter-%1"_s.arg(n) },
                          { u"patient_id"_s, patient },
                          { u"provider_id"_s, m_ids[u"dr-one"_s] },
                          { u"from_at"_s, now },
                          { u"until_at"_s, now + dayMs } };
    };
    for (int round = 0; round < 10; ++round) {
        QList<std::pair<QString, QCborMap>> batch;
        for (int n = 0; n < 20; ++n)
            batch.append({ u"waitlist.join"_s, join(round * 20 + n) });
        auto pushed = m_service->push(patient, batch);
        QVERIFY(pushed);
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
            QVERIFY2(status(outcome.toMap()) == u"confirmed", qPrintable(reason(outcome.toMap())));
        // As a booking with the doctor leaves them: booked, no longer open.
        QSqlQuery close(m_service->database());
        close.prepare(u"UPDATE waitlist_entry SET status = 'booked' WHERE patient_id = ?"_s);
        close.addBindValue(patient);
        QVERIFY(close.exec());
    }
    const QCborMap extra = m_service->apply(patient, u"waitlist.join"_s, join(200));
    QCOMPARE(status(extra), u"rejected"_s);
    QVERIFY2(reason(extra).contains(u"200"_s), qPrintable(reason(extra)));
}

QTEST_GUILESS_MAIN(TestMutationGuards)
#include "tst_mutationguards.moc"
