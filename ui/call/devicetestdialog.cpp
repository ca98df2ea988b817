#include "devicetestdialog.h"

#include "audiolevel.h"
#include "calldevices.h"
#include "formwidgets.h"
#include "media/audiosink.h"
#include "media/audiosource.h"
#include "media/synthetictonesource.h"
#include "media/videosource.h"
#include "videoview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;
using namespace clinic::media;

namespace {
constexpr double testToneHz = 440.0;
constexpr int levelFallPerFrame = 4; // the meter falls gently, so a word is readable
} // namespace

DeviceTestDialog::DeviceTestDialog(const Clock &clock, const MediaProvider &provider,
                                   const DeviceChoice &devices, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_provider(provider)
{
    setObjectName(u"deviceTestDialog"_s);
    setWindowTitle(tr("Test camera and sound"));

    // Camera
    m_devices = new CallDevices(m_provider, this);
    m_preview = new VideoView(this);
    m_preview->setObjectName(u"cameraPreview"_s);
    m_preview->setAccessibleName(tr("Camera preview"));
    m_preview->setFixedSize(320, 240);
    m_cameraMessage = messageLabel(this, u"cameraMessage"_s);
    auto *cameraBox = new QGroupBox(tr("Camera"), this);
    auto *cameraForm = new QFormLayout;
    cameraForm->addRow(tr("C&amera:"), m_devices->cameraPicker());
    auto *cameraLayout = new QVBoxLayout(cameraBox);
    cameraLayout->addLayout(cameraForm);
    cameraLayout->addWidget(m_preview, 0, Qt::AlignHCenter);
    cameraLayout->addWidget(m_cameraMessage);

    // Microphone
    m_level = new QProgressBar(this);
    m_level->setObjectName(u"microphoneLevel"_s);
    m_level->setAccessibleName(tr("Microphone level"));
    m_level->setRange(0, 100);
    m_level->setValue(0);
    m_level->setTextVisible(false);
    m_microphoneMessage = messageLabel(this, u"microphoneMessage"_s);
    m_microphoneHint = new QLabel(tr("Speak: the bar moves when the microphone hears you."), this);
    m_microphoneHint->setWordWrap(true);
    auto *hint = m_microphoneHint;
    auto *microphoneBox = new QGroupBox(tr("Microphone"), this);
    auto *microphoneForm = new QFormLayout(microphoneBox);
    microphoneForm->addRow(tr("&Microphone:"), m_devices->microphonePicker());
    microphoneForm->addRow(tr("Level:"), m_level);
    microphoneForm->addRow(hint);
    microphoneForm->addRow(m_microphoneMessage);

    // Speaker
    m_playTone = new QPushButton(tr("&Play test tone"), this);
    m_playTone->setObjectName(u"playToneButton"_s);
    m_playTone->setAccessibleName(tr("Play test tone"));
    m_speakerMessage = messageLabel(this, u"speakerMessage"_s);
    auto *speakerBox = new QGroupBox(tr("Speaker"), this);
    auto *speakerForm = new QFormLayout(speakerBox);
    speakerForm->addRow(tr("S&peaker:"), m_devices->speakerPicker());
    speakerForm->addRow(QString(), m_playTone);
    speakerForm->addRow(m_speakerMessage);
    connect(m_playTone, &QPushButton::clicked, this, &DeviceTestDialog::playTone);
    m_toneTimer = new QTimer(this);
    m_toneTimer->setSingleShot(true);
    m_toneTimer->setInterval(toneMs);
    connect(m_toneTimer, &QTimer::timeout, this, &DeviceTestDialog::stopTone);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeviceTestDialog::reject);

    auto *sound = new QVBoxLayout;
    sound->addWidget(microphoneBox);
    sound->addWidget(speakerBox);
    sound->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(cameraBox);
    columns->addLayout(sound, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Test camera and sound"), this, 1.25));
    auto *intro = new QLabel(tr("Check that the other person will see and hear you before the "
                                "visit starts."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    setTabOrder(m_devices->cameraPicker(), m_devices->microphonePicker());
    setTabOrder(m_devices->microphonePicker(), m_devices->speakerPicker());
    setTabOrder(m_devices->speakerPicker(), m_playTone);

    connect(m_devices, &CallDevices::cameraChanged, this, &DeviceTestDialog::onCameraChanged);
    connect(m_devices, &CallDevices::microphoneChanged, this,
            &DeviceTestDialog::onMicrophoneChanged);
    connect(m_devices, &CallDevices::speakerChanged, this, &DeviceTestDialog::onSpeakerChanged);
    m_devices->load(devices);
}

DeviceTestDialog::~DeviceTestDialog()
{
    stopAll();
}

DeviceChoice DeviceTestDialog::devices() const
{
    return m_devices->choice();
}

void DeviceTestDialog::done(int result)
{
    stopAll();
    QDialog::done(result);
}

void DeviceTestDialog::stopAll()
{
    stopTone();
    m_devices->stopAll();
}

void DeviceTestDialog::onCameraChanged(VideoSource *camera)
{
    m_preview->clear();
    m_preview->setPlaceholder(tr("Starting the camera…"));
    showMessage(m_cameraMessage, {});
    connect(camera, &VideoSource::frameCaptured, this, [this](const VideoFrame &frame) {
        m_preview->setPlaceholder({});
        m_preview->showFrame(frame);
    });
    connect(camera, &VideoSource::failed, this, [this](const QString &message) {
        m_preview->clear();
        m_preview->setPlaceholder(tr("No camera"));
        showMessage(m_cameraMessage, message);
    });
    camera->start();
}

void DeviceTestDialog::onMicrophoneChanged(AudioSource *microphone)
{
    m_shownLevel = 0;
    m_level->setValue(0);
    showMessage(m_microphoneMessage, {});
    connect(microphone, &AudioSource::frameCaptured, this,
            [this](const AudioFrame &frame) { onLevel(AudioLevel::percent(frame.samples)); });
    connect(microphone, &AudioSource::failed, this, [this](const QString &message) {
        m_level->setValue(0);
        m_level->setEnabled(false);
        m_microphoneHint->hide();
        showMessage(m_microphoneMessage, message);
    });
    m_level->setEnabled(true);
    m_microphoneHint->show();
    microphone->start();
}

void DeviceTestDialog::onSpeakerChanged(AudioSink *speaker)
{
    stopTone();
    showMessage(m_speakerMessage, {});
    connect(speaker, &AudioSink::failed, this, [this](const QString &message) {
        stopTone();
        m_playTone->setEnabled(false);
        showMessage(m_speakerMessage, message);
    });
    m_playTone->setEnabled(true);
    speaker->start();
}

void DeviceTestDialog::onLevel(int percent)
{
    m_shownLevel = std::max(percent, m_shownLevel - levelFallPerFrame);
    m_level->setValue(m_shownLevel);
}

// The tone goes to the speaker 20 ms at a time on the clock, as a call's sound would.
void DeviceTestDialog::playTone()
{
    AudioSink *speaker = m_devices->speaker();
    if (m_tone || !speaker || !speaker->isActive())
        return;
    m_tone = std::make_unique<SyntheticToneSource>(m_clock, testToneHz);
    m_tone->setAmplitude(0.3);
    connect(m_tone.get(), &AudioSource::frameCaptured, speaker, &AudioSink::write);
    m_tone->start();
    m_playTone->setEnabled(false);
    m_playTone->setText(tr("Playing…"));
    showMessage(m_speakerMessage,
                m_provider.isSynthetic()
                        ? tr("The test speaker plays nothing: the tone goes to it for two "
                             "seconds.")
                        : tr("You should hear a steady tone for two seconds."),
                false);
    m_toneTimer->start();
}

void DeviceTestDialog::stopTone()
{
    if (!m_tone)
        return;
    m_toneTimer->stop();
    m_tone->stop();
    m_tone.reset();
    m_playTone->setText(tr("&Play test tone"));
    m_playTone->setEnabled(m_devices->speaker() && m_devices->speaker()->isActive());
    showMessage(m_speakerMessage, {});
}

} // namespace clinic::ui
