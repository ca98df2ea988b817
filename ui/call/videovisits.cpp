#include "videovisits.h"

#include "appointments/visitsummarydialog.h"
#include "callringer.h"
#include "callwindow.h"
#include "devicetestdialog.h"
#include "domain/appointmentrepository.h"
#include "incomingcalldialog.h"
#include "media/callmediaconfig.h"
#include "models/appointmentlistmodel.h"
#include "util/rowid.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace clinic::ui {

using namespace Qt::StringLiterals;
using State = calls::CallClient::State;
using EndReason = calls::CallClient::EndReason;

namespace {

// A message box that does not block: the call's signals keep coming while it is open, and
// none of them runs inside a nested event loop.
QMessageBox *openBox(QMessageBox::Icon icon, const QString &text, QWidget *parent)
{
    auto *box = new QMessageBox(icon, VideoVisits::tr("Video visit"), text, QMessageBox::NoButton,
                                parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void warn(const QString &text, QWidget *parent)
{
    QMessageBox *box = openBox(QMessageBox::Warning, text, parent);
    box->addButton(QMessageBox::Ok);
    box->open();
}

} // namespace

VideoVisits::VideoVisits(const ClientContext &context, QWidget *window)
    : QObject(window),
      m_context(context),
      m_parent(window),
      m_media(*context.clock,
              context.syntheticMedia ? MediaProvider::Kind::Synthetic : MediaProvider::Kind::Real),
      m_client(*context.connection, context.store->database(), context.account.accountId,
               *context.clock),
      m_ringer(new CallRinger(this))
{
    connect(&m_client, &calls::CallClient::stateChanged, this, &VideoVisits::onStateChanged);
    connect(&m_client, &calls::CallClient::incomingCall, this, &VideoVisits::onIncomingCall);
    connect(&m_client, &calls::CallClient::peerKeyChanged, this, &VideoVisits::onPeerKeyChanged);
    connect(&m_client, &calls::CallClient::callEnded, this, &VideoVisits::onCallEnded);
    connect(&m_client, &calls::CallClient::failed, this, &VideoVisits::onFailed);
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &VideoVisits::changed);
    m_minute.start();
}

VideoVisits::~VideoVisits()
{
    // The window's media runs over the client's transport: it goes first.
    delete m_window;
    delete m_incoming;
}

CallWindow *VideoVisits::callWindow() const
{
    return m_window;
}

IncomingCallDialog *VideoVisits::incomingCallDialog() const
{
    return m_incoming;
}

bool VideoVisits::mayStartSometime(const AppointmentView &visit) const
{
    return m_context.account.role == Role::Doctor && visit.providerId == m_context.account.accountId
            && visit.modality == u"video"
            && (visit.status == u"confirmed" || visit.status == u"checked_in");
}

bool VideoVisits::mayStart(const AppointmentView &visit) const
{
    return mayStartSometime(visit) && whyNotNow(visit).isEmpty();
}

QString VideoVisits::whyNotNow(const AppointmentView &visit) const
{
    const qint64 now = m_context.clock->nowMs();
    if (now < visit.startMs - joinBeforeStartMs)
        return tr("You can start the call from 15 minutes before the visit.");
    if (now > visit.endMs + joinAfterEndMs)
        return tr("This visit's time has passed.");
    if (m_client.inCall())
        return tr("A call is on already.");
    return {};
}

void VideoVisits::start(const AppointmentView &visit)
{
    if (!mayStart(visit))
        return;
    m_answered = false;
    m_client.startCall(visit.id);
    emit changed();
}

bool VideoVisits::mayJoin(const AppointmentView &visit) const
{
    return m_client.state() == State::Ringing && m_client.appointmentId() == visit.id;
}

void VideoVisits::join()
{
    if (m_client.state() != State::Ringing)
        return;
    stopRinging();
    m_client.accept();
}

void VideoVisits::testDevices()
{
    auto *dialog = new DeviceTestDialog(*m_context.clock, m_media, m_devices, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_devices = dialog->devices(); });
    dialog->open();
}

