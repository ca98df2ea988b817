// Writes tests/data/client_store_v1.db(.key): a client store at schema 1 with three patients,
// the starting point of the upgrade test. Run once when a fixture is added; the output is
// committed. The password is in tests/data/README.md (test data, protects nothing).

#include "storage/encryptedstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace clinic;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_client_store_fixture <output-dir>\n");
        return 2;
    }
    QTemporaryDir migrations;
    if (!QFile::copy(QStringLiteral(":/migrations/client/0001_initial.sql"),
                     migrations.filePath(QStringLiteral("0001_initial.sql")))) {
        std::fprintf(stderr, "cannot copy migration 1\n");
        return 1;
    }
    StoreOptions options;
    options.kdf = KdfParams::minimum();
    options.migrations = migrations.path();
    const QString path =
            QDir(QString::fromLocal8Bit(argv[1])).filePath(QStringLiteral("client_store_v1.db"));
    auto store =
            EncryptedStore::create(path, SecureBytes::fromUtf8(u"fixture-v1-password"), options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().fullText()));
        return 1;
    }
    QSqlQuery query(store.value()->database());
    const bool ok =
            query.exec(QStringLiteral("INSERT INTO patient (id, updated_at, family_name, "
                                      "given_name, birth_date, city) VALUES "
                                      "('6f1c9a52-3b7e-4c1d-9a0e-1f2b3c4d5e01', 1763800000000, "
                                      "'Álvarez', 'José', '1971-04-02', 'Sevilla'), "
                                      "('6f1c9a52-3b7e-4c1d-9a0e-1f2b3c4d5e02', 1763800000000, "
                                      "'Okafor', 'Amina', '1988-11-19', 'Lagos'), "
                                      "('6f1c9a52-3b7e-4c1d-9a0e-1f2b3c4d5e03', 1763800000000, "
                                      "'Li', 'Wei', '2001-07-30', 'Chengdu')"));
    if (!ok) {
        std::fprintf(stderr, "insert failed\n");
        return 1;
    }
    std::printf("wrote %s (schema %d)\n", qPrintable(path), store.value()->schemaVersion());
    return 0;
}
