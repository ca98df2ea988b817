#include "serversettings.h"

#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

Result<SecuritySettings> SecuritySettings::load(QSqlDatabase db)
{
    SecuritySettings settings;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT key, value FROM setting"_s))
        return makeError(ErrorCode::Sql,
                         QCoreApplication::translate("clinic::SecuritySettings",
                                                     "The settings cannot be read."),
                         query.lastError().text());
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"require_totp_for_staff")
            settings.requireTotpForStaff = value == u"1";
        else if (key == u"session_idle_ms")
            settings.sessionIdleMs = qMax<qint64>(60000, value.toLongLong());
        else if (key == u"session_lifetime_ms")
            settings.sessionLifetimeMs = qMax<qint64>(60000, value.toLongLong());
        else if (key == u"idle_lock_minutes")
            settings.idleLockMinutes = qBound(1, value.toInt(), 240);
    }
    return settings;
}

Result<void> SecuritySettings::save(WriteTransaction &transaction) const
{
    QSqlQuery query(transaction.database());
    query.prepare(SqlDialect::insertOrReplace(transaction.database(), u"setting"_s,
                                              { u"key"_s, u"value"_s }, { u"key"_s }));
    const QList<std::pair<QString, QString>> values {
        { u"require_totp_for_staff"_s, requireTotpForStaff ? u"1"_s : u"0"_s },
        { u"session_idle_ms"_s, QString::number(sessionIdleMs) },
        { u"session_lifetime_ms"_s, QString::number(sessionLifetimeMs) },
        { u"idle_lock_minutes"_s, QString::number(idleLockMinutes) },
    };
    for (const auto &[key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return makeError(ErrorCode::Sql,
                             QCoreApplication::translate("clinic::SecuritySettings",
                                                         "The settings cannot be saved."),
                             query.lastError().text());
    }
    return {};
}

} // namespace clinic
