#include "encryptedstore.h"

#include "keyfile.h"
#include "migrations.h"
#include "sqlcipherdriver.h"
#include "util/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clinic-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error damagedStore(const QString &path, const QString &detail)
{
    return makeError(
            ErrorCode::StoreCorrupt,
            EncryptedStore::tr(
                    "The store %1 is damaged or does not belong to its key file. It has been "
                    "left exactly as it was; restore it from a backup.")
                    .arg(QDir::toNativeSeparators(path)),
            detail);
}

Error openError(const QString &path, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == SqlCipherDriver::notSqlCipherCode())
        return makeError(ErrorCode::WrongSqlLibrary, error.driverText());
    const int sqliteCode = code.toInt() & 0xff; // primary code of the extended one
    if (sqliteCode == 11 /* SQLITE_CORRUPT */ || sqliteCode == 26 /* SQLITE_NOTADB */)
        return damagedStore(path, error.text());
    return makeError(ErrorCode::Io,
                     EncryptedStore::tr("The store %1 cannot be opened.")
                             .arg(QDir::toNativeSeparators(path)),
                     error.text());
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s, u".key"_s })
        QFile::remove(path + suffix);
}

} // namespace

EncryptedStore::EncryptedStore(QString path, QString connectionName, StoreOptions options)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_options(std::move(options))
{ }

EncryptedStore::~EncryptedStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList EncryptedStore::connectionPragmas(const StoreOptions &options)
{
    return {
        // WAL: readers never block the writer, and a commit writes each page once.
        u"PRAGMA journal_mode = WAL"_s,
        // FULL: a commit is on disk when COMMIT returns; nothing acknowledged is lost to a
        // power cut.
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA cache_size = -"_s + QString::number(options.cacheKiB),
    };
}

bool EncryptedStore::exists(const QString &databasePath)
{
    return QFileInfo::exists(databasePath) || QFileInfo::exists(KeyFile::pathFor(databasePath));
}

QSqlDatabase EncryptedStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString EncryptedStore::keyFilePath() const
{
    return KeyFile::pathFor(m_path);
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::create(const QString &databasePath,
                                                               const SecureBytes &password,
                                                               const StoreOptions &options)
{
    if (exists(databasePath))
        return makeError(
                ErrorCode::StoreExists,
                tr("A store already exists at %1.").arg(QDir::toNativeSeparators(databasePath)));
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()))
        return makeError(ErrorCode::Io,
                         tr("The folder for %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(databasePath)));
    SecureBytes dataKey = SecureBytes::random(KeyFile::dataKeyBytes);
    if (auto written =
                KeyFile::write(KeyFile::pathFor(databasePath), dataKey, password, options.kdf);
        !written)
        return written.error();
    auto store = openWithKey(databasePath, std::move(dataKey), options);
    if (!store)
        removeStoreFiles(databasePath); // only what this call just made
    return store;
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::open(const QString &databasePath,
                                                             const SecureBytes &password,
                                                             const StoreOptions &options)
{
    if (!QFileInfo(databasePath).isFile())
        return makeError(
                ErrorCode::StoreMissing,
                tr("There is no store at %1.").arg(QDir::toNativeSeparators(databasePath)));
    auto dataKey = KeyFile::unlock(KeyFile::pathFor(databasePath), password);
    if (!dataKey)
        return dataKey.error();
    return openWithKey(databasePath, std::move(dataKey).value(), options);
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::openWithKey(const QString &databasePath,
                                                                    SecureBytes dataKey,
                                                                    const StoreOptions &options)
{
    SqlCipherDriver::registerDriver();
    const QString connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), connectionName);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"CLINIC_BUSY_TIMEOUT=" + QString::number(options.busyTimeoutMs));
        static_cast<SqlCipherDriver *>(db.driver())->setKey(std::move(dataKey));
        if (!db.open()) {
            const Error error = openError(databasePath, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return error;
        }
    }
    // From here the destructor closes and removes the connection on every path.
    std::unique_ptr<EncryptedStore> store(
            new EncryptedStore(databasePath, connectionName, options));
    if (auto prepared = store->prepare(); !prepared)
        return prepared.error();
    return store;
}

Result<void> EncryptedStore::prepare()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // Checked before anything is written, so a damaged store is left exactly as it is.
    if (m_options.checkIntegrity) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()
            || query.value(0).toString() != u"ok")
            return damagedStore(m_path,
                                query.lastError().isValid() ? query.lastError().text()
                                                            : query.value(0).toString());
    }
    for (const QString &pragma : connectionPragmas(m_options)) {
        if (!query.exec(pragma))
            return makeError(ErrorCode::Io,
                             tr("The store %1 cannot be prepared for use.")
                                     .arg(QDir::toNativeSeparators(m_path)),
                             query.lastError().text());
    }
    query.finish();
    if (m_options.migrations.isEmpty()) {
        auto version = Migrator::schemaVersion(db);
        if (!version)
            return version.error();
        m_schemaVersion = version.value();
        return {};
    }
    auto migrations = MigrationSet::load(m_options.migrations);
    if (!migrations)
        return migrations.error();
    auto version = Migrator::migrate(db, migrations.value());
    if (!version)
        return version.error();
    m_schemaVersion = version.value();
    return {};
}

StoreDescription EncryptedStore::describe() const
{
    StoreDescription description;
    description.schemaVersion = m_schemaVersion;
    description.sizeBytes = QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal"_s).size();
    QSqlQuery query(database());
    if (query.exec(u"PRAGMA cipher_version"_s) && query.next())
        description.cipherVersion = query.value(0).toString();
    if (query.exec(u"PRAGMA cipher_page_size"_s) && query.next())
        description.pageSize = query.value(0).toInt();
    return description;
}

Result<void> EncryptedStore::changePassword(const SecureBytes &current,
                                            const SecureBytes &replacement)
{
    auto dataKey = KeyFile::unlock(keyFilePath(), current);
    if (!dataKey)
        return dataKey.error();
    return KeyFile::write(keyFilePath(), dataKey.value(), replacement, m_options.kdf);
}

} // namespace clinic
