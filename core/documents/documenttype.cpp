#include "documenttype.h"

#include <QIODevice>

#include <array>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QByteArrayView bytes(const char *literal, qsizetype size)
{
    return QByteArrayView(literal, size);
}

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && data.first(prefix.size()) == prefix;
}

quint32 bigEndian32(QByteArrayView data, qsizetype at)
{
    return quint32(quint8(data[at])) << 24 | quint32(quint8(data[at + 1])) << 16
            | quint32(quint8(data[at + 2])) << 8 | quint32(quint8(data[at + 3]));
}

// CRC-32 (ISO 3309, as PNG uses), bitwise: a PNG header is 17 bytes.
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

const QByteArrayView pngSignature = bytes("\x89PNG\r\n\x1a\n", 8);

// Empty when the PNG header is sound, otherwise what is wrong with it (for the detail).
QString pngProblem(QByteArrayView head)
{
    // signature (8) + length (4) + "IHDR" (4) + 13 data bytes + CRC (4)
    if (head.size() < 33)
        return u"shorter than a PNG header"_s;
    if (bigEndian32(head, 8) != 13 || head.sliced(12, 4) != "IHDR")
        return u"first chunk is not a 13-byte IHDR"_s;
    const quint32 width = bigEndian32(head, 16);
    const quint32 height = bigEndian32(head, 20);
    if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
        return u"width or height out of range"_s;
    const int depth = quint8(head[24]);
    const int colour = quint8(head[25]);
    const auto depthIn = [depth](std::initializer_list<int> allowed) {
        return std::find(allowed.begin(), allowed.end(), depth) != allowed.end();
    };
    bool valid = false;
    switch (colour) {
    case 0: // greyscale
        valid = depthIn({ 1, 2, 4, 8, 16 });
        break;
    case 3: // palette
        valid = depthIn({ 1, 2, 4, 8 });
        break;
    case 2: // RGB
    case 4: // greyscale and alpha
    case 6: // RGBA
        valid = depthIn({ 8, 16 });
        break;
    default:
        break;
    }
    if (!valid)
        return u"bit depth %1 with colour type %2"_s.arg(depth).arg(colour);
    if (quint8(head[26]) != 0 || quint8(head[27]) != 0 || quint8(head[28]) > 1)
        return u"unknown compression, filter or interlace method"_s;
    if (crc32(head.sliced(12, 17)) != bigEndian32(head, 29))
        return u"IHDR CRC mismatch"_s;
    return {};
}

bool isJpegPadding(char c)
{
    return c == '\0' || c == '\xff' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The last chunk of every PNG: IEND, length 0, with its fixed CRC.
const QByteArrayView pngEnd = bytes("\0\0\0\0IEND\xae\x42\x60\x82", 12);

bool pngEnds(QByteArrayView tail)
{
    qsizetype end = tail.size();
    while (end > 0 && (tail[end - 1] == '\0' || tail[end - 1] == '\n' || tail[end - 1] == '\r'))
        --end;
    return end >= pngEnd.size() && tail.sliced(end - pngEnd.size(), pngEnd.size()) == pngEnd;
}

// Signatures of things that run or unpack: a PDF whose header comes after one of these is a
// polyglot (the PDF specification tolerates junk before %PDF-, and so do readers, but no
// honest PDF starts with an executable or an archive).
bool startsAsExecutableOrArchive(QByteArrayView head)
{
    for (const QByteArrayView magic :
         { bytes("\177ELF", 4), bytes("MZ", 2), bytes("\xfe\xed\xfa", 3),
           bytes("\xce\xfa\xed\xfe", 4), bytes("\xcf\xfa\xed\xfe", 4), bytes("\xca\xfe\xba\xbe", 4),
           bytes("#!", 2), bytes("PK", 2), bytes("Rar!", 4), bytes("7z\xbc\xaf", 4),
           bytes("\x1f\x8b", 2), bytes("\xd0\xcf\x11\xe0", 4) }) {
        if (startsWith(head, magic))
            return true;
    }
    return false;
}

bool jpegEnds(QByteArrayView tail)
{
    qsizetype end = tail.size();
    while (end > 0 && isJpegPadding(tail[end - 1]))
        --end;
    // Padding may itself be FF: "FF D9 FF FF" leaves "... FF D9" after the loop stops at D9.
    return end >= 2 && tail[end - 1] == '\xd9' && tail[end - 2] == '\xff';
}

// Plain text: valid UTF-8 with no control characters but tab, newline, carriage return and
// form feed. The head may end inside a multi-byte character; that is still text.
bool looksLikeText(QByteArrayView head)
{
    if (head.isEmpty())
        return false;
    qsizetype i = 0;
    while (i < head.size()) {
        const quint8 c = quint8(head[i]);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                return false;
            if (c == 0x7f)
                return false;
            ++i;
            continue;
        }
        const int more = (c & 0xe0) == 0xc0 ? 1
                : (c & 0xf0) == 0xe0        ? 2
                : (c & 0xf8) == 0xf0        ? 3
                                            : -1;
        if (more < 0 || c == 0xc0 || c == 0xc1 || c > 0xf4)
            return false;
        for (int k = 1; k <= more; ++k) {
            if (i + k >= head.size())
                return true; // cut by the window
            if ((quint8(head[i + k]) & 0xc0) != 0x80)
                return false;
        }
        i += more + 1;
    }
    return true;
}

