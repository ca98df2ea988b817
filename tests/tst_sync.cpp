// Sync end to end: the real server in-process on 127.0.0.1 with TLS, real clients with their
// own encrypted stores, the mutations of core run on both sides.

#include "mutations/entitymutations.h"
#include "serverstore.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "syncservice.h"

#include <QCborArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void syncedTablesAreTheSameOnBothSides();
    void patientAndFrontDeskEditTheSameProfile();
    void offlineChangesAreTentativeThenConfirmed();
    void rejectedChangeIsUndoneWithItsReason();
    void refusedLocallyIsNeverQueued();
    void repeatedPushAppliesOnce();
    void malformedAndUnauthorisedPushes();
    void careTeamGrantsAndRevokesABucket();
    void patientNeverReceivesAnotherPatientsRowOnTheWire();
    void tooOldCursorMustRefetch();
    void threeClientsConverge();
    void largeBucketsArriveInPages();
    void aDoctorOnThousandsOfCareTeamsSyncs();
    void hostileSyncBodiesAreAnsweredNotObeyed();
    void aChangeThroughOneServerReachesAClientOfAnother();
    void concurrentPushesAreAllPulled();
    void aServerGoneBackInTimeStopsSyncAndAsks(); // last: it rewinds the server's log

private:
    // A signed-in, synced client of the suite's server, or of `server`.
    std::unique_ptr<TestClient> client(const QString &username, const TestServer *server = nullptr);
    // On PostgreSQL a second server on the same database, so clients can be spread over two;
    // on the embedded store the suite's own server.
    const TestServer &otherServer();
    QCborMap pushRaw(TestClient &client, const QCborMap &body, QString *errorCode = nullptr);
    QStringList serverRows(const QString &table, const QString &where = u"1 = 1"_s);

    QTemporaryDir m_storeDir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestServer> m_second; // otherServer()
    QHash<QString, QString> m_ids; // username -> account id
};

void TestSync::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    const QList<std::pair<QString, Role>> accounts {
        { u"desk"_s, Role::FrontDesk },    { u"desk-two"_s, Role::FrontDesk },
        { u"ana"_s, Role::Patient },       { u"ben"_s, Role::Patient },
        { u"carla"_s, Role::Patient },     { u"dr-house"_s, Role::Doctor },
        { u"pharma"_s, Role::Pharmacist },
    };
    for (const auto &[name, role] : accounts) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    QVERIFY(m_server->start());
}

void TestSync::cleanupTestCase()
{
    m_second.reset();
    m_server.reset();
}

std::unique_ptr<TestClient> TestSync::client(const QString &username, const TestServer *server)
{
    auto made = std::make_unique<TestClient>(server ? *server : *m_server, username,
                                             m_storeDir.path() + u'/' + newId());
    if (!made->signIn() || !made->waitIdle())
        qWarning() << username << "could not sign in and sync";
    return made;
}

const TestServer &TestSync::otherServer()
{
    if (!TestServerStore::onPostgres())
        return *m_server;
    if (!m_second) {
        m_second = std::make_unique<TestServer>(*m_server);
        if (!m_second->start())
            qWarning() << "the second server did not start";
    }
    return *m_second;
}

QCborMap TestSync::pushRaw(TestClient &client, const QCborMap &body, QString *errorCode)
{
    std::optional<ServerReply> reply;
    client.connection->request(u"push"_s, body, [&](const ServerReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, waitMs))
        return {};
    if (errorCode)
        *errorCode = reply->ok() ? QString() : ProtocolErrors::name(*reply->error);
    return reply->message.body;
}

// The server's rows, read from its store while it runs (WAL: readers do not block it).
QStringList TestSync::serverRows(const QString &table, const QString &where)
{
    auto store = m_server->openDatabase();
    if (!store)
        return { u"cannot open"_s };
    return syncedRowsOf(store.value()->database(), table, where);
}

void TestSync::syncedTablesAreTheSameOnBothSides()
{
    auto desk = client(u"desk"_s);
    auto server = m_server->openDatabase();
    QVERIFY(server);
    // Declared types too when both are SQLite; PostgreSQL spells them its own way.
    const bool declared = !TestServerStore::onPostgres();
    for (const SyncedTable &table : SyncedTables::all()) {
        const QStringList onClient = columnsOf(desk->db(), table.name, declared);
        QVERIFY2(!onClient.isEmpty(), qPrintable(table.name));
        QCOMPARE(columnsOf(server.value()->database(), table.name, declared), onClient);
        QStringList names;
        for (const QString &column : onClient)
            names << column.section(u' ', 0, 0);
        QCOMPARE(names, table.columnNames());
    }
}

