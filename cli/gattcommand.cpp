#include "gattcommand.h"

#include "vitals/gattjson.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdio>
#include <optional>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int invalidExit = 2;

int usage(const QString &text)
{
    std::fprintf(stderr,
                 "clinic-cli: %s\n"
                 "usage: clinic-cli gatt decode CHARACTERISTIC HEX\n"
                 "  CHARACTERISTIC: 2A37, 2A35, 2A36, 2A1C, 2A18, 2A5E, 2A5F, 2A9D, SFLOAT or "
                 "FLOAT\n"
                 "  HEX: the payload as sent over the air, e.g. 16480004 (spaces and colons "
                 "allowed)\n",
                 qPrintable(text));
    return invalidExit;
}

// Hex digits in pairs; spaces and colons between them (as nRF Connect and btmon show
// payloads) are allowed, anything else is refused rather than skipped as fromHex would.
std::optional<QByteArray> parseHex(QString text)
{
    text.remove(u' ').remove(u':');
    if (text.startsWith(u"0x", Qt::CaseInsensitive))
        text = text.mid(2);
    if (text.size() % 2 != 0)
        return std::nullopt;
    for (QChar c : std::as_const(text)) {
        // ASCII only: QChar::isDigit() would let other scripts' digits through.
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

int runGattCommand(const QStringList &arguments)
{
    if (arguments.value(0) != u"decode")
        return usage(u"the gatt command is: gatt decode CHARACTERISTIC HEX"_s);
    if (arguments.size() != 3)
        return usage(u"gatt decode takes a characteristic and a hex payload"_s);
    const auto target = GattDecodeTarget::parse(arguments.at(1));
    if (!target)
        return usage(u"unknown characteristic “%1”"_s.arg(arguments.at(1)));
    const auto payload = parseHex(arguments.at(2));
    if (!payload)
        return usage(u"“%1” is not hexadecimal octets (an even number of 0-9, a-f)"_s.arg(
                arguments.at(2)));

    const QJsonObject decoded = decodeGattJson(*target, *payload);
    std::printf("%s\n", QJsonDocument(decoded).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return decoded.value(u"valid"_s).toBool() ? 0 : invalidExit;
}

} // namespace clinic
