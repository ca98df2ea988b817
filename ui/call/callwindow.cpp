#include "callwindow.h"

#include "callchatmodel.h"
#include "calldevices.h"
#include "formwidgets.h"
#include "media/audiosink.h"
#include "media/audiosource.h"
#include "media/callmedia.h"
#include "media/videosource.h"
#include "util/clock.h"
#include "videoview.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;
using namespace clinic::media;

namespace {

constexpr QSize previewSize { 200, 150 };

QString qualityName(CallQualityLevel level)
{
    switch (level) {
    case CallQualityLevel::Good:
        return CallWindow::tr("Good");
    case CallQualityLevel::Fair:
        return CallWindow::tr("Fair");
    case CallQualityLevel::Poor:
        return CallWindow::tr("Poor");
    }
    return {};
}

// Dark enough on the light palette for 4.5:1 with white text, and told apart by the word too.
QString qualityColour(CallQualityLevel level)
{
    switch (level) {
    case CallQualityLevel::Good:
        return u"#1e6b34"_s;
    case CallQualityLevel::Fair:
        return u"#8a5300"_s;
    case CallQualityLevel::Poor:
        return u"#9b0019"_s;
    }
    return {};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CallWindow::CallWindow(const Clock &clock, const MediaProvider &provider, const CallInfo &info,
                       const DeviceChoice &devices, QWidget *parent)
    : QWidget(parent, Qt::Window), m_clock(clock), m_provider(provider), m_info(info)
{
    setObjectName(u"callWindow"_s);
    setWindowTitle(tr("Video visit with %1").arg(m_info.peerName));
    setAccessibleName(windowTitle());
    m_chat = new CallChatModel(m_info.peerName, this);
    buildUi();

    connect(m_devices, &CallDevices::cameraChanged, this, &CallWindow::onCameraChanged);
    connect(m_devices, &CallDevices::microphoneChanged, this, &CallWindow::onMicrophoneChanged);
    connect(m_devices, &CallDevices::speakerChanged, this, &CallWindow::onSpeakerChanged);
    m_devices->load(devices);
    updateToggles();
    updateStatus();
    m_muteButton->setFocus();
}

CallWindow::~CallWindow()
{
    stopMedia();
    m_devices->stopAll();
}

void CallWindow::buildUi()
{
    m_title = heading(tr("Video visit with %1").arg(m_info.peerName), this, 1.3);
    m_title->setObjectName(u"callTitle"_s);
    m_visit = new QLabel(m_info.visitTitle, this);
    m_visit->setObjectName(u"callVisit"_s);
    m_visit->setAccessibleName(tr("Visit"));
    m_visit->setVisible(!m_info.visitTitle.isEmpty());

    m_quality = new QLabel(this);
    m_quality->setObjectName(u"callQuality"_s);
    m_quality->setTextFormat(Qt::PlainText);
    m_qualityDetails = new QLabel(this);
    m_qualityDetails->setObjectName(u"callQualityDetails"_s);
    m_qualityDetails->setAccessibleName(tr("Call quality details"));
    m_quality->setText(tr("Connection: measuring…"));
    m_quality->setAccessibleName(tr("Call quality"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"callStatus"_s);
    m_status->setAccessibleName(tr("Call status"));
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_visit);
    auto *quality = new QVBoxLayout;
    quality->setSpacing(2);
    quality->addWidget(m_quality, 0, Qt::AlignRight);
    quality->addWidget(m_qualityDetails, 0, Qt::AlignRight);
    auto *top = new QHBoxLayout;
    top->addLayout(titles, 1);
    top->addLayout(quality);

    auto *left = new QVBoxLayout;
    left->addLayout(top);
    left->addWidget(m_status);
    left->addWidget(buildVideoArea(), 1);
    left->addWidget(buildControls());
    left->addWidget(buildDevices());

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(buildChat(), 1);

    // Keyboard: the order a user works through the window.
    setTabOrder(m_muteButton, m_cameraButton);
    setTabOrder(m_cameraButton, m_endButton);
    setTabOrder(m_endButton, m_chatEdit);
    setTabOrder(m_chatEdit, m_sendButton);
    setTabOrder(m_sendButton, m_chatView);
    setTabOrder(m_chatView, m_safetyButton);
    setTabOrder(m_safetyButton, m_volumeSlider);
    setTabOrder(m_volumeSlider, m_devices->cameraPicker());
    setTabOrder(m_devices->cameraPicker(), m_devices->microphonePicker());
    setTabOrder(m_devices->microphonePicker(), m_devices->speakerPicker());
    resize(1100, 720);
}

// The peer's picture fills the area; ours sits over its bottom right corner, as in every
// video call the user has seen.
QWidget *CallWindow::buildVideoArea()
{
    auto *area = new QWidget(this);
    m_remoteView = new VideoView(area);
    m_remoteView->setObjectName(u"remoteVideo"_s);
    m_remoteView->setAccessibleName(tr("%1's video").arg(m_info.peerName));
    m_remoteView->setPlaceholder(tr("Waiting for %1's video…").arg(m_info.peerName));
    m_localView = new VideoView(area);
    m_localView->setObjectName(u"localVideo"_s);
    m_localView->setAccessibleName(tr("Your video"));
    m_localView->setFixedSize(previewSize);
    m_localView->setFramed(true);
    m_remoteMuted = new QLabel(tr("%1 is muted").arg(m_info.peerName), area);
    m_remoteMuted->setObjectName(u"remoteMuted"_s);
    m_remoteMuted->setStyleSheet(
            u"background: rgba(0, 0, 0, 170); color: white; padding: 4px 8px; border-radius: 4px;"_s);
    m_remoteMuted->hide();

    auto *grid = new QGridLayout(area);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_remoteView, 0, 0);
    auto *overlay = new QVBoxLayout;
    overlay->setContentsMargins(12, 12, 12, 12);
    overlay->addWidget(m_remoteMuted, 0, Qt::AlignLeft | Qt::AlignTop);
    overlay->addStretch(1);
    overlay->addWidget(m_localView, 0, Qt::AlignRight | Qt::AlignBottom);
    grid->addLayout(overlay, 0, 0);
    m_localView->raise();
    m_remoteMuted->raise();
    return area;
}

QWidget *CallWindow::buildControls()
{
    auto *box = new QWidget(this);
    m_muteButton = new QPushButton(box);
    m_muteButton->setObjectName(u"muteButton"_s);
    m_muteButton->setCheckable(true);
    connect(m_muteButton, &QPushButton::toggled, this, &CallWindow::setMuted);

    m_cameraButton = new QPushButton(box);
    m_cameraButton->setObjectName(u"cameraButton"_s);
    m_cameraButton->setCheckable(true);
    connect(m_cameraButton, &QPushButton::toggled, this, [this](bool off) { setCameraOn(!off); });

    m_safetyButton = new QPushButton(tr("Safety code"), box);
    m_safetyButton->setObjectName(u"safetyButton"_s);
    m_safetyButton->setCheckable(true);
    m_safetyButton->setAccessibleName(tr("Show the safety code"));
    m_safetyButton->setToolTip(tr("Compare this code with %1, read aloud: if it differs, the "
                                  "call is not private.")
                                       .arg(m_info.peerName));
    m_safetyButton->setEnabled(!m_info.safetyCode.isEmpty());
    m_safetyCode = new QLabel(box);
    m_safetyCode->setObjectName(u"safetyCode"_s);
    m_safetyCode->setAccessibleName(tr("Safety code"));
    m_safetyCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_safetyCode->setWordWrap(true);
    m_safetyCode->setTextFormat(Qt::RichText);
    m_safetyCode->setText(
            tr("Safety code: %1<br>Read it aloud to %2: it must match theirs exactly. If it "
               "does not, end the call: someone may be listening in.")
                    .arg(u"<b style=\"font-family: monospace; font-size: large;\">"_s
                                 + m_info.safetyCode.toHtmlEscaped() + u"</b>"_s,
                         m_info.peerName.toHtmlEscaped()));
    m_safetyCode->hide();
    connect(m_safetyButton, &QPushButton::toggled, m_safetyCode, &QLabel::setVisible);

    m_volumeSlider = new QSlider(Qt::Horizontal, box);
    m_volumeSlider->setObjectName(u"volumeSlider"_s);
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(m_volume);
    m_volumeSlider->setPageStep(10);
    m_volumeSlider->setAccessibleName(tr("Speaker volume"));
    m_volumeSlider->setToolTip(tr("How loud %1 sounds").arg(m_info.peerName));
    m_volumeSlider->setMinimumWidth(120);
    connect(m_volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        m_volume = value;
        MediaProvider::setVolume(m_devices->speaker(), value / 100.0);
    });

