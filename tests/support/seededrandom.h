#pragma once

#include "crypto/securerandom.h"

#include <random>

namespace clinic::test {

// Random bytes that are the same on every run: secrets and tokens with exact values. For
// tests only; nothing here is secret.
class SeededRandom final : public SecureRandom
{
public:
    explicit SeededRandom(quint64 seed = 20261122) : m_engine(seed) { }
    void fill(unsigned char *buffer, qsizetype size) const override
    {
        for (qsizetype i = 0; i < size; ++i)
            buffer[i] = static_cast<unsigned char>(m_engine() & 0xff);
    }

private:
    mutable std::mt19937_64 m_engine;
};

} // namespace clinic::test
