#include "servercommands.h"

#include "accountrepository.h"
#include "accountservice.h"
#include "crypto/passwordhash.h"
#include "providerdelisting.h"
#include "serverdatabase.h"
#include "serverstore.h"
#include "syncserver.h"
#include "syncservice.h"
#include "terminationsignals.h"
#include "tlsidentity.h"
#include "util/atomicfile.h"
#include "util/passwordinput.h"
#include "util/version.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

const Actor cli { u"cli"_s, u"cli"_s };

void out(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "clinic-sync-server: %s\n", qPrintable(text));
    return 1;
}

int fail(const Error &error)
{
    return fail(error.fullText());
}

// Text a user chose (a display name from a self-registration), made safe for a terminal:
// control and format characters (escape sequences, bidirectional overrides, zero-width
// marks) are shown as \u{...} instead of acting on the administrator's terminal.
QString terminalSafe(const QString &text)
{
    QString safe;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
            || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned)
            safe += u"\\u{%1}"_s.arg(uint(c), 4, 16, QChar(u'0'));
        else
            safe += QString::fromUcs4(&c, 1);
    }
    return safe;
}

struct Options
{
    QCommandLineOption dataDir { u"data-dir"_s, u"The server's data directory."_s, u"dir"_s };
    QCommandLineOption database {
        u"db"_s,
        u"A PostgreSQL database to keep the data in instead of the data directory's store: "
        u"postgresql://user@host:port/name. Several servers may share one."_s,
        u"url"_s
    };
    QCommandLineOption admin { u"admin"_s, u"init: the first administrator's user name."_s,
                               u"name"_s };
    QCommandLineOption displayName { u"display-name"_s, u"The person's name as others see it."_s,
                                     u"name"_s };
    QCommandLineOption listen { u"listen"_s, u"serve: address and port (default 127.0.0.1:7443)."_s,
                                u"host:port"_s };
    QCommandLineOption certificate { u"cert"_s, u"serve: TLS certificate (PEM)."_s, u"file"_s };
    QCommandLineOption key { u"key"_s, u"serve: TLS private key (PEM)."_s, u"file"_s };
    QCommandLineOption insecure { u"insecure-loopback"_s,
                                  u"serve: plain ws, loopback only (tests)."_s };
    QCommandLineOption publicUrl { u"public-url"_s,
                                   u"serve: how clients reach this server, wss://host:port, for "
                                   u"video calls across servers on one --db (docs/video.md)."_s,
                                   u"url"_s };
    QCommandLineOption username { u"username"_s, u"user: the account's user name."_s, u"name"_s };
    QCommandLineOption role { u"role"_s,
                              u"user: patient, doctor, nurse, front_desk, pharmacist or admin."_s,
                              u"role"_s };
    QCommandLineOption licence { u"licence"_s, u"user add: a provider's licence number."_s,
                                 u"number"_s };
    QCommandLineOption specialty { u"specialty"_s,
                                   u"user add: a provider's specialties, comma-separated."_s,
                                   u"text"_s };
    QCommandLineOption credentials { u"credentials"_s,
                                     u"user add: a provider's credentials and certifications."_s,
                                     u"text"_s };
    QCommandLineOption reason { u"reason"_s, u"user disable/verify: why."_s, u"text"_s };
    QCommandLineOption reject { u"reject"_s, u"user verify: reject instead of approve."_s };
    QCommandLineOption requireTotp { u"require-totp-for-staff"_s, u"policy: on or off."_s,
                                     u"on|off"_s };
    QCommandLineOption as { u"as"_s, u"change: the user the change is made as."_s, u"name"_s };
    QCommandLineOption change { u"change"_s, u"change: the mutation, e.g. appointment.request."_s,
                                u"name"_s };
    QCommandLineOption args { u"args"_s, u"change: its arguments as a JSON object."_s, u"json"_s };
    QCommandLineOption idleLock { u"idle-lock-minutes"_s,
                                  u"policy: desktop auto-lock after this many idle minutes."_s,
                                  u"minutes"_s };
    QCommandLineOption limit { u"limit"_s,
                               u"serve: set one limit, NAME=VALUE (repeatable; see below)."_s,
                               u"name=value"_s };
};

