#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

#include <memory>

namespace clinic {

// The sync server's data in a PostgreSQL database, through Qt's QPSQL driver: one connection,
// on the thread that opens it, with the schema of migrations/server-postgresql. Several
// servers may share the database (storage/writetransaction.h says how their writes queue).
//
// The URL is libpq's: postgresql://user:password@host:port/database?sslmode=verify-full
// Query items become connection options; a password left out comes from PGPASSWORD or
// ~/.pgpass, as for psql.
class PostgresStore
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PostgresStore)
public:
    ~PostgresStore();
    PostgresStore(const PostgresStore &) = delete;
    PostgresStore &operator=(const PostgresStore &) = delete;

    static bool isUrl(const QString &text);
    static QString migrationDirectory() { return QStringLiteral(":/migrations/server-postgresql"); }

    // Connects and brings the schema up to this version's.
    static Result<std::unique_ptr<PostgresStore>> open(const QString &url);

    // Runs one statement on a connection of its own to the database `url` names, for what
    // cannot run inside a transaction: CREATE and DROP DATABASE (tests and benchmarks make
    // throwaway databases with it).
    static Result<void> runAlone(const QString &url, const QString &statement);

    QSqlDatabase database() const;
    int schemaVersion() const { return m_schemaVersion; }
    // "PostgreSQL 15.18 at 127.0.0.1:5432/clinic": never the password.
    QString describe() const;

private:
    // Sets up (does not open) a QPSQL connection named `connectionName` from `url`; returns
    // where it goes ("host:port/database"), for messages.
    static Result<QString> configure(const QString &connectionName, const QString &url);
    explicit PostgresStore(QString connectionName) : m_connectionName(std::move(connectionName)) { }

    QString m_connectionName;
    QString m_where;
    int m_schemaVersion = 0;

    friend class PostgresListener;
};

// A connection of its own to the store's database that runs nothing but LISTEN, on the thread
// that opens it: other servers' notifications (pg_notify) arrive through driver(). Not the
// store's connection: after a forward-only query (single-row mode) ran on a connection, Qt
// 6.4's QPSQL driver was seen to deliver no further notification there until some buffered
// query ran, so a ring for a patient whose computer had just pulled was lost
// (tests/tst_callinstances.cpp).
class PostgresListener
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PostgresListener)
public:
    ~PostgresListener();
    PostgresListener(const PostgresListener &) = delete;
    PostgresListener &operator=(const PostgresListener &) = delete;

    static Result<std::unique_ptr<PostgresListener>> open(const QString &url,
                                                          const QStringList &channels);
    QSqlDriver *driver() const;

private:
    explicit PostgresListener(QString connectionName) : m_connectionName(std::move(connectionName))
    { }

    QString m_connectionName;
};

} // namespace clinic
