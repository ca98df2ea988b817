#pragma once

#include "crypto/securebytes.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;

namespace clinic {

class SqlCipherResult;

// QtSql driver "QSQLCIPHER" over SQLCipher, registered in-process (never Qt's QSQLITE plugin:
// both libraries export the same sqlite3_* symbols).
//
// Keying: call setKey() with the raw 256-bit data key before QSqlDatabase::open(). The key is
// applied as a raw key (no PBKDF2), cipher_page_size is set to 4096, and the key is wiped.
// Without a key the open fails, unless the connect option CLINIC_PLAINTEXT asks for plain
// SQLite (used only to measure encryption's cost).
//
// Connect options (QSqlDatabase::setConnectOptions, ';'-separated):
//   CLINIC_BUSY_TIMEOUT=<ms>   wait this long for another connection's lock (default 5000)
//   CLINIC_OPEN_READONLY       open read-only
//   CLINIC_PLAINTEXT           no key: a plain SQLite file
//
// Errors: QSqlError::nativeErrorCode() is SQLite's extended result code in decimal, or
// notSqlCipherCode() when the SQLite library in use is not SQLCipher.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static QString driverName() { return QStringLiteral("QSQLCIPHER"); }
    static QString notSqlCipherCode() { return QStringLiteral("not-sqlcipher"); }
    static constexpr int pageSize = 4096;
    // Registers "QSQLCIPHER" with QSqlDatabase; idempotent.
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    void setKey(SecureBytes key);
    sqlite3 *connection() const { return m_db; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password,
              const QString &host, int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &table) const override;
    QSqlIndex primaryIndex(const QString &table) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings) const override;

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult *result) const { m_results.append(result); }
    void detach(SqlCipherResult *result) const { m_results.removeOne(result); }

    bool failOpen(const QString &text, const QString &code);
    void closeConnection();
    bool isSqlCipher();
    bool applyKey();
    bool execute(const char *sql, QSqlError::ErrorType errorType, const QString &text);

    sqlite3 *m_db = nullptr;
    SecureBytes m_key;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace clinic

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)
