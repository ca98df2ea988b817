// The real clinic-sync-server and clinic-cli programs, driven the way scripts use them.

#include "crypto/signing.h"
#include "pharmacy/prescriptionsignature.h"
#include "serverstore.h"
#include "storetestsupport.h"
#include "syncfixture.h"

#include <QCborMap>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QString adminPassword = u"Tide-Lamp-Orbit-77"_s;
const QString nursePassword = u"mangoes under the bridge"_s;

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ran run(const QString &program, const QStringList &arguments, const QString &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input.toUtf8());
    process.closeWriteChannel();
    Ran ran;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ran.err = u"timed out"_s;
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

Ran server(const QStringList &arguments, const QString &input = {})
{
    return run(QStringLiteral(CLINIC_SERVER_BINARY), arguments, input);
}

// Every row of a query as the server's mutations read them (QCborMap, column by column).
QList<QCborMap> rowsOf(QSqlDatabase db, const QString &sql)
{
    QList<QCborMap> rows;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return rows;
    while (query.next()) {
        QCborMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), QCborValue::fromVariant(query.value(i)));
        rows.append(row);
    }
    return rows;
}

// How many of the demo clinic's prescriptions verify against Dr Ribeiro's key row, as a
// pharmacy checks them (the first failure in `problem`); the key row in `key`.
int verifiedPrescriptions(const QString &dataDir, QString *problem, QCborMap *key)
{
    auto store = ServerStore::open(dataDir);
    if (!store) {
        *problem = store.error().message;
        return -1;
    }
    const QSqlDatabase db = store.value()->database();
    const QList<QCborMap> keys = rowsOf(db, u"SELECT * FROM prescriber_key"_s);
    if (keys.size() != 1) {
        *problem = u"%1 prescriber keys"_s.arg(keys.size());
        return -1;
    }
    *key = keys.constFirst();
    int verified = 0;
    for (const QCborMap &rx : rowsOf(db, u"SELECT * FROM prescription"_s)) {
        if (const Result<void> checked = PrescriptionSignature::verify(rx, *key); checked.ok())
            ++verified;
        else if (problem->isEmpty())
            *problem = rx.value(u"id"_s).toString() + u": "_s + checked.error().message;
    }
    return verified;
}

