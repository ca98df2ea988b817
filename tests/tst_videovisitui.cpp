// A video visit through the desktop windows, offscreen, against the real server, with the
// synthetic camera and microphone (--synthetic-media): the doctor starts the call from their
// Appointments page, the patient's computer rings and they answer, both call windows show the
// other's moving picture and the call's quality, the chat goes both ways, the doctor ends the
// call, completes the visit and writes its summary, and the patient reads it. Set
// CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.
#include "appointments/appointmentspage.h"
#include "appointments/visitcallpanel.h"
#include "appointments/visitsummarydialog.h"
#include "appointments/visitsummarypanel.h"
#include "call/callchatmodel.h"
#include "call/callringer.h"
#include "call/callwindow.h"
#include "call/incomingcalldialog.h"
#include "call/videovisitbutton.h"
#include "call/videovisits.h"
#include "call/videoview.h"
#include "clientshell.h"
#include "desktopclients.h"
#include "mainwindow.h"
#include "models/appointmentlistmodel.h"
#include "syncfixture.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
constexpr qint64 minuteMs = 60 * 1000;

// A top-level widget of this type (and object name, when given) that is shown.
template<typename T>
T *shownTopLevel(const QString &objectName = {})
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *found = qobject_cast<T *>(widget);
        if (found && found->isVisible() && (objectName.isEmpty() || found->objectName() == objectName))
            return found;
    }
    return nullptr;
}

QString statusOf(CallWindow *window)
{
    auto *status = window->findChild<QLabel *>(u"callStatus"_s);
    return status && status->isVisible() ? status->text() : QString();
}

} // namespace

class TestVideoVisitUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void doctorCallsPatientAnswersTheyTalkAndTheVisitIsRecorded();

private:
    AppointmentsPage *appointments(MainWindow *window);
    bool sendChat(CallWindow *window, const QString &text);
    int registeredCallKeys() const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<DesktopClients> m_desktops;
    QTemporaryDir m_setupDir, m_doctorDir, m_patientDir;
    QString m_doctorId, m_patientId;
    QString m_visit = u"video-visit-1"_s;
};

void TestVideoVisitUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    m_doctorId = m_server->addAccount(u"dr-vera"_s, Role::Doctor);
    m_patientId = m_server->addAccount(u"luisa"_s, Role::Patient);
    QVERIFY(!m_doctorId.isEmpty() && !m_patientId.isEmpty());
    QVERIFY(m_server->start());
    m_desktops = std::make_unique<DesktopClients>(*m_server);

    // Dr Vera sees patients by video for the next hour; Luisa books the first time two minutes
    // away, which she confirms. A doctor may call from 15 minutes before a visit.
    const qint64 now = Clock::system().nowMs();
    const qint64 from = now - now % (5 * minuteMs);
    TestClient doctor(*m_server, u"dr-vera"_s, m_setupDir.filePath(u"doctor"_s));
    QVERIFY(doctor.signIn() && doctor.waitIdle());
    QVERIFY(doctor.submit(u"availability.add_exception"_s,
                          { { u"id"_s, u"vera-now"_s },
                            { u"provider_id"_s, m_doctorId },
                            { u"kind"_s, u"extra_hours"_s },
                            { u"start_at"_s, from },
                            { u"end_at"_s, from + 60 * minuteMs },
                            { u"location_id"_s, u"online"_s },
                            { u"modality"_s, u"video"_s },
                            { u"slot_minutes"_s, 5 } }));
    QVERIFY(doctor.waitIdle());
    const qint64 start = from + ((now + 2 * minuteMs - from) / (5 * minuteMs) + 1) * 5 * minuteMs;
    TestClient patient(*m_server, u"luisa"_s, m_setupDir.filePath(u"patient"_s));
    QVERIFY(patient.signIn());
    QVERIFY(patient.waitIdle());
    QVERIFY(patient.submit(u"appointment.request"_s,
                           { { u"id"_s, m_visit },
                             { u"patient_id"_s, m_patientId },
                             { u"provider_id"_s, m_doctorId },
                             { u"start_at"_s, start },
                             { u"location_id"_s, u"online"_s },
                             { u"modality"_s, u"video"_s },
                             { u"reason"_s, u"A cough that will not go"_s } }));
    QVERIFY(patient.waitIdle());
    QCOMPARE(patient.count(u"appointment"_s), 1);
    QVERIFY(doctor.waitIdle());
    QVERIFY(doctor.submit(u"appointment.confirm"_s, { { u"id"_s, m_visit } }));
    QVERIFY(doctor.waitIdle());
    QCOMPARE(doctor.value(u"appointment"_s, m_visit, u"status"_s), u"confirmed"_s);
}

