#include "clientcommands.h"

#include "gattcommand.h"
#include "rxcommand.h"

#include "domain/role.h"
#include "sync/knownservers.h"
#include "sync/serverconnection.h"
#include "util/atomicfile.h"
#include "util/passwordinput.h"
#include "util/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 30 * 1000;

int fail(const QString &text)
{
    std::fprintf(stderr, "clinic-cli: %s\n", qPrintable(text));
    return 1;
}

// Runs the event loop until `finish` is called or the time is up.
class Run
{
public:
    explicit Run(QCoreApplication &app) : m_app(app)
    {
        QTimer::singleShot(timeoutMs, &app,
                           [this] { finish(fail(u"the server did not answer in time"_s)); });
    }
    void finish(int code)
    {
        if (m_done)
            return;
        m_done = true;
        m_code = code;
        m_app.exit(code);
    }
    int exec()
    {
        const int code = m_app.exec();
        return m_done ? m_code : code;
    }

private:
    QCoreApplication &m_app;
    bool m_done = false;
    int m_code = 1;
};

QString sessionFile(const QString &dataDir, const ServerAddress &address, const QString &user)
{
    return QDir(dataDir).filePath(u"sessions/"_s + QString(address.key()).replace(u':', u'_') + u'/'
                                  + user.toLower() + u".token"_s);
}

} // namespace

