#include "chunkmanifest.h"

#include "documents/documentformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

#include <sodium.h>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

const QString keyVersion = u"v"_s;
const QString keySize = u"size"_s;
const QString keyChunk = u"chunk"_s;
const QString keyHashes = u"hashes"_s;
const QString keyHash = u"hash"_s;

Error invalid(const QString &detail)
{
    return makeError(ErrorCode::InvalidArgument,
                     ChunkManifest::tr("The document's transfer description is not valid."),
                     detail);
}

bool isPowerOfTwo(qint64 value)
{
    return value > 0 && (value & (value - 1)) == 0;
}

// A CBOR integer within [min, max]; anything else (a double, a string, out of range): nullopt.
std::optional<qint64> integerIn(const QCborValue &value, qint64 min, qint64 max)
{
    if (!value.isInteger())
        return std::nullopt;
    const qint64 number = value.toInteger();
    if (number < min || number > max)
        return std::nullopt;
    return number;
}

} // namespace

bool ChunkManifest::isValidChunkSize(qint64 chunkBytes)
{
    return chunkBytes >= minChunkBytes && chunkBytes <= maxChunkBytes && isPowerOfTwo(chunkBytes);
}

qint64 ChunkManifest::chunkCountFor(qint64 totalBytes, qint64 chunkBytes)
{
    if (totalBytes <= 0 || chunkBytes <= 0)
        return 0;
    return (totalBytes + chunkBytes - 1) / chunkBytes;
}

qint64 ChunkManifest::chunkLength(qint64 index) const
{
    if (index < 0 || index >= chunkCount())
        return 0;
    return qMin(chunkBytes, totalBytes - chunkOffset(index));
}

Result<void> ChunkManifest::verifyChunk(qint64 index, QByteArrayView bytes) const
{
    if (index < 0 || index >= chunkCount())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The document has no transfer chunk with that number."),
                         u"chunk %1 of %2"_s.arg(index).arg(chunkCount()));
    if (bytes.size() != chunkLength(index))
        return makeError(ErrorCode::DecryptionFailed, tr("A part of the document arrived damaged."),
                         u"chunk %1 has %2 bytes, expected %3"_s.arg(index)
                                 .arg(bytes.size())
                                 .arg(chunkLength(index)));
    const QByteArray hash = Blake2b256::of(bytes);
    const QByteArray &expected = chunkHashes.at(index);
    if (sodium_memcmp(hash.constData(), expected.constData(), size_t(Blake2b256::bytes)) != 0)
        return makeError(ErrorCode::DecryptionFailed, tr("A part of the document arrived damaged."),
                         u"chunk %1 hash mismatch"_s.arg(index));
    return {};
}

Result<void> ChunkManifest::validate() const
{
    if (!DocumentFormat::plaintextSize(totalBytes))
        return invalid(u"size %1 is not the size of an encrypted document"_s.arg(totalBytes));
    if (!isValidChunkSize(chunkBytes))
        return invalid(u"chunk size %1 out of range"_s.arg(chunkBytes));
    const qint64 expected = chunkCountFor(totalBytes, chunkBytes);
    if (chunkHashes.size() != expected)
        return invalid(u"%1 chunk hashes for %2 chunks"_s.arg(chunkHashes.size()).arg(expected));
    for (qsizetype i = 0; i < chunkHashes.size(); ++i) {
        if (chunkHashes.at(i).size() != Blake2b256::bytes)
            return invalid(u"chunk hash %1 has %2 bytes"_s.arg(i).arg(chunkHashes.at(i).size()));
    }
    if (wholeHash.size() != Blake2b256::bytes)
        return invalid(u"whole hash has %1 bytes"_s.arg(wholeHash.size()));
    return {};
}

QByteArray ChunkManifest::encode() const
{
    Q_ASSERT(validate().ok());
    QCborArray hashes;
    for (const QByteArray &hash : chunkHashes)
        hashes.append(hash);
    QCborMap map;
    map.insert(keyVersion, version);
    map.insert(keySize, totalBytes);
    map.insert(keyChunk, chunkBytes);
    map.insert(keyHashes, hashes);
    map.insert(keyHash, wholeHash);
    return map.toCborValue().toCbor();
}

