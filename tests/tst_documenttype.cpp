// A document's type from its bytes (core/documents, issue 16), on real files made here (a PDF
// from QPdfWriter, PNG and JPEG from QImage) and on hostile ones; and the size limits' words.

#include "documents/documentlimits.h"
#include "documents/documenttype.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

// QVERIFY2 evaluates its message even when the check passes: a Result's error only if it has one.
template<typename T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().fullText();
}

QByteArray realPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(u"Lab results"_s);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"Haemoglobin 14.1 g/dL"_s);
        painter.drawRect(QRectF(50, 50, 400, 200));
    }
    return buffer.data();
}

QByteArray image(const char *format, QImage::Format pixels = QImage::Format_RGB32)
{
    QImage picture(64, 48, pixels);
    if (pixels == QImage::Format_Indexed8) {
        picture.setColorCount(2);
        picture.setColor(0, qRgb(0, 0, 0));
        picture.setColor(1, qRgb(255, 255, 255));
        picture.fill(1);
    } else {
        picture.fill(QColor(30, 120, 200));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, format))
        qFatal("could not write %s", format);
    return buffer.data();
}

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return crc ^ 0xffffffffu;
}

// The PNG with byte `at` of its IHDR data set to `value` and the CRC made right again, so the
// check that refuses it is the field's own, not the CRC's.
QByteArray pngWithIhdrByte(qsizetype at, char value)
{
    QByteArray png = image("PNG");
    png[16 + at] = value;
    const quint32 crc = crc32(QByteArrayView(png).sliced(12, 17));
    for (int i = 0; i < 4; ++i)
        png[29 + i] = char(crc >> (24 - 8 * i) & 0xff);
    return png;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 12345;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        bytes[i] = char(x >> 16 & 0xff);
    }
    bytes[0] = '\x01'; // not text, not a known signature
    return bytes;
}

// The three ways in, with the concatenations the tests build turned into bytes.
Result<DocumentKind> detect(const QByteArray &whole)
{
    return DocumentType::detect(QByteArrayView(whole));
}
Result<DocumentKind> detect(QByteArrayView head, QByteArrayView tail, qint64 size)
{
    return DocumentType::detect(head, tail, size);
}
Result<DocumentKind> detect(QIODevice &device)
{
    return DocumentType::detect(device);
}

} // namespace

class TestDocumentType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void acceptsRealFiles_data();
    void acceptsRealFiles();
    void theBytesDecideNotTheName();
    void pdfMarkersWithinTheirWindows();
    void jpegEndAndPadding();
    void pngHeaderIsChecked();
    void refusalsSayWhatTheFileLooksLike_data();
    void refusalsSayWhatTheFileLooksLike();
    void inconsistentWindowsAreRefused();
    void deviceIsReadWithoutMovingIt();
    void namesOfKinds();

    void limitsExplainInWords();
    void sizesReadAsPeopleExpect_data();
    void sizesReadAsPeopleExpect();
};

void TestDocumentType::acceptsRealFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::newRow("PDF from QPdfWriter") << realPdf() << int(DocumentKind::Pdf);
    QTest::newRow("PNG RGB") << image("PNG") << int(DocumentKind::Png);
    QTest::newRow("PNG ARGB") << image("PNG", QImage::Format_ARGB32) << int(DocumentKind::Png);
    QTest::newRow("PNG greyscale")
            << image("PNG", QImage::Format_Grayscale8) << int(DocumentKind::Png);
    QTest::newRow("PNG palette") << image("PNG", QImage::Format_Indexed8) << int(DocumentKind::Png);
    QTest::newRow("JPEG") << image("JPG") << int(DocumentKind::Jpeg);
    QTest::newRow("JPEG greyscale")
            << image("JPG", QImage::Format_Grayscale8) << int(DocumentKind::Jpeg);
    QTest::newRow("PDF by hand, smallest")
            << QByteArray("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
            << int(DocumentKind::Pdf);
}

void TestDocumentType::acceptsRealFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    auto detected = detect(bytes);
    QVERIFY2(detected.ok(), qPrintable(errorText(detected)));
    QCOMPARE(int(*detected), kind);
}

