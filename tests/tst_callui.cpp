// The call window and the device test: two CallWindows holding a real call (CallMedia over the
// in-process loopback, synthetic camera and microphone), and the device test on synthetic
// media and on this machine's real devices (there are none: it must say so, not crash).

#include "call/audiolevel.h"
#include "call/callchatmodel.h"
#include "call/calldevices.h"
#include "call/callwindow.h"
#include "call/devicetestdialog.h"
#include "call/mediaprovider.h"
#include "call/videoimage.h"
#include "call/videoview.h"
#include "crypto/callkeys.h"
#include "media/audiosource.h"
#include "media/callmedia.h"
#include "media/capturingaudiosink.h"
#include "media/framestamp.h"
#include "media/loopbacktransport.h"
#include "media/qt/cameraframeconverter.h"
#include "media/qt/mediadevicelist.h"
#include "media/tonegenerator.h"
#include "media/videosource.h"
#include "translations.h"
#include "util/clock.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <optional>

using namespace clinic;
using namespace clinic::media;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

const QByteArray callId = "visit-2026-12-07-ruiz-perez"_ba;
const QString doctorName = u"Dr. Ana Ruiz"_s;
const QString patientName = u"Juan Pérez"_s;
const QString visitTitle = u"Follow-up visit, Monday 7 December, 15:00"_s;
constexpr int waitMs = 10000;

std::optional<quint32> stampOf(const VideoView *view)
{
    const auto stamp = FrameStamp::read(view->shownFrame());
    if (!stamp)
        return std::nullopt;
    return stamp->frameNumber;
}

QLabel *label(QWidget *window, const QString &objectName)
{
    return window->findChild<QLabel *>(objectName);
}

// The doctor (participant 0, the caller) and the patient (1), each in a call window with
// synthetic devices and a real CallMedia, joined by the loopback link.
struct TwoWindows
{
    TwoWindows()
        : provider(Clock::system(), MediaProvider::Kind::Synthetic),
          doctor(Clock::system(), provider, { patientName, visitTitle, code() }),
          patient(Clock::system(), provider, { doctorName, visitTitle, code() })
    {
        std::tie(doctorEnd, patientEnd) = LoopbackTransport::createPair();
        const SecureBytes secret = CallKeys::newCallSecret();
        CallMediaConfig doctorConfig;
        doctorConfig.participant = 0;
        doctorConfig.peer = 1;
        CallMediaConfig patientConfig;
        patientConfig.participant = 1;
        patientConfig.peer = 0;
        if (auto started = doctor.startMedia(*doctorEnd, secret, callId, doctorConfig); !started)
            qFatal("doctor: %s", qPrintable(started.error().fullText()));
        if (auto started = patient.startMedia(*patientEnd, secret, callId, patientConfig); !started)
            qFatal("patient: %s", qPrintable(started.error().fullText()));
        doctor.setPhase(CallWindow::Phase::Connected);
        patient.setPhase(CallWindow::Phase::Connected);
        doctor.move(0, 0);
        patient.move(40, 40);
        doctor.show();
        patient.show();
    }
    ~TwoWindows()
    {
        doctor.stopMedia();
        patient.stopMedia();
    }
    static QString code() { return u"0421 9930 1187 5502 7719 3046"_s; }

    MediaProvider provider;
    std::unique_ptr<LoopbackTransport> doctorEnd;
    std::unique_ptr<LoopbackTransport> patientEnd;
    CallWindow doctor;
    CallWindow patient;
};

// Both views show pictures that move: two different frame numbers read from the pattern.
bool showsMovingVideo(const VideoView *view, QList<quint32> &seen)
{
    if (const auto number = stampOf(view); number && !seen.contains(*number))
        seen << *number;
    return view->isShowingPicture() && seen.size() >= 3;
}

// The controls a keyboard reaches that a screen reader could not name.
QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(window) && !w->inherits("QScrollBar")
            && !w->objectName().startsWith(u"qt_"_s) && w->accessibleName().isEmpty()
            && !(qobject_cast<QAbstractButton *>(w) // a button's text names it
                 && !qobject_cast<QAbstractButton *>(w)->text().isEmpty()))
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    return unnamed;
}

void activate(QWidget *window)
{
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
}

} // namespace

class TestCallUi : public QObject
{
    Q_OBJECT

private slots:
    void videoImageIsTheCameraConvertersInverse();
    void audioLevelFollowsLoudness();
    void chatModelHoldsTheConversation();
    void twoWindowsHoldAVideoVisit();
    void cameraOffAndMuteReachThePeer();
    void devicesSwitchMidCall();
    void endCallAndStatusLine();
    void deviceTestOnSyntheticMedia();
    void deviceTestWithoutDevicesSaysSo();
    void callWindowWithoutDevicesSaysSo();
    void spanishCallWindowFits(); // last: it leaves the Spanish translation installed
};

