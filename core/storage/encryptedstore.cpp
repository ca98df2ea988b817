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
    auto key = sealNewKey(password, options);
    if (!key)
        return key.error();
    return createSealed(databasePath, std::move(key).value(), options);
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::open(const QString &databasePath,
                                                             const SecureBytes &password,
                                                             const StoreOptions &options)
{
    auto dataKey = unlockKey(databasePath, password);
    if (!dataKey)
        return dataKey.error();
    return connect(databasePath, std::move(dataKey).value(), options);
}

Result<SecureBytes> EncryptedStore::unlockKey(const QString &databasePath,
                                              const SecureBytes &password)
{
    if (!QFileInfo(databasePath).isFile())
        return makeError(
                ErrorCode::StoreMissing,
                tr("There is no store at %1.").arg(QDir::toNativeSeparators(databasePath)));
    return KeyFile::unlock(KeyFile::pathFor(databasePath), password);
}

Result<EncryptedStore::NewKey> EncryptedStore::sealNewKey(const SecureBytes &password,
                                                          const StoreOptions &options)
{
    NewKey key { SecureBytes::random(KeyFile::dataKeyBytes), {} };
    auto sealed = KeyFile::seal(key.dataKey, password, options.kdf);
    if (!sealed)
        return sealed.error();
    key.keyFile = std::move(sealed).value();
    return key;
}

Result<std::unique_ptr<EncryptedStore>>
EncryptedStore::createSealed(const QString &databasePath, NewKey key, const StoreOptions &options)
{
    if (exists(databasePath))
        return makeError(
                ErrorCode::StoreExists,
                tr("A store already exists at %1.").arg(QDir::toNativeSeparators(databasePath)));
    if (auto made = makeFolder(databasePath); !made)
        return made.error();
    // The key file is made exclusively: if another process is creating the same store at
    // this moment, one of the two gets "already exists" and neither loses its key.
    if (auto made = KeyFile::create(KeyFile::pathFor(databasePath), key.keyFile); !made)
        return made.error();
    return createDatabase(databasePath, std::move(key.dataKey), options, true);
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::createWithKey(const QString &databasePath,
                                                                      SecureBytes dataKey,
                                                                      const StoreOptions &options)
{
    if (auto made = makeFolder(databasePath); !made)
        return made.error();
    return createDatabase(databasePath, std::move(dataKey), options, false);
}

// The folder is private to its owner: SQLite's -wal and -shm files are created beside the
// database, and the -shm file is not encrypted.
Result<void> EncryptedStore::makeFolder(const QString &databasePath)
{
    const QString folder = QFileInfo(databasePath).absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)
        || (newFolder
            && !QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)))
        return makeError(ErrorCode::Io,
                         tr("The folder for %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(databasePath)));
    return {};
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::createDatabase(const QString &databasePath,
                                                                       SecureBytes dataKey,
                                                                       const StoreOptions &options,
                                                                       bool ownsKeyFile)
{
    const QString keyPath = KeyFile::pathFor(databasePath);
    if (QFileInfo::exists(databasePath)) {
        if (ownsKeyFile)
            QFile::remove(keyPath);
        return makeError(
                ErrorCode::StoreExists,
                tr("A store already exists at %1.").arg(QDir::toNativeSeparators(databasePath)));
    }
    auto store = connect(databasePath, std::move(dataKey), options);
    if (!store) {
        // Remove only what this store's creation made.
        if (ownsKeyFile)
            QFile::remove(keyPath);
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(databasePath + suffix);
        return store;
    }
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(databasePath + suffix))
            QFile::setPermissions(databasePath + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return store;
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::openWithKey(const QString &databasePath,
                                                                    SecureBytes dataKey,
                                                                    const StoreOptions &options)
{
    if (!QFileInfo(databasePath).isFile())
        return makeError(
                ErrorCode::StoreMissing,
                tr("There is no store at %1.").arg(QDir::toNativeSeparators(databasePath)));
    return connect(databasePath, std::move(dataKey), options);
}

Result<QString> EncryptedStore::openConnection(const QString &databasePath, SecureBytes dataKey,
                                               const StoreOptions &options, bool readOnly)
{
    SqlCipherDriver::registerDriver();
    const QString connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), connectionName);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(u"CLINIC_BUSY_TIMEOUT=" + QString::number(options.busyTimeoutMs)
                         + (readOnly ? u";CLINIC_OPEN_READONLY"_s : QString()));
    static_cast<SqlCipherDriver *>(db.driver())->setKey(std::move(dataKey));
    if (!db.open()) {
        const Error error = openError(databasePath, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }
    return connectionName;
}

Result<void> EncryptedStore::checkIntegrity(QSqlDatabase db, const QString &databasePath)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()
        || query.value(0).toString() != u"ok")
        return damagedStore(databasePath,
                            query.lastError().isValid() ? query.lastError().text()
                                                        : query.value(0).toString());
    return {};
}

