#include "sqlcipherdriver.h"

#include "sqlcipherresult.h"
#include "sqlite_api.h"
#include "sqlvalue.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <sodium.h>

namespace clinic {

namespace {

struct ColumnInfo
{
    QSqlField field;
    QString declaredType;
    int primaryKeyPosition = 0; // 0: not part of the primary key
};

// "schema.table" or "table", with or without delimiters, as SQLite's PRAGMA wants them.
QString tableInfoStatement(const SqlCipherDriver &driver, const QString &table)
{
    const QString name = driver.isIdentifierEscaped(table, QSqlDriver::TableName)
            ? driver.stripDelimiters(table, QSqlDriver::TableName)
            : table;
    const qsizetype dot = name.indexOf(u'.');
    if (dot < 0)
        return u"PRAGMA table_info(" + driver.escapeIdentifier(name, QSqlDriver::FieldName) + u')';
    return u"PRAGMA " + driver.escapeIdentifier(name.left(dot), QSqlDriver::FieldName)
            + u".table_info(" + driver.escapeIdentifier(name.mid(dot + 1), QSqlDriver::FieldName)
            + u')';
}

QList<ColumnInfo> tableInfo(const SqlCipherDriver &driver, const QString &table)
{
    QList<ColumnInfo> columns;
    QSqlQuery query(driver.createResult());
    query.setForwardOnly(true);
    if (!query.exec(tableInfoStatement(driver, table)))
        return columns;
    // PRAGMA table_info columns: cid, name, type, notnull, dflt_value, pk
    while (query.next()) {
        ColumnInfo info;
        info.declaredType = query.value(2).toString();
        info.field = QSqlField(query.value(1).toString(),
                               SqlValue::typeForDeclaration(info.declaredType.toUtf8().constData()),
                               table);
        info.field.setRequiredStatus(query.value(3).toInt() ? QSqlField::Required
                                                            : QSqlField::Optional);
        info.field.setDefaultValue(query.value(4));
        info.primaryKeyPosition = query.value(5).toInt();
        columns.append(info);
    }
    // A lone INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
    const auto keyColumns = std::count_if(columns.cbegin(), columns.cend(),
                                          [](const ColumnInfo &c) { return c.primaryKeyPosition; });
    for (ColumnInfo &column : columns) {
        if (keyColumns == 1 && column.primaryKeyPosition
            && column.declaredType.compare(u"INTEGER", Qt::CaseInsensitive) == 0)
            column.field.setAutoValue(true);
    }
    return columns;
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) { }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setKey(SecureBytes key)
{
    m_key = std::move(key);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
    case SimpleLocking:
        return true;
    case NamedPlaceholders: // QSqlResult turns :name into ? for us, repeated names included
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::failOpen(const QString &text, const QString &code)
{
    const QString native = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_key = SecureBytes();
    setLastError(QSqlError(text, native, QSqlError::ConnectionError, code));
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString &path, const QString &, const QString &password,
                           const QString &, int, const QString &options)
{
    if (isOpen())
        closeConnection(); // keeps a key set for this open
    if (!password.isEmpty())
        return failOpen(tr("Give the store key with SqlCipherDriver::setKey(), not as a password."),
                        {});
    int busyTimeoutMs = 5000;
    bool readOnly = false;
    bool plaintext = false;
    for (const QString &raw : options.split(u';', Qt::SkipEmptyParts)) {
        const QString option = raw.trimmed();
        if (option.startsWith(u"CLINIC_BUSY_TIMEOUT="))
            busyTimeoutMs = qMax(0, option.section(u'=', 1).toInt());
        else if (option == u"CLINIC_OPEN_READONLY")
            readOnly = true;
        else if (option == u"CLINIC_PLAINTEXT")
            plaintext = true;
        else
            qCWarning(lcStorage) << "ignoring unknown connect option" << option;
    }
    // Without a key SQLCipher writes plain SQLite; that must be asked for, never an accident.
    if (m_key.isEmpty() && !plaintext)
        return failOpen(tr("No store key was given."), {});

    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(tr("Unable to open the database file."), QString::number(rc));
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);

    if (!isSqlCipher())
        return failOpen(tr("The SQLite library in use is not SQLCipher, so the store cannot be "
                           "encrypted. Reinstall Clinic."),
                        notSqlCipherCode());
    if (!m_key.isEmpty() && !applyKey())
        return false;
    // The first read of the schema decrypts page 1: a wrong key or a damaged header shows up
    // here, at open, instead of in the middle of the user's work.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(tr("The database cannot be read: it is damaged, or the key does not "
                           "match it."),
                        QString::number(sqlite3_extended_errcode(m_db)));
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::isSqlCipher()
{
    // Plain SQLite ignores unknown pragmas, so "PRAGMA key" would silently do nothing there;
    // only SQLCipher answers cipher_version.
    sqlite3_stmt *statement = nullptr;
    bool answered = false;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
        && statement && sqlite3_step(statement) == SQLITE_ROW) {
        const auto *version = sqlite3_column_text(statement, 0);
        answered = version && *version;
    }
    sqlite3_finalize(statement);
    return answered;
}

