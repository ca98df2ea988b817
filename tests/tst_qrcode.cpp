// QR codes as module matrices, for the two-factor set-up screen and the console.

#include "auth/qrcode.h"

#include <QTest>

#include <algorithm>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QByteArray provisioningUri(
        "otpauth://totp/Clinic:jdoe%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        "&issuer=Clinic&algorithm=SHA1&digits=6&period=30");

// A finder pattern: a dark 7x7 ring, a light 5x5 ring inside it and a dark 3x3 centre.
bool hasFinderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::min({ x, y, 6 - x, 6 - y }); // 0 is the outer ring
            if (code.isDark(left + x, top + y) != (ring != 1))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesAUri();
    void isDarkOutsideIsLight();
    void refusesWhatDoesNotFit();
    void terminalText();
};

void TestQrCode::encodesAUri()
{
    const auto code = QrCode::encode(provisioningUri);
    QVERIFY2(code, qPrintable(code ? QString() : code.error().fullText()));
    const int size = code->size();
    QVERIFY(size >= 21 && size <= 177);
    QCOMPARE((size - 17) % 4, 0); // 17 + 4 * version
    // The smallest version whose level M holds these 128 bytes is 8 (152; version 7 holds 122).
    QCOMPARE(size, 17 + 4 * 8);

    QVERIFY(hasFinderAt(code.value(), 0, 0));
    QVERIFY(hasFinderAt(code.value(), size - 7, 0));
    QVERIFY(hasFinderAt(code.value(), 0, size - 7));
    QVERIFY(!hasFinderAt(code.value(), size - 7, size - 7)); // there is no fourth
    // The separators beside the finders are light.
    for (int i = 0; i < 8; ++i) {
        QVERIFY(!code->isDark(7, i));
        QVERIFY(!code->isDark(i, 7));
        QVERIFY(!code->isDark(size - 8, i));
        QVERIFY(!code->isDark(i, size - 8));
    }

    // The same input always gives the same symbol.
    const auto again = QrCode::encode(provisioningUri);
    QVERIFY(again);
    QCOMPARE(again->size(), size);
    QCOMPARE(again->toTerminalText(), code->toTerminalText());
}

void TestQrCode::isDarkOutsideIsLight()
{
    const auto code = QrCode::encode(QByteArray("x"));
    QVERIFY(code);
    QCOMPARE(code->size(), 21); // version 1
    QVERIFY(code->isDark(0, 0));
    QVERIFY(code->isDark(20, 0));
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(0, -1));
    QVERIFY(!code->isDark(21, 0));
    QVERIFY(!code->isDark(0, 21));
    QVERIFY(!code->isDark(1000, 1000));
}

void TestQrCode::refusesWhatDoesNotFit()
{
    const auto tooLong = QrCode::encode(QByteArray(8000, 'a'));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(tooLong.error().message, u"The text is too long for a QR code."_s);
    QCOMPARE(tooLong.error().detail, u"8000 bytes"_s);

    // Version 40 at level M holds 2331 bytes.
    const auto largest = QrCode::encode(QByteArray(2331, 'a'));
    QVERIFY(largest);
    QCOMPARE(largest->size(), 177);
    QVERIFY(!QrCode::encode(QByteArray(2332, 'a')));

    const auto empty = QrCode::encode(QByteArray());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
}

void TestQrCode::terminalText()
{
    const auto code = QrCode::encode(provisioningUri);
    QVERIFY(code);
    const int size = code->size();
    const QString text = code->toTerminalText();
    QVERIFY(text.endsWith(u'\n'));
    const QStringList lines = text.chopped(1).split(u'\n');
    QCOMPARE(lines.size(), (size + 4 + 1) / 2);
    for (const QString &line : lines) {
        QCOMPARE(line.size(), size + 4);
        for (const QChar c : line)
            QVERIFY(c == u' ' || c == u'\u2580' || c == u'\u2584' || c == u'\u2588');
    }

    // Sizes are odd, so the bordered height is odd and the last line holds only the bottom
    // row of the quiet zone.
    QCOMPARE(lines.first(), QString(size + 4, u' '));
    QCOMPARE(lines.last(), QString(size + 4, u' '));
    // The second line holds module rows 0 and 1: the top of the top-left finder is a full-width
    // dark row over a row that is dark only at its edges.
    QCOMPARE(lines.at(1).mid(2, 7), u"\u2588\u2580\u2580\u2580\u2580\u2580\u2588"_s);
    QCOMPARE(lines.at(1).left(2), u"  "_s);
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