// The demo clinic's rows, counted (theDemoClinicHasASchedule).
void checkDemoStore(const QString &dataDir)
{
    auto store = ServerStore::open(dataDir);
    QVERIFY(store);
    QSqlQuery query(store.value()->database());
    for (const auto &[sql, expected] :
         { // the clinic: three places, each with a place on the map; the 24-hour window
           std::pair { u"SELECT COUNT(*) FROM clinic_location WHERE NOT deleted "
                       "AND latitude_e6 IS NOT NULL AND hours <> '' AND phone <> ''"_s,
                       3 },
           std::pair { u"SELECT COUNT(DISTINCT city) FROM clinic_location"_s, 3 },
           std::pair { u"SELECT COUNT(*) FROM clinic_setting "
                       "WHERE id = 'cancellation_window_hours' AND value = '24'"_s,
                       1 },
           // five doctors' pages with fees, years, credentials and clinic locations
           std::pair { u"SELECT COUNT(*) FROM provider_profile"_s, 5 },
           std::pair { u"SELECT COUNT(*) FROM provider_profile WHERE fee_cents > 0 "
                       "AND fee_currency = 'EUR' AND years_experience > 0 "
                       "AND credentials <> '' AND licence_number <> '' "
                       "AND location_ids <> ''"_s,
                       5 },
           std::pair { u"SELECT COUNT(DISTINCT city) FROM provider_profile"_s, 3 },
           std::pair { u"SELECT COUNT(*) FROM provider_profile "
                       "WHERE modalities LIKE '%video%'"_s,
                       4 },
           std::pair { u"SELECT COUNT(*) FROM availability_rule"_s, 26 },
           // the patients' profiles and records
           std::pair { u"SELECT COUNT(*) FROM patient WHERE emergency_name <> '' "
                       "AND emergency_phone <> '' AND preferred_providers <> ''"_s,
                       3 },
           std::pair { u"SELECT COUNT(*) FROM care_team WHERE NOT deleted"_s, 6 },
           std::pair { u"SELECT COUNT(*) FROM patient_condition"_s, 4 },
           std::pair { u"SELECT COUNT(*) FROM patient_medication WHERE id NOT LIKE 'rx-%'"_s, 3 },
           std::pair { u"SELECT COUNT(*) FROM patient_allergy"_s, 3 },
           std::pair { u"SELECT COUNT(*) FROM patient_allergy WHERE severity = 'severe'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM insurance_policy"_s, 2 },
           // visits next week in each state, two completed ones rated
           std::pair { u"SELECT COUNT(*) FROM appointment WHERE status = 'confirmed'"_s, 3 },
           std::pair { u"SELECT COUNT(*) FROM appointment WHERE status = 'requested'"_s, 2 },
           std::pair { u"SELECT COUNT(*) FROM appointment WHERE status = 'proposed'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM appointment WHERE status = 'cancelled'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM appointment WHERE status = 'completed'"_s, 2 },
           std::pair { u"SELECT COUNT(*) FROM provider_busy WHERE NOT deleted"_s, 6 },
           std::pair { u"SELECT COUNT(*) FROM provider_rating"_s, 2 },
           std::pair { u"SELECT COUNT(*) FROM provider_profile "
                       "WHERE rating_sum = 9 AND rating_count = 2"_s,
                       1 },
           std::pair { u"SELECT COUNT(*) FROM provider_profile WHERE rating_count = 0"_s, 4 },
           // the cancelled visit's time was offered to the patient waiting for it
           std::pair { u"SELECT COUNT(*) FROM waitlist_entry WHERE status = 'offered' "
                       "AND offered_start_at = (SELECT start_at FROM appointment "
                       "WHERE status = 'cancelled')"_s,
                       1 },
           // Dr Ribeiro's prescriptions at Farmácia Central, one fill in each state
           std::pair { u"SELECT COUNT(*) FROM prescription WHERE pharmacy_id = 'demo-pharmacy' "
                       "AND prescriber_id = (SELECT doctor_id FROM prescriber_key)"_s,
                       8 },
           std::pair { u"SELECT COUNT(*) FROM prescription WHERE status = 'active'"_s, 6 },
           std::pair { u"SELECT COUNT(*) FROM prescription WHERE status = 'cancelled'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM prescription WHERE status = 'completed' "
                       "AND refills = 1"_s,
                       1 },
           std::pair { u"SELECT COUNT(*) FROM prescription_fill WHERE status = 'new'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM prescription_fill WHERE status = 'in_progress'"_s,
                       1 },
           std::pair { u"SELECT COUNT(*) FROM prescription_fill WHERE status = 'ready'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM prescription_fill WHERE status = 'dispensed' "
                       "AND dispensed_lots <> ''"_s,
                       4 },
           std::pair { u"SELECT COUNT(*) FROM prescription_fill WHERE status = 'returned' "
                       "AND reason LIKE '%asthma%'"_s,
                       1 },
           // the cancelled prescription's fill, rejected with the doctor's reason
           std::pair { u"SELECT COUNT(*) FROM prescription_fill f JOIN prescription p "
                       "ON p.id = f.prescription_id WHERE f.status = 'rejected' "
                       "AND p.status = 'cancelled' AND f.reason <> ''"_s,
                       1 },
           std::pair { u"SELECT COUNT(*) FROM refill_request WHERE status = 'requested'"_s, 1 },
           std::pair { u"SELECT COUNT(*) FROM refill_request WHERE status = 'approved' "
                       "AND fill_id LIKE '%#2'"_s,
                       1 },
           // the drugs prescribed are current medications, but the cancelled one
           std::pair { u"SELECT COUNT(*) FROM patient_medication WHERE id LIKE 'rx-%' "
                       "AND NOT deleted"_s,
                       7 },
           // the major interaction, overridden with a reason and audited
           std::pair { u"SELECT COUNT(*) FROM prescription WHERE override_reason <> '' "
                       "AND check_findings LIKE '%\"severity\":\"major\"%'"_s,
                       1 },
           std::pair { u"SELECT COUNT(*) FROM audit_log WHERE action = 'rx.prescribe.override'"_s,
                       1 },
           // dispensed from the lot that expires first: amlodipine's older lot 40 -> 10
           std::pair { u"SELECT COUNT(*) FROM prescription_fill "
                       "WHERE id = 'demo-rx-maria-amlodipine#1' "
                       "AND dispensed_lots = 'demo-lot-AML-2291:30'"_s,
                       1 },
           std::pair { u"SELECT quantity FROM stock_lot WHERE id = 'demo-lot-AML-2291'"_s, 10 },
           std::pair { u"SELECT quantity FROM stock_lot WHERE id = 'demo-lot-AML-2310'"_s, 120 },
           std::pair { u"SELECT quantity FROM stock_lot WHERE id = 'demo-lot-SAL-7781'"_s, 21 } }) {
        QVERIFY2(query.exec(sql) && query.next(), qPrintable(sql));
        QVERIFY2(
                query.value(0).toInt() == expected,
                qPrintable(u"%1: %2, not %3"_s.arg(sql).arg(query.value(0).toInt()).arg(expected)));
    }
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void initRefusesToRunTwice();
    void initLeavesNothingWhenThePasswordIsRefused_data();
    void initLeavesNothingWhenThePasswordIsRefused();
    void usersAreManaged();
    void cliSignsInWithThePrintedFingerprint();
    void cliRefusesWrongPasswordAndWrongCertificate();
    void statusShowsTheRunningServer();
    void auditVerifyFindsTampering();
    void serveStopsCleanlyOnSigterm();
    void badDatabaseAddressesAreExplained();
    void sharedDatabaseIsInitialisedOnce();
    void changeRunsAMutationAsAUser();
    void userListShowsNamesSafely();
    void theDemoClinicHasASchedule();

private:
    Ran cli(const QString &command, const QString &input = {}, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_data;
    QProcess m_serve;
    QString m_url;
    QString m_fingerprint;
};

void TestServerCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(u"server"_s);
    const Ran init = server({ u"init"_s, u"--data-dir"_s, m_data, u"--admin"_s, u"boss"_s },
                            adminPassword + u'\n' + adminPassword + u'\n');
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(init.out.contains(u"administrator boss"));
    QCOMPARE(QFile::permissions(ServerStore::keyPath(m_data)) & 0x0077, QFile::Permissions());
    QVERIFY(!QFile::exists(m_data + u"/tls"_s)); // made by serve, not init

    const Ran added =
            server({ u"user"_s, u"add"_s, u"--data-dir"_s, m_data, u"--username"_s, u"nina"_s,
                     u"--role"_s, u"nurse"_s, u"--display-name"_s, u"Nina Okoye"_s },
                   nursePassword + u'\n' + nursePassword + u'\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    m_url = u"wss://127.0.0.1:"_s + QString::number(freePort());
    m_serve.start(QStringLiteral(CLINIC_SERVER_BINARY),
                  { u"serve"_s, u"--data-dir"_s, m_data, u"--listen"_s, m_url.mid(6) });
    static const QRegularExpression fingerprint(u"\\b([0-9a-f]{64})\\b"_s);
    QString output;
    QVERIFY(QTest::qWaitFor(
            [&] {
                output += QString::fromUtf8(m_serve.readAllStandardOutput());
                return fingerprint.match(output).hasMatch()
                        || m_serve.state() == QProcess::NotRunning;
            },
            30000));
    QVERIFY2(output.contains(u"listening on " + m_url),
             qPrintable(output + QString::fromUtf8(m_serve.readAllStandardError())));
    m_fingerprint = fingerprint.match(output).captured(1);
    QCOMPARE(m_fingerprint.size(), 64);
}

void TestServerCli::cleanupTestCase()
{
    if (m_serve.state() != QProcess::NotRunning) {
        m_serve.terminate();
        m_serve.waitForFinished(10000);
    }
}

Ran TestServerCli::cli(const QString &command, const QString &input, const QStringList &extra)
{
    return run(QStringLiteral(CLINIC_CLI_BINARY),
               QStringList { u"--server"_s, m_url, u"--user"_s, u"nina"_s, u"--data-dir"_s,
                             m_dir.filePath(u"cli"_s) }
                       + extra + QStringList { command },
               input);
}

void TestServerCli::initRefusesToRunTwice()
{
    const QByteArray before = test::fileDigest(ServerStore::keyPath(m_data));
    const Ran again = server({ u"init"_s, u"--data-dir"_s, m_data, u"--admin"_s, u"other"_s },
                             adminPassword + u'\n' + adminPassword + u'\n');
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"already holds a server store"));
    QCOMPARE(test::fileDigest(ServerStore::keyPath(m_data)), before);
}