    m_endButton = new QPushButton(tr("End call"), box);
    m_endButton->setObjectName(u"endCallButton"_s);
    m_endButton->setAccessibleName(tr("End call"));
    m_endButton->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    m_endButton->setToolTip(
            tr("End the call (%1)")
                    .arg(m_endButton->shortcut().toString(QKeySequence::NativeText)));
    m_endButton->setStyleSheet(
            u"QPushButton { background: #b3261e; color: white; padding: 6px 18px; "
            "border-radius: 4px; font-weight: bold; } "
            "QPushButton:focus { outline: 2px solid #1a1a1a; border: 2px solid #1a1a1a; }"_s);
    connect(m_endButton, &QPushButton::clicked, this, &CallWindow::hangUpRequested);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_muteButton);
    row->addWidget(m_cameraButton);
    row->addWidget(m_safetyButton);
    row->addStretch(1);
    row->addWidget(buddyLabel(tr("&Volume"), m_volumeSlider, box));
    row->addWidget(m_volumeSlider);
    row->addSpacing(16);
    row->addWidget(m_endButton);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_safetyCode);
    return box;
}

QWidget *CallWindow::buildDevices()
{
    auto *box = new QWidget(this);
    m_devices = new CallDevices(m_provider, box);
    m_deviceMessage = messageLabel(box, u"deviceMessage"_s);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buddyLabel(tr("C&amera"), m_devices->cameraPicker(), box));
    row->addWidget(m_devices->cameraPicker(), 1);
    row->addSpacing(12);
    row->addWidget(buddyLabel(tr("&Microphone"), m_devices->microphonePicker(), box));
    row->addWidget(m_devices->microphonePicker(), 1);
    row->addSpacing(12);
    row->addWidget(buddyLabel(tr("S&peaker"), m_devices->speakerPicker(), box));
    row->addWidget(m_devices->speakerPicker(), 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_deviceMessage);
    return box;
}