// Colour blocks through the camera's RGB-to-I420 conversion and back: within rounding and
// the chroma's halved resolution (flat blocks, so only rounding remains).
void TestCallUi::videoImageIsTheCameraConvertersInverse()
{
    QImage source(64, 48, QImage::Format_RGB32);
    const QList<QColor> colours { Qt::white,           Qt::black,           QColor(200, 30, 40),
                                  QColor(20, 160, 60), QColor(30, 60, 200), QColor(128, 128, 128) };
    QPainter painter(&source);
    for (int i = 0; i < colours.size(); ++i)
        painter.fillRect((i % 3) * 16 + 8, (i / 3) * 16 + 8, 16, 16, colours.at(i));
    painter.end();
    const VideoFrame frame = CameraFrameConverter::fromRgb(source);
    const QImage back = VideoImage::fromI420(frame);
    QCOMPARE(back.size(), source.size());
    for (int i = 0; i < colours.size(); ++i) {
        const QPoint centre((i % 3) * 16 + 16, (i / 3) * 16 + 16);
        const QColor want = source.pixelColor(centre);
        const QColor got = back.pixelColor(centre);
        QVERIFY2(qAbs(want.red() - got.red()) <= 3 && qAbs(want.green() - got.green()) <= 3
                         && qAbs(want.blue() - got.blue()) <= 3,
                 qPrintable(u"%1 came back as %2"_s.arg(want.name(), got.name())));
    }
    QVERIFY(VideoImage::fromI420(VideoFrame()).isNull());
}

void TestCallUi::audioLevelFollowsLoudness()
{
    QCOMPARE(AudioLevel::percent(QList<qint16>(960, 0)), 0);
    QCOMPARE(AudioLevel::percent({}), 0);
    ToneGenerator loud(440.0, 1.0);
    ToneGenerator quiet(440.0, 0.1); // 20 dB down
    const int loudLevel = AudioLevel::percent(loud.next());
    const int quietLevel = AudioLevel::percent(quiet.next());
    QVERIFY2(loudLevel >= 90 && loudLevel <= 100, qPrintable(QString::number(loudLevel)));
    QVERIFY2(qAbs(loudLevel - quietLevel - 33) <= 2, qPrintable(QString::number(quietLevel)));
}

void TestCallUi::chatModelHoldsTheConversation()
{
    CallChatModel model(doctorName);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 t = 1795000000000;
    model.addMessage(u"Can you hear me?"_s, true, t);
    model.addMessage(u"Yes, clearly."_s, false, t + 65000);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    const QModelIndex second = model.index(1);
    QCOMPARE(first.data(int(CallChatModel::Role::Sender)).toString(), u"You"_s);
    QCOMPARE(second.data(int(CallChatModel::Role::Sender)).toString(), doctorName);
    QCOMPARE(second.data(int(CallChatModel::Role::TimeMs)).toLongLong(), t + 65000);
    QCOMPARE(second.data().toString(),
             CallChatModel::timeText(t + 65000) + u"  "_s + doctorName + u": Yes, clearly."_s);
    QVERIFY(first.data(int(CallChatModel::Role::FromMe)).toBool());
}

