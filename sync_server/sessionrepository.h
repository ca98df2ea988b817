#pragma once

#include "storage/preparedqueries.h"
#include "storage/writetransaction.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

struct Session
{
    QString id;
    QString accountId;
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
    qint64 expiresAt = 0; // absolute
    QString source;
    QString client;
};

// The session table. Tokens are never stored: only their SHA-256.
class SessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::SessionRepository)
public:
    explicit SessionRepository(QSqlDatabase db);

    static QByteArray tokenHash(const QString &token);

    Result<void> insert(WriteTransaction &, const Session &session, const QByteArray &tokenHash);
    Result<std::optional<Session>> findByToken(const QString &token) const;
    Result<std::optional<Session>> findById(const QString &id) const;
    Result<QList<Session>> forAccount(const QString &accountId) const;
    Result<void> touch(WriteTransaction &, const QString &id, qint64 now);
    Result<void> remove(WriteTransaction &, const QString &id);
    // Returns the ids of the sessions it ended.
    Result<QStringList> removeForAccount(WriteTransaction &, const QString &accountId);
    Result<int> countActive(qint64 now) const;

private:
    Result<std::optional<Session>> findOne(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    mutable PreparedQueries m_lookups; // every request looks its session up
};

} // namespace clinic
