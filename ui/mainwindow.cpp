#include "mainwindow.h"

#include "account/accountpage.h"
#include "account/changepassworddialog.h"
#include "account/signinagainbar.h"
#include "account/totpsetupdialog.h"
#include "call/videovisits.h"
#include "devices/devicespage.h"
#include "appointments/appointmentspage.h"
#include "idlewatcher.h"
#include "lockscreen.h"
#include "pages/availabilitypage.h"
#include "pages/calendarpage.h"
#include "pages/clinicpage.h"
#include "pages/clinicspage.h"
#include "pages/finddoctorpage.h"
#include "pages/mydirectorypage.h"
#include "pages/mypatientspage.h"
#include "pages/notificationspage.h"
#include "pharmacy/inventorypage.h"
#include "pharmacy/dispensingpage.h"
#include "vitals/monitoringpage.h"
#include "vitals/vitalentrydialog.h"
#include "vitals/vitalspage.h"
#include "pages/patientspage.h"
#include "pages/profilepage.h"
#include "pages/schedulepage.h"
#include "pages/securitypolicypage.h"
#include "pages/userspage.h"
#include "pages/verificationpage.h"
#include "pages/waitingroompage.h"
#include "prescriptions/myprescriptionspage.h"
#include "prescriptions/prescriptionspage.h"
#include "reminders/reminderspage.h"
#include "syncstatus/syncactivitydialog.h"
#include "syncstatus/syncindicator.h"
#include "today/homepage.h"
#include "today/todayagenda.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace clinic::ui {

QString MainWindow::objectNameFor(Role role)
{
    QString name = Roles::name(role);
    qsizetype underscore;
    while ((underscore = name.indexOf(u'_')) >= 0)
        name.replace(underscore, 2, name.at(underscore + 1).toUpper());
    return name + u"Window";
}

