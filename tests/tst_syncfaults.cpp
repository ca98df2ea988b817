// Sync under faults, with real processes: the clinic-sync-server program SIGKILLed in the
// middle of pushes and restarted, and a client (tests/tools/sync_client_tool.cpp) SIGKILLed in
// the middle of a large pull. Nothing acknowledged may be lost, nothing applied twice, and
// every store must come back to the server's rows.
//
// The kill moments are chosen by seeded random numbers (the data rows); when a row fails, its
// seed is in the name, and the log says what was acknowledged before the kill.

#include "accountrepository.h"
#include "serverstore.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "syncservice.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int processMs = 30000;
constexpr int syncMs = 60000;
// About 26 pull pages for the front desk, which the tool's engine applies 1,000 rows at a time
// (SyncEngine::setRowsPerApply): the kills land in the first or second transaction.
constexpr int seededPatients = 5000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The children die with the test, even when it crashes or CTest's timeout kills it: a server
// left listening, or a tool left stopped, would outlive the run.
void dieWithTheTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs a clinic-sync-server command to its end; the passwords go in on stdin.
bool runServerCommand(const QStringList &arguments, const QString &input, QString *errors)
{
    QProcess process;
    process.start(QStringLiteral(CLINIC_SERVER_BINARY), arguments);
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(processMs)) {
        process.kill();
        process.waitForFinished();
        *errors = u"timed out"_s;
        return false;
    }
    *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void serverKilledMidPushLosesNothing_data();
    void serverKilledMidPushLosesNothing();
    void clientKilledMidApplyRecovers_data();
    void clientKilledMidApplyRecovers();

private:
    struct ToolRun
    {
        QString clientId;
        QHash<qint64, QString> queued; // change number -> patient id
    };

    void seedPatients();
    ToolRun runToolAndKill(const QString &storePath, const QStringList &extraArguments,
                           const QString &killLine, int delayMs);
    qint64 checkKilledStore(const QString &storePath, const QString &clientId,
                            const QHash<qint64, QString> &queued);
    bool startServer();
    void stopServer();
    std::unique_ptr<ServerDatabase> openServerStore();

    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<TestServerStore> m_store;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_serve;
    QString m_fingerprint;
    QString m_patientId;
    QString m_seedPatientId; // one of the patients registered through the server's push
};

void TestSyncFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(u"server"_s);
    m_store = std::make_unique<TestServerStore>(m_data, false);
    const QString twice = syncPassword + u'\n' + syncPassword + u'\n';
    QString errors;
    QVERIFY2(runServerCommand(QStringList { u"init"_s, u"--admin"_s, u"boss"_s }
                                      + m_store->arguments(),
                              twice, &errors),
             qPrintable(errors));
    for (const auto &[name, role] :
         { std::pair { u"pat"_s, u"patient"_s }, std::pair { u"desk"_s, u"front_desk"_s } }) {
        QVERIFY2(runServerCommand(QStringList { u"user"_s, u"add"_s, u"--username"_s, name,
                                                u"--role"_s, role }
                                          + m_store->arguments(),
                                  twice, &errors),
                 qPrintable(errors));
    }
    seedPatients();
    if (QTest::currentTestFailed())
        return;
    m_port = freePort();
    QVERIFY(startServer());
}

void TestSyncFaults::cleanupTestCase()
{
    stopServer();
}

// The front desk's register, written before the server starts through the same push a client
// makes, so every row is in the change log like any other.
void TestSyncFaults::seedPatients()
{
    auto store = openServerStore();
    QVERIFY(store);
    QSqlDatabase db = store->database();
    // Only the seeding goes without fsync (thousands of commits at ~3 ms each); the server
    // itself runs with the store's own settings.
    if (!TestServerStore::onPostgres())
        QSqlQuery(db).exec(u"PRAGMA synchronous = OFF"_s);
    AccountRepository accounts(db);
    auto desk = accounts.findByUsername(u"desk"_s);
    auto patient = accounts.findByUsername(u"pat"_s);
    QVERIFY(desk && desk->has_value() && patient && patient->has_value());
    m_patientId = (*patient)->id;
    SyncService sync(db, Clock::system());
    const QString seeder = newId();
    for (int first = 1; first <= seededPatients; first += SyncService::maxMutationsPerPush) {
        QCborArray mutations;
        for (int n = first; n < first + SyncService::maxMutationsPerPush; ++n) {
            const QString id = newId();
            if (m_seedPatientId.isEmpty())
                m_seedPatientId = id;
            mutations.append(QCborMap {
                    { u"n"_s, n },
                    { u"name"_s, u"patient.register"_s },
                    { u"args"_s,
                      QCborMap { { u"id"_s, id },
                                 { u"family_name"_s, u"Seeded%1"_s.arg(n) },
                                 { u"given_name"_s, u"Patient"_s },
                                 { u"city"_s, u"Lisboa"_s },
                                 { u"address_line"_s, u"Rua das Flores %1"_s.arg(n) } } } });
        }
        auto pushed = sync.push(**desk, { { u"client"_s, seeder }, { u"mutations"_s, mutations } });
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().fullText()));
    }
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM patient WHERE given_name = 'Patient'"_s),
             qint64(seededPatients));
}