void TestServerCli::initLeavesNothingWhenThePasswordIsRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("different twice")
            << adminPassword + u"\nTide-Lamp-Orbit-78\n"_s << u"not the same"_s;
    QTest::newRow("common") << u"password1234\npassword1234\n"_s << u"too common"_s;
    QTest::newRow("none") << QString() << u"No password"_s;
}

void TestServerCli::initLeavesNothingWhenThePasswordIsRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const QString dir = m_dir.filePath(u"refused"_s);
    const Ran init = server({ u"init"_s, u"--data-dir"_s, dir, u"--admin"_s, u"boss"_s }, input);
    QCOMPARE(init.exitCode, 1);
    QVERIFY2(init.err.contains(message), qPrintable(init.err));
    QVERIFY(!ServerStore::isInitialised(dir)); // can simply be run again
}

void TestServerCli::usersAreManaged()
{
    const auto user = [&](const QStringList &arguments, const QString &input = {}) {
        return server(QStringList { u"user"_s } + arguments
                              + QStringList { u"--data-dir"_s, m_data },
                      input);
    };
    const QString pw = u"correct horse battery staple\n"_s;
    QCOMPARE(user({ u"add"_s, u"--username"_s, u"fred"_s, u"--role"_s, u"front_desk"_s }, pw + pw)
                     .exitCode,
             0);
    QCOMPARE(user({ u"add"_s, u"--username"_s, u"fred"_s, u"--role"_s, u"patient"_s }, pw + pw)
                     .exitCode,
             1);
    QCOMPARE(
            user({ u"add"_s, u"--username"_s, u"x"_s, u"--role"_s, u"wizard"_s }, pw + pw).exitCode,
            1);
    QCOMPARE(user({ u"disable"_s, u"--username"_s, u"fred"_s, u"--reason"_s, u"holiday"_s })
                     .exitCode,
             0);
    QCOMPARE(user({ u"set-role"_s, u"--username"_s, u"fred"_s, u"--role"_s, u"nurse"_s }).exitCode,
             0);
    const Ran list = user({ u"list"_s });
    QCOMPARE(list.exitCode, 0);
    static const QRegularExpression fredLine(u"^fred\\s+nurse\\s+disabled\\s+no\\s+fred$"_s,
                                             QRegularExpression::MultilineOption);
    QVERIFY2(fredLine.match(list.out).hasMatch(), qPrintable(list.out));
    QCOMPARE(user({ u"enable"_s, u"--username"_s, u"fred"_s }).exitCode, 0);
    QCOMPARE(user({ u"reset-password"_s, u"--username"_s, u"fred"_s },
                  u"Tide-Lamp-Orbit-99\nTide-Lamp-Orbit-99\n"_s)
                     .exitCode,
             0);
    const Ran missing = user({ u"disable"_s, u"--username"_s, u"ghost"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"no such account"));
    // user id: the account id alone, for scripts (what "@fred" stands for in change).
    const Ran id = user({ u"id"_s, u"--username"_s, u"fred"_s });
    QCOMPARE(id.exitCode, 0);
    static const QRegularExpression idLine(u"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\n$"_s);
    QVERIFY2(idLine.match(id.out).hasMatch(), qPrintable(id.out));
    QCOMPARE(user({ u"id"_s, u"--username"_s, u"fred"_s }).out, id.out);
    QCOMPARE(user({ u"id"_s, u"--username"_s, u"ghost"_s }).exitCode, 1);
}

