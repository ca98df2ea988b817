// The server's hash-chained audit log: appends, reads, export, and tampering found by verify().

#include "auditlog.h"
#include "manualclock.h"
#include "storage/encryptedstore.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

using test::ManualClock;

// 2026-11-22T09:30:00.000Z
constexpr qint64 startMs = 1795339800000;
constexpr qint64 stepMs = 1500;

// The chain hash written out from its definition, independently of AuditLog's code, so the
// test pins the format that exported logs are checked against.
QByteArray expectedHash(const QByteArray &prevHash, qint64 seq, qint64 atMs,
                        const QStringList &fields)
{
    QByteArray message = prevHash;
    QDataStream out(&message, QIODevice::Append); // big-endian
    out << quint64(seq) << quint64(atMs);
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        out << quint32(utf8.size());
        out.writeRawData(utf8.constData(), int(utf8.size()));
    }
    return QCryptographicHash::hash(message, QCryptographicHash::Sha256);
}

QStringList fieldsOf(qint64 n)
{
    return { u"user-%1"_s.arg(n), u"auth.sign_in"_s, u"account-%1"_s.arg(n), u"192.0.2.%1"_s.arg(n),
             u"entry %1"_s.arg(n) };
}

enum class Tamper {
    ChangedDetail,
    DeletedMiddle,
    DeletedTwo,
    DeletedTail,
    DeletedAndRenumbered,
    RenumberedAndRehashed,
    ForgedRowAtEnd,
    WrongPrevHash,
    ForgedHead,
    DeletedHead,
};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyLogIsIntact();
    void appendedEntriesVerify();
    void entriesComeInOrderWithExactTimes();
    void hashFollowsTheDocumentedFormat();
    void rolledBackAppendLeavesNoEntry();
    void actorAndActionAreRequired();
    void editsAreRefusedByTheSchema();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void exportHasOneJsonObjectPerLine();

private:
    void fill(int count);
    bool sql(const QString &statement, const QVariantList &values = {});
    QByteArray storedHash(qint64 seq);
    QByteArray storedPrevHash(qint64 seq);
    qint64 storedAt(qint64 seq);
    void tamper(Tamper how);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::init()
{
    static int n = 0;
    StoreOptions options = test::fastStoreOptions();
    options.migrations = QStringLiteral(":/migrations/server");
    auto store = EncryptedStore::create(m_dir.filePath(QStringLiteral("audit%1.db").arg(++n)),
                                        test::password("audit tests"), options);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
    m_store = std::move(store).value();
    m_clock.set(startMs);
    m_log = std::make_unique<AuditLog>(m_store->database(), m_clock);
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_store.reset();
}

// Appends entries 1..count with fieldsOf(n), one transaction each, stepMs apart.
void TestAuditLog::fill(int count)
{
    for (int n = 1; n <= count; ++n) {
        auto transaction = WriteTransaction::begin(m_store->database());
        QVERIFY(transaction);
        const QStringList f = fieldsOf(n);
        auto seq = m_log->append(transaction.value(), f[0], f[1], f[2], f[3], f[4]);
        QVERIFY2(seq.ok(), qPrintable(seq.ok() ? QString() : seq.error().fullText()));
        QCOMPARE(seq.value(), qint64(n));
        QVERIFY(transaction->commit());
        m_clock.advance(stepMs);
    }
}

