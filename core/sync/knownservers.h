#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace clinic {

// What this computer knows of each server, in a small JSON file only its user can read: the
// certificate fingerprint trusted (trust on first use), so a later change of certificate is
// noticed and refused; and for each user who signed in here, the device token the server
// gave, so someone guessing at their name elsewhere cannot lock them out of this computer.
class KnownServers
{
    Q_DECLARE_TR_FUNCTIONS(clinic::KnownServers)
public:
    explicit KnownServers(QString filePath);

    // Empty when the server was never trusted. A damaged file trusts nothing (and says so
    // through load()).
    QString fingerprint(const QString &serverKey) const;
    Result<void> load();
    Result<void> trust(const QString &serverKey, const QString &fingerprint);
    Result<void> forget(const QString &serverKey); // its fingerprint and device tokens

    // Empty when this user never signed in to that server from here.
    QString deviceToken(const QString &serverKey, const QString &username) const;
    Result<void> rememberDevice(const QString &serverKey, const QString &username,
                                const QString &token);

    static bool isFingerprint(const QString &text); // 64 hex digits
    static QString normalised(const QString &fingerprint); // lower case, no colons or spaces

private:
    Result<void> save() const;

    QString m_path;
    QMap<QString, QString> m_fingerprints;
    QMap<QString, QMap<QString, QString>> m_deviceTokens; // server -> user name -> token
};

} // namespace clinic
