#include "knownservers.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace clinic {

using namespace Qt::StringLiterals;

KnownServers::KnownServers(QString filePath) : m_path(std::move(filePath)) { }

QString KnownServers::normalised(const QString &fingerprint)
{
    QString text = fingerprint.toLower();
    text.remove(u':');
    text.remove(u' ');
    return text;
}

bool KnownServers::isFingerprint(const QString &text)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(u"[0-9a-f]{64}"_s));
    return hex.match(normalised(text)).hasMatch();
}

QString KnownServers::fingerprint(const QString &serverKey) const
{
    return m_fingerprints.value(serverKey);
}

Result<void> KnownServers::load()
{
    m_fingerprints.clear();
    m_deviceTokens.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("%1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const QJsonObject root = QJsonDocument::fromJson(file.read(1 << 20)).object();
    const QJsonObject servers = root.value(u"servers").toObject();
    for (auto it = servers.constBegin(); it != servers.constEnd(); ++it) {
        if (isFingerprint(it.value().toString()))
            m_fingerprints.insert(it.key(), normalised(it.value().toString()));
    }
    const QJsonObject devices = root.value(u"devices").toObject();
    for (auto server = devices.constBegin(); server != devices.constEnd(); ++server) {
        const QJsonObject users = server.value().toObject();
        for (auto user = users.constBegin(); user != users.constEnd(); ++user)
            m_deviceTokens[server.key()].insert(user.key(), user.value().toString().left(64));
    }
    if (root.value(u"format") != u"clinic-known-servers"_s)
        return makeError(ErrorCode::KeyFileInvalid,
                         tr("%1 is damaged; no server is trusted until you confirm it again.")
                                 .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Result<void> KnownServers::save() const
{
    QJsonObject servers;
    for (auto it = m_fingerprints.constBegin(); it != m_fingerprints.constEnd(); ++it)
        servers.insert(it.key(), it.value());
    QJsonObject devices;
    for (auto server = m_deviceTokens.constBegin(); server != m_deviceTokens.constEnd(); ++server) {
        QJsonObject users;
        for (auto user = server->constBegin(); user != server->constEnd(); ++user)
            users.insert(user.key(), user.value());
        devices.insert(server.key(), users);
    }
    const QJsonObject root { { u"format"_s, u"clinic-known-servers"_s },
                             { u"version"_s, 1 },
                             { u"servers"_s, servers },
                             { u"devices"_s, devices } };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(),
                               QFile::ReadOwner | QFile::WriteOwner);
}

Result<void> KnownServers::trust(const QString &serverKey, const QString &fingerprint)
{
    if (!isFingerprint(fingerprint))
        return makeError(ErrorCode::InvalidArgument,
                         tr("A certificate fingerprint is 64 hexadecimal digits."));
    m_fingerprints.insert(serverKey, normalised(fingerprint));
    return save();
}

Result<void> KnownServers::forget(const QString &serverKey)
{
    m_fingerprints.remove(serverKey);
    m_deviceTokens.remove(serverKey);
    return save();
}

QString KnownServers::deviceToken(const QString &serverKey, const QString &username) const
{
    return m_deviceTokens.value(serverKey).value(username.trimmed().toLower());
}

Result<void> KnownServers::rememberDevice(const QString &serverKey, const QString &username,
                                          const QString &token)
{
    m_deviceTokens[serverKey].insert(username.trimmed().toLower(), token);
    return save();
}

} // namespace clinic