void TestServerCli::cliSignsInWithThePrintedFingerprint()
{
    const Ran login =
            cli(u"login"_s, nursePassword + u'\n', { u"--trust-fingerprint"_s, m_fingerprint });
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    QCOMPARE(login.out.trimmed(), u"Signed in as nina (nurse)."_s);
    const Ran whoami = cli(u"whoami"_s);
    QCOMPARE(whoami.exitCode, 0);
    QCOMPARE(whoami.out.trimmed(), u"nina (Nina Okoye), nurse"_s);
    const Ran logout = cli(u"logout"_s);
    QCOMPARE(logout.exitCode, 0);
    const Ran after = cli(u"whoami"_s);
    QCOMPARE(after.exitCode, 1);
    QVERIFY(after.err.contains(u"log in first"));
}

void TestServerCli::cliRefusesWrongPasswordAndWrongCertificate()
{
    const Ran wrong =
            cli(u"login"_s, u"not the password\n"_s, { u"--trust-fingerprint"_s, m_fingerprint });
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(u"user name or password is not correct"));

    const QString otherData = m_dir.filePath(u"cli-other"_s);
    const QStringList base { u"--server"_s, m_url,           u"--user"_s,
                             u"nina"_s,     u"--data-dir"_s, otherData };
    const Ran unknown = run(QStringLiteral(CLINIC_CLI_BINARY), base + QStringList { u"login"_s },
                            nursePassword + u'\n');
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(m_fingerprint), qPrintable(unknown.err)); // offered, not used
    const Ran mismatch =
            run(QStringLiteral(CLINIC_CLI_BINARY),
                base + QStringList { u"--trust-fingerprint"_s, QString(64, u'e'), u"login"_s },
                nursePassword + u'\n');
    QCOMPARE(mismatch.exitCode, 1);
    QVERIFY2(mismatch.err.contains(u"CERTIFICATE MISMATCH"), qPrintable(mismatch.err));
}

