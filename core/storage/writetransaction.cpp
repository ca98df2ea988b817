#include "writetransaction.h"

#include <QSqlError>

namespace clinic {

using namespace Qt::StringLiterals;

Result<WriteTransaction> WriteTransaction::begin(QSqlDatabase db)
{
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("The store is busy; try again in a moment."),
                         db.lastError().text());
    return WriteTransaction(std::move(db));
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
