#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace clinic {

// BLAKE2b-256 (libsodium crypto_generichash, no key), fed in pieces: the hash of a document's
// ciphertext and of each of its transfer chunks (docs/documents.md, Hashes).
class Blake2b256
{
public:
    static constexpr qsizetype bytes = 32;

    Blake2b256();
    void add(QByteArrayView data);
    // The hash of everything added; the hasher is spent afterwards (a new one starts over).
    QByteArray finish();

    static QByteArray of(QByteArrayView data);

private:
    // libsodium's crypto_generichash_state (384 bytes, 64-aligned; checked in the .cpp), held
    // here without exposing sodium.h to every includer.
    alignas(64) unsigned char m_state[384];
};

} // namespace clinic
