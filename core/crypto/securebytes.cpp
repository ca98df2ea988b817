#include "securebytes.h"

#include "sodium.h"

#include <QStringEncoder>

#include <cstring>
#include <sodium.h>
#include <utility>

namespace clinic {

SecureBytes::SecureBytes(qsizetype size)
{
    ensureSodium();
    if (size <= 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        qFatal("out of secure memory");
    sodium_memzero(m_data, size_t(size));
    m_size = size;
}

SecureBytes::SecureBytes(const unsigned char *bytes, qsizetype size) : SecureBytes(size)
{
    if (size > 0)
        std::memcpy(m_data, bytes, size_t(size));
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before unmapping
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::random(qsizetype size)
{
    SecureBytes bytes(size);
    if (size > 0)
        randombytes_buf(bytes.m_data, size_t(size));
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    SecureBytes bytes(qMax<qsizetype>(encoder.requiredSpace(text.size()), 1));
    char *begin = reinterpret_cast<char *>(bytes.m_data);
    char *end = encoder.appendToBuffer(begin, text);
    bytes.m_size = end - begin; // sodium_free does not need the allocated size
    return bytes;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, size_t(m_size)) == 0;
}

void secureWipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace clinic