void TestDocumentType::theBytesDecideNotTheName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto writeFile = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    };
    writeFile(u"scan.pdf"_s, image("PNG"));
    writeFile(u"report.pdf"_s, randomBytes(5000));
    writeFile(u"photo.png"_s, realPdf());
    const auto detectFile = [&](const QString &name) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::ReadOnly);
        return detect(file);
    };
    auto scan = detectFile(u"scan.pdf"_s);
    QVERIFY(scan.ok());
    QCOMPARE(*scan, DocumentKind::Png);
    auto photo = detectFile(u"photo.png"_s);
    QVERIFY(photo.ok());
    QCOMPARE(*photo, DocumentKind::Pdf);
    auto report = detectFile(u"report.pdf"_s);
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(u"Only PDF documents and JPEG or PNG images"_s));
}

void TestDocumentType::pdfMarkersWithinTheirWindows()
{
    const QByteArray pdf = realPdf();
    // Junk before the header (some scanners write it), as long as %PDF- is in the first 1024.
    QCOMPARE(*detect(QByteArray(1019, ' ') + pdf), DocumentKind::Pdf);
    QVERIFY(!detect(QByteArray(1020, ' ') + pdf).ok());
    // Bytes after %%EOF (an appended newline, an update), as long as it is in the last 1024.
    const QByteArray ended = pdf.left(pdf.lastIndexOf("%%EOF") + 5);
    QCOMPARE(*detect(ended + QByteArray(1019, '\n')), DocumentKind::Pdf);
    auto tooFar = detect(ended + QByteArray(1020, '\n'));
    QVERIFY(!tooFar.ok());
    QVERIFY2(tooFar.error().message.contains(u"incomplete PDF"_s),
             qPrintable(tooFar.error().message));
    // Junk before the header, but an executable's or an archive's: a polyglot, refused.
    auto polyglot = detect(QByteArray("MZ\x90\x00", 4) + QByteArray(200, '\0') + pdf);
    QVERIFY(!polyglot.ok());
    QVERIFY2(polyglot.error().message.contains(u"an executable"_s),
             qPrintable(polyglot.error().message));
    QVERIFY(!detect(QByteArray("PK\x03\x04", 4) + pdf).ok());
    QVERIFY(!detect(QByteArray("#!/bin/sh\n") + pdf).ok());
    // A PDF cut in half (a failed download) has no end.
    QVERIFY(!detect(pdf.left(pdf.size() / 2)).ok());
    // "%%EOF" alone is not a PDF; neither is "%PDF-" alone.
    QVERIFY(!detect("hello %%EOF").ok());
    QVERIFY(!detect("%PDF-1.7").ok());
}

void TestDocumentType::jpegEndAndPadding()
{
    const QByteArray jpeg = image("JPG");
    QVERIFY(jpeg.endsWith("\xff\xd9"));
    QCOMPARE(*detect(jpeg + QByteArray(500, '\0')), DocumentKind::Jpeg);
    QCOMPARE(*detect(jpeg + QByteArray(3, '\xff')), DocumentKind::Jpeg);
    QCOMPARE(*detect(jpeg + "\r\n"), DocumentKind::Jpeg);
    auto cut = detect(jpeg.left(jpeg.size() - 10));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().message.contains(u"JPEG"_s), qPrintable(cut.error().message));
    QVERIFY(!detect(jpeg + "hello").ok());
    QVERIFY(!detect(QByteArray("\xff\xd8\xff\xd9", 4) + randomBytes(2000)).ok());
    // Just the markers: a JPEG by these rules (the viewer's decoder has the last word).
    QCOMPARE(*detect(QByteArray("\xff\xd8\xff\xd9", 4)), DocumentKind::Jpeg);
}

