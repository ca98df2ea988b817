// video_bench: video calls' media, end to end, as the call window would see it: per call two
// CallMedia (doctor and patient) with the synthetic 640x480 test pattern at 30 fps and tones.
// Prints figures; asserts nothing.
//
//   video_bench [--calls 1 | --sweep 1,5,10,15,20] [--seconds 10] [--warmup 2]
//               [--relay-only] [--server <clinic-sync-server>]
//   video_bench --loopback [--seconds 10] [--warmup 2] [--loss 0] [--delay 0]
//
// By default through the real clinic-sync-server binary, started as a child process on
// 127.0.0.1 (embedded store, fresh data dir): N doctor+patient pairs are made with its CLI,
// each doctor with video hours today and a visit the patient requested and the doctor
// confirmed, starting at the next 5-minute mark (a call may start 15 minutes before); every
// user signs in with a real ServerConnection over TLS, registers a call key, and the doctors
// call their patients with CallClient; the media go through the server's relay. All clients
// live in this process and share the machine's cores with the server: the figures are what
// the server AND 2N clients cost together on this machine.
//
// With --relay-only the clients run no codecs: each sends sealed frames of a call's sizes and
// rates (RelayLoad), so the figures are the relay's (and TLS's) alone.
//
// With --loopback: one call over the in-process LoopbackTransport (with optional loss and
// delay), so the latency is the clients' own.
//
// Latency: capture -> encode -> seal -> transport -> open -> decode -> the window's thread.
// Capture time is the one the frame carries (and stamps in its picture), on the same clock as
// the arrival, in whole milliseconds (Clock). CPU is the media thread's own time
// (CLOCK_THREAD_CPUTIME_ID): encode, seal, open, decode, audio and playout, per client, as a
// share of one core; the test pattern's drawing (the camera's part) and TLS (the connection's
// thread) are not in it. The server's CPU is its utime+stime from /proc/<pid>/stat over the
// measured time, and per thread from /proc/<pid>/task/*/stat; its memory VmRSS/VmHWM.
// Targets (issue 13): latency p95 < 150 ms, CPU < 50% of a core per client; 20 calls.

#include "benchsupport.h"
#include "calls/callclient.h"
#include "crypto/callkeys.h"
#include "crypto/sframe.h"
#include "media/callmedia.h"
#include "media/capturingaudiosink.h"
#include "media/loopbacktransport.h"
#include "media/synthetictonesource.h"
#include "media/syntheticvideosource.h"
#include "storage/encryptedstore.h"
#include "sync/callkeyregistration.h"
#include "sync/serverconnection.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;
using namespace clinic::media;

const QByteArray callId = "video-bench-call"_ba;

struct Options
{
    bool loopback = false;
    bool relayOnly = false;
    QList<int> calls { 1 };
    QString serverBinary;
    int seconds = 10;
    int warmupSeconds = 2;
    double loss = 0;
    int delayMs = 0;
};

// What one client measured of the peer's video: latency samples while timing, and the first
// and last stats while measuring (CPU and bytes over that span), with when each came.
struct Measured
{
    bool measuring = false;
    bool timing = false;
    QList<double> latencyMs;
    CallStats statsAtStart;
    CallStats lastStats;
    qint64 statsAtStartMs = -1;
    qint64 lastStatsMs = 0;
};

void watch(CallMedia &media, Measured &measured)
{
    QObject::connect(&media, &CallMedia::remoteFrameDecoded, &media,
                     [&measured](const VideoFrame &frame) {
                         if (!measured.timing)
                             return;
                         const qint64 nowUs = Clock::system().nowMs() * 1000;
                         measured.latencyMs << double(nowUs - frame.captureTimeUs) / 1000.0;
                     });
    QObject::connect(&media, &CallMedia::statsUpdated, &media, [&measured](const CallStats &stats) {
        if (!measured.measuring)
            return;
        measured.lastStatsMs = Clock::system().nowMs();
        measured.lastStats = stats;
        if (measured.statsAtStartMs < 0) {
            measured.statsAtStartMs = measured.lastStatsMs;
            measured.statsAtStart = stats;
        }
    });
}

// One client: its synthetic devices, its media, and what it measured of the peer's video.
struct Client : Measured
{
    Client(const char *name, double toneHz)
        : name(name), video(Clock::system(), 640, 480, 30), audio(Clock::system(), toneHz)
    { }

    const char *name;
    SyntheticVideoSource video;
    SyntheticToneSource audio;
    CapturingAudioSink sink { 2 };
    std::unique_ptr<CallMedia> media;
};

std::unique_ptr<CallMedia> makeMedia(const SecureBytes &secret, quint8 self, quint8 peer,
                                     CallTransport &transport, Client &client)
{
    CallMediaConfig config;
    config.participant = self;
    config.peer = peer;
    auto media = CallMedia::create(Clock::system(), secret, callId, config,
                                   { &transport, &client.video, &client.audio, &client.sink });
    if (!media)
        qFatal("CallMedia: %s", qPrintable(media.error().fullText()));
    return std::move(media).value();
}

