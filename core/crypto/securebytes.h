#pragma once

#include <QByteArray>
#include <QStringView>

namespace clinic {

// Bytes that must not leak: keys and passwords. Held in sodium_malloc'd memory (guard pages,
// locked against swapping) and wiped when released. Move-only, so a secret has one owner.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size);
    SecureBytes(const unsigned char *bytes, qsizetype size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(qsizetype size);
    // The UTF-8 encoding of text, written straight into secure memory.
    static SecureBytes fromUtf8(QStringView text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    SecureBytes clone() const;
    bool equals(const SecureBytes &other) const; // constant time for equal sizes

private:
    void release();

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Overwrite the contents of ordinary Qt containers that held a secret (best effort: copies
// made earlier by implicit sharing are out of reach, so keep such containers short-lived).
void secureWipe(QString &text);
void secureWipe(QByteArray &bytes);

} // namespace clinic
