// Secure memory, Argon2id key derivation and authenticated encryption.

#include "crypto/aead.h"
#include "crypto/passwordkdf.h"
#include "crypto/securebytes.h"

#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void secureBytesFromUtf8();
    void secureBytesMoveAndCompare();
    void secureWipeClearsContainers();
    void kdfIsDeterministicPerSalt();
    void kdfRejectsBadParameters();
    void aeadDetectsEveryChange();
};

void TestCrypto::secureBytesFromUtf8()
{
    const QString text = u"pässwörd ☤"_s;
    const SecureBytes bytes = SecureBytes::fromUtf8(text);
    QCOMPARE(QByteArray(bytes.constChar(), bytes.size()), text.toUtf8());
    QVERIFY(SecureBytes::fromUtf8(QString()).isEmpty());
}

void TestCrypto::secureBytesMoveAndCompare()
{
    SecureBytes a = SecureBytes::random(32);
    SecureBytes copy = a.clone();
    QVERIFY(a.equals(copy));
    SecureBytes moved = std::move(a);
    QVERIFY(a.isEmpty());
    QVERIFY(moved.equals(copy));
    QVERIFY(!moved.equals(SecureBytes::random(32)));
    QVERIFY(!moved.equals(SecureBytes::random(31)));
}

void TestCrypto::secureWipeClearsContainers()
{
    QString text = u"secret"_s;
    secureWipe(text);
    QVERIFY(text.isEmpty());
    QByteArray bytes("secret");
    secureWipe(bytes);
    QVERIFY(bytes.isEmpty());
}

void TestCrypto::kdfIsDeterministicPerSalt()
{
    const SecureBytes pw = SecureBytes::fromUtf8(u"hunter2 hunter2"_s);
    const QByteArray salt = PasswordKdf::newSalt();
    auto first = PasswordKdf::derive(pw, salt, KdfParams::minimum());
    auto second = PasswordKdf::derive(pw, salt, KdfParams::minimum());
    auto otherSalt = PasswordKdf::derive(pw, PasswordKdf::newSalt(), KdfParams::minimum());
    QVERIFY(first && second && otherSalt);
    QCOMPARE(first->size(), 32);
    QVERIFY(first->equals(second.value()));
    QVERIFY(!first->equals(otherSalt.value()));
}

void TestCrypto::kdfRejectsBadParameters()
{
    const SecureBytes pw = SecureBytes::fromUtf8(u"x"_s);
    QVERIFY(!PasswordKdf::derive(pw, QByteArray(3, 'a'), KdfParams::minimum()));
    QVERIFY(!PasswordKdf::derive(pw, PasswordKdf::newSalt(), KdfParams { 0, 1 << 20 }));
    QVERIFY(!PasswordKdf::derive(pw, PasswordKdf::newSalt(), KdfParams { 2, quint64(1) << 40 }));
    QVERIFY(KdfParams::recommended().isAcceptable());
}

void TestCrypto::aeadDetectsEveryChange()
{
    const SecureBytes key = SecureBytes::random(Aead::keyBytes);
    const QByteArray plain("the data key");
    const QByteArray ad("header");
    const auto sealed = Aead::seal(key, reinterpret_cast<const unsigned char *>(plain.constData()),
                                   plain.size(), ad);
    auto opened = Aead::open(key, sealed, ad);
    QVERIFY(opened);
    QCOMPARE(QByteArray(opened->constChar(), opened->size()), plain);

    auto flipped = sealed;
    flipped.ciphertext[0] = char(flipped.ciphertext.at(0) ^ 1);
    QCOMPARE(Aead::open(key, flipped, ad).error().code, ErrorCode::DecryptionFailed);
    auto renonced = sealed;
    renonced.nonce[5] = char(renonced.nonce.at(5) ^ 1);
    QVERIFY(!Aead::open(key, renonced, ad));
    QVERIFY(!Aead::open(key, sealed, QByteArray("other header")));
    QVERIFY(!Aead::open(SecureBytes::random(Aead::keyBytes), sealed, ad));
    auto cut = sealed;
    cut.ciphertext.truncate(10);
    QCOMPARE(Aead::open(key, cut, ad).error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
