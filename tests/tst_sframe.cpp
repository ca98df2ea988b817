// SFrame (RFC 9605) sealing of call frames: the RFC's test vectors, and every way a frame can
// come back wrong (altered, cut short, replayed, late, under an unknown key) dropped and counted.

#include "crypto/sframe.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <limits>
#include <random>
#include <set>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

SecureBytes secure(const QByteArray &bytes)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
}

QByteArray hex(const SecureBytes &bytes)
{
    return QByteArray(bytes.constChar(), bytes.size()).toHex();
}

// RFC 9605 Appendix C.3, the AES_128_GCM_SHA256_128 (0x0004) case.
namespace rfc {
const QByteArray baseKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
constexpr quint64 kid = 0x123;
constexpr quint64 ctr = 0x4567;
const QByteArray sframeKey = "d34f547f4ca4f9a7447006fe7fcbf768";
const QByteArray sframeSalt = "75234edefe07819026751816";
const QByteArray metadata = QByteArray::fromHex("4945544620534672616d65205747");
const QByteArray plaintext = QByteArray::fromHex("64726166742d696574662d736672616d652d656e63");
const QByteArray ciphertext = QByteArray::fromHex(
        "9901234567b7412c2513a1b66dbb48841bbaf17f598751176ad847681a69c6d0b091c07018ce4adb34eb");
} // namespace rfc

const SecureBytes &testBaseKey()
{
    static const SecureBytes key = secure(QByteArray(32, '\x5a'));
    return key;
}

SFrameSealer makeSealer(quint64 kid, quint64 firstCounter = 0)
{
    auto sealer = SFrameSealer::create(kid, testBaseKey(), firstCounter);
    Q_ASSERT(sealer.ok());
    return std::move(sealer).value();
}

SFrameOpener makeOpener(quint64 kid)
{
    SFrameOpener opener;
    const auto added = opener.addKey(kid, testBaseKey());
    Q_ASSERT(added.ok());
    return opener;
}

QList<QByteArray> sealFrames(SFrameSealer &sealer, int count)
{
    QList<QByteArray> frames;
    for (int i = 0; i < count; ++i) {
        auto frame = sealer.seal(QByteArray("frame " + QByteArray::number(i)));
        Q_ASSERT(frame.ok());
        frames.append(frame.value());
    }
    return frames;
}

// What the opener must count for a frame that will not authenticate, judged from its header.
enum class Expected { Malformed, UnknownKey, Tampered };
Expected classify(QByteArrayView frame, quint64 knownKid)
{
    const auto header = SFrameHeader::parse(frame);
    if (!header || frame.size() - header->encodedSize() < SFrame::tagBytes)
        return Expected::Malformed;
    return header->keyId == knownKid ? Expected::Tampered : Expected::UnknownKey;
}

} // namespace

class TestSFrame : public QObject
{
    Q_OBJECT

private slots:
    void rfcHeaderVectors();
    void rfcKeyDerivation();
    void rfcFrameVector();
    void headerRefusesNonMinimalAndTruncated();
    void roundTripWithMetadata();
    void everyAlteredBitIsDropped();
    void everyTruncationIsDropped();
    void unknownKeyIsDropped();
    void wrongKeyIsTampered();
    void replayIsDropped();
    void reorderingInsideTheWindowOpensOnce();
    void reorderingMatchesTheWindowModel();
    void forgedFramesDoNotMoveTheWindow();
    void counterWrapIsRefused();
    void sizesAreBounded();
    void keysAreChecked();
    void hostileBytesNeverOpen();
};

