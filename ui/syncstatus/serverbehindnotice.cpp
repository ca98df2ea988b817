#include "serverbehindnotice.h"

#include "formwidgets.h"
#include "sync/syncengine.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

ServerBehindNotice::ServerBehindNotice(SyncEngine *engine, QWidget *parent)
    : QFrame(parent), m_engine(engine)
{
    setObjectName(u"serverBehindNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"serverBehindReason"_s);
    m_reason->setWordWrap(true);
    auto *what = new QLabel(
            tr("Nothing is sent or fetched until this is sorted out, so nothing on this "
               "computer is overwritten, and changes you make wait here. Tell your clinic's "
               "administrator: the best fix is to bring the server back from its newest "
               "backup. If that cannot be done, fetch everything again: this computer then "
               "shows what the server has and sends the changes waiting here again; what the "
               "server lost since its backup is lost here too."),
            this);
    what->setWordWrap(true);
    auto *fetch = new QPushButton(tr("Fetch everything again…"), this);
    connect(fetch, &QPushButton::clicked, this, &ServerBehindNotice::fetchEverythingAgain);
    m_message = messageLabel(this, u"serverBehindMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Sync has stopped"), this, 1.1));
    layout->addWidget(m_reason);
    layout->addWidget(what);
    layout->addWidget(fetch, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    refresh();
}

void ServerBehindNotice::refresh()
{
    const QString reason = m_engine->status().needsAttention;
    m_reason->setText(reason);
    setVisible(!reason.isEmpty());
}

void ServerBehindNotice::fetchEverythingAgain()
{
    const auto answer = QMessageBox::warning(
            this, tr("Fetch everything again"),
            tr("This computer will show what the clinic's server has now. Changes waiting "
               "here are sent again; what the server lost since its backup is lost here too."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto started = m_engine->startOver(); !started)
        showMessage(m_message, started.error().message);
}

} // namespace clinic::ui
