#include "blake2b.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace clinic {

static_assert(sizeof(crypto_generichash_state) <= 384 && alignof(crypto_generichash_state) <= 64);

namespace {
crypto_generichash_state *stateOf(unsigned char *bytes)
{
    return reinterpret_cast<crypto_generichash_state *>(bytes);
}
} // namespace

Blake2b256::Blake2b256()
{
    ensureSodium();
    crypto_generichash_init(stateOf(m_state), nullptr, 0, bytes);
}

void Blake2b256::add(QByteArrayView data)
{
    crypto_generichash_update(stateOf(m_state),
                              reinterpret_cast<const unsigned char *>(data.data()),
                              quint64(data.size()));
}

QByteArray Blake2b256::finish()
{
    QByteArray hash(bytes, Qt::Uninitialized);
    crypto_generichash_final(stateOf(m_state), reinterpret_cast<unsigned char *>(hash.data()),
                             bytes);
    return hash;
}

QByteArray Blake2b256::of(QByteArrayView data)
{
    Blake2b256 hasher;
    hasher.add(data);
    return hasher.finish();
}

} // namespace clinic
