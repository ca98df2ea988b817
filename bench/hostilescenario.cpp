#include "hostilescenario.h"

#include "protocol/message.h"
#include "rawwebsocket.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace clinic::bench {

using namespace Qt::StringLiterals;
using test::RawWebSocket;

namespace {

QElapsedTimer scenarioClock;

double nowMs()
{
    return double(scenarioClock.nsecsElapsed()) / 1e6;
}

QHostAddress loopback(int a, int b, int c)
{
    return QHostAddress(
            quint32((127u << 24) | (quint32(a) << 16) | (quint32(b) << 8) | quint32(c)));
}

std::unique_ptr<RawWebSocket> connectFrom(const ServerProcess &server, const QHostAddress &from,
                                          int receiveBuffer = 0)
{
    auto socket = std::make_unique<RawWebSocket>();
    socket->setPinnedFingerprint(server.fingerprint());
    socket->setLocalAddress(from);
    socket->setReceiveBufferSize(receiveBuffer);
    if (!socket->connectTo(QUrl(server.url()))) {
        std::printf("  cannot connect from %s: %s\n", qPrintable(from.toString()),
                    qPrintable(socket->errorString()));
        return nullptr;
    }
    const auto hello = socket->call({ u"hello"_s, 1, { { u"app"_s, u"server_bench"_s } } });
    return hello && hello->type == u"hello" ? std::move(socket) : nullptr;
}

QString describe(const std::optional<Message> &reply)
{
    if (!reply)
        return u"no answer"_s;
    return reply->type == u"error" ? reply->body.value(u"code"_s).toString() : reply->type;
}

// The honest clients: signed in (each user once; the others resume that session, so no hashing
// per connection) and pinging in turn, one ping every 2 ms across them all.
class Honest
{
public:
    bool open(const ServerProcess &server, const QStringList &users, const QString &password,
              int count)
    {
        QHash<QString, QString> tokens;
        for (int i = 0; i < count; ++i) {
            const QString user = users.at(i % users.size());
            auto socket = connectFrom(server, QHostAddress::LocalHost);
            if (!socket)
                return false;
            std::optional<Message> reply;
            if (!tokens.contains(user)) {
                reply = socket->call({ u"sign_in"_s,
                                       2,
                                       { { u"username"_s, user }, { u"password"_s, password } } },
                                     60000);
                if (reply && reply->type == u"signed_in")
                    tokens.insert(user, reply->body.value(u"token"_s).toString());
            } else {
                reply = socket->call({ u"resume"_s, 2, { { u"token"_s, tokens.value(user) } } });
            }
            if (!reply || reply->type != u"signed_in") {
                std::printf("  honest client %d (%s) not signed in: %s\n", i, qPrintable(user),
                            qPrintable(describe(reply)));
                return false;
            }
            RawWebSocket *raw = socket.get();
            QObject::connect(raw, &RawWebSocket::progressed, raw, [this, raw] { collect(*raw); });
            m_clients.push_back(std::move(socket));
        }
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { pingNext(); });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.start(2);
        return true;
    }

    // Round trips since the last call; pings older than 2 s without an answer are lost.
    Spread take(int *lost)
    {
        const double now = nowMs();
        *lost = 0;
        for (auto it = m_sent.begin(); it != m_sent.end();) {
            if (now - it.value() > 2000) {
                ++*lost;
                it = m_sent.erase(it);
            } else {
                ++it;
            }
        }
        const Spread spread = spreadOf(m_rtts);
        m_rtts.clear();
        return spread;
    }

    int connected() const
    {
        int open = 0;
        for (const auto &client : m_clients)
            open += client->isOpen() && !client->closeReceived();
        return open;
    }

private:
    void pingNext()
    {
        if (m_clients.empty())
            return;
        RawWebSocket &client = *m_clients[m_next++ % m_clients.size()];
        if (!client.isOpen())
            return;
        const quint64 id = m_nextId++;
        m_sent.insert(id, nowMs());
        client.sendMessage({ u"ping"_s, id, {} });
    }

