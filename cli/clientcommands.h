#pragma once

class QCoreApplication;

namespace clinic {

// clinic-cli's command line: login, whoami, logout against a sync server, for scripts; and
// gatt decode, offline (gattcommand.h).
// Returns the exit code (0 on success).
int runClientCommand(QCoreApplication &app);

} // namespace clinic