void TestSFrame::rfcHeaderVectors()
{
    QFile file(QStringLiteral(CLINIC_TEST_DATA_DIR "/sframe/rfc9605-headers.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int vectors = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        QCOMPARE(fields.size(), 3);
        bool kidOk = false;
        bool ctrOk = false;
        const SFrameHeader header { fields[0].toULongLong(&kidOk, 16),
                                    fields[1].toULongLong(&ctrOk, 16) };
        QVERIFY(kidOk && ctrOk);
        const QByteArray encoded = QByteArray::fromHex(fields[2]);
        QCOMPARE(header.encode().toHex(), fields[2]);
        QCOMPARE(header.encodedSize(), encoded.size());
        const auto parsed = SFrameHeader::parse(QByteArray(encoded + "trailing ciphertext"));
        QVERIFY2(parsed.has_value(), line.constData());
        QCOMPARE(*parsed, header);
        ++vectors;
    }
    QCOMPARE(vectors, 289); // all of Appendix C.1
}

void TestSFrame::rfcKeyDerivation()
{
    const auto keys = SFrame::deriveKeys(rfc::kid, secure(rfc::baseKey));
    QVERIFY(keys.ok());
    QCOMPARE(hex(keys->key), rfc::sframeKey);
    QCOMPARE(hex(keys->salt), rfc::sframeSalt);
}

void TestSFrame::rfcFrameVector()
{
    auto sealer = SFrameSealer::create(rfc::kid, secure(rfc::baseKey), rfc::ctr);
    QVERIFY(sealer.ok());
    const auto sealed = sealer->seal(rfc::plaintext, rfc::metadata);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->toHex(), rfc::ciphertext.toHex());

    SFrameOpener opener;
    QVERIFY(opener.addKey(rfc::kid, secure(rfc::baseKey)).ok());
    const auto opened = opener.open(rfc::ciphertext, rfc::metadata);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->plaintext, rfc::plaintext);
    QCOMPARE(opened->keyId, rfc::kid);
    QCOMPARE(opened->counter, rfc::ctr);
}

void TestSFrame::headerRefusesNonMinimalAndTruncated()
{
    const QList<QByteArray> refused {
        {}, // no config byte
        QByteArray::fromHex("08"), // CTR length 1, no CTR byte
        QByteArray::fromHex("0807"), // CTR 7 belongs in the config byte
        QByteArray::fromHex("0900ff"), // CTR with a leading zero byte
        QByteArray::fromHex("8003"), // KID 3 belongs in the config byte
        QByteArray::fromHex("90000a"), // KID with a leading zero byte
        QByteArray::fromHex("90ff"), // KID of 2 bytes cut short
        QByteArray::fromHex("ff01020304050607"), // 8-byte KID cut short
        QByteArray::fromHex("8f0a0102"), // 8-byte CTR cut short
    };
    for (const QByteArray &bytes : refused)
        QVERIFY2(!SFrameHeader::parse(bytes).has_value(), bytes.toHex().constData());

    const auto shortest = SFrameHeader::parse(QByteArray::fromHex("75"));
    QVERIFY(shortest.has_value());
    QCOMPARE(*shortest, (SFrameHeader { 7, 5 }));
}

void TestSFrame::roundTripWithMetadata()
{
    SFrameSealer sealer = makeSealer(4);
    SFrameOpener opener = makeOpener(4);
    const QByteArray metadata("video 640x480 keyframe");
    quint64 expectedCounter = 0;
    for (const qsizetype size : { 0, 1, 15, 16, 17, 1000, 200000 }) {
        QByteArray plain(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            plain[i] = char(i * 7 + size);
        const auto frame = sealer.seal(plain, metadata);
        QVERIFY(frame.ok());
        const SFrameHeader header { 4, expectedCounter };
        QCOMPARE(frame->size(), header.encodedSize() + size + SFrame::tagBytes);
        QVERIFY(!frame->contains(plain) || size < 4); // sealed, not copied

        // The metadata is authenticated: other or missing metadata does not open.
        QVERIFY(!opener.open(*frame, "video 640x480 deltaframe").ok());
        QVERIFY(!opener.open(*frame).ok());
        const auto opened = opener.open(*frame, metadata);
        QVERIFY(opened.ok());
        QCOMPARE(opened->plaintext, plain);
        QCOMPARE(opened->keyId, quint64(4));
        QCOMPARE(opened->counter, expectedCounter++);
    }
    QCOMPARE(opener.openedCount(), quint64(7));
    QCOMPARE(opener.drops().tampered, quint64(14));
    QCOMPARE(opener.drops().total(), quint64(14));
}

void TestSFrame::everyAlteredBitIsDropped()
{
    // KID and CTR above 7, so the header has bytes of its own to alter.
    constexpr quint64 kid = 0x123;
    SFrameSealer sealer = makeSealer(kid, 0x4567);
    const QByteArray metadata("audio");
    const QByteArray frame = sealer.seal("twenty ms of opus", metadata).value();
    SFrameOpener opener = makeOpener(kid);

    SFrameDropCounts expected;
    for (qsizetype byte = 0; byte < frame.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray altered = frame;
            altered[byte] = char(altered[byte] ^ (1 << bit));
            switch (classify(altered, kid)) {
            case Expected::Malformed:
                ++expected.malformed;
                break;
            case Expected::UnknownKey:
                ++expected.unknownKey;
                break;
            case Expected::Tampered:
                ++expected.tampered;
                break;
            }
            const auto opened = opener.open(altered, metadata);
            QVERIFY2(!opened.ok(), qPrintable(u"byte %1 bit %2 opened"_s.arg(byte).arg(bit)));
            QCOMPARE(opener.drops().total(), quint64(byte * 8 + bit + 1));
        }
    }
    QCOMPARE(opener.drops().malformed, expected.malformed);
    QCOMPARE(opener.drops().unknownKey, expected.unknownKey);
    QCOMPARE(opener.drops().tampered, expected.tampered);
    QVERIFY(expected.tampered >= quint64(8 * (frame.size() - 5))); // every ciphertext/tag bit
    QCOMPARE(opener.drops().replayed + opener.drops().tooOld, quint64(0));

    // None of that moved the window or spent the counter: the real frame still opens, once.
    QVERIFY(opener.open(frame, metadata).ok());
    QVERIFY(!opener.open(frame, metadata).ok());
    QCOMPARE(opener.drops().replayed, quint64(1));
}