void TestSync::patientAndFrontDeskEditTheSameProfile()
{
    auto ana = client(u"ana"_s);
    auto desk = client(u"desk"_s);
    const QString id = m_ids[u"ana"_s];
    QVERIFY(ana->submit(u"patient.update"_s,
                        { { u"id"_s, id },
                          { u"family_name"_s, u"Silva"_s },
                          { u"given_name"_s, u"Ana"_s },
                          { u"phone"_s, u"+351 210 000 001"_s } }));
    QCOMPARE(ana->value(u"patient"_s, id, u"phone"_s), u"+351 210 000 001"_s); // at once, locally
    QVERIFY(ana->waitIdle());
    // The front desk is poked and pulls without being asked.
    QTRY_COMPARE_WITH_TIMEOUT(desk->value(u"patient"_s, id, u"family_name"_s), u"Silva"_s, waitMs);
    // Both edit different fields at once; both edits survive.
    QVERIFY(desk->submit(u"patient.update"_s, { { u"id"_s, id }, { u"city"_s, u"Porto"_s } }));
    QVERIFY(ana->submit(u"patient.update"_s,
                        { { u"id"_s, id }, { u"email"_s, u"ana@example.org"_s } }));
    QVERIFY(desk->waitIdle());
    QVERIFY(ana->waitIdle());
    QVERIFY(desk->waitIdle());
    for (TestClient *c : { ana.get(), desk.get() }) {
        QCOMPARE(c->value(u"patient"_s, id, u"city"_s), u"Porto"_s);
        QCOMPARE(c->value(u"patient"_s, id, u"email"_s), u"ana@example.org"_s);
    }
    QCOMPARE(syncedRowsOf(ana->db(), u"patient"_s),
             serverRows(u"patient"_s, u"id = '"_s + id + u"'"));
    // The front desk finds her by name in its local search index.
    QSqlQuery search(desk->db());
    QVERIFY(search.exec(
            u"SELECT COUNT(*) FROM patient_search WHERE patient_search MATCH 'silv*'"_s));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 1);
}

void TestSync::offlineChangesAreTentativeThenConfirmed()
{
    auto desk = client(u"desk"_s);
    desk->goOffline();
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << newId();
        QVERIFY(desk->submit(u"patient.register"_s,
                             { { u"id"_s, ids.last() },
                               { u"family_name"_s, u"Offline"_s },
                               { u"given_name"_s, u"Walk-in %1"_s.arg(i) } }));
    }
    QCOMPARE(desk->engine->status().pending, 5);
    QCOMPARE(desk->engine->status().online, false);
    QVERIFY(*desk->replica->isTentative(u"patient"_s, ids.first()));
    QSignalSpy outcomes(desk->engine.get(), &SyncEngine::outcomeReceived);
    QVERIFY(desk->signIn());
    QVERIFY(desk->waitIdle());
    QCOMPARE(outcomes.size(), 5);
    for (const QList<QVariant> &signal : outcomes)
        QVERIFY(signal.first().value<SyncOutcome>().confirmed);
    QVERIFY(!*desk->replica->isTentative(u"patient"_s, ids.first()));
    QVERIFY(desk->value(u"patient"_s, ids.first(), u"rev"_s).toLongLong() > 0);
    QCOMPARE(serverRows(u"patient"_s, u"family_name = 'Offline'"_s).size(), 5);
}

void TestSync::rejectedChangeIsUndoneWithItsReason()
{
    auto desk = client(u"desk"_s);
    const QString patient = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, patient },
                           { u"family_name"_s, u"Reis"_s },
                           { u"given_name"_s, u"Rui"_s } }));
    // The client cannot know that a pharmacist cannot join a care team; the server can.
    QVERIFY(desk->submit(u"care_team.assign"_s,
                         { { u"patient_id"_s, patient },
                           { u"staff_id"_s, m_ids[u"pharma"_s] },
                           { u"staff_name"_s, u"Pharma"_s } }));
    const QString rowId = CareTeam::rowId(patient, m_ids[u"pharma"_s]);
    QCOMPARE(desk->count(u"care_team"_s, u"id = '"_s + rowId + u"'"), 1); // tentative
    QSignalSpy outcomes(desk->engine.get(), &SyncEngine::outcomeReceived);
    QVERIFY(desk->waitIdle());
    QCOMPARE(outcomes.size(), 2);
    const SyncOutcome rejected = outcomes.last().first().value<SyncOutcome>();
    QVERIFY(!rejected.confirmed);
    QCOMPARE(rejected.name, u"care_team.assign"_s);
    QVERIFY2(rejected.reason.contains(u"doctor or nurse"_s), qPrintable(rejected.reason));
    QCOMPARE(desk->count(u"care_team"_s, u"id = '"_s + rowId + u"'"), 0); // taken back
    QCOMPARE(desk->count(u"patient"_s, u"id = '"_s + patient + u"'"), 1); // the other stays
    QCOMPARE(desk->engine->status().unseenRejections, 1);
    const auto listed = desk->replica->outcomes();
    QVERIFY(listed);
    QCOMPARE(listed->first().reason, rejected.reason);
    QVERIFY(desk->replica->markOutcomesSeen());
    QCOMPARE(desk->engine->status().unseenRejections, 0);
}

void TestSync::refusedLocallyIsNeverQueued()
{
    auto ben = client(u"ben"_s);
    // A patient may not register patients, nor write on another patient's record.
    auto registered = ben->submit(
            u"patient.register"_s,
            { { u"id"_s, newId() }, { u"family_name"_s, u"X"_s }, { u"given_name"_s, u"Y"_s } });
    QVERIFY(!registered);
    QCOMPARE(registered.error().code, ErrorCode::Forbidden);
    auto note = ben->submit(u"note.add"_s,
                            { { u"id"_s, newId() },
                              { u"patient_id"_s, m_ids[u"ana"_s] },
                              { u"body"_s, u"hello"_s } });
    QVERIFY(!note);
    auto empty = ben->submit(u"note.add"_s,
                             { { u"id"_s, newId() },
                               { u"patient_id"_s, m_ids[u"ben"_s] },
                               { u"body"_s, u"   "_s } });
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(ben->engine->status().pending, 0);
    QCOMPARE(ben->count(u"sync_outbox"_s), 0);
}