void TestServerCli::statusShowsTheRunningServer()
{
    const Ran status = server({ u"status"_s, u"--data-dir"_s, m_data });
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(u"running: pid"), qPrintable(status.out));
    QVERIFY(status.out.contains(u"accounts: admin active: 1"));
    QVERIFY(status.out.contains(u"audit log:"));
}

void TestServerCli::auditVerifyFindsTampering()
{
    const Ran intact = server({ u"audit"_s, u"verify"_s, u"--data-dir"_s, m_data });
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY(intact.out.contains(u"intact"));
    const Ran exported = server({ u"audit"_s, u"export"_s, u"--data-dir"_s, m_data });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.count(u'\n') >= 5);
    QVERIFY(!exported.out.contains(nursePassword));
    {
        // Someone with the store key edits an entry.
        auto store = ServerStore::open(m_data);
        QVERIFY(store);
        QSqlQuery query(store.value()->database());
        QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_update"_s));
        QVERIFY(query.exec(u"UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2"_s));
    }
    const Ran tampered = server({ u"audit"_s, u"verify"_s, u"--data-dir"_s, m_data });
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY2(tampered.err.contains(u"Row 2 was changed"), qPrintable(tampered.err));
}

void TestServerCli::serveStopsCleanlyOnSigterm()
{
    m_serve.terminate();
    QVERIFY(m_serve.waitForFinished(10000));
    QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve.exitCode(), 0);
    QVERIFY(QString::fromUtf8(m_serve.readAllStandardOutput()).contains(u"stopped"));
    QVERIFY(!QFile::exists(m_data + u"/status.json"_s));
}

void TestServerCli::badDatabaseAddressesAreExplained()
{
    const Ran notPostgres =
            server({ u"user"_s, u"list"_s, u"--db"_s, u"mysql://root@127.0.0.1/clinic"_s });
    QCOMPARE(notPostgres.exitCode, 1);
    QVERIFY2(notPostgres.err.contains(u"not a PostgreSQL address"), qPrintable(notPostgres.err));
    // Nobody listens there: a clear message, soon, and no password echoed.
    const Ran unreachable =
            server({ u"user"_s, u"list"_s, u"--db"_s,
                     u"postgresql://clinic:s3cret@127.0.0.1:%1/clinic"_s.arg(freePort()) });
    QCOMPARE(unreachable.exitCode, 1);
    QVERIFY2(unreachable.err.contains(u"cannot be reached"), qPrintable(unreachable.err));
    QVERIFY(!unreachable.err.contains(u"s3cret"));
}

// init on a PostgreSQL database makes the schema and the first administrator; a second init
// on the same database is refused and changes nothing.
void TestServerCli::sharedDatabaseIsInitialisedOnce()
{
    if (!test::TestServerStore::onPostgres())
        QSKIP("runs in tst_servercli_postgresql");
    test::TestServerStore store(m_dir.filePath(u"shared"_s), false);
    const QString twice = adminPassword + u'\n' + adminPassword + u'\n';
    const Ran init = server({ u"init"_s, u"--db"_s, store.url(), u"--admin"_s, u"chief"_s }, twice);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(u"PostgreSQL"), qPrintable(init.out));
    const Ran again =
            server({ u"init"_s, u"--db"_s, store.url(), u"--admin"_s, u"other"_s }, twice);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already holds"), qPrintable(again.err));
    const Ran users = server({ u"user"_s, u"list"_s, u"--db"_s, store.url() });
    QCOMPARE(users.exitCode, 0);
    QVERIFY(users.out.contains(u"chief"));
    QVERIFY(!users.out.contains(u"other"));
    const Ran status = server(
            { u"status"_s, u"--data-dir"_s, m_dir.filePath(u"shared"_s), u"--db"_s, store.url() });
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(u"store: PostgreSQL 15"), qPrintable(status.out));
    QVERIFY(status.out.contains(u"accounts: admin active: 1"));
}