struct Opened
{
    std::unique_ptr<ServerDatabase> store;
    std::unique_ptr<AccountService> accounts;
};

Result<Opened> openService(const QCommandLineParser &parser, const Options &o)
{
    auto store = ServerDatabase::open(parser.value(o.dataDir), parser.value(o.database));
    if (!store)
        return store.error();
    Opened opened;
    opened.store = std::move(store).value();
    opened.accounts = std::make_unique<AccountService>(opened.store->database(),
                                                       PasswordHash::accountDefault());
    return opened;
}

Result<Account> addAccount(AccountService &accounts, const NewAccount &account, const QString &what)
{
    auto password = PasswordInput::readNew(what + u" password: ", u"Again: "_s);
    if (!password)
        return password.error();
    if (auto valid = accounts.validateNew(account, password.value()); !valid)
        return valid.error();
    auto hash = PasswordHash::create(password.value(), accounts.hashing());
    if (!hash)
        return hash.error();
    return accounts.create(account, hash.value(), AccountStatus::Active, false, cli);
}

// On PostgreSQL: the schema, and the first administrator if the database has no accounts.
int initShared(const QCommandLineParser &parser, const Options &o, const NewAccount &account)
{
    auto opened = openService(parser, o);
    if (!opened)
        return fail(opened.error());
    auto count = AccountRepository(opened->store->database()).count();
    if (!count)
        return fail(count.error());
    if (count.value() > 0)
        return fail(u"%1 already holds a Clinic server's data."_s.arg(opened->store->describe()));
    auto created = addAccount(*opened->accounts, account, u"Administrator"_s);
    if (!created)
        return fail(created.error());
    out(u"Initialised %1 with administrator %2."_s.arg(opened->store->describe(),
                                                       created->username));
    return 0;
}

int init(const QCommandLineParser &parser, const Options &o)
{
    const QString dir = parser.value(o.dataDir);
    const QString admin = parser.value(o.admin);
    if ((dir.isEmpty() && !parser.isSet(o.database)) || admin.isEmpty())
        return fail(u"init needs --admin, and --data-dir or --db"_s);
    NewAccount account { admin,
                         parser.isSet(o.displayName) ? parser.value(o.displayName) : admin,
                         Role::Admin,
                         {},
                         {} };
    if (!AccountService::isValidUsername(account.username.toLower()))
        return fail(AccountService::tr("A user name has 3 to 32 letters, digits, dots, dashes or "
                                       "underscores, and starts with a letter or digit."));
    if (parser.isSet(o.database))
        return initShared(parser, o, account);
    Result<Account> created = makeError(ErrorCode::Unknown, {});
    {
        auto store = ServerStore::create(dir);
        if (!store)
            return fail(store.error());
        AccountService accounts(store.value()->database(), PasswordHash::accountDefault());
        created = addAccount(accounts, account, u"Administrator"_s);
    }
    if (!created) {
        // Nothing half-made stays behind: a failed init can simply be run again.
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(ServerStore::databasePath(dir) + suffix);
        QFile::remove(ServerStore::keyPath(dir));
        return fail(created.error());
    }
    out(u"Initialised %1 with administrator %2."_s.arg(QDir::toNativeSeparators(dir),
                                                       created->username));
    out(u"Back up %1 together with the store: without it the store cannot be opened."_s.arg(
            QDir::toNativeSeparators(ServerStore::keyPath(dir))));
    return 0;
}

void raiseFileLimit()
{
    // One socket per client: the default soft limit of 1,024 descriptors is too few.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int number = text.mid(colon + 1).toInt(&ok);
    *address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    *port = quint16(number);
    return ok && number >= 0 && number <= 65535 && !address->isNull();
}