void TestSync::repeatedPushAppliesOnce()
{
    auto carla = client(u"carla"_s);
    carla->goOffline();
    const QString noteId = newId();
    QVERIFY(carla->submit(u"note.add"_s,
                          { { u"id"_s, noteId },
                            { u"patient_id"_s, m_ids[u"carla"_s] },
                            { u"body"_s, u"Headache since Monday."_s } }));
    auto body = carla->replica->pushBody(10, 40000);
    QVERIFY(body);
    QVERIFY(carla->connection->state() == ServerConnection::State::Disconnected);
    // Sign in without the engine pushing: take the connection over by hand.
    carla->engine.reset();
    carla->connection->connectTo(m_server->address());
    QVERIFY(QTest::qWaitFor(
            [&] { return carla->connection->state() == ServerConnection::State::Ready; }, waitMs));
    std::optional<ServerReply> signedIn;
    carla->connection->signIn(u"carla"_s, syncPassword, {},
                              [&](const ServerReply &r) { signedIn = r; });
    QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, waitMs));
    // The same push three times, as after two lost acknowledgements.
    for (int i = 0; i < 3; ++i) {
        const QCborMap reply = pushRaw(*carla, *body);
        const QCborMap outcome = reply.value(u"outcomes"_s).toArray().first().toMap();
        QCOMPARE(outcome.value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(reply.value(u"last_mutation"_s).toInteger(), 1);
    }
    QCOMPARE(serverRows(u"note"_s, u"id = '"_s + noteId + u"'").size(), 1);
    carla->startEngine();
    QVERIFY(carla->waitIdle());
    QCOMPARE(carla->count(u"note"_s, u"id = '"_s + noteId + u"'"), 1);
    QCOMPARE(carla->count(u"sync_outbox"_s), 0);
}

void TestSync::malformedAndUnauthorisedPushes()
{
    auto ben = client(u"ben"_s);
    const QString clientId = *ben->replica->clientId();
    QString code;
    // Malformed pushes are refused whole.
    pushRaw(*ben, { { u"client"_s, clientId } }, &code);
    QCOMPARE(code, u"invalid"_s);
    pushRaw(*ben, { { u"client"_s, u"../etc"_s }, { u"mutations"_s, QCborArray { QCborMap {} } } },
            &code);
    QCOMPARE(code, u"invalid"_s);
    pushRaw(*ben,
            { { u"client"_s, clientId },
              { u"mutations"_s,
                QCborArray { QCborMap { { u"n"_s, 5 },
                                        { u"name"_s, u"note.add"_s },
                                        { u"args"_s, QCborMap {} } } } } },
            &code);
    QCOMPARE(code, u"invalid"_s); // numbers must follow on: 1 is missing
    // Well-formed but wrong: each is rejected with its reason and the queue moves on.
    const QCborArray mutations {
        QCborMap { { u"n"_s, 1 },
                   { u"name"_s, u"patient.register"_s },
                   { u"args"_s,
                     QCborMap { { u"id"_s, newId() },
                                { u"family_name"_s, u"X"_s },
                                { u"given_name"_s, u"Y"_s } } } },
        QCborMap { { u"n"_s, 2 },
                   { u"name"_s, u"note.add"_s },
                   { u"args"_s,
                     QCborMap { { u"id"_s, newId() },
                                { u"patient_id"_s, m_ids[u"ana"_s] },
                                { u"body"_s, u"spam"_s } } } },
        QCborMap { { u"n"_s, 3 },
                   { u"name"_s, u"patient.erase_everything"_s },
                   { u"args"_s, QCborMap {} } },
        QCborMap { { u"n"_s, 4 },
                   { u"name"_s, u"patient.update"_s },
                   { u"args"_s,
                     QCborMap { { u"id"_s, m_ids[u"ben"_s] },
                                { u"birth_date"_s, u"yesterday"_s } } } },
        QCborMap { { u"n"_s, 5 },
                   { u"name"_s, u"patient.update"_s },
                   { u"args"_s,
                     QCborMap { { u"id"_s, m_ids[u"ben"_s] },
                                { u"family_name"_s, u"Bento"_s },
                                { u"given_name"_s, u"Ben"_s } } } },
    };
    const QCborMap reply =
            pushRaw(*ben, { { u"client"_s, clientId }, { u"mutations"_s, mutations } }, &code);
    QVERIFY2(code.isEmpty(), qPrintable(code));
    const QCborArray outcomes = reply.value(u"outcomes"_s).toArray();
    QCOMPARE(outcomes.size(), 5);
    const QStringList expected { u"forbidden"_s, u"forbidden"_s, u"invalid"_s, u"invalid"_s,
                                 QString() };
    for (int i = 0; i < 5; ++i) {
        const QCborMap outcome = outcomes[i].toMap();
        QCOMPARE(outcome.value(u"code"_s).toString(), expected[i]);
        QCOMPARE(outcome.value(u"status"_s).toString(),
                 expected[i].isEmpty() ? u"confirmed"_s : u"rejected"_s);
        if (!expected[i].isEmpty())
            QVERIFY(!outcome.value(u"reason"_s).toString().isEmpty());
    }
    QCOMPARE(serverRows(u"note"_s, u"body = 'spam'"_s).size(), 0);
    QCOMPARE(serverRows(u"patient"_s, u"family_name = 'Bento'"_s).size(), 1);
    // Another user's device id is not this user's.
    auto carla = client(u"carla"_s);
    pushRaw(*carla, { { u"client"_s, clientId }, { u"mutations"_s, mutations } }, &code);
    QCOMPARE(code, u"forbidden"_s);
}

