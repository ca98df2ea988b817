#pragma once

#include <QStringList>

namespace clinic {

// `clinic-cli gatt decode CHARACTERISTIC HEX`: decodes one Bluetooth health payload offline and
// prints one JSON object (core/vitals/gattjson.h) on standard output.
// Exit codes: 0 decoded; 2 the payload breaks its specification ({"valid": false, ...} on
// standard output) or the command line is wrong (a message on standard error, nothing on
// standard output).
int runGattCommand(const QStringList &arguments);

} // namespace clinic
