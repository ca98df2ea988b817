#pragma once

#include "crypto/securebytes.h"
#include "domain/patient.h"
#include "storage/encryptedstore.h"

#include <QByteArray>
#include <QString>

namespace clinic::test {

// Store options for tests: libsodium's minimum Argon2id cost (the real cost is a setting, not
// behaviour), everything else as in production.
StoreOptions fastStoreOptions();

SecureBytes password(const char *text);

QByteArray readFile(const QString &path);
QByteArray fileDigest(const QString &path); // SHA-256; empty when the file is absent
bool writeFile(const QString &path, const QByteArray &bytes);

// A patient with distinctive names ("<givenPrefix><n> Family<n>") and a fresh id.
Patient makePatient(int n, const QString &givenPrefix = QStringLiteral("Given"));
// Inserts count such patients in one transaction through PatientRepository; false on error.
bool insertPatients(QSqlDatabase db, int count,
                    const QString &givenPrefix = QStringLiteral("Given"));
int countRows(QSqlDatabase db, const QString &table);

// Lowers the largest file this process may write (RLIMIT_FSIZE) to simulate a full disk;
// SIGXFSZ is ignored so a write fails with EFBIG instead of killing the test. Restored on
// destruction.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    quint64 m_previousSoft = 0;
};

} // namespace clinic::test
