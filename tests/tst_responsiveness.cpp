// What a user feels of the desktop's structure, offscreen against the real server, measuring
// no wall time: key derivation happens while the window's own timer keeps firing; a hidden
// page runs no query when its data changes, and reads it when it shows; and on a new computer
// the pages follow the first sync as it lands, never offering to create what the server has.

#include "clientshell.h"
#include "desktopclients.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "models/patientlistmodel.h"
#include "models/providerlistmodel.h"
#include "pages/finddoctorpage.h"
#include "pages/patientspage.h"
#include "pages/profilepage.h"
#include "signinwindow.h"
#include "storage/encryptedstore.h"
#include "storage/sqlcipherdriver.h"
#include "storage/sqlite_api.h"
#include "storage/userstores.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "syncsession.h"
#include "widgets/profileform.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const QString password = u"Tide-Lamp-Orbit-77"_s; // the fixtures' password

// Counts the SQL statements run on one store's connection, by SQLite's own trace: what a page
// asks of the store, whichever way it asks.
class StatementCounter
{
public:
    explicit StatementCounter(const QSqlDatabase &db)
        : m_db(static_cast<SqlCipherDriver *>(db.driver())->connection())
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::count, this);
    }
    ~StatementCounter() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    int take() { return std::exchange(m_count, 0); }

private:
    static int count(unsigned, void *self, void *, void *)
    {
        ++static_cast<StatementCounter *>(self)->m_count;
        return 0;
    }
    sqlite3 *m_db;
    int m_count = 0;
};

// The patient name searches run on one store's connection, by SQLite's own trace.
class PatientSearchCounter
{
public:
    explicit PatientSearchCounter(const QSqlDatabase &db)
        : m_db(static_cast<SqlCipherDriver *>(db.driver())->connection())
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &PatientSearchCounter::count, this);
    }
    ~PatientSearchCounter() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    int searches() const { return m_count; }

private:
    static int count(unsigned, void *self, void *, void *sql)
    {
        if (QByteArray(static_cast<const char *>(sql)).contains("patient_search MATCH"))
            ++static_cast<PatientSearchCounter *>(self)->m_count;
        return 0;
    }
    sqlite3 *m_db;
    int m_count = 0;
};

// Rows written on one store's connection, by SQLite's update hook (it runs inside the
// transaction, for every row inserted, updated or deleted).
class RowWriteCounter
{
public:
    explicit RowWriteCounter(const QSqlDatabase &db)
        : m_db(static_cast<SqlCipherDriver *>(db.driver())->connection())
    {
        sqlite3_update_hook(m_db, &RowWriteCounter::count, this);
    }
    ~RowWriteCounter() { sqlite3_update_hook(m_db, nullptr, nullptr); }
    // Rows written per table.
    const QHash<QString, int> &rows() const { return m_rows; }

private:
    static void count(void *self, int, const char *, const char *table, sqlite3_int64)
    {
        ++static_cast<RowWriteCounter *>(self)->m_rows[QString::fromUtf8(table)];
    }
    sqlite3 *m_db;
    QHash<QString, int> m_rows;
};

// A timer of the GUI thread: how often it fired while something ran.
struct Heartbeat
{
    QTimer timer;
    int beats = 0;
    Heartbeat()
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { ++beats; });
        timer.start(5);
    }
};

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unlockingDerivesTheKeyOnAWorker();
    void signingInDerivesTheKeyOnAWorker();
    void aHiddenPageRunsNoQueryUntilItShows();
    void pagesFollowTheFirstSyncOnANewComputer();
    void aProfileNotSyncedYetOffersNothingToSave();
    void anInitialSyncIsWrittenOffTheWindowsThread();
    void aBatchThatCannotBeWrittenIsFetchedAgain();
    void theRegisterIsSearchedOffTheWindowsThread();

private:
    // The front desk's register on the server: `count` patients at least.
    void registerPatients(int count);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<DesktopClients> m_desktops;
    QTemporaryDir m_setupDir;
    QString m_mariaId;
    int m_registered = 0;
};

void TestResponsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    m_mariaId = m_server->addAccount(u"maria"_s, Role::Patient);
    const QString doctor = m_server->addAccount(u"dr-lena"_s, Role::Doctor);
    m_server->addAccount(u"boss"_s, Role::Admin);
    m_server->addAccount(u"desk"_s, Role::FrontDesk);
    QVERIFY(m_server->start());
    TestClient admin(*m_server, u"boss"_s, m_setupDir.filePath(u"admin"_s));
    QVERIFY(admin.signIn());
    QVERIFY(admin.submit(u"location.put"_s,
                         { { u"id"_s, u"centro"_s },
                           { u"name"_s, u"Clínica Centro"_s },
                           { u"city"_s, u"Lisboa"_s },
                           { u"time_zone"_s, u"Europe/Lisbon"_s } }));
    QVERIFY(admin.waitIdle());
    m_desktops = std::make_unique<DesktopClients>(*m_server);
    // Dr Lena's hours, and Maria's profile from her other computer.
    TestClient lena(*m_server, u"dr-lena"_s, m_setupDir.filePath(u"lena"_s));
    QVERIFY(lena.signIn() && lena.waitIdle()); // the location first
    for (int day = 1; day <= 7; ++day) {
        auto ruled = lena.submit(u"availability.set_rule"_s,
                                 { { u"id"_s, u"lena-%1"_s.arg(day) },
                                   { u"provider_id"_s, doctor },
                                   { u"location_id"_s, u"centro"_s },
                                   { u"modality"_s, u"in_person"_s },
                                   { u"day_of_week"_s, day },
                                   { u"start_time"_s, u"00:00"_s },
                                   { u"end_time"_s, u"23:30"_s },
                                   { u"slot_minutes"_s, 30 },
                                   { u"time_zone"_s, u"UTC"_s } });
        QVERIFY2(ruled, qPrintable(ruled ? QString() : ruled.error().fullText()));
    }
    QVERIFY(lena.submit(u"provider.update_profile"_s,
                        { { u"id"_s, doctor },
                          { u"display_name"_s, u"Dr Lena Costa"_s },
                          { u"specialties"_s, u"family medicine"_s },
                          { u"languages"_s, u"pt, en"_s },
                          { u"modalities"_s, u"in_person"_s },
                          { u"city"_s, u"Lisboa"_s },
                          { u"location_ids"_s, u"centro"_s } }));
    QVERIFY(lena.waitIdle());
    TestClient elsewhere(*m_server, u"maria"_s, m_setupDir.filePath(u"maria"_s));
    QVERIFY(elsewhere.signIn());
    QVERIFY(elsewhere.submit(u"patient.update"_s,
                             { { u"id"_s, m_mariaId },
                               { u"given_name"_s, u"Maria"_s },
                               { u"family_name"_s, u"Santos"_s },
                               { u"phone"_s, u"+351 912 345 678"_s } }));
    QVERIFY(elsewhere.waitIdle());
}

// Argon2id at the strength stores are made with (about a quarter of a second): the lock
// screen's answer comes back by signal while the window's timer keeps firing.
void TestResponsiveness::unlockingDerivesTheKeyOnAWorker()
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::recommended();
    auto store = EncryptedStore::create(dir.filePath(u"lock.db"_s), SecureBytes::fromUtf8(password),
                                        options);
    QVERIFY(store);
    LockScreen lock(u"Maria Santos"_s, std::move(store).value());
    lock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lock));
    QSignalSpy unlocked(&lock, &LockScreen::unlocked);

    QVERIFY(type(&lock, u"Password"_s, u"not the password"_s));
    Heartbeat heart;
    button(&lock, u"Unlock"_s)->click();
    QVERIFY(!button(&lock, u"Unlock"_s)->isEnabled()); // asked, not answered yet
    QCOMPARE(shown(&lock, u"lockMessage"_s), u"Checking your password…"_s);
    screenshot(&lock, u"lock-checking"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button(&lock, u"Unlock"_s)->isEnabled(), waitMs);
    QVERIFY2(heart.beats >= 2, qPrintable(QString::number(heart.beats)));
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(!shown(&lock, u"lockMessage"_s).isEmpty());

    QVERIFY(type(&lock, u"Password"_s, password));
    heart.beats = 0;
    button(&lock, u"Unlock"_s)->click();
    QCOMPARE(unlocked.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, waitMs);
    QVERIFY2(heart.beats >= 2, qPrintable(QString::number(heart.beats)));
}

