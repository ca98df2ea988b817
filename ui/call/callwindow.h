#pragma once

#include "crypto/securebytes.h"
#include "media/callmediaconfig.h"
#include "media/callstats.h"
#include "mediaprovider.h"
#include "util/result.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSlider;

namespace clinic {
class Clock;
}

namespace clinic::media {
class AudioSink;
class AudioSource;
class CallMedia;
class CallTransport;
class VideoSource;
} // namespace clinic::media

namespace clinic::ui {

class CallChatModel;
class CallDevices;
class VideoView;

// What the call window shows about the call; the signalling layer knows it.
struct CallInfo
{
    QString peerName; // "Dr. Ana Ruiz", "Juan Pérez"
    QString visitTitle; // the appointment, as the user knows it
    QString safetyCode; // six groups of four digits (CallKeys::safetyCode)
};

// A video visit in progress: the other person's picture large, ours small, mute and camera
// toggles, device pickers, speaker volume, the call's chat and its quality, and End call.
// It owns the camera, microphone and speaker (from a MediaProvider) and the call's media,
// which it makes over a transport the signalling layer gives it (startMedia). It does not
// end the call itself: End call (or closing the window) emits hangUpRequested, and the
// signalling layer tells it how the call is going (setPhase).
class CallWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Phase {
        Connecting, // ringing or setting up
        Connected,
        Reconnecting, // our connection dropped; rejoining
        PeerAway, // the other side's connection dropped; they may rejoin
        Ended,
    };

    CallWindow(const Clock &clock, const MediaProvider &provider, const CallInfo &info,
               const DeviceChoice &devices = {}, QWidget *parent = nullptr);
    ~CallWindow() override;

    // Makes the call's media with this window's devices over the transport (which must
    // outlive the media: stopMedia() or this window's end) and starts it.
    [[nodiscard]] Result<void> startMedia(media::CallTransport &transport,
                                          const SecureBytes &callSecret, QByteArrayView callId,
                                          const media::CallMediaConfig &config);
    // Stops and drops the media; the camera's preview goes on until the window closes.
    void stopMedia();
    media::CallMedia *media() const { return m_media.get(); }

    // `message`: what the status line says instead of the phase's own words ("Calling Maria…",
    // why the call ended).
    void setPhase(Phase phase, const QString &message = {});
    Phase phase() const { return m_phase; }

    bool isMuted() const { return m_muted; }
    bool isCameraOn() const { return m_cameraOn; }
    void setMuted(bool muted);
    void setCameraOn(bool on);

    VideoView *remoteView() const { return m_remoteView; }
    VideoView *localView() const { return m_localView; }
    CallChatModel *chatModel() const { return m_chat; }

signals:
    // The user ended the call (End call, its shortcut, or closing the window). The window
    // may be inside its close event: delete it with deleteLater(), and stopMedia() or
    // setPhase(Phase::Ended) once the call has ended.
    void hangUpRequested();
    // A chat message went out (after the media accepted it).
    void chatSent(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildVideoArea();
    QWidget *buildControls();
    QWidget *buildDevices();
    QWidget *buildChat();

    void onCameraChanged(media::VideoSource *camera);
    void onMicrophoneChanged(media::AudioSource *microphone);
    void onSpeakerChanged(media::AudioSink *speaker);
    enum class Device { Camera, Microphone, Speaker, Media };
    // Each device's newest problem (empty: none), shown together under the pickers.
    void showDeviceProblem(Device device, const QString &message);

    void onSendChat();
    void onChatReceived(const QString &text);
    void onStats(const media::CallStats &stats);
    void onRemoteState(bool cameraOn, bool muted);
    void updateToggles();
    void updateStatus();

    const Clock &m_clock;
    const MediaProvider &m_provider;
    CallInfo m_info;
    Phase m_phase = Phase::Connecting;
    QString m_phaseMessage;
    bool m_muted = false;
    bool m_cameraOn = true;
    bool m_remoteCameraOn = true;
    int m_volume = 100;
    QMap<Device, QString> m_deviceProblems;

    // The devices outlive the media, which uses them: a child, deleted after the members.
    CallDevices *m_devices = nullptr;
    std::unique_ptr<media::CallMedia> m_media;

    CallChatModel *m_chat = nullptr;
    VideoView *m_remoteView = nullptr;
    VideoView *m_localView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_visit = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_quality = nullptr;
    QLabel *m_qualityDetails = nullptr;
    QLabel *m_remoteMuted = nullptr;
    QLabel *m_safetyCode = nullptr;
    QLabel *m_deviceMessage = nullptr;
    QLabel *m_chatMessage = nullptr;
    QPushButton *m_muteButton = nullptr;
    QPushButton *m_cameraButton = nullptr;
    QPushButton *m_safetyButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QSlider *m_volumeSlider = nullptr;
    QListView *m_chatView = nullptr;
    QLineEdit *m_chatEdit = nullptr;
};

} // namespace clinic::ui