void writeStatus(const QString &dir, const SyncServer &server, qint64 startedAt)
{
    const QJsonObject status {
        { u"pid"_s, qint64(::getpid()) }, { u"version"_s, QLatin1StringView(clinicVersion) },
        { u"url"_s, server.url() },       { u"connections"_s, server.connectionCount() },
        { u"started_at"_s, startedAt },   { u"updated_at"_s, QDateTime::currentMSecsSinceEpoch() }
    };
    (void)writeFileAtomically(QDir(dir).filePath(u"status.json"_s), QJsonDocument(status).toJson(),
                              QFile::ReadOwner | QFile::WriteOwner);
}

// The names a certificate made here is issued for. Clients pin its fingerprint, so these are
// for people reading it; the wildcard addresses are left out.
QStringList certificateNames(const QHostAddress &address)
{
    QStringList names { u"localhost"_s, u"127.0.0.1"_s };
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv6
        && address != QHostAddress::AnyIPv4 && !names.contains(address.toString()))
        names.prepend(address.toString());
    return names;
}

int serve(QCoreApplication &app, const QCommandLineParser &parser, const Options &o)
{
    ServerOptions options;
    for (const QString &assignment : parser.values(o.limit)) {
        if (auto set = options.limits.set(assignment); !set)
            return fail(set.error());
    }
    options.dataDir = parser.value(o.dataDir);
    options.databaseUrl = parser.value(o.database);
    if (options.dataDir.isEmpty())
        return fail(u"serve needs --data-dir"_s);
    const QString listen = parser.isSet(o.listen) ? parser.value(o.listen) : u"127.0.0.1:7443"_s;
    if (!parseListen(listen, &options.address, &options.port))
        return fail(u"--listen wants HOST:PORT, for example 127.0.0.1:7443"_s);
    if (!parser.isSet(o.insecure)) {
        const QString tlsDir =
                QFileInfo(ServerStore::certificatePath(options.dataDir)).absolutePath();
        if (!QDir().mkpath(tlsDir))
            return fail(u"cannot create %1"_s.arg(tlsDir));
        auto identity = parser.isSet(o.certificate) || parser.isSet(o.key)
                ? TlsIdentityStore::load(parser.value(o.certificate), parser.value(o.key))
                : TlsIdentityStore::loadOrCreate(ServerStore::certificatePath(options.dataDir),
                                                 ServerStore::privateKeyPath(options.dataDir),
                                                 u"clinic-sync-server"_s,
                                                 certificateNames(options.address));
        if (!identity)
            return fail(identity.error());
        options.tls = identity.value();
    }
    options.publicUrl = parser.value(o.publicUrl);
    raiseFileLimit();
    SyncServer server;
    if (auto started = server.start(options); !started)
        return fail(started.error());
    out(u"%1 listening on %2"_s.arg(SyncServer::serverName(), server.url()));
    if (!server.anchorUrl().isEmpty())
        out(u"video calls anchored here are joined at "_s + server.anchorUrl());
    if (options.tls)
        out(u"certificate SHA-256 fingerprint: "_s + options.tls->fingerprint());
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    QTimer status;
    QObject::connect(&status, &QTimer::timeout, &app,
                     [&] { writeStatus(options.dataDir, server, startedAt); });
    status.start(5000);
    writeStatus(options.dataDir, server, startedAt);
    quitOnTerminationSignals(app);
    const int code = app.exec();
    server.stop();
    QFile::remove(QDir(options.dataDir).filePath(u"status.json"_s));
    out(u"stopped"_s);
    return code;
}

