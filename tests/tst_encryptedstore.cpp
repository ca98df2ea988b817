// The encrypted store: what reaches the disk, passwords, and every bad input losing nothing.

#include "storage/encryptedstore.h"
#include "storage/keyfile.h"
#include "storage/migrations.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const char *const goodPassword = "correct horse battery staple";
const QString marker = u"Quillon-Marmalade-7731"_s;

QStringList storeFiles(const QString &path)
{
    QStringList files;
    for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u".key"_s }) {
        if (QFile::exists(path + suffix))
            files << path + suffix;
    }
    return files;
}

QMap<QString, QByteArray> digests(const QString &path)
{
    QMap<QString, QByteArray> result;
    for (const QString &file : storeFiles(path))
        result.insert(file, test::fileDigest(file));
    return result;
}

} // namespace

class TestEncryptedStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createAndReopen();
    void creatingInTwoHalvesWritesOnlyAtTheEnd();
    void fileHoldsNoPlaintext();
    void keyFileIsOwnerOnlyAndVersioned();
    void wrongPasswordChangesNothing();
    void changePasswordKeepsDataAndReencryptsNothing();
    void changePasswordWithWrongCurrentPassword();
    void keyFileMissing();
    void keyFileUnreadable();
    void keyFileFromNewerVersion();
    void keyFileDamaged_data();
    void keyFileDamaged();
    void keyFileOfAnotherStore();
    void truncatedDatabase();
    void corruptedPage();
    void createRefusesExistingStore();
    void openMissingStore();
    void pendingLogIsLeftAloneWhenRefused_data();
    void pendingLogIsLeftAloneWhenRefused();
    void pendingLogIsRecovered();
    void filesArePrivate();
    void diskFullWhileWritingLosesNothing();
    void diskFullWhileChangingPasswordKeepsOldKey();

private:
    std::unique_ptr<EncryptedStore> createStore(const char *pw = goodPassword);
    std::unique_ptr<EncryptedStore> openStore(const char *pw = goodPassword);
    void createStoreWithPatients(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestEncryptedStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store/alice.db"_s);
}

std::unique_ptr<EncryptedStore> TestEncryptedStore::createStore(const char *pw)
{
    auto store = EncryptedStore::create(m_path, test::password(pw), test::fastStoreOptions());
    if (!store) {
        qWarning() << store.error().fullText();
        return nullptr;
    }
    return std::move(store).value();
}

std::unique_ptr<EncryptedStore> TestEncryptedStore::openStore(const char *pw)
{
    auto store = EncryptedStore::open(m_path, test::password(pw), test::fastStoreOptions());
    if (!store) {
        qWarning() << store.error().fullText();
        return nullptr;
    }
    return std::move(store).value();
}

void TestEncryptedStore::createStoreWithPatients(int count)
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(test::insertPatients(store->database(), count));
}

void TestEncryptedStore::createAndReopen()
{
    {
        auto store = createStore();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(),
                 MigrationSet::load(MigrationSet::clientDirectory())->latestVersion());
        QVERIFY(test::insertPatients(store->database(), 25));
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(test::countRows(store->database(), u"patient"_s), 25);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
}

void TestEncryptedStore::fileHoldsNoPlaintext()
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(test::insertPatients(store->database(), 200, marker));
    // While open, committed pages sit in the WAL: it must be ciphertext too.
    for (const QString &file : storeFiles(m_path)) {
        const QByteArray bytes = test::readFile(file);
        QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(marker.utf16()),
                                            marker.size() * 2)),
                 qPrintable(file));
    }
    store.reset(); // the last close checkpoints the WAL into the main file
    const QByteArray bytes = test::readFile(m_path);
    QVERIFY(bytes.size() > 8 * 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(marker.toUtf8()));
    QVERIFY(!bytes.contains("Lisbon"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
    QVERIFY(!test::readFile(m_path + u".key"_s).contains(goodPassword));
}

void TestEncryptedStore::keyFileIsOwnerOnlyAndVersioned()
{
    QVERIFY(createStore());
    const QString keyPath = KeyFile::pathFor(m_path);
    QCOMPARE(QFile::permissions(keyPath),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(keyPath)).object();
    QCOMPARE(root.value(u"format").toString(), u"clinic-store-key"_s);
    QCOMPARE(root.value(u"version").toInt(), 1);
    QCOMPARE(root.value(u"kdf").toObject().value(u"algorithm").toString(), u"argon2id13"_s);
}

void TestEncryptedStore::wrongPasswordChangesNothing()
{
    createStoreWithPatients(50);
    const auto before = digests(m_path);
    auto store = EncryptedStore::open(m_path, test::password("Correct horse battery staple"),
                                      test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::WrongPassword);
    QVERIFY(!store.error().message.isEmpty());
    QCOMPARE(digests(m_path), before);
    QVERIFY(openStore());
}

void TestEncryptedStore::changePasswordKeepsDataAndReencryptsNothing()
{
    createStoreWithPatients(120);
    const QByteArray databaseBefore = test::fileDigest(m_path);
    const QByteArray keyBefore = test::fileDigest(KeyFile::pathFor(m_path));
    {
        auto store = openStore();
        QVERIFY(store);
        const auto changed = store->changePassword(test::password(goodPassword),
                                                   test::password("a new and longer passphrase"));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().fullText()));
    }
    QCOMPARE(test::fileDigest(m_path), databaseBefore); // re-wrapped, not re-encrypted
    QVERIFY(test::fileDigest(KeyFile::pathFor(m_path)) != keyBefore);

    auto old = EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!old);
    QCOMPARE(old.error().code, ErrorCode::WrongPassword);
    auto store = openStore("a new and longer passphrase");
    QVERIFY(store);
    QCOMPARE(test::countRows(store->database(), u"patient"_s), 120);
}

