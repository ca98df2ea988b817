// The sync server's TLS identity: generating a self-signed certificate, keeping it on disk, and
// serving TLS WebSockets with it to a client that pins its fingerprint.

#include "tlsidentity.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/stat.h>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The mode bits exactly as stored: QFileInfo::permissions() adds flags for the current user and
// leaves out setuid, setgid and sticky.
int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// The code of a failure; Unknown, which no check here expects, when there was none.
template<typename T>
ErrorCode codeOf(const Result<T> &result)
{
    return result ? ErrorCode::Unknown : result.error().code;
}

} // namespace

class TestTlsIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fingerprintIsSha256OfDer();
    void certificateContents();
    void rejectsBadArguments();
    void loadOrCreateKeepsTheFiles();
    void loadOrCreateRefusesHalfAPair();
    void loadRejectsMissingAndGarbage();
    void loadRejectsKeyOfAnotherCertificate();
    void pinnedClientExchangesAMessage();
    void clientWithAnotherPinIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestTlsIdentity::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), qPrintable(QSslSocket::activeBackend()));
    QVERIFY(m_dir.isValid());
}

void TestTlsIdentity::fingerprintIsSha256OfDer()
{
    const auto identity = TlsIdentityStore::generate(u"clinic-server"_s, { u"127.0.0.1"_s });
    QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().fullText()));
    const QString fingerprint = identity->fingerprint();
    QCOMPARE(fingerprint.size(), 64);
    for (const QChar c : fingerprint)
        QVERIFY2((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'), qPrintable(fingerprint));
    QCOMPARE(fingerprint,
             QString::fromLatin1(identity->certificate.digest(QCryptographicHash::Sha256).toHex()));
    QCOMPARE(fingerprint,
             QString::fromLatin1(QCryptographicHash::hash(identity->certificate.toDer(),
                                                          QCryptographicHash::Sha256)
                                         .toHex()));
    QVERIFY(TlsIdentity().fingerprint().isEmpty());
}

void TestTlsIdentity::certificateContents()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto identity = TlsIdentityStore::generate(
            u"clinic-server"_s, { u"127.0.0.1"_s, u"localhost"_s, u"::1"_s }, 30);
    QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().fullText()));
    const QSslCertificate &certificate = identity->certificate;

    // Issued by itself; pinnedClientExchangesAMessage shows that TLS finds it signed by itself.
    // (Not QSslCertificate::isSelfSigned(): that asks OpenSSL whether the certificate could
    // have issued itself, which one whose keyUsage lacks keyCertSign never can.)
    QCOMPARE(certificate.issuerInfoAttributes(), certificate.subjectInfoAttributes());
    for (const QByteArray &attribute : certificate.subjectInfoAttributes())
        QCOMPARE(certificate.issuerInfo(attribute), certificate.subjectInfo(attribute));

    const auto altNames = certificate.subjectAlternativeNames();
    QVERIFY(altNames.contains(QSsl::IpAddressEntry, u"127.0.0.1"_s));
    QVERIFY(altNames.contains(QSsl::DnsEntry, u"localhost"_s));
    QCOMPARE(altNames.values(QSsl::IpAddressEntry).size(), 2);
    QCOMPARE(altNames.size(), 3);

    // Valid from an hour before it was made, for exactly the days asked for. Certificate times
    // have whole seconds, and the C clock they come from may lag Qt's by a few milliseconds.
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(certificate.effectiveDate() >= before.addSecs(-3602));
    QVERIFY(certificate.effectiveDate() <= after.addSecs(-3599));
    QCOMPARE(certificate.effectiveDate().secsTo(certificate.expiryDate()), 30 * 86400);

    QCOMPARE(identity->privateKey.algorithm(), QSsl::Ec);
    QCOMPARE(identity->privateKey.type(), QSsl::PrivateKey);
    QCOMPARE(identity->privateKey.length(), 256);
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);

    QStringList oids;
    for (const QSslCertificateExtension &extension : certificate.extensions()) {
        oids << extension.oid();
        if (extension.name() == "basicConstraints"_L1) {
            QVERIFY(extension.isCritical());
            QCOMPARE(extension.value().toMap().value(u"ca"_s), QVariant(false));
        }
    }
    QVERIFY(oids.contains(u"2.5.29.19"_s)); // basicConstraints
    QVERIFY(oids.contains(u"2.5.29.15"_s)); // keyUsage
    QVERIFY(oids.contains(u"2.5.29.37"_s)); // extendedKeyUsage
    QVERIFY(oids.contains(u"2.5.29.17"_s)); // subjectAltName

    const auto other = TlsIdentityStore::generate(u"clinic-server"_s, { u"localhost"_s }, 30);
    QVERIFY(other);
    QVERIFY(!certificate.serialNumber().isEmpty());
    QVERIFY(certificate.serialNumber() != other->certificate.serialNumber());
    QVERIFY(identity->fingerprint() != other->fingerprint());
}