QWidget *CallWindow::buildChat()
{
    auto *box = new QGroupBox(tr("Chat"), this);
    box->setObjectName(u"chatPanel"_s);
    m_chatView = new QListView(box);
    m_chatView->setObjectName(u"chatMessages"_s);
    m_chatView->setModel(m_chat);
    m_chatView->setAccessibleName(tr("Chat messages"));
    m_chatView->setWordWrap(true);
    m_chatView->setUniformItemSizes(false);
    m_chatView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chatView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_chat, &QAbstractItemModel::rowsInserted, m_chatView, &QListView::scrollToBottom);

    m_chatEdit = new QLineEdit(box);
    m_chatEdit->setObjectName(u"chatEdit"_s);
    m_chatEdit->setAccessibleName(tr("Chat message"));
    m_chatEdit->setPlaceholderText(tr("Type a message"));
    m_chatEdit->setMaxLength(2000);
    m_sendButton = new QPushButton(tr("&Send"), box);
    m_sendButton->setObjectName(u"sendChatButton"_s);
    m_sendButton->setAccessibleName(tr("Send message"));
    connect(m_chatEdit, &QLineEdit::returnPressed, this, &CallWindow::onSendChat);
    // Ctrl+D and Ctrl+E are also the line edit's (delete, end of line): the call's come first.
    m_chatEdit->installEventFilter(this);
    connect(m_sendButton, &QPushButton::clicked, this, &CallWindow::onSendChat);
    m_chatMessage = messageLabel(box, u"chatMessage"_s);

    auto *send = new QHBoxLayout;
    send->addWidget(m_chatEdit, 1);
    send->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_chatView, 1);
    layout->addWidget(m_chatMessage);
    layout->addLayout(send);
    box->setMinimumWidth(260);
    return box;
}

Result<void> CallWindow::startMedia(CallTransport &transport, const SecureBytes &callSecret,
                                    QByteArrayView callId, const CallMediaConfig &config)
{
    if (m_media)
        return makeError(ErrorCode::InvalidArgument, tr("This call's media is already running."));
    auto made = CallMedia::create(
            m_clock, callSecret, callId, config,
            { &transport, m_devices->camera(), m_devices->microphone(), m_devices->speaker() });
    if (!made)
        return made.error();
    m_media = std::move(made).value();
    connect(m_media.get(), &CallMedia::remoteFrameDecoded, this, [this](const VideoFrame &frame) {
        if (m_remoteCameraOn)
            m_remoteView->setPlaceholder({}); // "Waiting for video" until the first
        m_remoteView->showFrame(frame);
    });
    connect(m_media.get(), &CallMedia::chatReceived, this,
            [this](const QString &text, qint64) { onChatReceived(text); });
    connect(m_media.get(), &CallMedia::remoteStateChanged, this, &CallWindow::onRemoteState);
    connect(m_media.get(), &CallMedia::statsUpdated, this, &CallWindow::onStats);
    connect(m_media.get(), &CallMedia::failed, this,
            [this](const QString &message) { showDeviceProblem(Device::Media, message); });
    m_media->setMuted(m_muted);
    m_media->setCameraOn(m_cameraOn);
    m_devices->speaker()->start();
    m_devices->microphone()->start();
    m_media->start();
    return {};
}

