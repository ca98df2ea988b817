#include "serverprocess.h"

#include "sync/knownservers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace clinic::test {

using namespace Qt::StringLiterals;

bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, int pollMs)
{
    if (done())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.hasExpired(timeoutMs))
            loop.quit();
    });
    poll.start(pollMs);
    loop.exec();
    return done();
}

bool runCommand(const QString &binary, const QStringList &arguments, const QString &password)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary, arguments);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(binary),
                     qPrintable(process.errorString()));
        return false;
    }
    process.write((password + u'\n' + password + u'\n').toUtf8());
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    const QByteArray output = process.readAll().trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "clinic-sync-server %s failed:\n%s\n",
                     qPrintable(arguments.join(u' ')), output.constData());
        return false;
    }
    return true;
}

qint64 procStatusKb(qint64 pid, const char *field)
{
    if (pid <= 0)
        return -1;
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool ServerProcess::start(const QString &binary, const QString &dataDir, const QString &databaseUrl,
                          const QStringList &extraArguments)
{
    // Port 0 and the URL the server prints: no window in which another program could take
    // a port picked here first.
    QStringList arguments { u"serve"_s, u"--data-dir"_s, dataDir };
    if (!extraArguments.contains(u"--listen"_s))
        arguments << u"--listen"_s << u"127.0.0.1:0"_s;
    if (!databaseUrl.isEmpty())
        arguments << u"--db"_s << databaseUrl;
    arguments << extraArguments;
    // Started again (after a crash, say): nothing of the last run may count for this one.
    stop();
    for (const QMetaObject::Connection &connection : std::as_const(m_drains))
        QObject::disconnect(connection);
    m_drains.clear();
    m_name.clear();
    m_url.clear();
    m_fingerprint.clear();
    m_stopping = false;
    m_process.start(binary, arguments);
    if (!m_process.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(binary),
                     qPrintable(m_process.errorString()));
        return false;
    }
    // A TLS server prints its URL, then its certificate's fingerprint; a plain one only the URL.
    const auto started = [this] {
        return !m_url.isEmpty() && (m_url.startsWith(u"ws:") || !m_fingerprint.isEmpty());
    };
    QElapsedTimer timer;
    timer.start();
    while (!started() && !timer.hasExpired(30000) && m_process.state() == QProcess::Running) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(1000))
            continue;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QString listening = u" listening on "_s;
            const QString certificate = u"certificate SHA-256 fingerprint: "_s;
            if (const qsizetype at = line.indexOf(listening); at >= 0) {
                m_name = line.left(at);
                m_url = line.mid(at + listening.size());
            } else if (line.startsWith(certificate)) {
                m_fingerprint = KnownServers::normalised(line.mid(certificate.size()));
            }
        }
    }
    if (!started() || (m_url.startsWith(u"wss:") && !KnownServers::isFingerprint(m_fingerprint))) {
        std::fprintf(stderr, "the server did not start:\n%s%s\n",
                     m_process.readAllStandardOutput().constData(),
                     m_process.readAllStandardError().constData());
        return false;
    }
    m_drains = {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { drain(QProcess::StandardOutput); }),
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { drain(QProcess::StandardError); }),
    };
    return true;
}

quint16 ServerProcess::port() const
{
    return quint16(QUrl(m_url).port(0));
}

QString ServerProcess::exitDescription() const
{
    if (m_process.state() != QProcess::NotRunning)
        return u"running"_s;
    // On Unix, QProcess gives the signal's number as the exit code of a crash.
    return m_process.exitStatus() == QProcess::CrashExit
            ? u"killed by signal %1"_s.arg(m_process.exitCode())
            : u"exited with code %1"_s.arg(m_process.exitCode());
}

bool ServerProcess::waitForExit(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    drain(QProcess::StandardOutput);
    drain(QProcess::StandardError);
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::drain(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    while (m_process.canReadLine())
        m_said << QString::fromUtf8(m_process.readLine()).trimmed();
    if (m_process.state() == QProcess::NotRunning && m_process.bytesAvailable() > 0)
        m_said << QString::fromUtf8(m_process.readAll()).trimmed();
    m_process.setReadChannel(QProcess::StandardOutput);
}

} // namespace clinic::test
