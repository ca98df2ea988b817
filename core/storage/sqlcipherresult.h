#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace clinic {

class SqlCipherDriver;

// One prepared statement of a QSQLCIPHER connection. Every row read is copied into Qt values
// at once, so a forward-only query keeps one row and a scrollable one keeps all it has read
// (SQLite statements only step forward).
class SqlCipherResult : public QSqlResult
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::SqlCipherResult)
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver when the connection closes under a live query.
    void finalize();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;

    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int column) override;
    bool isNull(int column) override;

    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Failed };

    const SqlCipherDriver *cipherDriver() const;
    void clearRows();
    bool run();
    Step step();
    bool readNextRow();
    const QVariantList *currentRow() const;
    void setStatementError(const QString &text, int code, QSqlError::ErrorType type);

    sqlite3_stmt *m_statement = nullptr;
    bool m_prepared = false; // false until prepare() succeeded (a blank statement is fine)
    bool m_inserts = false; // an INSERT or REPLACE: lastInsertId() means something
    QList<QMetaType> m_declaredTypes;
    QSqlRecord m_record;
    QVariantList m_row; // forward-only: the current row
    QList<QVariantList> m_rows; // scrollable: every row read so far
    int m_rowsRead = 0;
    bool m_firstRowWaiting = false; // exec() already stepped onto the first row
    bool m_exhausted = false;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace clinic