    void collect(RawWebSocket &client)
    {
        while (client.pendingMessages() > 0) {
            const auto message = client.waitForMessage(0);
            if (!message)
                break;
            const auto it = m_sent.constFind(message->id);
            if (message->type == u"pong" && it != m_sent.cend()) {
                m_rtts << nowMs() - it.value();
                m_sent.erase(it);
            }
        }
    }

    std::vector<std::unique_ptr<RawWebSocket>> m_clients;
    QTimer m_timer;
    size_t m_next = 0;
    quint64 m_nextId = 1000;
    QHash<quint64, double> m_sent;
    QList<double> m_rtts;
};

// The server's RSS sampled every 100 ms while an attack runs.
class RssWatch
{
public:
    explicit RssWatch(const ServerProcess &server) : m_server(server)
    {
        m_before = m_most = m_server.residentKb();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_most = qMax(m_most, m_server.residentKb()); });
        m_timer.start(100);
    }
    qint64 before() const { return m_before; }
    qint64 most() const { return qMax(m_most, m_server.residentKb()); }

private:
    const ServerProcess &m_server;
    QTimer m_timer;
    qint64 m_before = 0, m_most = 0;
};

void idle(qint64 ms)
{
    waitUntil([] { return false; }, ms, 20);
}

void printPhase(const char *what, Honest &honest, const RssWatch &rss, qint64 after)
{
    int lost = 0;
    const Spread pings = honest.take(&lost);
    std::printf("  %-34s %6d %7.2f %7.2f %7.2f %5d   %7lld %7lld %7lld KB\n", what, pings.count,
                pings.p50, pings.p99, pings.max, lost, static_cast<long long>(rss.before()),
                static_cast<long long>(rss.most()), static_cast<long long>(after));
}

// (a) Registrations as fast as the server answers, eight outstanding at a time.
QString floodRegistrations(const ServerProcess &server, int seconds)
{
    auto socket = connectFrom(server, loopback(2, 0, 1));
    if (!socket)
        return u"no connection"_s;
    QMap<QString, int> codes;
    QHash<quint64, bool> outstanding;
    quint64 nextId = 10;
    const double end = nowMs() + seconds * 1000.0;
    const auto send = [&] {
        const quint64 id = nextId++;
        outstanding.insert(id, true);
        socket->sendMessage({ u"register"_s,
                              id,
                              { { u"username"_s, u"flood%1"_s.arg(id) },
                                { u"display_name"_s, u"Flood %1"_s.arg(id) },
                                { u"role"_s, u"patient"_s },
                                { u"password"_s, u"Quartz-Meadow-%1-Lantern"_s.arg(id) } } });
    };
    QObject::connect(socket.get(), &RawWebSocket::progressed, socket.get(), [&] {
        while (socket->pendingMessages() > 0) {
            const auto reply = socket->waitForMessage(0);
            if (!reply || !outstanding.remove(reply->id))
                continue;
            ++codes[describe(reply)];
            if (nowMs() < end && socket->isOpen())
                send();
        }
    });
    for (int i = 0; i < 8; ++i)
        send();
    waitUntil([&] { return (nowMs() >= end && outstanding.isEmpty()) || !socket->isOpen(); },
              qint64(seconds) * 1000 + 120000, 20);
    QStringList summary;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        summary << u"%1 x %2"_s.arg(it.value()).arg(it.key());
    if (!socket->isOpen() || socket->closeReceived())
        summary << u"closed by the server (%1)"_s.arg(socket->closeCode());
    return summary.join(u", ");
}