// Plain SQL on the same store: what someone with the database open could do.
bool TestAuditLog::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_store->database());
    if (!query.prepare(statement)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QByteArray TestAuditLog::storedHash(qint64 seq)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT hash FROM audit_log WHERE seq = ?"_s);
    query.addBindValue(seq);
    return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

QByteArray TestAuditLog::storedPrevHash(qint64 seq)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT prev_hash FROM audit_log WHERE seq = ?"_s);
    query.addBindValue(seq);
    return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

qint64 TestAuditLog::storedAt(qint64 seq)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT at FROM audit_log WHERE seq = ?"_s);
    query.addBindValue(seq);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// Applies one kind of tampering to a log of five entries.
void TestAuditLog::tamper(Tamper how)
{
    // Someone with write access to the database first drops the append-only guards.
    QVERIFY(sql(u"DROP TRIGGER audit_log_no_update"_s));
    QVERIFY(sql(u"DROP TRIGGER audit_log_no_delete"_s));
    const QString insert = u"INSERT INTO audit_log (seq, at, actor, action, target, source, "
                           u"detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    const QStringList forged = { u"system"_s, u"account.create"_s, u"account-99"_s, u"cli"_s,
                                 u"forged"_s };
    // A row whose hash is right for its fields and the given prev_hash.
    const auto forgeRow = [&](qint64 seq, const QByteArray &prevHash) {
        const QByteArray hash = expectedHash(prevHash, seq, startMs, forged);
        return sql(insert,
                   { seq, startMs, forged[0], forged[1], forged[2], forged[3], forged[4], prevHash,
                     hash });
    };
    switch (how) {
    case Tamper::ChangedDetail:
        QVERIFY(sql(u"UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3"_s));
        break;
    case Tamper::DeletedMiddle:
        QVERIFY(sql(u"DELETE FROM audit_log WHERE seq = 3"_s));
        break;
    case Tamper::DeletedTwo:
        QVERIFY(sql(u"DELETE FROM audit_log WHERE seq IN (2, 3)"_s));
        break;
    case Tamper::DeletedTail:
        QVERIFY(sql(u"DELETE FROM audit_log WHERE seq = 5"_s));
        break;
    case Tamper::DeletedAndRenumbered:
        // Close the gap and move the head with it, so neither a gap nor the tail gives it away.
        QVERIFY(sql(u"DELETE FROM audit_log WHERE seq = 3"_s));
        QVERIFY(sql(u"UPDATE audit_log SET seq = seq + 1000000 WHERE seq > 3"_s));
        QVERIFY(sql(u"UPDATE audit_log SET seq = seq - 1000001 WHERE seq > 1000000"_s));
        QVERIFY(sql(u"UPDATE audit_head SET seq = 4"_s));
        break;
    case Tamper::RenumberedAndRehashed: {
        // As above, and each moved row's hash recomputed for its new seq (but not re-linked).
        QVERIFY(sql(u"DELETE FROM audit_log WHERE seq = 3"_s));
        QVERIFY(sql(u"UPDATE audit_log SET seq = seq + 1000000 WHERE seq > 3"_s));
        QVERIFY(sql(u"UPDATE audit_log SET seq = seq - 1000001 WHERE seq > 1000000"_s));
        QByteArray last;
        for (qint64 seq = 3; seq <= 4; ++seq) {
            const qint64 original = seq + 1;
            last = expectedHash(storedPrevHash(seq), seq, storedAt(seq), fieldsOf(original));
            QVERIFY(sql(u"UPDATE audit_log SET hash = ? WHERE seq = ?"_s, { last, seq }));
        }
        QVERIFY(sql(u"UPDATE audit_head SET seq = 4, hash = ?"_s, { last }));
        break;
    }
    case Tamper::ForgedRowAtEnd:
        QVERIFY(forgeRow(6, storedHash(5))); // audit_head left alone
        break;
    case Tamper::WrongPrevHash: // forked after row 4, with the head moved to it
        QVERIFY(forgeRow(6, storedHash(4)));
        QVERIFY(sql(u"UPDATE audit_head SET seq = 6, hash = ?"_s, { storedHash(6) }));
        break;
    case Tamper::ForgedHead:
        QVERIFY(sql(u"UPDATE audit_head SET hash = ?"_s, { QByteArray(32, '\x5a') }));
        break;
    case Tamper::DeletedHead:
        QVERIFY(sql(u"DELETE FROM audit_head"_s));
        break;
    }
}

