// The register's name search off the caller's thread: on a thread and a connection of its own,
// the newest text winning, one search at a time, and nothing of it left open once it goes.

#include "domain/patientrepository.h"
#include "domain/patientsearch.h"
#include "storage/encryptedstore.h"
#include "storage/sqlcipherdriver.h"
#include "storage/sqlite_api.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"

#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 10000;

sqlite3 *handle(const QSqlDatabase &db)
{
    return static_cast<SqlCipherDriver *>(db.driver())->connection();
}

// The search statements run on one connection (by SQLite's own trace), and the threads they ran
// on. The trace runs on the connection's thread: hence the lock.
class SearchTrace
{
public:
    ~SearchTrace() { detach(); }

    void attach(const QSqlDatabase &db)
    {
        m_db = handle(db);
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &SearchTrace::traced, this);
    }
    void detach()
    {
        if (m_db)
            sqlite3_trace_v2(std::exchange(m_db, nullptr), 0, nullptr, nullptr);
    }
    int searches() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_searches;
    }
    int statements() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_statements;
    }
    QSet<QThread *> threads() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    static int traced(unsigned, void *self, void *, void *sql)
    {
        auto *trace = static_cast<SearchTrace *>(self);
        const QMutexLocker lock(&trace->m_mutex);
        ++trace->m_statements;
        if (QByteArray(static_cast<const char *>(sql)).contains("MATCH"))
            ++trace->m_searches;
        trace->m_threads.insert(QThread::currentThread());
        return 0;
    }

    sqlite3 *m_db = nullptr;
    mutable QMutex m_mutex;
    int m_searches = 0;
    int m_statements = 0;
    QSet<QThread *> m_threads;
};

QStringList familyNames(const QList<Patient> &patients)
{
    QStringList names;
    for (const Patient &patient : patients)
        names << patient.familyName;
    return names;
}

} // namespace

class TestPatientSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void searchesOnItsOwnThreadAndConnection();
    void theNewestTextWinsAndTypingCoalesces();
    void anEmptyTextAnswersAtOnceAndDropsTheOneRunning();
    void saysWhichPatientsWaitForTheServer();
    void aFailureIsReportedForTheTextAsked();
    void closesItsConnectionWhenItGoes();

private:
    void add(const QString &given, const QString &family, const QString &id = {});

    QTemporaryDir m_dir;
    std::shared_ptr<EncryptedStore> m_store;
};

void TestPatientSearch::init()
{
    static int n = 0;
    auto store = EncryptedStore::create(m_dir.filePath(u"s%1.db"_s.arg(++n)),
                                        test::password("search tests"), test::fastStoreOptions());
    QVERIFY(store);
    m_store = std::move(store).value();
    add(u"Ann"_s, u"Smithers"_s);
    add(u"Anna"_s, u"Sousa"_s);
    add(u"Bruno"_s, u"Baptista"_s);
    QVERIFY(test::insertPatients(m_store->database(), 50)); // "Given<n> Family<n>"
}

void TestPatientSearch::cleanup()
{
    m_store.reset();
}

void TestPatientSearch::add(const QString &given, const QString &family, const QString &id)
{
    Patient patient = test::makePatient(0);
    patient.givenName = given;
    patient.familyName = family;
    if (!id.isEmpty())
        patient.id = id;
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    QVERIFY(PatientRepository(m_store->database()).insert(transaction.value(), patient));
    QVERIFY(transaction->commit());
}

// The caller's connection runs no statement at all; the search's own runs the search, on a
// thread that is not the caller's.
void TestPatientSearch::searchesOnItsOwnThreadAndConnection()
{
    SearchTrace callers;
    callers.attach(m_store->database());
    SearchTrace own;
    PatientSearch search(m_store, 10);
    connect(
            &search, &PatientSearch::opened, this,
            [&own](const QSqlDatabase &db) { own.attach(db); }, Qt::DirectConnection);
    QSignalSpy found(&search, &PatientSearch::found);
    QSignalSpy failed(&search, &PatientSearch::failed);

    search.search(u"an s"_s);
    QVERIFY(search.busy());
    QCOMPARE(found.size(), 0); // not on the caller's time
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, waitMs);
    QVERIFY(!search.busy());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(found.at(0).at(0).toString(), u"an s"_s);
    QCOMPARE(familyNames(found.at(0).at(1).value<QList<Patient>>()),
             (QStringList { u"Smithers"_s, u"Sousa"_s }));
    QCOMPARE(callers.statements(), 0);
    QCOMPARE(own.searches(), 1);
    QCOMPARE(own.threads().size(), 1);
    QVERIFY(!own.threads().contains(QThread::currentThread()));

    // The same connection answers the next search; the limit holds.
    search.search(u"given"_s);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 2, waitMs);
    QCOMPARE(found.at(1).at(1).value<QList<Patient>>().size(), 10);
    QCOMPARE(own.searches(), 2);
    QCOMPARE(own.threads().size(), 1);
    QCOMPARE(callers.statements(), 0);
    own.detach();
}

