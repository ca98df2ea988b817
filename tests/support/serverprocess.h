#pragma once

// The real clinic-sync-server as a child process, for the tests and benchmarks that need the
// program itself rather than the server library in-process: its memory is its own (read from
// /proc), it can crash without taking the test down, and it runs with the options an
// administrator would give it.

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace clinic::test {

// Runs the event loop until done() holds or timeoutMs pass. done() is polled rather than
// signalled so any condition can be waited for; a few milliseconds of polling is far below
// what is measured.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, int pollMs = 5);

// Runs one clinic-sync-server administration command to its end. The password goes in on
// stdin, twice, which is how the server reads it when stdin is not a terminal. Failures are
// printed to stderr.
bool runCommand(const QString &binary, const QStringList &arguments, const QString &password);

// A field of /proc/<pid>/status in KB (VmRSS: resident now; VmHWM: the peak so far), or -1
// when the process is gone.
qint64 procStatusKb(qint64 pid, const char *field);

// `serve` as a child process, listening on 127.0.0.1 port 0 unless the extra arguments say
// --listen. What it prints after starting is drained as it comes, so a full pipe never stalls
// it, and kept to be shown at the end.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess() { stop(); }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // `databaseUrl`: serve --db, a PostgreSQL store; empty: the data dir's embedded store.
    // `extraArguments` go after the others: --limit NAME=VALUE, --insecure-loopback, ...
    bool start(const QString &binary, const QString &dataDir, const QString &databaseUrl = {},
               const QStringList &extraArguments = {});
    // The exit code, or -1 when the server had to be killed or had crashed.
    int stop();
    // Waits for the process to end on its own (or to be found ended: a crash is only noticed
    // once the event loop or this reaps it).
    bool waitForExit(int timeoutMs);
    // "running", "exited with code N" or "killed by signal N".
    QString exitDescription() const;

    bool running() const { return m_process.state() == QProcess::Running; }
    // Ended on its own by a signal (SIGSEGV, SIGABRT...), not stopped by us.
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit && !m_stopping; }
    qint64 pid() const { return m_process.processId(); }
    qint64 residentKb() const { return procStatusKb(pid(), "VmRSS"); }
    qint64 peakResidentKb() const { return procStatusKb(pid(), "VmHWM"); }
    const QString &name() const { return m_name; }
    const QString &url() const { return m_url; } // wss://127.0.0.1:port (ws:// when plain)
    quint16 port() const;
    const QString &fingerprint() const { return m_fingerprint; } // empty when plain
    // Everything it printed after starting (drained lines, stdout and stderr interleaved).
    const QStringList &said() const { return m_said; }

private:
    void drain(QProcess::ProcessChannel channel);

    QProcess m_process;
    QString m_name, m_url, m_fingerprint;
    QStringList m_said;
    QList<QMetaObject::Connection> m_drains;
    bool m_stopping = false;
};

} // namespace clinic::test