// (b) Connections that say hello and nothing more, 25 per address (an address's own cap of
// unauthenticated connections is 32 by default).
QString idleConnections(const ServerProcess &server, int count, int seconds)
{
    std::vector<std::unique_ptr<RawWebSocket>> idle;
    int greeted = 0, refused = 0, pending = 0, next = 0;
    const auto openMore = [&] {
        while (pending < 32 && next < count) {
            auto socket = std::make_unique<RawWebSocket>();
            socket->setPinnedFingerprint(server.fingerprint());
            socket->setLocalAddress(loopback(3, next / 25, next % 25 + 1));
            socket->open(QUrl(server.url()));
            idle.push_back(std::move(socket));
            ++pending;
            ++next;
        }
    };
    std::vector<bool> counted;
    const double start = nowMs();
    openMore();
    waitUntil(
            [&] {
                counted.resize(idle.size(), false);
                for (size_t i = 0; i < idle.size(); ++i) {
                    RawWebSocket &socket = *idle[i];
                    if (counted[i] || socket.state() == RawWebSocket::State::Connecting
                        || socket.state() == RawWebSocket::State::Upgrading)
                        continue;
                    counted[i] = true;
                    --pending;
                    if (socket.isOpen()) {
                        socket.sendMessage({ u"hello"_s, 1, { { u"app"_s, u"idle"_s } } });
                        ++greeted;
                    } else {
                        ++refused;
                    }
                }
                openMore();
                return next >= count && pending == 0;
            },
            120000, 10);
    const double opened = (nowMs() - start) / 1000;
    waitUntil([] { return false; }, qint64(seconds) * 1000, 50);
    int closedByServer = 0;
    for (const auto &socket : idle)
        closedByServer += socket->closeReceived() || socket->disconnected();
    for (auto &socket : idle)
        socket->abort();
    return u"%1 opened in %2 s (%3 refused before the upgrade), %4 closed by the server while idle"_s
            .arg(greeted)
            .arg(opened, 0, 'f', 1)
            .arg(refused)
            .arg(closedByServer);
}

// (c) A reader that never reads, asking for pages of ~48 KB at half the pace the server
// answers them.
QString slowReader(const ServerProcess &server, const QString &adminPassword, int seconds)
{
    auto admin = connectFrom(server, loopback(4, 0, 1));
    if (!admin)
        return u"no connection"_s;
    const auto signedIn =
            admin->call({ u"sign_in"_s,
                          2,
                          { { u"username"_s, u"admin"_s }, { u"password"_s, adminPassword } } },
                        60000);
    if (!signedIn || signedIn->type != u"signed_in")
        return u"the admin could not sign in: "_s + describe(signedIn);
    // A directory worth pulling: 200 clinic locations of ~1 KB.
    quint64 id = 10;
    for (int done = 0; done < 200;) {
        QCborArray mutations;
        for (int i = 0; i < 40; ++i, ++done)
            mutations.append(QCborMap { { u"n"_s, done + 1 },
                                        { u"name"_s, u"location.put"_s },
                                        { u"args"_s,
                                          QCborMap { { u"id"_s, u"bench-loc-%1"_s.arg(done) },
                                                     { u"name"_s, u"Location %1"_s.arg(done) },
                                                     { u"address_line"_s, QString(200, u'a') },
                                                     { u"city"_s, QString(100, u'c') },
                                                     { u"country"_s, QString(100, u'n') },
                                                     { u"hours"_s, QString(500, u'h') } } } });
        const auto pushed = admin->call(
                { u"push"_s,
                  id++,
                  { { u"client"_s, u"bench-admin"_s }, { u"mutations"_s, mutations } } });
        if (!pushed || pushed->type != u"ok")
            return u"filling the directory failed: "_s + describe(pushed);
    }
    const QCborMap pull { { u"client"_s, u"bench-slow"_s } };
    const quint64 first = id;
    const double start = nowMs();
    for (int i = 0; i < 16; ++i)
        admin->sendMessage({ u"pull"_s, id++, pull });
    qsizetype replyBytes = 0;
    for (int i = 0; i < 16; ++i) {
        const auto reply = admin->waitForReply(first + quint64(i));
        if (!reply)
            return u"pulls unanswered"_s;
        replyBytes = reply->encode().size();
    }
    const double pullMs = qMax(0.5, (nowMs() - start) / 16);

    auto slow = connectFrom(server, loopback(4, 0, 2), 4096);
    if (!slow)
        return u"no connection for the slow reader"_s;
    const auto resumed =
            slow->call({ u"resume"_s, 2, { { u"token"_s, signedIn->body.value(u"token"_s) } } });
    if (!resumed || resumed->type != u"signed_in")
        return u"the slow reader could not resume: "_s + describe(resumed);
    slow->stopReading();
    int sent = 0;
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
        for (int i = 0; i < 8 && !slow->disconnected(); ++i, ++sent)
            slow->sendMessage({ u"pull"_s, id++, pull });
    });
    pace.start(int(std::ceil(pullMs * 8 * 2)));
    waitUntil([&] { return slow->disconnected(); }, qint64(seconds) * 1000, 50);
    pace.stop();
    slow->resumeReading();
    slow->waitForClose(5000);
    return u"%1 pulls of %2 KB asked (%3 MB); then read %4 MB; %5"_s.arg(sent)
            .arg(replyBytes / 1024)
            .arg(double(sent) * double(replyBytes) / 1e6, 0, 'f', 0)
            .arg(double(slow->bytesReceived()) / 1e6, 0, 'f', 1)
            .arg(slow->closeReceived() ? u"closed by the server (%1 %2)"_s.arg(slow->closeCode())
                                                 .arg(slow->closeReason())
                         : slow->disconnected() ? u"dropped by the server"_s
                                                : u"still open"_s);
}

} // namespace

