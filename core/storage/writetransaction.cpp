#include "writetransaction.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {
// Any number, the same in every server process ("Clinic" in ASCII).
constexpr qint64 writerLockKey = 0x436c696e6963;
} // namespace

Result<WriteTransaction> WriteTransaction::begin(QSqlDatabase db)
{
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("The store is busy; try again in a moment."),
                         db.lastError().text());
    WriteTransaction transaction(std::move(db));
    if (SqlDialect::isPostgres(transaction.m_db)) {
        // SQLite's BEGIN IMMEDIATE: one writer at a time, across every server on the database.
        // Writers in turn keep the change log's numbers in commit order, which pulls rely on.
        QSqlQuery lock(transaction.m_db);
        if (!lock.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writerLockKey)))
            return makeError(ErrorCode::Sql, tr("The store is busy; try again in a moment."),
                             lock.lastError().text());
    }
    return transaction;
}

WriteTransaction::WriteTransaction(WriteTransaction &&other) noexcept
    : m_db(std::move(other.m_db)), m_open(std::exchange(other.m_open, false))
{ }

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::InvalidArgument, tr("The transaction is already closed."));
    if (m_failed) {
        rollback();
        return makeError(ErrorCode::Sql, tr("The change could not be saved."),
                         u"a step of the transaction failed; rolled back"_s);
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        rollback();
        return makeError(ErrorCode::Sql, tr("The change could not be saved."), detail);
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (m_open)
        m_db.rollback();
    m_open = false;
}

} // namespace clinic
