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

Result<QString> PostgresStore::configure(const QString &connectionName, const QString &url)
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
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
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
    return u"%1:%2/%3"_s.arg(parsed.host().isEmpty() ? u"localhost"_s : parsed.host())
            .arg(parsed.port(5432))
            .arg(name);
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString &url)
{
    std::unique_ptr<PostgresStore> store(new PostgresStore(newConnectionName()));
    auto where = configure(store->m_connectionName, url);
    if (!where)
        return where.error();
    store->m_where = where.value();
    QSqlDatabase db = store->database();
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

Result<void> PostgresStore::runAlone(const QString &url, const QString &statement)
{
    const QString connectionName = newConnectionName();
    Result<void> result;
    {
        auto where = configure(connectionName, url);
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        QSqlQuery query(db);
        if (!where)
            result = where.error();
        else if (!db.open())
            result = makeError(ErrorCode::Io,
                               tr("The PostgreSQL database %1 cannot be reached.").arg(*where),
                               db.lastError().text());
        else if (!query.exec(statement))
            result = makeError(ErrorCode::Sql, query.lastError().text(), statement);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

Result<std::unique_ptr<PostgresListener>> PostgresListener::open(const QString &url,
                                                                 const QStringList &channels)
{
    std::unique_ptr<PostgresListener> listener(new PostgresListener(newConnectionName()));
    auto where = PostgresStore::configure(listener->m_connectionName, url);
    if (!where)
        return where.error();
    QSqlDatabase db = QSqlDatabase::database(listener->m_connectionName, false);
    if (!db.open())
        return makeError(ErrorCode::Io,
                         tr("The PostgreSQL database %1 cannot be reached.").arg(*where),
                         db.lastError().text());
    for (const QString &channel : channels) {
        if (!db.driver()->subscribeToNotification(channel))
            return makeError(ErrorCode::Io, tr("Cannot listen on %1.").arg(channel),
                             db.driver()->lastError().text());
    }
    return listener;
}

PostgresListener::~PostgresListener()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDriver *PostgresListener::driver() const
{
    return QSqlDatabase::database(m_connectionName, false).driver();
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
