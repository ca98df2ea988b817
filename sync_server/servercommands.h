#pragma once

class QCoreApplication;

namespace clinic {

// Parses clinic-sync-server's command line and runs the subcommand; returns the exit code.
int runServerCommand(QCoreApplication &app);

} // namespace clinic