// The call secret as a real call gets it: drawn by the doctor, sealed to the patient.
std::pair<SecureBytes, SecureBytes> agreeSecrets()
{
    const CallKeys::KeyPair doctor = CallKeys::generateKeyPair();
    const CallKeys::KeyPair patient = CallKeys::generateKeyPair();
    SecureBytes secret = CallKeys::newCallSecret();
    auto sealed = CallKeys::sealCallSecret(secret, callId, doctor.secretKey, patient.publicKey);
    if (!sealed)
        qFatal("seal: %s", qPrintable(sealed.error().fullText()));
    auto opened = CallKeys::openCallSecret(*sealed, callId, patient.secretKey, doctor.publicKey);
    if (!opened)
        qFatal("open: %s", qPrintable(opened.error().fullText()));
    return { std::move(secret), std::move(opened).value() };
}

void report(const Client &client, double seconds)
{
    const bench::Spread latency = bench::spreadOf(client.latencyMs);
    const CallStats &end = client.media->stats();
    const CallStats &start = client.statsAtStart;
    const double cpuSeconds = double(end.mediaCpuUs - start.mediaCpuUs) / 1e6;
    const double cpuSpan = qMax(0.001, double(client.lastStatsMs - client.statsAtStartMs) / 1000);
    std::printf("%-8s remote video shown: %d frames (%.1f fps); capture-to-displayed latency "
                "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                client.name, latency.count, latency.count / seconds, latency.p50, latency.p95,
                latency.p99, latency.max);
    const double sentKbps = double(end.bytesSent - start.bytesSent) * 8 / cpuSpan / 1000;
    std::printf(
            "%-8s media thread CPU %.1f%% of one core; sent %.0f kbit/s (video target %d "
            "kbit/s, %llu key frames on request), peer's video lost %llu, dropped %llu; ours "
            "skipped %llu; SFrame drops %llu, RTT %d ms, "
            "quality %s\n",
            client.name, 100.0 * cpuSeconds / cpuSpan, sentKbps, end.videoTargetKbps,
            end.keyFramesSent - start.keyFramesSent, end.videoFramesLost - start.videoFramesLost,
            end.videoFramesDropped - start.videoFramesDropped,
            end.videoFramesSkipped - start.videoFramesSkipped, end.sframeDrops.total(), end.rttMs,
            end.level == CallQualityLevel::Good           ? "good"
                    : end.level == CallQualityLevel::Fair ? "fair"
                                                          : "poor");
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
            { { u"loopback"_s, u"One call over the in-process loopback, no server."_s },
              { u"calls"_s, u"Concurrent calls through the server."_s, u"n"_s, u"1"_s },
              { u"relay-only"_s,
                u"No codecs: each client sends sealed frames of a call's sizes and rates."_s },
              { u"sweep"_s, u"Several runs, one per number of calls: 1,5,10,15,20."_s, u"list"_s },
              { u"server"_s, u"The clinic-sync-server binary."_s, u"path"_s,
                QString::fromUtf8(CLINIC_SERVER_BINARY) },
              { u"seconds"_s, u"Seconds measured."_s, u"n"_s, u"10"_s },
              { u"warmup"_s, u"Seconds before measuring."_s, u"n"_s, u"2"_s },
              { u"loss"_s, u"--loopback: share of frames lost, each way (0..1)."_s, u"p"_s,
                u"0"_s },
              { u"delay"_s, u"--loopback: one-way delay in ms."_s, u"ms"_s, u"0"_s } });
    parser.process(app);
    Options options;
    options.loopback = parser.isSet(u"loopback"_s);
    options.relayOnly = parser.isSet(u"relay-only"_s);
    options.serverBinary = parser.value(u"server"_s);
    if (parser.isSet(u"sweep"_s)) {
        options.calls.clear();
        for (const QString &n : parser.value(u"sweep"_s).split(u',', Qt::SkipEmptyParts))
            options.calls << qBound(1, n.trimmed().toInt(), 200);
        if (options.calls.isEmpty())
            options.calls << 1;
    } else {
        options.calls = { qBound(1, parser.value(u"calls"_s).toInt(), 200) };
    }
    options.seconds = qMax(1, parser.value(u"seconds"_s).toInt());
    options.warmupSeconds = qMax(0, parser.value(u"warmup"_s).toInt());
    options.loss = qBound(0.0, parser.value(u"loss"_s).toDouble(), 1.0);
    options.delayMs = qMax(0, parser.value(u"delay"_s).toInt());
    return options;
}

