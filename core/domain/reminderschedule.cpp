#include "reminderschedule.h"

#include "storage/sqlexec.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

const QStringList &ReminderRules::dayNames()
{
    static const QStringList names { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                     u"fri"_s, u"sat"_s, u"sun"_s };
    return names;
}

Result<QTime> ReminderRules::parseTime(const QString &text)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"([01][0-9]|2[0-3]):([0-5][0-9])"_s));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("“%1” is not a time of day like 08:00 or 20:30.").arg(text.left(20)));
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

Result<QStringList> ReminderRules::parseTimes(const QString &text)
{
    if (text.size() > 200)
        return makeError(ErrorCode::InvalidArgument, tr("Too many times of day."));
    QStringList times;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        auto time = parseTime(part);
        if (!time)
            return time.error();
        const QString normal = time->toString(u"HH:mm"_s);
        if (!times.contains(normal))
            times << normal;
    }
    if (times.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Give at least one time of day."));
    if (times.size() > maxTimesPerDay)
        return makeError(ErrorCode::InvalidArgument,
                         tr("At most %1 times a day can be reminded.").arg(maxTimesPerDay));
    times.sort();
    return times;
}

Result<QStringList> ReminderRules::parseDays(const QString &text)
{
    if (text.size() > 100)
        return makeError(ErrorCode::InvalidArgument, tr("Too many days of the week."));
    QSet<QString> given;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString day = part.trimmed().toLower();
        if (!dayNames().contains(day))
            return makeError(
                    ErrorCode::InvalidArgument,
                    tr("“%1” is not a day of the week (mon, tue, wed, thu, fri, sat, sun).")
                            .arg(part.left(20)));
        given.insert(day);
    }
    QStringList days;
    for (const QString &day : dayNames()) {
        if (given.contains(day))
            days << day;
    }
    if (days.size() == 7)
        days.clear(); // every day
    return days;
}

QString ReminderRules::doseId(const QString &scheduleId, const QString &scheduledFor)
{
    return scheduleId + u'@' + scheduledFor; // '@' is never in an id
}

QString ReminderRules::scheduledFor(QDate date, const QString &time)
{
    return date.toString(Qt::ISODate) + u'T' + time;
}

qint64 ReminderRules::localInstant(QDate date, QTime time)
{
    // The wall time as if it were UTC, less this computer's offset from UTC then. The offsets
    // in force a day before and at the first guess are both tried: the instant whose own offset
    // gives back the wall time is the one, the earlier when the clocks repeat it. A time the
    // clocks skip (02:30 on the spring-forward day) is taken at the offset before the change,
    // so it comes the moment the gap ends plus its minutes past the hour (03:30).
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const auto offsetAt = [](qint64 ms) {
        return qint64(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc()) * 1000;
    };
    const qint64 first = wall - offsetAt(wall - 24LL * 3600 * 1000);
    const qint64 second = wall - offsetAt(first);
    const bool firstFits = first + offsetAt(first) == wall;
    const bool secondFits = second + offsetAt(second) == wall;
    if (firstFits && secondFits)
        return std::min(first, second);
    if (firstFits || secondFits)
        return firstFits ? first : second;
    return std::max(first, second); // in the gap
}

bool MedicationSchedule::takesOn(QDate date) const
{
    if (!active || !date.isValid() || !startDate.isValid() || date < startDate)
        return false;
    if (endDate.isValid() && date > endDate)
        return false;
    return days.isEmpty() || days.contains(ReminderRules::dayNames().at(date.dayOfWeek() - 1));
}

Result<QList<MedicationSchedule>> ReminderSchedule::schedules() const
{
    auto rows = execSql(m_db,
                        u"SELECT s.id, s.patient_id, s.medication_id, m.name, m.dose, s.times, "
                        u"s.days, s.start_date, s.end_date, s.active "
                        u"FROM medication_schedule s "
                        u"JOIN patient_medication m ON m.id = s.medication_id AND NOT m.deleted "
                        u"WHERE s.patient_id = ? AND NOT s.deleted "
                        u"ORDER BY m.name, s.id"_s,
                        { m_patientId }, tr("The medication schedules cannot be read."));
    if (!rows)
        return rows.error();
    QList<MedicationSchedule> found;
    while (rows->next()) {
        MedicationSchedule s;
        s.id = rows->value(0).toString();
        s.patientId = rows->value(1).toString();
        s.medicationId = rows->value(2).toString();
        s.medicationName = rows->value(3).toString();
        s.medicationDose = rows->value(4).toString();
        // Rows from the server were checked by the mutation; a bad one reminds of nothing.
        auto times = ReminderRules::parseTimes(rows->value(5).toString());
        auto days = ReminderRules::parseDays(rows->value(6).toString());
        if (times)
            s.times = *times;
        if (days)
            s.days = *days;
        s.startDate = dateOf(rows->value(7));
        s.endDate = dateOf(rows->value(8));
        s.active = rows->value(9).toBool();
        found << s;
    }
    return found;
}

