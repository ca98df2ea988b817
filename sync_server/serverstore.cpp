#include "serverstore.h"

#include "crypto/securerandom.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype keyBytes = 32;

Result<SecureBytes> readKey(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::KeyFileMissing,
                         ServerStore::tr("The store key %1 is missing. Restore it from the "
                                         "backup made with the store.")
                                 .arg(QDir::toNativeSeparators(path)));
    if (info.permissions()
        & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
        return makeError(ErrorCode::Io,
                         ServerStore::tr("The store key %1 can be read by other users. Make it "
                                         "private (chmod 600) and start again.")
                                 .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         ServerStore::tr("The store key %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray hex = file.read(keyBytes * 2 + 2).trimmed();
    SecureBytes key(keyBytes);
    size_t decoded = 0;
    const bool ok = hex.size() == keyBytes * 2
            && sodium_hex2bin(key.data(), size_t(key.size()), hex.constData(), size_t(hex.size()),
                              nullptr, &decoded, nullptr)
                    == 0
            && decoded == size_t(keyBytes);
    secureWipe(hex);
    if (!ok)
        return makeError(ErrorCode::KeyFileInvalid,
                         ServerStore::tr("The store key %1 is damaged.")
                                 .arg(QDir::toNativeSeparators(path)));
    return key;
}

} // namespace

QString ServerStore::databasePath(const QString &dir)
{
    return QDir(dir).filePath(u"server.db"_s);
}

QString ServerStore::keyPath(const QString &dir)
{
    return QDir(dir).filePath(u"store.key"_s);
}

QString ServerStore::certificatePath(const QString &dir)
{
    return QDir(dir).filePath(u"tls/certificate.pem"_s);
}

QString ServerStore::privateKeyPath(const QString &dir)
{
    return QDir(dir).filePath(u"tls/private-key.pem"_s);
}

bool ServerStore::isInitialised(const QString &dir)
{
    return QFileInfo::exists(databasePath(dir)) || QFileInfo::exists(keyPath(dir));
}

StoreOptions ServerStore::options()
{
    StoreOptions options;
    options.migrations = u":/migrations/server"_s;
    options.checkIntegrity = false;
    options.cacheKiB = 64 * 1024;
    return options;
}

Result<std::unique_ptr<EncryptedStore>> ServerStore::create(const QString &dir,
                                                            const StoreOptions &options)
{
    if (isInitialised(dir))
        return makeError(ErrorCode::StoreExists,
                         tr("%1 already holds a server store.").arg(QDir::toNativeSeparators(dir)));
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return makeError(ErrorCode::Io,
                         tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    SecureBytes key = SecureRandom::system().secureBytes(keyBytes);
    QByteArray hex(keyBytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), size_t(hex.size()), key.data(), size_t(key.size()));
    hex.resize(keyBytes * 2);
    hex.append('\n');
    auto written = writeFileAtomically(keyPath(dir), hex, QFile::ReadOwner | QFile::WriteOwner);
    secureWipe(hex);
    if (!written)
        return written.error();
    auto store = EncryptedStore::createWithKey(databasePath(dir), std::move(key), options);
    if (!store)
        QFile::remove(keyPath(dir));
    return store;
}

Result<std::unique_ptr<EncryptedStore>> ServerStore::open(const QString &dir,
                                                          const StoreOptions &options)
{
    if (!QFileInfo::exists(databasePath(dir)))
        return makeError(ErrorCode::StoreMissing,
                         tr("%1 holds no server store. Run “clinic-sync-server init” first.")
                                 .arg(QDir::toNativeSeparators(dir)));
    auto key = readKey(keyPath(dir));
    if (!key)
        return key.error();
    return EncryptedStore::openWithKey(databasePath(dir), std::move(key).value(), options);
}

} // namespace clinic
