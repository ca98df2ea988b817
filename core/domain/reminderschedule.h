#pragma once

#include "domain/notificationfeed.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clinic {

// The rules medication schedules, doses and follow-ups share: the mutations
// (core/mutations/remindermutations.cpp) check with them, ReminderSchedule reads with them.
class ReminderRules
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ReminderRules)
public:
    static constexpr int maxTimesPerDay = 8;
    static constexpr qsizetype maxFollowUpText = 500;
    static constexpr int maxSchedulesPerPatient = 100;
    static constexpr int maxFollowUpsPerPatient = 200;
    // Doses one record takes in any 24 hours: a full record's day. Doses outlive their schedule,
    // so without it, removing and making schedules again would grow dose_record without bound.
    static constexpr int maxDosesPerDay = maxSchedulesPerPatient * maxTimesPerDay;
    // A dose whose time passed longer ago than this when this computer first looks is listed
    // as missed, not announced: after a long closure, no flood of old reminders.
    static constexpr qint64 missedAfterMs = 12LL * 3600 * 1000;
    // How far back missed doses are looked for.
    static constexpr int lookBackDays = 3;
    // When a follow-up without a time of day comes due.
    static constexpr int followUpDefaultHour = 9;

    // "08:00, 20:00" → {"08:00", "20:00"}: 1 to maxTimesPerDay valid "HH:MM", sorted, once each.
    static Result<QStringList> parseTimes(const QString &text);
    // "mon,wed" → {"mon", "wed"} in week order; empty: every day.
    static Result<QStringList> parseDays(const QString &text);
    static Result<QTime> parseTime(const QString &text); // "HH:MM"
    static const QStringList &dayNames(); // mon..sun
    // The dose_record row of one scheduled dose: the same on every computer.
    static QString doseId(const QString &scheduleId, const QString &scheduledFor);
    // "2027-03-28T08:00": a scheduled dose's local date and time, as dose_record keeps it.
    static QString scheduledFor(QDate date, const QString &time);
    // The instant a local date and time of this computer is (DST-safe: a time the clocks skip
    // is the moment after the gap, a time they repeat is its first occurrence).
    static qint64 localInstant(QDate date, QTime time);
};

struct MedicationSchedule
{
    QString id;
    QString patientId;
    QString medicationId;
    QString medicationName; // from patient_medication
    QString medicationDose;
    QStringList times; // "HH:MM", sorted
    QStringList days; // mon..sun; empty: every day
    QDate startDate;
    QDate endDate; // null: no end
    bool active = true;

    bool takesOn(QDate date) const;
};

// One scheduled dose: its local time, and what became of it.
struct DoseOccurrence
{
    enum class State { Upcoming, Due, Taken, Skipped, Missed };

    QString scheduleId;
    QString medicationName;
    QString medicationDose;
    QDate date;
    QString time; // "HH:MM"
    QString scheduledFor; // "2027-03-28T08:00"
    qint64 atMs = 0;
    State state = State::Upcoming;

    QString occurrence() const { return u"dose:" + scheduleId + u'@' + scheduledFor; }
};

struct FollowUpReminder
{
    QString id;
    QString patientId;
    QDate dueDate;
    QString dueTime; // "HH:MM" or empty
    QString text;
    QString setByName;
    qint64 dueMs = 0;
    qint64 doneAt = 0; // 0: not done
};

// What is due for one patient on this computer: their medication schedules, the doses taken or
// skipped, the follow-ups their doctor set, and which of those this computer already announced
// (reminder_fired, local). fireDue() announces what has come due and not been recorded or
// announced, in the notification centre, marking it fired in the same transaction: closing and
// opening the app never announces one twice, and one that came due while the app was closed
// is announced at the next start, unless it is older than missedAfterMs (then listed missed).
// Local time is this computer's (Clock::local()).
class ReminderSchedule
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ReminderSchedule)
public:
    ReminderSchedule(QSqlDatabase db, QString patientId, const Clock &clock)
        : m_db(std::move(db)), m_patientId(std::move(patientId)), m_clock(clock)
    { }

    Result<QList<MedicationSchedule>> schedules() const;
    struct Medication
    {
        QString id;
        QString name;
        QString dose;
    };
    // The patient's current medications, by name: what a schedule can be for.
    Result<QList<Medication>> medications() const;
    // Every scheduled dose on `date`, with its state now.
    Result<QList<DoseOccurrence>> dosesOn(QDate date) const;
    // Missed doses of the last lookBackDays days, today's included, oldest first.
    Result<QList<DoseOccurrence>> missedDoses() const;
    // The follow-ups not removed, the open ones first by due time.
    Result<QList<FollowUpReminder>> followUps() const;

    struct Fired
    {
        QList<ClinicNotification> notifications; // newly announced
        int newlyMissed = 0; // doses found too old to announce
    };
    // Announces what is due now (see the class comment).
    Result<Fired> fireDue();

private:
    Result<QList<DoseOccurrence>> occurrences(QDate from, QDate to) const;

    QSqlDatabase m_db;
    QString m_patientId;
    const Clock &m_clock;
};

} // namespace clinic
