#include "auditlog.h"

#include "storage/sqldialect.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype hashSize = 32; // SHA-256

template<typename T>
void addBigEndian(QCryptographicHash &hash, T value)
{
    const T big = qToBigEndian(value);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&big), sizeof big));
}

// Every field is length-prefixed, so moving text from one field to the next changes the hash.
// A field cannot reach 4 GiB of UTF-8: SQLite refuses values over 1 GB.
QByteArray chainHash(const QByteArray &prevHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    addBigEndian(hash, quint64(entry.seq));
    addBigEndian(hash, quint64(entry.atMs));
    for (const QString *field :
         { &entry.actor, &entry.action, &entry.target, &entry.source, &entry.detail }) {
        const QByteArray utf8 = field->toUtf8();
        addBigEndian(hash, quint32(utf8.size()));
        hash.addData(utf8);
    }
    return hash.result();
}

// The columns are NOT NULL; a null QString would bind as NULL.
QVariant required(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

// Reads seq, and at, actor, action, target, source, detail from column `first` on.
AuditEntry readEntry(const QSqlQuery &query, int seqColumn, int first)
{
    AuditEntry entry;
    entry.seq = query.value(seqColumn).toLongLong();
    entry.atMs = query.value(first).toLongLong();
    entry.actor = query.value(first + 1).toString();
    entry.action = query.value(first + 2).toString();
    entry.target = query.value(first + 3).toString();
    entry.source = query.value(first + 4).toString();
    entry.detail = query.value(first + 5).toString();
    return entry;
}

QString sqlFor(int statement)
{
    switch (statement) {
    case 0: // Head
        // The highest seq too: see append().
        return u"SELECT (SELECT seq FROM audit_head WHERE id = 1), "
               u"(SELECT hash FROM audit_head WHERE id = 1), (SELECT max(seq) FROM audit_log)"_s;
    case 1: // Insert
        return u"INSERT INTO audit_log (seq, at, actor, action, target, source, detail, "
               u"prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    case 2: // SaveHead
        // SQLite 3.15 has no UPSERT; the row is always id 1, so replacing it is the same thing.
        return u"INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, ?, ?)"_s;
    case 3: // Rows
        return u"SELECT seq, at, actor, action, target, source, detail, hash FROM audit_log "
               u"WHERE seq >= ? ORDER BY seq LIMIT ?"_s;
    default: // Chain
        // One statement, so the head and the rows come from one snapshot: with two, an append
        // committed by another connection in between would look like tampering. A write
        // transaction would give the same snapshot but hold off every writer for the walk.
        // The head comes first (its seq is in the second column; the NULL in the first sorts
        // before every row), then the rows in seq order. Ordering by the first column alone
        // lets SQLite read the log in key order instead of sorting it.
        return u"SELECT NULL, seq, 0, '', '', '', '', '', X'', hash FROM audit_head WHERE id = 1 "
               u"UNION ALL "
               u"SELECT seq, NULL, at, actor, action, target, source, detail, prev_hash, hash "
               u"FROM audit_log ORDER BY 1"_s;
    }
}

// PostgreSQL spells an empty byte string and an upsert differently, and sorts NULL last.
QString postgresSqlFor(int statement)
{
    switch (statement) {
    case 2: // SaveHead
        return u"INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
               u"ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash"_s;
    case 4: // Chain
        return u"SELECT NULL, seq, 0, '', '', '', '', '', ''::bytea, hash FROM audit_head "
               u"WHERE id = 1 UNION ALL "
               u"SELECT seq, NULL, at, actor, action, target, source, detail, prev_hash, hash "
               u"FROM audit_log ORDER BY 1 NULLS FIRST"_s;
    default:
        return sqlFor(statement);
    }
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock)
    : m_db(db), m_clock(&clock),
      m_statements(db, SqlDialect::isPostgres(db) ? &postgresSqlFor : &sqlFor,
                   tr("The audit log could not be written or read."))
{ }

Result<qint64> AuditLog::append(WriteTransaction &, const QString &actor, const QString &action,
                                const QString &target, const QString &source, const QString &detail)
{
    if (actor.isEmpty() || action.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("An audit log entry needs an actor and an action."));
    auto head = run(Head, {});
    if (!head)
        return head.error();
    QSqlQuery &query = *head.value();
    if (!query.next()) {
        const QString detail = query.lastError().text();
        query.finish();
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), detail);
    }
    // The new row chains to the hash the head remembers, never to a row written behind the
    // log's back; it takes the seq after the highest one in use, so such a row cannot make
    // every later append fail on a duplicate seq. verify() still reports the added row: the
    // new row's prev_hash does not match it.
    const qint64 last = std::max(query.value(0).toLongLong(), query.value(2).toLongLong());
    const QByteArray prevHash =
            query.value(1).isNull() ? QByteArray(hashSize, '\0') : query.value(1).toByteArray();
    query.finish();

    AuditEntry entry;
    entry.seq = last + 1;
    entry.atMs = m_clock->nowMs();
    entry.actor = actor;
    entry.action = action;
    entry.target = target;
    entry.source = source;
    entry.detail = detail;
    const QByteArray hash = chainHash(prevHash, entry);
    auto inserted = run(Insert,
                        { entry.seq, entry.atMs, actor, action, required(target), required(source),
                          required(detail), prevHash, hash });
    if (!inserted)
        return inserted.error();
    auto saved = run(SaveHead, { entry.seq, hash });
    if (!saved)
        return saved.error();
    return entry.seq;
}

