#include "waitingroompage.h"

#include "formwidgets.h"
#include "models/waitingroommodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

WaitingRoomPage::WaitingRoomPage(const ClientContext &context, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_context(context), m_clock(clock)
{
    setObjectName(u"waitingRoomPage"_s);
    m_model = new WaitingRoomModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Waiting room"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"waitingSummary"_s);
    m_summary->setWordWrap(true);
    m_empty = new QLabel(
            tr("Nobody is waiting. Patients checked in on the Schedule page appear here."), this);
    m_empty->setWordWrap(true);
    m_message = messageLabel(this, u"waitingRoomMessage"_s);

    auto *actions = new QHBoxLayout;
    for (const AppointmentMove &move : AppointmentMoves::forRole(context.account.role)) {
        if (!move.allows(context.account.role, u"checked_in"_s))
            continue;
        m_completeMove = move;
        m_complete = new QPushButton(move.label, this);
        connect(m_complete, &QPushButton::clicked, this, [this] {
            const QString id = m_table->currentIndex()
                                       .data(int(WaitingRoomModel::DataRole::AppointmentId))
                                       .toString();
            if (id.isEmpty() || !m_completeMove)
                return;
            auto done = AppointmentMoves::run(*m_context.sync, *m_completeMove, id);
            showMessage(m_message, done ? QString() : done.error().message);
        });
        actions->addWidget(m_complete);
    }
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Waiting room"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_empty, 1, Qt::AlignTop); // holds the page up while nobody waits
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_model, &WaitingRoomModel::countChanged, this, &WaitingRoomPage::waitingChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WaitingRoomPage::updateActions);
    // Read even while hidden: the number waiting shows in the navigation.
    connect(m_context.sync, &SyncEngine::dataChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"appointment"_s) || tables.contains(u"patient"_s)
            || tables.contains(u"provider_profile"_s))
            refresh();
    });
    connect(&m_minutely, &QTimer::timeout, this, &WaitingRoomPage::tick);
    m_minutely.start(std::chrono::minutes(1));
    refresh();
}

int WaitingRoomPage::waiting() const
{
    return m_model->count();
}

void WaitingRoomPage::refresh()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 now = m_clock.nowMs();
    m_day = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    const qint64 from = m_day.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 to = m_day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    auto appointments = AppointmentRepository::between(m_context.store->database(), from, to);
    if (!appointments)
        return showMessage(m_message, appointments.error().message);
    const QString keep =
            m_table->currentIndex().data(int(WaitingRoomModel::DataRole::AppointmentId)).toString();
    m_model->setTimeZone(zone);
    m_model->setAppointments(*appointments, from, to, now);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    tick();
}

// Each minute: the waiting times move on; at midnight the day is a new one.
void WaitingRoomPage::tick()
{
    const qint64 now = m_clock.nowMs();
    if (QDateTime::fromMSecsSinceEpoch(now, QTimeZone::systemTimeZone()).date() != m_day)
        return refresh();
    m_model->setNow(now);
    const int count = m_model->count();
    if (count > 0) {
        const QString longest =
                tr("Longest waiting: %1, %2.")
                        .arg(m_model->at(0)->patientName,
                             WaitingRoomModel::waitingText(m_model->waitingMinutes(0)));
        m_summary->setText(
                (count == 1 ? tr("1 patient waiting.") : tr("%1 patients waiting.").arg(count))
                + u' ' + longest);
    }
    m_summary->setVisible(count > 0);
    m_table->setVisible(count > 0);
    m_empty->setVisible(count == 0);
    if (m_complete)
        m_complete->setVisible(count > 0);
    updateActions();
}

void WaitingRoomPage::updateActions()
{
    if (m_complete)
        m_complete->setEnabled(m_table->currentIndex().isValid());
}

} // namespace clinic::ui