void TestTlsIdentity::rejectsBadArguments()
{
    const auto noName = TlsIdentityStore::generate(QString(), {});
    QVERIFY(!noName);
    QCOMPARE(noName.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(codeOf(TlsIdentityStore::generate(QString(65, u'x'), {})), ErrorCode::InvalidArgument);
    QCOMPARE(codeOf(TlsIdentityStore::generate(u"server"_s, {}, 0)), ErrorCode::InvalidArgument);
    const auto badName = TlsIdentityStore::generate(u"server"_s, { u"not a host"_s });
    QVERIFY(!badName);
    QCOMPARE(badName.error().code, ErrorCode::InvalidArgument);
    QVERIFY(badName.error().message.contains(u"not a host"_s));
    // No alternative names at all is allowed: the extension is then left out.
    QVERIFY(TlsIdentityStore::generate(u"server"_s, {}));
}

void TestTlsIdentity::loadOrCreateKeepsTheFiles()
{
    const QString certificatePath = m_dir.filePath(u"keep.crt"_s);
    const QString keyPath = m_dir.filePath(u"keep.key"_s);
    const QStringList altNames { u"127.0.0.1"_s, u"localhost"_s };

    const auto created =
            TlsIdentityStore::loadOrCreate(certificatePath, keyPath, u"clinic-server"_s, altNames);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QCOMPARE(modeOf(keyPath), 0600);
    QCOMPARE(modeOf(certificatePath), 0644);
    QCOMPARE(readAll(certificatePath), created->certificate.toPem());
    QVERIFY(readAll(keyPath).startsWith("-----BEGIN PRIVATE KEY-----"));

    // Backdate the files so that any rewrite, even with equal contents, would show.
    const QDateTime old = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    for (const QString &path : { certificatePath, keyPath }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QByteArray certificateBytes = readAll(certificatePath);
    const QByteArray keyBytes = readAll(keyPath);

    const auto loaded =
            TlsIdentityStore::loadOrCreate(certificatePath, keyPath, u"other-name"_s, {});
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    QCOMPARE(loaded->fingerprint(), created->fingerprint());
    QCOMPARE(loaded->privateKey, created->privateKey);
    for (const QString &path : { certificatePath, keyPath })
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), old);
    QCOMPARE(readAll(certificatePath), certificateBytes);
    QCOMPARE(readAll(keyPath), keyBytes);
    QCOMPARE(modeOf(keyPath), 0600);
}