void CallWindow::stopMedia()
{
    if (!m_media)
        return;
    m_media->stop();
    m_media.reset();
    m_devices->microphone()->stop();
    m_devices->speaker()->stop();
}

void CallWindow::setPhase(Phase phase, const QString &message)
{
    m_phase = phase;
    m_phaseMessage = message;
    updateStatus();
}

void CallWindow::updateStatus()
{
    QString text;
    switch (m_phase) {
    case Phase::Connecting:
        text = tr("Connecting…");
        break;
    case Phase::Connected:
        break;
    case Phase::Reconnecting:
        text = tr("Reconnecting…");
        break;
    case Phase::PeerAway:
        text = tr("%1 has left; waiting…").arg(m_info.peerName);
        break;
    case Phase::Ended:
        text = tr("The call has ended.");
        break;
    }
    if (!m_phaseMessage.isEmpty())
        text = m_phaseMessage;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    const bool live = m_phase != Phase::Ended;
    m_endButton->setEnabled(live);
    m_chatEdit->setEnabled(live);
    m_sendButton->setEnabled(live);
}

void CallWindow::setMuted(bool muted)
{
    m_muted = muted;
    if (m_media)
        m_media->setMuted(muted);
    updateToggles();
}

// Off, the camera itself stops (its light goes out), not only the sending.
void CallWindow::setCameraOn(bool on)
{
    m_cameraOn = on;
    if (m_media)
        m_media->setCameraOn(on);
    if (on) {
        m_localView->clear();
        m_localView->setPlaceholder({});
        m_devices->camera()->start(); // may fail at once: "No camera"
    } else {
        m_devices->camera()->stop();
    }
    updateToggles();
}

void CallWindow::updateToggles()
{
    {
        const QSignalBlocker quiet(m_muteButton);
        m_muteButton->setChecked(m_muted);
    }
    // setText() sets the button's shortcut to its mnemonic: ours go on after it.
    m_muteButton->setText(m_muted ? tr("Unmute") : tr("Mute"));
    m_muteButton->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_muteButton->setAccessibleName(m_muted ? tr("Unmute microphone") : tr("Mute microphone"));
    m_muteButton->setToolTip(
            (m_muted ? tr("Let %1 hear you again (%2)") : tr("Stop %1 hearing you (%2)"))
                    .arg(m_info.peerName,
                         m_muteButton->shortcut().toString(QKeySequence::NativeText)));
    {
        const QSignalBlocker quiet(m_cameraButton);
        m_cameraButton->setChecked(!m_cameraOn);
    }
    m_cameraButton->setText(m_cameraOn ? tr("Turn camera off") : tr("Turn camera on"));
    m_cameraButton->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_cameraButton->setAccessibleName(m_cameraButton->text());
    m_cameraButton->setToolTip(
            (m_cameraOn ? tr("Stop sending your picture (%1)") : tr("Send your picture again (%1)"))
                    .arg(m_cameraButton->shortcut().toString(QKeySequence::NativeText)));
    if (!m_cameraOn)
        m_localView->setPlaceholder(tr("Camera off"));
    else if (m_localView->placeholder() == tr("Camera off"))
        m_localView->setPlaceholder({}); // "No camera" stays
}

// A device just picked (or the first): connected to the window and the call, and started
// when the call needs it.
void CallWindow::onCameraChanged(VideoSource *camera)
{
    connect(camera, &VideoSource::frameCaptured, m_localView, &VideoView::showFrame);
    connect(camera, &VideoSource::failed, this, [this](const QString &message) {
        m_localView->clear();
        m_localView->setPlaceholder(tr("No camera"));
        showDeviceProblem(Device::Camera, message);
    });
    if (m_media)
        m_media->setVideoSource(camera);
    showDeviceProblem(Device::Camera, {});
    m_localView->clear();
    m_localView->setPlaceholder(m_cameraOn ? QString() : tr("Camera off"));
    if (m_cameraOn)
        camera->start();
}

