// The server's pull (SyncService::pull) as a hostile or very large client meets it: every
// cursor field checked before use, the request bounded, and every reply within its byte
// budget however many buckets the user has.

#include "mutations/entitymutations.h"
#include "servicefixture.h"

#include <QCborArray>
#include <QTest>
#include <QUuid>

#include <limits>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

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

private:
    // Pulls as `accountId` from `cursors` until the server has nothing more, as a client does;
    // false when a pull fails.
    bool pullAll(const QString &accountId, QCborMap &cursors, int maxPages = 1000);

    std::unique_ptr<ServiceFixture> m_service;
    QString m_desk;
    QString m_ana;
};

void TestSyncPull::initTestCase()
{
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    m_desk = m_service->addAccount(u"desk"_s, Role::FrontDesk);
    m_ana = m_service->addAccount(u"ana"_s, Role::Patient);
    QVERIFY(!m_desk.isEmpty() && !m_ana.isEmpty());
    const QCborMap outcome = m_service->apply(
            m_ana, u"patient.update"_s,
            { { u"id"_s, m_ana }, { u"family_name"_s, u"Silva"_s }, { u"given_name"_s, u"Ana"_s } });
    QCOMPARE(outcome.value(u"status"_s).toString(), u"confirmed"_s);
}

bool TestSyncPull::pullAll(const QString &accountId, QCborMap &cursors, int maxPages)
{
    for (int page = 0; page < maxPages; ++page) {
        auto pulled = m_service->pull(accountId, cursors);
        if (!pulled) {
            qWarning() << pulled.error().fullText();
            return false;
        }
        const QCborMap &reply = pulled->reply;
        for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray())
            cursors.insert(bucket.toMap().value(u"name"_s), bucket.toMap().value(u"cursor"_s));
        for (const QCborValue &name : reply.value(u"revoked"_s).toArray())
            cursors.remove(name);
        if (!reply.value(u"more"_s).toBool())
            return true;
    }
    qWarning() << "no end after" << maxPages << "pages";
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
    QTest::newRow("tbl as float") << QCborValue(QCborMap {
            { u"snap"_s, 0 }, { u"tbl"_s, 0.5 }, { u"rev"_s, 0 } });
    QTest::newRow("rev missing") << QCborValue(QCborMap { { u"snap"_s, 0 }, { u"tbl"_s, 0 } });
    QTest::newRow("both shapes") << QCborValue(QCborMap {
            { u"seq"_s, 3 }, { u"snap"_s, 0 }, { u"tbl"_s, 0 }, { u"rev"_s, 0 } });
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
    QVERIFY2(foreign.error().message.contains(u"register"_s),
             qPrintable(foreign.error().message));
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
    QCOMPARE(m_service->pull(m_ana, { { QString(SyncService::maxBucketNameLength, u'x'),
                                        QCborMap { { u"seq"_s, 0 } } } })
                     .ok(),
             true);
    QVERIFY(refused({ { 7, QCborMap { { u"seq"_s, 0 } } } }) != u"accepted");
    QVERIFY(refused({ { QByteArray("patient:x"), QCborMap { { u"seq"_s, 0 } } } })
            != u"accepted");
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
                     ->apply(m_ana, u"patient.update"_s, { { u"id"_s, m_ana }, { u"city"_s, u"Faro"_s } })
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
                     ->apply(m_ana, u"patient.update"_s, { { u"id"_s, m_ana }, { u"city"_s, u"Tavira"_s } })
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

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