void TestSync::careTeamGrantsAndRevokesABucket()
{
    auto desk = client(u"desk"_s);
    auto doctor = client(u"dr-house"_s);
    const QString patient = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, patient },
                           { u"family_name"_s, u"Lima"_s },
                           { u"given_name"_s, u"Luis"_s } }));
    QVERIFY(desk->submit(
            u"care_team.assign"_s,
            { { u"patient_id"_s, patient }, { u"staff_id"_s, m_ids[u"dr-house"_s] } }));
    QVERIFY(desk->waitIdle());
    // The doctor is poked (their user bucket changed), pulls, and gets the patient's bucket.
    QTRY_COMPARE_WITH_TIMEOUT(doctor->count(u"patient"_s, u"id = '"_s + patient + u"'"), 1, waitMs);
    QVERIFY(doctor->submit(u"note.add"_s,
                           { { u"id"_s, newId() },
                             { u"patient_id"_s, patient },
                             { u"body"_s, u"Blood pressure 130/85."_s } }));
    QVERIFY(doctor->waitIdle());
    QCOMPARE(doctor->count(u"note"_s, u"patient_id = '"_s + patient + u"'"), 1);
    QCOMPARE(desk->count(u"note"_s), 0); // the front desk never receives clinical notes
    QVERIFY(desk->submit(
            u"care_team.unassign"_s,
            { { u"patient_id"_s, patient }, { u"staff_id"_s, m_ids[u"dr-house"_s] } }));
    QVERIFY(desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(doctor->count(u"patient"_s, u"id = '"_s + patient + u"'"), 0, waitMs);
    QVERIFY(doctor->waitIdle());
    QCOMPARE(doctor->count(u"note"_s, u"patient_id = '"_s + patient + u"'"), 0);
    QCOMPARE(doctor->count(u"sync_row_bucket"_s, u"bucket = 'patient:"_s + patient + u"'"), 0);
    QCOMPARE(doctor->count(u"sync_cursor"_s, u"bucket = 'patient:"_s + patient + u"'"), 0);
}

void TestSync::patientNeverReceivesAnotherPatientsRowOnTheWire()
{
    // Ana and the front desk put data in Ben's record and in everyone's register.
    auto desk = client(u"desk"_s);
    const QString benId = m_ids[u"ben"_s];
    QVERIFY(desk->submit(u"patient.update"_s,
                         { { u"id"_s, benId }, { u"phone"_s, u"+351 999 111 222"_s } }));
    QVERIFY(desk->waitIdle());
    // Ana's pull, frame by frame, as it crosses the wire.
    auto ana =
            std::make_unique<TestClient>(*m_server, u"ana"_s, m_storeDir.path() + u'/' + newId());
    QList<QByteArray> frames;
    QWebSocket tap;
    QObject::connect(&tap, &QWebSocket::sslErrors, &tap,
                     [&](const QList<QSslError> &errors) { tap.ignoreSslErrors(errors); });
    QObject::connect(&tap, &QWebSocket::binaryMessageReceived, &tap,
                     [&](const QByteArray &f) { frames << f; });
    tap.open(QUrl(u"wss://127.0.0.1:%1"_s.arg(m_server->port())));
    QVERIFY(QTest::qWaitFor([&] { return tap.state() == QAbstractSocket::ConnectedState; },
                            waitMs));
    auto send = [&](const QString &type, const QCborMap &body) {
        const qsizetype before = frames.size();
        tap.sendBinaryMessage(Message { type, quint64(before + 1), body }.encode());
        return QTest::qWaitFor([&] { return frames.size() > before; }, waitMs);
    };
    QVERIFY(send(u"hello"_s, { { u"app"_s, u"tap"_s } }));
    QVERIFY(send(u"sign_in"_s, { { u"username"_s, u"ana"_s }, { u"password"_s, syncPassword } }));
    QCborMap cursors;
    for (int page = 0; page < 20; ++page) {
        QVERIFY(send(u"pull"_s, { { u"client"_s, newId() }, { u"cursors"_s, cursors } }));
        const QCborMap reply = Message::decode(frames.last())->body;
        for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray())
            cursors.insert(bucket.toMap().value(u"name"_s), bucket.toMap().value(u"cursor"_s));
        if (!reply.value(u"more"_s).toBool())
            break;
    }
    QVERIFY(!cursors.isEmpty());
    for (const QByteArray &frame : frames) {
        QVERIFY(!frame.contains(benId.toUtf8()));
        QVERIFY(!frame.contains("999 111 222"));
        QVERIFY(!frame.contains("register"));
        const QCborMap body = Message::decode(frame)->body;
        for (const QCborValue &bucket : body.value(u"buckets"_s).toArray()) {
            const QString name = bucket.toMap().value(u"name"_s).toString();
            // Her own buckets, and the directory everyone gets (hours, free/busy: no
            // patient in it, as the frame checks above show).
            QVERIFY2(name == u"patient:"_s + m_ids[u"ana"_s] || name == u"user:"_s + m_ids[u"ana"_s]
                             || name == u"directory",
                     qPrintable(name));
        }
    }
    // Asking for someone else's bucket by name gives nothing but a revocation.
    cursors.insert(u"patient:"_s + benId, QCborMap { { u"seq"_s, 0 } });
    cursors.insert(u"register"_s, QCborMap { { u"seq"_s, 0 } });
    QVERIFY(send(u"pull"_s, { { u"client"_s, newId() }, { u"cursors"_s, cursors } }));
    const QCborMap reply = Message::decode(frames.last())->body;
    QCOMPARE(reply.value(u"revoked"_s).toArray().size(), 2);
    QVERIFY(!frames.last().contains("999 111 222"));
}

