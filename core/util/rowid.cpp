#include "rowid.h"

#include "clock.h"

#include <QUuid>

namespace clinic {

QString newRowId(const Clock &clock)
{
    QByteArray bytes = QUuid::createUuid().toRfc4122(); // version 4: 122 random bits
    const quint64 ms = quint64(clock.nowMs());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (8 * (5 - i)));
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7; the variant bits stay as made
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace clinic