void TestVideoVisitUi::cleanupTestCase()
{
    m_desktops.reset();
    m_server.reset();
}

AppointmentsPage *TestVideoVisitUi::appointments(MainWindow *window)
{
    // The doctor's "Appointments", the patient's "My appointments".
    QWidget *page = openPage(window, u"Appointments"_s);
    return qobject_cast<AppointmentsPage *>(page ? page : openPage(window, u"My appointments"_s));
}

int TestVideoVisitUi::registeredCallKeys() const
{
    auto store = m_server->openDatabase();
    if (!store)
        return -1;
    QSqlQuery query(store.value()->database());
    return query.exec(u"SELECT COUNT(*) FROM call_key"_s) && query.next() ? query.value(0).toInt()
                                                                         : -1;
}

bool TestVideoVisitUi::sendChat(CallWindow *window, const QString &text)
{
    auto *edit = window->findChild<QLineEdit *>(u"chatEdit"_s);
    auto *send = window->findChild<QPushButton *>(u"sendChatButton"_s);
    if (!edit || !send || !send->isEnabled())
        return false;
    edit->setText(text);
    send->click();
    return true;
}

void TestVideoVisitUi::doctorCallsPatientAnswersTheyTalkAndTheVisitIsRecorded()
{
    auto doctorShell = m_desktops->open(m_doctorDir.path());
    auto patientShell = m_desktops->open(m_patientDir.path());
    QVERIFY(doctorShell && patientShell);
    doctorShell->setSyntheticMedia(true);
    patientShell->setSyntheticMedia(true);
    MainWindow *doctor = DesktopClients::signIn(*doctorShell, u"dr-vera"_s);
    MainWindow *patient = DesktopClients::signIn(*patientShell, u"luisa"_s);
    // Each computer registers its call key as it signs in; the doctor's call needs the
    // patient's (a person takes longer than this to reach the button).
    QTRY_COMPARE_WITH_TIMEOUT(registeredCallKeys(), 2, waitMs);
    auto *doctorCalls = doctor->findChild<VideoVisits *>();
    auto *patientCalls = patient->findChild<VideoVisits *>();
    QVERIFY(doctorCalls && patientCalls);
    for (VideoVisits *calls : { doctorCalls, patientCalls }) { // says why, should it fail
        connect(&calls->client(), &calls::CallClient::failed, this,
                [](const QString &message) { qWarning("call failed: %s", qPrintable(message)); });
    }

    // The doctor starts the call from the visit on their Appointments page: on a new
    // computer, once the visit has synced.
    AppointmentsPage *doctorPage = appointments(doctor);
    QVERIFY(doctorPage);
    QTRY_VERIFY_WITH_TIMEOUT(doctorPage->model()->rowOf(m_visit) >= 0, waitMs);
    doctorPage->select(m_visit);
    VideoVisitButton *start = doctorPage->videoVisit();
    QTRY_VERIFY_WITH_TIMEOUT(start->isVisible() && start->isEnabled(), waitMs);
    QCOMPARE(start->text(), u"Start video visit"_s);
    screenshot(doctor, u"videovisit-1-doctor-appointments"_s);
    start->click();

    // The patient's computer rings: who calls, for which visit; the Appointments page
    // offers to join too.
    QTRY_VERIFY_WITH_TIMEOUT(patientCalls->incomingCallDialog() != nullptr, waitMs);
    IncomingCallDialog *ring = patientCalls->incomingCallDialog();
    QTRY_VERIFY_WITH_TIMEOUT(ring->isVisible(), waitMs);
    QVERIFY(shown(ring, u"callerLabel"_s).contains(u"is calling you"_s));
    QVERIFY(shown(ring, u"visitLabel"_s).contains(u"A cough that will not go"_s));
    QVERIFY(patientCalls->ringer()->isRinging());
    AppointmentsPage *patientPage = appointments(patient);
    QTRY_VERIFY_WITH_TIMEOUT(patientPage->model()->rowOf(m_visit) >= 0, waitMs);
    patientPage->select(m_visit);
    QTRY_VERIFY_WITH_TIMEOUT(patientPage->videoVisit()->isVisible(), waitMs);
    QCOMPARE(patientPage->videoVisit()->text(), u"Join video visit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(doctorCalls->callWindow() != nullptr, waitMs);
    QVERIFY(statusOf(doctorCalls->callWindow()).startsWith(u"Calling"_s));
    screenshot(ring, u"videovisit-2-patient-ringing"_s);
    // Answered from the Appointments page: the ring's window goes too.
    patientPage->videoVisit()->click();
    QVERIFY(!patientCalls->ringer()->isRinging());
    QTRY_VERIFY_WITH_TIMEOUT(patientCalls->incomingCallDialog() == nullptr, waitMs);

    // Both windows show the other's moving picture and the call's quality.
    QTRY_VERIFY_WITH_TIMEOUT(patientCalls->callWindow() != nullptr, waitMs);
    CallWindow *doctorWindow = doctorCalls->callWindow();
    CallWindow *patientWindow = patientCalls->callWindow();
    QSignalSpy doctorFrames(doctorWindow->remoteView(), &VideoView::frameShown);
    QSignalSpy patientFrames(patientWindow->remoteView(), &VideoView::frameShown);
    QTRY_VERIFY_WITH_TIMEOUT(doctorFrames.count() >= 10 && patientFrames.count() >= 10, waitMs);
    const QImage before = patientWindow->remoteView()->grab().toImage();
    QTRY_VERIFY_WITH_TIMEOUT(patientWindow->remoteView()->grab().toImage() != before, waitMs);
    QCOMPARE(doctorCalls->client().safetyCode(), patientCalls->client().safetyCode());
    for (CallWindow *window : { doctorWindow, patientWindow })
        QTRY_VERIFY_WITH_TIMEOUT(!shown(window, u"callQuality"_s).isEmpty(), waitMs);

    // The chat goes both ways, and each side keeps what it wrote with the visit.
    QVERIFY(sendChat(doctorWindow, u"Good morning, Luisa. Can you hear me?"_s));
    QTRY_COMPARE_WITH_TIMEOUT(patientWindow->chatModel()->rowCount(), 1, waitMs);
    QVERIFY(sendChat(patientWindow, u"Yes, clearly."_s));
    QTRY_COMPARE_WITH_TIMEOUT(doctorWindow->chatModel()->rowCount(), 2, waitMs);
    screenshot(doctorWindow, u"videovisit-3-doctor-call"_s);
    screenshot(patientWindow, u"videovisit-4-patient-call"_s);

    // The doctor ends the call: both windows say so, and the doctor is offered to complete
    // the visit and write its summary.
    doctorWindow->findChild<QPushButton *>(u"endCallButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(patientWindow->phase(), CallWindow::Phase::Ended, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(doctorWindow->phase(), CallWindow::Phase::Ended, waitMs);
    QVERIFY(!statusOf(patientWindow).isEmpty());
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            (question = shownTopLevel<QMessageBox>(u"completeVisitQuestion"_s)) != nullptr,
            waitMs);
    screenshot(question, u"videovisit-5-complete-question"_s);
    question->findChild<QPushButton *>(u"completeVisitButton"_s)->click();
    VisitSummaryDialog *summary = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((summary = shownTopLevel<VisitSummaryDialog>()) != nullptr, waitMs);
    const QString written = u"Viral cough. Rest, fluids; call again if a fever starts."_s;
    summary->editor()->setPlainText(written);
    summary->accept();

    // The patient reads the summary with the visit, once it has synced.
    patientWindow->close();
    doctorWindow->close();
    patientPage = appointments(patient);
    QTRY_COMPARE_WITH_TIMEOUT(patientPage->model()->at(patientPage->model()->rowOf(m_visit))->status,
                              u"completed"_s, waitMs);
    patientPage->select(m_visit);
    QTRY_COMPARE_WITH_TIMEOUT(patientPage->summary()->text()->text(), written, waitMs);
    // With the call as the server recorded it, and the chat both sides kept.
    QTRY_VERIFY_WITH_TIMEOUT(patientPage->calls()->calls()->text().startsWith(u"Call from"_s),
                             waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(patientPage->calls()->chat()->count(), 2, waitMs);
    QVERIFY(patientPage->calls()->chat()->item(0)->text().contains(u"Can you hear me?"_s));
    QVERIFY(patientPage->calls()->chat()->item(1)->text().contains(u"You: Yes, clearly."_s));
    screenshot(patient, u"videovisit-6-patient-summary"_s);
}

QTEST_MAIN(TestVideoVisitUi)
#include "tst_videovisitui.moc"