void TestSync::tooOldCursorMustRefetch()
{
    auto desk = client(u"desk"_s);
    auto deskTwo = client(u"desk-two"_s);
    const QString patient = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, patient },
                           { u"family_name"_s, u"Old"_s },
                           { u"given_name"_s, u"Cursor"_s } }));
    QVERIFY(desk->submit(
            u"care_team.assign"_s,
            { { u"patient_id"_s, patient }, { u"staff_id"_s, m_ids[u"dr-house"_s] } }));
    QVERIFY(desk->waitIdle());
    QVERIFY(deskTwo->waitIdle());
    QCOMPARE(deskTwo->count(u"care_team"_s, u"patient_id = '"_s + patient + u"'"), 1);
    deskTwo->goOffline();
    // While the second desk is away, the care-team row is deleted and the log is pruned.
    QVERIFY(desk->submit(
            u"care_team.unassign"_s,
            { { u"patient_id"_s, patient }, { u"staff_id"_s, m_ids[u"dr-house"_s] } }));
    QVERIFY(desk->submit(u"patient.update"_s, { { u"id"_s, patient }, { u"city"_s, u"Faro"_s } }));
    QVERIFY(desk->waitIdle());
    const quint16 port = m_server->port();
    m_server->stop();
    {
        auto store = m_server->openDatabase();
        QVERIFY(store);
        SyncService sync(store.value()->database(), Clock::system());
        auto pruned = sync.pruneChangeLog(QDateTime::currentMSecsSinceEpoch() + 1);
        QVERIFY(pruned);
        QVERIFY(*pruned > 0);
    }
    QVERIFY(m_server->start(port));
    QVERIFY(deskTwo->signIn());
    QVERIFY(deskTwo->waitIdle());
    QCOMPARE(deskTwo->count(u"care_team"_s, u"patient_id = '"_s + patient + u"'"), 0);
    QCOMPARE(deskTwo->value(u"patient"_s, patient, u"city"_s), u"Faro"_s);
    QCOMPARE(syncedRowsOf(deskTwo->db(), u"patient"_s), serverRows(u"patient"_s));
    QCOMPARE(syncedRowsOf(deskTwo->db(), u"care_team"_s), serverRows(u"care_team"_s));
    QVERIFY(desk->waitIdle()); // the first desk reconnects after the restart and catches up
}

// On PostgreSQL the second desk works through a second server.
void TestSync::threeClientsConverge()
{
    auto deskOne = client(u"desk"_s);
    auto deskTwo = client(u"desk-two"_s, &otherServer());
    auto ana = client(u"ana"_s);
    const QString anaId = m_ids[u"ana"_s];
    QList<TestClient *> clients { deskOne.get(), deskTwo.get(), ana.get() };
    QList<QString> patients { anaId };
    QRandomGenerator random(20261122);
    const QStringList fields { u"phone"_s, u"city"_s, u"email"_s, u"address_line"_s, u"country"_s };
    for (int round = 0; round < 60; ++round) {
        TestClient *c = clients[random.bounded(int(clients.size()))];
        const int action = random.bounded(10);
        const bool online = c->connection->state() == ServerConnection::State::SignedIn;
        if (action == 0 && online) {
            c->goOffline();
            continue;
        }
        if (action == 1 && !online) {
            QVERIFY(c->signIn());
            continue;
        }
        const bool isDesk = c != ana.get();
        if (isDesk && action == 2) {
            patients << newId();
            QVERIFY(c->submit(u"patient.register"_s,
                              { { u"id"_s, patients.last() },
                                { u"family_name"_s, u"Rand%1"_s.arg(round) },
                                { u"given_name"_s, u"Om"_s } }));
            continue;
        }
        const QString field = fields[random.bounded(int(fields.size()))];
        const QString value =
                field == u"email" ? u"r%1@example.org"_s.arg(round) : u"v%1"_s.arg(round);
        if (!isDesk && action == 3) {
            QVERIFY(c->submit(u"note.add"_s,
                              { { u"id"_s, newId() },
                                { u"patient_id"_s, anaId },
                                { u"body"_s, u"note %1"_s.arg(round) } }));
            continue;
        }
        const QString target = isDesk ? patients[random.bounded(int(patients.size()))] : anaId;
        // A desk may edit a patient registered offline elsewhere that it has not seen yet:
        // refused here, which is fine; it was never queued.
        (void)c->submit(u"patient.update"_s, { { u"id"_s, target }, { field, value } });
        if (random.bounded(4) == 0)
            QTest::qWait(20);
    }
    for (TestClient *c : clients) {
        if (c->connection->state() != ServerConnection::State::SignedIn)
            QVERIFY(c->signIn());
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (TestClient *c : clients)
            QVERIFY(c->waitIdle());
    }
    const QStringList serverPatients = serverRows(u"patient"_s);
    QCOMPARE(syncedRowsOf(deskOne->db(), u"patient"_s), serverPatients);
    QCOMPARE(syncedRowsOf(deskTwo->db(), u"patient"_s), serverPatients);
    QCOMPARE(syncedRowsOf(ana->db(), u"patient"_s),
             serverRows(u"patient"_s, u"id = '"_s + anaId + u"'"));
    QCOMPARE(syncedRowsOf(ana->db(), u"note"_s),
             serverRows(u"note"_s, u"patient_id = '"_s + anaId + u"'"));
    for (TestClient *c : clients)
        QCOMPARE(c->count(u"sync_outbox"_s), 0);
}

