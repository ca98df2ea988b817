#include "storetestsupport.h"

#include "domain/patientrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <csignal>
#include <sys/resource.h>

namespace clinic::test {

StoreOptions fastStoreOptions()
{
    StoreOptions options;
    options.kdf = KdfParams::minimum();
    return options;
}

SecureBytes password(const char *text)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

Patient makePatient(int n, const QString &givenPrefix)
{
    Patient p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.updatedAt = QDateTime::currentMSecsSinceEpoch();
    p.familyName = QStringLiteral("Family%1").arg(n);
    p.givenName = givenPrefix + QString::number(n);
    p.birthDate = QDate(1950, 1, 1).addDays(n % 20000);
    p.city = QStringLiteral("Lisbon");
    return p;
}

bool insertPatients(QSqlDatabase db, int count, const QString &givenPrefix)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return false;
    PatientRepository patients(db);
    for (int i = 0; i < count; ++i) {
        if (!patients.insert(transaction.value(), makePatient(i, givenPrefix)))
            return false;
    }
    return transaction->commit().ok();
}

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM " + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit {};
    getrlimit(RLIMIT_FSIZE, &limit);
    m_previousSoft = limit.rlim_cur;
    limit.rlim_cur = rlim_t(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit limit {};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(m_previousSoft);
    setrlimit(RLIMIT_FSIZE, &limit);
}

} // namespace clinic::test