void VideoVisits::onStateChanged(State state)
{
    switch (state) {
    case State::Calling:
        openWindow(); // the doctor sees their camera while the patient's computer rings
        break;
    case State::InCall:
        stopRinging();
        closeIncoming(); // answered from the Appointments page, or on another window of ours
        m_answered = true;
        openWindow();
        m_window->setPhase(CallWindow::Phase::Connected);
        if (!m_window->media())
            startMedia();
        break;
    case State::PeerAway:
        if (m_window)
            m_window->setPhase(CallWindow::Phase::PeerAway);
        break;
    case State::Reconnecting:
        if (m_window)
            m_window->setPhase(CallWindow::Phase::Reconnecting);
        break;
    case State::Idle:
    case State::Preparing:
    case State::Ringing:
    case State::Ended:
        break;
    }
    emit changed();
}

void VideoVisits::openWindow()
{
    if (m_window && m_window->phase() == CallWindow::Phase::Ended) {
        // The last call's window, still open: a new call gets its own. Closing it must not
        // hang up the new call.
        m_window->disconnect();
        m_window->close();
        m_window = nullptr;
    }
    if (m_window)
        return;
    CallInfo info;
    info.peerName = m_client.peerName();
    info.visitTitle = visitText(m_client.appointmentId());
    info.safetyCode = m_client.safetyCode();
    m_window = new CallWindow(*m_context.clock, m_media, info, m_devices);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    if (m_client.state() == State::Calling)
        m_window->setPhase(CallWindow::Phase::Connecting, tr("Calling %1…").arg(info.peerName));
    connect(m_window, &CallWindow::hangUpRequested, &m_client, &calls::CallClient::hangUp);
    connect(m_window, &CallWindow::chatSent, this, &VideoVisits::recordChat);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void VideoVisits::startMedia()
{
    media::CallMediaConfig config;
    config.participant = m_client.participant();
    config.peer = m_client.peerParticipant();
    auto started = m_window->startMedia(m_client.transport(), m_client.callSecret(),
                                        m_client.callId().toUtf8(), config);
    if (!started) {
        warn(started.error().message, m_window);
        m_client.hangUp();
    }
}

// What this side wrote goes with the visit; the other side's client keeps theirs.
void VideoVisits::recordChat(const QString &text)
{
    auto done = m_context.sync->submit(u"visit.chat"_s,
                                       { { u"id"_s, newRowId(*m_context.clock) },
                                         { u"appointment_id"_s, m_client.appointmentId() },
                                         { u"call_id"_s, m_client.callId() },
                                         { u"body"_s, text },
                                         { u"sent_at"_s, m_context.clock->nowMs() } });
    if (!done)
        qWarning("the chat message was not kept with the visit: %s",
                 qPrintable(done.error().message));
}

void VideoVisits::onIncomingCall(const QString &callerName, const QString &appointmentId)
{
    delete m_incoming;
    m_answered = false;
    m_incoming = new IncomingCallDialog(callerName, visitText(appointmentId), m_parent);
    m_incoming->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_incoming, &QDialog::accepted, this, &VideoVisits::join);
    connect(m_incoming, &QDialog::rejected, this, [this] {
        stopRinging();
        if (m_client.state() == State::Ringing)
            m_client.decline();
    });
    m_incoming->show();
    m_incoming->raise();
    m_incoming->activateWindow();
    m_ringer->start();
    QApplication::alert(m_parent);
    emit notify(tr("Incoming video call"), tr("%1 is calling you.").arg(callerName));
    emit changed();
}