int runHostileScenario(const HostileOptions &options)
{
    scenarioClock.start();
    ServerProcess server;
    if (!server.start(options.binary, options.dataDir))
        return 1;
    std::printf("hostile scenario: %s at %s, pid %lld\n", qPrintable(server.name()),
                qPrintable(server.url()), static_cast<long long>(server.pid()));
    idle(500);
    Honest honest;
    if (!honest.open(server, options.honestUsers, options.honestPassword, options.honestClients)) {
        std::printf("the honest clients could not sign in\n");
        return 1;
    }
    std::printf("%d honest clients signed in (%lld accounts), one ping every 2 ms among them\n\n",
                options.honestClients, static_cast<long long>(options.honestUsers.size()));
    std::printf("  %-34s %6s %7s %7s %7s %5s   %7s %7s %7s\n", "ping round trips (ms)", "pongs",
                "p50", "p99", "max", "lost", "RSS bef", "most", "after");
    {
        RssWatch rss(server);
        idle(options.seconds * 1000);
        printPhase("no attack", honest, rss, server.residentKb());
    }
    QStringList notes;
    {
        RssWatch rss(server);
        const QString what = floodRegistrations(server, options.seconds);
        idle(1000);
        printPhase("(a) registration flood", honest, rss, server.residentKb());
        notes << u"(a) "_s + what;
    }
    {
        RssWatch rss(server);
        const QString what = idleConnections(server, options.idleConnections, options.seconds);
        idle(2000);
        printPhase(qPrintable(u"(b) %1 idle unauthenticated"_s.arg(options.idleConnections)),
                   honest, rss, server.residentKb());
        notes << u"(b) "_s + what;
    }
    {
        RssWatch rss(server);
        const QString what = slowReader(server, options.adminPassword, options.seconds);
        idle(2000);
        printPhase("(c) a reader that never reads", honest, rss, server.residentKb());
        notes << u"(c) "_s + what;
    }
    std::printf("\n  %s\n  honest clients still connected: %d of %d\n",
                qPrintable(notes.join(u"\n  "_s)), honest.connected(), options.honestClients);
    return stopAndReport(server);
}

} // namespace clinic::bench
