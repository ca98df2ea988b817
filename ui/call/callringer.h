#pragma once

#include "media/tonegenerator.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace clinic::media {
class AudioSink;
}

namespace clinic::ui {

// The ringing a patient hears when their doctor calls: a two-tone ring, one second on and two
// off, on the default speakers, until stopped. A computer without speakers (or whose speakers
// fail) rings silently: the incoming call window and the tray still show the call.
class CallRinger : public QObject
{
    Q_OBJECT
public:
    static constexpr int frameMs = 20;
    static constexpr int ringFrames = 50; // one second of tone...
    static constexpr int cycleFrames = 150; // ...in every three

    explicit CallRinger(QObject *parent = nullptr);
    // `sink` instead of the default speakers (a test's CapturingAudioSink).
    CallRinger(std::unique_ptr<media::AudioSink> sink, QObject *parent = nullptr);
    ~CallRinger() override;

    void start();
    void stop();
    bool isRinging() const { return m_timer.isActive(); }

private:
    void writeFrame();

    std::unique_ptr<media::AudioSink> m_sink;
    media::ToneGenerator m_low { 440.0, 0.3 };
    media::ToneGenerator m_high { 480.0, 0.3 };
    QTimer m_timer;
    int m_frame = 0;
};

} // namespace clinic::ui