// `change` makes one change as a user through the same path as a push: allowed ones are
// confirmed, refused ones say why, malformed input says what is wrong, and nothing half-done
// stays.
void TestServerCli::changeRunsAMutationAsAUser()
{
    const QString dir = m_dir.filePath(u"change"_s);
    const QString twice = adminPassword + u'\n' + adminPassword + u'\n';
    QCOMPARE(server({ u"init"_s, u"--data-dir"_s, dir, u"--admin"_s, u"chief"_s }, twice).exitCode,
             0);
    QCOMPARE(server({ u"user"_s, u"add"_s, u"--data-dir"_s, dir, u"--username"_s, u"dr-x"_s,
                      u"--role"_s, u"doctor"_s },
                    twice)
                     .exitCode,
             0);
    const auto change = [&](const QString &as, const QString &name, const QString &args) {
        return server({ u"change"_s, u"--data-dir"_s, dir, u"--as"_s, as, u"--change"_s, name,
                        u"--args"_s, args });
    };
    const Ran page = change(u"dr-x"_s, u"provider.update_profile"_s,
                            uR"({"id": "@dr-x", "display_name": "Dr X", "city": "Faro"})"_s);
    QVERIFY2(page.exitCode == 0, qPrintable(page.err));
    QVERIFY(page.out.contains(u"Done: provider.update_profile as dr-x"));
    // The admin may not book; a patient's policy is the server's, not the script's.
    const Ran refused = change(u"chief"_s, u"appointment.request"_s,
                               uR"({"id": "v1", "patient_id": "@chief", "provider_id": "@dr-x",
                                    "start_at": 1})"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"refused: Your role does not allow this change."),
             qPrintable(refused.err));
    const Ran malformed = change(u"dr-x"_s, u"provider.update_profile"_s, u"{not json"_s);
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains(u"a JSON object"), qPrintable(malformed.err));
    const Ran nobody = change(u"dr-x"_s, u"provider.update_profile"_s,
                              uR"({"id": "@nobody", "display_name": "N"})"_s);
    QCOMPARE(nobody.exitCode, 1);
    auto store = ServerStore::open(dir);
    QVERIFY(store);
    QSqlQuery query(store.value()->database());
    QVERIFY(query.exec(u"SELECT display_name, city FROM provider_profile"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Dr X"_s);
    QCOMPARE(query.value(1).toString(), u"Faro"_s);
    QVERIFY(!query.next());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM appointment"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    store.value().reset();

    // A doctor disabled, or given another role, from the command line leaves the directory
    // as from the Users page: nobody may find a doctor who cannot be booked.
    const auto listed = [&] {
        auto opened = ServerStore::open(dir);
        QSqlQuery rows(opened.value()->database());
        rows.exec(u"SELECT COUNT(*) FROM provider_profile WHERE NOT deleted"_s);
        return rows.next() ? rows.value(0).toInt() : -1;
    };
    QCOMPARE(listed(), 1);
    QCOMPARE(server({ u"user"_s, u"disable"_s, u"--data-dir"_s, dir, u"--username"_s, u"dr-x"_s })
                     .exitCode,
             0);
    QCOMPARE(listed(), 0);
    QCOMPARE(server({ u"user"_s, u"enable"_s, u"--data-dir"_s, dir, u"--username"_s, u"dr-x"_s })
                     .exitCode,
             0);
    QVERIFY(change(u"dr-x"_s, u"provider.update_profile"_s,
                   uR"({"id": "@dr-x", "display_name": "Dr X", "city": "Faro"})"_s)
                    .exitCode
            == 0);
    QCOMPARE(listed(), 1);
    QCOMPARE(server({ u"user"_s, u"set-role"_s, u"--data-dir"_s, dir, u"--username"_s, u"dr-x"_s,
                      u"--role"_s, u"nurse"_s })
                     .exitCode,
             0);
    QCOMPARE(listed(), 0);
}

// A name is text someone else chose: listing it must not let it drive the administrator's
// terminal (escape sequences, bidirectional overrides). The server refuses such names now; one
// written before, or by another tool, is shown escaped.
void TestServerCli::userListShowsNamesSafely()
{
    const QString dir = m_dir.filePath(u"names"_s);
    const QString twice = adminPassword + u'\n' + adminPassword + u'\n';
    QCOMPARE(server({ u"init"_s, u"--data-dir"_s, dir, u"--admin"_s, u"chief"_s }, twice).exitCode,
             0);
    const QString name = u"Eve \x1b[2J\x1b]0;owned\x07 \u202Eevil"_s;
    const Ran refused = server({ u"user"_s, u"add"_s, u"--data-dir"_s, dir, u"--username"_s,
                                 u"eve"_s, u"--role"_s, u"nurse"_s, u"--display-name"_s, name },
                               twice);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"control characters"), qPrintable(refused.err));
    {
        auto store = ServerStore::open(dir);
        QVERIFY(store);
        QSqlQuery query(store.value()->database());
        query.prepare(u"UPDATE account SET display_name = ? WHERE username = 'chief'"_s);
        query.addBindValue(name);
        QVERIFY(query.exec());
    }
    const Ran list = server({ u"user"_s, u"list"_s, u"--data-dir"_s, dir });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(QChar(0x1b)) && !list.out.contains(QChar(0x07))
            && !list.out.contains(QChar(0x202e)));
    QVERIFY2(list.out.contains(u"Eve \\u{001b}[2J\\u{001b}]0;owned\\u{0007} \\u{202e}evil"_s),
             qPrintable(list.out));
}

