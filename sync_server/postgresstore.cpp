#include "postgresstore.h"

#include "storage/migrations.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"clinic-postgres-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

bool PostgresStore::isUrl(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString name = parsed.path().mid(1);
    if (!isUrl(url) || !parsed.isValid() || name.isEmpty() || name.contains(u'/'))
        return makeError(ErrorCode::InvalidArgument,
                         tr("“%1” is not a PostgreSQL address; write it as "
                            "postgresql://user@host:port/database.")
                                 .arg(parsed.toDisplayString(QUrl::RemovePassword)));
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return makeError(ErrorCode::Io,
                         tr("Qt's PostgreSQL driver is not installed (Debian package "
                            "libqt6sql6-psql)."));
    std::unique_ptr<PostgresStore> store(new PostgresStore(newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, store->m_connectionName);
    db.setHostName(parsed.host());
    if (parsed.port() > 0)
        db.setPort(parsed.port());
    db.setDatabaseName(name);
    db.setUserName(parsed.userName(QUrl::FullyDecoded));
    db.setPassword(parsed.password(QUrl::FullyDecoded));
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
        options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    store->m_where = u"%1:%2/%3"_s.arg(parsed.host().isEmpty() ? u"localhost"_s : parsed.host())
                             .arg(parsed.port(5432))
                             .arg(name);
    if (!db.open())
        return makeError(ErrorCode::Io,
                         tr("The PostgreSQL database %1 cannot be reached.").arg(store->m_where),
                         db.lastError().text());
    auto migrations = MigrationSet::load(migrationDirectory());
    if (!migrations)
        return migrations.error();
    auto version = Migrator::migrate(db, migrations.value());
    if (!version)
        return version.error();
    store->m_schemaVersion = version.value();
    return store;
}

PostgresStore::~PostgresStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PostgresStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString PostgresStore::describe() const
{
    QSqlQuery query(database());
    const QString version = query.exec(u"SHOW server_version"_s) && query.next()
            ? query.value(0).toString().section(u' ', 0, 0)
            : QString();
    return u"PostgreSQL %1 at %2"_s.arg(version, m_where);
}

} // namespace clinic