// Opening the store after the server said yes: the key is derived on a worker, and the
// sign-in window keeps drawing (its timer fires) until the signed-in window comes.
void TestResponsiveness::signingInDerivesTheKeyOnAWorker()
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::recommended();
    UserStores stores(dir.path(), options);
    ClientShell shell(stores, dir.path());
    QVERIFY(shell.trustServer(m_server->url(), m_server->identity().fingerprint()));
    shell.setDefaultServer(m_server->url());
    shell.start();
    SignInWindow *window = shell.signInWindow();
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    int beatsWhileOpening = -1;
    Heartbeat heart;
    connect(&shell.connection(), &ServerConnection::stateChanged, this,
            [&](ServerConnection::State state) {
                if (state == ServerConnection::State::SignedIn)
                    heart.beats = 0; // from here on: the store's key
            });
    QVERIFY(type(window, u"User name"_s, u"maria"_s));
    QVERIFY(type(window, u"Password"_s, password));
    QTest::keyClick(field(window, u"Password"_s), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() != nullptr, waitMs);
    beatsWhileOpening = heart.beats;
    QVERIFY2(beatsWhileOpening >= 2, qPrintable(QString::number(beatsWhileOpening)));
}

// A change to what a hidden page shows costs no query; the page reads it when it shows, and
// follows changes at once while it shows.
void TestResponsiveness::aHiddenPageRunsNoQueryUntilItShows()
{
    QTemporaryDir dir;
    auto shell = m_desktops->open(dir.path());
    QVERIFY(shell);
    MainWindow *window = DesktopClients::signIn(*shell, u"dr-lena"_s);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(shell->sync()->status().lastSyncAt != 0, waitMs);
    QVERIFY(openPage(window, u"Today"_s));
    StatementCounter statements(shell->sync()->replica().database());
    const QSet<QString> hours { u"availability_rule"_s, u"availability_exception"_s };
    emit shell->sync()->dataChanged(hours); // as a sync that brought new hours says
    QCOMPARE(statements.take(), 0);

    QWidget *availability = openPage(window, u"My availability"_s);
    QVERIFY(availability);
    QVERIFY(statements.take() > 0); // read as it shows
    emit shell->sync()->dataChanged(hours);
    QVERIFY(statements.take() > 0); // and again, while it shows
    emit shell->sync()->dataChanged({ u"note"_s });
    QCOMPARE(statements.take(), 0); // not what it shows
    QVERIFY(openPage(window, u"Today"_s));
    emit shell->sync()->dataChanged(hours);
    QCOMPARE(statements.take(), 0);
}

// The review's first sign-in on a new computer: Maria's pages were built before the first sync
// finished and showed "no doctor matches" and an empty profile offering to be created, until
// she clicked. Pages are built at sign-in, before any of her data can have arrived; from the
// first moment her profile shows, it must never offer to create what the server has, and
// both pages fill in as the sync lands, with no click.
void TestResponsiveness::pagesFollowTheFirstSyncOnANewComputer()
{
    QTemporaryDir dir;
    auto shell = m_desktops->open(dir.path());
    QVERIFY(shell);
    QStringList notices; // every text the profile's notice showed, from its first turn
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        MainWindow *window = shell->mainWindow();
        auto *profile = window ? window->findChild<ProfilePage *>() : nullptr;
        const QString notice = profile ? shown(profile, u"profileMessage"_s) : QString();
        if (profile && (notices.isEmpty() || notices.last() != notice))
            notices << notice;
    });
    watch.start(0);
    MainWindow *window = DesktopClients::signIn(*shell, u"maria"_s);
    QVERIFY(window);
    auto *find = qobject_cast<FindDoctorPage *>(openPage(window, u"Find a doctor"_s));
    QVERIFY(find);
    QTRY_COMPARE_WITH_TIMEOUT(find->providers()->rowCount(), 1, waitMs); // no click
    QVERIFY(shown(find, u"findDoctorMessage"_s).isEmpty());
    auto *profile = qobject_cast<ProfilePage *>(openPage(window, u"My profile"_s));
    QVERIFY(profile);
    QTRY_COMPARE_WITH_TIMEOUT(field(profile, u"Given name"_s)->text(), u"Maria"_s, waitMs);
    QCOMPARE(field(profile, u"Phone"_s)->text(), u"+351 912 345 678"_s);
    QVERIFY(button(profile, u"Save"_s)->isEnabled());
    QVERIFY(!notices.isEmpty());
    for (const QString &notice : std::as_const(notices))
        QVERIFY2(!notice.contains(u"create"), qPrintable(notice));
}