Result<QList<ReminderSchedule::Medication>> ReminderSchedule::medications() const
{
    auto rows = execSql(m_db,
                        u"SELECT id, name, dose FROM patient_medication "
                        u"WHERE patient_id = ? AND NOT deleted ORDER BY name, id"_s,
                        { m_patientId }, tr("The medications cannot be read."));
    if (!rows)
        return rows.error();
    QList<Medication> found;
    while (rows->next())
        found.append({ rows->value(0).toString(), rows->value(1).toString(),
                       rows->value(2).toString() });
    return found;
}

Result<QList<DoseOccurrence>> ReminderSchedule::occurrences(QDate from, QDate to) const
{
    auto all = schedules();
    if (!all)
        return all.error();
    QHash<QString, QString> recorded; // dose id → status
    QHash<QString, bool> fired; // occurrence → missed
    {
        auto rows = execSql(m_db,
                            u"SELECT id, status FROM dose_record "
                            u"WHERE patient_id = ? AND NOT deleted AND scheduled_for >= ?"_s,
                            { m_patientId, from.toString(Qt::ISODate) },
                            tr("The doses taken cannot be read."));
        if (!rows)
            return rows.error();
        while (rows->next())
            recorded.insert(rows->value(0).toString(), rows->value(1).toString());
    }
    {
        auto rows = execSql(m_db,
                            u"SELECT occurrence, missed FROM reminder_fired "
                            u"WHERE occurrence LIKE 'dose:%'"_s,
                            {}, tr("The reminders shown cannot be read."));
        if (!rows)
            return rows.error();
        while (rows->next())
            fired.insert(rows->value(0).toString(), rows->value(1).toBool());
    }
    const qint64 now = m_clock.nowMs();
    QList<DoseOccurrence> found;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        for (const MedicationSchedule &s : *all) {
            if (!s.takesOn(date))
                continue;
            for (const QString &time : s.times) {
                DoseOccurrence d;
                d.scheduleId = s.id;
                d.medicationName = s.medicationName;
                d.medicationDose = s.medicationDose;
                d.date = date;
                d.time = time;
                d.scheduledFor = ReminderRules::scheduledFor(date, time);
                d.atMs = ReminderRules::localInstant(date, QTime::fromString(time, u"HH:mm"_s));
                const QString status = recorded.value(ReminderRules::doseId(s.id, d.scheduledFor));
                if (status == u"taken")
                    d.state = DoseOccurrence::State::Taken;
                else if (status == u"skipped")
                    d.state = DoseOccurrence::State::Skipped;
                else if (d.atMs > now)
                    d.state = DoseOccurrence::State::Upcoming;
                else if (fired.value(d.occurrence(), false)
                         || now - d.atMs > ReminderRules::missedAfterMs)
                    d.state = DoseOccurrence::State::Missed;
                else
                    d.state = DoseOccurrence::State::Due;
                found << d;
            }
        }
    }
    std::stable_sort(
            found.begin(), found.end(),
            [](const DoseOccurrence &a, const DoseOccurrence &b) { return a.atMs < b.atMs; });
    return found;
}

Result<QList<DoseOccurrence>> ReminderSchedule::dosesOn(QDate date) const
{
    return occurrences(date, date);
}

Result<QList<DoseOccurrence>> ReminderSchedule::missedDoses() const
{
    const QDate today = m_clock.today();
    auto all = occurrences(today.addDays(-ReminderRules::lookBackDays), today);
    if (!all)
        return all.error();
    QList<DoseOccurrence> missed;
    for (const DoseOccurrence &d : *all) {
        if (d.state == DoseOccurrence::State::Missed)
            missed << d;
    }
    return missed;
}