void TestTlsIdentity::loadOrCreateRefusesHalfAPair()
{
    const auto identity = TlsIdentityStore::generate(u"clinic-server"_s, {});
    QVERIFY(identity);
    const QByteArray certificatePem = identity->certificate.toPem();
    const QByteArray keyPem = identity->privateKey.toPem();

    const QString lonelyCertificate = m_dir.filePath(u"half1.crt"_s);
    const QString missingKey = m_dir.filePath(u"half1.key"_s);
    QVERIFY(writeAll(lonelyCertificate, certificatePem));
    const auto noKey =
            TlsIdentityStore::loadOrCreate(lonelyCertificate, missingKey, u"server"_s, {});
    QVERIFY(!noKey);
    QCOMPARE(noKey.error().code, ErrorCode::Io);
    QVERIFY2(noKey.error().message.contains(missingKey), qPrintable(noKey.error().message));
    QVERIFY(!QFileInfo::exists(missingKey));
    QCOMPARE(readAll(lonelyCertificate), certificatePem);

    const QString missingCertificate = m_dir.filePath(u"half2.crt"_s);
    const QString lonelyKey = m_dir.filePath(u"half2.key"_s);
    QVERIFY(writeAll(lonelyKey, keyPem));
    const auto noCertificate =
            TlsIdentityStore::loadOrCreate(missingCertificate, lonelyKey, u"server"_s, {});
    QVERIFY(!noCertificate);
    QCOMPARE(noCertificate.error().code, ErrorCode::Io);
    QVERIFY(noCertificate.error().message.contains(missingCertificate));
    QVERIFY(!QFileInfo::exists(missingCertificate));
    QCOMPARE(readAll(lonelyKey), keyPem);

    // A dangling link counts as a file: writing through it could land anywhere.
    const QString linkedKey = m_dir.filePath(u"half3.key"_s);
    QVERIFY(QFile::link(m_dir.filePath(u"nowhere"_s), linkedKey));
    QVERIFY(!TlsIdentityStore::loadOrCreate(m_dir.filePath(u"half3.crt"_s), linkedKey, u"server"_s,
                                            {}));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"half3.crt"_s)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nowhere"_s)));

    const QString samePath = m_dir.filePath(u"same.pem"_s);
    QCOMPARE(codeOf(TlsIdentityStore::loadOrCreate(samePath, samePath, u"server"_s, {})),
             ErrorCode::InvalidArgument);
    QVERIFY(!QFileInfo::exists(samePath));
}