Result<void> EncryptedStore::checkReadOnly(const QString &databasePath, SecureBytes dataKey,
                                           const StoreOptions &options)
{
    const QString shm = databasePath + u"-shm"_s;
    const bool shmExisted = QFileInfo::exists(shm);
    auto name = openConnection(databasePath, std::move(dataKey), options, true);
    if (!name)
        return name.error();
    Result<void> checked;
    {
        QSqlDatabase db = QSqlDatabase::database(name.value(), false);
        if (options.checkIntegrity)
            checked = checkIntegrity(db, databasePath);
        db.close();
    }
    QSqlDatabase::removeDatabase(name.value());
    if (!shmExisted)
        QFile::remove(shm); // the read-only connection made it; nothing else uses it
    return checked;
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::connect(const QString &databasePath,
                                                                SecureBytes dataKey,
                                                                const StoreOptions &options)
{
    // A store left with a write-ahead log (after a crash, or copied while open) is checked on
    // a read-only connection first: closing a read-write connection folds the log into the
    // database file, which must not happen to a store that is then refused.
    const bool pendingLog = QFileInfo(databasePath + u"-wal"_s).size() > 0;
    if (pendingLog) {
        if (auto checked = checkReadOnly(databasePath, dataKey.clone(), options); !checked)
            return checked.error();
    }
    SecureBytes kept = dataKey.clone();
    auto name = openConnection(databasePath, std::move(dataKey), options, false);
    if (!name)
        return name.error();
    // From here the destructor closes and removes the connection on every path.
    std::unique_ptr<EncryptedStore> store(new EncryptedStore(databasePath, name.value(), options));
    store->m_dataKey = std::move(kept);
    if (auto prepared = store->prepare(!pendingLog); !prepared)
        return prepared.error();
    return store;
}

Result<std::unique_ptr<EncryptedStore>> EncryptedStore::openSibling() const
{
    StoreOptions options = m_options;
    options.migrations.clear();
    options.checkIntegrity = false;
    auto name = openConnection(m_path, m_dataKey.clone(), options, false);
    if (!name)
        return name.error();
    std::unique_ptr<EncryptedStore> sibling(new EncryptedStore(m_path, name.value(), options));
    sibling->m_dataKey = m_dataKey.clone();
    if (auto prepared = sibling->prepare(false); !prepared)
        return prepared.error();
    return sibling;
}

Result<void> EncryptedStore::prepare(bool checkPages)
{
    QSqlDatabase db = database();
    // Checked before anything is written, so a damaged store is left exactly as it is.
    if (m_options.checkIntegrity && checkPages) {
        if (auto checked = checkIntegrity(db, m_path); !checked)
            return checked;
    }
    QSqlQuery query(db);
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

Result<void> EncryptedStore::checkPassword(const SecureBytes &password) const
{
    auto dataKey = KeyFile::unlock(keyFilePath(), password);
    if (!dataKey)
        return dataKey.error();
    return {};
}

Result<void> EncryptedStore::changePassword(const SecureBytes &current,
                                            const SecureBytes &replacement)
{
    auto dataKey = KeyFile::unlock(keyFilePath(), current);
    if (!dataKey)
        return dataKey.error();
    return KeyFile::replace(keyFilePath(), dataKey.value(), replacement, m_options.kdf);
}

} // namespace clinic