int userCommand(const QString &action, const QCommandLineParser &parser, const Options &o)
{
    auto opened = openService(parser, o);
    if (!opened)
        return fail(opened.error());
    AccountService &accounts = *opened->accounts;
    if (action == u"list") {
        auto list = accounts.accounts();
        if (!list)
            return fail(list.error());
        out(u"%1 %2 %3 %4 %5"_s.arg(u"USERNAME"_s, -20)
                    .arg(u"ROLE"_s, -11)
                    .arg(u"STATUS"_s, -9)
                    .arg(u"2FA"_s, -4)
                    .arg(u"NAME"_s));
        for (const Account &a : list.value())
            out(u"%1 %2 %3 %4 %5"_s.arg(a.username, -20)
                        .arg(Roles::name(a.role), -11)
                        .arg(AccountStatuses::name(a.status), -9)
                        .arg(a.totpEnabled ? u"yes"_s : u"no"_s, -4)
                        .arg(terminalSafe(a.displayName)));
        return 0;
    }
    const QString username = parser.value(o.username);
    if (username.isEmpty())
        return fail(u"user %1 needs --username"_s.arg(action));
    if (action == u"add") {
        const auto role = Roles::fromName(parser.value(o.role));
        if (!role)
            return fail(
                    u"user add needs --role (patient, doctor, nurse, front_desk, pharmacist, admin)"_s);
        NewAccount account { username,
                             parser.isSet(o.displayName) ? parser.value(o.displayName) : username,
                             *role,
                             parser.value(o.licence),
                             parser.value(o.specialty),
                             parser.value(o.credentials) };
        auto created = addAccount(accounts, account, u"New"_s);
        if (!created)
            return fail(created.error());
        out(u"Added %1 (%2)."_s.arg(created->username, Roles::name(created->role)));
        return 0;
    }
    auto account = accounts.accountByUsername(username);
    if (!account)
        return fail(account.error());
    if (action == u"id") {
        // The account's id alone, for scripts: what "@name" stands for in change's arguments,
        // for a script that must sign the id itself (clinic-cli rx sign).
        out(account->id);
        return 0;
    }
    Result<void> done;
    bool stillListed = action != u"disable"; // a doctor disabled or given another role is not
    if (action == u"disable" || action == u"enable") {
        auto ended =
                accounts.setEnabled(account->id, action == u"enable", parser.value(o.reason), cli);
        done = ended ? Result<void>() : Result<void>(ended.error());
    } else if (action == u"verify") {
        done = accounts.verifyProvider(account->id, !parser.isSet(o.reject), parser.value(o.reason),
                                       cli);
    } else if (action == u"set-role") {
        const auto role = Roles::fromName(parser.value(o.role));
        if (!role)
            return fail(u"user set-role needs --role"_s);
        done = accounts.setRole(account->id, *role, cli);
        stillListed = *role == Role::Doctor;
    } else if (action == u"reset-password") {
        auto password = PasswordInput::readNew(u"New password: "_s, u"Again: "_s);
        if (!password)
            return fail(password.error());
        if (auto valid = accounts.validateNew(
                    { account->username, account->displayName, account->role, {}, {} },
                    password.value());
            !valid)
            return fail(valid.error());
        auto hash = PasswordHash::create(password.value(), accounts.hashing());
        if (!hash)
            return fail(hash.error());
        auto ended = accounts.resetPassword(account->id, hash.value(), cli);
        done = ended ? Result<void>() : Result<void>(ended.error());
    } else {
        return fail(u"unknown user command “%1”"_s.arg(action));
    }
    if (!done)
        return fail(done.error());
    if (account->role == Role::Doctor && !stillListed) {
        // Nobody may find a doctor who cannot be booked. The change is made in the doctor's
        // own name: the command line has no account of its own, and the audit log already
        // says who disabled them.
        SyncService sync(opened->store->database(), Clock::system());
        if (auto delisted = delistProvider(sync, account.value(), account->id); !delisted)
            return fail(delisted.error());
    }
    out(u"Done: %1 %2."_s.arg(action, account->username));
    return 0;
}

int auditCommand(const QString &action, const QCommandLineParser &parser, const Options &o)
{
    auto opened = openService(parser, o);
    if (!opened)
        return fail(opened.error());
    if (action == u"export") {
        auto lines = opened->accounts->audit().exportJsonLines();
        if (!lines)
            return fail(lines.error());
        std::fwrite(lines->constData(), 1, size_t(lines->size()), stdout);
        return 0;
    }
    if (action != u"verify")
        return fail(u"audit wants verify or export"_s);
    auto verification = opened->accounts->audit().verify();
    if (!verification)
        return fail(verification.error());
    if (!verification->intact)
        return fail(u"the audit log has been tampered with: "_s + verification->problem);
    out(u"The audit log is intact: %1 entries checked."_s.arg(verification->rowsChecked));
    return 0;
}

