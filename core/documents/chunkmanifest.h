#pragma once

#include "documents/blake2b.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace clinic {

// How an encrypted document travels: its ciphertext (header and records, docs/documents.md)
// cut into transfer chunks of chunkBytes, independent of the 64 KiB crypto chunks, the last one
// shorter. Each transfer chunk has its BLAKE2b-256, so a resumed upload or download can check
// what already arrived; wholeHash is the BLAKE2b-256 of the whole ciphertext, what the server
// checks when the last chunk is in. Encoded as CBOR; decode() treats its input as hostile.
class ChunkManifest
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ChunkManifest)
public:
    static constexpr int version = 1;
    static constexpr qint64 defaultChunkBytes = 256 * 1024;
    // A transfer chunk is a power of two from 64 KiB to 4 MiB.
    static constexpr qint64 minChunkBytes = 64 * 1024;
    static constexpr qint64 maxChunkBytes = 4 * 1024 * 1024;
    // An encoded manifest larger than this is refused unread (the largest well-formed one, a
    // maximal document in 64 KiB transfer chunks, is about 140 KB).
    static constexpr qsizetype maxEncodedBytes = 192 * 1024;

    qint64 totalBytes = 0; // the ciphertext's size
    qint64 chunkBytes = defaultChunkBytes;
    QList<QByteArray> chunkHashes; // one per transfer chunk, 32 bytes each
    QByteArray wholeHash; // 32 bytes

    qint64 chunkCount() const { return chunkHashes.size(); }
    // A power of two from minChunkBytes to maxChunkBytes.
    static bool isValidChunkSize(qint64 chunkBytes);
    static qint64 chunkCountFor(qint64 totalBytes, qint64 chunkBytes);
    // Where transfer chunk `index` starts in the ciphertext, and its length.
    qint64 chunkOffset(qint64 index) const { return index * chunkBytes; }
    qint64 chunkLength(qint64 index) const;
    // Whether `bytes` are transfer chunk `index`: its length and hash.
    [[nodiscard]] Result<void> verifyChunk(qint64 index, QByteArrayView bytes) const;

    // The manifest's own consistency: what decode() enforces, also for one built here.
    [[nodiscard]] Result<void> validate() const;

    QByteArray encode() const;
    static Result<ChunkManifest> decode(const QByteArray &cbor);

    friend bool operator==(const ChunkManifest &, const ChunkManifest &) = default;
};

// Builds a manifest from ciphertext fed in pieces of any size, in order; holds at most one
// transfer chunk's hash state, never the bytes. An invalid chunk size (a programmer error) is
// replaced by the default.
class ChunkManifestBuilder
{
public:
    explicit ChunkManifestBuilder(qint64 chunkBytes = ChunkManifest::defaultChunkBytes);
    void add(QByteArrayView ciphertext);
    ChunkManifest finish();

private:
    ChunkManifest m_manifest;
    Blake2b256 m_whole;
    Blake2b256 m_chunk;
    qint64 m_inChunk = 0;
};

} // namespace clinic
