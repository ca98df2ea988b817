#pragma once

#include "securebytes.h"

#include <QByteArray>

namespace clinic {

// Random bytes, as a seam: production uses SecureRandom::system() (libsodium's CSPRNG);
// tests may use a seeded one so tokens and secrets have exact values.
class SecureRandom
{
public:
    virtual ~SecureRandom() = default;
    virtual void fill(unsigned char *buffer, qsizetype size) const = 0;

    QByteArray bytes(qsizetype size) const;
    SecureBytes secureBytes(qsizetype size) const;

    static const SecureRandom &system();
};

} // namespace clinic
