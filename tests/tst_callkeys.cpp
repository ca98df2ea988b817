// Per-call key agreement: the call secret sealed with crypto_box from the caller to each
// participant, the SFrame base keys derived from it, and the safety code read aloud.

#include "crypto/callkeys.h"
#include "crypto/sframe.h"
#include "domain/callidentity.h"
#include "manualclock.h"
#include "seededrandom.h"
#include "storage/encryptedstore.h"
#include "storetestsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QByteArray callId("visit-2026-11-22-0042");

SecureBytes secure(const QByteArray &bytes)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
}

QByteArray plain(const SecureBytes &bytes)
{
    return QByteArray(bytes.constChar(), bytes.size());
}

} // namespace

class TestCallKeys : public QObject
{
    Q_OBJECT

private slots:
    void keyIds();
    void keyPairsAreX25519();
    void publicKeyEncoding();
    void recipientOpensTheCallSecret();
    void othersCannotOpenIt();
    void everyAlteredByteFails();
    void anotherCallIsRefused();
    void forgedPublicKeyIsRefused();
    void baseKeysMatchIndependentDerivation();
    void framesFlowBetweenParticipants();
    void safetyCodeMatchesOnBothSides();
    void safetyCodeShowsASubstitutedKey();
    void ownKeysAreMadeOnceAndKeptInTheStore();
    void aChangedPeerKeyIsReported();
};

void TestCallKeys::keyIds()
{
    QCOMPARE(CallKeys::keyId(0, CallKeys::Stream::Audio), quint64(0));
    QCOMPARE(CallKeys::keyId(0, CallKeys::Stream::Chat), quint64(2));
    QCOMPARE(CallKeys::keyId(1, CallKeys::Stream::Video), quint64(5));
    QCOMPARE(CallKeys::keyId(2, CallKeys::Stream::Audio), quint64(8));
}

void TestCallKeys::keyPairsAreX25519()
{
    const auto a = CallKeys::generateKeyPair();
    const auto b = CallKeys::generateKeyPair();
    QCOMPARE(a.publicKey.size(), CallKeys::publicKeyBytes);
    QCOMPARE(a.secretKey.size(), CallKeys::secretKeyBytes);
    QVERIFY(a.publicKey != b.publicKey);
    QVERIFY(!a.secretKey.equals(b.secretKey));

    // The random source is a seam: the same seed gives the same pair.
    const auto seeded = CallKeys::generateKeyPair(test::SeededRandom(7));
    const auto again = CallKeys::generateKeyPair(test::SeededRandom(7));
    QCOMPARE(seeded.publicKey, again.publicKey);
    QVERIFY(seeded.secretKey.equals(again.secretKey));
}

void TestCallKeys::publicKeyEncoding()
{
    const auto pair = CallKeys::generateKeyPair();
    const QString text = CallKeys::encodePublicKey(pair.publicKey);
    QCOMPARE(text.size(), 43);
    QVERIFY(!text.contains(u'=') && !text.contains(u'+') && !text.contains(u'/'));
    const auto decoded = CallKeys::decodePublicKey(text);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, pair.publicKey);

    QVERIFY(!CallKeys::decodePublicKey(text.left(42)).ok());
    QVERIFY(!CallKeys::decodePublicKey(QString(text + u"AA"_s)).ok());
    QVERIFY(!CallKeys::decodePublicKey(QString(text).replace(3, 1, u'*')).ok());
    QVERIFY(!CallKeys::decodePublicKey(u""_s).ok());
}

void TestCallKeys::recipientOpensTheCallSecret()
{
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const SecureBytes secret = CallKeys::newCallSecret();
    QCOMPARE(secret.size(), CallKeys::callSecretBytes);

    const auto sealed =
            CallKeys::sealCallSecret(secret, callId, caller.secretKey, callee.publicKey);
    QVERIFY(sealed.ok());
    QVERIFY(!sealed->contains(plain(secret))); // what the server relays
    const auto opened =
            CallKeys::openCallSecret(*sealed, callId, callee.secretKey, caller.publicKey);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QVERIFY(opened->equals(secret));

    // Each seal has its own nonce: sealing twice never gives the same bytes.
    const auto twice = CallKeys::sealCallSecret(secret, callId, caller.secretKey, callee.publicKey);
    QVERIFY(twice.ok() && *twice != *sealed);
}