Result<ChunkManifest> ChunkManifest::decode(const QByteArray &cbor)
{
    if (cbor.isEmpty())
        return invalid(u"empty"_s);
    if (cbor.size() > maxEncodedBytes)
        return invalid(
                u"%1 bytes exceeds the %2-byte limit"_s.arg(cbor.size()).arg(maxEncodedBytes));
    // QCborStreamReader checks every length against the bytes actually present, so a claimed
    // count of 2^60 hashes fails to parse instead of allocating.
    QCborStreamReader reader(cbor);
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return invalid(u"CBOR: %1"_s.arg(reader.lastError().toString()));
    if (reader.currentOffset() != cbor.size())
        return invalid(u"trailing bytes after the manifest"_s);
    if (!root.isMap())
        return invalid(u"not a map"_s);
    const QCborMap map = root.toMap();
    // Exactly the five keys, each once: QCborMap keeps duplicates it parsed, which the size
    // check catches, and an unknown key means a version this code does not know.
    if (map.size() != 5)
        return invalid(u"%1 entries, expected 5"_s.arg(map.size()));
    for (const QString &key : { keyVersion, keySize, keyChunk, keyHashes, keyHash }) {
        if (!map.contains(key))
            return invalid(u"missing %1"_s.arg(key));
    }
    if (integerIn(map.value(keyVersion), version, version) != version)
        return invalid(u"unsupported version"_s);

    ChunkManifest manifest;
    const auto total = integerIn(map.value(keySize), 1, DocumentFormat::maxCiphertextBytes);
    if (!total)
        return invalid(u"size missing or out of range"_s);
    manifest.totalBytes = *total;
    const auto chunk = integerIn(map.value(keyChunk), minChunkBytes, maxChunkBytes);
    if (!chunk)
        return invalid(u"chunk size missing or out of range"_s);
    manifest.chunkBytes = *chunk;

    const QCborValue hashes = map.value(keyHashes);
    if (!hashes.isArray())
        return invalid(u"hashes is not an array"_s);
    const QCborArray hashArray = hashes.toArray();
    // The count is checked before any element is read.
    if (hashArray.size() != chunkCountFor(manifest.totalBytes, manifest.chunkBytes))
        return invalid(u"%1 hashes for a %2-byte document in %3-byte chunks"_s.arg(hashArray.size())
                               .arg(manifest.totalBytes)
                               .arg(manifest.chunkBytes));
    manifest.chunkHashes.reserve(hashArray.size());
    for (const QCborValue &hash : hashArray) {
        if (!hash.isByteArray())
            return invalid(u"a chunk hash is not a byte string"_s);
        manifest.chunkHashes.append(hash.toByteArray());
    }
    const QCborValue whole = map.value(keyHash);
    if (!whole.isByteArray())
        return invalid(u"hash is not a byte string"_s);
    manifest.wholeHash = whole.toByteArray();

    if (auto valid = manifest.validate(); !valid)
        return valid.error();
    return manifest;
}

ChunkManifestBuilder::ChunkManifestBuilder(qint64 chunkBytes)
{
    Q_ASSERT(ChunkManifest::isValidChunkSize(chunkBytes));
    // A chunk size of 0 would never move on in add().
    m_manifest.chunkBytes = ChunkManifest::isValidChunkSize(chunkBytes)
            ? chunkBytes
            : ChunkManifest::defaultChunkBytes;
}

void ChunkManifestBuilder::add(QByteArrayView ciphertext)
{
    m_whole.add(ciphertext);
    m_manifest.totalBytes += ciphertext.size();
    while (!ciphertext.isEmpty()) {
        const qint64 take = qMin<qint64>(ciphertext.size(), m_manifest.chunkBytes - m_inChunk);
        m_chunk.add(ciphertext.first(take));
        m_inChunk += take;
        ciphertext = ciphertext.sliced(take);
        if (m_inChunk == m_manifest.chunkBytes) {
            m_manifest.chunkHashes.append(m_chunk.finish());
            m_chunk = Blake2b256();
            m_inChunk = 0;
        }
    }
}

ChunkManifest ChunkManifestBuilder::finish()
{
    if (m_inChunk > 0) {
        m_manifest.chunkHashes.append(m_chunk.finish());
        m_chunk = Blake2b256();
        m_inChunk = 0;
    }
    m_manifest.wholeHash = m_whole.finish();
    return m_manifest;
}

} // namespace clinic