void TestSFrame::everyTruncationIsDropped()
{
    constexpr quint64 kid = 0x123;
    SFrameSealer sealer = makeSealer(kid, 0x4567);
    const QByteArray frame = sealer.seal("a short frame").value();
    SFrameOpener opener = makeOpener(kid);
    SFrameDropCounts expected;
    for (qsizetype length = 0; length < frame.size(); ++length) {
        const QByteArray cut = frame.first(length);
        if (classify(cut, kid) == Expected::Malformed)
            ++expected.malformed;
        else
            ++expected.tampered;
        QVERIFY2(!opener.open(cut).ok(), qPrintable(u"opened at length %1"_s.arg(length)));
    }
    QCOMPARE(opener.drops().malformed, expected.malformed);
    QCOMPARE(opener.drops().tampered, expected.tampered);
    QCOMPARE(opener.drops().malformed, quint64(5 + 16)); // no header, or no room for a tag
    QCOMPARE(opener.drops().total(), quint64(frame.size()));
    // Bytes appended are no better than bytes cut.
    QVERIFY(!opener.open(QByteArray(frame + '\0')).ok());
    QVERIFY(opener.open(frame).ok());
}

void TestSFrame::unknownKeyIsDropped()
{
    SFrameSealer sealer = makeSealer(5);
    SFrameOpener opener = makeOpener(4);
    const QList<QByteArray> frames = sealFrames(sealer, 2);
    QVERIFY(!opener.open(frames[0]).ok());
    QCOMPARE(opener.drops().unknownKey, quint64(1));

    QVERIFY(opener.addKey(5, testBaseKey()).ok());
    QVERIFY(opener.open(frames[0]).ok());
    opener.removeKey(5);
    QVERIFY(!opener.hasKey(5));
    QVERIFY(!opener.open(frames[1]).ok());
    QCOMPARE(opener.drops().unknownKey, quint64(2));
    QCOMPARE(opener.drops().total(), quint64(2));
}

void TestSFrame::wrongKeyIsTampered()
{
    SFrameSealer sealer = makeSealer(2);
    SFrameOpener opener;
    QVERIFY(opener.addKey(2, secure(QByteArray(32, '\x5b'))).ok());
    QVERIFY(!opener.open(sealer.seal("hello").value()).ok());
    QCOMPARE(opener.drops().tampered, quint64(1));
}