Result<AuditVerification> AuditLog::verify() const
{
    auto chain = run(Chain, {});
    if (!chain)
        return chain.error();
    QSqlQuery &query = *chain.value();

    AuditVerification result;
    const auto fail = [&](qint64 badSeq, const QString &problem) {
        query.finish();
        result.badSeq = badSeq;
        result.problem = problem;
        return result;
    };
    std::optional<qint64> headSeq;
    QByteArray headHash;
    qint64 expected = 1; // the seq the next row must have
    QByteArray previous(hashSize, '\0'); // the hash the next row's prev_hash must be
    while (query.next()) {
        if (query.value(0).isNull()) {
            headSeq = query.value(1).toLongLong();
            headHash = query.value(9).toByteArray();
            continue;
        }
        ++result.rowsChecked;
        const AuditEntry entry = readEntry(query, 0, 2);
        const QByteArray prevHash = query.value(8).toByteArray();
        const QByteArray hash = query.value(9).toByteArray();
        const qint64 seq = entry.seq;
        if (seq < expected) // only before row 1: seq is unique and the rows come in order
            return fail(seq, tr("Row %1 should not be there: the log starts at row 1.").arg(seq));
        if (seq > expected) {
            if (seq == expected + 1)
                return fail(expected, tr("Row %1 is missing: it was deleted.").arg(expected));
            return fail(
                    expected,
                    tr("Rows %1 to %2 are missing: they were deleted.").arg(expected).arg(seq - 1));
        }
        // The row's own fields first: a renumbered or edited row is "changed", whatever its
        // neighbours; only a row that is consistent in itself can be out of place.
        if (chainHash(prevHash, entry) != hash)
            return fail(seq, tr("Row %1 was changed after it was written.").arg(seq));
        if (prevHash != previous) {
            if (seq == 1)
                return fail(seq,
                            tr("Row 1 does not start the log: it was replaced, or rows before "
                               "it were deleted."));
            return fail(seq,
                        tr("Row %1 does not follow row %2: a row was inserted, removed or "
                           "replaced before it.")
                                .arg(seq)
                                .arg(seq - 1));
        }
        previous = hash;
        expected = seq + 1;
    }
    if (query.lastError().isValid()) {
        const QString detail = query.lastError().text();
        query.finish();
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), detail);
    }
    query.finish();

    const qint64 last = expected - 1;
    if (!headSeq) {
        if (last > 0)
            return fail(0, tr("The record of where the log ends is missing: it was deleted."));
    } else if (*headSeq > last) {
        if (last == 0)
            return fail(0, tr("Every row is missing: the log should end at row %1.").arg(*headSeq));
        return fail(0,
                    tr("The log ends at row %1 but should end at row %2: the rows after it "
                       "were deleted.")
                            .arg(last)
                            .arg(*headSeq));
    } else if (*headSeq < last) {
        return fail(*headSeq + 1,
                    tr("Row %1 was added outside the audit log: the log should end at row %2.")
                            .arg(*headSeq + 1)
                            .arg(*headSeq));
    } else if (headHash != previous) {
        return fail(0,
                    tr("Row %1, the last row, does not match the record of where the log "
                       "ends: the row was replaced or the record forged.")
                            .arg(last));
    }
    result.intact = true;
    return result;
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 fromSeq, int limit) const
{
    QList<AuditEntry> found;
    if (limit <= 0) // SQLite reads a negative LIMIT as "no limit"
        return found;
    auto rows = run(Rows, { fromSeq, limit });
    if (!rows)
        return rows.error();
    while (rows.value()->next())
        found.append(readEntry(*rows.value(), 0, 1));
    return found;
}

Result<QByteArray> AuditLog::exportJsonLines() const
{
    // Every row, including any a forger numbered below 1: an export is evidence.
    auto rows =
            run(Rows, { std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max() });
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    QByteArray lines;
    while (query.next()) {
        const AuditEntry entry = readEntry(query, 0, 1);
        const QJsonObject object {
            { u"seq"_s, entry.seq },
            { u"at"_s,
              QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC).toString(Qt::ISODateWithMs) },
            { u"actor"_s, entry.actor },
            { u"action"_s, entry.action },
            { u"target"_s, entry.target },
            { u"source"_s, entry.source },
            { u"detail"_s, entry.detail },
            { u"hash"_s, QString::fromLatin1(query.value(7).toByteArray().toHex()) },
        };
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    return lines;
}

} // namespace clinic