int runLoopback(const Options &options)
{
    auto [doctorEnd, patientEnd] = LoopbackTransport::createPair();
    LinkImpairment link;
    link.loss = options.loss;
    link.delayMs = options.delayMs;
    doctorEnd->setImpairment(link);
    link.seed = 2;
    patientEnd->setImpairment(link);

    auto [doctorSecret, patientSecret] = agreeSecrets();
    Client doctor("doctor", 440), patient("patient", 660);
    doctor.media = makeMedia(doctorSecret, 0, 1, *doctorEnd, doctor);
    patient.media = makeMedia(patientSecret, 1, 0, *patientEnd, patient);
    watch(*doctor.media, doctor);
    watch(*patient.media, patient);
    for (Client *c : { &doctor, &patient }) {
        c->sink.start();
        c->media->start();
        c->video.start();
        c->audio.start();
    }
    std::printf("video_bench: one call, 640x480 at 30 fps and Opus both ways, in-process "
                "loopback (loss %.1f%%, delay %d ms); %d s warm-up, %d s measured\n",
                options.loss * 100, options.delayMs, options.warmupSeconds, options.seconds);

    double cpuAtStart = 0;
    QElapsedTimer measured;
    QTimer::singleShot(options.warmupSeconds * 1000, [&] {
        doctor.measuring = patient.measuring = doctor.timing = patient.timing = true;
        cpuAtStart = processCpuSeconds();
        measured.start();
    });
    // One stats interval past the end, so the last CPU figure covers the measured time.
    QTimer::singleShot((options.warmupSeconds + options.seconds) * 1000 + 1100,
                       QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();

    const double seconds = double(measured.elapsed()) / 1000.0;
    for (Client *c : { &doctor, &patient }) {
        c->video.stop();
        c->audio.stop();
        c->media->stop();
    }
    report(doctor, seconds);
    report(patient, seconds);
    std::printf("process  CPU %.1f%% of one core in all (both clients, drawing the test "
                "pattern included)\n",
                100.0 * (processCpuSeconds() - cpuAtStart) / seconds);
    return 0;
}

// --- through the real server ----------------------------------------------------------------

const QString password = u"Tide-Lamp-Orbit-77"_s;
constexpr int waitMs = 60000;

// utime + stime of a /proc stat line, in seconds; the fields after the command's ")".
double statCpuSeconds(const QByteArray &stat)
{
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
            / double(sysconf(_SC_CLK_TCK));
}

QByteArray readProc(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double processCpuSecondsOf(qint64 pid)
{
    return statCpuSeconds(readProc(u"/proc/%1/stat"_s.arg(pid)));
}

// CPU seconds so far of each thread of a process, summed by thread name (a pool's workers
// share one, as do the calls' media threads); the main thread apart, as "name (main)": the
// server's sockets and TLS and the bench's clients' connections live there.
struct ThreadCpu
{
    double seconds = 0;
    int threads = 0;
};
std::map<QString, ThreadCpu> threadCpuSeconds(qint64 pid)
{
    std::map<QString, ThreadCpu> byName;
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QString name = QString::fromUtf8(readProc(tasks + u'/' + tid + u"/comm"_s).trimmed());
        if (tid.toLongLong() == pid)
            name += u" (main)"_s;
        ThreadCpu &cpu = byName[name];
        cpu.seconds += statCpuSeconds(readProc(tasks + u'/' + tid + u"/stat"_s));
        ++cpu.threads;
    }
    return byName;
}

QString loadAverage()
{
    return QString::fromLatin1(readProc(u"/proc/loadavg"_s).split(' ').mid(0, 3).join(' '));
}

// --relay-only: what a call's media puts on the relay, without the codecs, to tell the server's
// share from the clients'. Sealed frames of a call's sizes and rates under the sender's own
// KIDs (the relay checks them): video 3,300 bytes 30 times a second (about 800 kbit/s, the
// encoder's target), audio 80 bytes 50 times a second (Opus, 20 ms). Each carries its send
// time; the peer's are opened and the time from send to arrival on this thread is the sample.
class RelayLoad : public QObject
{
public:
    RelayLoad(calls::CallClient &client, QList<double> &latencyMs, const bool &timing)
        : m_client(client), m_latencyMs(latencyMs), m_timing(timing)
    {
        const auto kid = [](quint8 participant, CallKeys::Stream stream) {
            return quint64(participant) * 4 + quint64(stream);
        };
        // Any base key both sides share will do: nobody but this bench opens these frames.
        const SecureBytes &key = client.callSecret();
        const auto sealer = [&](CallKeys::Stream stream) {
            auto made = SFrameSealer::create(kid(client.participant(), stream), key);
            if (!made)
                qFatal("relay load: %s", qPrintable(made.error().fullText()));
            return std::move(made).value();
        };
        m_audio.emplace(sealer(CallKeys::Stream::Audio));
        m_video.emplace(sealer(CallKeys::Stream::Video));
        for (auto stream : { CallKeys::Stream::Audio, CallKeys::Stream::Video }) {
            if (!m_opener.addKey(kid(client.peerParticipant(), stream), key))
                qFatal("relay load: opener key refused");
        }
        connect(&client.transport(), &CallTransport::frameReceived, this,
                [this](const QByteArray &frame) { onFrame(frame); });
        m_videoTimer.setTimerType(Qt::PreciseTimer);
        m_audioTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_videoTimer, &QTimer::timeout, this, [this] { send(*m_video, 3300); });
        connect(&m_audioTimer, &QTimer::timeout, this, [this] { send(*m_audio, 80); });
        m_videoTimer.start(33);
        m_audioTimer.start(20);
    }

    quint64 videoSent = 0, videoReceived = 0;

private:
    static qint64 nowUs()
    {
        return std::chrono::duration_cast<std::chrono::microseconds>(
                       std::chrono::steady_clock::now().time_since_epoch())
                .count();
    }
    void send(SFrameSealer &sealer, int bytes)
    {
        QByteArray plaintext(bytes, '\x5a');
        qToBigEndian(nowUs(), plaintext.data());
        auto sealed = sealer.seal(plaintext);
        if (!sealed)
            return;
        m_client.transport().send(*sealed);
        if (&sealer == &*m_video)
            ++videoSent;
    }
    void onFrame(const QByteArray &frame)
    {
        auto opened = m_opener.open(frame);
        if (!opened || opened->plaintext.size() < 8 || opened->keyId % 4 != 1)
            return;
        ++videoReceived;
        if (m_timing)
            m_latencyMs << double(nowUs() - qFromBigEndian<qint64>(opened->plaintext.constData()))
                            / 1000.0;
    }

    calls::CallClient &m_client;
    QList<double> &m_latencyMs;
    const bool &m_timing;
    std::optional<SFrameSealer> m_audio, m_video;
    SFrameOpener m_opener;
    QTimer m_videoTimer, m_audioTimer;
};