void TestCallUi::twoWindowsHoldAVideoVisit()
{
    TwoWindows call;
    // Moving pictures both ways, and our own in the corner.
    QList<quint32> doctorSees, patientSees, doctorPreview;
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.doctor.remoteView(), doctorSees), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.patient.remoteView(), patientSees), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.doctor.localView(), doctorPreview), waitMs);
    QCOMPARE(call.doctor.remoteView()->placeholder(), QString());

    // The quality indicator from the call's stats.
    QTRY_VERIFY_WITH_TIMEOUT(
            label(&call.doctor, u"callQualityDetails"_s)->text().contains(u"kbit/s"_s), waitMs);
    const QString quality = label(&call.doctor, u"callQuality"_s)->text();
    QVERIFY2(quality == u"Connection: Good"_s || quality == u"Connection: Fair"_s
                     || quality == u"Connection: Poor"_s,
             qPrintable(quality));
    QVERIFY(label(&call.doctor, u"callQuality"_s)->toolTip().contains(u"Round trip"_s));

    // Chat both ways, by typing and pressing Return, each line with its time on our clock.
    QSignalSpy doctorSent(&call.doctor, &CallWindow::chatSent);
    const qint64 before = Clock::system().nowMs();
    QVERIFY(test::type(&call.doctor, u"Chat message"_s, u"Can you see me, Juan?"_s));
    QTest::keyClick(test::field(&call.doctor, u"Chat message"_s), Qt::Key_Return);
    QCOMPARE(doctorSent.size(), 1);
    QCOMPARE(doctorSent.at(0).at(0).toString(), u"Can you see me, Juan?"_s);
    QCOMPARE(test::field(&call.doctor, u"Chat message"_s)->text(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(call.patient.chatModel()->rowCount(), 1, waitMs);
    const QModelIndex received = call.patient.chatModel()->index(0);
    QCOMPARE(received.data(int(CallChatModel::Role::Text)).toString(), u"Can you see me, Juan?"_s);
    QCOMPARE(received.data(int(CallChatModel::Role::Sender)).toString(), doctorName);
    const qint64 at = received.data(int(CallChatModel::Role::TimeMs)).toLongLong();
    QVERIFY(at >= before && at <= Clock::system().nowMs());

    QVERIFY(test::type(&call.patient, u"Chat message"_s, u"Yes, very well."_s));
    test::button(&call.patient, u"Send"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(call.doctor.chatModel()->rowCount(), 2, waitMs);
    QCOMPARE(call.doctor.chatModel()->index(1).data(int(CallChatModel::Role::Sender)).toString(),
             patientName);
    QCOMPARE(call.patient.chatModel()->rowCount(), 2);

    // The safety code, on request only.
    QLabel *code = label(&call.doctor, u"safetyCode"_s);
    QVERIFY(!code->isVisible());
    call.doctor.findChild<QPushButton *>(u"safetyButton"_s)->click();
    QVERIFY(code->isVisible());
    QVERIFY(code->text().contains(TwoWindows::code()));

    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR")) {
        test::screenshot(&call.doctor, u"callui-doctor"_s);
        test::screenshot(&call.patient, u"callui-patient"_s);
    }
}

void TestCallUi::cameraOffAndMuteReachThePeer()
{
    TwoWindows call;
    QList<quint32> seen;
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.patient.remoteView(), seen), waitMs);

    // Ctrl+E: the doctor's camera off, on both screens; even while typing in the chat, where
    // the line edit would take Ctrl+E for itself.
    activate(&call.doctor);
    QTRY_VERIFY(call.doctor.isActiveWindow());
    QLineEdit *chat = test::field(&call.doctor, u"Chat message"_s);
    chat->setFocus();
    QTRY_VERIFY(chat->hasFocus());
    QTest::keyClick(chat, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(!call.doctor.isCameraOn()); // a shortcut clicks its button after a moment
    QCOMPARE(call.doctor.localView()->placeholder(), u"Camera off"_s);
    QVERIFY(!call.doctor.media()->isCameraOn());
    QTRY_COMPARE_WITH_TIMEOUT(call.patient.remoteView()->placeholder(), u"Camera off"_s, waitMs);
    QVERIFY(!call.patient.remoteView()->isShowingPicture());
    auto *cameraButton = call.doctor.findChild<QPushButton *>(u"cameraButton"_s);
    QCOMPARE(cameraButton->text(), u"Turn camera on"_s);

    // Ctrl+D: muted, and the patient is shown so.
    QLabel *mutedBadge = label(&call.patient, u"remoteMuted"_s);
    QVERIFY(!mutedBadge->isVisible());
    QTest::keyClick(chat, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(call.doctor.isMuted());
    QVERIFY(call.doctor.media()->isMuted());
    QTRY_VERIFY_WITH_TIMEOUT(mutedBadge->isVisible(), waitMs);
    QCOMPARE(mutedBadge->text(), u"Dr. Ana Ruiz is muted"_s);
    QCOMPARE(call.doctor.findChild<QPushButton *>(u"muteButton"_s)->text(), u"Unmute"_s);

    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR")) {
        test::screenshot(&call.patient, u"callui-patient-peer-camera-off"_s);
        test::screenshot(&call.doctor, u"callui-doctor-camera-off"_s);
    }

    // Both back on by the buttons: the picture moves again, the badge goes.
    cameraButton->click();
    call.doctor.findChild<QPushButton *>(u"muteButton"_s)->click();
    QVERIFY(call.doctor.isCameraOn() && !call.doctor.isMuted());
    seen.clear();
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.patient.remoteView(), seen), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!mutedBadge->isVisible(), waitMs);
    QCOMPARE(call.patient.remoteView()->placeholder(), QString());
}