// Texts asked while one search runs wait, each replacing the one before: the first and the
// last run, and only the last is answered, though the first finished after it was asked.
void TestPatientSearch::theNewestTextWinsAndTypingCoalesces()
{
    SearchTrace own;
    PatientSearch search(m_store, 10);
    connect(
            &search, &PatientSearch::opened, this,
            [&own](const QSqlDatabase &db) { own.attach(db); }, Qt::DirectConnection);
    QSignalSpy found(&search, &PatientSearch::found);

    search.search(u"B"_s);
    search.search(u"Br"_s);
    search.search(u"S"_s);
    search.search(u"Sm"_s);
    QCOMPARE(search.text(), u"Sm"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!search.busy(), waitMs);
    QTest::qWait(50); // nothing else comes
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).toString(), u"Sm"_s);
    QCOMPARE(familyNames(found.at(0).at(1).value<QList<Patient>>()), QStringList { u"Smithers"_s });
    QCOMPARE(own.searches(), 2); // "B" (running when the others came) and "Sm"
    own.detach();
}

// Nothing to search for: answered at once with no patient, and the answer of the search still
// running, for an older text, never replaces it.
void TestPatientSearch::anEmptyTextAnswersAtOnceAndDropsTheOneRunning()
{
    PatientSearch search(m_store, 10);
    QSignalSpy found(&search, &PatientSearch::found);
    search.search(u"ann"_s);
    search.search(u"  "_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).toString(), u"  "_s);
    QVERIFY(found.at(0).at(1).value<QList<Patient>>().isEmpty());
    QVERIFY(search.busy()); // "ann" still runs
    QTRY_VERIFY_WITH_TIMEOUT(!search.busy(), waitMs);
    QTest::qWait(50);
    QCOMPARE(found.size(), 1);

    search.search(u"ann"_s);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 2, waitMs);
    QCOMPARE(familyNames(found.at(1).at(1).value<QList<Patient>>()),
             (QStringList { u"Smithers"_s, u"Sousa"_s }));
}

// A patient with a change queued here (an undo image in the outbox) is marked.
void TestPatientSearch::saysWhichPatientsWaitForTheServer()
{
    const QString waiting = u"0190a0b0-0000-7000-8000-00000000beef"_s;
    add(u"Wanda"_s, u"Waits"_s, waiting);
    add(u"Walter"_s, u"Wallace"_s);
    QSqlQuery undo(m_store->database());
    QVERIFY(undo.exec(u"INSERT INTO sync_undo (number, step, tbl, row_id) "
                      "VALUES (1, 0, 'patient', '%1')"_s.arg(waiting)));
    PatientSearch search(m_store, 10);
    QSignalSpy found(&search, &PatientSearch::found);
    search.search(u"wa"_s);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, waitMs);
    QCOMPARE(familyNames(found.at(0).at(1).value<QList<Patient>>()),
             (QStringList { u"Waits"_s, u"Wallace"_s }));
    QCOMPARE(found.at(0).at(2).value<QSet<QString>>(), QSet<QString> { waiting });
}

// A register that cannot be read says so, for the text asked.
void TestPatientSearch::aFailureIsReportedForTheTextAsked()
{
    QSqlQuery drop(m_store->database());
    QVERIFY(drop.exec(u"DROP TABLE patient_search"_s));
    PatientSearch search(m_store, 10);
    QSignalSpy found(&search, &PatientSearch::found);
    QSignalSpy failed(&search, &PatientSearch::failed);
    search.search(u"ann"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QCOMPARE(failed.at(0).at(0).toString(), u"ann"_s);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(found.size(), 0);
}

// Gone, even mid-search, it leaves no connection to the store behind: the store is the only one
// holding its file.
void TestPatientSearch::closesItsConnectionWhenItGoes()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        PatientSearch search(m_store, 10);
        QSignalSpy found(&search, &PatientSearch::found);
        search.search(u"ann"_s);
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, waitMs);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
        search.search(u"given"_s); // running as it goes
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    {
        PatientSearch unused(m_store, 10); // never searched: never connected
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patientsearch.moc"