void TestSFrame::replayIsDropped()
{
    SFrameSealer sealer = makeSealer(1);
    SFrameOpener opener = makeOpener(1);
    const QList<QByteArray> frames = sealFrames(sealer, 3);
    for (const QByteArray &frame : frames)
        QVERIFY(opener.open(frame).ok());
    for (const QByteArray &frame : frames) {
        const auto again = opener.open(frame);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }
    QCOMPARE(opener.drops().replayed, quint64(3));
    QCOMPARE(opener.drops().total(), quint64(3));
    QCOMPARE(opener.openedCount(), quint64(3));
}

void TestSFrame::reorderingInsideTheWindowOpensOnce()
{
    static_assert(SFrameOpener::windowSize == 128);
    SFrameSealer sealer = makeSealer(3);
    SFrameOpener opener = makeOpener(3);
    const QList<QByteArray> frames = sealFrames(sealer, 400);
    auto opens = [&](int counter) {
        const auto opened = opener.open(frames[counter]);
        return opened.ok() && opened->counter == quint64(counter)
                && opened->plaintext == "frame " + QByteArray::number(counter);
    };

    QVERIFY(opens(200)); // the first frame may be any
    QVERIFY(opens(73)); // 127 behind: the window's oldest
    QVERIFY(!opens(72)); // 128 behind: too old
    QCOMPARE(opener.drops().tooOld, quint64(1));
    QVERIFY(opens(199));
    QVERIFY(opens(150));
    QVERIFY(!opens(150));
    QVERIFY(!opens(73));
    QCOMPARE(opener.drops().replayed, quint64(2));

    QVERIFY(opens(300)); // the window moves forward by 100
    QVERIFY(!opens(200)); // still inside, already opened
    QVERIFY(!opens(199));
    QVERIFY(opens(201)); // still inside, never opened
    QVERIFY(opens(173)); // 127 behind 300
    QVERIFY(!opens(172)); // 128 behind 300
    QVERIFY(!opens(150)); // fell out of the window
    QCOMPARE(opener.drops().replayed, quint64(4));
    QCOMPARE(opener.drops().tooOld, quint64(3));

    QVERIFY(opens(399)); // a jump past the whole window forgets it
    QVERIFY(opens(272));
    QVERIFY(!opens(271));
    QCOMPARE(opener.openedCount(), quint64(9));
}

void TestSFrame::reorderingMatchesTheWindowModel()
{
    // Random late, early and repeated delivery, checked against the rule written out plainly:
    // a frame opens iff its counter was never opened and is less than 128 behind the highest.
    SFrameSealer sealer = makeSealer(6);
    SFrameOpener opener = makeOpener(6);
    const QList<QByteArray> frames = sealFrames(sealer, 3000);
    std::mt19937 random(9605);
    std::set<int> opened;
    int highest = -1;
    quint64 expectedReplayed = 0;
    quint64 expectedTooOld = 0;
    for (int step = 0; step < 6000; ++step) {
        const int centre = step / 2;
        const int counter = std::clamp(centre + int(random() % 301) - 200, 0, 2999);
        const bool seen = opened.count(counter) > 0;
        const bool tooOld = highest >= 0 && counter <= highest - 128;
        const bool shouldOpen = !seen && !tooOld;
        if (!shouldOpen)
            ++(tooOld ? expectedTooOld : expectedReplayed);

        QCOMPARE(opener.open(frames[counter]).ok(), shouldOpen);
        if (shouldOpen) {
            opened.insert(counter);
            highest = std::max(highest, counter);
        }
    }
    QCOMPARE(opener.openedCount(), quint64(opened.size()));
    QCOMPARE(opener.drops().replayed, expectedReplayed);
    QCOMPARE(opener.drops().tooOld, expectedTooOld);
    QVERIFY(expectedReplayed > 100 && expectedTooOld > 100); // the walk exercised both
}

void TestSFrame::forgedFramesDoNotMoveTheWindow()
{
    SFrameSealer sealer = makeSealer(1);
    SFrameOpener opener = makeOpener(1);
    const QList<QByteArray> frames = sealFrames(sealer, 2);
    // A forger sends a frame far ahead: it fails to authenticate and changes nothing.
    const QByteArray forged = SFrameHeader { 1, 1'000'000 }.encode() + QByteArray(40, 'x');
    QVERIFY(!opener.open(forged).ok());
    QCOMPARE(opener.drops().tampered, quint64(1));
    QVERIFY(opener.open(frames[0]).ok());
    QVERIFY(opener.open(frames[1]).ok());
}

