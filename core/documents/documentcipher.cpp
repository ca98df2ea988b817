#include "documentcipher.h"

#include "crypto/sodium.h"

#include <QIODevice>

#include <sodium.h>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

using StreamState = crypto_secretstream_xchacha20poly1305_state;

static_assert(DocumentFormat::streamHeaderBytes
              == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(DocumentFormat::keyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(DocumentFormat::recordOverheadBytes == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(DocumentFormat::commitmentBytes == crypto_generichash_BYTES);

constexpr char commitmentLabel[] = "clinic document key commitment v1";

StreamState *stateOf(SecureBytes &bytes)
{
    return reinterpret_cast<StreamState *>(bytes.data());
}

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytesOf(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// BLAKE2b-256 keyed with the document key over a fixed label. Poly1305 is not key-committing:
// without this, one ciphertext could be made to open under two keys to two different
// plaintexts. With it in the header (and the header the associated data of every record), a
// ciphertext, pinned by its hash, opens under one key only; and a wrong key is told apart from
// altered data before any record is tried.
QByteArray keyCommitment(const SecureBytes &key)
{
    QByteArray commitment(DocumentFormat::commitmentBytes, Qt::Uninitialized);
    crypto_generichash(bytesOf(commitment), size_t(commitment.size()),
                       reinterpret_cast<const unsigned char *>(commitmentLabel),
                       sizeof(commitmentLabel) - 1, key.data(), size_t(key.size()));
    return commitment;
}

constexpr qsizetype ioBlockBytes = DocumentFormat::chunkBytes;

} // namespace

// --- DocumentEncryptor -------------------------------------------------------------------

DocumentEncryptor::DocumentEncryptor(const SecureBytes &key, qint64 plaintextBytes,
                                     const SecureRandom &random, qint64 transferChunkBytes)
    : m_state(qsizetype(sizeof(StreamState))), m_builder(transferChunkBytes),
      m_declaredBytes(plaintextBytes)
{
    ensureSodium();
    if (key.size() != DocumentFormat::keyBytes)
        m_refusal = u"key of %1 bytes"_s.arg(key.size());
    else if (plaintextBytes < 0 || plaintextBytes > DocumentFormat::maxPlaintextBytes)
        m_refusal = u"size %1 out of range"_s.arg(plaintextBytes);
    else if (!ChunkManifest::isValidChunkSize(transferChunkBytes))
        m_refusal = u"transfer chunk size %1 out of range"_s.arg(transferChunkBytes);
    if (!m_refusal.isEmpty()) {
        m_finished = true; // push() and finish() refuse
        return;
    }
    m_pending.reserve(DocumentFormat::chunkBytes);
    m_header.reserve(DocumentFormat::headerBytes);
    m_header.append(DocumentFormat::magicView());
    for (int shift = 56; shift >= 0; shift -= 8)
        m_header.append(char(quint64(plaintextBytes) >> shift & 0xff));
    m_header.append(random.bytes(DocumentFormat::streamHeaderBytes));
    m_header.append(keyCommitment(key));
    Q_ASSERT(m_header.size() == DocumentFormat::headerBytes);
    // crypto_secretstream_xchacha20poly1305_init_push is randombytes_buf(header) followed by
    // exactly what init_pull does with a header; taking the header from `random` and calling
    // init_pull gives the same state, with the randomness behind the SecureRandom seam
    // (tst_documentcipher checks a stream from the real init_push opens here).
    crypto_secretstream_xchacha20poly1305_init_pull(
            stateOf(m_state),
            bytesOf(QByteArrayView(m_header).sliced(DocumentFormat::streamHeaderOffset,
                                                    DocumentFormat::streamHeaderBytes)),
            key.data());
}

DocumentEncryptor::~DocumentEncryptor() = default;

void DocumentEncryptor::append(QByteArray &out, QByteArrayView ciphertext)
{
    out.append(ciphertext);
    m_builder.add(ciphertext);
}

void DocumentEncryptor::sealRecord(QByteArray &out, QByteArrayView chunk, bool final)
{
    if (!m_headerSent) {
        append(out, m_header);
        m_headerSent = true;
    }
    const qsizetype start = out.size();
    out.resize(start + chunk.size() + DocumentFormat::recordOverheadBytes);
    unsigned long long sealedBytes = 0;
    crypto_secretstream_xchacha20poly1305_push(
            stateOf(m_state), bytesOf(out) + start, &sealedBytes, bytesOf(chunk),
            quint64(chunk.size()), bytesOf(m_header), quint64(m_header.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    Q_ASSERT(qsizetype(sealedBytes) == chunk.size() + DocumentFormat::recordOverheadBytes);
    m_builder.add(QByteArrayView(out).sliced(start));
}

Result<QByteArray> DocumentEncryptor::push(QByteArrayView plaintext)
{
    if (m_finished)
        return makeError(ErrorCode::InvalidArgument, tr("The document could not be encrypted."),
                         m_refusal.isEmpty() ? u"encryptor already finished"_s : m_refusal);
    if (plaintext.size() > m_declaredBytes - m_plaintextBytes) {
        m_finished = true;
        m_refusal = u"more than the %1 bytes stated"_s.arg(m_declaredBytes);
        return makeError(ErrorCode::InvalidArgument,
                         tr("The document changed while it was being encrypted."), m_refusal);
    }
    m_plaintextBytes += plaintext.size();
    QByteArray out;
    while (!plaintext.isEmpty()) {
        // A full chunk is sealed once more bytes are known to follow: the last chunk, full or
        // not, is sealed by finish() with TAG_FINAL.
        if (m_pending.size() == DocumentFormat::chunkBytes) {
            sealRecord(out, m_pending, false);
            m_pending.clear();
        }
        const qsizetype take =
                qMin(plaintext.size(), DocumentFormat::chunkBytes - m_pending.size());
        m_pending.append(plaintext.first(take));
        plaintext = plaintext.sliced(take);
    }
    return out;
}

Result<QByteArray> DocumentEncryptor::finish()
{
    if (m_finished)
        return makeError(ErrorCode::InvalidArgument, tr("The document could not be encrypted."),
                         m_refusal.isEmpty() ? u"encryptor already finished"_s : m_refusal);
    m_finished = true;
    if (m_plaintextBytes != m_declaredBytes)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The document changed while it was being encrypted."),
                         u"%1 bytes of the %2 stated"_s.arg(m_plaintextBytes).arg(m_declaredBytes));
    QByteArray out;
    sealRecord(out, m_pending, true);
    m_pending.clear();
    m_manifest = m_builder.finish();
    return out;
}

// --- DocumentDecryptor -------------------------------------------------------------------

DocumentDecryptor::DocumentDecryptor(const SecureBytes &key)
    : m_key(key.clone()), m_state(qsizetype(sizeof(StreamState)))
{
    ensureSodium();
}

DocumentDecryptor::~DocumentDecryptor() = default;

Error DocumentDecryptor::fail(DocumentFault fault, const QString &detail)
{
    m_fault = fault;
    m_buffer.clear();
    switch (fault) {
    case DocumentFault::NotADocument:
        m_error =
                makeError(ErrorCode::InvalidArgument, tr("This is not a Clinic document."), detail);
        break;
    case DocumentFault::UnsupportedVersion:
        m_error = makeError(ErrorCode::InvalidArgument,
                            tr("This document was stored by a newer version of Clinic. Update "
                               "Clinic to open it."),
                            detail);
        break;
    case DocumentFault::WrongKey:
        m_error =
                makeError(ErrorCode::DecryptionFailed,
                          tr("This document cannot be opened with the key it was given."), detail);
        break;
    case DocumentFault::Altered:
    case DocumentFault::Truncated:
    case DocumentFault::TrailingBytes:
        m_error =
                makeError(ErrorCode::DecryptionFailed,
                          tr("The document is damaged or incomplete; it cannot be shown."), detail);
        break;
    case DocumentFault::TooLarge:
        m_error = makeError(ErrorCode::InvalidArgument, tr("The document is too large."), detail);
        break;
    case DocumentFault::Io:
    case DocumentFault::None:
        m_error =
                makeError(ErrorCode::Io, tr("The document could not be read or written."), detail);
        break;
    }
    return m_error;
}

Result<void> DocumentDecryptor::openHeader()
{
    const QByteArrayView header = QByteArrayView(m_buffer).first(DocumentFormat::headerBytes);
    quint64 size = 0;
    for (qsizetype i = 0; i < DocumentFormat::sizeBytes; ++i)
        size = size << 8 | quint8(header[DocumentFormat::sizeOffset + i]);
    if (size > quint64(DocumentFormat::maxPlaintextBytes))
        return fail(DocumentFault::TooLarge, u"header states %1 bytes"_s.arg(size));
    if (m_key.size() != DocumentFormat::keyBytes)
        return fail(DocumentFault::WrongKey, u"key of %1 bytes"_s.arg(m_key.size()));
    const QByteArray commitment = keyCommitment(m_key);
    if (sodium_memcmp(commitment.constData(),
                      header.sliced(DocumentFormat::commitmentOffset).data(),
                      size_t(DocumentFormat::commitmentBytes))
        != 0)
        return fail(DocumentFault::WrongKey, u"key commitment mismatch"_s);
    crypto_secretstream_xchacha20poly1305_init_pull(
            stateOf(m_state),
            bytesOf(header.sliced(DocumentFormat::streamHeaderOffset,
                                  DocumentFormat::streamHeaderBytes)),
            m_key.data());
    m_header = header.toByteArray();
    m_declaredBytes = qint64(size);
    m_recordCount = DocumentFormat::recordCount(m_declaredBytes);
    m_headerOpened = true;
    return {};
}

Result<void> DocumentDecryptor::openRecord(QByteArrayView record, QByteArray &out)
{
    const bool last = m_records + 1 == m_recordCount;
    const qsizetype plainBytes = record.size() - DocumentFormat::recordOverheadBytes;
    const qsizetype start = out.size();
    out.resize(start + plainBytes);
    unsigned long long openedBytes = 0;
    unsigned char tag = 0xff;
    if (crypto_secretstream_xchacha20poly1305_pull(
                stateOf(m_state), bytesOf(out) + start, &openedBytes, &tag, bytesOf(record),
                quint64(record.size()), bytesOf(m_header), quint64(m_header.size()))
        != 0) {
        out.resize(start);
        return fail(DocumentFault::Altered, u"record %1 does not authenticate"_s.arg(m_records));
    }
    const unsigned char expected = last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                        : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    if (tag != expected) {
        out.resize(start);
        return fail(DocumentFault::Altered,
                    u"record %1 has tag %2, expected %3"_s.arg(m_records).arg(tag).arg(expected));
    }
    ++m_records;
    m_plaintextBytes += plainBytes;
    return {};
}

Result<QByteArray> DocumentDecryptor::push(QByteArrayView ciphertext)
{
    if (m_fault != DocumentFault::None)
        return m_error;
    if (m_finished)
        return fail(DocumentFault::TrailingBytes, u"bytes after finish"_s);
    m_hash.add(ciphertext);
    m_buffer.append(ciphertext);
    QByteArray out;
    if (!m_headerOpened) {
        const QByteArrayView magic = DocumentFormat::magicView();
        const qsizetype prefix = qMin(m_buffer.size(), DocumentFormat::magicPrefixBytes);
        if (QByteArrayView(m_buffer).first(prefix) != magic.first(prefix))
            return fail(DocumentFault::NotADocument, u"no CLDOC magic"_s);
        if (m_buffer.size() >= DocumentFormat::magicBytes
            && QByteArrayView(m_buffer).first(DocumentFormat::magicBytes) != magic)
            return fail(
                    DocumentFault::UnsupportedVersion,
                    u"version byte 0x%1"_s.arg(uint(quint8(m_buffer.at(5))), 2, 16, QChar(u'0')));
        if (m_buffer.size() < DocumentFormat::headerBytes)
            return out;
        if (auto opened = openHeader(); !opened)
            return opened.error();
        m_buffer.remove(0, DocumentFormat::headerBytes);
    }
    // Every record's length follows from the size in the header: open each one complete.
    qsizetype position = 0;
    while (m_records < m_recordCount) {
        const qint64 length = DocumentFormat::recordSize(m_declaredBytes, m_records);
        if (m_buffer.size() - position < length)
            break;
        if (auto opened = openRecord(QByteArrayView(m_buffer).sliced(position, length), out);
            !opened)
            return opened.error();
        position += length;
    }
    m_buffer.remove(0, position);
    if (m_records == m_recordCount && !m_buffer.isEmpty())
        return fail(DocumentFault::TrailingBytes, u"bytes after the final record"_s);
    return out;
}

Result<DecryptedDocument> DocumentDecryptor::finish()
{
    if (m_fault != DocumentFault::None)
        return m_error;
    if (m_finished)
        return fail(DocumentFault::Io, u"finished twice"_s);
    m_finished = true;
    if (!m_headerOpened) {
        if (m_buffer.isEmpty())
            return fail(DocumentFault::NotADocument, u"empty"_s);
        return fail(DocumentFault::Truncated, u"header cut short"_s);
    }
    if (m_records < m_recordCount)
        return fail(DocumentFault::Truncated,
                    u"%1 of %2 records"_s.arg(m_records).arg(m_recordCount));
    return DecryptedDocument { m_plaintextBytes, m_hash.finish() };
}

// --- DocumentCipher ----------------------------------------------------------------------

SecureBytes DocumentCipher::newKey(const SecureRandom &random)
{
    return random.secureBytes(DocumentFormat::keyBytes);
}

Result<EncryptedDocument> DocumentCipher::encrypt(QIODevice &in, QIODevice &out,
                                                  const SecureRandom &random, qint64 plaintextBytes,
                                                  qint64 transferChunkBytes)
{
    const auto ioError = [](const QIODevice &device) {
        return makeError(ErrorCode::Io, tr("The document could not be read or written."),
                         device.errorString());
    };
    if (plaintextBytes < 0) {
        if (in.isSequential())
            return makeError(ErrorCode::InvalidArgument, tr("The document could not be encrypted."),
                             u"a sequential device needs its size stated"_s);
        plaintextBytes = in.size() - in.pos();
    }
    EncryptedDocument result;
    result.key = newKey(random);
    DocumentEncryptor encryptor(result.key, plaintextBytes, random, transferChunkBytes);
    QByteArray block(ioBlockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(block.data(), block.size());
        if (got < 0)
            return ioError(in);
        if (got == 0)
            break;
        auto sealed = encryptor.push(QByteArrayView(block).first(got));
        if (!sealed)
            return sealed.error();
        if (out.write(*sealed) != sealed->size())
            return ioError(out);
    }
    auto sealed = encryptor.finish();
    if (!sealed)
        return sealed.error();
    if (out.write(*sealed) != sealed->size())
        return ioError(out);
    result.plaintextBytes = encryptor.plaintextBytes();
    result.manifest = encryptor.manifest();
    return result;
}

Result<DecryptedDocument> DocumentCipher::decrypt(const SecureBytes &key, QIODevice &in,
                                                  QIODevice &out, DocumentFault *fault)
{
    DocumentDecryptor decryptor(key);
    const auto done = [&](auto result) {
        if (fault)
            *fault = result.ok() ? DocumentFault::None : decryptor.fault();
        return result;
    };
    const auto ioError = [&](const QIODevice &device) {
        if (fault)
            *fault = DocumentFault::Io;
        return Result<DecryptedDocument>(makeError(ErrorCode::Io,
                                                   tr("The document could not be read or written."),
                                                   device.errorString()));
    };
    QByteArray block(ioBlockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(block.data(), block.size());
        if (got < 0)
            return ioError(in);
        if (got == 0)
            break;
        auto opened = decryptor.push(QByteArrayView(block).first(got));
        if (!opened)
            return done(Result<DecryptedDocument>(opened.error()));
        if (out.write(*opened) != opened->size())
            return ioError(out);
    }
    return done(decryptor.finish());
}

} // namespace clinic