void TestEncryptedStore::changePasswordWithWrongCurrentPassword()
{
    auto store = createStore();
    QVERIFY(store);
    const QByteArray keyBefore = test::fileDigest(KeyFile::pathFor(m_path));
    const auto changed = store->changePassword(test::password("not it"), test::password("new one"));
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, ErrorCode::WrongPassword);
    QCOMPARE(test::fileDigest(KeyFile::pathFor(m_path)), keyBefore);
}

void TestEncryptedStore::keyFileMissing()
{
    createStoreWithPatients(10);
    QVERIFY(QFile::rename(KeyFile::pathFor(m_path), m_path + u".elsewhere"_s));
    const auto before = digests(m_path);
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::KeyFileMissing);
    QVERIFY(store.error().message.contains(u"alice.db.key"));
    QCOMPARE(digests(m_path), before);
}

void TestEncryptedStore::keyFileUnreadable()
{
    createStoreWithPatients(10);
    const QString keyPath = KeyFile::pathFor(m_path);
    const QByteArray key = test::readFile(keyPath);
    // A directory where the file should be is unreadable even for root.
    QVERIFY(QFile::remove(keyPath));
    QVERIFY(QDir().mkdir(keyPath));
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::Io);
    QVERIFY(store.error().message.contains(u"cannot be read"));
    QVERIFY(QDir().rmdir(keyPath));
    QVERIFY(test::writeFile(keyPath, key));

    if (geteuid() != 0) { // permissions do not stop root
        QVERIFY(QFile::setPermissions(keyPath, QFile::Permissions()));
        auto denied = EncryptedStore::open(m_path, test::password(goodPassword),
                                           test::fastStoreOptions());
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::Io);
        QVERIFY(QFile::setPermissions(keyPath, QFile::ReadOwner | QFile::WriteOwner));
    }
    QVERIFY(openStore());
}

void TestEncryptedStore::keyFileFromNewerVersion()
{
    createStoreWithPatients(5);
    const QString keyPath = KeyFile::pathFor(m_path);
    QJsonObject root = QJsonDocument::fromJson(test::readFile(keyPath)).object();
    root.insert(u"version"_s, 2);
    QVERIFY(test::writeFile(keyPath, QJsonDocument(root).toJson()));
    const auto before = digests(m_path);
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::KeyFileTooNew);
    QVERIFY(store.error().message.contains(u"newer version of Clinic"));
    QCOMPARE(digests(m_path), before);
}

void TestEncryptedStore::keyFileDamaged_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty file") << u"empty"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("truncated json") << u"truncate"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("random bytes") << u"garbage"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("bad base64") << u"base64"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("hostile memory limit") << u"memlimit"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("huge file") << u"huge"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("unknown cipher") << u"cipher"_s << int(ErrorCode::KeyFileInvalid);
    QTest::newRow("hostile time cost") << u"hours"_s << int(ErrorCode::KeyFileInvalid);
    // A changed sealed key cannot be told from a wrong password: authentication fails.
    QTest::newRow("flipped wrapped key") << u"flip"_s << int(ErrorCode::WrongPassword);
    QTest::newRow("changed cost") << u"opslimit"_s << int(ErrorCode::WrongPassword);
}

