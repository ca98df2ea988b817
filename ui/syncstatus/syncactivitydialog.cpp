#include "syncactivitydialog.h"

#include "formwidgets.h"
#include "serverbehindnotice.h"
#include "sync/syncengine.h"
#include "syncindicator.h"
#include "syncoutcomemodel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

SyncActivityDialog::SyncActivityDialog(SyncEngine *engine, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_clock(clock)
{
    setObjectName(u"syncActivityDialog"_s);
    setWindowTitle(tr("Sync activity"));
    auto *intro = new QLabel(tr("Changes made on this computer and the clinic server's answer to "
                                "each. A refused change has been taken back here; the reason "
                                "says why."),
                             this);
    intro->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"syncSummary"_s);
    m_summary->setWordWrap(true);
    m_message = messageLabel(this, u"syncActivityMessage"_s);
    m_serverBehind = new ServerBehindNotice(m_engine, this);

    m_model = new SyncOutcomeModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Changes and answers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    // A long reason wraps: rows grow to it whenever the columns change width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *syncNow = buttons->addButton(tr("Sync &now"), QDialogButtonBox::ActionRole);
    connect(syncNow, &QPushButton::clicked, m_engine, &SyncEngine::syncNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncActivityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Sync activity"), this, 1.25));
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_serverBehind);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 440);

    connect(m_engine, &SyncEngine::outcomeReceived, this, &SyncActivityDialog::reload);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncActivityDialog::updateSummary);
    reload();
}

void SyncActivityDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    reload();
}

void SyncActivityDialog::reload()
{
    auto outcomes = m_engine->replica().outcomes();
    if (!outcomes)
        return showMessage(m_message, outcomes.error().message);
    m_model->setOutcomes(*outcomes);
    m_table->resizeRowsToContents();
    // Seen once shown: the rows keep their bold until the next reload, so a refusal that has
    // just come in stands out.
    if (isVisible()) {
        if (auto marked = m_engine->replica().markOutcomesSeen(); !marked)
            showMessage(m_message, marked.error().message);
        emit outcomesSeen();
    }
    updateSummary();
}

void SyncActivityDialog::updateSummary()
{
    const SyncEngine::Status status = m_engine->status();
    QStringList parts;
    parts << (status.online ? tr("Connected to the clinic's server.")
                            : tr("Not connected: changes wait on this computer."));
    parts << tr("Changes waiting: %1.").arg(status.pending);
    parts << SyncIndicator::lastSyncText(status.lastSyncAt, m_clock.local()) + u'.';
    if (!status.lastError.isEmpty())
        parts << tr("Last problem: %1").arg(status.lastError);
    m_summary->setText(parts.join(u' '));
    m_serverBehind->refresh();
}

} // namespace clinic::ui
