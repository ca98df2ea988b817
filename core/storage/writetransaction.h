#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace clinic {

// An open write transaction (BEGIN IMMEDIATE; on PostgreSQL, BEGIN and a lock every writer
// takes), rolled back unless committed. Code that must
// change several rows atomically takes one of these as a parameter, so the compiler checks
// that a transaction is open.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(clinic::WriteTransaction)
public:
    static Result<WriteTransaction> begin(QSqlDatabase db);

    WriteTransaction(WriteTransaction &&other) noexcept;
    WriteTransaction &operator=(WriteTransaction &&other) = delete;
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    ~WriteTransaction();

    // Refused, and rolled back, when markFailed() was called.
    Result<void> commit();
    void rollback();
    // Called by code that made only part of its change: the transaction can then only be
    // rolled back, so a half-written change is never committed.
    void markFailed() { m_failed = true; }
    bool failed() const { return m_failed; }
    QSqlDatabase database() const { return m_db; }

private:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)), m_open(true) { }

    QSqlDatabase m_db;
    bool m_open = false;
    bool m_failed = false;
};

} // namespace clinic
