#pragma once

#include "mediaprovider.h" // and the media interfaces, declared

#include <QObject>

#include <memory>

class QComboBox;
class QWidget;

namespace clinic::ui {

// The camera, microphone and speaker a window uses, with the three pickers that choose them:
// what the call window and the device test share. Picking another device makes it (from the
// MediaProvider) and says so by a signal, for the window to connect and start it; the one
// before is stopped first and deleted once the signal returns.
class CallDevices : public QObject
{
    Q_OBJECT
public:
    // The pickers are made as children of pickerParent, named for screen readers.
    CallDevices(const MediaProvider &provider, QWidget *pickerParent);
    ~CallDevices() override;

    // Fills the pickers (the chosen devices, or the system's defaults, selected) and makes
    // those devices, each through its signal. None is started.
    void load(const DeviceChoice &chosen = {});
    DeviceChoice choice() const;

    QComboBox *cameraPicker() const { return m_cameraPicker; }
    QComboBox *microphonePicker() const { return m_microphonePicker; }
    QComboBox *speakerPicker() const { return m_speakerPicker; }

    media::VideoSource *camera() const { return m_camera.get(); }
    media::AudioSource *microphone() const { return m_microphone.get(); }
    media::AudioSink *speaker() const { return m_speaker.get(); }

    void stopAll();

signals:
    void cameraChanged(clinic::media::VideoSource *camera);
    void microphoneChanged(clinic::media::AudioSource *microphone);
    void speakerChanged(clinic::media::AudioSink *speaker);

private:
    void useCamera(const QByteArray &id);
    void useMicrophone(const QByteArray &id);
    void useSpeaker(const QByteArray &id);

    const MediaProvider &m_provider;
    QComboBox *m_cameraPicker = nullptr;
    QComboBox *m_microphonePicker = nullptr;
    QComboBox *m_speakerPicker = nullptr;
    std::unique_ptr<media::VideoSource> m_camera;
    std::unique_ptr<media::AudioSource> m_microphone;
    std::unique_ptr<media::AudioSink> m_speaker;
};

} // namespace clinic::ui