// A store whose first sync has not happened (its server out of reach): no record yet says
// nothing, so the profile is read-only, Save is off, and the notice says why.
void TestResponsiveness::aProfileNotSyncedYetOffersNothingToSave()
{
    QTemporaryDir dir;
    auto created = EncryptedStore::create(dir.filePath(u"fresh.db"_s),
                                          SecureBytes::fromUtf8(password), StoreOptions {});
    QVERIFY(created);
    std::shared_ptr<EncryptedStore> store = std::move(created).value();
    const LocalAccount account { u"127.0.0.1:1"_s,  m_mariaId,     u"maria"_s,
                                 u"Maria Santos"_s, Role::Patient, 10 };
    ServerConnection offline(u"clinic test"_s);
    SyncSession session(store, account, offline);
    ClientContext context;
    context.store = store;
    context.account = account;
    context.connection = &offline;
    context.sync = session.engine();
    ProfilePage profile(context);
    profile.resize(1000, 640);
    profile.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profile));
    QCOMPARE(shown(&profile, u"profileMessage"_s),
             u"Your details arrive from the clinic when the server can be reached."_s);
    QVERIFY(field(&profile, u"Given name"_s)->isReadOnly());
    QVERIFY(field(&profile, u"Given name"_s)->text().isEmpty()); // nothing proposed
    QVERIFY(!button(&profile, u"Save"_s)->isEnabled());
    screenshot(&profile, u"profile-before-first-sync"_s);
}

void TestResponsiveness::registerPatients(int count)
{
    if (m_registered >= count)
        return;
    TestClient registrar(*m_server, u"desk"_s, m_setupDir.filePath(u"registrar"_s));
    QVERIFY(registrar.signIn());
    for (; m_registered < count; ++m_registered) {
        auto registered =
                registrar.submit(u"patient.register"_s,
                                 { { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                   { u"family_name"_s, u"Family%1"_s.arg(m_registered) },
                                   { u"given_name"_s, u"Given%1"_s.arg(m_registered) } });
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().fullText()));
    }
    QVERIFY(registrar.waitIdle(120000));
}

// A new front-desk computer's first sync of a register of a thousand patients, in several
// batches: every row is written by the sync applier's connection, on its thread; the window's
// own connection writes none of them, and the window's timer fires all along.
void TestResponsiveness::anInitialSyncIsWrittenOffTheWindowsThread()
{
    registerPatients(1200);
    QTemporaryDir dir;
    TestClient desk(*m_server, u"desk"_s, dir.path());
    RowWriteCounter windowWrites(desk.db());
    Heartbeat heartbeat;
    QVERIFY(desk.signIn());
    desk.engine->setRowsPerApply(300);
    QSignalSpy batches(desk.engine.get(), &SyncEngine::dataChanged);
    QVERIFY(desk.waitIdle(120000));
    QVERIFY(desk.count(u"patient"_s) >= m_registered);
    QVERIFY2(batches.size() >= 3, qPrintable(QString::number(batches.size())));
    // The store's client id, made at the first pull, is the window's only write.
    QCOMPARE(windowWrites.rows().keys(), QList<QString> { u"sync_state"_s });
    QVERIFY(heartbeat.beats > batches.size());
}

// A batch the applier cannot commit (as a full disk would refuse it) changes nothing, and the
// pull's later batches, already handed to the applier, are skipped rather than written over the
// gap: the store holds what was applied before and nothing more. The engine then pulls again
// from the cursors the store holds, and every row arrives.
void TestResponsiveness::aBatchThatCannotBeWrittenIsFetchedAgain()
{
    registerPatients(1200);
    QTemporaryDir dir;
    TestClient desk(*m_server, u"desk"_s, dir.path());
    QVERIFY(desk.signIn());
    desk.engine->setRowsPerApply(300);
    // On the applier's connection: its second commit is turned into a rollback, a second
    // late, when the pull's other pages are in and their batches queued behind it.
    static std::atomic_int commits;
    commits = 0;
    bool hooked = false;
    connect(
            desk.applier.get(), &ReplicaApplier::opened, this,
            [&hooked](const QSqlDatabase &db) {
                const auto refuseSecond = [](void *) -> int {
                    if (++commits != 2)
                        return 0;
                    QThread::sleep(1);
                    return 1;
                };
                sqlite3_commit_hook(static_cast<SqlCipherDriver *>(db.driver())->connection(),
                                    refuseSecond, nullptr);
                hooked = true;
            },
            Qt::DirectConnection);
    int applied = -1; // rows in the store after the last batch the engine reported
    connect(desk.engine.get(), &SyncEngine::dataChanged, this,
            [&] { applied = desk.count(u"patient"_s); });
    QTRY_VERIFY_WITH_TIMEOUT(!desk.engine->status().lastError.isEmpty(), waitMs);
    QVERIFY(hooked);
    QVERIFY(applied > 0 && applied < m_registered);
    QCOMPARE(desk.count(u"patient"_s), applied);
    // The engine pulls again after a second; skipped batches would have landed at once.
    QTest::qWait(300);
    QCOMPARE(desk.count(u"patient"_s), applied);
    QVERIFY(desk.waitIdle(120000));
    QVERIFY(desk.count(u"patient"_s) >= m_registered);
    QVERIFY(desk.engine->status().lastError.isEmpty());
}

