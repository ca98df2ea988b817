#include "vitals/gattdecode.h"

namespace clinic {

std::optional<GattDecodeTarget> GattDecodeTarget::parse(QStringView name)
{
    if (name.compare(u"SFLOAT", Qt::CaseInsensitive) == 0)
        return GattDecodeTarget { Kind::Sfloat, {} };
    if (name.compare(u"FLOAT", Qt::CaseInsensitive) == 0)
        return GattDecodeTarget { Kind::Float, {} };
    if (name.startsWith(u"0x", Qt::CaseInsensitive))
        name = name.mid(2);
    if (name.size() != 4)
        return std::nullopt;
    bool ok = false;
    const uint uuid = name.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    const auto characteristic = gattCharacteristicFromUuid(quint16(uuid));
    if (!characteristic)
        return std::nullopt;
    return GattDecodeTarget { Kind::Characteristic, *characteristic };
}

} // namespace clinic