std::unique_ptr<ServerDatabase> TestSyncFaults::openServerStore()
{
    // While the server runs too: the store is in WAL mode, readers do not block its writer.
    auto store = m_store->open();
    if (!store) {
        qWarning() << "server store:" << store.error().fullText();
        return nullptr;
    }
    return std::move(store).value();
}

// `serve` on the test's port; the certificate made at the first start is kept in the data
// dir, so a restarted server has the fingerprint the client pinned.
bool TestSyncFaults::startServer()
{
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dieWithTheTest(*m_serve);
    m_serve->start(QStringLiteral(CLINIC_SERVER_BINARY),
                   QStringList { u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port) }
                           + m_store->arguments());
    static const QRegularExpression fingerprint(u"fingerprint: ([0-9a-f]{64})"_s);
    QString output;
    const bool printed = QTest::qWaitFor(
            [&] {
                output += QString::fromUtf8(m_serve->readAllStandardOutput());
                return fingerprint.match(output).hasMatch()
                        || m_serve->state() == QProcess::NotRunning;
            },
            processMs);
    const QString found = fingerprint.match(output).captured(1);
    if (!printed || found.isEmpty()) {
        qWarning() << "the server did not start:" << output;
        return false;
    }
    if (!m_fingerprint.isEmpty() && found != m_fingerprint) {
        qWarning() << "the restarted server has another certificate";
        return false;
    }
    m_fingerprint = found;
    return true;
}

void TestSyncFaults::stopServer()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(10000)) {
            m_serve->kill();
            m_serve->waitForFinished();
        }
    }
}

// --- the server dies mid-push ------------------------------------------------------------

void TestSyncFaults::serverKilledMidPushLosesNothing_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 4101") << 4101u;
    QTest::newRow("seed 5227") << 5227u;
    QTest::newRow("seed 9311") << 9311u;
}