void TestCallKeys::othersCannotOpenIt()
{
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const auto third = CallKeys::generateKeyPair();
    const SecureBytes secret = CallKeys::newCallSecret();
    const QByteArray sealed =
            CallKeys::sealCallSecret(secret, callId, caller.secretKey, callee.publicKey).value();

    // Someone else's secret key does not open it.
    const auto byThird =
            CallKeys::openCallSecret(sealed, callId, third.secretKey, caller.publicKey);
    QVERIFY(!byThird.ok());
    QCOMPARE(byThird.error().code, ErrorCode::DecryptionFailed);
    QVERIFY(!byThird.error().message.isEmpty());
    // Nor does the callee accept it as coming from anyone but the caller...
    QVERIFY(!CallKeys::openCallSecret(sealed, callId, callee.secretKey, third.publicKey).ok());
    // ...and a box the third party seals to the callee does not pass as the caller's.
    const QByteArray forged =
            CallKeys::sealCallSecret(secret, callId, third.secretKey, callee.publicKey).value();
    QVERIFY(!CallKeys::openCallSecret(forged, callId, callee.secretKey, caller.publicKey).ok());
}

void TestCallKeys::everyAlteredByteFails()
{
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const QByteArray sealed = CallKeys::sealCallSecret(CallKeys::newCallSecret(), callId,
                                                       caller.secretKey, callee.publicKey)
                                      .value();
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray altered = sealed;
        altered[i] = char(altered[i] ^ 0x01);
        const auto opened =
                CallKeys::openCallSecret(altered, callId, callee.secretKey, caller.publicKey);
        QVERIFY2(!opened.ok(), qPrintable(u"byte %1"_s.arg(i)));
        QCOMPARE(opened.error().code, ErrorCode::DecryptionFailed);
    }
    for (qsizetype length = 0; length < sealed.size(); ++length)
        QVERIFY(!CallKeys::openCallSecret(sealed.first(length), callId, callee.secretKey,
                                          caller.publicKey)
                         .ok());
    QVERIFY(!CallKeys::openCallSecret(QByteArray(sealed + 'x'), callId, callee.secretKey,
                                      caller.publicKey)
                     .ok());
}

void TestCallKeys::anotherCallIsRefused()
{
    // A sealed secret replayed into a later call between the same two people must not be
    // accepted: the callee would reuse the old call's keys from counter 0.
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const QByteArray sealed = CallKeys::sealCallSecret(CallKeys::newCallSecret(), callId,
                                                       caller.secretKey, callee.publicKey)
                                      .value();
    const auto elsewhere = CallKeys::openCallSecret(sealed, "visit-2026-11-22-0043",
                                                    callee.secretKey, caller.publicKey);
    QVERIFY(!elsewhere.ok());
    QCOMPARE(elsewhere.error().code, ErrorCode::DecryptionFailed);
    QVERIFY(!CallKeys::openCallSecret(sealed, {}, callee.secretKey, caller.publicKey).ok());
}

void TestCallKeys::forgedPublicKeyIsRefused()
{
    // An all-zero key is a low-order point: the shared secret would be zero, known to all.
    const auto caller = CallKeys::generateKeyPair();
    const auto sealed =
            CallKeys::sealCallSecret(CallKeys::newCallSecret(), callId, caller.secretKey,
                                     QByteArray(CallKeys::publicKeyBytes, '\0'));
    QVERIFY(!sealed.ok());
    QVERIFY(!CallKeys::sealCallSecret(CallKeys::newCallSecret(), callId, caller.secretKey,
                                      QByteArray(31, 'k'))
                     .ok());
}