// Picking a camera, microphone or speaker during the call: the new device takes over (the
// test pattern's frame numbers start again) and the call goes on.
void TestCallUi::devicesSwitchMidCall()
{
    TwoWindows call;
    QList<quint32> seen;
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.patient.remoteView(), seen), waitMs);
    QTest::qWait(500); // the first camera well past its first frames
    const quint32 before = *stampOf(call.patient.remoteView());

    auto *doctorDevices = call.doctor.findChild<CallDevices *>();
    auto *patientDevices = call.patient.findChild<CallDevices *>();
    QVERIFY(doctorDevices && patientDevices);
    const VideoSource *oldCamera = doctorDevices->camera();
    emit doctorDevices->cameraPicker()->activated(0);
    emit doctorDevices->microphonePicker()->activated(0);
    emit patientDevices->speakerPicker()->activated(0);
    QVERIFY(doctorDevices->camera() != oldCamera);
    QVERIFY(doctorDevices->camera()->isActive() && doctorDevices->microphone()->isActive());

    QTRY_VERIFY_WITH_TIMEOUT(stampOf(call.patient.remoteView()).value_or(before) < before, waitMs);
    seen.clear();
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.patient.remoteView(), seen), waitMs);
    auto *speaker = qobject_cast<CapturingAudioSink *>(patientDevices->speaker());
    QVERIFY(speaker && speaker->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(speaker->framesWritten() > 25, waitMs);
}

void TestCallUi::endCallAndStatusLine()
{
    TwoWindows call;
    QSignalSpy hangUp(&call.doctor, &CallWindow::hangUpRequested);
    call.doctor.setPhase(CallWindow::Phase::Connecting);
    QCOMPARE(test::shown(&call.doctor, u"callStatus"_s), u"Connecting…"_s);
    call.doctor.setPhase(CallWindow::Phase::Reconnecting);
    QCOMPARE(test::shown(&call.doctor, u"callStatus"_s), u"Reconnecting…"_s);
    call.doctor.setPhase(CallWindow::Phase::PeerAway);
    QCOMPARE(test::shown(&call.doctor, u"callStatus"_s), u"Juan Pérez has left; waiting…"_s);
    call.doctor.setPhase(CallWindow::Phase::Connected);
    QCOMPARE(test::shown(&call.doctor, u"callStatus"_s), QString());

    test::button(&call.doctor, u"End call"_s)->click();
    QCOMPARE(hangUp.size(), 1);
    activate(&call.doctor);
    QTRY_VERIFY(call.doctor.isActiveWindow());
    QTest::keyClick(&call.doctor, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(hangUp.size(), 2);

    // Ended: no more ending, no more chat; closing the window then asks nothing.
    call.doctor.setPhase(CallWindow::Phase::Ended);
    QCOMPARE(test::shown(&call.doctor, u"callStatus"_s), u"The call has ended."_s);
    QVERIFY(!call.doctor.findChild<QPushButton *>(u"endCallButton"_s)->isEnabled());
    call.doctor.close();
    QCOMPARE(hangUp.size(), 2);
    // Closing a live call's window is hanging up.
    QSignalSpy patientHangUp(&call.patient, &CallWindow::hangUpRequested);
    call.patient.close();
    QCOMPARE(patientHangUp.size(), 1);

    QCOMPARE(unnamedControls(&call.patient), QStringList());
}

void TestCallUi::deviceTestOnSyntheticMedia()
{
    MediaProvider provider(Clock::system(), MediaProvider::Kind::Synthetic);
    DeviceTestDialog dialog(Clock::system(), provider);
    dialog.show();
    QList<quint32> seen;
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(dialog.preview(), seen), waitMs);
    // The test tone at half scale: -9 dBFS RMS.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.levelMeter()->value() > 70, waitMs);
    QVERIFY(dialog.levelMeter()->value() <= 100);
    QCOMPARE(test::shown(&dialog, u"cameraMessage"_s), QString());
    QCOMPARE(test::shown(&dialog, u"microphoneMessage"_s), QString());
    QCOMPARE(dialog.findChild<QComboBox *>(u"cameraPicker"_s)->currentText(), u"Test pattern"_s);
    QCOMPARE(unnamedControls(&dialog), QStringList());

    auto *play = dialog.findChild<QPushButton *>(u"playToneButton"_s);
    QVERIFY(play->isEnabled());
    play->click();
    QVERIFY(dialog.isPlayingTone());
    QVERIFY(!play->isEnabled());
    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR"))
        test::screenshot(&dialog, u"callui-devicetest-synthetic"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPlayingTone(), DeviceTestDialog::toneMs + waitMs);
    QVERIFY(play->isEnabled());
    QCOMPARE(dialog.devices().camera, "synthetic-pattern"_ba);
}

