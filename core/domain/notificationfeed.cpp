#include "notificationfeed.h"

#include "domain/appointmentrepository.h"
#include "storage/sqlexec.h"
#include "storage/writetransaction.h"
#include "vitals/vitalkind.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct Seen
{
    QString status;
    qint64 startMs = 0;
};

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"ddd d MMM, HH:mm"_s);
}

} // namespace

Result<ClinicNotification> NotificationFeed::add(const QString &kind, const QString &text,
                                                 const QString &appointmentId)
{
    const qint64 now = m_clock.nowMs();
    auto added = execSql(m_db,
                         u"INSERT INTO notification (at, kind, text, appointment_id) "
                         u"VALUES (?, ?, ?, ?)"_s,
                         { now, kind, text, appointmentId }, tr("Notifications cannot be saved."));
    if (!added)
        return added.error();
    return ClinicNotification {
        added->lastInsertId().toLongLong(), now, kind, text, appointmentId, false
    };
}

Result<QList<ClinicNotification>> NotificationFeed::update()
{
    auto appointments = AppointmentRepository::list(m_db, 5000);
    if (!appointments)
        return appointments.error();
    auto seenRows =
            execSql(m_db, u"SELECT appointment_id, status, start_at FROM notification_seen"_s, {},
                    tr("Notifications cannot be read."));
    if (!seenRows)
        return seenRows.error();
    QHash<QString, Seen> seen;
    bool looked = false;
    while (seenRows->next()) {
        if (seenRows->value(0).toString().isEmpty())
            looked = true;
        else
            seen.insert(seenRows->value(0).toString(),
                        { seenRows->value(1).toString(), seenRows->value(2).toLongLong() });
    }
    seenRows->finish();
    auto transaction = WriteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    QList<ClinicNotification> added;
    for (const AppointmentView &a : *appointments) {
        const auto before = seen.constFind(a.id);
        const bool changed =
                before == seen.cend() || before->status != a.status || before->startMs != a.startMs;
        if (!changed)
            continue;
        const bool byOthers = a.updatedBy != m_accountId;
        const QString other = m_role == Role::Patient
                ? (a.providerName.isEmpty() ? tr("The doctor") : a.providerName)
                : (a.patientName.isEmpty() ? tr("A patient") : a.patientName);
        QString text;
        if (before == seen.cend())
            text = m_role == Role::Patient
                    ? tr("A visit with %1 was booked for you: %2.").arg(other, when(a.startMs))
                    : tr("%1 asks for a visit: %2.").arg(other, when(a.startMs));
        else if (a.status == u"confirmed" && before->status != u"confirmed")
            text = tr("Confirmed: the visit with %1 on %2.").arg(other, when(a.startMs));
        else if (a.status == u"proposed")
            text = tr("%1 proposes another time: %2.").arg(other, when(a.proposedStartMs));
        else if (a.status == u"cancelled")
            text = tr("Cancelled: the visit with %1 on %2.").arg(other, when(a.startMs));
        else if (a.status == u"declined")
            text = tr("%1 declined the other time.").arg(other);
        else if (before->startMs != a.startMs)
            text = tr("Moved: the visit with %1 is now on %2.").arg(other, when(a.startMs));
        if (looked && byOthers && !text.isEmpty()) {
            auto note = add(a.status, text, a.id);
            if (!note)
                return note.error();
            added << *note;
        }
        auto remembered = execSql(
                m_db,
                u"INSERT OR REPLACE INTO notification_seen (appointment_id, status, start_at, "
                u"reminded) VALUES (?, ?, ?, COALESCE((SELECT reminded FROM notification_seen "
                u"WHERE appointment_id = ?), 0))"_s,
                { a.id, a.status, a.startMs, a.id }, tr("Notifications cannot be saved."));
        if (!remembered)
            return remembered.error();
    }
    if (auto offers = noticeWaitlistOffers(looked, added); !offers)
        return offers.error();
    if (auto alerts = noticeVitalAlerts(looked, added); !alerts)
        return alerts.error();
    if (auto rx = noticePrescriptions(looked, added); !rx)
        return rx.error();
    if (!looked) {
        auto marked = execSql(m_db,
                              u"INSERT OR IGNORE INTO notification_seen (appointment_id) "
                              u"VALUES ('')"_s,
                              {}, tr("Notifications cannot be saved."));
        if (!marked)
            return marked.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return added;
}

// A time the server offered the user from a waitlist: news once per offered time. Kept in
// notification_seen as "waitlist:<entry id>" with the offered start.
Result<void> NotificationFeed::noticeWaitlistOffers(bool looked, QList<ClinicNotification> &added)
{
    auto offers =
            execSql(m_db,
                    u"SELECT w.id, w.offered_start_at, p.display_name, s.start_at "
                    u"FROM waitlist_entry w "
                    u"LEFT JOIN provider_profile p ON p.id = w.provider_id "
                    u"LEFT JOIN notification_seen s ON s.appointment_id = 'waitlist:' || w.id "
                    u"WHERE w.patient_id = ? AND w.status = 'offered' AND NOT w.deleted"_s,
                    { m_accountId }, tr("Notifications cannot be read."));
    if (!offers)
        return offers.error();
    QList<std::pair<QString, qint64>> fresh;
    QHash<QString, QString> providers;
    while (offers->next()) {
        const qint64 start = offers->value(1).toLongLong();
        if (offers->value(3).isNull() || offers->value(3).toLongLong() != start) {
            fresh.append({ offers->value(0).toString(), start });
            providers.insert(offers->value(0).toString(), offers->value(2).toString());
        }
    }
    offers->finish();
    for (const auto &[entry, start] : fresh) {
        if (looked && start > m_clock.nowMs()) {
            const QString provider =
                    providers.value(entry).isEmpty() ? tr("your doctor") : providers.value(entry);
            auto note = add(u"waitlist"_s,
                            tr("An earlier time with %1 is free: %2. Book it before someone "
                               "else does.")
                                    .arg(provider, when(start)),
                            u""_s); // about no visit of theirs yet
            if (!note)
                return note.error();
            added << *note;
        }
        auto remembered = execSql(m_db,
                                  u"INSERT OR REPLACE INTO notification_seen (appointment_id, "
                                  u"status, start_at, reminded) VALUES (?, 'offered', ?, 1)"_s,
                                  { QString(u"waitlist:" + entry), start },
                                  tr("Notifications cannot be saved."));
        if (!remembered)
            return remembered.error();
    }
    return {};
}

// An alert episode opened for a patient on the user's care team (doctors and nurses): news once
// per alert, while it is open. Kept in notification_seen as "vital_alert:<alert id>"; the first
// look on a computer only takes note.
Result<void> NotificationFeed::noticeVitalAlerts(bool looked, QList<ClinicNotification> &added)
{
    if (m_role != Role::Doctor && m_role != Role::Nurse)
        return {};
    auto alerts = execSql(
            m_db,
            u"SELECT a.id, a.kind, a.direction, a.summary, a.opened_at, p.given_name, "
            u"p.family_name FROM vital_alert a "
            u"LEFT JOIN patient p ON p.id = a.patient_id AND NOT p.deleted "
            u"LEFT JOIN notification_seen s ON s.appointment_id = 'vital_alert:' || a.id "
            u"WHERE NOT a.deleted AND a.closed_at IS NULL AND s.appointment_id IS NULL "
            u"AND a.patient_id IN (SELECT patient_id FROM care_team "
            u"WHERE staff_id = ? AND NOT deleted) ORDER BY a.opened_at"_s,
            { m_accountId }, tr("Notifications cannot be read."));
    if (!alerts)
        return alerts.error();
    struct Fresh
    {
        QString id, text;
        qint64 openedAt;
    };
    QList<Fresh> fresh;
    while (alerts->next()) {
        const auto kind = VitalKinds::fromKey(alerts->value(1).toString());
        if (!kind)
            continue;
        QString patient =
                QString(alerts->value(5).toString() + u' ' + alerts->value(6).toString())
                        .trimmed();
        if (patient.isEmpty())
            patient = tr("A patient");
        const QString what = VitalKinds::displayName(*kind);
        // The summary is another user's text: bounded before it is shown.
        const QString summary = alerts->value(3).toString().left(80);
        const QString text = alerts->value(2).toString() == u"low"
                ? tr("%1: %2 below its threshold (%3).").arg(patient, what, summary)
                : tr("%1: %2 above its threshold (%3).").arg(patient, what, summary);
        fresh.append({ alerts->value(0).toString(), text, alerts->value(4).toLongLong() });
    }
    alerts->finish();
    for (const Fresh &f : std::as_const(fresh)) {
        if (looked) {
            auto note = add(u"vital_alert"_s, f.text, u""_s);
            if (!note)
                return note.error();
            added << *note;
        }
        auto remembered = execSql(m_db,
                                  u"INSERT OR REPLACE INTO notification_seen (appointment_id, "
                                  u"status, start_at, reminded) VALUES (?, 'open', ?, 1)"_s,
                                  { QString(u"vital_alert:" + f.id), f.openedAt },
                                  tr("Notifications cannot be saved."));
        if (!remembered)
            return remembered.error();
    }
    return {};
}

// Prescriptions (docs/pharmacy.md): the patient hears of each step of their fills at the
// pharmacy (kind rx_fill); the prescriber of each refill request (rx_refill) and of each fill a
// pharmacy returns with a question (rx_returned). Kept in notification_seen as
// "rx_fill:<fill id>" with the status last seen, and "rx_refill:<request id>".
Result<void> NotificationFeed::noticePrescriptions(bool looked, QList<ClinicNotification> &added)
{
    if (m_role != Role::Patient && m_role != Role::Doctor)
        return {};
    struct Fresh
    {
        QString key, status, kind, text;
    };
    QList<Fresh> fresh;
    auto fills = execSql(
            m_db,
            u"SELECT f.id, f.status, f.number, f.reason, r.drug_name, r.strength, r.form, "
            u"r.patient_name, COALESCE(p.name, ''), f.patient_id = ? FROM prescription_fill f "
            u"JOIN prescription r ON r.id = f.prescription_id AND NOT r.deleted "
            u"LEFT JOIN pharmacy p ON p.id = f.pharmacy_id AND NOT p.deleted "
            u"LEFT JOIN notification_seen s ON s.appointment_id = 'rx_fill:' || f.id "
            u"WHERE NOT f.deleted AND (f.patient_id = ? OR f.prescriber_id = ?) "
            u"AND (s.appointment_id IS NULL OR s.status <> f.status) ORDER BY f.status_at"_s,
            { m_accountId, m_accountId, m_accountId }, tr("Notifications cannot be read."));
    if (!fills)
        return fills.error();
    while (fills->next()) {
        const QString status = fills->value(1).toString();
        // Another user's words: bounded before they are shown.
        const QString medicine = QStringList { fills->value(4).toString().left(80),
                                               fills->value(5).toString().left(40),
                                               fills->value(6).toString().left(40) }
                                         .join(u' ')
                                         .simplified();
        const QString pharmacy = fills->value(8).toString().left(80);
        const QString reason = fills->value(3).toString().left(200);
        const bool mine = fills->value(9).toBool();
        QString kind = u"rx_fill"_s;
        QString text;
        if (mine) {
            if (status == u"new")
                text = fills->value(2).toInt() > 1
                        ? tr("Your refill of %1 was sent to the pharmacy.").arg(medicine)
                        : tr("Your prescription for %1 was sent to the pharmacy.").arg(medicine);
            else if (status == u"in_progress")
                text = tr("%1: the pharmacy is preparing it.").arg(medicine);
            else if (status == u"ready")
                text = pharmacy.isEmpty()
                        ? tr("%1 is ready for pick-up.").arg(medicine)
                        : tr("%1 is ready for pick-up at %2.").arg(medicine, pharmacy);
            else if (status == u"dispensed")
                text = tr("%1 was handed out by the pharmacy.").arg(medicine);
            else if (status == u"rejected")
                text = tr("The pharmacy cannot fill %1: %2").arg(medicine, reason);
            else if (status == u"returned")
                text = tr("%1: the pharmacy asked your doctor a question.").arg(medicine);
        } else if (status == u"returned") {
            kind = u"rx_returned"_s;
            const QString patient = fills->value(7).toString().left(80);
            text = tr("%1 asks about %2 for %3: %4")
                           .arg(pharmacy.isEmpty() ? tr("A pharmacy") : pharmacy, medicine, patient,
                                reason);
        }
        fresh.append({ u"rx_fill:"_s + fills->value(0).toString(), status, kind, text });
    }
    fills->finish();
    if (m_role == Role::Doctor) {
        auto requests =
                execSql(m_db,
                        u"SELECT q.id, r.drug_name, r.strength, r.form, r.patient_name "
                        u"FROM refill_request q JOIN prescription r ON r.id = q.prescription_id "
                        u"AND NOT r.deleted LEFT JOIN notification_seen s "
                        u"ON s.appointment_id = 'rx_refill:' || q.id WHERE NOT q.deleted "
                        u"AND q.prescriber_id = ? AND q.status = 'requested' "
                        u"AND s.appointment_id IS NULL ORDER BY q.requested_at"_s,
                        { m_accountId }, tr("Notifications cannot be read."));
        if (!requests)
            return requests.error();
        while (requests->next()) {
            const QString medicine = QStringList { requests->value(1).toString().left(80),
                                                   requests->value(2).toString().left(40),
                                                   requests->value(3).toString().left(40) }
                                             .join(u' ')
                                             .simplified();
            fresh.append({ u"rx_refill:"_s + requests->value(0).toString(), u"requested"_s,
                           u"rx_refill"_s,
                           tr("%1 asks for a refill of %2.")
                                   .arg(requests->value(4).toString().left(80), medicine) });
        }
    }
    for (const Fresh &f : std::as_const(fresh)) {
        if (looked && !f.text.isEmpty()) {
            auto note = add(f.kind, f.text, u""_s);
            if (!note)
                return note.error();
            added << *note;
        }
        auto remembered = execSql(m_db,
                                  u"INSERT OR REPLACE INTO notification_seen (appointment_id, "
                                  u"status, start_at, reminded) VALUES (?, ?, 0, 1)"_s,
                                  { f.key, f.status }, tr("Notifications cannot be saved."));
        if (!remembered)
            return remembered.error();
    }
    return {};
}

Result<QList<ClinicNotification>> NotificationFeed::remindersDue(qint64 leadMs)
{
    const qint64 now = m_clock.nowMs();
    auto appointments = AppointmentRepository::list(m_db, 5000);
    if (!appointments)
        return appointments.error();
    QList<ClinicNotification> added;
    for (const AppointmentView &a : *appointments) {
        if (a.status != u"confirmed" || a.startMs < now || a.startMs > now + leadMs)
            continue;
        auto marked = execSql(m_db,
                              u"UPDATE notification_seen SET reminded = 1 "
                              u"WHERE appointment_id = ? AND NOT reminded"_s,
                              { a.id }, tr("Notifications cannot be saved."));
        if (!marked)
            return marked.error();
        if (marked->numRowsAffected() == 0)
            continue; // reminded already, or not seen yet (the next update sees it)
        const QString other = m_role == Role::Patient ? a.providerName : a.patientName;
        auto note =
                add(u"reminder"_s,
                    tr("Reminder: your visit with %1 is on %2.").arg(other, when(a.startMs)), a.id);
        if (!note)
            return note.error();
        added << *note;
    }
    return added;
}

Result<QList<ClinicNotification>> NotificationFeed::list(int limit) const
{
    auto rows = execSql(m_db,
                        u"SELECT id, at, kind, text, appointment_id, read FROM notification "
                        u"ORDER BY id DESC LIMIT ?"_s,
                        { limit }, tr("Notifications cannot be read."));
    if (!rows)
        return rows.error();
    QList<ClinicNotification> found;
    while (rows->next())
        found.append({ rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                       rows->value(2).toString(), rows->value(3).toString(),
                       rows->value(4).toString(), rows->value(5).toBool() });
    return found;
}

Result<int> NotificationFeed::unreadCount() const
{
    auto rows = execSql(m_db, u"SELECT COUNT(*) FROM notification WHERE NOT read"_s, {},
                        tr("Notifications cannot be read."));
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toInt() : 0;
}

Result<void> NotificationFeed::markAllRead()
{
    auto done = execSql(m_db, u"UPDATE notification SET read = 1 WHERE NOT read"_s, {},
                        tr("Notifications cannot be saved."));
    return done ? Result<void>() : Result<void>(done.error());
}

} // namespace clinic
