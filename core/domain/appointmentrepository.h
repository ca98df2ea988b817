#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

// An appointment as this computer has it, with the names to show.
struct AppointmentView
{
    QString id;
    QString patientId;
    QString patientName; // empty when this computer has no profile for them
    QString providerId;
    QString providerName;
    QString locationId;
    QString modality;
    QString status; // core/scheduling/appointment.h
    QString reason;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 proposedStartMs = 0; // while proposed
    QString updatedBy; // the account that made the last change to it
    qint64 updatedAtMs = 0; // when (UTC ms): the server's time once synced
};

// Reads the appointments the server sent this user (their own, a doctor's, or the front
// desk's all), soonest first. They are written only through appointment.* mutations.
class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AppointmentRepository)
public:
    static Result<QList<AppointmentView>> list(const QSqlDatabase &db, int limit = 1000);
    // Those that overlap [fromMs, toMs), at their time or the one proposed, soonest first,
    // however many: a calendar's week or the clinic's day, which list()'s limit, counted from
    // the oldest visit, would cut short.
    static Result<QList<AppointmentView>> between(const QSqlDatabase &db, qint64 fromMs,
                                                  qint64 toMs);
    // The patient's rating of the visit, when they gave one (rating.rate).
    struct Rating
    {
        int stars = 0;
        QString comment;
    };
    static Result<std::optional<Rating>> ratingOf(const QSqlDatabase &db,
                                                  const QString &appointmentId);
    // The visit's summary by its doctor (visit.summarize), when there is one.
    struct Summary
    {
        QString text;
        QString providerName;
        qint64 updatedAtMs = 0;
    };
    static Result<std::optional<Summary>> summaryOf(const QSqlDatabase &db,
                                                    const QString &appointmentId);
    // A call of a video visit, as the server recorded it (table visit_call): answered or not,
    // how long, and why it ended.
    struct CallRecord
    {
        QString callId;
        qint64 invitedAtMs = 0; // when the doctor rang
        qint64 startedAtMs = 0; // when it was answered; 0: never answered
        qint64 endedAtMs = 0; // 0: still going (or the server stopped before it could say)
        qint64 durationMs = 0; // answered to ended
        QString endReason; // docs/protocol.md's call_ended reasons; empty while it goes on
        bool answered() const { return startedAtMs > 0; }
    };
    // The visit's calls, oldest first.
    static Result<QList<CallRecord>> callsOf(const QSqlDatabase &db, const QString &appointmentId);
    // A message of the visit's call chat (visit.chat), as its author's client kept it.
    struct ChatMessage
    {
        QString id;
        QString callId;
        QString authorId;
        QString authorName;
        QString body;
        qint64 sentAtMs = 0;
    };
    // The visit's chat, both participants' messages, in the order they were sent.
    static Result<QList<ChatMessage>> chatOf(const QSqlDatabase &db, const QString &appointmentId);
    // One appointment, when this computer has it (deleted ones are not).
    static Result<std::optional<AppointmentView>> find(const QSqlDatabase &db, const QString &id);
};

} // namespace clinic