void TestAuditLog::emptyLogIsIntact()
{
    auto verified = m_log->verify();
    QVERIFY(verified);
    QVERIFY(verified->intact);
    QCOMPARE(verified->rowsChecked, 0);
    QCOMPARE(verified->badSeq, 0);
    QVERIFY(verified->problem.isEmpty());
    QVERIFY(m_log->entries().value().isEmpty());
    QVERIFY(m_log->exportJsonLines().value().isEmpty());
}

void TestAuditLog::appendedEntriesVerify()
{
    fill(7);
    auto verified = m_log->verify();
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->rowsChecked, 7);
    QCOMPARE(verified->badSeq, 0);
    QVERIFY(verified->problem.isEmpty());
}

void TestAuditLog::entriesComeInOrderWithExactTimes()
{
    fill(5);
    auto all = m_log->entries();
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    for (int i = 0; i < 5; ++i) {
        const AuditEntry &entry = all->at(i);
        const QStringList f = fieldsOf(i + 1);
        QCOMPARE(entry.seq, qint64(i + 1));
        QCOMPARE(entry.atMs, startMs + i * stepMs);
        QCOMPARE(QStringList(
                         { entry.actor, entry.action, entry.target, entry.source, entry.detail }),
                 f);
    }
    auto page = m_log->entries(2, 2);
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).seq, 2);
    QCOMPARE(page->at(1).seq, 3);
    QCOMPARE(page->at(1).atMs, startMs + 2 * stepMs);
    QCOMPARE(m_log->entries(5).value().size(), 1);
    QVERIFY(m_log->entries(6).value().isEmpty());
    QVERIFY(m_log->entries(1, 0).value().isEmpty());

    // Optional fields default to empty text, not NULL (the columns are NOT NULL).
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    QCOMPARE(m_log->append(transaction.value(), u"system"_s, u"server.start"_s).value(), 6);
    QVERIFY(transaction->commit());
    const AuditEntry last = m_log->entries(6).value().value(0);
    QCOMPARE(last.actor, u"system"_s);
    QCOMPARE(last.action, u"server.start"_s);
    QCOMPARE(last.target, u""_s);
    QCOMPARE(last.atMs, startMs + 5 * stepMs);
    QVERIFY(m_log->verify()->intact);
}

void TestAuditLog::hashFollowsTheDocumentedFormat()
{
    fill(3);
    QByteArray previous(32, '\0');
    for (qint64 seq = 1; seq <= 3; ++seq) {
        QCOMPARE(storedPrevHash(seq), previous);
        const QByteArray hash =
                expectedHash(previous, seq, startMs + (seq - 1) * stepMs, fieldsOf(seq));
        QCOMPARE(storedHash(seq), hash);
        previous = hash;
    }
    QSqlQuery head(m_store->database());
    QVERIFY(head.exec(u"SELECT id, seq, hash FROM audit_head"_s));
    QVERIFY(head.next());
    QCOMPARE(head.value(0).toInt(), 1);
    QCOMPARE(head.value(1).toLongLong(), 3);
    QCOMPARE(head.value(2).toByteArray(), previous);
    QVERIFY(!head.next());
}

void TestAuditLog::rolledBackAppendLeavesNoEntry()
{
    {
        auto transaction = WriteTransaction::begin(m_store->database());
        QVERIFY(transaction);
        QCOMPARE(m_log->append(transaction.value(), u"user-1"_s, u"auth.sign_in"_s).value(), 1);
        // Destroyed without commit: rolled back.
    }
    QCOMPARE(test::countRows(m_store->database(), u"audit_log"_s), 0);
    QCOMPARE(test::countRows(m_store->database(), u"audit_head"_s), 0);
    QVERIFY(m_log->verify()->intact);

    fill(2);
    {
        auto transaction = WriteTransaction::begin(m_store->database());
        QVERIFY(transaction);
        QCOMPARE(m_log->append(transaction.value(), u"user-3"_s, u"auth.sign_in"_s).value(), 3);
        transaction->rollback();
    }
    auto verified = m_log->verify();
    QVERIFY(verified->intact);
    QCOMPARE(verified->rowsChecked, 2);

    // The next entry takes the seq the rolled-back one had.
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    QCOMPARE(m_log->append(transaction.value(), u"user-3"_s, u"auth.sign_out"_s).value(), 3);
    QVERIFY(transaction->commit());
    QCOMPARE(m_log->verify()->rowsChecked, 3);
    QVERIFY(m_log->verify()->intact);
}