Result<QList<FollowUpReminder>> ReminderSchedule::followUps() const
{
    auto rows = execSql(m_db,
                        u"SELECT id, patient_id, due_date, due_time, text, set_by_name, done_at "
                        u"FROM followup_reminder WHERE patient_id = ? AND NOT deleted"_s,
                        { m_patientId }, tr("The follow-up reminders cannot be read."));
    if (!rows)
        return rows.error();
    QList<FollowUpReminder> found;
    while (rows->next()) {
        FollowUpReminder f;
        f.id = rows->value(0).toString();
        f.patientId = rows->value(1).toString();
        f.dueDate = dateOf(rows->value(2));
        f.dueTime = rows->value(3).toString();
        f.text = rows->value(4).toString();
        f.setByName = rows->value(5).toString();
        f.doneAt = rows->value(6).isNull() ? 0 : rows->value(6).toLongLong();
        if (!f.dueDate.isValid())
            continue;
        const auto time = ReminderRules::parseTime(f.dueTime);
        f.dueMs = ReminderRules::localInstant(
                f.dueDate, time ? *time : QTime(ReminderRules::followUpDefaultHour, 0));
        found << f;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const FollowUpReminder &a, const FollowUpReminder &b) {
                         if ((a.doneAt == 0) != (b.doneAt == 0))
                             return a.doneAt == 0;
                         return a.dueMs < b.dueMs;
                     });
    return found;
}

Result<ReminderSchedule::Fired> ReminderSchedule::fireDue()
{
    const qint64 now = m_clock.nowMs();
    const QDate today = m_clock.today();
    auto doses = occurrences(today.addDays(-ReminderRules::lookBackDays), today);
    if (!doses)
        return doses.error();
    auto followUps = this->followUps();
    if (!followUps)
        return followUps.error();

    struct Pending
    {
        QString occurrence;
        bool missed;
        QString kind;
        QString text;
    };
    QList<Pending> pending;
    for (const DoseOccurrence &d : *doses) {
        if (d.state != DoseOccurrence::State::Due && d.state != DoseOccurrence::State::Missed)
            continue;
        const QString what = d.medicationDose.isEmpty()
                ? d.medicationName
                : tr("%1, %2").arg(d.medicationName, d.medicationDose);
        pending.append({ d.occurrence(), d.state == DoseOccurrence::State::Missed, u"medication"_s,
                         tr("Time for your medicine: %1 (%2).").arg(what, d.time) });
    }
    for (const FollowUpReminder &f : *followUps) {
        if (f.doneAt == 0 && f.dueMs <= now)
            pending.append({ u"followup:" + f.id, false, u"followup"_s,
                             f.setByName.isEmpty()
                                     ? tr("Follow-up: %1").arg(f.text)
                                     : tr("Follow-up from %1: %2").arg(f.setByName, f.text) });
    }
    Fired fired;
    if (pending.isEmpty())
        return fired;

    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    for (const Pending &p : pending) {
        // Fired already (by an earlier look, or another window on this store): nothing new.
        auto marked = execSql(m_db,
                              u"INSERT OR IGNORE INTO reminder_fired (occurrence, fired_at, "
                              u"missed) VALUES (?, ?, ?)"_s,
                              { p.occurrence, now, p.missed }, tr("Reminders cannot be saved."));
        if (!marked)
            return marked.error();
        if (marked->numRowsAffected() == 0)
            continue;
        if (p.missed) {
            ++fired.newlyMissed;
            continue;
        }
        auto added = execSql(m_db,
                             u"INSERT INTO notification (at, kind, text, appointment_id) "
                             u"VALUES (?, ?, ?, '')"_s,
                             { now, p.kind, p.text }, tr("Notifications cannot be saved."));
        if (!added)
            return added.error();
        fired.notifications.append(
                { added->lastInsertId().toLongLong(), now, p.kind, p.text, QString(), false });
    }
    // Doses long past are never looked at again; follow-ups stay while their rows do.
    auto pruned = execSql(m_db,
                          u"DELETE FROM reminder_fired WHERE occurrence LIKE 'dose:%' "
                          u"AND fired_at < ?"_s,
                          { now - qint64(ReminderRules::lookBackDays + 30) * 24 * 3600 * 1000 },
                          tr("Reminders cannot be saved."));
    if (!pruned)
        return pruned.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return fired;
}

} // namespace clinic
