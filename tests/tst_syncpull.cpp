// The server's pull (SyncService::pull) as a hostile or very large client meets it: every
// cursor field checked before use, the request bounded, and every reply within its byte
// budget however many buckets the user has.

#include "mutations/entitymutations.h"
#include "protocol/message.h"
#include "servicefixture.h"

#include <QCborArray>
#include <QTest>
#include <QUuid>

#include <limits>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

} // namespace

class TestSyncPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void malformedCursorsAreRefusedNamingTheBucket_data();
    void malformedCursorsAreRefusedNamingTheBucket();
    void theRequestIsBounded();
    void absentAndTooOldCursorsKeepTheirMeaning();
    void cursorsHoldAfterTheWholeLogIsPruned();
    void aSnapshotOlderThanThePrunedLogStartsOver();
    void aDoctorOnThousandsOfCareTeamsPullsWithinBudget();
    void revokedBucketsArePagedToo();

private:
    // What a pull reply checks out at, page by page.
    struct Pages
    {
        int pages = 0;
        QSet<QString> buckets; // named in some page
        QSet<QString> patients; // ids of the patient rows received
        QStringList revoked;
        qsizetype largestFrame = 0;
    };
    // Pulls as `accountId` until the server has no more, as a client does, checking that
    // every reply's frame stays within the budget (plus the one row a page may overrun by
    // when that row alone is bigger than the budget).
    bool pullWithinBudget(const QString &accountId, QCborMap &cursors, Pages &seen);
    bool pullAll(const QString &accountId, QCborMap &cursors)
    {
        Pages seen;
        return pullWithinBudget(accountId, cursors, seen);
    }

    std::unique_ptr<ServiceFixture> m_service;
    QString m_desk;
    QString m_ana;
    // The doctor on thousands of care teams, their patients and their cursors once in step.
    QString m_doctorMany;
    QStringList m_manyPatients;
    QCborMap m_manyCursors;
};

void TestSyncPull::initTestCase()
{
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    m_desk = m_service->addAccount(u"desk"_s, Role::FrontDesk);
    m_ana = m_service->addAccount(u"ana"_s, Role::Patient);
    QVERIFY(!m_desk.isEmpty() && !m_ana.isEmpty());
    const QCborMap outcome = m_service->apply(m_ana, u"patient.update"_s,
                                              { { u"id"_s, m_ana },
                                                { u"family_name"_s, u"Silva"_s },
                                                { u"given_name"_s, u"Ana"_s } });
    QCOMPARE(outcome.value(u"status"_s).toString(), u"confirmed"_s);
}

bool TestSyncPull::pullWithinBudget(const QString &accountId, QCborMap &cursors, Pages &seen)
{
    for (int page = 0; page < 2000; ++page) {
        auto pulled = m_service->pull(accountId, cursors);
        if (!pulled) {
            qWarning() << pulled.error().fullText();
            return false;
        }
        const QCborMap &reply = pulled->reply;
        ++seen.pages;
        qsizetype largestRow = 0;
        for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray()) {
            const QCborMap entry = bucket.toMap();
            seen.buckets.insert(entry.value(u"name"_s).toString());
            cursors.insert(entry.value(u"name"_s), entry.value(u"cursor"_s));
            for (const QCborValue &row : entry.value(u"rows"_s).toArray()) {
                largestRow = qMax(largestRow, row.toCbor().size());
                const QCborMap change = row.toMap();
                if (change.value(u"t"_s).toString() == u"patient")
                    seen.patients.insert(change.value(u"v"_s).toMap().value(u"id"_s).toString());
            }
        }
        for (const QCborValue &name : reply.value(u"revoked"_s).toArray()) {
            seen.revoked << name.toString();
            cursors.remove(name);
        }
        // The whole frame as the worker sends it: envelope, bucket entries, rows, revoked.
        const qsizetype frame = Message::reply(u"ok"_s, quint64(1) << 62, reply).encode().size();
        seen.largestFrame = qMax(seen.largestFrame, frame);
        if (frame > SyncService::pullBudgetBytes + largestRow) {
            qWarning() << "page" << page << "is" << frame << "bytes";
            return false;
        }
        if (!reply.value(u"more"_s).toBool())
            return true;
    }
    qWarning() << "no end after 2000 pages";
    return false;
}

