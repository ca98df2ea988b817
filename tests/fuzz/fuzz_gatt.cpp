// libFuzzer target for the Bluetooth health decoders (core/vitals): the first octet picks the
// decoder (its value modulo 10: the eight characteristics in the order below, then SFLOAT,
// FLOAT), the rest is the payload as a device would send it. Built with ASan and UBSan
// (tests/fuzz/), so an out-of-bounds read or undefined behaviour stops the run with the input.
// Beyond "no crash", it checks what the decoders promise:
//   - a refusal is InvalidArgument with a message and a detail;
//   - a reading that used all its octets stops being one when its last octet is cut;
//   - the JSON clinic-cli prints agrees with the typed decoder, and is never half a reading.
// Seeds: tests/fuzz/gatt-corpus (a few valid payloads per characteristic).

#include "vitals/gattdecode.h"
#include "vitals/gattjson.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    bool ok = false;
    qsizetype ignoredOctets = 0;
};

template<typename M>
Outcome check(const Result<M> &r)
{
    if (r.ok())
        return Outcome { true, ignoredOctetsOf(*r) };
    const Error &e = r.error();
    if (e.code != ErrorCode::InvalidArgument || e.message.isEmpty() || e.detail.isEmpty())
        std::abort();
    return Outcome { false, 0 };
}

Outcome decode(const GattDecodeTarget &target, QByteArrayView payload)
{
    return visitGattDecode(target, payload, [](const auto &result) { return check(result); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int selector = data[0] % 10;
    GattDecodeTarget target;
    if (selector < 8)
        target = GattDecodeTarget { GattDecodeTarget::Kind::Characteristic,
                                    allGattCharacteristics[selector] };
    else
        target.kind =
                selector == 8 ? GattDecodeTarget::Kind::Sfloat : GattDecodeTarget::Kind::Float;
    const QByteArray payload =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome outcome = decode(target, payload);
    if (outcome.ok && outcome.ignoredOctets == 0 && !payload.isEmpty()
        && target.kind == GattDecodeTarget::Kind::Characteristic
        && decode(target, payload.chopped(1)).ok)
        std::abort(); // a reading from a truncated payload

    const QJsonObject json = decodeGattJson(target, payload);
    const bool valid = json.value(u"valid"_s).toBool();
    if (valid != outcome.ok)
        std::abort();
    if (!valid && (json.size() != 2 || json.value(u"error"_s).toString().isEmpty()))
        std::abort(); // a refusal carries nothing but the reason
    return 0;
}