void TestSync::largeBucketsArriveInPages()
{
    auto desk = client(u"desk"_s);
    const QString kept = newId();
    QVERIFY(desk->submit(
            u"patient.register"_s,
            { { u"id"_s, kept }, { u"family_name"_s, u"Kept"_s }, { u"given_name"_s, u"Row"_s } }));
    QVERIFY(desk->waitIdle());
    auto late = client(u"desk-two"_s);
    late->engine->setRowsPerApply(300); // several apply transactions, each of several pages
    late->goOffline();
    // More than fit in one 64 KiB reply (about 170 of these rows do), so the snapshot and
    // the changes after it arrive over several pulls.
    const QString longAddress = QString(150, u'x');
    for (int i = 0; i < 1200; ++i)
        QVERIFY(desk->submit(u"patient.register"_s,
                             { { u"id"_s, newId() },
                               { u"family_name"_s, u"Paged%1"_s.arg(i) },
                               { u"given_name"_s, u"Row"_s },
                               { u"address_line"_s, longAddress } }));
    QVERIFY(desk->waitIdle(60000));
    QVERIFY(late->signIn());
    // A change queued while the pages arrive is kept on top of every page.
    QVERIFY(late->submit(u"patient.update"_s,
                         { { u"id"_s, kept }, { u"country"_s, u"Portugal"_s } }));
    QVERIFY(late->waitIdle(60000));
    QCOMPARE(late->count(u"patient"_s, u"family_name LIKE 'Paged%'"_s), 1200);
    QCOMPARE(syncedRowsOf(late->db(), u"patient"_s), serverRows(u"patient"_s));
    QCOMPARE(late->value(u"patient"_s, kept, u"country"_s), u"Portugal"_s);
    // Pulled pages are name-indexed together at the end, and every row is found.
    QCOMPARE(late->count(u"patient_search_pending"_s), 0);
    QSqlQuery search(late->db());
    QVERIFY(search.exec(
            u"SELECT COUNT(*) FROM patient_search WHERE patient_search MATCH 'paged*'"_s));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 1200);
    QVERIFY(search.exec(
            u"SELECT COUNT(*) FROM patient_search WHERE patient_search MATCH 'kept'"_s));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 1);
    QVERIFY(search.exec(
            u"INSERT INTO patient_search (patient_search) VALUES ('integrity-check')"_s));
    // And a client that was away while they were written catches up in pages too.
    auto fresh = client(u"desk"_s);
    QCOMPARE(syncedRowsOf(fresh->db(), u"patient"_s), serverRows(u"patient"_s));
}