// The front desk's two name searches of the register, typed key by key and refreshed by a
// sync commit, never run on the window's connection: each page's search has a connection and a
// thread of its own, and the list shows the answer for the text in the box. Signing out closes
// those connections with the store.
void TestResponsiveness::theRegisterIsSearchedOffTheWindowsThread()
{
    registerPatients(1200); // "Given<n> Family<n>"
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    QTemporaryDir dir;
    auto shell = m_desktops->open(dir.path());
    QVERIFY(shell);
    MainWindow *window = DesktopClients::signIn(*shell, u"desk"_s);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(shell->sync()->status().lastSyncAt != 0, waitMs);
    PatientSearchCounter windowSearches(shell->sync()->replica().database());

    auto *patients = qobject_cast<PatientsPage *>(openPage(window, u"Patients"_s));
    QVERIFY(patients);
    QVERIFY(type(patients, u"Search patients"_s, u"family11"_s)); // key by key
    QTRY_COMPARE_WITH_TIMEOUT(shown(patients, u"patientsCount"_s), u"Patients found: 111"_s,
                              waitMs);
    QVERIFY(!patients->searching());
    QCOMPARE(patients->model()->rowCount(), 111);
    QCOMPARE(patients->model()->index(0, PatientListModel::Name).data().toString(),
             u"Family11, Given11"_s);
    patients->table()->selectRow(1);
    const QString selected = patients->selectedId();
    QVERIFY(!selected.isEmpty());

    // A sync commit that touched patients: the list is searched again, off the window's thread,
    // and the patient chosen stays chosen.
    emit shell->sync()->dataChanged({ u"patient"_s });
    QVERIFY(patients->searching());
    QTRY_VERIFY_WITH_TIMEOUT(!patients->searching(), waitMs);
    QCOMPARE(patients->model()->rowCount(), 111);
    QCOMPARE(patients->selectedId(), selected);
    QCOMPARE(patients->table()->currentIndex().row(), 1);

    auto *book = qobject_cast<FindDoctorPage *>(openPage(window, u"Book a visit"_s));
    QVERIFY(book);
    QVERIFY(type(book, u"Patient's name"_s, u"family110 giv"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!book->findingPatients(), waitMs);
    QCOMPARE(book->patientChoice()->count(), 11); // Family110, Family1100 to 1109
    QVERIFY(book->patientChoice()->itemText(0).startsWith(u"Family110, Given110"_s));
    QCOMPARE(book->patientChoice()->currentIndex(), 0); // the first found, for a new name
    book->patientChoice()->setCurrentIndex(3);
    const QString chosen = book->patientChoice()->currentData().toString();
    // Found again as the register changes: the patient chosen stays chosen.
    emit shell->sync()->dataChanged({ u"patient"_s });
    QVERIFY(book->findingPatients());
    QTRY_VERIFY_WITH_TIMEOUT(!book->findingPatients(), waitMs);
    QCOMPARE(book->patientChoice()->count(), 11);
    QCOMPARE(book->patientChoice()->currentData().toString(), chosen);
    QVERIFY(type(book, u"Patient's name"_s, u"family1100 giv"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!book->findingPatients(), waitMs);
    QCOMPARE(book->patientChoice()->count(), 1);
    QVERIFY(book->patientChoice()->itemText(0).startsWith(u"Family1100, Given1100"_s));
    QCOMPARE(windowSearches.searches(), 0);

    // Both pages' connections close with the session: nothing of the store stays open.
    QVERIFY(QSqlDatabase::connectionNames().size() >= connectionsBefore.size() + 4);
    emit window->signOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(shell->signInWindow() && !shell->mainWindow(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(QSqlDatabase::connectionNames(), connectionsBefore, waitMs);
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
