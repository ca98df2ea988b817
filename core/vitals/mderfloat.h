#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace clinic {

// IEEE 11073-20601 (Medical Device Encoding Rules) floating-point numbers as Bluetooth health
// devices send them: value = mantissa * 10^exponent, both parts two's complement.
//   SFLOAT, 16 bits: 4-bit exponent (bits 12-15), 12-bit mantissa (bits 0-11)
//   FLOAT,  32 bits: 8-bit exponent (bits 24-31), 24-bit mantissa (bits 0-23)
// The special values are whole bit patterns, all with exponent 0, exactly as 11073-20601 lists
// them:
//              SFLOAT   FLOAT
//   NaN        0x07FF   0x007FFFFF   (mantissa +(2^(n-1) - 1))
//   NRes       0x0800   0x00800000   (mantissa -(2^(n-1)))        "not at this resolution"
//   +INF       0x07FE   0x007FFFFE   (mantissa +(2^(n-1) - 2))
//   -INF       0x0802   0x00800002   (mantissa -(2^(n-1) - 2))
//   Reserved   0x0801   0x00800001   (mantissa -(2^(n-1) - 1))    reserved for future use
// The same mantissas under a non-zero exponent are ordinary numbers (0x17FF is 2047 * 10):
// the standard reserves bit patterns, not mantissas. docs/vitals.md says why.
struct MderFloat
{
    enum class Special { None, NaN, NRes, PositiveInfinity, NegativeInfinity, Reserved };

    qint32 mantissa = 0;
    int exponent = 0;
    Special special = Special::None;

    bool isSpecial() const { return special != Special::None; }
    // mantissa * 10^exponent; a quiet NaN for NaN, NRes and Reserved, +/- infinity for INF.
    double toDouble() const;
    // "NaN", "NRes", "+INF", "-INF", "RFU"; empty for an ordinary number.
    QString specialName() const;

    friend bool operator==(const MderFloat &a, const MderFloat &b)
    {
        return a.mantissa == b.mantissa && a.exponent == b.exponent && a.special == b.special;
    }

    // From the raw value, already assembled from its little-endian octets. Never fails: every
    // bit pattern is either a number or a special value.
    static MderFloat fromSfloat(quint16 raw);
    static MderFloat fromFloat(quint32 raw);

    // From exactly 2 (SFLOAT) or 4 (FLOAT) octets as sent over the air (little-endian); any
    // other length is an error.
    [[nodiscard]] static Result<MderFloat> decodeSfloat(QByteArrayView payload);
    [[nodiscard]] static Result<MderFloat> decodeFloat(QByteArrayView payload);
};

} // namespace clinic