void TestDocumentType::pngHeaderIsChecked()
{
    QByteArray png = image("PNG");
    QCOMPARE(*detect(png), DocumentKind::Png);
    QCOMPARE(*detect(pngWithIhdrByte(0, '\0')), DocumentKind::Png); // re-CRC'd

    QByteArray badCrc = png;
    badCrc[20] = char(badCrc[20] ^ 1); // height, CRC left as it was
    auto refused = detect(badCrc);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"damaged or incomplete PNG"_s),
             qPrintable(refused.error().message));

    QByteArray badLength = png;
    badLength[11] = 14;
    QVERIFY(!detect(badLength).ok());
    QByteArray notIhdr = png;
    notIhdr[12] = 'X';
    QVERIFY(!detect(notIhdr).ok());

    // Width 0, height 0, width >= 2^31, bad depth, bad colour type, bad interlace: all with
    // a correct CRC.
    QByteArray zeroWidth = png;
    for (int i = 0; i < 4; ++i)
        zeroWidth = QByteArray(zeroWidth);
    QByteArray w0 = pngWithIhdrByte(0, '\0');
    for (int i = 1; i < 4; ++i)
        w0 = [&] {
            QByteArray p = w0;
            p[16 + i] = '\0';
            const quint32 crc = crc32(QByteArrayView(p).sliced(12, 17));
            for (int k = 0; k < 4; ++k)
                p[29 + k] = char(crc >> (24 - 8 * k) & 0xff);
            return p;
        }();
    QVERIFY(!detect(w0).ok());
    QVERIFY(!detect(pngWithIhdrByte(0, '\x80')).ok()); // width >= 2^31
    QVERIFY(!detect(pngWithIhdrByte(8, 3)).ok()); // bit depth 3
    QVERIFY(!detect(pngWithIhdrByte(9, 5)).ok()); // colour type 5
    QVERIFY(!detect(pngWithIhdrByte(12, 2)).ok()); // interlace 2
    QVERIFY(detect(pngWithIhdrByte(12, 1)).ok()); // Adam7 is fine

    // Its end: IEND, then nothing but padding; an appended archive is refused.
    QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82")));
    QCOMPARE(*detect(png + QByteArray(40, '\0')), DocumentKind::Png);
    QCOMPARE(*detect(png + "\r\n"), DocumentKind::Png);
    QVERIFY(!detect(png.left(png.size() - 1)).ok());
    QVERIFY(!detect(png.left(png.size() / 2)).ok());
    auto appended = detect(png + "PK\x03\x04" + randomBytes(300));
    QVERIFY(!appended.ok());
    QVERIFY2(appended.error().message.contains(u"PNG"_s), qPrintable(appended.error().message));

    // The signature and nothing else.
    QVERIFY(!detect(png.left(8)).ok());
    QVERIFY(!detect(png.left(32)).ok());
}

void TestDocumentType::refusalsSayWhatTheFileLooksLike_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("looksLike");
    QTest::newRow("empty") << QByteArray() << u"an empty file"_s;
    QTest::newRow("ELF") << QByteArray("\177ELF\x02\x01\x01") + randomBytes(3000)
                         << u"an executable"_s;
    QTest::newRow("Windows") << QByteArray("MZ\x90\x00", 4) + randomBytes(3000)
                             << u"an executable"_s;
    QTest::newRow("Mach-O") << QByteArray("\xcf\xfa\xed\xfe") + randomBytes(300)
                            << u"an executable"_s;
    QTest::newRow("script") << QByteArray("#!/bin/sh\nrm -rf ~\n") << u"a script"_s;
    QTest::newRow("ZIP") << QByteArray("PK\x03\x04\x14\x00", 6) + randomBytes(2000)
                         << u"a ZIP archive"_s;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) + randomBytes(200)
                          << u"a gzip archive"_s;
    QTest::newRow("GIF") << QByteArray("GIF89a") + randomBytes(200) << u"a GIF image"_s;
    QTest::newRow("WebP") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << u"a WebP image"_s;
    QTest::newRow("HEIC") << QByteArray("\x00\x00\x00\x18"
                                        "ftypheic\x00\x00\x00\x00",
                                        16)
                          << u"a HEIC photo"_s;
    QTest::newRow("old Office") << QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8)
                    + randomBytes(600)
                                << u"an old Microsoft Office document"_s;
    QTest::newRow("text") << QByteArray("Patient notes\nBlood pressure fine.\n")
                          << u"a text file"_s;
    QTest::newRow("UTF-8 text") << u"Pression artérielle normale, très bien.\n"_s.toUtf8()
                                << u"a text file"_s;
    QTest::newRow("web page") << QByteArray("<!DOCTYPE html><html><body>x</body></html>")
                              << u"a web page"_s;
    QTest::newRow("encrypted document")
            << QByteArray("CLDOC1") + randomBytes(100) << u"an encrypted Clinic document"_s;
    QTest::newRow("random") << randomBytes(5000) << QString();
    QTest::newRow("NUL bytes") << QByteArray(3000, '\0') << QString();
}

void TestDocumentType::refusalsSayWhatTheFileLooksLike()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, looksLike);
    auto detected = detect(bytes);
    QVERIFY(!detected.ok());
    const QString message = detected.error().message;
    QVERIFY2(message.contains(u"Only PDF documents and JPEG or PNG images can be added."_s),
             qPrintable(message));
    if (looksLike.isEmpty())
        QVERIFY2(message.startsWith(u"This file is not a document Clinic recognises."_s),
                 qPrintable(message));
    else
        QCOMPARE(message.section(u'.', 0, 0) + u'.', u"This file looks like "_s + looksLike + u'.');
}

