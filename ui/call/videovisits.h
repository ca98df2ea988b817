#pragma once

#include "calls/callclient.h"
#include "clientcontext.h"
#include "domain/appointmentrepository.h"
#include "mediaprovider.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace clinic::ui {

class CallRinger;
class CallWindow;
class IncomingCallDialog;

// The signed-in user's video visits on this computer: the call signalling (CallClient), the
// call window while a call is on, and the ringing when the doctor calls (a window, the tray,
// a sound). Pages offer "Start video visit" and "Join video visit" through it
// (VideoVisitButton); nothing else starts or answers a call.
//
// A doctor starts a confirmed video visit of theirs from 15 minutes before it until an hour
// after its end (the server's window, docs/video.md); when the call ends they are offered to
// complete the visit and write its summary. The chat each side sends is kept with the visit
// (visit.chat), so both find it in the visit afterwards.
class VideoVisits : public QObject
{
    Q_OBJECT
public:
    // The server lets a doctor call this long before a visit and after its end.
    static constexpr qint64 joinBeforeStartMs = 15 * 60 * 1000;
    static constexpr qint64 joinAfterEndMs = 60 * 60 * 1000;

    // `window`: the user's main window, which dialogs belong to.
    VideoVisits(const ClientContext &context, QWidget *window);
    ~VideoVisits() override;

    // A doctor's own confirmed video visit, within its window, while no call is on.
    bool mayStart(const AppointmentView &visit) const;
    // A doctor's own confirmed video visit, whatever the time.
    bool mayStartSometime(const AppointmentView &visit) const;
    // Why a video visit of the doctor's cannot be started now; empty when it can, or when it
    // is not one they could ever start.
    QString whyNotNow(const AppointmentView &visit) const;
    void start(const AppointmentView &visit);
    // The patient's visit whose call rings here now.
    bool mayJoin(const AppointmentView &visit) const;
    void join();
    // The pre-call test: camera preview, microphone level, a tone for the speakers. What the
    // user picks there is what their next call uses.
    void testDevices();

    calls::CallClient &client() { return m_client; }
    CallWindow *callWindow() const; // while a call is on, and after it until closed
    IncomingCallDialog *incomingCallDialog() const; // while a call rings here
    CallRinger *ringer() const { return m_ringer; }

signals:
    // What the pages offer may have changed: a call started or ended, a minute passed.
    void changed();
    // For the tray: a call rings, or was missed.
    void notify(const QString &title, const QString &message);
    void ringingStopped();

private:
    void onStateChanged(calls::CallClient::State state);
    void onIncomingCall(const QString &callerName, const QString &appointmentId);
    void onPeerKeyChanged(const QString &peerName);
    void onCallEnded(calls::CallClient::EndReason reason, const QString &message);
    void onFailed(const QString &message);
    void openWindow();
    void startMedia();
    void recordChat(const QString &text);
    void stopRinging();
    bool closeIncoming();
    void offerToComplete(const QString &appointmentId);
    void completeAndSummarize(const AppointmentView &visit);
    QString visitText(const QString &appointmentId) const;

    ClientContext m_context;
    QWidget *m_parent;
    MediaProvider m_media;
    DeviceChoice m_devices; // as picked in the device test; empty ids: the system's defaults
    calls::CallClient m_client;
    CallRinger *m_ringer = nullptr;
    QPointer<IncomingCallDialog> m_incoming;
    QPointer<CallWindow> m_window;
    QTimer m_minute; // the start buttons follow the clock into and out of a visit's window
    bool m_answered = false; // the call on now reached InCall
};

} // namespace clinic::ui