void TestEncryptedStore::keyFileDamaged()
{
    QFETCH(QString, edit);
    QFETCH(int, expected);
    createStoreWithPatients(5);
    const QString keyPath = KeyFile::pathFor(m_path);
    const QByteArray original = test::readFile(keyPath);
    QJsonObject root = QJsonDocument::fromJson(original).object();
    QJsonObject kdf = root.value(u"kdf").toObject();
    QJsonObject cipher = root.value(u"cipher").toObject();
    QByteArray damaged;
    if (edit == u"empty") {
    } else if (edit == u"truncate") {
        damaged = original.left(original.size() / 2);
    } else if (edit == u"garbage") {
        damaged = QByteArray(300, '\x9c');
    } else if (edit == u"huge") {
        damaged = original + QByteArray(200 * 1024, ' ');
    } else {
        if (edit == u"base64")
            cipher.insert(u"nonce"_s, u"***not base64***"_s);
        if (edit == u"memlimit")
            kdf.insert(u"memlimit"_s, qint64(1) << 40);
        if (edit == u"hours")
            kdf.insert(u"opslimit"_s, 100000); // hours of Argon2id before the password fails
        if (edit == u"cipher")
            cipher.insert(u"algorithm"_s, u"rot13"_s);
        if (edit == u"opslimit")
            kdf.insert(u"opslimit"_s, kdf.value(u"opslimit").toInteger() + 1);
        if (edit == u"flip") {
            QByteArray wrapped =
                    QByteArray::fromBase64(cipher.value(u"wrapped_key").toString().toLatin1());
            wrapped[3] = char(wrapped.at(3) ^ 0x01);
            cipher.insert(u"wrapped_key"_s, QString::fromLatin1(wrapped.toBase64()));
        }
        root.insert(u"kdf"_s, kdf);
        root.insert(u"cipher"_s, cipher);
        damaged = QJsonDocument(root).toJson();
    }
    QVERIFY(test::writeFile(keyPath, damaged));
    const auto before = digests(m_path);
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(int(store.error().code), expected);
    QVERIFY(!store.error().message.isEmpty());
    QCOMPARE(digests(m_path), before);
}

void TestEncryptedStore::keyFileOfAnotherStore()
{
    createStoreWithPatients(5);
    const QString otherPath = m_dir->filePath(u"store/bob.db"_s);
    QVERIFY(EncryptedStore::create(otherPath, test::password(goodPassword),
                                   test::fastStoreOptions()));
    QVERIFY(QFile::remove(KeyFile::pathFor(m_path)));
    QVERIFY(QFile::copy(KeyFile::pathFor(otherPath), KeyFile::pathFor(m_path)));
    const auto before = digests(m_path);
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    QVERIFY(store.error().message.contains(u"left exactly as it was"));
    QCOMPARE(digests(m_path), before);
}

void TestEncryptedStore::truncatedDatabase()
{
    createStoreWithPatients(3000);
    QFile file(m_path);
    const qint64 size = file.size();
    QVERIFY(size > 40 * 4096);
    QVERIFY(file.resize(size / 2));
    const auto before = digests(m_path);
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    QCOMPARE(digests(m_path), before);
}

void TestEncryptedStore::corruptedPage()
{
    createStoreWithPatients(3000);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 20);
    QVERIFY(file.seek((pages / 2) * 4096 + 700));
    QVERIFY(file.write("\x13\x37\x13\x37", 4) == 4);
    file.close();
    const auto before = digests(m_path);
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    QVERIFY(!store.error().detail.isEmpty());
    QCOMPARE(digests(m_path), before);
}

void TestEncryptedStore::createRefusesExistingStore()
{
    createStoreWithPatients(5);
    const auto before = digests(m_path);
    auto again = EncryptedStore::create(m_path, test::password("other"), test::fastStoreOptions());
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::StoreExists);
    QCOMPARE(digests(m_path), before);
    // Even with only the key file left, create refuses: that key may be all that opens a backup.
    QVERIFY(QFile::remove(m_path));
    auto keyOnly =
            EncryptedStore::create(m_path, test::password("other"), test::fastStoreOptions());
    QVERIFY(!keyOnly);
    QCOMPARE(keyOnly.error().code, ErrorCode::StoreExists);
}

void TestEncryptedStore::openMissingStore()
{
    auto store =
            EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::StoreMissing);
    QVERIFY(!QFile::exists(m_path));
}

// Copies the store's files as a crash would leave them, log included, to `copy`.
static void copyOpenStore(const QString &from, const QString &copy)
{
    for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u".key"_s })
        QVERIFY(QFile::copy(from + suffix, copy + suffix));
    QVERIFY(QFileInfo(copy + u"-wal"_s).size() > 0);
}

void TestEncryptedStore::pendingLogIsLeftAloneWhenRefused_data()
{
    QTest::addColumn<bool>("damagePage");
    QTest::newRow("another store's key") << false;
    QTest::newRow("damaged page") << true;
}

