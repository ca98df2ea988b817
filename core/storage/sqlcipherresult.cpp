#include "sqlcipherresult.h"

#include "sqlcipherdriver.h"
#include "sqlite_api.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlField>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// True when nothing but white space, comments and empty statements follow the first one.
bool onlyCommentsFollow(sqlite3 *db, const char *tail)
{
    while (tail && *tail) {
        sqlite3_stmt *next = nullptr;
        const char *rest = nullptr;
        const int rc = sqlite3_prepare_v2(db, tail, -1, &next, &rest);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next || rest == tail)
            return false;
        tail = rest;
    }
    return true;
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (const SqlCipherDriver *driver = cipherDriver())
        driver->detach(this);
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_statement);
}

void SqlCipherResult::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_prepared = false;
    clearRows();
    m_exhausted = true;
    setActive(false);
}

void SqlCipherResult::clearRows()
{
    m_row.clear();
    m_rows.clear();
    m_rowsRead = 0;
    m_firstRowWaiting = false;
    m_exhausted = false;
    m_rowsAffected = -1;
}

void SqlCipherResult::setStatementError(const QString &text, int code, QSqlError::ErrorType type)
{
    sqlite3 *db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    const QString native = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    setLastError(QSqlError(text, native, type, code ? QString::number(code) : QString()));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3 *db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    if (!db || !driver()->isOpen()) {
        setLastError(QSqlError(tr("The database is not open."), {}, QSqlError::ConnectionError));
        return false;
    }
    // SQLite stops reading at a NUL: what follows would be dropped without a word.
    if (query.contains(QChar(0))) {
        setLastError(QSqlError(tr("The statement contains a NUL character."), {},
                               QSqlError::StatementError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc =
            sqlite3_prepare_v2(db, sql.constData(), int(sql.size()) + 1, &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(tr("Unable to prepare the statement."), sqlite3_extended_errcode(db),
                          QSqlError::StatementError);
        finalize();
        return false;
    }
    if (!onlyCommentsFollow(db, tail)) {
        setLastError(QSqlError(tr("Only one statement can be executed at a time."), {},
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    static const QRegularExpression insertVerb(u"^\\s*(INSERT|REPLACE)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    m_inserts = insertVerb.match(query).hasMatch();
    m_declaredTypes.clear();
    m_record.clear();
    const int columns = m_statement ? sqlite3_column_count(m_statement) : 0;
    for (int c = 0; c < columns; ++c) {
        const QMetaType type =
                SqlValue::typeForDeclaration(sqlite3_column_decltype(m_statement, c));
        m_declaredTypes.append(type);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_statement, c)), type,
                        QString::fromUtf8(sqlite3_column_table_name(m_statement, c)));
        m_record.append(field);
    }
    m_prepared = true;
    return true;
}

bool SqlCipherResult::exec()
{
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_prepared) {
        setLastError(QSqlError(tr("No statement was prepared."), {}, QSqlError::StatementError));
        return false;
    }
    if (!m_statement) {
        // A statement of only comments or white space: nothing to do, and no error.
        setSelect(false);
        setActive(true);
        return true;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    const QVariantList values = boundValues();
    if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
        setLastError(QSqlError(tr("Parameter count mismatch: the statement has %1, %2 bound.")
                                       .arg(sqlite3_bind_parameter_count(m_statement))
                                       .arg(values.size()),
                               {}, QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const int rc = SqlValue::bind(m_statement, i + 1, values.at(i));
        if (rc != SQLITE_OK) {
            setLastError(QSqlError(tr("Unable to bind parameter %1 (type %2).")
                                           .arg(i + 1)
                                           .arg(QString::fromLatin1(values.at(i).typeName())),
                                   {}, QSqlError::StatementError, QString::number(rc)));
            return false;
        }
    }
    return run();
}

bool SqlCipherResult::run()
{
    sqlite3 *db = cipherDriver()->connection();
    const int changesBefore = sqlite3_total_changes(db);
    setSelect(sqlite3_column_count(m_statement) > 0);
    switch (step()) {
    case Step::Failed:
        return false;
    case Step::Row:
        m_firstRowWaiting = true;
        break;
    case Step::Done:
        m_exhausted = true;
        break;
    }
    if (!isSelect()) {
        // sqlite3_changes() and the last rowid keep their values from earlier statements: a
        // statement that changed nothing (DDL, INSERT OR IGNORE that ignored) reports 0 rows
        // and no new id rather than someone else's.
        const bool changed = sqlite3_total_changes(db) != changesBefore;
        m_rowsAffected = changed ? sqlite3_changes(db) : 0;
        m_lastInsertId = changed && m_inserts ? sqlite3_last_insert_rowid(db) : 0;
    }
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    if (!m_statement || !cipherDriver() || !cipherDriver()->connection()) {
        setLastError(QSqlError(tr("The database is not open."), {}, QSqlError::ConnectionError));
        m_exhausted = true;
        return Step::Failed;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    sqlite3 *db = cipherDriver()->connection();
    setStatementError(tr("Unable to execute the statement."), sqlite3_extended_errcode(db),
                      QSqlError::StatementError);
    sqlite3_reset(m_statement);
    m_exhausted = true;
    return Step::Failed;
}

bool SqlCipherResult::readNextRow()
{
    if (m_firstRowWaiting) {
        m_firstRowWaiting = false;
    } else if (m_exhausted || step() != Step::Row) {
        m_exhausted = true;
        return false;
    }
    QVariantList row;
    row.reserve(m_declaredTypes.size());
    for (int c = 0; c < m_declaredTypes.size(); ++c)
        row.append(
                SqlValue::read(m_statement, c, m_declaredTypes.at(c), numericalPrecisionPolicy()));
    if (isForwardOnly())
        m_row = std::move(row);
    else
        m_rows.append(std::move(row));
    ++m_rowsRead;
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (isForwardOnly() && index < m_rowsRead - 1)
        return false; // behind the one row a forward-only result keeps
    while (m_rowsRead <= index) {
        if (!readNextRow()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (readNextRow()) { }
    if (m_rowsRead == 0)
        return false;
    setAt(m_rowsRead - 1);
    return true;
}

const QVariantList *SqlCipherResult::currentRow() const
{
    if (at() < 0)
        return nullptr;
    if (isForwardOnly())
        return at() == m_rowsRead - 1 ? &m_row : nullptr;
    return at() < m_rows.size() ? &m_rows.at(at()) : nullptr;
}

QVariant SqlCipherResult::data(int column)
{
    const QVariantList *row = currentRow();
    if (!row || column < 0 || column >= row->size())
        return QVariant();
    return row->at(column);
}

bool SqlCipherResult::isNull(int column)
{
    const QVariantList *row = currentRow();
    return !row || column < 0 || column >= row->size() || row->at(column).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot tell without reading every row
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!isActive() || isSelect() || m_lastInsertId == 0)
        return QVariant();
    return QVariant(qlonglong(m_lastInsertId));
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    // Ends the read so its locks are released; the statement stays prepared for re-use.
    if (m_statement)
        sqlite3_reset(m_statement);
    m_exhausted = true;
    m_firstRowWaiting = false;
}

} // namespace clinic
