#include "sqldialect.h"

namespace clinic::SqlDialect {

using namespace Qt::StringLiterals;

namespace {

QString insertHead(const QString &verb, const QString &table, const QStringList &columns)
{
    const QString marks = QString(u"?, "_s).repeated(columns.size()).chopped(2);
    return verb + u' ' + table + u" (" + columns.join(u", ") + u") VALUES (" + marks + u')';
}

} // namespace

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

QString insertOrReplace(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                        const QStringList &keyColumns)
{
    if (!isPostgres(db))
        return insertHead(u"INSERT OR REPLACE INTO"_s, table, columns);
    QStringList updates;
    for (const QString &column : columns) {
        if (!keyColumns.contains(column))
            updates << column + u" = EXCLUDED." + column;
    }
    return insertHead(u"INSERT INTO"_s, table, columns) + u" ON CONFLICT (" + keyColumns.join(u", ")
            + u") DO UPDATE SET " + updates.join(u", ");
}

QString insertOrIgnore(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    if (!isPostgres(db))
        return insertHead(u"INSERT OR IGNORE INTO"_s, table, columns);
    return insertHead(u"INSERT INTO"_s, table, columns) + u" ON CONFLICT DO NOTHING";
}

} // namespace clinic::SqlDialect
