#include "userstores.h"

#include <QDir>

namespace clinic {

UserStores::UserStores(QString dataDirectory, StoreOptions options)
    : m_dataDirectory(std::move(dataDirectory)), m_options(std::move(options))
{ }

QString UserStores::fileNameFor(const QString &name)
{
    const QByteArray encoded = name.trimmed().toLower().toUtf8().toPercentEncoding({}, "~");
    QString fileName = QString::fromLatin1(encoded);
    if (fileName.startsWith(u'.')) // never a hidden file, never "." or ".."
        fileName.replace(0, 1, QStringLiteral("%2E"));
    return fileName;
}

QString UserStores::pathFor(const QString &server, const QString &username) const
{
    return QDir(m_dataDirectory)
            .filePath(QStringLiteral("stores/") + fileNameFor(server) + u'/' + fileNameFor(username)
                      + QStringLiteral(".db"));
}

bool UserStores::exists(const QString &server, const QString &username) const
{
    return EncryptedStore::exists(pathFor(server, username));
}

Result<std::unique_ptr<EncryptedStore>>
UserStores::open(const QString &server, const QString &username, const SecureBytes &password) const
{
    return EncryptedStore::open(pathFor(server, username), password, m_options);
}

Result<std::unique_ptr<EncryptedStore>> UserStores::create(const QString &server,
                                                           const QString &username,
                                                           const SecureBytes &password) const
{
    return EncryptedStore::create(pathFor(server, username), password, m_options);
}

} // namespace clinic
