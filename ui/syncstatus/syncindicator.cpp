#include "syncindicator.h"

#include "sync/syncengine.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace clinic::ui {

using namespace Qt::StringLiterals;

SyncIndicator::SyncIndicator(SyncEngine *engine, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_clock(clock)
{
    m_rejections = new QToolButton(this);
    m_rejections->setObjectName(u"syncRejections"_s);
    m_rejections->setAutoRaise(true);
    m_rejections->setCursor(Qt::PointingHandCursor);
    m_rejections->setToolTip(tr("The server refused changes made here. Show why."));
    // Dark red, as in the forms' error messages (above 7:1 on the light palette).
    m_rejections->setStyleSheet(u"QToolButton { color: #9b0019; font-weight: bold; }"_s);
    m_attention = new QToolButton(this);
    m_attention->setObjectName(u"syncAttention"_s);
    m_attention->setAutoRaise(true);
    m_attention->setCursor(Qt::PointingHandCursor);
    m_attention->setText(tr("⚠ Sync stopped"));
    m_attention->setToolTip(tr("The clinic's server needs your attention. Show why."));
    m_attention->setStyleSheet(u"QToolButton { color: #9b0019; font-weight: bold; }"_s);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"syncPending"_s);
    m_pending->setAccessibleName(tr("Changes waiting"));
    m_last = new QLabel(this);
    m_last->setObjectName(u"syncLast"_s);
    m_last->setAccessibleName(tr("Last synced"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(16);
    layout->addWidget(m_attention);
    layout->addWidget(m_rejections);
    layout->addWidget(m_pending);
    layout->addWidget(m_last);

    connect(m_rejections, &QToolButton::clicked, this, &SyncIndicator::activityRequested);
    connect(m_attention, &QToolButton::clicked, this, &SyncIndicator::activityRequested);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncIndicator::refresh);
    // "Last synced" shows the date once the day turns.
    auto *minute = new QTimer(this);
    minute->start(60 * 1000);
    connect(minute, &QTimer::timeout, this, &SyncIndicator::refresh);
    refresh();
}

QString SyncIndicator::lastSyncText(qint64 utcMs, const QDateTime &now)
{
    if (utcMs <= 0)
        return tr("Not synced yet");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    if (when.date() == now.toLocalTime().date())
        return tr("Last synced %1").arg(when.toString(u"HH:mm"_s));
    return tr("Last synced %1 %2")
            .arg(QLocale().toString(when.date(), QLocale::ShortFormat), when.toString(u"HH:mm"_s));
}

void SyncIndicator::refresh()
{
    const SyncEngine::Status status = m_engine->status();
    m_rejections->setText(tr("⚠ Refused: %1").arg(status.unseenRejections));
    m_rejections->setVisible(status.unseenRejections > 0);
    m_attention->setVisible(!status.needsAttention.isEmpty());

    QString pending;
    QString why;
    if (!status.needsAttention.isEmpty()) {
        pending = status.pending > 0 ? tr("Changes waiting: %1").arg(status.pending)
                                     : tr("No changes waiting");
        why = status.needsAttention;
    } else if (status.online && !status.lastError.isEmpty()) {
        pending = tr("Sync failed, trying again");
        why = status.lastError;
    } else if (status.pending > 0) {
        pending = tr("Changes waiting: %1").arg(status.pending);
        why = status.online ? tr("Sending them to the clinic's server.")
                            : tr("They go to the clinic's server when it can be reached.");
    } else if (status.syncing) {
        pending = tr("Syncing…");
    } else {
        pending = status.online ? tr("All changes synced") : tr("No changes waiting");
    }
    m_pending->setText(pending);
    m_pending->setToolTip(why);
    m_last->setText(lastSyncText(status.lastSyncAt, m_clock.local()));
}

} // namespace clinic::ui
