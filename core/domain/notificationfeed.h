#pragma once

#include "domain/role.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

struct ClinicNotification
{
    qint64 id = 0;
    qint64 atMs = 0;
    // the visit's new status ("requested", "confirmed", ...), "reminder", "waitlist" (a
    // freed time offered), "vital_alert" (a care-team patient's reading out of range),
    // "rx_fill" (a patient's prescription moved at the pharmacy), "rx_refill" (a patient asks
    // the prescriber for a refill) or "rx_returned" (a pharmacy returned a fill with a question)
    QString kind;
    QString text;
    QString appointmentId;
    bool read = false;
};

// The notification centre's contents, on this computer: what happened to the user's visits
// that someone else did (a booking, a confirmation, a proposal, a cancellation, a move),
// reminders before confirmed visits, earlier times offered from the waitlist, and for doctors and
// nurses each new vital-sign alert of a patient on their care team; for patients each step of
// their prescriptions at the pharmacy, for prescribers each refill request and returned fill. It compares the
// appointments as synced with what it saw last; the first look only takes note, so a new computer
// is not flooded with old news.
class NotificationFeed
{
    Q_DECLARE_TR_FUNCTIONS(clinic::NotificationFeed)
public:
    NotificationFeed(QSqlDatabase db, QString accountId, Role role, const Clock &clock)
        : m_db(std::move(db)), m_accountId(std::move(accountId)), m_role(role), m_clock(clock)
    { }

    // After a sync: records and returns what is new.
    Result<QList<ClinicNotification>> update();
    // Records and returns a reminder for each confirmed visit starting within `leadMs` that
    // has not had one.
    Result<QList<ClinicNotification>> remindersDue(qint64 leadMs);

    Result<QList<ClinicNotification>> list(int limit = 200) const;
    Result<int> unreadCount() const;
    Result<void> markAllRead();

private:
    Result<ClinicNotification> add(const QString &kind, const QString &text,
                                   const QString &appointmentId);
    Result<void> noticeWaitlistOffers(bool looked, QList<ClinicNotification> &added);
    Result<void> noticeVitalAlerts(bool looked, QList<ClinicNotification> &added);
    Result<void> noticePrescriptions(bool looked, QList<ClinicNotification> &added);

    QSqlDatabase m_db;
    QString m_accountId;
    Role m_role;
    const Clock &m_clock;
};

} // namespace clinic
