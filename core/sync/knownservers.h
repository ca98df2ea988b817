#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace clinic {

// The certificate fingerprint trusted for each server (trust on first use): kept in a small
// JSON file, so a later change of certificate is noticed and refused.
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
    Result<void> forget(const QString &serverKey);

    static bool isFingerprint(const QString &text); // 64 hex digits
    static QString normalised(const QString &fingerprint); // lower case, no colons or spaces

private:
    Result<void> save() const;

    QString m_path;
    QMap<QString, QString> m_fingerprints;
};

} // namespace clinic