void TestAuditLog::actorAndActionAreRequired()
{
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    const auto noAction = m_log->append(transaction.value(), u"user-1"_s, QString());
    QVERIFY(!noAction);
    QCOMPARE(noAction.error().code, ErrorCode::InvalidArgument);
    const auto noActor = m_log->append(transaction.value(), u""_s, u"auth.sign_in"_s);
    QVERIFY(!noActor);
    QCOMPARE(noActor.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(test::countRows(m_store->database(), u"audit_log"_s), 0);
}

void TestAuditLog::editsAreRefusedByTheSchema()
{
    fill(3);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"append-only"_s));
    QVERIFY(!sql(u"UPDATE audit_log SET detail = 'changed' WHERE seq = 2"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"append-only"_s));
    QVERIFY(!sql(u"DELETE FROM audit_log WHERE seq = 3"_s));
    // Even without the triggers, no row can come before the first.
    QVERIFY(sql(u"DROP TRIGGER audit_log_no_update"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"CHECK constraint failed"_s));
    QVERIFY(!sql(u"INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) "
                 u"VALUES (0, 0, 'x', 'y', zeroblob(32), zeroblob(32))"_s));
    auto verification = m_log->verify();
    QVERIFY(verification);
    QVERIFY(verification->intact);
    QCOMPARE(verification->rowsChecked, qint64(3));
}

void TestAuditLog::tamperingIsFound_data()
{
    QTest::addColumn<Tamper>("how");
    QTest::addColumn<qint64>("rowsChecked");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem");
    // After one more append (seq 6 unless stated): the log still says it was tampered with.
    QTest::addColumn<qint64>("badSeqAfter");
    QTest::addColumn<QString>("problemAfter");

    const QString changed3 = u"Row 3 was changed after it was written."_s;
    const QString missing3 = u"Row 3 is missing: it was deleted."_s;
    QTest::newRow("changed detail")
            << Tamper::ChangedDetail << 3LL << 3LL << changed3 << 3LL << changed3;
    QTest::newRow("deleted middle row")
            << Tamper::DeletedMiddle << 3LL << 3LL << missing3 << 3LL << missing3;
    const QString missing2to3 = u"Rows 2 to 3 are missing: they were deleted."_s;
    QTest::newRow("deleted two rows")
            << Tamper::DeletedTwo << 2LL << 2LL << missing2to3 << 2LL << missing2to3;
    // The appended row is 6 (the head still says 5), so then row 5 is a gap.
    QTest::newRow("deleted tail")
            << Tamper::DeletedTail << 4LL << 0LL
            << u"The log ends at row 4 but should end at row 5: the rows after it were deleted."_s
            << 5LL << u"Row 5 is missing: it was deleted."_s;
    QTest::newRow("deleted and renumbered")
            << Tamper::DeletedAndRenumbered << 3LL << 3LL << changed3 << 3LL << changed3;
    const QString notFollowing3 =
            u"Row 3 does not follow row 2: a row was inserted, removed or replaced before it."_s;
    QTest::newRow("renumbered and rehashed")
            << Tamper::RenumberedAndRehashed << 3LL << 3LL << notFollowing3 << 3LL << notFollowing3;
    // The append chains to the head (row 5), so row 7 then does not follow the forged row 6.
    QTest::newRow("forged row at the end")
            << Tamper::ForgedRowAtEnd << 6LL << 6LL
            << u"Row 6 was added outside the audit log: the log should end at row 5."_s << 7LL
            << u"Row 7 does not follow row 6: a row was inserted, removed or replaced before it."_s;
    const QString notFollowing6 =
            u"Row 6 does not follow row 5: a row was inserted, removed or replaced before it."_s;
    QTest::newRow("inserted row with a wrong prev_hash")
            << Tamper::WrongPrevHash << 6LL << 6LL << notFollowing6 << 6LL << notFollowing6;
    QTest::newRow("forged head")
            << Tamper::ForgedHead << 5LL << 0LL
            << u"Row 5, the last row, does not match the record of where the log ends: the row "
               u"was replaced or the record forged."_s
            << 6LL << notFollowing6;
    QTest::newRow("deleted head")
            << Tamper::DeletedHead << 5LL << 0LL
            << u"The record of where the log ends is missing: it was deleted."_s << 6LL
            << notFollowing6;
}