bool containsCaseInsensitive(QByteArrayView head, QByteArrayView needle)
{
    return head.toByteArray().toLower().contains(needle);
}

// What a refused file looks like, as a phrase that completes "This file looks like ...";
// empty when unknown.
QString looksLike(QByteArrayView head, qint64 size)
{
    if (size == 0)
        return DocumentType::tr("an empty file");
    struct Magic
    {
        QByteArrayView prefix;
        const char *what;
    };
    const std::array magics {
        Magic { bytes("\177ELF", 4), QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("MZ", 2), QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("\xfe\xed\xfa\xce", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("\xfe\xed\xfa\xcf", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("\xce\xfa\xed\xfe", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("\xcf\xfa\xed\xfe", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("\xca\xfe\xba\xbe", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an executable") },
        Magic { bytes("#!", 2), QT_TRANSLATE_NOOP("clinic::DocumentType", "a script") },
        Magic { bytes("PK\x03\x04", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "a ZIP archive") },
        Magic { bytes("PK\x05\x06", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "a ZIP archive") },
        Magic { bytes("PK\x07\x08", 4),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "a ZIP archive") },
        Magic { bytes("Rar!\x1a\x07", 6),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "a RAR archive") },
        Magic { bytes("7z\xbc\xaf\x27\x1c", 6),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "a 7-Zip archive") },
        Magic { bytes("\x1f\x8b", 2), QT_TRANSLATE_NOOP("clinic::DocumentType", "a gzip archive") },
        Magic { bytes("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an old Microsoft Office document") },
        Magic { bytes("GIF87a", 6), QT_TRANSLATE_NOOP("clinic::DocumentType", "a GIF image") },
        Magic { bytes("GIF89a", 6), QT_TRANSLATE_NOOP("clinic::DocumentType", "a GIF image") },
        Magic { bytes("II*\0", 4), QT_TRANSLATE_NOOP("clinic::DocumentType", "a TIFF image") },
        Magic { bytes("MM\0*", 4), QT_TRANSLATE_NOOP("clinic::DocumentType", "a TIFF image") },
        Magic { bytes("BM", 2), QT_TRANSLATE_NOOP("clinic::DocumentType", "a BMP image") },
        Magic { bytes("{\\rtf", 5),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "a Word (RTF) document") },
        Magic { bytes("CLDOC", 5),
                QT_TRANSLATE_NOOP("clinic::DocumentType", "an encrypted Clinic document") },
    };
    for (const Magic &magic : magics) {
        if (startsWith(head, magic.prefix))
            return DocumentType::tr(magic.what);
    }
    if (head.size() >= 12 && head.sliced(0, 4) == "RIFF" && head.sliced(8, 4) == "WEBP")
        return DocumentType::tr("a WebP image");
    if (head.size() >= 12 && head.sliced(4, 4) == "ftyp") {
        const QByteArrayView brand = head.sliced(8, 4);
        if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "heif")
            return DocumentType::tr("a HEIC photo");
        return DocumentType::tr("a video");
    }
    if (startsWith(head, pngSignature))
        return DocumentType::tr("a damaged or incomplete PNG image");
    if (startsWith(head, bytes("\xff\xd8\xff", 3)))
        return DocumentType::tr("an incomplete or damaged JPEG image");
    if (head.contains("%PDF-"))
        return DocumentType::tr("an incomplete PDF (its end is missing)");
    if (looksLikeText(head)) {
        if (containsCaseInsensitive(head, "<html")
            || containsCaseInsensitive(head, "<!doctype html"))
            return DocumentType::tr("a web page");
        if (containsCaseInsensitive(head, "<svg"))
            return DocumentType::tr("an SVG drawing");
        return DocumentType::tr("a text file");
    }
    return {};
}

Error refusal(QByteArrayView head, qint64 size, const QString &detail)
{
    const QString accepted =
            DocumentType::tr("Only PDF documents and JPEG or PNG images can be added.");
    const QString what = looksLike(head, size);
    if (what.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DocumentType::tr("This file is not a document Clinic recognises.") + u' '
                                 + accepted,
                         detail);
    return makeError(ErrorCode::InvalidArgument,
                     DocumentType::tr("This file looks like %1.").arg(what) + u' ' + accepted,
                     detail);
}

} // namespace