void TestEncryptedStore::pendingLogIsLeftAloneWhenRefused()
{
    QFETCH(bool, damagePage);
    const QString copy = m_dir->filePath(u"store/copy.db"_s);
    {
        auto store = createStore();
        QVERIFY(store);
        QVERIFY(test::insertPatients(store->database(), 3000));
        // Fold the log in, then write a little: the log holds only a few pages, so a page
        // from the middle of the file is read from the file itself.
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        query.finish();
        QVERIFY(test::insertPatients(store->database(), 1, u"Late"_s));
        copyOpenStore(m_path, copy);
    }
    if (damagePage) {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((file.size() / 4096 / 2) * 4096 + 100));
        QVERIFY(file.write("\xde\xad\xbe\xef", 4) == 4);
    } else {
        const QString other = m_dir->filePath(u"store/other.db"_s);
        QVERIFY(EncryptedStore::create(other, test::password(goodPassword),
                                       test::fastStoreOptions()));
        QVERIFY(QFile::remove(copy + u".key"_s));
        QVERIFY(QFile::copy(other + u".key"_s, copy + u".key"_s));
    }
    // Closing a read-write connection would fold the log into the file: the checks run on a
    // read-only one, and the database and its log stay exactly as they were.
    const QByteArray database = test::fileDigest(copy);
    const QByteArray log = test::fileDigest(copy + u"-wal"_s);
    auto store = EncryptedStore::open(copy, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    QCOMPARE(test::fileDigest(copy), database);
    QCOMPARE(test::fileDigest(copy + u"-wal"_s), log);
}

void TestEncryptedStore::pendingLogIsRecovered()
{
    const QString copy = m_dir->filePath(u"store/copy.db"_s);
    {
        auto store = createStore();
        QVERIFY(store);
        QVERIFY(test::insertPatients(store->database(), 1500));
        copyOpenStore(m_path, copy);
    }
    auto store = EncryptedStore::open(copy, test::password(goodPassword), test::fastStoreOptions());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().fullText()));
    QCOMPARE(test::countRows(store.value()->database(), u"patient"_s), 1500);
}

void TestEncryptedStore::filesArePrivate()
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(test::insertPatients(store->database(), 5));
    const auto ownerOnly =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFile::permissions(m_path), ownerOnly);
    QCOMPARE(QFile::permissions(m_path + u"-wal"_s), ownerOnly);
    QCOMPARE(QFile::permissions(QFileInfo(m_path).absolutePath()),
             ownerOnly | QFile::ExeOwner | QFile::ExeUser);
}

void TestEncryptedStore::diskFullWhileWritingLosesNothing()
{
    auto store = createStore();
    QVERIFY(store);
    QVERIFY(test::insertPatients(store->database(), 100));
    {
        // No file may grow past its current size: the next big write hits a "full disk".
        test::FileSizeLimit limit(QFileInfo(m_path).size() + 4096);
        QVERIFY(!test::insertPatients(store->database(), 5000, u"Overflow"_s));
    }
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(test::countRows(store->database(), u"patient"_s), 100);
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
}

void TestEncryptedStore::diskFullWhileChangingPasswordKeepsOldKey()
{
    auto store = createStore();
    QVERIFY(store);
    const QByteArray keyBefore = test::readFile(KeyFile::pathFor(m_path));
    {
        test::FileSizeLimit limit(64); // a key file is several hundred bytes
        const auto changed = store->changePassword(test::password(goodPassword),
                                                   test::password("never written"));
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::Io);
        QVERIFY(changed.error().message.contains(u"could not be written"));
    }
    QCOMPARE(test::readFile(KeyFile::pathFor(m_path)), keyBefore);
    const QStringList leftovers = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files);
    QCOMPARE(leftovers.size(), storeFiles(m_path).size()); // no temporary file left behind
    store.reset();
    QVERIFY(openStore());
}

// The slow half of creating (on a worker at sign-in) writes nothing: a sign-in abandoned while
// it runs leaves no key file without its store. The quick half writes both, or neither.
void TestEncryptedStore::creatingInTwoHalvesWritesOnlyAtTheEnd()
{
    auto key = EncryptedStore::sealNewKey(test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(key);
    QVERIFY(QDir(m_dir->path()).isEmpty());
    QVERIFY(!EncryptedStore::exists(m_path));
    auto store =
            EncryptedStore::createSealed(m_path, std::move(key).value(), test::fastStoreOptions());
    QVERIFY(store);
    store.value().reset();
    QVERIFY(EncryptedStore::open(m_path, test::password(goodPassword), test::fastStoreOptions()));
    // A second creation at the same place is refused and changes nothing.
    const QByteArray keyFileBefore = test::readFile(KeyFile::pathFor(m_path));
    auto again = EncryptedStore::sealNewKey(test::password(goodPassword), test::fastStoreOptions());
    QVERIFY(again);
    auto refused = EncryptedStore::createSealed(m_path, std::move(again).value(),
                                                test::fastStoreOptions());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::StoreExists);
    QCOMPARE(test::readFile(KeyFile::pathFor(m_path)), keyFileBefore);
}

QTEST_GUILESS_MAIN(TestEncryptedStore)
#include "tst_encryptedstore.moc"
