#include "serverdatabase.h"

#include "postgresstore.h"
#include "serverstore.h"

namespace clinic {

using namespace Qt::StringLiterals;

ServerDatabase::~ServerDatabase() = default;

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString &dataDir,
                                                             const QString &url)
{
    std::unique_ptr<ServerDatabase> opened(new ServerDatabase);
    if (url.isEmpty()) {
        auto store = ServerStore::open(dataDir);
        if (!store)
            return store.error();
        opened->m_embedded = std::move(store).value();
    } else {
        auto store = PostgresStore::open(url);
        if (!store)
            return store.error();
        opened->m_postgres = std::move(store).value();
    }
    return opened;
}

QSqlDatabase ServerDatabase::database() const
{
    return m_postgres ? m_postgres->database() : m_embedded->database();
}

QString ServerDatabase::describe() const
{
    if (m_postgres)
        return u"store: %1, schema %2"_s.arg(m_postgres->describe())
                .arg(m_postgres->schemaVersion());
    const StoreDescription store = m_embedded->describe();
    return u"store: schema %1, %2 bytes, SQLCipher %3"_s.arg(store.schemaVersion)
            .arg(store.sizeBytes)
            .arg(store.cipherVersion);
}

} // namespace clinic