MainWindow::MainWindow(const ClientContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(objectNameFor(context.account.role));
    setWindowTitle(
            tr("Clinic — %1 (%2)")
                    .arg(context.account.displayName, Roles::displayName(context.account.role)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/clinic.svg")));
    if (context.account.role == Role::Doctor || context.account.role == Role::Patient)
        m_context.videoVisits = new VideoVisits(m_context, this); // before the pages offer it
    createMenus();

    m_lockScreen = new LockScreen(context.account.displayName, context.store, this);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);
    m_frames = new QStackedWidget(this);
    m_content = createContent();
    m_frames->addWidget(m_content);
    m_frames->addWidget(m_lockScreen);
    setCentralWidget(m_frames);

    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection"));
    m_syncIndicator = new SyncIndicator(context.sync, *context.clock, this);
    connect(m_syncIndicator, &SyncIndicator::activityRequested, this,
            &MainWindow::showSyncActivity);
    connect(context.sync, &SyncEngine::outcomeReceived, this, &MainWindow::onOutcomeReceived);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_connection);
    connect(context.connection, &ServerConnection::stateChanged, this,
            &MainWindow::updateConnectionStatus);
    connect(context.connection, &ServerConnection::signedOut, this,
            &MainWindow::onSignedOutByServer);
    updateConnectionStatus();

    if (m_context.videoVisits) {
        connect(m_context.videoVisits, &VideoVisits::notify, this,
                [this](const QString &title, const QString &text) {
                    if (m_tray)
                        m_tray->showMessage(title, text);
                    statusBar()->showMessage(text, 15000);
                });
        // "... is calling you" goes when the call stops ringing.
        connect(m_context.videoVisits, &VideoVisits::ringingStopped, statusBar(),
                &QStatusBar::clearMessage);
    }

    m_idle = new IdleWatcher(qMax(1, context.account.idleLockMinutes) * 60 * 1000, this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    resize(1024, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *clinic = menuBar()->addMenu(tr("&Clinic"));
    QAction *lockNow = clinic->addAction(tr("&Lock now"), this, &MainWindow::lock);
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *signOut = clinic->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clinic->addSeparator();
    QAction *syncNow = clinic->addAction(tr("Sync &now"), m_context.sync, &SyncEngine::syncNow);
    syncNow->setShortcut(QKeySequence::Refresh);
    clinic->addAction(tr("Sync &activity…"), this, &MainWindow::showSyncActivity);
    if (m_context.videoVisits) {
        clinic->addAction(tr("&Test camera and sound…"), m_context.videoVisits,
                          &VideoVisits::testDevices);
    }
    clinic->addSeparator();
    QAction *quit = clinic->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("Change &password…"), this, [this] {
        ChangePasswordDialog dialog(m_context, this);
        dialog.exec();
    });
    account->addAction(tr("Set up &2-step sign-in…"), this, [this] {
        if (!m_context.online()) {
            QMessageBox::information(this, tr("2-step sign-in"),
                                     tr("Setting up 2-step sign-in needs the server."));
            return;
        }
        TotpSetupDialog dialog(m_context, this);
        dialog.exec();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Clinic"), this, [this] {
        QMessageBox::about(
                this, tr("About Clinic"),
                tr("<h3>Clinic %1</h3><p>Your clinic's records, appointments and visits. "
                   "Everything Clinic keeps on this computer is encrypted with your "
                   "password.</p>")
                        .arg(QApplication::applicationVersion()));
    });
}

QWidget *MainWindow::createContent()
{
    auto *content = new QWidget(this);
    m_navigation = new QListWidget(content);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Room around each entry; colours stay the palette's, so high-contrast themes apply.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 12px; }"));
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_navigation->setFont(font);
    m_pages = new QStackedWidget(content);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    // A patient's home is their profile (and notes); staff start on their role's day.
    const QString home = HomePage::titleFor(m_context.account.role);
    HomePage *homePage = nullptr;
    if (m_context.account.role == Role::Patient)
        addPage(home, new ProfilePage(m_context, m_pages));
    else
        addPage(home, homePage = new HomePage(m_context, m_pages));
    const Role role = m_context.account.role;
    if (role == Role::Patient) {
        auto *appointments = new AppointmentsPage(m_context, m_pages);
        auto *find = new FindDoctorPage(m_context, m_pages);
        connect(find, &FindDoctorPage::requested, appointments, &AppointmentsPage::select);
        addPage(tr("Find a doctor"), find);
        addPage(tr("My appointments"), appointments);
        addPage(tr("Health centres"), new ClinicsPage(m_context, m_pages));
        auto *vitals = new VitalsPage(m_context, m_pages);
        connect(vitals, &VitalsPage::addReadingRequested, this, &MainWindow::enterVitalReading);
        addPage(tr("Vital signs"), vitals);
        addPage(tr("Devices"), new DevicesPage(m_context, m_pages));
        // Medication and follow-up reminders, in the tray too.
        auto *reminders = new RemindersPage(m_context, m_pages);
        addPage(tr("Reminders"), reminders);
        addPage(tr("My prescriptions"), new MyPrescriptionsPage(m_context, m_pages));
        connect(reminders, &RemindersPage::notified, this, [this](const QString &text) {
            if (m_tray)
                m_tray->showMessage(tr("Clinic"), text);
            statusBar()->showMessage(text, 15000);
            if (auto *notifications = m_pages->findChild<NotificationsPage *>())
                notifications->check(); // lists it at once
        });
    }
    if (role == Role::Doctor) {
        addPage(tr("Appointments"), new AppointmentsPage(m_context, m_pages));
        addPage(tr("Calendar"), new CalendarPage(m_context, m_pages));
        addPage(tr("My availability"), new AvailabilityPage(m_context, m_pages));
        addPage(tr("My page"), new MyDirectoryPage(m_context, m_pages));
    }
    if (role == Role::FrontDesk)
        addFrontDeskPages();
    if (role == Role::Pharmacist) {
        addPage(tr("Prescriptions"), new DispensingPage(m_context, m_pages));
        addPage(tr("Inventory"), new InventoryPage(m_context, m_pages));
    }
    if (role == Role::Patient || role == Role::Doctor || role == Role::Nurse
        || role == Role::FrontDesk)
        addNotifications(); // a nurse's: vital-sign alerts of their care-team patients
    if (m_context.account.role == Role::Doctor || m_context.account.role == Role::Nurse) {
        auto *myPatients = new MyPatientsPage(m_context, m_pages);
        addPage(tr("My patients"), myPatients);
        auto *monitoring = new MonitoringPage(m_context, m_pages);
        addPage(tr("Monitoring"), monitoring);
        connect(monitoring, &MonitoringPage::addReadingRequested, this,
                &MainWindow::enterVitalReading);
        connect(myPatients, &MyPatientsPage::vitalsRequested, this,
                [this, monitoring](const QString &patientId) {
                    monitoring->openPatient(patientId);
                    showPage(monitoring);
                });
        if (m_context.account.role == Role::Doctor)
            addPrescriptions(); // refill requests and pharmacies' questions
    }
    if (m_context.account.role == Role::FrontDesk)
        addPage(tr("Patients"), new PatientsPage(m_context, m_pages));
    if (m_context.account.role == Role::Admin) {
        addVerification();
        addPage(tr("Clinic"), new ClinicPage(m_context, m_pages));
        addPage(tr("Users"), new UsersPage(m_context, m_pages));
        addPage(tr("Security policy"), new SecurityPolicyPage(m_context, m_pages));
    }
    auto *accountPage = new AccountPage(m_context, m_pages);
    connect(accountPage, &AccountPage::signedOutEverywhere, this, &MainWindow::signOutRequested);
    addPage(tr("My account"), accountPage);
    m_navigation->setCurrentRow(0);
    if (homePage && homePage->agenda())
        connectAgenda(homePage->agenda());

    m_signInAgain = new SignInAgainBar(m_context, content);
    connect(m_context.connection, &ServerConnection::signInNeeded, m_signInAgain,
            &SignInAgainBar::ask);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_signInAgain);
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_navigation);
    pages->addWidget(m_pages, 1);
    layout->addLayout(pages, 1);
    return content;
}