// The README's demo clinic: everything SPEC S2/S3 shows is there, and the pharmacy's
// prescriptions in each state (SPEC S7), made through the server's own mutations. The script
// runs about 140 changes; it must stay well inside the suite's time limit.
void TestServerCli::theDemoClinicHasASchedule()
{
    QProcess demo;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLINIC_CLI"_s, QStringLiteral(CLINIC_CLI_BINARY));
    demo.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    demo.start(u"bash"_s,
               { QStringLiteral(CLINIC_DEMO_SCRIPT), QStringLiteral(CLINIC_SERVER_BINARY),
                 m_dir.filePath(u"demo"_s) });
    // About a minute on the shared 2-core build machine at a load average of 15 to 20, with
    // or without the prescriptions (66 s before them, 56 to 79 s with them): the limit leaves
    // room for a loaded machine and still catches a hang.
    if (!demo.waitForFinished(150000)) {
        demo.kill();
        demo.waitForFinished();
        QFAIL("the demo script took more than 150 s");
    }
    QVERIFY2(demo.exitStatus() == QProcess::NormalExit && demo.exitCode() == 0,
             demo.readAllStandardError().constData());
    qInfo("the demo script took %lld ms", timer.elapsed());
    const QString demoDir = m_dir.filePath(u"demo"_s);
    checkDemoStore(demoDir);
    if (QTest::currentTestFailed())
        return;
    // The demo key signed every prescription, and is gone with the script.
    QVERIFY(!QFile::exists(QDir(demoDir).filePath(u"demo-prescriber.key"_s)));
    QString problem;
    QCborMap demoKey;
    QCOMPARE(verifiedPrescriptions(demoDir, &problem, &demoKey), 8);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Dr Ribeiro signs in on a desktop, which makes his own key and registers it
    // (PrescribeDialog::signWithOwnKey): the demo key moves to previous_keys, and the demo
    // prescriptions still verify at the pharmacy.
    const Signing::KeyPair desktop = Signing::generateKeyPair();
    const Ran registered =
            server({ u"change"_s, u"--data-dir"_s, demoDir, u"--as"_s, u"dr.ribeiro"_s,
                     u"--change"_s, u"prescriber_key.register"_s, u"--args"_s,
                     u"{\"public_key\": \"%1\"}"_s.arg(
                             QString::fromLatin1(desktop.publicKey.toBase64())) });
    QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    QCborMap rotated;
    QCOMPARE(verifiedPrescriptions(demoDir, &problem, &rotated), 8);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(rotated.value(u"fingerprint"_s).toString(),
             PrescriptionSignature::fingerprint(desktop.publicKey));
    QCOMPARE(rotated.value(u"previous_keys"_s).toString(),
             demoKey.value(u"fingerprint"_s).toString() + u'='
                     + demoKey.value(u"public_key"_s).toString());
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
