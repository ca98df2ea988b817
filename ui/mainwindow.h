#pragma once

#include "clientcontext.h"
#include "vitals/vitalkind.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace clinic::ui {

class IdleWatcher;
class LockScreen;
class SignInAgainBar;
class TodayAgenda;
class SyncActivityDialog;
class SyncIndicator;

// The signed-in window, one per role: its pages on the left (a home page for the role, the
// patient's profile, the front desk's register, the admin's console pages, the user's
// account), the connection and the sync state in the status bar, and a lock screen after a
// quiet spell (the clinic's policy, 10 minutes by default).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ClientContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void lock();
    bool isLocked() const;
    void setIdleLockInterval(int ms);
    QListWidget *navigation() const { return m_navigation; }
    QWidget *currentPage() const;
    SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    // Opens (or raises) the list of changes and the server's answers; marks refusals seen.
    SyncActivityDialog *showSyncActivity();

    static QString objectNameFor(Role role); // "doctorWindow", ...

signals:
    void signOutRequested();

private:
    void createMenus();
    QWidget *createContent();
    void addPage(const QString &title, QWidget *page);
    void addFrontDeskPages();
    void addWaitingRoom();
    void addNotifications();
    void showPage(QWidget *page);
    void addVerification();
    void addPrescriptions();
    void connectAgenda(TodayAgenda *agenda);
    void enterVitalReading(const QString &patientId, clinic::VitalKind kind);
    void unlock();
    void updateConnectionStatus();
    void onSignedOutByServer(const QString &reason);
    void onOutcomeReceived(const SyncOutcome &outcome);

    ClientContext m_context;
    QStackedWidget *m_frames = nullptr; // the content, or the lock screen
    QWidget *m_content = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    LockScreen *m_lockScreen = nullptr;
    IdleWatcher *m_idle = nullptr;
    SignInAgainBar *m_signInAgain = nullptr;
    QLabel *m_connection = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // where the desktop has a tray
    SyncIndicator *m_syncIndicator = nullptr;
    QPointer<SyncActivityDialog> m_syncActivity;
};

} // namespace clinic::ui
