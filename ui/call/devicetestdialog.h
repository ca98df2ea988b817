#pragma once

#include "mediaprovider.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace clinic {
class Clock;
}

namespace clinic::media {
class AudioSink;
class AudioSource;
class SyntheticToneSource;
class VideoSource;
} // namespace clinic::media

namespace clinic::ui {

class CallDevices;
class VideoView;

// "Test camera and sound", before a video visit: the chosen camera's picture, a level meter
// that moves with the chosen microphone, and a test tone on the chosen speaker. Each device
// that is missing or fails says so in words, next to its picker. The choice is kept for the
// call (devices()).
class DeviceTestDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int toneMs = 2000;

    DeviceTestDialog(const Clock &clock, const MediaProvider &provider,
                     const DeviceChoice &devices = {}, QWidget *parent = nullptr);
    ~DeviceTestDialog() override;

    DeviceChoice devices() const;

    VideoView *preview() const { return m_preview; }
    QProgressBar *levelMeter() const { return m_level; }
    bool isPlayingTone() const { return m_tone != nullptr; }

    void done(int result) override;

private:
    void onCameraChanged(media::VideoSource *camera);
    void onMicrophoneChanged(media::AudioSource *microphone);
    void onSpeakerChanged(media::AudioSink *speaker);
    void onLevel(int percent);
    void playTone();
    void stopTone();
    void stopAll();

    const Clock &m_clock;
    const MediaProvider &m_provider;

    CallDevices *m_devices = nullptr; // a child: outlives the tone, which writes to it
    std::unique_ptr<media::SyntheticToneSource> m_tone; // while the test tone plays

    VideoView *m_preview = nullptr;
    QProgressBar *m_level = nullptr;
    QPushButton *m_playTone = nullptr;
    QTimer *m_toneTimer = nullptr;
    QLabel *m_microphoneHint = nullptr;
    QLabel *m_cameraMessage = nullptr;
    QLabel *m_microphoneMessage = nullptr;
    QLabel *m_speakerMessage = nullptr;
    int m_shownLevel = 0;
};

} // namespace clinic::ui