int status(const QCommandLineParser &parser, const Options &o)
{
    const QString dir = parser.value(o.dataDir);
    auto opened = openService(parser, o);
    if (!opened)
        return fail(opened.error());
    out(u"clinic-sync-server %1, data in %2"_s.arg(QLatin1StringView(clinicVersion),
                                                   QDir::toNativeSeparators(dir)));
    out(opened->store->describe());
    QSqlQuery query(opened->store->database());
    query.exec(
            u"SELECT role, status, count(*) FROM account GROUP BY role, status ORDER BY role, status"_s);
    while (query.next())
        out(u"accounts: %1 %2: %3"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString()));
    query.prepare(u"SELECT count(*) FROM session WHERE expires_at > ?"_s);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (query.exec() && query.next())
        out(u"sessions: %1 live"_s.arg(query.value(0).toInt()));
    if (query.exec(u"SELECT seq FROM audit_head"_s) && query.next())
        out(u"audit log: %1 entries"_s.arg(query.value(0).toLongLong()));
    const QJsonObject running =
            QJsonDocument::fromJson([&] {
                QFile file(QDir(dir).filePath(u"status.json"_s));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }())
                    .object();
    const bool fresh =
            QDateTime::currentMSecsSinceEpoch() - running.value(u"updated_at").toInteger() < 15000
            && ::kill(pid_t(running.value(u"pid").toInteger()), 0) == 0;
    if (fresh)
        out(u"running: pid %1 on %2, %3 clients connected"_s.arg(running.value(u"pid").toInteger())
                    .arg(running.value(u"url").toString())
                    .arg(running.value(u"connections").toInt()));
    else
        out(u"running: no"_s);
    return 0;
}

int policy(const QCommandLineParser &parser, const Options &o)
{
    auto opened = openService(parser, o);
    if (!opened)
        return fail(opened.error());
    auto settings = opened->accounts->settings();
    if (!settings)
        return fail(settings.error());
    SecuritySettings updated = settings.value();
    if (parser.isSet(o.requireTotp))
        updated.requireTotpForStaff = parser.value(o.requireTotp) == u"on";
    if (parser.isSet(o.idleLock))
        updated.idleLockMinutes = qBound(1, parser.value(o.idleLock).toInt(), 240);
    if (parser.isSet(o.requireTotp) || parser.isSet(o.idleLock)) {
        if (auto saved = opened->accounts->saveSettings(updated, cli); !saved)
            return fail(saved.error());
    }
    out(u"require 2FA for staff: %1"_s.arg(updated.requireTotpForStaff ? u"on"_s : u"off"_s));
    out(u"desktop auto-lock after: %1 minutes"_s.arg(updated.idleLockMinutes));
    return 0;
}