void TestSyncPull::malformedCursorsAreRefusedNamingTheBucket_data()
{
    QTest::addColumn<QCborValue>("cursor");
    const qint64 tables = SyncedTables::all().size();
    const auto snapshot = [](qint64 snap, qint64 tbl, qint64 rev) {
        return QCborValue(QCborMap { { u"snap"_s, snap }, { u"tbl"_s, tbl }, { u"rev"_s, rev } });
    };
    QTest::newRow("tbl -1") << snapshot(0, -1, 0);
    QTest::newRow("tbl INT64_MIN") << snapshot(0, int64Min, 0);
    QTest::newRow("tbl past the tables") << snapshot(0, tables + 1, 0);
    QTest::newRow("tbl INT64_MAX") << snapshot(0, int64Max, 0);
    QTest::newRow("snap -1") << snapshot(-1, 0, 0);
    QTest::newRow("rev -1") << snapshot(0, 0, -1);
    QTest::newRow("rev INT64_MIN") << snapshot(0, 0, int64Min);
    QTest::newRow("seq -1") << QCborValue(QCborMap { { u"seq"_s, -1 } });
    QTest::newRow("seq INT64_MIN") << QCborValue(QCborMap { { u"seq"_s, int64Min } });
    QTest::newRow("seq as text") << QCborValue(QCborMap { { u"seq"_s, u"5"_s } });
    QTest::newRow("seq as float") << QCborValue(QCborMap { { u"seq"_s, 1.5 } });
    QTest::newRow("tbl as float") << QCborValue(
            QCborMap { { u"snap"_s, 0 }, { u"tbl"_s, 0.5 }, { u"rev"_s, 0 } });
    QTest::newRow("rev missing") << QCborValue(QCborMap { { u"snap"_s, 0 }, { u"tbl"_s, 0 } });
    QTest::newRow("both shapes") << QCborValue(
            QCborMap { { u"seq"_s, 3 }, { u"snap"_s, 0 }, { u"tbl"_s, 0 }, { u"rev"_s, 0 } });
    QTest::newRow("empty map") << QCborValue(QCborMap {});
    QTest::newRow("null") << QCborValue(QCborValue::Null);
    QTest::newRow("array") << QCborValue(QCborArray { 1, 2 });
    QTest::newRow("text") << QCborValue(u"seq=5"_s);
}

// Ana's own bucket with a bad cursor: the pull is refused, naming the bucket, and nothing
// else happens; the same pull with a good cursor then works.
void TestSyncPull::malformedCursorsAreRefusedNamingTheBucket()
{
    QFETCH(QCborValue, cursor);
    const QString own = Buckets::of(Buckets::patient, m_ana);
    auto refused = m_service->pull(m_ana, { { own, cursor } });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().message.contains(own), qPrintable(refused.error().message));
    // A bucket the user may not have is checked all the same: the cursor is read first.
    auto foreign = m_service->pull(m_ana, { { u"register"_s, cursor } });
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(foreign.error().message.contains(u"register"_s), qPrintable(foreign.error().message));
    QCborMap cursors;
    QVERIFY(pullAll(m_ana, cursors));
    QVERIFY(cursors.contains(own));
}

void TestSyncPull::theRequestIsBounded()
{
    const auto refused = [&](const QCborMap &cursors) {
        auto pulled = m_service->pull(m_ana, cursors);
        if (pulled)
            return QString(u"accepted"_s);
        return pulled.error().code == ErrorCode::InvalidArgument ? pulled.error().message
                                                                 : pulled.error().fullText();
    };
    // Too many cursors.
    QCborMap many;
    for (int i = 0; i <= SyncService::maxPullCursors; ++i)
        many.insert(u"patient:"_s + QString::number(i), QCborMap { { u"seq"_s, 0 } });
    QVERIFY2(refused(many).contains(u"cursors"_s), qPrintable(refused(many)));
    // As many as allowed: answered (all revoked: none is Ana's).
    many.remove(many.constBegin().key());
    QCOMPARE(many.size(), SyncService::maxPullCursors);
    auto answered = m_service->pull(m_ana, many);
    QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().fullText()));
    // A bucket name too long, or not text.
    const QString tooLong = QString(SyncService::maxBucketNameLength + 1, u'x');
    QVERIFY(refused({ { tooLong, QCborMap { { u"seq"_s, 0 } } } }) != u"accepted");
    QCOMPARE(m_service
                     ->pull(m_ana,
                            { { QString(SyncService::maxBucketNameLength, u'x'),
                                QCborMap { { u"seq"_s, 0 } } } })
                     .ok(),
             true);
    QVERIFY(refused({ { 7, QCborMap { { u"seq"_s, 0 } } } }) != u"accepted");
    QVERIFY(refused({ { QByteArray("patient:x"), QCborMap { { u"seq"_s, 0 } } } }) != u"accepted");
}

