#pragma once

#include "storage/writetransaction.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace clinic {

// Security policy an admin sets, kept in the setting table.
struct SecuritySettings
{
    bool requireTotpForStaff = false;
    qint64 sessionIdleMs = qint64(12) * 3600 * 1000; // unused this long: ended
    qint64 sessionLifetimeMs = qint64(7) * 24 * 3600 * 1000; // ended this long after sign-in
    int idleLockMinutes = 10; // desktop auto-lock

    static Result<SecuritySettings> load(QSqlDatabase db);
    Result<void> save(WriteTransaction &transaction) const;
};

} // namespace clinic