// One user on their own computer: an encrypted store, a signed-in connection, the call key
// registered, a CallClient; in a call, the synthetic devices and CallMedia, and what it
// measured of the peer's video.
struct CallUser : Measured
{
    CallUser(QString name, double toneHz)
        : username(std::move(name)), video(Clock::system(), 640, 480, 30),
          audio(Clock::system(), toneHz)
    { }

    QString username;
    std::unique_ptr<EncryptedStore> store;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<CallKeyRegistration> registration;
    std::unique_ptr<calls::CallClient> calls;
    SyntheticVideoSource video;
    SyntheticToneSource audio;
    CapturingAudioSink sink { 2 };
    std::unique_ptr<CallMedia> media;
    std::unique_ptr<RelayLoad> load; // --relay-only, instead of media
    bool registered = false;
};

// Sealed frames (all streams) the users' transports handed to the server and got from it.
std::pair<quint64, quint64> relayCounts(const QList<CallUser *> &users)
{
    quint64 sent = 0, received = 0;
    for (const CallUser *user : users) {
        sent += user->calls->transport().sentCount();
        received += user->calls->transport().receivedCount();
    }
    return { sent, received };
}

// A fresh data dir with N doctors and N patients, each doctor with video hours today (UTC,
// 5-minute slots) and a confirmed video visit with their patient at `startMs`: through the
// server's own CLI, as scripts/demo-clinic.sh makes the demo clinic.
bool seedClinic(const QString &binary, const QString &data, int pairs, qint64 startMs)
{
    const QStringList store { u"--data-dir"_s, data };
    if (!bench::runCommand(binary, QStringList { u"init"_s, u"--admin"_s, u"admin"_s } + store,
                           password))
        return false;
    const auto change = [&](const QString &as, const QString &name, const QString &args) {
        return bench::runCommand(
                binary,
                QStringList { u"change"_s, u"--as"_s, as, u"--change"_s, name, u"--args"_s, args }
                        + store,
                password);
    };
    const int day = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).date().dayOfWeek();
    for (int i = 0; i < pairs; ++i) {
        const QString doctor = u"doc%1"_s.arg(i), patient = u"pat%1"_s.arg(i);
        for (const auto &[name, role] :
             { std::pair(doctor, u"doctor"_s), std::pair(patient, u"patient"_s) }) {
            if (!bench::runCommand(binary,
                                   QStringList { u"user"_s, u"add"_s, u"--username"_s, name,
                                                 u"--role"_s, role }
                                           + store,
                                   password))
                return false;
        }
        const QString rule = uR"({"id": "%1-video", "provider_id": "@%1", "location_id": "online",
                     "modality": "video", "day_of_week": %2, "start_time": "00:00",
                     "end_time": "23:55", "slot_minutes": 5, "time_zone": "UTC"})"_s;
        const QString visit = uR"({"id": "visit-%1", "patient_id": "@%2", "provider_id": "@%3",
                     "start_at": %4, "location_id": "online", "modality": "video",
                     "reason": "video_bench"})"_s;
        if (!change(doctor, u"availability.set_rule"_s, rule.arg(doctor).arg(day))
            || !change(patient, u"appointment.request"_s,
                       visit.arg(i).arg(patient, doctor).arg(startMs))
            || !change(doctor, u"appointment.confirm"_s, uR"({"id": "visit-%1"})"_s.arg(i)))
            return false;
    }
    return true;
}

