#include "notificationspage.h"

#include "formwidgets.h"
#include "models/notificationlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {
const QString leadKey = u"reminders/lead_hours"_s;
constexpr int defaultLeadHours = 24;
} // namespace

NotificationsPage::NotificationsPage(const ClientContext &context, const Clock &clock,
                                     QWidget *parent)
    : QWidget(parent), m_context(context),
      m_feed(context.store->database(), context.account.accountId, context.account.role, clock)
{
    setObjectName(u"notificationsPage"_s);
    m_model = new NotificationListModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(4);
    m_empty = new QLabel(tr("Nothing new. Bookings, confirmations, changes, cancellations and "
                            "reminders of your visits appear here."),
                         this);
    m_empty->setWordWrap(true);
    m_message = messageLabel(this, u"notificationsMessage"_s);
    auto *markRead = new QPushButton(tr("Mark all as read"), this);
    m_lead = new QSpinBox(this);
    m_lead->setRange(1, 168);
    m_lead->setSuffix(tr(" hours before"));
    m_lead->setAccessibleName(tr("Remind me"));
    m_lead->setValue(reminderLeadHours());

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Remind me"), this));
    controls->addWidget(m_lead);
    controls->addStretch();
    controls->addWidget(markRead);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Notifications"), this));
    layout->addWidget(m_empty, 1, Qt::AlignTop);
    layout->addWidget(m_list, 1);
    layout->addLayout(controls);
    layout->addWidget(m_message);

    connect(markRead, &QPushButton::clicked, this, [this] {
        if (auto done = m_feed.markAllRead(); !done)
            return showMessage(m_message, done.error().message);
        reload();
    });
    connect(m_lead, &QSpinBox::valueChanged, this, &NotificationsPage::setReminderLeadHours);
    connect(m_context.sync, &SyncEngine::dataChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"appointment"_s) || tables.contains(u"vital_alert"_s)
            || tables.contains(u"prescription_fill"_s) || tables.contains(u"refill_request"_s))
            check();
    });
    connect(&m_minutely, &QTimer::timeout, this, &NotificationsPage::check);
    m_minutely.start(std::chrono::minutes(1));
    check();
}

int NotificationsPage::reminderLeadHours() const
{
    return qBound(1, QSettings().value(leadKey, defaultLeadHours).toInt(), 168);
}

void NotificationsPage::setReminderLeadHours(int hours)
{
    QSettings().setValue(leadKey, qBound(1, hours, 168));
    if (m_lead->value() != hours)
        m_lead->setValue(hours);
    check(); // a longer lead may make a reminder due now
}

void NotificationsPage::check()
{
    auto news = m_feed.update();
    auto due = news ? m_feed.remindersDue(reminderLeadHours() * 3600LL * 1000)
                    : Result<QList<ClinicNotification>>(news.error());
    if (!news || !due)
        return showMessage(m_message, (!news ? news : due).error().message);
    for (const ClinicNotification &n : *news + *due)
        emit notified(n.text);
    reload();
}

void NotificationsPage::reload()
{
    auto listed = m_feed.list();
    auto unread = m_feed.unreadCount();
    if (!listed || !unread)
        return showMessage(m_message, !listed ? listed.error().message : unread.error().message);
    m_model->setNotifications(*listed);
    m_empty->setVisible(listed->isEmpty());
    m_list->setVisible(!listed->isEmpty());
    if (*unread != m_unread) {
        m_unread = *unread;
        emit unreadChanged(m_unread);
    }
}

} // namespace clinic::ui
