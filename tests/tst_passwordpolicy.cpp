// Account password rules: length in characters, zxcvbn's guessability estimate, user names.

#include "auth/passwordpolicy.h"

#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QString tooShort = u"Use at least 12 characters."_s;
const QString tooCommon =
        u"This password is too common or easy to guess. Try a few unrelated words."_s;
const QString tooPersonal =
        u"This password is too close to your name or user name. Try a few unrelated words."_s;

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void lengthCountsCharacters();
    void userInputsMakeAPasswordWeak();
};

void TestPasswordPolicy::verdicts_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << tooShort;
    QTest::newRow("eleven characters") << u"kX9#mQ2$vL7"_s << tooShort;

    QTest::newRow("password1234") << u"password1234"_s << tooCommon;
    QTest::newRow("qwertyuiop123") << u"qwertyuiop123"_s << tooCommon;
    QTest::newRow("123456789012") << u"123456789012"_s << tooCommon;
    QTest::newRow("iloveyou1234") << u"iloveyou1234"_s << tooCommon;
    QTest::newRow("Password123!") << u"Password123!"_s << tooCommon;
    QTest::newRow("aaaaaaaaaaaa") << u"aaaaaaaaaaaa"_s << tooCommon;
    QTest::newRow("abcdefghijkl") << u"abcdefghijkl"_s << tooCommon;
    QTest::newRow("P@ssw0rd1234") << u"P@ssw0rd1234"_s << tooCommon;
    QTest::newRow("1q2w3e4r5t6y") << u"1q2w3e4r5t6y"_s << tooCommon;
    QTest::newRow("Clinic2024!!") << u"Clinic2024!!"_s << tooCommon;
    QTest::newRow("passwordpassword") << u"passwordpassword"_s << tooCommon;

    QTest::newRow("correct horse battery staple") << u"correct horse battery staple"_s << QString();
    QTest::newRow("Tide-Lamp-Orbit-77") << u"Tide-Lamp-Orbit-77"_s << QString();
    QTest::newRow("mangoes under the bridge") << u"mangoes under the bridge"_s << QString();
    QTest::newRow("random mixed") << u"r7Tq2zWb9LmE"_s << QString();
    QTest::newRow("random with symbols") << u"kX9#mQ2$vL7p"_s << QString();
}

void TestPasswordPolicy::verdicts()
{
    QFETCH(QString, password);
    QFETCH(QString, reason);

    const PasswordVerdict verdict = PasswordPolicy::check(password);
    QCOMPARE(verdict.reason, reason);
    QCOMPARE(verdict.acceptable, reason.isEmpty());
    if (!password.isEmpty())
        QVERIFY(verdict.entropyBits > 0);
    if (reason == tooCommon)
        QVERIFY(verdict.entropyBits < PasswordPolicy::minimumEntropyBits);
    if (reason.isEmpty())
        QVERIFY(verdict.entropyBits >= PasswordPolicy::minimumEntropyBits);
}

void TestPasswordPolicy::lengthCountsCharacters()
{
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    const QString emoji = u"😀🎉🐱🌵🚀🍕🎸🌈🔥💡🐢"_s;
    QCOMPARE(emoji.size(), 22);
    QCOMPARE(PasswordPolicy::check(emoji).reason, tooShort);
    const PasswordVerdict twelveEmoji = PasswordPolicy::check(emoji + u"🦉"_s);
    QVERIFY(twelveEmoji.acceptable);

    // Twelve accented letters are long enough (24 UTF-8 bytes, 12 characters); whether they are
    // accepted is then up to the entropy estimate.
    const PasswordVerdict mixed = PasswordPolicy::check(u"éàüöçñøåîôûë"_s);
    QVERIFY(mixed.acceptable);
    const PasswordVerdict repeated = PasswordPolicy::check(u"éééééééééééé"_s);
    QCOMPARE(repeated.reason, tooCommon);
    QCOMPARE(PasswordPolicy::check(u"éééééééééé"_s).reason, tooShort);
}

void TestPasswordPolicy::userInputsMakeAPasswordWeak()
{
    // Strong for a stranger, weak from someone who knows the user name.
    const QString password = u"jdoeLampOrbit77"_s;
    const PasswordVerdict alone = PasswordPolicy::check(password);
    QVERIFY2(alone.acceptable, qPrintable(alone.reason));
    const PasswordVerdict withName = PasswordPolicy::check(password, { u"jdoe"_s });
    QCOMPARE(withName.reason, tooPersonal);
    QVERIFY(withName.entropyBits < alone.entropyBits);

    // Case does not hide the name.
    QCOMPARE(PasswordPolicy::check(password, { u"JDoe"_s }).reason, tooPersonal);
    // Weak either way, but the name is what to point at.
    QCOMPARE(PasswordPolicy::check(u"jdoe-jdoe-jdoe-2024"_s).reason, tooCommon);
    QCOMPARE(PasswordPolicy::check(u"jdoe-jdoe-jdoe-2024"_s, { u"jdoe"_s }).reason, tooPersonal);

    // A display name counts word by word and run together: zxcvbn alone would look only for
    // "John Doe", which this password does not contain.
    QVERIFY(PasswordPolicy::check(u"johndoe-lamp-7"_s).acceptable);
    QCOMPARE(PasswordPolicy::check(u"johndoe-lamp-7"_s, { u"John Doe"_s }).reason, tooPersonal);

    // Initials and empty inputs are not held against a password.
    const PasswordVerdict initials =
            PasswordPolicy::check(u"Tide-Lamp-Orbit-77"_s, { u"T"_s, u"jd"_s, QString() });
    QVERIFY(initials.acceptable);
    QCOMPARE(initials.entropyBits, PasswordPolicy::check(u"Tide-Lamp-Orbit-77"_s).entropyBits);

    // An unrelated user name changes nothing.
    QCOMPARE(PasswordPolicy::check(password, { u"msmith"_s }).entropyBits, alone.entropyBits);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