// Store, connection, sign-in, call key: what the desktop does after the user signs in.
bool signIn(CallUser &user, const ServerAddress &address, const QString &pin, const QString &dir)
{
    StoreOptions storeOptions;
    storeOptions.kdf = KdfParams::minimum(); // the store's Argon2id is not what is measured
    auto store = EncryptedStore::create(dir + u'/' + user.username + u".db"_s,
                                        SecureBytes::fromUtf8(password), storeOptions);
    if (!store) {
        std::printf("%s: store: %s\n", qPrintable(user.username),
                    qPrintable(store.error().fullText()));
        return false;
    }
    user.store = std::move(store).value();
    user.connection = std::make_unique<ServerConnection>(u"video_bench"_s);
    user.connection->setPinnedFingerprint(pin);
    user.connection->connectTo(address);
    if (!bench::waitUntil(
                [&] { return user.connection->state() == ServerConnection::State::Ready; },
                waitMs)) {
        std::printf("%s: no connection to the server within %d s\n", qPrintable(user.username),
                    waitMs / 1000);
        return false;
    }
    std::optional<ServerReply> reply;
    user.connection->signIn(user.username, password, {}, [&](const ServerReply &r) { reply = r; });
    if (!bench::waitUntil([&] { return reply.has_value(); }, waitMs) || !reply->ok()) {
        std::printf("%s: sign-in failed: %s\n", qPrintable(user.username),
                    reply ? qPrintable(reply->errorText) : "no answer");
        return false;
    }
    const QString accountId = user.connection->session().accountId;
    user.registration = std::make_unique<CallKeyRegistration>(user.store->database(), accountId,
                                                              *user.connection, Clock::system());
    QObject::connect(user.registration.get(), &CallKeyRegistration::registered,
                     user.registration.get(), [&user] { user.registered = true; });
    if (!bench::waitUntil([&] { return user.registered; }, waitMs)) {
        std::printf("%s: call key not registered\n", qPrintable(user.username));
        return false;
    }
    user.calls = std::make_unique<calls::CallClient>(*user.connection, user.store->database(),
                                                     accountId, Clock::system());
    QObject::connect(user.calls.get(), &calls::CallClient::failed, user.calls.get(),
                     [&user](const QString &message) {
                         std::printf("%s: call failed: %s\n", qPrintable(user.username),
                                     qPrintable(message));
                     });
    return true;
}

void startMedia(CallUser &user)
{
    calls::CallClient &client = *user.calls;
    CallMediaConfig config;
    config.participant = client.participant();
    config.peer = client.peerParticipant();
    auto media = CallMedia::create(Clock::system(), client.callSecret(), client.callId().toUtf8(),
                                   config,
                                   { &client.transport(), &user.video, &user.audio, &user.sink });
    if (!media)
        qFatal("CallMedia: %s", qPrintable(media.error().fullText()));
    user.media = std::move(media).value();
    user.latencyMs.clear();
    user.statsAtStartMs = -1;
    user.measuring = user.timing = false;
    watch(*user.media, user);
    user.sink.start();
    user.media->start();
    user.video.start();
    user.audio.start();
}

void stopMedia(CallUser &user)
{
    if (!user.media)
        return;
    user.video.stop();
    user.audio.stop();
    user.media->stop();
    user.sink.stop();
}

struct StepResult
{
    int calls = 0;
    bool complete = false; // every call answered and carried frames
    bench::Spread latency;
    double clientCpuMean = 0, clientCpuMax = 0; // % of one core, media thread
    double sentKbpsMean = 0;
    double shownFps = 0; // per client
    quint64 framesSent = 0, framesShown = 0, framesLost = 0, framesDropped = 0, framesSkipped = 0;
    double serverCpu = 0; // % of one core
    quint64 relaySent = 0, relayReceived = 0; // sealed frames, all streams, over the measured time
    double serverUsPerFrame = 0; // the server's CPU per frame it relayed
    qint64 rssBeforeKb = 0, rssDuringKb = 0, hwmKb = 0;
    double benchCpu = 0; // the whole bench process, % of one core
    QString load;
};

