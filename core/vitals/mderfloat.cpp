#include "vitals/mderfloat.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <limits>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// Powers of ten up to 10^22 are exact doubles; dividing or multiplying by an exact power gives
// the double nearest the decimal value (36.5, not 36.500000000000004).
double scaled(qint32 mantissa, int exponent)
{
    static constexpr std::array<double, 23> exact = {
        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    const int magnitude = exponent < 0 ? -exponent : exponent;
    const double power =
            magnitude < int(exact.size()) ? exact[size_t(magnitude)] : std::pow(10.0, magnitude);
    return exponent < 0 ? double(mantissa) / power : double(mantissa) * power;
}

qint32 signExtend(quint32 value, int bits)
{
    const quint32 sign = 1u << (bits - 1);
    return qint32(value ^ sign) - qint32(sign);
}

// The standard defines the special values by their mantissa under exponent 0, relative to
// 2^(n-1) for an n-bit mantissa; for SFLOAT they are the patterns 0x07FF, 0x0800, 0x07FE,
// 0x0802 and 0x0801 (mderfloat.h).
MderFloat fromBits(quint32 raw, int mantissaBits, int exponentBits)
{
    MderFloat f;
    f.mantissa = signExtend(raw & ((1u << mantissaBits) - 1), mantissaBits);
    f.exponent = signExtend(raw >> mantissaBits, exponentBits);
    if (f.exponent != 0)
        return f;
    const qint32 half = qint32(1) << (mantissaBits - 1);
    if (f.mantissa == half - 1)
        f.special = MderFloat::Special::NaN;
    else if (f.mantissa == -half)
        f.special = MderFloat::Special::NRes;
    else if (f.mantissa == half - 2)
        f.special = MderFloat::Special::PositiveInfinity;
    else if (f.mantissa == -(half - 2))
        f.special = MderFloat::Special::NegativeInfinity;
    else if (f.mantissa == -(half - 1))
        f.special = MderFloat::Special::Reserved;
    return f;
}

Error lengthError(const char *type, int wanted, qsizetype got)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("MderFloat",
                                                 "An IEEE 11073 %1 is exactly %2 octets; got %3.")
                             .arg(QLatin1StringView(type))
                             .arg(wanted)
                             .arg(got),
                     u"%1 of %2 octets"_s.arg(QLatin1StringView(type)).arg(got));
}

} // namespace

double MderFloat::toDouble() const
{
    switch (special) {
    case Special::None:
        return scaled(mantissa, exponent);
    case Special::PositiveInfinity:
        return std::numeric_limits<double>::infinity();
    case Special::NegativeInfinity:
        return -std::numeric_limits<double>::infinity();
    case Special::NaN:
    case Special::NRes:
    case Special::Reserved:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString MderFloat::specialName() const
{
    switch (special) {
    case Special::None:
        return {};
    case Special::NaN:
        return u"NaN"_s;
    case Special::NRes:
        return u"NRes"_s;
    case Special::PositiveInfinity:
        return u"+INF"_s;
    case Special::NegativeInfinity:
        return u"-INF"_s;
    case Special::Reserved:
        return u"RFU"_s;
    }
    return {};
}

MderFloat MderFloat::fromSfloat(quint16 raw)
{
    return fromBits(raw, 12, 4);
}

MderFloat MderFloat::fromFloat(quint32 raw)
{
    return fromBits(raw, 24, 8);
}

Result<MderFloat> MderFloat::decodeSfloat(QByteArrayView payload)
{
    if (payload.size() != 2)
        return lengthError("SFLOAT", 2, payload.size());
    const auto *p = reinterpret_cast<const uchar *>(payload.data());
    return fromSfloat(quint16(p[0] | (p[1] << 8)));
}

Result<MderFloat> MderFloat::decodeFloat(QByteArrayView payload)
{
    if (payload.size() != 4)
        return lengthError("FLOAT", 4, payload.size());
    const auto *p = reinterpret_cast<const uchar *>(payload.data());
    return fromFloat(quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16
                     | quint32(p[3]) << 24);
}

} // namespace clinic