// Makes one change as a user, exactly as their client's push would: the same permission
// check, the same mutation code, the change log and pokes for everyone else. For scripts that
// set up a clinic (scripts/demo-clinic.sh) and for repairs an admin must make by hand.
// --args may also be a JSON array of objects: the same change with each, pushed together (a
// month of a patient's readings in one run rather than a process each).
int changeCommand(const QCommandLineParser &parser, const Options &o)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(parser.value(o.args).toUtf8(), &parseError);
    QJsonArray list = json.isArray() ? json.array() : QJsonArray { json.object() };
    const bool allObjects = std::all_of(list.cbegin(), list.cend(),
                                        [](const QJsonValue &v) { return v.isObject(); });
    if (!parser.isSet(o.as) || !parser.isSet(o.change) || !(json.isObject() || json.isArray())
        || list.isEmpty() || !allObjects)
        return fail(
                u"change needs --as USER, --change NAME and --args '{...}' (a JSON object%1)"_s.arg(
                        parseError.error == QJsonParseError::NoError
                                ? QString()
                                : u": "_s + parseError.errorString()));
    auto opened = openService(parser, o);
    if (!opened)
        return fail(opened.error());
    auto account = opened->accounts->accountByUsername(parser.value(o.as));
    if (!account)
        return fail(account.error());
    SyncService sync(opened->store->database(), Clock::system());
    // A client of its own for each run: its numbering starts at 1. A push takes at most
    // SyncService::maxMutationsPerPush changes.
    const QString client = QUuid::createUuid().toString(QUuid::Id128);
    qint64 number = 0;
    for (qsizetype first = 0; first < list.size(); first += SyncService::maxMutationsPerPush) {
        QCborArray mutations;
        for (qsizetype i = first;
             i < std::min(list.size(), first + qsizetype(SyncService::maxMutationsPerPush)); ++i) {
            // "@maria" in an argument stands for maria's account id, which scripts do not know.
            QJsonObject arguments = list.at(i).toObject();
            for (auto it = arguments.begin(); it != arguments.end(); ++it) {
                if (!it->isString() || !it->toString().startsWith(u'@'))
                    continue;
                auto named = opened->accounts->accountByUsername(it->toString().mid(1));
                if (!named)
                    return fail(named.error());
                *it = named->id;
            }
            mutations.append(QCborMap { { u"n"_s, ++number },
                                        { u"name"_s, parser.value(o.change) },
                                        { u"args"_s, QCborValue::fromJsonValue(arguments) } });
        }
        auto pushed =
                sync.push(*account, { { u"client"_s, client }, { u"mutations"_s, mutations } });
        if (!pushed)
            return fail(pushed.error());
        for (const QCborValue &entry : pushed->reply.value(u"outcomes"_s).toArray()) {
            const QCborMap outcome = entry.toMap();
            if (outcome.value(u"status"_s).toString() != u"confirmed")
                return fail(u"refused: "_s + outcome.value(u"reason"_s).toString());
        }
    }
    out(u"Done: %1 as %2%3."_s.arg(parser.value(o.change), account->username,
                                   list.size() > 1 ? u" (%1 times)"_s.arg(list.size())
                                                   : QString()));
    return 0;
}

} // namespace

int runServerCommand(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"The Clinic sync server.\n\n"
            "  init            create a data directory and its first administrator\n"
            "  serve           accept clients over TLS WebSockets\n"
            "  user add|list|id|disable|enable|verify|reset-password|set-role\n"
            "  audit verify|export\n"
            "  policy          show or set the security policy\n"
            "  status          show the store and whether a server is running\n"
            "  change          make one change as a user (--as, --change, --args; \"@name\"\n"
            "                  in an argument is that user's account id)\n\n"
            "Passwords are read from the terminal, or one per line from standard input.\n\n"
            "serve --limit NAME=VALUE sets what one client may hold (docs/security.md):\n  "_s
            + ServerLimits::describe().join(u"\n  "_s));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"What to do."_s);
    const Options o;
    parser.addOptions({ o.as,          o.change,      o.args,   o.dataDir,     o.database,
                        o.admin,       o.displayName, o.listen, o.certificate, o.key,
                        o.insecure,    o.username,    o.role,   o.licence,     o.specialty,
                        o.credentials, o.reason,      o.reject, o.requireTotp, o.idleLock,
                        o.limit,       o.publicUrl });
    parser.process(app);
    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    const bool needsDataDir = command == u"serve" || command == u"status";
    if (command != u"init" && !command.isEmpty() && !parser.isSet(o.dataDir)
        && (needsDataDir || !parser.isSet(o.database)))
        return fail(needsDataDir ? u"%1 needs --data-dir"_s.arg(command)
                                 : u"%1 needs --data-dir or --db"_s.arg(command));
    if (command == u"init")
        return init(parser, o);
    if (command == u"serve")
        return serve(app, parser, o);
    if (command == u"user")
        return userCommand(words.value(1), parser, o);
    if (command == u"audit")
        return auditCommand(words.value(1), parser, o);
    if (command == u"status")
        return status(parser, o);
    if (command == u"change")
        return changeCommand(parser, o);
    if (command == u"policy")
        return policy(parser, o);
    parser.showHelp(command.isEmpty() ? 0 : 2);
}

} // namespace clinic
