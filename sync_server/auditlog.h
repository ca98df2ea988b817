#pragma once

#include "storage/statementcache.h"
#include "storage/writetransaction.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <array>
#include <optional>

namespace clinic {

struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0; // UTC Unix milliseconds
    QString actor, action, target, source, detail;
};

struct AuditVerification
{
    bool intact = false;
    // Rows read before the walk stopped, the row found wrong included.
    qint64 rowsChecked = 0;
    qint64 badSeq = 0; // the first row found wrong (0 when intact, or when the problem is the tail)
    QString problem; // translated, names the row: "Row 17 was changed after it was written."
};

// The server's append-only audit log (tables audit_log and audit_head). Each row's hash covers
// the previous row's hash and this row's fields:
//   hash = SHA-256(prev_hash || u64be(seq) || u64be(at)
//                  || for actor, action, target, source, detail: u32be(UTF-8 length) || UTF-8)
// with 32 zero bytes as the first row's prev_hash, so editing, inserting, deleting or reordering
// a row breaks the chain; audit_head holds the last row's seq and hash, so a deleted tail is
// found too. The hash is not keyed: whoever can write the database can rebuild the whole chain
// from any row on. It shows tampering by hand or by a careless tool, not by a determined
// database administrator.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AuditLog)
public:
    // The clock must outlive the log.
    explicit AuditLog(QSqlDatabase db, const Clock &clock = Clock::system());

    // Appends one entry inside the caller's transaction, chained to the last one; returns its
    // seq. The entry is kept only if the transaction is committed.
    Result<qint64> append(WriteTransaction &transaction, const QString &actor,
                          const QString &action, const QString &target = {},
                          const QString &source = {}, const QString &detail = {});

    // Walks the whole chain from seq 1 and stops at the first problem: a changed row (its hash
    // no longer matches its fields), a deleted row (a gap in seq), an inserted or reordered row
    // (prev_hash not equal to the previous row's hash), a deleted tail or a forged head
    // (audit_head disagrees with the last row). A damaged log is a value, not an error; an
    // error means the log could not be read.
    Result<AuditVerification> verify() const;

    // Entries with seq >= fromSeq, oldest first, at most limit (for the admin viewer and export).
    Result<QList<AuditEntry>> entries(qint64 fromSeq = 1, int limit = 500) const;

    // The entries as JSON Lines (one object per line, fields seq, at (ISO-8601 UTC), actor,
    // action, target, source, detail, hash (hex)), for an admin's export.
    Result<QByteArray> exportJsonLines() const;

private:
    enum Statement { Head, Insert, SaveHead, Rows, Chain };
    Result<QSqlQuery *> run(Statement statement, const QVariantList &values) const
    {
        return m_statements.run(statement, values);
    }

    QSqlDatabase m_db;
    const Clock *m_clock;
    StatementCache m_statements;
};

} // namespace clinic
