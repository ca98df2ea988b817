#include "securerandom.h"

#include "sodium.h"

#include <sodium.h>

namespace clinic {

namespace {
class SystemRandom final : public SecureRandom
{
public:
    void fill(unsigned char *buffer, qsizetype size) const override
    {
        ensureSodium();
        randombytes_buf(buffer, size_t(size));
    }
};
} // namespace

QByteArray SecureRandom::bytes(qsizetype size) const
{
    QByteArray result(size, Qt::Uninitialized);
    fill(reinterpret_cast<unsigned char *>(result.data()), size);
    return result;
}

SecureBytes SecureRandom::secureBytes(qsizetype size) const
{
    SecureBytes result(size);
    fill(result.data(), size);
    return result;
}

const SecureRandom &SecureRandom::system()
{
    static const SystemRandom random;
    return random;
}

} // namespace clinic