bool SqlCipherDriver::applyKey()
{
    // x'<hex>' marks a raw key: SQLCipher uses it as is and skips its slow PBKDF2. The
    // statement text is built in secure memory; SQLCipher wipes its own copies.
    static constexpr char prefix[] = "PRAGMA key = \"x'";
    static constexpr char suffix[] = "'\";";
    const size_t hexLength = size_t(m_key.size()) * 2;
    SecureBytes sql(qsizetype(sizeof prefix - 1 + hexLength + sizeof suffix));
    char *out = reinterpret_cast<char *>(sql.data());
    std::memcpy(out, prefix, sizeof prefix - 1);
    sodium_bin2hex(out + sizeof prefix - 1, hexLength + 1, m_key.data(), size_t(m_key.size()));
    std::memcpy(out + sizeof prefix - 1 + hexLength, suffix, sizeof suffix); // with its NUL
    m_key = SecureBytes();

    if (sqlite3_exec(m_db, sql.constChar(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return failOpen(tr("Unable to apply the store key."),
                        QString::number(sqlite3_extended_errcode(m_db)));
    // Must follow the key on every open: 4 KB pages are what the file was written with, and
    // measured 1.7x faster inserts and 2.4x faster scans than SQLCipher 3's 1 KB default.
    static_assert(pageSize == 4096);
    if (sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return failOpen(tr("Unable to set the store page size."),
                        QString::number(sqlite3_extended_errcode(m_db)));
    return true;
}

void SqlCipherDriver::closeConnection()
{
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

void SqlCipherDriver::close()
{
    closeConnection();
    m_key = SecureBytes();
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::execute(const char *sql, QSqlError::ErrorType errorType, const QString &text)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    setLastError(QSqlError(text, QString::fromUtf8(sqlite3_errmsg(m_db)), errorType,
                           QString::number(sqlite3_extended_errcode(m_db))));
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once. A deferred transaction that reads and then
    // writes can fail with SQLITE_BUSY when another connection wrote in between, and no busy
    // timeout can resolve that; waiting at BEGIN can.
    return execute("BEGIN IMMEDIATE", QSqlError::TransactionError,
                   tr("Unable to begin the transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return execute("COMMIT", QSqlError::TransactionError, tr("Unable to commit the transaction."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execute("ROLLBACK", QSqlError::TransactionError,
                   tr("Unable to roll back the transaction."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables) {
        kinds << QStringLiteral("type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\'");
        names << QStringLiteral("sqlite_master");
    }
    if (kinds.isEmpty())
        return names;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT name FROM sqlite_master WHERE (" + kinds.join(u") OR (")
                   + u") ORDER BY name")) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &table) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    for (const ColumnInfo &column : tableInfo(*this, table))
        record.append(column.field);
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &table) const
{
    QSqlIndex index(table);
    if (!isOpen())
        return index;
    QList<ColumnInfo> columns = tableInfo(*this, table);
    std::stable_sort(columns.begin(), columns.end(), [](const ColumnInfo &a, const ColumnInfo &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    for (const ColumnInfo &column : std::as_const(columns)) {
        if (column.primaryKeyPosition)
            index.append(column.field);
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    if (type == TableName)
        escaped.replace(u'.', QStringLiteral("\".\"")); // schema.table
    return u'"' + escaped + u'"';
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.metaType().id() == QMetaType::QString && !SqlValue::isNull(field.value()))
        return QSqlDriver::formatValue(field, trimStrings);
    return SqlValue::literal(field.value());
}

} // namespace clinic