// A patient writes a few hundred notes and profile updates; the server is SIGKILLed while
// pushes are under way and comes back on the same port after a while. The client reconnects
// on its own, resumes its session and finishes.
void TestSyncFaults::serverKilledMidPushLosesNothing()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    constexpr int total = 300;
    const int killAfter = random.bounded(40, 240); // changes made when the kill comes
    const QString run = u"run %1"_s.arg(seed); // this row's notes, among the earlier rows'
    if (m_serve->state() != QProcess::Running) // an earlier row failed while it was down
        QVERIFY(startServer());

    const auto address = ServerAddress::parse(u"wss://127.0.0.1:%1"_s.arg(m_port));
    TestClient client(*address, m_fingerprint, u"pat"_s, m_dir.filePath(newId() + u".db"));
    QVERIFY(client.signIn());
    QVERIFY(client.waitIdle(syncMs));
    const QString clientId = *client.replica->clientId();

    QList<SyncOutcome> outcomes;
    QSet<qint64> acknowledged; // confirmed to the client before the server died
    bool killed = false;
    connect(client.engine.get(), &SyncEngine::outcomeReceived, this,
            [&](const SyncOutcome &outcome) {
                outcomes << outcome;
                if (!killed && outcome.confirmed)
                    acknowledged.insert(outcome.number);
            });

    QHash<qint64, QString> notes; // mutation number -> note id
    QString lastCity;
    for (int i = 1; i <= total; ++i) {
        Result<qint64> number = makeError(ErrorCode::Unknown, {});
        if (i % 4 == 1) {
            // A counter-like field: its last value must win, whatever was replayed.
            lastCity = u"%1 city %2"_s.arg(run).arg(i);
            number = client.submit(u"patient.update"_s,
                                   { { u"id"_s, m_patientId },
                                     { u"family_name"_s, u"Pires"_s },
                                     { u"given_name"_s, u"Paula"_s },
                                     { u"city"_s, lastCity } });
        } else {
            const QString id = newId();
            number = client.submit(u"note.add"_s,
                                   { { u"id"_s, id },
                                     { u"patient_id"_s, m_patientId },
                                     { u"body"_s, u"%1 seq %2"_s.arg(run).arg(i) } });
            if (number)
                notes.insert(*number, id);
        }
        QVERIFY2(number, number ? "" : qPrintable(number.error().fullText()));
        QCOMPARE(*number, qint64(i)); // this store's first change: numbers are 1, 2, 3...
        if (random.bounded(3) == 0)
            QTest::qWait(random.bounded(3)); // lets replies in between changes
        if (i == killAfter) {
            // Kill while a request is in flight (a push: changes are waiting), at a seeded
            // offset into it: before the server commits it, or after, with its answer lost.
            QVERIFY(QTest::qWaitFor([&] { return client.engine->status().syncing; }, syncMs));
            QTest::qWait(random.bounded(8));
            m_serve->kill(); // SIGKILL: no clean shutdown, no last commit
            killed = true;
            QVERIFY(m_serve->waitForFinished(processMs));
            QCOMPARE(m_serve->exitStatus(), QProcess::CrashExit);
            qInfo("killed after %d changes; %d acknowledged", i, int(acknowledged.size()));
        }
    }
    QVERIFY(!acknowledged.isEmpty()); // else the kill came too early to test anything
    QVERIFY(acknowledged.size() < total);
    {
        // What the dead server left, before the client can push anything again: everything
        // it acknowledged is committed. (Read later, a lost change would be hidden by the
        // client's retry, or show only as a push refused for a gap in the numbers.)
        auto server = openServerStore();
        QVERIFY(server);
        const qint64 applied =
                scalar(server->database(), u"SELECT last_mutation FROM sync_client WHERE id = ?"_s,
                       { clientId });
        const qint64 newestAcknowledged =
                *std::max_element(acknowledged.cbegin(), acknowledged.cend());
        QVERIFY2(applied >= newestAcknowledged,
                 qPrintable(u"acknowledged up to %1, committed up to %2"_s.arg(newestAcknowledged)
                                    .arg(applied)));
        for (qint64 number : std::as_const(acknowledged)) {
            if (notes.contains(number))
                QCOMPARE(scalar(server->database(), u"SELECT COUNT(*) FROM note WHERE id = ?"_s,
                                { notes.value(number) }),
                         qint64(1));
        }
        qInfo("the server had committed %lld changes, %lld acknowledged", applied,
              newestAcknowledged);
    }

    // Down long enough for reconnect attempts to be refused.
    QTest::qWait(random.bounded(300, 1500));
    QVERIFY(startServer());
    QVERIFY2(client.waitIdle(syncMs), qPrintable(client.engine->status().lastError));

    // Every change answered once, none refused (a replayed note.add would be "already added").
    QCOMPARE(outcomes.size(), total);
    QSet<qint64> answered;
    for (const SyncOutcome &outcome : std::as_const(outcomes)) {
        QVERIFY2(outcome.confirmed,
                 qPrintable(u"%1: %2"_s.arg(outcome.number).arg(outcome.reason)));
        answered.insert(outcome.number);
    }
    QCOMPARE(answered.size(), total);

    auto server = openServerStore();
    QVERIFY(server);
    QSqlDatabase db = server->database();
    QCOMPARE(scalar(db, u"SELECT last_mutation FROM sync_client WHERE id = ?"_s, { clientId }),
             qint64(total));
    for (qint64 number : std::as_const(acknowledged)) {
        if (notes.contains(number))
            QVERIFY2(
                    scalar(db, u"SELECT COUNT(*) FROM note WHERE id = ?"_s, { notes.value(number) })
                            == 1,
                    qPrintable(u"acknowledged change %1 is lost"_s.arg(number)));
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM note WHERE id = ? AND body = ?"_s,
                        { it.value(), u"%1 seq %2"_s.arg(run).arg(it.key()) }),
                 qint64(1));
        // Written once: one change-log entry (its one bucket), not one per replay.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM change_log WHERE tbl = 'note' AND row_id = ?"_s,
                        { it.value() }),
                 qint64(1));
    }
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM note WHERE body LIKE ?"_s,
                    { QString(run + u" seq %") }),
             qint64(notes.size()));
    QCOMPARE(client.value(u"patient"_s, m_patientId, u"city"_s), lastCity);
    QCOMPARE(syncedRowsOf(client.db(), u"patient"_s),
             syncedRowsOf(db, u"patient"_s, u"id = '"_s + m_patientId + u"'"));
    QCOMPARE(syncedRowsOf(client.db(), u"note"_s),
             syncedRowsOf(db, u"note"_s, u"patient_id = '"_s + m_patientId + u"'"));
    QCOMPARE(client.count(u"sync_outbox"_s), 0);
    QCOMPARE(client.count(u"sync_undo"_s), 0);
}

