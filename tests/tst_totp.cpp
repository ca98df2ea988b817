// Time-based one-time passwords: RFC 6238 vectors, drift window, base32 and provisioning URIs.

#include "auth/totp.h"

#include <QTest>

#include <algorithm>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

// RFC 6238 Appendix B: each hash uses a seed as long as its output, ASCII digits repeated.
QByteArray rfcSeed(TotpParams::Hash hash)
{
    const QByteArray digits("1234567890");
    switch (hash) {
    case TotpParams::Hash::Sha1:
        return digits.repeated(2);
    case TotpParams::Hash::Sha256:
        return digits.repeated(4).left(32);
    case TotpParams::Hash::Sha512:
        return digits.repeated(7).left(64);
    }
    return {};
}

class FixedRandom final : public SecureRandom
{
public:
    void fill(unsigned char *buffer, qsizetype size) const override
    {
        std::fill_n(buffer, size, static_cast<unsigned char>(0xab));
    }
};

const QByteArray rfcSha1Seed("12345678901234567890");

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void verifyAcceptsNeighbouringSteps();
    void verifyRefusesMalformedCodes_data();
    void verifyRefusesMalformedCodes();
    void unusableParametersGiveNoCode();
    void base32Rfc4648Vectors_data();
    void base32Rfc4648Vectors();
    void base32AcceptsWhatPeopleType();
    void provisioningUri();
    void newSecret();
};

void TestTotp::rfc6238Vectors_data()
{
    QTest::addColumn<TotpParams::Hash>("hash");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");

    const auto sha1 = TotpParams::Hash::Sha1;
    const auto sha256 = TotpParams::Hash::Sha256;
    const auto sha512 = TotpParams::Hash::Sha512;
    QTest::newRow("59 SHA1") << sha1 << qint64(59) << u"94287082"_s;
    QTest::newRow("59 SHA256") << sha256 << qint64(59) << u"46119246"_s;
    QTest::newRow("59 SHA512") << sha512 << qint64(59) << u"90693936"_s;
    QTest::newRow("1111111109 SHA1") << sha1 << qint64(1111111109) << u"07081804"_s;
    QTest::newRow("1111111109 SHA256") << sha256 << qint64(1111111109) << u"68084774"_s;
    QTest::newRow("1111111109 SHA512") << sha512 << qint64(1111111109) << u"25091201"_s;
    QTest::newRow("1111111111 SHA1") << sha1 << qint64(1111111111) << u"14050471"_s;
    QTest::newRow("1111111111 SHA256") << sha256 << qint64(1111111111) << u"67062674"_s;
    QTest::newRow("1111111111 SHA512") << sha512 << qint64(1111111111) << u"99943326"_s;
    QTest::newRow("1234567890 SHA1") << sha1 << qint64(1234567890) << u"89005924"_s;
    QTest::newRow("1234567890 SHA256") << sha256 << qint64(1234567890) << u"91819424"_s;
    QTest::newRow("1234567890 SHA512") << sha512 << qint64(1234567890) << u"93441116"_s;
    QTest::newRow("2000000000 SHA1") << sha1 << qint64(2000000000) << u"69279037"_s;
    QTest::newRow("2000000000 SHA256") << sha256 << qint64(2000000000) << u"90698825"_s;
    QTest::newRow("2000000000 SHA512") << sha512 << qint64(2000000000) << u"38618901"_s;
    QTest::newRow("20000000000 SHA1") << sha1 << qint64(20000000000) << u"65353130"_s;
    QTest::newRow("20000000000 SHA256") << sha256 << qint64(20000000000) << u"77737706"_s;
    QTest::newRow("20000000000 SHA512") << sha512 << qint64(20000000000) << u"47863826"_s;
}

void TestTotp::rfc6238Vectors()
{
    QFETCH(TotpParams::Hash, hash);
    QFETCH(qint64, time);
    QFETCH(QString, code);

    const TotpParams params { hash, 8, 30 };
    const QByteArray seed = rfcSeed(hash);
    QCOMPARE(Totp::code(seed, time, params), code);
    QCOMPARE(Totp::verify(seed, code, time, params, 0), std::optional<qint64>(time / 30));
}

void TestTotp::verifyAcceptsNeighbouringSteps()
{
    const qint64 now = 1111111111;
    const qint64 step = now / 30;
    const auto codeAt = [](qint64 time) {
        return Totp::code(rfcSha1Seed, time);
    };
    QCOMPARE(codeAt(now).size(), 6);

    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now), now), std::optional<qint64>(step));
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now - 30), now), std::optional<qint64>(step - 1));
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now + 30), now), std::optional<qint64>(step + 1));
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now - 60), now), std::nullopt);
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now + 60), now), std::nullopt);

    // A wider window reaches further; none accepts only the current step.
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now - 60), now, {}, 2),
             std::optional<qint64>(step - 2));
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now + 60), now, {}, 2),
             std::optional<qint64>(step + 2));
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now - 30), now, {}, 0), std::nullopt);
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now), now, {}, 0), std::optional<qint64>(step));
    QCOMPARE(Totp::verify(rfcSha1Seed, codeAt(now), now, {}, -1), std::nullopt);

    QCOMPARE(Totp::verify(QByteArray("another secret"), codeAt(now), now), std::nullopt);
}

