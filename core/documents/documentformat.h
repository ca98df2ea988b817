#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace clinic {

// The byte layout of an encrypted document, version 1 (docs/documents.md is the contract):
//
//   header  = "CLDOC1" || plaintext size (8 bytes, big-endian) || secretstream header (24 bytes)
//             || key commitment (32 bytes)
//   records = crypto_secretstream_xchacha20poly1305 records, each sealing one plaintext chunk of
//             exactly chunkBytes (64 KiB), except the last, which holds 0..chunkBytes bytes,
//             is tagged TAG_FINAL and is empty only when the whole document is empty. Every
//             record takes the 70-byte header as its associated data.
//
// So a document's encrypted size follows from its plaintext size and back, exactly.
struct DocumentFormat
{
    static constexpr char magic[] = "CLDOC1"; // 6 bytes on disk, no terminator
    static constexpr qsizetype magicBytes = 6;
    static constexpr qsizetype magicPrefixBytes = 5; // "CLDOC": a later version keeps it
    static constexpr qsizetype sizeBytes = 8;
    static constexpr qsizetype streamHeaderBytes = 24; // secretstream HEADERBYTES
    static constexpr qsizetype commitmentBytes = 32;
    static constexpr qsizetype sizeOffset = magicBytes;
    static constexpr qsizetype streamHeaderOffset = sizeOffset + sizeBytes;
    static constexpr qsizetype commitmentOffset = streamHeaderOffset + streamHeaderBytes;
    static constexpr qsizetype headerBytes = commitmentOffset + commitmentBytes; // 70
    static constexpr qsizetype keyBytes = 32;
    static constexpr qsizetype chunkBytes = 64 * 1024; // plaintext per record
    static constexpr qsizetype recordOverheadBytes = 17; // secretstream ABYTES: tag byte + MAC
    static constexpr qsizetype recordBytes = chunkBytes + recordOverheadBytes;
    // The largest document this format version is used for (the policy limit, DocumentLimits,
    // is far lower); bounds every size read from the wire.
    static constexpr qint64 maxPlaintextBytes = qint64(256) * 1024 * 1024;

    static constexpr qint64 recordCount(qint64 plaintextBytes)
    {
        return plaintextBytes == 0 ? 1 : (plaintextBytes + chunkBytes - 1) / chunkBytes;
    }
    // The ciphertext size of record `index` (0-based) of a document of plaintextBytes.
    static constexpr qint64 recordSize(qint64 plaintextBytes, qint64 index)
    {
        return index + 1 < recordCount(plaintextBytes)
                ? recordBytes
                : plaintextBytes - index * chunkBytes + recordOverheadBytes;
    }
    static constexpr qint64 ciphertextSize(qint64 plaintextBytes)
    {
        return headerBytes + plaintextBytes + recordCount(plaintextBytes) * recordOverheadBytes;
    }
    static constexpr qint64 maxCiphertextBytes = headerBytes + maxPlaintextBytes
            + (maxPlaintextBytes / chunkBytes) * recordOverheadBytes;

    // The plaintext size of a well-formed document of ciphertextBytes; nullopt when no
    // document has that size (a short header, a last record shorter than its overhead, an
    // empty last record after full ones, or beyond maxCiphertextBytes).
    static constexpr std::optional<qint64> plaintextSize(qint64 ciphertextBytes)
    {
        if (ciphertextBytes < headerBytes + recordOverheadBytes
            || ciphertextBytes > maxCiphertextBytes)
            return std::nullopt;
        const qint64 records = ciphertextBytes - headerBytes;
        const qint64 full = records / recordBytes;
        const qint64 rest = records % recordBytes;
        if (rest == 0)
            return full * chunkBytes;
        if (rest < recordOverheadBytes || (rest == recordOverheadBytes && full > 0))
            return std::nullopt;
        return full * chunkBytes + (rest - recordOverheadBytes);
    }

    static QByteArrayView magicView() { return QByteArrayView(magic, magicBytes); }
};

} // namespace clinic
