#pragma once

#include "crypto/securebytes.h"
#include "crypto/securerandom.h"
#include "documents/chunkmanifest.h"
#include "documents/documentformat.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace clinic {

// Why a document did not decrypt, for callers that branch on it (the message says it to a
// person). A reordered, duplicated or missing record shows as Altered at that record: the
// secretstream's nonce moves on with every record, so a record in the wrong place fails its MAC.
enum class DocumentFault {
    None,
    NotADocument, // no "CLDOC" magic, or empty
    UnsupportedVersion, // "CLDOC" with a version other than 1: a newer Clinic made it
    WrongKey, // the key does not match the header's key commitment
    Altered, // a record fails authentication (the header included), or has the wrong tag
    Truncated, // the stream ends before the size its header states
    TrailingBytes, // bytes after the final record
    TooLarge, // the header states more than DocumentFormat::maxPlaintextBytes
    Io, // the input or output device failed
};

// What encryption produced, besides the ciphertext written out.
struct EncryptedDocument
{
    SecureBytes key; // fresh, 32 bytes: the only way back to the plaintext
    qint64 plaintextBytes = 0;
    ChunkManifest manifest; // totalBytes, per-transfer-chunk and whole BLAKE2b-256
};

struct DecryptedDocument
{
    qint64 plaintextBytes = 0;
    QByteArray ciphertextHash; // BLAKE2b-256 of every ciphertext byte read
};

// Seals a document of a known size incrementally: push() plaintext of any size, finish() once.
// Each call returns the ciphertext it completed (the header comes with the first), so the
// caller writes or sends it on; at most one 64 KiB chunk is held back. The size is in the
// header, so a reader knows exactly where the document ends; pushing more or fewer bytes than
// stated fails. Not thread-safe; one owner.
class DocumentEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DocumentEncryptor)
public:
    // key: DocumentFormat::keyBytes. random: the secretstream header's 24 bytes (a seam, so
    // tests can seed it).
    DocumentEncryptor(const SecureBytes &key, qint64 plaintextBytes, const SecureRandom &random,
                      qint64 transferChunkBytes = ChunkManifest::defaultChunkBytes);
    ~DocumentEncryptor();
    DocumentEncryptor(const DocumentEncryptor &) = delete;
    DocumentEncryptor &operator=(const DocumentEncryptor &) = delete;

    [[nodiscard]] Result<QByteArray> push(QByteArrayView plaintext);
    [[nodiscard]] Result<QByteArray> finish();

    qint64 plaintextBytes() const { return m_plaintextBytes; }
    // Valid after finish().
    const ChunkManifest &manifest() const { return m_manifest; }

private:
    void sealRecord(QByteArray &out, QByteArrayView chunk, bool final);
    void append(QByteArray &out, QByteArrayView ciphertext);

    SecureBytes m_state; // crypto_secretstream_xchacha20poly1305_state, in guarded memory
    QByteArray m_header;
    QByteArray m_pending; // plaintext not yet sealed, at most one chunk
    ChunkManifestBuilder m_builder;
    ChunkManifest m_manifest;
    qint64 m_declaredBytes = 0;
    qint64 m_plaintextBytes = 0;
    QString m_refusal; // why the constructor refused: a bad key or size
    bool m_headerSent = false;
    bool m_finished = false;
};

// Opens a document incrementally, as its bytes arrive (a download) or are read (a file):
// push() ciphertext of any size and get back the plaintext it completed; finish() at the end
// says whether the stream was complete. After the first failure every call fails the same way.
class DocumentDecryptor
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DocumentDecryptor)
public:
    explicit DocumentDecryptor(const SecureBytes &key);
    ~DocumentDecryptor();
    DocumentDecryptor(const DocumentDecryptor &) = delete;
    DocumentDecryptor &operator=(const DocumentDecryptor &) = delete;

    [[nodiscard]] Result<QByteArray> push(QByteArrayView ciphertext);
    // Whether the whole document arrived: the size in its header, no more, no less.
    [[nodiscard]] Result<DecryptedDocument> finish();

    DocumentFault fault() const { return m_fault; }
    // From the header, once its 70 bytes have arrived (-1 before).
    qint64 plaintextBytes() const { return m_declaredBytes; }

private:
    Error fail(DocumentFault fault, const QString &detail);
    Result<void> openHeader();
    Result<void> openRecord(QByteArrayView record, QByteArray &out);

    SecureBytes m_key;
    SecureBytes m_state;
    QByteArray m_header; // the 70 header bytes: every record's associated data
    QByteArray m_buffer; // ciphertext not yet opened: less than a header or a record
    Blake2b256 m_hash;
    qint64 m_declaredBytes = -1;
    qint64 m_recordCount = 0;
    qint64 m_plaintextBytes = 0;
    qint64 m_records = 0; // opened so far
    bool m_headerOpened = false;
    bool m_finished = false;
    DocumentFault m_fault = DocumentFault::None;
    Error m_error;
};

// Whole documents between devices, streamed: never more than a few records in memory.
class DocumentCipher
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DocumentCipher)
public:
    static SecureBytes newKey(const SecureRandom &random = SecureRandom::system());

    // Reads plaintextBytes from `in` (-1: from its position to its end, for a random-access
    // device such as a file) and writes the encrypted document to `out`, under a fresh key
    // from `random`. Fails if `in` ends early or has more.
    static Result<EncryptedDocument>
    encrypt(QIODevice &in, QIODevice &out, const SecureRandom &random = SecureRandom::system(),
            qint64 plaintextBytes = -1,
            qint64 transferChunkBytes = ChunkManifest::defaultChunkBytes);
    // Reads the encrypted document from `in` to its end and writes the plaintext to `out`.
    // On failure `out` has received a prefix of the plaintext: the caller discards it (write
    // to a QSaveFile and do not commit). fault, when given, says why.
    static Result<DecryptedDocument> decrypt(const SecureBytes &key, QIODevice &in, QIODevice &out,
                                             DocumentFault *fault = nullptr);
};

} // namespace clinic