void printThreads(const char *who, const std::map<QString, ThreadCpu> &before,
                  const std::map<QString, ThreadCpu> &after, double seconds)
{
    QList<std::pair<double, QString>> rows;
    for (const auto &[name, cpu] : after) {
        const auto was = before.find(name);
        const double used = cpu.seconds - (was == before.end() ? 0.0 : was->second.seconds);
        if (used > 0.005 * seconds)
            rows << std::pair(100.0 * used / seconds,
                              cpu.threads > 1 ? u"%1 x%2"_s.arg(name).arg(cpu.threads) : name);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    std::printf("  %s threads (%% of one core):", who);
    for (const auto &[share, name] : rows)
        std::printf(" %s %.0f%%;", qPrintable(name), share);
    std::printf("\n");
}

StepResult runCalls(std::vector<std::unique_ptr<CallUser>> &doctors,
                    std::vector<std::unique_ptr<CallUser>> &patients, int n, const Options &options,
                    bench::ServerProcess &server)
{
    StepResult result;
    result.calls = n;
    result.rssBeforeKb = server.residentKb();
    for (int i = 0; i < n; ++i)
        doctors[size_t(i)]->calls->startCall(u"visit-%1"_s.arg(i));
    using State = calls::CallClient::State;
    const auto all = [&](auto &&holds) {
        for (int i = 0; i < n; ++i) {
            if (!holds(i))
                return false;
        }
        return true;
    };
    // Ends this step's calls, those that failed half-way too, so the next step starts clean.
    const auto hangUpAll = [&] {
        for (int i = 0; i < n; ++i) {
            for (CallUser *user : { doctors[size_t(i)].get(), patients[size_t(i)].get() }) {
                if (user->calls->inCall())
                    user->calls->hangUp();
            }
        }
        const bool ended = bench::waitUntil(
                [&] {
                    return all([&](int i) {
                        return !doctors[size_t(i)]->calls->inCall()
                                && !patients[size_t(i)]->calls->inCall();
                    });
                },
                waitMs);
        if (!ended)
            std::printf("  not every call ended within %d s\n", waitMs / 1000);
    };
    if (!bench::waitUntil(
                [&] {
                    return all([&](int i) {
                        return patients[size_t(i)]->calls->state() == State::Ringing;
                    });
                },
                waitMs)) {
        std::printf("  not every patient was rung within %d s\n", waitMs / 1000);
        hangUpAll();
        return result;
    }
    for (int i = 0; i < n; ++i)
        patients[size_t(i)]->calls->accept();
    if (!bench::waitUntil(
                [&] {
                    return all([&](int i) {
                        return patients[size_t(i)]->calls->state() == State::InCall
                                && doctors[size_t(i)]->calls->state() == State::InCall;
                    });
                },
                waitMs)) {
        std::printf("  not every call was answered within %d s\n", waitMs / 1000);
        hangUpAll();
        return result;
    }
    QList<CallUser *> users;
    for (int i = 0; i < n; ++i)
        users << doctors[size_t(i)].get() << patients[size_t(i)].get();
    for (CallUser *user : users) {
        if (options.relayOnly) {
            user->latencyMs.clear();
            user->measuring = user->timing = false;
            user->load = std::make_unique<RelayLoad>(*user->calls, user->latencyMs, user->timing);
        } else {
            startMedia(*user);
        }
    }

    bench::waitUntil([] { return false; }, options.warmupSeconds * 1000, 50);
    for (CallUser *user : users)
        user->measuring = user->timing = true;
    const double serverCpuAtStart = processCpuSecondsOf(server.pid());
    const auto serverThreadsAtStart = threadCpuSeconds(server.pid());
    const auto benchThreadsAtStart = threadCpuSeconds(getpid());
    const double benchCpuAtStart = processCpuSeconds();
    const auto relayAtStart = relayCounts(users);
    QElapsedTimer measured;
    measured.start();
    // Half-way, the server's resident memory with every call on.
    bench::waitUntil([] { return false; }, options.seconds * 500, 50);
    result.rssDuringKb = server.residentKb();
    bench::waitUntil([] { return false; }, options.seconds * 500, 50);
    const double seconds = double(measured.elapsed()) / 1000.0;
    for (CallUser *user : users)
        user->timing = false;
    const auto relayAtEnd = relayCounts(users);
    result.relaySent = relayAtEnd.first - relayAtStart.first;
    result.relayReceived = relayAtEnd.second - relayAtStart.second;
    const double serverCpuSeconds = processCpuSecondsOf(server.pid()) - serverCpuAtStart;
    result.serverCpu = 100.0 * serverCpuSeconds / seconds;
    result.serverUsPerFrame =
            serverCpuSeconds * 1e6 / double(qMax<quint64>(1, result.relayReceived));
    result.benchCpu = 100.0 * (processCpuSeconds() - benchCpuAtStart) / seconds;
    const auto serverThreads = threadCpuSeconds(server.pid());
    const auto benchThreads = threadCpuSeconds(getpid());
    result.hwmKb = server.peakResidentKb();
    result.load = loadAverage();
    // One stats interval more, so the last CPU figure of every client covers the measured time.
    bench::waitUntil([] { return false; }, 1100, 50);
    for (CallUser *user : users)
        user->measuring = false;

    QList<double> latencies;
    double cpuSum = 0, kbpsSum = 0;
    result.complete = true;
    for (CallUser *user : users) {
        latencies += user->latencyMs;
        if (user->load) {
            result.complete = result.complete && !user->latencyMs.isEmpty();
            continue;
        }
        const CallStats &end = user->lastStats;
        const CallStats &start = user->statsAtStart;
        const double span = qMax(0.001, double(user->lastStatsMs - user->statsAtStartMs) / 1000);
        if (user->statsAtStartMs < 0 || user->latencyMs.isEmpty()) {
            result.complete = false;
            continue;
        }
        const double cpu = 100.0 * double(end.mediaCpuUs - start.mediaCpuUs) / 1e6 / span;
        cpuSum += cpu;
        result.clientCpuMax = qMax(result.clientCpuMax, cpu);
        kbpsSum += double(end.bytesSent - start.bytesSent) * 8 / span / 1000;
        result.framesSent += end.videoFramesSent - start.videoFramesSent;
        result.framesShown += end.videoFramesDecoded - start.videoFramesDecoded;
        result.framesLost += end.videoFramesLost - start.videoFramesLost;
        result.framesDropped += end.videoFramesDropped - start.videoFramesDropped;
        result.framesSkipped += end.videoFramesSkipped - start.videoFramesSkipped;
    }
    result.latency = bench::spreadOf(latencies);
    result.clientCpuMean = cpuSum / double(users.size());
    result.sentKbpsMean = kbpsSum / double(users.size());
    result.shownFps = double(result.latency.count) / double(users.size()) / seconds;

    std::printf("%2d call(s), %.1f s measured, load average %s\n", n, seconds,
                qPrintable(result.load));
    std::printf("  latency %s p50 %.0f / p95 %.0f / p99 %.0f / max %.0f ms "
                "over %d frames (%.1f fps shown per client)\n",
                options.relayOnly ? "send-to-arrival (no codecs)" : "capture-to-displayed",
                result.latency.p50, result.latency.p95, result.latency.p99, result.latency.max,
                result.latency.count, result.shownFps);
    if (!options.relayOnly)
        std::printf("  media thread CPU per client: mean %.1f%%, max %.1f%% of one core; sent "
                    "%.0f kbit/s per client\n",
                    result.clientCpuMean, result.clientCpuMax, result.sentKbpsMean);
    if (!options.relayOnly)
        std::printf(
                "  video frames: sent %llu, shown %llu, lost %llu, dropped %llu, skipped at the "
                "sender %llu\n",
                result.framesSent, result.framesShown, result.framesLost, result.framesDropped,
                result.framesSkipped);
    std::printf("  relayed: %llu sealed frames sent, %llu received (all streams; %.0f a second per "
                "call); server CPU %.1f us per frame relayed\n",
                result.relaySent, result.relayReceived, double(result.relayReceived) / seconds / n,
                result.serverUsPerFrame);
    std::printf("  server CPU %.1f%% of one core (%.1f%% per call); RSS %lld KB before, %lld KB "
                "during (%+.0f KB per call), peak %lld KB\n",
                result.serverCpu, result.serverCpu / n, result.rssBeforeKb, result.rssDuringKb,
                double(result.rssDuringKb - result.rssBeforeKb) / n, result.hwmKb);
    std::printf("  bench process CPU %.1f%% of one core (%d clients: media, TLS, test patterns)\n",
                result.benchCpu, 2 * n);
    printThreads("server", serverThreadsAtStart, serverThreads, seconds);
    printThreads("bench ", benchThreadsAtStart, benchThreads, seconds);
    if (!result.complete)
        std::printf("  SOME CLIENTS RECEIVED NO VIDEO: the figures are incomplete\n");

    for (CallUser *user : users) {
        stopMedia(*user);
        user->load.reset();
    }
    hangUpAll();
    for (CallUser *user : users)
        user->media.reset();
    std::fflush(stdout);
    return result;
}

// Ctrl-C or a kill during the run: the server child is told to stop too, rather than left
// running. Only what is safe in a signal handler (kill, _exit); the temporary data dir stays.
volatile pid_t serverPid = 0;

void onStopSignal(int signal)
{
    if (serverPid > 0)
        kill(serverPid, SIGTERM);
    _exit(128 + signal);
}

void stopServerOnSignals(qint64 pid)
{
    serverPid = pid_t(pid);
    struct sigaction action
    {
    };
    action.sa_handler = pid > 0 ? onStopSignal : SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int runServer(const Options &options)
{
    const int pairs = *std::max_element(options.calls.cbegin(), options.calls.cend());
    if (!QFile::exists(options.serverBinary)) {
        std::printf("no server binary at %s (--server)\n", qPrintable(options.serverBinary));
        return 1;
    }
    QTemporaryDir dir;
    const QString data = dir.filePath(u"server"_s);
    // The visits start at the next 5-minute mark at least a minute and a half ahead (seeding
    // takes a while; the server refuses a visit requested in the past), so the calls are
    // within the window (from 15 minutes before the start).
    const qint64 slotMs = 5 * 60 * 1000;
    const qint64 startMs = (Clock::system().nowMs() + 90 * 1000 + slotMs - 1) / slotMs * slotMs;
    if (QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).time() >= QTime(23, 50)) {
        std::printf("the bench's visits would start across midnight UTC; run it after 00:00\n");
        return 1;
    }
    std::printf("video_bench: %d doctor+patient pair(s) through %s; %s; %d s warm-up, %d s "
                "measured per step; load average %s\n",
                pairs, qPrintable(options.serverBinary),
                options.relayOnly ? "--relay-only: sealed frames of a call's sizes and rates, no "
                                    "codecs"
                                  : "640x480 at 30 fps and Opus both ways",
                options.warmupSeconds, options.seconds, qPrintable(loadAverage()));
    std::printf("seeding (Argon2id per account)...\n");
    std::fflush(stdout);
    if (!seedClinic(options.serverBinary, data, pairs, startMs)) {
        std::printf("seeding the server's data dir failed (see above)\n");
        return 1;
    }
    bench::ServerProcess server;
    if (!server.start(options.serverBinary, data, {}, bench::capacityLimits())) {
        std::printf("the server did not start (see above)\n");
        return 1;
    }
    stopServerOnSignals(server.pid());
    const auto address = ServerAddress::parse(server.url());
    if (!address) {
        std::printf("the server's address %s is not one\n", qPrintable(server.url()));
        bench::stopAndReport(server);
        return 1;
    }
    std::printf("server %s at %s, pid %lld, RSS %lld KB at start\n", qPrintable(server.name()),
                qPrintable(server.url()), server.pid(), server.residentKb());
    std::vector<std::unique_ptr<CallUser>> doctors, patients;
    for (int i = 0; i < pairs; ++i) {
        doctors.push_back(std::make_unique<CallUser>(u"doc%1"_s.arg(i), 440));
        patients.push_back(std::make_unique<CallUser>(u"pat%1"_s.arg(i), 660));
        for (CallUser *user : { doctors.back().get(), patients.back().get() }) {
            if (!signIn(*user, *address, server.fingerprint(), dir.path())) {
                bench::stopAndReport(server);
                return 1;
            }
        }
    }
    std::printf("%d users signed in, call keys registered; server RSS %lld KB\n\n", 2 * pairs,
                server.residentKb());
    std::fflush(stdout);

    QList<StepResult> results;
    for (int n : options.calls) {
        if (!server.running())
            break;
        results << runCalls(doctors, patients, n, options, server);
        bench::waitUntil([] { return false; }, 1000, 50);
    }

    std::printf("\n| calls | latency p50 / p95 / p99 | shown per client | media CPU per client "
                "(mean / max) | server CPU (per call) | server CPU per frame "
                "| server RSS before / during (per call) | bench CPU | load |\n"
                "|---|---|---|---|---|---|---|---|---|\n");
    int largest = 0;
    for (const StepResult &r : results) {
        const QString clientCpu = options.relayOnly
                ? u"none (no codecs)"_s
                : u"%1% / %2%"_s.arg(qRound(r.clientCpuMean)).arg(qRound(r.clientCpuMax));
        std::printf("| %d | %.0f / %.0f / %.0f ms | %.1f fps | %s | %.0f%% (%.1f%%) "
                    "| %.0f us | %.1f / %.1f MB (%+.0f KB) | %.0f%% | %s |\n",
                    r.calls, r.latency.p50, r.latency.p95, r.latency.p99, r.shownFps,
                    qPrintable(clientCpu), r.serverCpu, r.serverCpu / r.calls, r.serverUsPerFrame,
                    double(r.rssBeforeKb) / 1024, double(r.rssDuringKb) / 1024,
                    double(r.rssDuringKb - r.rssBeforeKb) / r.calls, r.benchCpu,
                    qPrintable(r.load));
        if (r.complete && r.latency.p95 < 150)
            largest = qMax(largest, r.calls);
    }
    std::printf("\nlargest number of calls measured with p95 under 150 ms: %d (target 20)%s\n",
                largest, options.relayOnly ? ", the relay alone (no codecs)" : "");

    for (auto *list : { &doctors, &patients }) {
        for (auto &user : *list) {
            stopMedia(*user);
            user->calls.reset();
            user->registration.reset();
            if (user->connection)
                user->connection->disconnectFromServer();
        }
    }
    stopServerOnSignals(0);
    return bench::stopAndReport(server);
}

} // namespace
} // namespace clinic

int main(int argc, char **argv)
{
    using namespace Qt::StringLiterals;
    QCoreApplication app(argc, argv);
    // Each loss is logged at debug level, each call's steps and store migrations at info level;
    // the figures are what this prints.
    QLoggingCategory::setFilterRules(u"clinic.*.debug=false\nclinic.*.info=false"_s);
    const clinic::Options options = clinic::parseOptions(app);
    return options.loopback ? clinic::runLoopback(options) : clinic::runServer(options);
}