void TestTotp::verifyRefusesMalformedCodes_data()
{
    QTest::addColumn<QString>("code");

    // 1111111111 s is in the step of RFC 6238's "14050471"; its 6-digit code is "050471".
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << u"05047"_s;
    QTest::newRow("seven digits") << u"0504710"_s;
    QTest::newRow("letter") << u"05a471"_s;
    QTest::newRow("leading space") << u" 050471"_s;
    QTest::newRow("trailing space") << u"050471 "_s;
    QTest::newRow("inner space") << u"050 471"_s;
    QTest::newRow("arabic-indic digits") << u"\u0660\u0665\u0660\u0664\u0667\u0661"_s;
    QTest::newRow("fullwidth digits") << u"\uff10\uff15\uff10\uff14\uff17\uff11"_s;
    QTest::newRow("sign") << u"+50471"_s;
}

void TestTotp::verifyRefusesMalformedCodes()
{
    QFETCH(QString, code);
    const qint64 now = 1111111111;
    QCOMPARE(Totp::code(rfcSha1Seed, now), u"050471"_s);
    QCOMPARE(Totp::verify(rfcSha1Seed, code, now), std::nullopt);
}

void TestTotp::unusableParametersGiveNoCode()
{
    const qint64 now = 1111111111;
    QVERIFY(Totp::code(QByteArray(), now).isEmpty());
    QVERIFY(Totp::code(rfcSha1Seed, -1).isEmpty());
    QVERIFY(Totp::code(rfcSha1Seed, now, { TotpParams::Hash::Sha1, 5, 30 }).isEmpty());
    QVERIFY(Totp::code(rfcSha1Seed, now, { TotpParams::Hash::Sha1, 9, 30 }).isEmpty());
    QVERIFY(Totp::code(rfcSha1Seed, now, { TotpParams::Hash::Sha1, 6, 0 }).isEmpty());
    QCOMPARE(Totp::code(rfcSha1Seed, now, { TotpParams::Hash::Sha1, 7, 30 }), u"4050471"_s);
    QCOMPARE(Totp::verify(QByteArray(), u"050471"_s, now), std::nullopt);
    QCOMPARE(Totp::verify(rfcSha1Seed, u"050471"_s, now, { TotpParams::Hash::Sha1, 6, 0 }),
             std::nullopt);
}

void TestTotp::base32Rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    // RFC 4648 section 10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << u"MY"_s;
    QTest::newRow("fo") << QByteArray("fo") << u"MZXQ"_s;
    QTest::newRow("foo") << QByteArray("foo") << u"MZXW6"_s;
    QTest::newRow("foob") << QByteArray("foob") << u"MZXW6YQ"_s;
    QTest::newRow("fooba") << QByteArray("fooba") << u"MZXW6YTB"_s;
    QTest::newRow("foobar") << QByteArray("foobar") << u"MZXW6YTBOI"_s;
    QTest::newRow("rfc 6238 seed") << rfcSha1Seed << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
    QTest::newRow("binary") << QByteArray::fromHex("00ff10807f") << u"AD7RBAD7"_s;
}

void TestTotp::base32Rfc4648Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(Totp::toBase32(bytes), text);
    QCOMPARE(Totp::fromBase32(text), std::optional<QByteArray>(bytes));
}

void TestTotp::base32AcceptsWhatPeopleType()
{
    const std::optional<QByteArray> foobar(QByteArray("foobar"));
    QCOMPARE(Totp::fromBase32(u"mzxw6ytboi"_s), foobar);
    QCOMPARE(Totp::fromBase32(u"MZXW 6YTB OI"_s), foobar);
    QCOMPARE(Totp::fromBase32(u"MZXW6YTBOI======"_s), foobar);

    QCOMPARE(Totp::fromBase32(u"MZXW1"_s), std::nullopt); // 1 is not in the alphabet
    QCOMPARE(Totp::fromBase32(u"MZ=XW6YTBOI"_s), std::nullopt);
    QCOMPARE(Totp::fromBase32(u"MZXW6YTBO"_s), std::nullopt); // impossible length
    QCOMPARE(Totp::fromBase32(u"MZXW6YTB\u00d6I"_s), std::nullopt);

    const QByteArray secret = Totp::newSecret();
    QCOMPARE(Totp::fromBase32(Totp::toBase32(secret).toLower()), std::optional(secret));
}

void TestTotp::provisioningUri()
{
    QCOMPARE(Totp::provisioningUri(u"Clinic"_s, u"jdoe@example.org"_s, rfcSha1Seed),
             u"otpauth://totp/Clinic:jdoe%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
             "&issuer=Clinic&algorithm=SHA1&digits=6&period=30"_s);
    QCOMPARE(Totp::provisioningUri(u"Dr M\u00fcller's Clinic"_s, u"a b:c"_s, QByteArray("foobar"),
                                   { TotpParams::Hash::Sha256, 8, 60 }),
             u"otpauth://totp/Dr%20M%C3%BCller%27s%20Clinic:a%20b%3Ac?secret=MZXW6YTBOI"
             "&issuer=Dr%20M%C3%BCller%27s%20Clinic&algorithm=SHA256&digits=8&period=60"_s);
    QCOMPARE(Totp::provisioningUri(QString(), u"jdoe"_s, QByteArray("foobar"),
                                   { TotpParams::Hash::Sha512, 6, 30 }),
             u"otpauth://totp/jdoe?secret=MZXW6YTBOI&algorithm=SHA512&digits=6&period=30"_s);
}

void TestTotp::newSecret()
{
    const QByteArray first = Totp::newSecret();
    const QByteArray second = Totp::newSecret();
    QCOMPARE(first.size(), Totp::secretBytes);
    QCOMPARE(second.size(), Totp::secretBytes);
    QVERIFY(first != second);
    QCOMPARE(Totp::newSecret(FixedRandom()), QByteArray(Totp::secretBytes, '\xab'));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