void TestCallKeys::baseKeysMatchIndependentDerivation()
{
    // Expected values computed apart from this code, with Python's `cryptography` HKDF:
    // HKDF-SHA256(salt = none, ikm = 00..1f,
    //             info = "Clinic call 1.0 SFrame base key " || KID (8 bytes BE) || call id)
    QByteArray secretBytes;
    for (int i = 0; i < 32; ++i)
        secretBytes.append(char(i));
    const SecureBytes secret = secure(secretBytes);
    const auto kid0 = CallKeys::senderBaseKey(secret, callId, 0);
    const auto kid5 = CallKeys::senderBaseKey(secret, callId, 5);
    QVERIFY(kid0.ok() && kid5.ok());
    QCOMPARE(plain(*kid0).toHex(),
             "78b3317684b341bd20fdb543923cc50cbcb9cf7eacf7aa57a8fec52aee54ca58");
    QCOMPARE(plain(*kid5).toHex(),
             "f49831642e10a8956bfda11445b8fe9a9af025412068e72890ffeeb70e591800");
    // Another call with the same secret would still get other keys.
    QVERIFY(!CallKeys::senderBaseKey(secret, "visit-2", 0)->equals(*kid0));
    QVERIFY(!CallKeys::senderBaseKey(secret, {}, 0).ok());
    QVERIFY(!CallKeys::senderBaseKey(SecureBytes::random(16), callId, 0).ok());
}

void TestCallKeys::framesFlowBetweenParticipants()
{
    // Caller (participant 0) and callee (participant 1) end to end: the callee opens the
    // sealed secret, both derive the same keys, and each opens the other's video.
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const SecureBytes callerSecret = CallKeys::newCallSecret();
    const QByteArray relayed =
            CallKeys::sealCallSecret(callerSecret, callId, caller.secretKey, callee.publicKey)
                    .value();
    const SecureBytes calleeSecret =
            CallKeys::openCallSecret(relayed, callId, callee.secretKey, caller.publicKey).value();

    const quint64 callerVideo = CallKeys::keyId(0, CallKeys::Stream::Video);
    const quint64 calleeVideo = CallKeys::keyId(1, CallKeys::Stream::Video);
    auto callerSends = SFrameSealer::create(
            callerVideo, CallKeys::senderBaseKey(callerSecret, callId, callerVideo).value());
    auto calleeSends = SFrameSealer::create(
            calleeVideo, CallKeys::senderBaseKey(calleeSecret, callId, calleeVideo).value());
    QVERIFY(callerSends.ok() && calleeSends.ok());
    SFrameOpener callerReceives;
    SFrameOpener calleeReceives;
    QVERIFY(callerReceives
                    .addKey(calleeVideo,
                            CallKeys::senderBaseKey(callerSecret, callId, calleeVideo).value())
                    .ok());
    QVERIFY(calleeReceives
                    .addKey(callerVideo,
                            CallKeys::senderBaseKey(calleeSecret, callId, callerVideo).value())
                    .ok());

    const auto toCallee = calleeReceives.open(callerSends->seal("doctor's frame").value());
    const auto toCaller = callerReceives.open(calleeSends->seal("patient's frame").value());
    QVERIFY(toCallee.ok() && toCaller.ok());
    QCOMPARE(toCallee->plaintext, "doctor's frame");
    QCOMPARE(toCaller->plaintext, "patient's frame");
}

void TestCallKeys::safetyCodeMatchesOnBothSides()
{
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const auto atCaller = CallKeys::safetyCode(callId, caller.publicKey, callee.publicKey);
    const auto atCallee = CallKeys::safetyCode(callId, callee.publicKey, caller.publicKey);
    QVERIFY(atCaller.ok() && atCallee.ok());
    QCOMPARE(*atCaller, *atCallee);
    static const QRegularExpression shape(u"^\\d{4}( \\d{4}){5}$"_s);
    QVERIFY2(shape.match(*atCaller).hasMatch(), qPrintable(*atCaller));

    // Exact value, computed apart with Python: BLAKE2b-192 of "Clinic call 1.0 safety code "
    // || call id length (8 bytes BE) || call id || lower key || higher key; each 4 bytes BE
    // modulo 10000.
    const QByteArray low(32, '\x11');
    const QByteArray high(32, '\xee');
    QCOMPARE(CallKeys::safetyCode(callId, high, low).value(), u"1117 5520 2861 4931 9473 1721"_s);
    QVERIFY(!CallKeys::safetyCode(callId, low, QByteArray(31, 'k')).ok());
    QVERIFY(!CallKeys::safetyCode({}, low, high).ok());
}