// The front desk's day: the schedule across providers and the waiting room first, then every
// appointment and booking. A visit just booked is selected in the schedule and the list.
void MainWindow::addFrontDeskPages()
{
    auto *schedule = new SchedulePage(m_context, *m_context.clock, m_pages);
    addPage(tr("Schedule"), schedule);
    addWaitingRoom();
    auto *appointments = new AppointmentsPage(m_context, m_pages);
    addPage(tr("Appointments"), appointments);
    auto *book = new FindDoctorPage(m_context, m_pages);
    addPage(tr("Book a visit"), book);
    connect(book, &FindDoctorPage::requested, appointments, &AppointmentsPage::select);
    connect(book, &FindDoctorPage::requested, schedule, &SchedulePage::showAppointment);
    connect(schedule, &SchedulePage::bookRequested, this, [this, book] { showPage(book); });
}

// The waiting room, with how many are waiting in its title in the page list.
void MainWindow::addWaitingRoom()
{
    auto *page = new WaitingRoomPage(m_context, *m_context.clock, m_pages);
    const int row = m_navigation->count();
    addPage(tr("Waiting room"), page);
    const auto title = [this, row](int waiting) {
        m_navigation->item(row)->setText(waiting > 0 ? tr("Waiting room (%1)").arg(waiting)
                                                     : tr("Waiting room"));
    };
    title(page->waiting());
    connect(page, &WaitingRoomPage::waitingChanged, this, title);
}

// The notification centre's page, its unread count in the page list, and each new one shown
// in the system tray (or the status bar where there is no tray, as offscreen).
void MainWindow::addNotifications()
{
    auto *page = new NotificationsPage(m_context, *m_context.clock, m_pages);
    const int row = m_navigation->count();
    addPage(tr("Notifications"), page);
    const auto title = [this, row](int unread) {
        m_navigation->item(row)->setText(unread > 0 ? tr("Notifications (%1)").arg(unread)
                                                    : tr("Notifications"));
    };
    title(page->unread());
    connect(page, &NotificationsPage::unreadChanged, this, title);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        m_tray->show();
    }
    connect(page, &NotificationsPage::notified, this, [this](const QString &text) {
        if (m_tray)
            m_tray->showMessage(tr("Clinic"), text);
        statusBar()->showMessage(text, 15000);
    });
}

// The admin's verification queue, with how many doctors wait in the page list, so a new
// registration is noticed from any page.
void MainWindow::addVerification()
{
    auto *page = new VerificationPage(m_context, m_pages);
    const int row = m_navigation->count();
    addPage(tr("Verification"), page);
    connect(page, &VerificationPage::waitingChanged, this, [this, row](int waiting) {
        m_navigation->item(row)->setText(waiting > 0 ? tr("Verification (%1)").arg(waiting)
                                                     : tr("Verification"));
    });
}

