#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace clinic {

namespace {

Error writeError(const QString &path, const QString &reason)
{
    return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("clinic::AtomicFile", "%1 could not be written: %2")
                    .arg(QDir::toNativeSeparators(path), reason));
}

// Makes the rename itself durable. Best effort: some file systems cannot sync a directory.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        return writeError(path, reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (!file.setPermissions(permissions))
        return failed(file.errorString());
    if (file.write(data) != data.size() || !file.flush())
        return failed(file.errorString());
    if (::fsync(file.handle()) != 0)
        return failed(QString::fromLocal8Bit(strerror(errno)));
    if (!file.commit())
        return writeError(path, file.errorString());
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

Result<void> createFileExclusively(const QString &path, const QByteArray &data,
                                   QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::StoreExists,
                             QCoreApplication::translate("clinic::AtomicFile", "%1 already exists.")
                                     .arg(QDir::toNativeSeparators(path)));
        return writeError(path, file.errorString());
    }
    const bool written = file.setPermissions(permissions) && file.write(data) == data.size()
            && file.flush() && ::fsync(file.handle()) == 0;
    const QString reason = written ? QString() : file.errorString();
    file.close();
    if (!written) {
        QFile::remove(path);
        return writeError(path, reason);
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

} // namespace clinic