void CallWindow::onMicrophoneChanged(AudioSource *microphone)
{
    connect(microphone, &AudioSource::failed, this,
            [this](const QString &message) { showDeviceProblem(Device::Microphone, message); });
    if (m_media)
        m_media->setAudioSource(microphone);
    showDeviceProblem(Device::Microphone, {});
    if (m_media)
        microphone->start();
}

void CallWindow::onSpeakerChanged(AudioSink *speaker)
{
    connect(speaker, &AudioSink::failed, this,
            [this](const QString &message) { showDeviceProblem(Device::Speaker, message); });
    MediaProvider::setVolume(speaker, m_volume / 100.0);
    if (m_media)
        m_media->setAudioSink(speaker);
    showDeviceProblem(Device::Speaker, {});
    if (m_media)
        speaker->start();
}

void CallWindow::showDeviceProblem(Device device, const QString &message)
{
    if (message.isEmpty())
        m_deviceProblems.remove(device);
    else
        m_deviceProblems.insert(device, message);
    showMessage(m_deviceMessage, QStringList(m_deviceProblems.values()).join(u'\n'));
}

void CallWindow::onSendChat()
{
    const QString text = m_chatEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_media) {
        showMessage(m_chatMessage, tr("The call is not connected yet."));
        return;
    }
    if (auto sent = m_media->sendChat(text); !sent) {
        showMessage(m_chatMessage, sent.error().message);
        return;
    }
    showMessage(m_chatMessage, {});
    m_chat->addMessage(text, true, m_clock.nowMs());
    m_chatEdit->clear();
    emit chatSent(text);
}

// The time shown is when it arrived, on our clock: the sender's clock may be off.
void CallWindow::onChatReceived(const QString &text)
{
    m_chat->addMessage(text, false, m_clock.nowMs());
}

void CallWindow::onStats(const CallStats &stats)
{
    const CallQualityLevel level = rateQuality(stats);
    const QString name = qualityName(level);
    m_quality->setText(tr("Connection: %1").arg(name));
    m_quality->setStyleSheet(u"color: white; background: %1; padding: 2px 8px; "
                             "border-radius: 3px; font-weight: bold;"_s.arg(qualityColour(level)));
    const QString rtt = stats.rttMs >= 0 ? tr("%1 ms").arg(stats.rttMs) : tr("not yet measured");
    const QString details = tr("%1 kbit/s · %2 frames/s · round trip %3 · %4 frames lost")
                                    .arg(QString::number(qRound(stats.receivedKbps)),
                                         QString::number(qRound(stats.receivedFps)), rtt,
                                         QString::number(stats.videoFramesLost));
    m_qualityDetails->setText(details);
    const QString tip =
            tr("Call quality: %1\nReceived: %2 kbit/s, %3 frames a second\nSent: %4 kbit/s, "
               "%5 frames a second\nRound trip: %6\nLost on the way here: %7%\nVideo frames "
               "lost: %8")
                    .arg(name, QString::number(qRound(stats.receivedKbps)),
                         QString::number(qRound(stats.receivedFps)),
                         QString::number(qRound(stats.sentKbps)),
                         QString::number(qRound(stats.sentFps)), rtt,
                         QString::number(stats.loss * 100, 'f', 1),
                         QString::number(stats.videoFramesLost));
    m_quality->setToolTip(tip);
    m_qualityDetails->setToolTip(tip);
    m_quality->setAccessibleDescription(details);
}

void CallWindow::onRemoteState(bool cameraOn, bool muted)
{
    if (cameraOn != m_remoteCameraOn) {
        m_remoteCameraOn = cameraOn;
        m_remoteView->clear();
    }
    m_remoteView->setPlaceholder(cameraOn ? QString() : tr("Camera off"));
    m_remoteMuted->setVisible(muted);
}

bool CallWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chatEdit && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QPushButton *button : { m_muteButton, m_cameraButton, m_endButton }) {
            if (button->shortcut() == pressed) {
                event->ignore(); // not the line edit's: the window's shortcut runs
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallWindow::closeEvent(QCloseEvent *event)
{
    if (m_phase != Phase::Ended)
        emit hangUpRequested();
    event->accept();
}

} // namespace clinic::ui
