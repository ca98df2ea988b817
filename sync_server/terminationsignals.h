#pragma once

class QCoreApplication;

namespace clinic {

// SIGINT and SIGTERM end the event loop instead of the process, so the server closes its
// sockets and its store (checkpointing the WAL) before it exits.
void quitOnTerminationSignals(QCoreApplication &app);

} // namespace clinic