void TestAuditLog::tamperingIsFound()
{
    QFETCH(Tamper, how);
    QFETCH(qint64, rowsChecked);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    QFETCH(qint64, badSeqAfter);
    QFETCH(QString, problemAfter);

    fill(5);
    QVERIFY(m_log->verify()->intact);
    tamper(how);
    if (QTest::currentTestFailed())
        return;

    auto verified = m_log->verify();
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().fullText()));
    QVERIFY(!verified->intact);
    QCOMPARE(verified->problem, problem);
    QCOMPARE(verified->badSeq, badSeq);
    QCOMPARE(verified->rowsChecked, rowsChecked);

    // Auditing goes on after tampering, and the tampering stays visible.
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    auto appended = m_log->append(transaction.value(), u"system"_s, u"audit.verify_failed"_s);
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().fullText()));
    QVERIFY(transaction->commit());
    auto after = m_log->verify();
    QVERIFY(after);
    QVERIFY(!after->intact);
    QCOMPARE(after->problem, problemAfter);
    QCOMPARE(after->badSeq, badSeqAfter);
}

void TestAuditLog::exportHasOneJsonObjectPerLine()
{
    fill(2);
    const QString detail = u"quote \" backslash \\ newline \n tab \t Zoë ✓"_s;
    {
        auto transaction = WriteTransaction::begin(m_store->database());
        QVERIFY(transaction);
        QVERIFY(m_log->append(transaction.value(), u"user-3"_s, u"account.update"_s, u"account-3"_s,
                              u"cli"_s, detail));
        QVERIFY(transaction->commit());
    }
    auto exported = m_log->exportJsonLines();
    QVERIFY(exported);
    QVERIFY(exported->endsWith('\n'));
    const QList<QByteArray> lines = exported->chopped(1).split('\n');
    QCOMPARE(lines.size(), 3);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines[i], &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        const QJsonObject object = document.object();
        QCOMPARE(object.size(), 8);
        QCOMPARE(object.value(u"seq"_s).toInteger(), i + 1);
        QCOMPARE(object.value(u"hash"_s).toString(),
                 QString::fromLatin1(storedHash(i + 1).toHex()));
    }
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(u"at"_s).toString(), u"2026-11-22T09:30:00.000Z"_s);
    QCOMPARE(first.value(u"actor"_s).toString(), u"user-1"_s);
    QCOMPARE(first.value(u"action"_s).toString(), u"auth.sign_in"_s);
    QCOMPARE(first.value(u"target"_s).toString(), u"account-1"_s);
    QCOMPARE(first.value(u"source"_s).toString(), u"192.0.2.1"_s);
    QCOMPARE(first.value(u"detail"_s).toString(), u"entry 1"_s);
    const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
    QCOMPARE(third.value(u"detail"_s).toString(), detail);
    QCOMPARE(third.value(u"at"_s).toString(), u"2026-11-22T09:30:03.000Z"_s);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