// No cursor: a snapshot. A seq older than the pruned change log: must_refetch, and a snapshot.
void TestSyncPull::absentAndTooOldCursorsKeepTheirMeaning()
{
    const QString own = Buckets::of(Buckets::patient, m_ana);
    auto fresh = m_service->pull(m_ana, {});
    QVERIFY(fresh);
    bool sawProfile = false;
    for (const QCborValue &bucket : fresh->reply.value(u"buckets"_s).toArray()) {
        const QCborMap entry = bucket.toMap();
        QVERIFY(!entry.contains(u"must_refetch"_s));
        if (entry.value(u"name"_s).toString() == own)
            sawProfile = !entry.value(u"rows"_s).toArray().isEmpty();
    }
    QVERIFY(sawProfile);
    // Changes, then a prune past them.
    QCOMPARE(m_service
                     ->apply(m_ana, u"patient.update"_s,
                             { { u"id"_s, m_ana }, { u"city"_s, u"Faro"_s } })
                     .value(u"status"_s)
                     .toString(),
             u"confirmed"_s);
    m_service->clock.advance(1000);
    auto pruned = m_service->sync().pruneChangeLog(m_service->clock.nowMs());
    QVERIFY(pruned && *pruned > 0);
    auto old = m_service->pull(m_ana, { { own, QCborMap { { u"seq"_s, 1 } } } });
    QVERIFY(old);
    bool refetched = false;
    for (const QCborValue &bucket : old->reply.value(u"buckets"_s).toArray()) {
        const QCborMap entry = bucket.toMap();
        if (entry.value(u"name"_s).toString() == own) {
            refetched = entry.value(u"must_refetch"_s).toBool();
            QVERIFY(!entry.value(u"rows"_s).toArray().isEmpty());
        }
    }
    QVERIFY(refetched);
}

// With every change-log entry pruned, a new snapshot must still start from the pruned floor:
// a cursor below it would be told to refetch on every pull after.
void TestSyncPull::cursorsHoldAfterTheWholeLogIsPruned()
{
    m_service->clock.advance(1000);
    auto pruned = m_service->sync().pruneChangeLog(m_service->clock.nowMs());
    QVERIFY(pruned);
    QCborMap cursors;
    QVERIFY(pullAll(m_ana, cursors));
    QVERIFY(!cursors.isEmpty());
    auto again = m_service->pull(m_ana, cursors);
    QVERIFY(again);
    for (const QCborValue &bucket : again->reply.value(u"buckets"_s).toArray())
        QVERIFY2(!bucket.toMap().value(u"must_refetch"_s).toBool(),
                 qPrintable(bucket.toMap().value(u"name"_s).toString()));
}

// A snapshot under way whose start the log has since been pruned past would miss the changes
// in between (a row sent, then deleted): it starts over, with must_refetch.
void TestSyncPull::aSnapshotOlderThanThePrunedLogStartsOver()
{
    const QString own = Buckets::of(Buckets::patient, m_ana);
    QCOMPARE(m_service
                     ->apply(m_ana, u"patient.update"_s,
                             { { u"id"_s, m_ana }, { u"city"_s, u"Tavira"_s } })
                     .value(u"status"_s)
                     .toString(),
             u"confirmed"_s);
    m_service->clock.advance(1000);
    QVERIFY(m_service->sync().pruneChangeLog(m_service->clock.nowMs()));
    const QCborMap midway { { u"snap"_s, 0 }, { u"tbl"_s, 1 }, { u"rev"_s, 0 } };
    auto pulled = m_service->pull(m_ana, { { own, midway } });
    QVERIFY(pulled);
    bool refetched = false;
    for (const QCborValue &bucket : pulled->reply.value(u"buckets"_s).toArray()) {
        if (bucket.toMap().value(u"name"_s).toString() == own)
            refetched = bucket.toMap().value(u"must_refetch"_s).toBool();
    }
    QVERIFY(refetched);
}