void TestTlsIdentity::loadRejectsMissingAndGarbage()
{
    const QString certificatePath = m_dir.filePath(u"garbage.crt"_s);
    const QString keyPath = m_dir.filePath(u"garbage.key"_s);
    QVERIFY(TlsIdentityStore::loadOrCreate(certificatePath, keyPath, u"server"_s, {}));
    const QString garbagePath = m_dir.filePath(u"garbage.txt"_s);
    QVERIFY(writeAll(garbagePath, "this is not a PEM file\n-----BEGIN NONSENSE-----\n"));

    const auto missing = TlsIdentityStore::load(m_dir.filePath(u"absent.crt"_s), keyPath);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY(missing.error().message.contains(u"absent.crt"_s));
    QVERIFY(missing.error().message.contains(u"does not exist"_s));
    QCOMPARE(codeOf(TlsIdentityStore::load(certificatePath, QString())),
             ErrorCode::InvalidArgument);

    const auto directory = TlsIdentityStore::load(m_dir.path(), keyPath);
    QVERIFY(!directory);
    QCOMPARE(directory.error().code, ErrorCode::Io);

    const auto badCertificate = TlsIdentityStore::load(garbagePath, keyPath);
    QVERIFY(!badCertificate);
    QCOMPARE(badCertificate.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(badCertificate.error().message.contains(garbagePath)
                     && badCertificate.error().message.contains(u"BEGIN CERTIFICATE"_s),
             qPrintable(badCertificate.error().fullText()));

    const auto badKey = TlsIdentityStore::load(certificatePath, garbagePath);
    QVERIFY(!badKey);
    QCOMPARE(badKey.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(badKey.error().message.contains(garbagePath)
                     && badKey.error().message.contains(u"private key"_s),
             qPrintable(badKey.error().fullText()));

    // The certificate where the key should be, and the other way round.
    QCOMPARE(codeOf(TlsIdentityStore::load(certificatePath, certificatePath)),
             ErrorCode::InvalidArgument);
    QCOMPARE(codeOf(TlsIdentityStore::load(keyPath, keyPath)), ErrorCode::InvalidArgument);

    const QString encryptedPath = m_dir.filePath(u"encrypted.key"_s);
    const auto identity = TlsIdentityStore::load(certificatePath, keyPath);
    QVERIFY(identity);
    QVERIFY(writeAll(encryptedPath, identity->privateKey.toPem("passphrase")));
    const auto encrypted = TlsIdentityStore::load(certificatePath, encryptedPath);
    QVERIFY(!encrypted);
    QCOMPARE(encrypted.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(encrypted.error().message.contains(u"passphrase"_s),
             qPrintable(encrypted.error().fullText()));
}

void TestTlsIdentity::loadRejectsKeyOfAnotherCertificate()
{
    const auto first = TlsIdentityStore::generate(u"first"_s, {});
    const auto second = TlsIdentityStore::generate(u"second"_s, {});
    QVERIFY(first && second);
    const QString certificatePath = m_dir.filePath(u"mismatch.crt"_s);
    const QString keyPath = m_dir.filePath(u"mismatch.key"_s);
    QVERIFY(writeAll(certificatePath, first->certificate.toPem()));
    QVERIFY(writeAll(keyPath, second->privateKey.toPem()));

    const auto mismatch = TlsIdentityStore::load(certificatePath, keyPath);
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(mismatch.error().message.contains(u"does not belong"_s),
             qPrintable(mismatch.error().fullText()));

    QVERIFY(writeAll(keyPath, first->privateKey.toPem()));
    const auto match = TlsIdentityStore::load(certificatePath, keyPath);
    QVERIFY2(match, qPrintable(match ? QString() : match.error().fullText()));
    QCOMPARE(match->fingerprint(), first->fingerprint());
    QCOMPARE(match->certificate, first->certificate);
}

namespace {

// A client that trusts the server only by its pinned fingerprint: certificate errors are
// ignored when, and only when, the certificate they are about is the pinned one. The certificate
// comes from the errors because QWebSocket::sslConfiguration() is the configuration the client
// was given, without the peer's certificate. The errors are kept in *seen.
void pinFingerprint(QWebSocket &client, const QString &fingerprint, QList<QSslError> *seen)
{
    QObject::connect(&client, &QWebSocket::sslErrors, &client,
                     [&client, fingerprint, seen](const QList<QSslError> &errors) {
                         *seen << errors;
                         for (const QSslError &error : errors) {
                             const QByteArray digest =
                                     error.certificate().digest(QCryptographicHash::Sha256);
                             if (error.certificate().isNull()
                                 || QString::fromLatin1(digest.toHex()) != fingerprint)
                                 return;
                         }
                         client.ignoreSslErrors();
                     });
}

} // namespace

void TestTlsIdentity::pinnedClientExchangesAMessage()
{
    const auto identity = TlsIdentityStore::generate(u"clinic-server"_s, { u"127.0.0.1"_s });
    QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().fullText()));

    QWebSocketServer server(u"clinic-test"_s, QWebSocketServer::SecureMode);
    server.setSslConfiguration(identity->serverConfiguration());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> serverSockets;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            serverSockets << socket;
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                    [socket](const QByteArray &message) {
                        socket->sendBinaryMessage("echo:" + message);
                    });
        }
    });

    QWebSocket client;
    QList<QSslError> errors;
    pinFingerprint(client, identity->fingerprint(), &errors);
    QSignalSpy replies(&client, &QWebSocket::binaryMessageReceived);
    connect(&client, &QWebSocket::connected, &client,
            [&client] { client.sendBinaryMessage("\x00\x01 hello"_ba); });
    client.open(QUrl(u"wss://127.0.0.1:%1/"_s.arg(server.serverPort())));

    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 5000);
    QCOMPARE(replies.first().first().toByteArray(), "echo:\x00\x01 hello"_ba);
    // The only complaint is that nobody vouches for the certificate: it is signed with its own
    // key, and its name matches the address.
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().error(), QSslError::SelfSignedCertificate);
    QCOMPARE(errors.first().certificate(), identity->certificate);
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    qDeleteAll(serverSockets);
}

void TestTlsIdentity::clientWithAnotherPinIsRefused()
{
    const auto identity = TlsIdentityStore::generate(u"clinic-server"_s, { u"127.0.0.1"_s });
    const auto impostor = TlsIdentityStore::generate(u"clinic-server"_s, { u"127.0.0.1"_s });
    QVERIFY(identity && impostor);

    QWebSocketServer server(u"clinic-test"_s, QWebSocketServer::SecureMode);
    server.setSslConfiguration(impostor->serverConfiguration());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QWebSocket client;
    QList<QSslError> errors;
    pinFingerprint(client, identity->fingerprint(), &errors);
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(QUrl(u"wss://127.0.0.1:%1/"_s.arg(server.serverPort())));

    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QVERIFY(connected.isEmpty());
    QVERIFY(!errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
