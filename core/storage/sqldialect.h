#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace clinic {

// The few statements that SQLite 3.15 (what SQLCipher 3.4.1 is built on) and PostgreSQL
// spell differently. Everything else the server runs is written once, in the SQL both accept.
// The client store is always SQLite; the server's may be either (sync_server/serverdatabase.h).
namespace SqlDialect {

bool isPostgres(const QSqlDatabase &db);

// Inserts a row, or replaces the one with the same key: SQLite's INSERT OR REPLACE.
QString insertOrReplace(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                        const QStringList &keyColumns);
// Inserts a row unless one with the same key is there: SQLite's INSERT OR IGNORE.
QString insertOrIgnore(const QSqlDatabase &db, const QString &table, const QStringList &columns);

} // namespace SqlDialect

} // namespace clinic
