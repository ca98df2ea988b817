#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The numbered SQL files that build a store's schema: "0001_initial.sql", "0002_....sql", ...
// in one directory (a Qt resource directory such as ":/migrations/client" works).
class MigrationSet
{
public:
    static QString clientDirectory() { return QStringLiteral(":/migrations/client"); }

    // Fails when a file is misnamed or the numbers do not run 1, 2, 3... without a gap.
    static Result<MigrationSet> load(const QString &directory);

    int latestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.last().version; }
    const QList<Migration> &migrations() const { return m_migrations; }

private:
    QList<Migration> m_migrations;
};

// Applies migrations in order, each in its own transaction together with the new
// schema version (PRAGMA user_version; on PostgreSQL the schema_version table), so a failure
// leaves the store exactly at the previous version.
class Migrator
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::Migrator)
public:
    static Result<int> schemaVersion(const QSqlDatabase &db);
    // Returns the version the store is at afterwards. A store newer than the set is refused.
    static Result<int> migrate(QSqlDatabase &db, const MigrationSet &migrations);
};

} // namespace clinic