int runClientCommand(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Clinic's command-line client.\n\n"
            "  login    sign in (password on standard input, or typed); keeps the session\n"
            "  whoami   show who the kept session belongs to\n"
            "  logout   end the kept session\n"
            "  gatt decode CHARACTERISTIC HEX\n"
            "           decode a Bluetooth health payload to JSON (offline; no server)\n"
            "  rx check DRUG [--with DRUG,...] [--allergy ALLERGY,...]\n"
            "           check a medicine's interactions and allergies against the shipped\n"
            "           reference data; prints JSON (offline; no server; rx --help)"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"The sync server, e.g. wss://host:7443."_s,
                                    u"url"_s);
    const QCommandLineOption pin(u"trust-fingerprint"_s,
                                 u"The server certificate's SHA-256 fingerprint (64 hex digits)."_s,
                                 u"hex"_s);
    const QCommandLineOption user(u"user"_s, u"Your user name."_s, u"name"_s);
    const QCommandLineOption totp(
            u"totp"_s, u"login: the 6-digit code from your authenticator app."_s, u"code"_s);
    const QCommandLineOption dataDir(
            u"data-dir"_s, u"Where sessions and trusted servers are kept."_s, u"dir"_s,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    parser.addOptions({ server, pin, user, totp, dataDir });
    parser.addPositionalArgument(u"command"_s, u"login, whoami, logout, gatt or rx"_s);
    // rx has options of its own (--with, --allergy): it parses its whole command line itself.
    if (app.arguments().value(1) == u"rx")
        return runRxCommand(app.arguments().mid(2));
    parser.process(app);

    const QString command = parser.positionalArguments().value(0);
    if (command == u"gatt")
        return runGattCommand(parser.positionalArguments().mid(1));
    if (command != u"login" && command != u"whoami" && command != u"logout")
        return fail(u"the command is login, whoami, logout, gatt or rx"_s);
    const auto address = ServerAddress::parse(parser.value(server));
    if (!address)
        return fail(u"--server wants wss://HOST:PORT"_s);
    const QString username = parser.value(user).trimmed();
    if (username.isEmpty())
        return fail(u"--user is required"_s);

    KnownServers known(QDir(parser.value(dataDir)).filePath(u"known-servers.json"_s));
    if (auto loaded = known.load(); !loaded)
        return fail(loaded.error().fullText());
    if (parser.isSet(pin)) {
        if (!KnownServers::isFingerprint(parser.value(pin)))
            return fail(u"--trust-fingerprint wants the 64 hex digits the server printed"_s);
        const QString trusted = known.fingerprint(address->key());
        if (!trusted.isEmpty() && trusted != KnownServers::normalised(parser.value(pin)))
            return fail(
                    u"a different certificate was trusted for %1 before; refusing to replace it"_s
                            .arg(address->key()));
        if (auto saved = known.trust(address->key(), parser.value(pin)); !saved)
            return fail(saved.error().fullText());
    }
    const QString tokenPath = sessionFile(parser.value(dataDir), *address, username);

    ServerConnection connection(u"clinic-cli "_s + QLatin1StringView(clinicVersion));
    connection.setPinnedFingerprint(known.fingerprint(address->key()));
    Run run(app);
    QObject::connect(
            &connection, &ServerConnection::certificateUnknown, &app,
            [&](const QString &fingerprint) {
                run.finish(fail(
                        u"the server's certificate is not trusted yet. Its fingerprint is %1; "
                        u"check it "
                        "with your administrator and pass --trust-fingerprint"_s.arg(fingerprint)));
            });
    QObject::connect(
            &connection, &ServerConnection::certificateMismatch, &app,
            [&](const QString &expected, const QString &presented) {
                run.finish(
                        fail(u"CERTIFICATE MISMATCH: the server presented %1, but %2 is trusted. "
                             "Someone may be intercepting the connection; nothing was sent."_s.arg(
                                     presented, expected)));
            });
    QObject::connect(
            &connection, &ServerConnection::connectionFailed, &app, [&](const QString &reason) {
                run.finish(fail(u"cannot reach %1: %2"_s.arg(address->toString(), reason)));
            });

    const auto whenReady = [&](std::function<void()> action) {
        QObject::connect(&connection, &ServerConnection::stateChanged, &app,
                         [&, action](ServerConnection::State state) {
                             if (state == ServerConnection::State::Ready
                                 && !connection.session().isValid())
                                 action();
                         });
    };

    if (command == u"login") {
        auto password = PasswordInput::read(u"Password for %1: "_s.arg(username));
        if (!password)
            return fail(password.error().message);
        const QString secret = QString::fromUtf8(password->constChar(), password->size());
        whenReady([&, secret] {
            connection.signIn(username, secret, parser.value(totp), [&](const ServerReply &reply) {
                if (!reply.ok())
                    return run.finish(fail(reply.errorText));
                const ClientSession &session = connection.session();
                QDir().mkpath(QFileInfo(tokenPath).absolutePath());
                if (auto saved = writeFileAtomically(tokenPath, session.token.toUtf8(),
                                                     QFile::ReadOwner | QFile::WriteOwner);
                    !saved)
                    return run.finish(fail(saved.error().fullText()));
                std::printf("Signed in as %s (%s).\n", qPrintable(session.username),
                            qPrintable(Roles::name(session.role)));
                run.finish(0);
            });
        });
    } else {
        QFile file(tokenPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"no session is kept for %1 on %2; log in first"_s.arg(username,
                                                                               address->key()));
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        whenReady([&, token] {
            connection.resume(token, [&](const ServerReply &reply) {
                if (!reply.ok()) {
                    if (reply.error == ProtocolError::SessionExpired)
                        QFile::remove(tokenPath);
                    return run.finish(fail(reply.errorText));
                }
                const ClientSession &session = connection.session();
                if (command == u"whoami") {
                    std::printf("%s (%s), %s\n", qPrintable(session.username),
                                qPrintable(session.displayName),
                                qPrintable(Roles::name(session.role)));
                    return run.finish(0);
                }
                connection.signOut([&](const ServerReply &done) {
                    if (!done.ok())
                        return run.finish(fail(done.errorText));
                    QFile::remove(tokenPath);
                    std::printf("Signed out.\n");
                    run.finish(0);
                });
            });
        });
    }
    connection.connectTo(*address);
    return run.exec();
}

} // namespace clinic
