#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace clinic {

// The kinds of document Clinic accepts (SPEC S6: PDFs and images).
enum class DocumentKind { Pdf, Jpeg, Png };

// A document's type from its bytes, never from its name: a file called report.pdf holding PNG
// bytes is a PNG, and report.pdf holding anything unrecognised is refused. Checks the start and
// the end of the file (docs/documents.md, Types):
//   PDF:  "%PDF-" within the first 1024 bytes and "%%EOF" within the last 1024;
//   JPEG: FF D8 FF at the start, and FF D9 at the end, followed by nothing but padding
//         (00, FF, whitespace);
//   PNG:  the 8-byte signature, then an IHDR chunk of length 13 with a non-zero width and
//         height, a valid bit depth and colour type, and a matching CRC-32; the IEND chunk
//         at the end, followed by nothing but padding (00, CR, LF).
// A PDF header after an executable or archive signature is refused (a polyglot); so are bytes
// after a JPEG's or PNG's end other than padding (an appended archive).
// Anything else is refused with a reason that says what the file looks like, when known, and
// what is accepted.
class DocumentType
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DocumentType)
public:
    static constexpr qsizetype windowBytes = 1024;

    // head: the first min(size, windowBytes) bytes; tail: the last min(size, windowBytes).
    static Result<DocumentKind> detect(QByteArrayView head, QByteArrayView tail, qint64 size);
    static Result<DocumentKind> detect(QByteArrayView whole);
    // A random-access device (a file): reads the head and the tail, then seeks back to where
    // it was. A sequential device is refused (buffer its head and tail and call the above).
    static Result<DocumentKind> detect(QIODevice &device);

    static QString mimeType(DocumentKind kind); // application/pdf, image/jpeg, image/png
    static QString extension(DocumentKind kind); // pdf, jpg, png
    static QString displayName(DocumentKind kind); // translated: "PDF document"...
};

} // namespace clinic