void TestSFrame::counterWrapIsRefused()
{
    constexpr quint64 last = std::numeric_limits<quint64>::max();
    SFrameSealer sealer = makeSealer(2, last - 1);
    SFrameOpener opener = makeOpener(2);
    const auto beforeLast = sealer.seal("second to last");
    QCOMPARE(sealer.nextCounter(), std::optional<quint64>(last));
    const auto lastFrame = sealer.seal("last");
    QVERIFY(beforeLast.ok() && lastFrame.ok());
    QVERIFY(!sealer.nextCounter().has_value());
    QVERIFY(lastFrame->startsWith(QByteArray::fromHex("2fffffffffffffffff")));

    const auto refused = sealer.seal("one too many");
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.isEmpty());
    QVERIFY(!sealer.seal({}).ok()); // and it stays refused

    QCOMPARE(opener.open(*lastFrame)->counter, last);
    QCOMPARE(opener.open(*beforeLast)->counter, last - 1);
}

void TestSFrame::sizesAreBounded()
{
    SFrameSealer sealer = makeSealer(0);
    SFrameOpener opener = makeOpener(0);
    QVERIFY(!sealer.seal(QByteArray(SFrame::maxPlaintextBytes + 1, 'v')).ok());
    QVERIFY(!sealer.seal("x", QByteArray(SFrame::maxMetadataBytes + 1, 'm')).ok());
    QCOMPARE(sealer.nextCounter(), std::optional<quint64>(0)); // refused before a counter is spent
    const auto largest = sealer.seal(QByteArray(SFrame::maxPlaintextBytes, 'v'));
    QVERIFY(largest.ok());
    QVERIFY(opener.open(*largest).ok());

    // A frame longer than any sealer makes is refused before any work.
    const QByteArray huge = SFrameHeader { 0, 5 }.encode()
            + QByteArray(SFrame::maxPlaintextBytes + SFrame::tagBytes + 1, 'h');
    QVERIFY(!opener.open(huge).ok());
    QCOMPARE(opener.drops().malformed, quint64(1));
}

void TestSFrame::keysAreChecked()
{
    QVERIFY(!SFrameSealer::create(1, secure(QByteArray(15, 'k'))).ok());
    QVERIFY(!SFrameSealer::create(1, SecureBytes()).ok());
    SFrameOpener opener;
    QVERIFY(!opener.addKey(1, secure(QByteArray(15, 'k'))).ok());
    QVERIFY(opener.addKey(1, testBaseKey()).ok());
    const auto again = opener.addKey(1, secure(QByteArray(32, 'o')));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);

    // The KID is part of the key: the same base key under two KIDs seals differently.
    const auto one = SFrame::deriveKeys(1, testBaseKey());
    const auto two = SFrame::deriveKeys(2, testBaseKey());
    QVERIFY(one.ok() && two.ok());
    QVERIFY(!one->key.equals(two->key));
    QVERIFY(!one->salt.equals(two->salt));
}

void TestSFrame::hostileBytesNeverOpen()
{
    // Random bytes, and random bodies behind well-formed headers for keys the opener holds:
    // nothing opens, nothing crashes, everything is counted.
    SFrameOpener opener;
    for (quint64 kid = 0; kid < 8; ++kid)
        QVERIFY(opener.addKey(kid, testBaseKey()).ok());
    std::mt19937_64 random(20240827);
    constexpr int rounds = 20000;
    for (int i = 0; i < rounds; ++i) {
        QByteArray bytes(qsizetype(random() % 64), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random());
        if (i % 2)
            bytes.prepend(SFrameHeader { random() % 8, random() % 1000 }.encode());
        QVERIFY(!opener.open(bytes).ok());
    }
    QCOMPARE(opener.drops().total(), quint64(rounds));
    QCOMPARE(opener.openedCount(), quint64(0));
    QVERIFY(opener.drops().tampered > 0 && opener.drops().malformed > 0
            && opener.drops().unknownKey > 0);
}

QTEST_GUILESS_MAIN(TestSFrame)
#include "tst_sframe.moc"
