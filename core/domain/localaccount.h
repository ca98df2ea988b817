#pragma once

#include "domain/role.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

// Who a client store belongs to, as the server last said: enough to open the right window
// when the server cannot be reached.
struct LocalAccount
{
    QString server; // host:port
    QString accountId;
    QString username;
    QString displayName;
    Role role = Role::Patient;
    int idleLockMinutes = 10;

    static Result<std::optional<LocalAccount>> load(QSqlDatabase db);
    Result<void> save(QSqlDatabase db, qint64 nowMs) const;
};

} // namespace clinic
