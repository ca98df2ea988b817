#pragma once

// What the benchmark programs share: the sync server as a child process, waiting on the event
// loop, and percentiles.

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace clinic::bench {

// Runs the event loop until done() holds or timeoutMs pass. done() is polled rather than
// signalled so any condition can be waited for; a few milliseconds of polling is far below
// what is measured.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, int pollMs = 5);

// Runs one clinic-sync-server administration command to its end. The password goes in on
// stdin, twice, which is how the server reads it when stdin is not a terminal.
bool runCommand(const QString &binary, const QStringList &arguments, const QString &password);

// `serve` as a child process. What it prints after starting is drained as it comes, so a full
// pipe never stalls it, and kept to be shown at the end.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    // `databaseUrl`: serve --db, a PostgreSQL store; empty: the data dir's embedded store.
    bool start(const QString &binary, const QString &dataDir, const QString &databaseUrl = {});
    // The exit code, or -1 when the server had to be killed or had crashed.
    int stop();

    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    const QString &name() const { return m_name; }
    const QString &url() const { return m_url; }
    const QString &fingerprint() const { return m_fingerprint; }
    const QStringList &said() const { return m_said; }

private:
    void drain(QProcess::ProcessChannel channel);

    QProcess m_process;
    QString m_name, m_url, m_fingerprint;
    QStringList m_said;
};

struct Spread
{
    int count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

// Nearest-rank percentiles: every value is a measurement that really happened.
Spread spreadOf(QList<double> values);

} // namespace clinic::bench