void TestCallUi::deviceTestWithoutDevicesSaysSo()
{
    if (!MediaDeviceList::cameras().isEmpty() || !MediaDeviceList::microphones().isEmpty())
        QSKIP("this computer has a camera or a microphone");
    MediaProvider provider(Clock::system(), MediaProvider::Kind::Real);
    DeviceTestDialog dialog(Clock::system(), provider);
    dialog.show();
    QTRY_COMPARE(test::shown(&dialog, u"cameraMessage"_s), MediaDeviceList::noCameraMessage({}));
    QTRY_COMPARE(test::shown(&dialog, u"microphoneMessage"_s),
                 MediaDeviceList::noMicrophoneMessage({}));
    auto *cameraPicker = dialog.findChild<QComboBox *>(u"cameraPicker"_s);
    QVERIFY(!cameraPicker->isEnabled());
    QCOMPARE(cameraPicker->currentText(), u"No camera found"_s);
    QCOMPARE(dialog.preview()->placeholder(), u"No camera"_s);
    QCOMPARE(dialog.levelMeter()->value(), 0);
    if (MediaDeviceList::speakers().isEmpty()) {
        QTRY_COMPARE(test::shown(&dialog, u"speakerMessage"_s),
                     MediaDeviceList::noSpeakerMessage({}));
        QVERIFY(!dialog.findChild<QPushButton *>(u"playToneButton"_s)->isEnabled());
    }
    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR"))
        test::screenshot(&dialog, u"callui-devicetest-nodevices"_s);
}

void TestCallUi::callWindowWithoutDevicesSaysSo()
{
    if (!MediaDeviceList::cameras().isEmpty())
        QSKIP("this computer has a camera");
    MediaProvider provider(Clock::system(), MediaProvider::Kind::Real);
    CallWindow window(Clock::system(), provider, { doctorName, visitTitle, {} });
    window.show();
    QTRY_COMPARE(test::shown(&window, u"deviceMessage"_s), MediaDeviceList::noCameraMessage({}));
    QVERIFY(!window.findChild<QComboBox *>(u"cameraPicker"_s)->isEnabled());
    QCOMPARE(window.localView()->placeholder(), u"No camera"_s);
    QVERIFY(!window.findChild<QPushButton *>(u"safetyButton"_s)->isEnabled()); // no code yet
    // The call still starts (sound and chat may work): nothing here crashes or hangs.
    auto [mine, theirs] = LoopbackTransport::createPair();
    CallMediaConfig config;
    QVERIFY(window.startMedia(*mine, CallKeys::newCallSecret(), callId, config));
    QVERIFY(window.media()->isRunning());
    if (MediaDeviceList::microphones().isEmpty()) {
        QTRY_VERIFY(test::shown(&window, u"deviceMessage"_s)
                            .contains(MediaDeviceList::noMicrophoneMessage({})));
        QVERIFY(test::shown(&window, u"deviceMessage"_s)
                        .contains(MediaDeviceList::noCameraMessage({})));
    }
    QTest::qWait(50); // the message's new height laid out
    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR"))
        test::screenshot(&window, u"callui-nodevices"_s);
    window.stopMedia();
    QVERIFY(!window.media());
}

// Spanish words run longer: the window still fits its usual size, every line translated.
void TestCallUi::spanishCallWindowFits()
{
    QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    TwoWindows call;
    call.patient.setPhase(CallWindow::Phase::PeerAway);
    QVERIFY(test::button(&call.patient, u"Terminar llamada"_s));
    QCOMPARE(test::shown(&call.patient, u"callStatus"_s),
             u"Dr. Ana Ruiz se ha desconectado; esperando…"_s);
    QVERIFY2(call.patient.minimumSizeHint().width() <= call.patient.width(),
             qPrintable(QString::number(call.patient.minimumSizeHint().width())));
    QList<quint32> seen;
    QTRY_VERIFY_WITH_TIMEOUT(showsMovingVideo(call.patient.remoteView(), seen), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
            label(&call.patient, u"callQuality"_s)->text().startsWith(u"Conexión: "_s), waitMs);
    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR"))
        test::screenshot(&call.patient, u"callui-patient-es"_s);

    MediaProvider provider(Clock::system(), MediaProvider::Kind::Real);
    DeviceTestDialog dialog(Clock::system(), provider);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Probar cámara y sonido"_s);
    if (!qEnvironmentVariableIsEmpty("CLINIC_SCREENSHOT_DIR"))
        test::screenshot(&dialog, u"callui-devicetest-es"_s);
}

QTEST_MAIN(TestCallUi)
#include "tst_callui.moc"