Result<DocumentKind> DocumentType::detect(QByteArrayView head, QByteArrayView tail, qint64 size)
{
    if (size < 0 || head.size() != qMin<qint64>(size, windowBytes)
        || tail.size() != qMin<qint64>(size, windowBytes))
        return makeError(
                ErrorCode::InvalidArgument, tr("The file could not be examined."),
                u"head %1, tail %2 for size %3"_s.arg(head.size()).arg(tail.size()).arg(size));
    if (startsWith(head, pngSignature)) {
        const QString problem = pngProblem(head);
        if (problem.isEmpty() && pngEnds(tail))
            return DocumentKind::Png;
        if (problem.isEmpty())
            return refusal(head, size, u"PNG without its IEND chunk at the end"_s);
        return refusal(head, size, problem);
    }
    if (startsWith(head, bytes("\xff\xd8\xff", 3))) {
        if (jpegEnds(tail))
            return DocumentKind::Jpeg;
        return refusal(head, size, u"JPEG without its end marker"_s);
    }
    if (head.contains("%PDF-")) {
        if (startsAsExecutableOrArchive(head))
            return refusal(head, size, u"%PDF- after an executable or archive signature"_s);
        if (tail.contains("%%EOF"))
            return DocumentKind::Pdf;
        return refusal(head, size, u"PDF without %%EOF"_s);
    }
    return refusal(head, size, u"no PDF, JPEG or PNG signature"_s);
}

Result<DocumentKind> DocumentType::detect(QByteArrayView whole)
{
    const qsizetype window = qMin(whole.size(), windowBytes);
    return detect(whole.first(window), whole.last(window), whole.size());
}

Result<DocumentKind> DocumentType::detect(QIODevice &device)
{
    if (device.isSequential() || !device.isReadable())
        return makeError(ErrorCode::InvalidArgument, tr("The file could not be examined."),
                         u"not a random-access readable device"_s);
    const qint64 was = device.pos();
    const qint64 size = device.size();
    const qint64 window = qMin<qint64>(size, windowBytes);
    QByteArray head;
    QByteArray tail;
    bool ok = device.seek(0);
    if (ok)
        head = device.read(window);
    ok = ok && head.size() == window && device.seek(size - window);
    if (ok)
        tail = device.read(window);
    ok = ok && tail.size() == window;
    device.seek(was);
    if (!ok)
        return makeError(ErrorCode::Io, tr("The file could not be read."), device.errorString());
    return detect(head, tail, size);
}

QString DocumentType::mimeType(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf:
        return u"application/pdf"_s;
    case DocumentKind::Jpeg:
        return u"image/jpeg"_s;
    case DocumentKind::Png:
        return u"image/png"_s;
    }
    return {};
}

QString DocumentType::extension(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf:
        return u"pdf"_s;
    case DocumentKind::Jpeg:
        return u"jpg"_s;
    case DocumentKind::Png:
        return u"png"_s;
    }
    return {};
}

QString DocumentType::displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf:
        return tr("PDF document");
    case DocumentKind::Jpeg:
        return tr("JPEG image");
    case DocumentKind::Png:
        return tr("PNG image");
    }
    return {};
}

} // namespace clinic