void VideoVisits::onPeerKeyChanged(const QString &peerName)
{
    QMessageBox *box = openBox(
            QMessageBox::Warning,
            tr("%1's security key is not the one of your last call with them.").arg(peerName),
            m_parent);
    box->setObjectName(u"peerKeyChangedQuestion"_s);
    box->setInformativeText(
            tr("This happens when they use a new computer, or when someone is trying to listen "
               "in. Before you talk about anything private, read the safety code to each other: "
               "it must be the same on both screens.\n\nSafety code: %1")
                    .arg(m_client.safetyCode()));
    QPushButton *goOn = box->addButton(tr("Continue the call"), QMessageBox::AcceptRole);
    box->addButton(tr("Hang up"), QMessageBox::RejectRole);
    const QString callId = m_client.callId();
    connect(box, &QMessageBox::buttonClicked, this, [this, goOn, callId](QAbstractButton *button) {
        if (m_client.callId() != callId || !m_client.inCall())
            return; // that call is over
        if (button == goOn)
            m_client.trustPeerKey();
        else
            m_client.hangUp();
    });
    box->open();
}

void VideoVisits::onCallEnded(EndReason reason, const QString &message)
{
    stopRinging();
    const bool answered = std::exchange(m_answered, false);
    if (closeIncoming() && reason != EndReason::AnsweredElsewhere)
        emit notify(tr("Missed video call"), message);
    if (m_window) {
        m_window->stopMedia();
        m_window->setPhase(CallWindow::Phase::Ended, message);
    }
    const QString appointmentId = m_client.appointmentId();
    emit changed();
    if (answered && m_client.isCaller() && reason != EndReason::Moved)
        offerToComplete(appointmentId);
}

void VideoVisits::onFailed(const QString &message)
{
    warn(message, m_window ? static_cast<QWidget *>(m_window) : m_parent);
    emit changed();
}

// Closes the ring's window without declining (the call was answered, or stopped ringing);
// true when one was open.
bool VideoVisits::closeIncoming()
{
    if (!m_incoming)
        return false;
    m_incoming->disconnect(this);
    m_incoming->close();
    return true;
}

void VideoVisits::stopRinging()
{
    if (!m_ringer->isRinging())
        return;
    m_ringer->stop();
    emit ringingStopped();
}

// After the call the doctor completes the visit (it leaves today's list) and writes what was
// found and agreed; either may wait, the Appointments page offers both later.
void VideoVisits::offerToComplete(const QString &appointmentId)
{
    auto visit = AppointmentRepository::find(m_context.store->database(), appointmentId);
    if (!visit || !visit->has_value())
        return;
    const AppointmentView done = **visit;
    QMessageBox *box = openBox(
            QMessageBox::Question,
            tr("The call with %1 has ended. Complete the visit and write its summary?")
                    .arg(done.patientName.isEmpty() ? m_client.peerName() : done.patientName),
            m_window ? static_cast<QWidget *>(m_window) : m_parent);
    box->setObjectName(u"completeVisitQuestion"_s);
    QPushButton *complete =
            box->addButton(tr("Complete and write summary…"), QMessageBox::AcceptRole);
    complete->setObjectName(u"completeVisitButton"_s);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, complete, done](QAbstractButton *b) {
        if (b == complete)
            completeAndSummarize(done);
    });
    box->open();
}

void VideoVisits::completeAndSummarize(const AppointmentView &visit)
{
    if (visit.status != u"completed") {
        auto completed =
                m_context.sync->submit(u"appointment.complete"_s, { { u"id"_s, visit.id } });
        if (!completed)
            return warn(completed.error().message, m_parent);
    }
    auto summary = AppointmentRepository::summaryOf(m_context.store->database(), visit.id);
    auto *dialog = new VisitSummaryDialog(
            visit.patientName, summary && summary->has_value() ? (*summary)->text : QString(),
            m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = visit.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto written = m_context.sync->submit(
                u"visit.summarize"_s, { { u"appointment_id"_s, id }, { u"summary"_s, dialog->text() } });
        if (!written)
            warn(written.error().message, m_parent);
    });
    dialog->open();
}

QString VideoVisits::visitText(const QString &appointmentId) const
{
    auto visit = AppointmentRepository::find(m_context.store->database(), appointmentId);
    if (!visit || !visit->has_value())
        return {};
    const AppointmentView &v = **visit;
    const QString when = AppointmentListModel::when(v.startMs);
    return v.reason.isEmpty() ? tr("Video visit, %1").arg(when)
                              : tr("Video visit, %1: %2").arg(when, v.reason);
}

} // namespace clinic::ui