// A doctor on 3,000 care teams has 3,002 buckets. Their first sync arrives in pages that
// each fit a frame (names and cursors count against the budget), and a pull with nothing new
// lists none of them. The client's pull request then carries 3,002 cursors, over the 64 KiB
// that bounded every frame before sign-in: this needs the larger frame limit for signed-in
// connections (docs/protocol.md).
void TestSync::aDoctorOnThousandsOfCareTeamsSyncs()
{
    constexpr int patients = 3000;
    const QString doctor = m_server->addAccount(u"dr-many"_s, Role::Doctor);
    QVERIFY(!doctor.isEmpty());
    {
        // Written straight through the sync service, as the front desk's pushes would be:
        // 6,000 changes over the wire would take most of a minute.
        auto store = m_server->openDatabase();
        QVERIFY(store);
        SyncService sync(store.value()->database(), Clock::system());
        Account desk;
        desk.id = m_ids[u"desk"_s];
        desk.role = Role::FrontDesk;
        desk.displayName = u"desk Test"_s;
        const QString device = newId();
        qint64 number = 0;
        for (int first = 0; first < patients; first += 50) {
            QCborArray mutations;
            for (int i = first; i < first + 50; ++i) {
                const QString id = newId();
                mutations.append(QCborMap { { u"n"_s, ++number },
                                            { u"name"_s, u"patient.register"_s },
                                            { u"args"_s,
                                              QCborMap { { u"id"_s, id },
                                                         { u"family_name"_s, u"Many%1"_s.arg(i) },
                                                         { u"given_name"_s, u"Patient"_s } } } });
                mutations.append(QCborMap {
                        { u"n"_s, ++number },
                        { u"name"_s, u"care_team.assign"_s },
                        { u"args"_s,
                          QCborMap { { u"patient_id"_s, id }, { u"staff_id"_s, doctor } } } });
            }
            auto pushed =
                    sync.push(desk, { { u"client"_s, device }, { u"mutations"_s, mutations } });
            QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().fullText()));
        }
    }
    auto many = std::make_unique<TestClient>(*m_server, u"dr-many"_s,
                                             m_storeDir.path() + u'/' + newId());
    QVERIFY(many->signIn());
    QVERIFY(many->waitIdle(120000));
    QCOMPARE(many->count(u"patient"_s, u"family_name LIKE 'Many%'"_s), patients);
    QCOMPARE(many->count(u"sync_cursor"_s), patients + 2);
    QCOMPARE(many->count(u"care_team"_s, u"staff_id = '"_s + doctor + u"'"), patients);
    // In step, a pull says nothing of the 3,002 buckets.
    auto body = many->replica->pullBody();
    QVERIFY(body);
    std::optional<ServerReply> reply;
    many->connection->request(u"pull"_s, *body, [&](const ServerReply &r) { reply = r; });
    QVERIFY(QTest::qWaitFor([&] { return reply.has_value(); }, waitMs));
    QVERIFY2(reply->ok(), qPrintable(reply->errorText));
    QCOMPARE(reply->message.body.value(u"buckets"_s).toArray().size(), 0);
    QCOMPARE(reply->message.body.value(u"more"_s).toBool(), false);
}

// Seeded random values of every CBOR kind, nested: what a broken or hostile client might send.
static QCborValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 2 ? 6 : 8)) {
    case 0:
        return qint64(random.generate64());
    case 1:
        return random.bounded(3) - 1;
    case 2:
        return QString(random.bounded(40), QChar(u'a' + random.bounded(26)));
    case 3:
        return QCborValue(QCborValue::Null);
    case 4:
        return random.bounded(2) == 0;
    case 5:
        return QByteArray(random.bounded(30), char(random.bounded(256)));
    case 6: {
        QCborArray array;
        for (int i = random.bounded(5); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        static const QStringList keys {
            u"n"_s,   u"name"_s, u"args"_s,       u"id"_s,          u"seq"_s,  u"snap"_s,
            u"tbl"_s, u"rev"_s,  u"patient_id"_s, u"family_name"_s, u"body"_s, u"register"_s
        };
        QCborMap map;
        for (int i = random.bounded(5); i > 0; --i)
            map.insert(keys[random.bounded(int(keys.size()))], randomValue(random, depth + 1));
        return map;
    }
    }
}

void TestSync::hostileSyncBodiesAreAnsweredNotObeyed()
{
    auto ben = client(u"ben"_s);
    const QString clientId = *ben->replica->clientId();
    const QStringList names { u"patient.register"_s, u"patient.update"_s,     u"note.add"_s,
                              u"care_team.assign"_s, u"care_team.unassign"_s, u"nope"_s };
    QRandomGenerator random(4242);
    const QStringList before = serverRows(u"patient"_s);
    for (int round = 0; round < 150; ++round) {
        std::optional<ServerReply> reply;
        const bool pull = round % 2 == 0;
        QCborMap body { { u"client"_s,
                          round % 7 == 0 ? randomValue(random, 0) : QCborValue(clientId) } };
        if (pull) {
            QCborMap cursors;
            for (int i = random.bounded(4); i > 0; --i)
                cursors.insert(random.bounded(2) ? u"patient:"_s + m_ids[u"ana"_s] : u"register"_s,
                               randomValue(random, 1));
            body.insert(u"cursors"_s,
                        random.bounded(5) == 0 ? randomValue(random, 0) : QCborValue(cursors));
        } else {
            QCborArray mutations;
            for (int i = random.bounded(3); i > 0; --i)
                mutations.append(QCborMap {
                        { u"n"_s, random.bounded(4) ? QCborValue(1) : randomValue(random, 2) },
                        { u"name"_s, names[random.bounded(int(names.size()))] },
                        { u"args"_s, randomValue(random, 1) } });
            body.insert(u"mutations"_s, mutations);
        }
        ben->connection->request(pull ? u"pull"_s : u"push"_s, body,
                                 [&](const ServerReply &r) { reply = r; });
        QVERIFY(QTest::qWaitFor([&] { return reply.has_value(); }, waitMs));
        QVERIFY2(!reply->connectionLost, "the server dropped the connection");
        if (!reply->ok())
            QVERIFY2(reply->error == ProtocolError::Invalid
                             || reply->error == ProtocolError::Forbidden,
                     qPrintable(reply->errorText));
        // Whatever came back, nothing of another patient's record did (her bucket's name may
        // come back in "revoked": the client sent it).
        const QByteArray rows = QCborValue(reply->message.body.value(u"buckets"_s)).toCbor();
        QVERIFY(!rows.contains(m_ids[u"ana"_s].toUtf8()));
    }
    // No hostile push registered or edited anyone but Ben himself.
    QStringList after = serverRows(u"patient"_s);
    after.removeIf([&](const QString &row) { return row.startsWith(m_ids[u"ben"_s]); });
    QStringList expected = before;
    expected.removeIf([&](const QString &row) { return row.startsWith(m_ids[u"ben"_s]); });
    QCOMPARE(after, expected);
    QVERIFY(ben->waitIdle()); // and the connection still syncs
}