// A doctor on 3,000 care teams has 3,000 buckets (plus their own and the directory). Every
// reply stays within the budget, counting each bucket's name and cursor, and pulling on with
// the cursors returned delivers every bucket. Once in step, a pull with nothing new is
// nearly empty: buckets with nothing to say are left out, so no reply lists them all.
void TestSyncPull::aDoctorOnThousandsOfCareTeamsPullsWithinBudget()
{
    constexpr int patients = 3000;
    const QString doctor = m_service->addAccount(u"dr-many"_s, Role::Doctor);
    QVERIFY(!doctor.isEmpty());
    QStringList ids;
    for (int i = 0; i < patients; ++i)
        ids << newId();
    for (int first = 0; first < patients; first += 50) {
        QList<std::pair<QString, QCborMap>> batch;
        for (int i = first; i < first + 50; ++i) {
            batch.append({ u"patient.register"_s,
                           { { u"id"_s, ids[i] },
                             { u"family_name"_s, u"Many%1"_s.arg(i) },
                             { u"given_name"_s, u"Patient"_s } } });
            batch.append({ u"care_team.assign"_s,
                           { { u"patient_id"_s, ids[i] }, { u"staff_id"_s, doctor } } });
        }
        auto pushed = m_service->push(m_desk, batch);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().fullText()));
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray())
            QCOMPARE(outcome.toMap().value(u"status"_s).toString(), u"confirmed"_s);
    }
    auto allowed = m_service->sync().allowedBuckets(m_service->account(doctor));
    QVERIFY(allowed);
    QCOMPARE(allowed->size(), patients + 2);

    QCborMap cursors;
    Pages first;
    QVERIFY(pullWithinBudget(doctor, cursors, first));
    QVERIFY2(first.pages > 1, "3,000 buckets do not fit one reply");
    // No row here is near the budget, so no frame passes it; and pages are filled, not sent
    // a few buckets at a time.
    QVERIFY(first.largestFrame <= SyncService::pullBudgetBytes);
    QVERIFY(first.largestFrame > SyncService::pullBudgetBytes * 3 / 4);
    QCOMPARE(first.patients.size(), patients);
    QCOMPARE(QSet<QString>(allowed->cbegin(), allowed->cend()), first.buckets);
    QCOMPARE(cursors.size(), patients + 2);

    // In step: nothing to say, so nothing said.
    auto quiet = m_service->pull(doctor, cursors);
    QVERIFY(quiet);
    QCOMPARE(quiet->reply.value(u"buckets"_s).toArray().size(), 0);
    QCOMPARE(quiet->reply.value(u"revoked"_s).toArray().size(), 0);
    QCOMPARE(quiet->reply.value(u"more"_s).toBool(), false);
    QVERIFY2(QCborValue(quiet->reply).toCbor().size() < 100,
             qPrintable(QString::number(QCborValue(quiet->reply).toCbor().size())));

    // One more patient: only their new bucket (a snapshot) and the doctor's own bucket (the
    // care-team row) have something to say.
    const QString late = newId();
    auto pushed = m_service->push(m_desk,
                                  { { u"patient.register"_s,
                                      { { u"id"_s, late },
                                        { u"family_name"_s, u"Late"_s },
                                        { u"given_name"_s, u"Patient"_s } } },
                                    { u"care_team.assign"_s,
                                      { { u"patient_id"_s, late }, { u"staff_id"_s, doctor } } } });
    QVERIFY(pushed);
    Pages next;
    QVERIFY(pullWithinBudget(doctor, cursors, next));
    QCOMPARE(next.buckets,
             QSet<QString>(
                     { Buckets::of(Buckets::patient, late), Buckets::of(Buckets::user, doctor) }));
    QCOMPARE(next.patients, QSet<QString>({ late }));

    // A change in one patient's record: only that bucket.
    QCOMPARE(m_service
                     ->apply(m_desk, u"patient.update"_s,
                             { { u"id"_s, ids[1234] }, { u"city"_s, u"Porto"_s } })
                     .value(u"status"_s)
                     .toString(),
             u"confirmed"_s);
    Pages changed;
    QVERIFY(pullWithinBudget(doctor, cursors, changed));
    QCOMPARE(changed.buckets, QSet<QString>({ Buckets::of(Buckets::patient, ids[1234]) }));
    m_doctorMany = doctor;
    m_manyPatients = ids << late;
    m_manyCursors = cursors;
}

// Taken off every care team at once: 3,001 revoked names do not fit one reply either. Each
// page carries what fits, says `more`, and the next carries the rest.
void TestSyncPull::revokedBucketsArePagedToo()
{
    QVERIFY(!m_doctorMany.isEmpty());
    for (int first = 0; first < m_manyPatients.size(); first += 100) {
        QList<std::pair<QString, QCborMap>> batch;
        for (const QString &patient : m_manyPatients.mid(first, 100))
            batch.append({ u"care_team.unassign"_s,
                           { { u"patient_id"_s, patient }, { u"staff_id"_s, m_doctorMany } } });
        QVERIFY(m_service->push(m_desk, batch));
    }
    QCborMap cursors = m_manyCursors;
    Pages gone;
    QVERIFY(pullWithinBudget(m_doctorMany, cursors, gone));
    QVERIFY(gone.pages > 1);
    QCOMPARE(gone.revoked.size(), m_manyPatients.size());
    QCOMPARE(cursors.size(), 2); // their own bucket and the directory
}

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