// A doctor's prescriptions, with how many refill requests and pharmacy questions wait in the
// page list.
void MainWindow::addPrescriptions()
{
    auto *page = new PrescriptionsPage(m_context, m_pages);
    const int row = m_navigation->count();
    addPage(tr("Prescriptions"), page);
    connect(page, &PrescriptionsPage::waitingChanged, this, [this, row](int waiting) {
        m_navigation->item(row)->setText(waiting > 0 ? tr("Prescriptions (%1)").arg(waiting)
                                                     : tr("Prescriptions"));
    });
}

// Today's agenda opens what it lists: a visit under Appointments, the notification centre.
void MainWindow::connectAgenda(TodayAgenda *agenda)
{
    if (auto *appointments = m_pages->findChild<AppointmentsPage *>()) {
        connect(agenda, &TodayAgenda::appointmentActivated, this,
                [this, appointments](const QString &id) {
                    appointments->select(id);
                    showPage(appointments);
                });
    }
    if (auto *notifications = m_pages->findChild<NotificationsPage *>()) {
        connect(agenda, &TodayAgenda::notificationsActivated, this,
                [this, notifications] { showPage(notifications); });
        connect(notifications, &NotificationsPage::unreadChanged, agenda,
                &TodayAgenda::notificationsChanged);
    }
}

void MainWindow::enterVitalReading(const QString &patientId, VitalKind kind)
{
    // Not modal to the application: the window goes on following the data behind it.
    auto *dialog = new VitalEntryDialog(m_context, patientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKind(kind);
    dialog->open();
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
    // Ctrl+1, Ctrl+2... reach the pages from the keyboard.
    const int row = m_navigation->count() - 1;
    if (row < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this);
        connect(shortcut, &QShortcut::activated, this, [this, row] {
            if (!isLocked())
                m_navigation->setCurrentRow(row);
        });
    }
}

void MainWindow::showPage(QWidget *page)
{
    m_navigation->setCurrentRow(m_pages->indexOf(page));
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::updateConnectionStatus()
{
    if (m_context.online())
        m_connection->setText(tr("Online: %1").arg(m_context.account.server));
    else if (m_context.connection->state() == ServerConnection::State::Ready)
        m_connection->setText(tr("Server reached: sign in again to sync"));
    else
        m_connection->setText(tr("Offline: working on this computer"));
}

SyncActivityDialog *MainWindow::showSyncActivity()
{
    if (!m_syncActivity) {
        m_syncActivity = new SyncActivityDialog(m_context.sync, *m_context.clock, this);
        connect(m_syncActivity, &SyncActivityDialog::outcomesSeen, m_syncIndicator,
                &SyncIndicator::refresh);
    }
    m_syncActivity->show();
    m_syncActivity->raise();
    m_syncActivity->activateWindow();
    return m_syncActivity;
}

void MainWindow::onOutcomeReceived(const SyncOutcome &outcome)
{
    if (outcome.confirmed)
        return;
    // Noticed even when the status bar is not looked at: the message stays a while, and the
    // refused-changes button stays until the activity is opened. Short enough to fit beside
    // the permanent widgets; what kind of change it was is in the activity.
    statusBar()->showMessage(tr("Change refused: %1").arg(outcome.reason), 30 * 1000);
    m_syncIndicator->refresh();
}

void MainWindow::onSignedOutByServer(const QString &reason)
{
    QMessageBox::information(this, tr("Signed out"),
                             tr("The clinic's server ended your session: %1").arg(reason));
    emit signOutRequested();
}

void MainWindow::setIdleLockInterval(int ms)
{
    m_idle->setIdleInterval(ms);
}

bool MainWindow::isLocked() const
{
    return m_frames->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Nothing of the user's stays on screen: open dialogs close, the pages are hidden.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_idle->pause();
    menuBar()->setEnabled(false);
    m_frames->setCurrentWidget(m_lockScreen);
    setWindowTitle(tr("Clinic — locked"));
    m_lockScreen->prepare();
}

void MainWindow::unlock()
{
    m_frames->setCurrentWidget(m_content);
    menuBar()->setEnabled(true);
    setWindowTitle(tr("Clinic — %1 (%2)")
                           .arg(m_context.account.displayName,
                                Roles::displayName(m_context.account.role)));
    m_idle->resume();
}

} // namespace clinic::ui