void TestDocumentType::inconsistentWindowsAreRefused()
{
    const QByteArray png = image("PNG");
    QVERIFY(!detect(png.left(1024), png.right(1024), -1).ok());
    QVERIFY(!detect(png.left(10), png.right(10), png.size()).ok());
    QVERIFY(!detect(png, png, qint64(png.size()) + 5000).ok());
    QVERIFY(detect(png.left(qMin<qsizetype>(png.size(), 1024)),
                   png.right(qMin<qsizetype>(png.size(), 1024)), png.size())
                    .ok());
}

void TestDocumentType::deviceIsReadWithoutMovingIt()
{
    const QByteArray pdf = realPdf();
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    buffer.seek(17);
    auto detected = detect(buffer);
    QVERIFY(detected.ok());
    QCOMPARE(*detected, DocumentKind::Pdf);
    QCOMPARE(buffer.pos(), qint64(17));

    QBuffer closed;
    QVERIFY(!detect(closed).ok());
}

void TestDocumentType::namesOfKinds()
{
    QCOMPARE(DocumentType::mimeType(DocumentKind::Pdf), u"application/pdf"_s);
    QCOMPARE(DocumentType::mimeType(DocumentKind::Jpeg), u"image/jpeg"_s);
    QCOMPARE(DocumentType::mimeType(DocumentKind::Png), u"image/png"_s);
    QCOMPARE(DocumentType::extension(DocumentKind::Jpeg), u"jpg"_s);
    QVERIFY(!DocumentType::displayName(DocumentKind::Pdf).isEmpty());
}

void TestDocumentType::limitsExplainInWords()
{
    const DocumentLimits limits;
    QCOMPARE(limits.maxFileBytes, qint64(25'000'000));
    QVERIFY(limits.checkFile(25'000'000).ok());
    QVERIFY(limits.checkFile(1).ok());
    auto big = limits.checkFile(31'200'000);
    QVERIFY(!big.ok());
    QCOMPARE(big.error().message, u"The file is 31.2 MB; the limit is 25 MB."_s);
    // A byte over never reads as equal to the limit.
    QCOMPARE(limits.checkFile(25'000'001).error().message,
             u"The file is 25.1 MB; the limit is 25 MB."_s);
    QCOMPARE(limits.checkFile(0).error().message, u"The file is empty."_s);
    QVERIFY(!limits.checkFile(-5).ok());

    QVERIFY(limits.checkAddition(900'000'000, 20'000'000).ok());
    auto full = limits.checkAddition(990'000'000, 20'000'000);
    QVERIFY(!full.ok());
    QVERIFY2(full.error().message.contains(u"already take 990 MB of the 1 GB allowed"_s),
             qPrintable(full.error().message));
    QVERIFY(!limits.checkAddition(0, 30'000'000).ok()); // the file limit first
    QVERIFY(!limits.checkAddition(std::numeric_limits<qint64>::max(), 1).ok());

    // A policy above what the format carries is held to the format's maximum.
    DocumentLimits generous;
    generous.maxFileBytes = std::numeric_limits<qint64>::max();
    generous.maxPatientBytes = std::numeric_limits<qint64>::max();
    QVERIFY(generous.checkFile(DocumentFormat::maxPlaintextBytes).ok());
    QVERIFY(!generous.checkFile(DocumentFormat::maxPlaintextBytes + 1).ok());
}

void TestDocumentType::sizesReadAsPeopleExpect_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << qint64(1) << u"1 byte"_s;
    QTest::newRow("999") << qint64(999) << u"999 bytes"_s;
    QTest::newRow("1000") << qint64(1000) << u"1 kB"_s;
    QTest::newRow("1001") << qint64(1001) << u"1.1 kB"_s;
    QTest::newRow("640000") << qint64(640'000) << u"640 kB"_s;
    QTest::newRow("999900") << qint64(999'900) << u"999.9 kB"_s;
    QTest::newRow("999901") << qint64(999'901) << u"1 MB"_s;
    QTest::newRow("31.2M") << qint64(31'200'000) << u"31.2 MB"_s;
    QTest::newRow("31.2M+1") << qint64(31'200'001) << u"31.3 MB"_s;
    QTest::newRow("1G") << qint64(1'000'000'000) << u"1 GB"_s;
}

void TestDocumentType::sizesReadAsPeopleExpect()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(DocumentLimits::formatSize(bytes), text);
}

QTEST_MAIN(TestDocumentType)
#include "tst_documenttype.moc"
