#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace clinic {

class EncryptedStore;
class PostgresStore;

// Where the sync server keeps its data: the embedded encrypted store in its data directory
// (the default; serverstore.h), or a PostgreSQL database that several servers can share
// (postgresstore.h). Everything above this runs the same SQL on either, through the one
// QSqlDatabase; storage/sqldialect.h holds the few statements they spell differently.
class ServerDatabase
{
public:
    ~ServerDatabase();

    // `url` empty: the embedded store in `dataDir`; otherwise a postgresql:// URL.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString &dataDir, const QString &url);

    QSqlDatabase database() const;
    // True when other servers may write to the same database (PostgreSQL).
    bool isShared() const { return m_postgres != nullptr; }
    // One line for `status`: what the store is, where, and its schema.
    QString describe() const;

private:
    ServerDatabase() = default;

    std::unique_ptr<EncryptedStore> m_embedded;
    std::unique_ptr<PostgresStore> m_postgres;
};

} // namespace clinic
