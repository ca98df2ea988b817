#include "migrations.h"

#include "sqldialect.h"
#include "sqlscript.h"
#include "util/logging.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error invalidSet(const QString &directory, const QString &detail)
{
    return makeError(
            ErrorCode::MigrationInvalid,
            Migrator::tr("The schema files shipped with Clinic are inconsistent. Reinstall "
                         "Clinic."),
            directory + u": " + detail);
}

// SQLite keeps the version in the file's header (PRAGMA user_version); PostgreSQL in a table
// of one row.
Result<void> setSchemaVersion(QSqlDatabase &db, int version)
{
    const QStringList statements = SqlDialect::isPostgres(db)
            ? QStringList { version == 1 // the first migration, on a new database
                                    ? u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s
                                    : u"DELETE FROM schema_version"_s,
                            u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version) }
            : QStringList { u"PRAGMA user_version = %1"_s.arg(version) };
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return makeError(ErrorCode::Sql, query.lastError().text(),
                             query.lastError().databaseText());
    }
    return {};
}

Result<void> applyOne(QSqlDatabase &db, const Migration &migration)
{
    for (const QString &statement : splitSqlStatements(migration.sql)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return makeError(ErrorCode::Sql, query.lastError().text(),
                             query.lastError().databaseText());
    }
    return setSchemaVersion(db, migration.version);
}

} // namespace

Result<MigrationSet> MigrationSet::load(const QString &directory)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(directory);
    if (!dir.exists())
        return invalidSet(directory, QStringLiteral("directory not found"));
    MigrationSet set;
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            return invalidSet(directory, file + u" is not named NNNN_name.sql");
        const int version = match.captured(1).toInt();
        if (version != set.m_migrations.size() + 1)
            return invalidSet(directory, file + u" breaks the sequence 1, 2, 3...");
        QFile sqlFile(dir.filePath(file));
        if (!sqlFile.open(QIODevice::ReadOnly))
            return invalidSet(directory, file + u": " + sqlFile.errorString());
        set.m_migrations.append(
                { version, match.captured(2), QString::fromUtf8(sqlFile.readAll()) });
    }
    if (set.m_migrations.isEmpty())
        return invalidSet(directory, QStringLiteral("no migrations"));
    return set;
}

Result<int> Migrator::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    bool read = false;
    if (SqlDialect::isPostgres(db)) {
        // Asked first, so a missing table (a new database) fails no statement: a failed one
        // would spoil the transaction it runs in.
        read = query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) && query.next();
        const bool made = read && query.value(0).toBool();
        read = read
                && query.exec(made ? u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s
                                   : u"SELECT 0"_s);
    } else {
        read = query.exec(u"PRAGMA user_version"_s);
    }
    if (!read || !query.next())
        return makeError(ErrorCode::Sql, tr("The store's schema version cannot be read."),
                         query.lastError().text());
    return query.value(0).toInt();
}

Result<int> Migrator::migrate(QSqlDatabase &db, const MigrationSet &migrations)
{
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    const int from = current.value();
    if (from > migrations.latestVersion())
        return makeError(ErrorCode::SchemaTooNew,
                         tr("This store was written by a newer version of Clinic (schema %1; "
                            "this version knows up to %2). Update Clinic to open it.")
                                 .arg(from)
                                 .arg(migrations.latestVersion()));
    int at = from;
    for (const Migration &migration : migrations.migrations()) {
        if (migration.version <= at)
            continue;
        auto transaction = WriteTransaction::begin(db);
        if (!transaction)
            return makeError(ErrorCode::MigrationFailed,
                             tr("The store could not be locked for an update."),
                             transaction.error().detail);
        // Another server on the same PostgreSQL database may have got there first.
        if (auto now = schemaVersion(db); now && now.value() >= migration.version) {
            at = now.value();
            continue;
        }
        Result<void> applied = applyOne(db, migration);
        if (applied)
            applied = transaction->commit();
        if (!applied) {
            transaction->rollback();
            qCWarning(lcStorage) << "migration" << migration.version << "rolled back";
            return makeError(ErrorCode::MigrationFailed,
                             tr("Updating the store to schema %1 (%2) failed and was undone; "
                                "the store is unchanged at schema %3.")
                                     .arg(migration.version)
                                     .arg(migration.name)
                                     .arg(at),
                             applied.error().fullText());
        }
        at = migration.version;
        qCInfo(lcStorage) << "store migrated to schema" << at;
    }
    return at;
}

} // namespace clinic
