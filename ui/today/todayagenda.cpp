#include "todayagenda.h"

#include "call/videovisitbutton.h"
#include "domain/notificationfeed.h"
#include "liveview.h"
#include "models/appointmentlistmodel.h"
#include "scheduling/appointment.h"

#include <QGroupBox>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int notificationsShown = 5;
constexpr qint64 requestHorizonMs = 366LL * 24 * 3600 * 1000; // as far as visits are requested

QListWidget *agendaList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setFrameShape(QFrame::NoFrame);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setStyleSheet(u"QListWidget::item { padding: 4px 2px; }"_s);
    return list;
}

QGroupBox *section(QListWidget *list, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

bool stillOn(const QString &status)
{
    const auto known = AppointmentStatuses::fromName(status);
    return known && *known != AppointmentStatus::Cancelled && *known != AppointmentStatus::Declined;
}

} // namespace

TodayAgenda::TodayAgenda(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_doctor(context.account.role == Role::Doctor)
{
    setObjectName(u"todayAgenda"_s);
    m_visits = agendaList(u"todayVisits"_s, this);
    m_visits->setAccessibleName(tr("Today's visits"));
    m_visitsBox = section(m_visits, this);
    if (m_doctor) {
        // A video visit starts from here: choose it, then Start video visit.
        m_videoVisit = new VideoVisitButton(context.videoVisits, m_visitsBox);
        m_visitsBox->layout()->addWidget(m_videoVisit);
        connect(m_visits, &QListWidget::currentItemChanged, this, &TodayAgenda::showChosenVisit);
    }
    m_requests = agendaList(u"todayRequests"_s, this);
    m_requests->setAccessibleName(tr("Requests to answer"));
    m_requestsBox = section(m_requests, this);
    m_requestsBox->setVisible(m_doctor); // a doctor answers their own requests
    m_notifications = agendaList(u"todayNotifications"_s, this);
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notificationsBox = section(m_notifications, this);

    for (QListWidget *list : { m_visits, m_requests }) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const QString id = item->data(Qt::UserRole).toString();
            if (!id.isEmpty())
                emit appointmentActivated(id);
        });
    }
    connect(m_notifications, &QListWidget::itemActivated, this,
            &TodayAgenda::notificationsActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_visitsBox, 3);
    layout->addWidget(m_requestsBox, 2);
    layout->addWidget(m_notificationsBox, 2);

    m_live = new LiveView(this, m_context.sync);
    m_live->follow({ u"appointment"_s, u"patient"_s, u"provider_profile"_s },
                   [this] { loadVisits(); });
    if (m_doctor)
        m_live->follow({ u"appointment"_s, u"patient"_s }, [this] { loadRequests(); });
    m_live->follow({ u"notification"_s }, [this] { loadNotifications(); });
}

void TodayAgenda::notificationsChanged()
{
    m_live->changed({ u"notification"_s });
}

void TodayAgenda::loadVisits()
{
    const QDate today = m_context.clock->today();
    auto visits = AppointmentRepository::between(m_context.store->database(),
                                                 today.startOfDay().toMSecsSinceEpoch(),
                                                 today.addDays(1).startOfDay().toMSecsSinceEpoch());
    QList<std::pair<QString, QString>> lines;
    m_todaysVisits.clear();
    for (const AppointmentView &visit : visits ? visits.value() : QList<AppointmentView>()) {
        if ((m_doctor && visit.providerId != m_context.account.accountId) || !stillOn(visit.status))
            continue;
        lines.append({ visit.id, visitLine(visit, false) });
        m_todaysVisits.insert(visit.id, visit);
    }
    const QListWidgetItem *current = m_visits->currentItem();
    const QString chosen = current ? current->data(Qt::UserRole).toString() : QString();
    fill(m_visitsBox, tr("Today's visits (%1)").arg(lines.size()), m_visits, lines,
         visits ? tr("No visits today.") : visits.error().message);
    // The visit chosen stays chosen as the list follows the data.
    for (int row = 0; row < m_visits->count() && !chosen.isEmpty(); ++row) {
        if (m_visits->item(row)->data(Qt::UserRole).toString() == chosen)
            m_visits->setCurrentRow(row);
    }
    showChosenVisit();
}

void TodayAgenda::showChosenVisit()
{
    if (!m_videoVisit)
        return;
    const QListWidgetItem *current = m_visits->currentItem();
    const auto found = current ? m_todaysVisits.constFind(current->data(Qt::UserRole).toString())
                               : m_todaysVisits.cend();
    m_videoVisit->showVisit(found != m_todaysVisits.cend() ? &*found : nullptr);
}

void TodayAgenda::loadRequests()
{
    const qint64 now = m_context.clock->nowMs();
    auto visits = AppointmentRepository::between(m_context.store->database(), now,
                                                 now + requestHorizonMs);
    QList<std::pair<QString, QString>> lines;
    const QString requested = AppointmentStatuses::name(AppointmentStatus::Requested);
    for (const AppointmentView &visit : visits ? visits.value() : QList<AppointmentView>()) {
        if (visit.providerId == m_context.account.accountId && visit.status == requested)
            lines.append({ visit.id, visitLine(visit, true) });
    }
    fill(m_requestsBox, tr("Requests to answer (%1)").arg(lines.size()), m_requests, lines,
         visits ? tr("No requests wait for your answer.") : visits.error().message);
}

void TodayAgenda::loadNotifications()
{
    NotificationFeed feed(m_context.store->database(), m_context.account.accountId,
                          m_context.account.role, *m_context.clock);
    auto newest = feed.list(notificationsShown);
    auto unread = feed.unreadCount();
    QList<std::pair<QString, QString>> lines;
    for (const ClinicNotification &note : newest ? newest.value() : QList<ClinicNotification>()) {
        const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(note.atMs).toLocalTime(), QLocale::ShortFormat);
        lines.append({ {}, (note.read ? QString() : u"● "_s) + when + u"  " + note.text });
    }
    const int fresh = unread ? unread.value() : 0;
    const QString title = fresh > 0 ? tr("Notifications (%1 new)").arg(fresh) : tr("Notifications");
    fill(m_notificationsBox, title, m_notifications, lines,
         newest ? tr("Nothing new.") : newest.error().message);
}

QString TodayAgenda::visitLine(const AppointmentView &visit, bool withDay) const
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(visit.startMs).toLocalTime();
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(visit.endMs).toLocalTime();
    QString when = start.toString(u"HH:mm"_s) + u"–" + end.toString(u"HH:mm"_s);
    if (withDay)
        when = QLocale().toString(start.date(), u"ddd d MMM"_s) + u' ' + when;
    QStringList parts { when,
                        visit.patientName.isEmpty() ? tr("a patient") : visit.patientName };
    if (!m_doctor && !visit.providerName.isEmpty())
        parts << visit.providerName;
    parts << AppointmentListModel::briefStatusText(visit.status);
    if (withDay && !visit.reason.isEmpty())
        parts << visit.reason;
    return parts.join(u"  ·  "_s);
}

void TodayAgenda::fill(QGroupBox *box, const QString &title, QListWidget *list,
                       const QList<std::pair<QString, QString>> &lines, const QString &empty)
{
    box->setTitle(title);
    list->clear();
    for (const auto &[id, text] : lines) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
    }
    if (lines.isEmpty()) {
        auto *item = new QListWidgetItem(empty, list);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace clinic::ui
