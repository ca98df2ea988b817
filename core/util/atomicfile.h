#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace clinic {

// Replaces the file at path with data, all or nothing: after a crash, a full disk or any
// error the old file is still there, whole. On success the new file and its directory entry
// are on disk. Errors carry a user-readable message naming the file.
//
// Qt 6.4's QSaveFile::commit() reports success when its final buffer flush failed (disk
// full: a truncated file replaced the old one) and ignores fsync errors; this checks both.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 QFileDevice::Permissions permissions);

// Creates a new file at path with data, synced to disk; fails with ErrorCode::StoreExists when
// anything is already there (never replaces, even when another process got there first).
// On any other failure nothing is left behind.
Result<void> createFileExclusively(const QString &path, const QByteArray &data,
                                   QFileDevice::Permissions permissions);

} // namespace clinic