// --- a client dies mid-apply -------------------------------------------------------------

void TestSyncFaults::clientKilledMidApplyRecovers_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 707") << 707u;
    QTest::newRow("seed 1913") << 1913u;
}

// A new front-desk device pulls the whole register (thousands of patients, page after page)
// while it registers patients of its own, some queued before it went online. It is SIGKILLed
// in the middle of the pull, started again on the same store and killed again, several times
// at seeded moments: each page is a few tens of milliseconds of push, pull and apply, and the
// kills are spread over that cycle. After each kill the store must open and hold its outbox
// whole; at the end a client in this process finishes the sync, and every change has reached
// the server exactly once.
void TestSyncFaults::clientKilledMidApplyRecovers()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    constexpr int kills = 4;
    if (m_serve->state() != QProcess::Running)
        QVERIFY(startServer());
    const QString storePath = m_dir.filePath(newId() + u".db");
    QString clientId;
    QHash<qint64, QString> queued; // change number -> patient id, as the tools reported
    qint64 lastNumber = 0;

    for (int round = 1; round <= kills; ++round) {
        // Odd rounds: the tool stops itself inside the transaction applying a page, after a
        // seeded number of its rows, and is killed there. Even rounds: killed a seeded time
        // after a page, wherever it is then (pushing, waiting for the server, applying).
        const int page = random.bounded(1, 3);
        const int rows = random.bounded(1, 120);
        const int delayMs = random.bounded(30);
        const bool frozen = round % 2 == 1;
        const ToolRun run = frozen
                ? runToolAndKill(storePath,
                                 { u"--freeze-in-page"_s, QString::number(page),
                                   u"--freeze-after-rows"_s, QString::number(rows) },
                                 u"frozen"_s, 0)
                : runToolAndKill(storePath, {}, u"page %1"_s.arg(page), delayMs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!run.clientId.isEmpty());
        if (clientId.isEmpty())
            clientId = run.clientId;
        QCOMPARE(run.clientId, clientId); // the same device at the server, run after run
        queued.insert(run.queued);
        if (frozen)
            qInfo("round %d: killed in page %d after %d of its rows; %d changes reported", round,
                  page, rows, int(run.queued.size()));
        else
            qInfo("round %d: killed %d ms after page %d; %d changes reported", round, delayMs, page,
                  int(run.queued.size()));
        lastNumber = checkKilledStore(storePath, clientId, queued);
        if (QTest::currentTestFailed())
            return;
    }

    TestClient client(*ServerAddress::parse(u"wss://127.0.0.1:%1"_s.arg(m_port)), m_fingerprint,
                      u"desk"_s, storePath);
    QVERIFY(client.signIn());
    QCOMPARE(*client.replica->clientId(), clientId);
    QVERIFY2(client.waitIdle(syncMs), qPrintable(client.engine->status().lastError));

    auto server = openServerStore();
    QVERIFY(server);
    QSqlDatabase db = server->database();
    QCOMPARE(scalar(db, u"SELECT last_mutation FROM sync_client WHERE id = ?"_s, { clientId }),
             lastNumber);
    QCOMPARE(
            scalar(client.db(), u"SELECT COUNT(*) FROM sync_outcome WHERE status != 'confirmed'"_s),
            qint64(0));
    // The newest answer is the last change's: none was left unanswered.
    QCOMPARE(scalar(client.db(), u"SELECT MAX(number) FROM sync_outcome"_s), lastNumber);
    // Each registered once: as many change-log entries as a patient the seeding wrote once.
    const qint64 entriesPerPatient =
            scalar(db, u"SELECT COUNT(*) FROM change_log WHERE row_id = ?"_s, { m_seedPatientId });
    QVERIFY(entriesPerPatient > 0);
    for (const QString &id : std::as_const(queued)) {
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM patient WHERE id = ?"_s, { id }), qint64(1));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM change_log WHERE row_id = ?"_s, { id }),
                 entriesPerPatient);
    }
    QCOMPARE(syncedRowsOf(client.db(), u"patient"_s), syncedRowsOf(db, u"patient"_s));
    QCOMPARE(client.count(u"sync_outbox"_s), 0);
    QCOMPARE(client.count(u"sync_undo"_s), 0);
}