void TestCallKeys::safetyCodeShowsASubstitutedKey()
{
    // The server hands the caller its own key in place of the callee's: the two screens
    // disagree.
    const auto caller = CallKeys::generateKeyPair();
    const auto callee = CallKeys::generateKeyPair();
    const auto server = CallKeys::generateKeyPair();
    const QString atCaller =
            CallKeys::safetyCode(callId, caller.publicKey, server.publicKey).value();
    const QString atCallee =
            CallKeys::safetyCode(callId, callee.publicKey, caller.publicKey).value();
    QVERIFY(atCaller != atCallee);
    // And every call has its own code.
    QVERIFY(CallKeys::safetyCode("visit-2", callee.publicKey, caller.publicKey).value()
            != atCallee);
}

QTEST_GUILESS_MAIN(TestCallKeys)
// This computer's pair is made on first use and the same after the store is opened again;
// another account on the same store gets its own. A damaged row is an error, not a new key.
void TestCallKeys::ownKeysAreMadeOnceAndKeptInTheStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keys.db"_s);
    test::ManualClock clock;
    QByteArray first;
    {
        auto store =
                EncryptedStore::create(path, test::password("call keys"), test::fastStoreOptions());
        QVERIFY(store);
        auto made = CallIdentity::ownKeys((*store)->database(), u"doctor"_s, clock);
        QVERIFY(made);
        QCOMPARE(made->publicKey.size(), CallKeys::publicKeyBytes);
        first = made->publicKey;
        auto again = CallIdentity::ownKeys((*store)->database(), u"doctor"_s, clock);
        QVERIFY(again);
        QCOMPARE(again->publicKey, first);
        QVERIFY(again->secretKey.equals(made->secretKey));
        auto other = CallIdentity::ownKeys((*store)->database(), u"nurse"_s, clock);
        QVERIFY(other);
        QVERIFY(other->publicKey != first);
    }
    auto reopened =
            EncryptedStore::open(path, test::password("call keys"), test::fastStoreOptions());
    QVERIFY(reopened);
    QSqlDatabase db = (*reopened)->database();
    auto kept = CallIdentity::ownKeys(db, u"doctor"_s, clock);
    QVERIFY(kept);
    QCOMPARE(kept->publicKey, first);
    // The secret that was kept opens what is sealed to the public half.
    const CallKeys::KeyPair caller = CallKeys::generateKeyPair();
    const SecureBytes secret = CallKeys::newCallSecret();
    auto sealed = CallKeys::sealCallSecret(secret, "call-0123456789abcdef", caller.secretKey,
                                           kept->publicKey);
    QVERIFY(sealed);
    auto opened = CallKeys::openCallSecret(*sealed, "call-0123456789abcdef", kept->secretKey,
                                           caller.publicKey);
    QVERIFY(opened);
    QVERIFY(opened->equals(secret));
    QSqlQuery damage(db);
    QVERIFY(damage.exec(
            u"UPDATE call_identity SET secret_key = x'00' WHERE account_id = 'doctor'"_s));
    auto damaged = CallIdentity::ownKeys(db, u"doctor"_s, clock);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::StoreCorrupt);
}

// Trust on first use: the first key met is remembered; the same again is fine; another key is
// reported as changed and not taken in until the user accepts it.
void TestCallKeys::aChangedPeerKeyIsReported()
{
    QTemporaryDir dir;
    auto store = EncryptedStore::create(dir.filePath(u"peers.db"_s), test::password("peers"),
                                        test::fastStoreOptions());
    QVERIFY(store);
    QSqlDatabase db = (*store)->database();
    test::ManualClock clock;
    const QByteArray real = CallKeys::generateKeyPair().publicKey;
    const QByteArray other = CallKeys::generateKeyPair().publicKey;
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, real, clock),
             CallIdentity::PeerKey::FirstSeen);
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, real, clock),
             CallIdentity::PeerKey::Same);
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, other, clock),
             CallIdentity::PeerKey::Changed);
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, other, clock),
             CallIdentity::PeerKey::Changed); // still: nobody accepted it
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, real, clock),
             CallIdentity::PeerKey::Same);
    QVERIFY(CallIdentity::acceptPeerKey(db, u"patient"_s, other, clock));
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, other, clock),
             CallIdentity::PeerKey::Same);
    QCOMPARE(*CallIdentity::checkPeerKey(db, u"patient"_s, real, clock),
             CallIdentity::PeerKey::Changed);
}

#include "tst_callkeys.moc"