// The server restored from an older backup: its log ends before what the client was sent.
// The client stops (retrying cannot help, guessing could lose rows) and says why; changes made
// meanwhile wait. Fetching everything again makes it match the server, and they go.
void TestSync::aServerGoneBackInTimeStopsSyncAndAsks()
{
    auto desk = client(u"desk"_s);
    const QString before = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, before },
                           { u"family_name"_s, u"Before"_s },
                           { u"given_name"_s, u"Backup"_s } }));
    QVERIFY(desk->waitIdle());
    const quint16 port = m_server->port();
    m_server->stop();
    {
        // The rows stay (the backup had them); the log goes back to nothing.
        auto store = m_server->openDatabase();
        QVERIFY(store);
        QSqlQuery rewind(store.value()->database());
        QVERIFY(rewind.exec(u"DELETE FROM change_log"_s));
        QVERIFY(rewind.exec(u"UPDATE sync_setting SET value = '0' WHERE key = 'log_floor'"_s));
    }
    QVERIFY(m_server->start(port));
    QTRY_VERIFY_WITH_TIMEOUT(!desk->engine->status().needsAttention.isEmpty(), waitMs);
    QVERIFY2(desk->engine->status().needsAttention.contains(u"older backup"_s),
             qPrintable(desk->engine->status().needsAttention));

    // Stopped: a change made now waits, however long.
    const QString during = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, during },
                           { u"family_name"_s, u"During"_s },
                           { u"given_name"_s, u"Stop"_s } }));
    desk->engine->syncNow();
    QTest::qWait(1500);
    QCOMPARE(desk->engine->status().pending, 1);
    QVERIFY(!desk->engine->status().needsAttention.isEmpty());

    QVERIFY(desk->engine->startOver());
    QVERIFY(desk->waitIdle());
    QVERIFY(desk->engine->status().needsAttention.isEmpty());
    QCOMPARE(desk->engine->status().pending, 0);
    QCOMPARE(desk->value(u"patient"_s, during, u"family_name"_s), u"During"_s);
    QCOMPARE(desk->value(u"patient"_s, before, u"family_name"_s), u"Before"_s);
    QCOMPARE(syncedRowsOf(desk->db(), u"patient"_s), serverRows(u"patient"_s));
}

QTEST_GUILESS_MAIN(TestSync)
// Two servers on one PostgreSQL database: one front desk pushes to the first, the other is
// connected to the second and hears of it by a poke (the engine has no polling), because the
// first server's NOTIFY reached the second.
void TestSync::aChangeThroughOneServerReachesAClientOfAnother()
{
    if (!TestServerStore::onPostgres())
        QSKIP("the embedded store belongs to one server; this runs in tst_sync_postgresql");
    auto desk = client(u"desk"_s);
    auto deskTwo = client(u"desk-two"_s, &otherServer());
    const QString id = newId();
    QVERIFY(desk->submit(u"patient.register"_s,
                         { { u"id"_s, id },
                           { u"family_name"_s, u"Duarte"_s },
                           { u"given_name"_s, u"Dora"_s } }));
    QVERIFY(desk->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(deskTwo->value(u"patient"_s, id, u"family_name"_s), u"Duarte"_s,
                              waitMs);
    // And the other way round.
    QVERIFY(deskTwo->submit(u"patient.update"_s, { { u"id"_s, id }, { u"city"_s, u"Braga"_s } }));
    QVERIFY(deskTwo->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(desk->value(u"patient"_s, id, u"city"_s), u"Braga"_s, waitMs);
}

// Two desks push at the same time (on PostgreSQL through two servers, whose transactions
// really overlap) while a third only listens. Every change reaches the listener: change-log
// numbers commit in order, so no pull passes over one that commits late. (The listener shares
// a server with the second desk: each server serves one request at a time, so only there can
// it pull while the first desk's push is still open.)
void TestSync::concurrentPushesAreAllPulled()
{
    auto listener = client(u"desk"_s, &otherServer());
    auto deskOne = client(u"desk"_s);
    auto deskTwo = client(u"desk-two"_s, &otherServer());
    constexpr int perDesk = 300;
    for (int i = 0; i < perDesk; ++i) {
        for (TestClient *desk : { deskOne.get(), deskTwo.get() }) {
            QVERIFY(desk->submit(
                    u"patient.register"_s,
                    { { u"id"_s, newId() },
                      { u"family_name"_s, u"Rush"_s },
                      { u"given_name"_s, desk == deskOne.get() ? u"One"_s : u"Two"_s } }));
        }
        if (i % 10 == 0)
            QTest::qWait(1); // let the engines push while more changes arrive
    }
    QVERIFY(deskOne->waitIdle());
    QVERIFY(deskTwo->waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(listener->count(u"patient"_s, u"family_name = 'Rush'"_s), 2 * perDesk,
                              waitMs);
    QVERIFY(listener->waitIdle());
    QCOMPARE(syncedRowsOf(listener->db(), u"patient"_s), serverRows(u"patient"_s));
}

#include "tst_sync.moc"