// Runs the tool on the store until it prints `killLine`, waits `delayMs` more and SIGKILLs
// it. Returns what it reported before it died.
TestSyncFaults::ToolRun TestSyncFaults::runToolAndKill(const QString &storePath,
                                                       const QStringList &extraArguments,
                                                       const QString &killLine, int delayMs)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dieWithTheTest(tool);
    tool.start(QStringLiteral(CLINIC_SYNC_CLIENT_TOOL),
               QStringList { u"--store"_s, storePath, u"--server"_s,
                             u"wss://127.0.0.1:%1"_s.arg(m_port), u"--fingerprint"_s, m_fingerprint,
                             u"--user"_s, u"desk"_s, u"--offline"_s, u"10"_s, u"--during"_s,
                             u"150"_s }
                       + extraArguments);
    tool.write((syncPassword + u'\n').toUtf8());
    tool.closeWriteChannel();
    QStringList lines;
    QString partial;
    const auto readLines = [&] {
        partial += QString::fromUtf8(tool.readAllStandardOutput());
        const qsizetype end = partial.lastIndexOf(u'\n');
        if (end < 0)
            return;
        lines += partial.left(end).split(u'\n');
        partial.remove(0, end + 1);
    };
    const bool reached = QTest::qWaitFor(
            [&] {
                readLines();
                return lines.contains(killLine) || lines.contains(u"idle"_s)
                        || tool.state() == QProcess::NotRunning;
            },
            syncMs);
    QTest::qWait(delayMs);
    tool.kill();
    tool.waitForFinished(processMs);
    readLines();
    ToolRun run;
    [&] {
        QVERIFY2(reached && tool.exitStatus() == QProcess::CrashExit,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(!lines.contains(u"idle"_s), "the pull ended before the kill: nothing was tested");
    }();
    for (const QString &line : std::as_const(lines)) {
        const QStringList words = line.split(u' ');
        if (words.value(0) == u"client")
            run.clientId = words.value(1);
        else if (words.value(0) == u"queued")
            run.queued.insert(words.value(1).toLongLong(), words.value(2));
    }
    return run;
}

// The store a killed client left: it opens as the app would open it (the key file, then
// quick_check over every page), and its outbox is whole: numbered changes 1..last with no
// gap, the oldest ones dropped only when the server had answered them, none refused, and
// every change the tool reported still applied here. Returns the last change's number.
qint64 TestSyncFaults::checkKilledStore(const QString &storePath, const QString &clientId,
                                        const QHash<qint64, QString> &queued)
{
    auto store = EncryptedStore::open(storePath, SecureBytes::fromUtf8(syncPassword),
                                      fastStoreOptions());
    [&] {
        QVERIFY2(store, store ? "" : qPrintable(store.error().fullText()));
    }();
    if (!store)
        return 0;
    QSqlDatabase db = store.value()->database();
    const qint64 last = scalar(db, u"SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = ?"_s,
                               { u"last_number"_s });
    const qint64 first =
            scalar(db, u"SELECT COALESCE(MIN(number), ?) FROM sync_outbox"_s, { last + 1 });
    auto server = openServerStore();
    const qint64 serverLast = server
            ? scalar(server->database(), u"SELECT last_mutation FROM sync_client WHERE id = ?"_s,
                     { clientId })
            : -1;
    [&] {
        // A change the tool reported was committed; one more may have been, unreported.
        const qint64 reported =
                queued.isEmpty() ? 0 : *std::max_element(queued.keyBegin(), queued.keyEnd());
        QVERIFY(last >= reported);
        QVERIFY(last <= reported + 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sync_outbox"_s), last - first + 1);
        QCOMPARE(scalar(db, u"SELECT MAX(number) FROM sync_outbox"_s), last);
        QVERIFY2(first - 1 <= serverLast,
                 qPrintable(u"changes up to %1 left the outbox; the server has %2"_s.arg(first - 1)
                                    .arg(serverLast)));
        QCOMPARE(scalar(db,
                        u"SELECT COUNT(*) FROM sync_outbox WHERE status NOT IN "
                        u"('pending', 'confirmed')"_s),
                 qint64(0));
        for (const QString &id : queued)
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM patient WHERE id = ?"_s, { id }), qint64(1));
    }();
    qInfo("outbox: changes %lld..%lld, %lld waiting; the server has %lld", first, last,
          scalar(db, u"SELECT COUNT(*) FROM sync_outbox WHERE status = 'pending'"_s), serverLast);
    return last;
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
