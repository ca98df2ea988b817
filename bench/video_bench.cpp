// video_bench: one video call's media, end to end, as the call window would see it: two
// CallMedia (doctor and patient) with the synthetic 640x480 test pattern at 30 fps and tones,
// keys agreed through CallKeys. Prints figures; asserts nothing.
//
//   video_bench [--seconds 10] [--warmup 2] [--loss 0] [--delay 0]
//
// For now over the in-process LoopbackTransport (the server relay comes later), so the
// latency is the clients' own: capture -> encode -> seal -> transport -> open -> decode ->
// the window's thread. Capture time is the one the frame carries (and stamps in its picture),
// on the same clock as the arrival, in whole milliseconds (Clock). CPU is the media thread's
// own time (CLOCK_THREAD_CPUTIME_ID): encode, seal, open, decode, audio and playout, per
// client, as a share of one core; the test pattern's drawing (the camera's part) is not in it.
// Targets (issue 13): latency p95 < 150 ms, CPU < 50% of a core per client.

#include "benchsupport.h"
#include "crypto/callkeys.h"
#include "media/callmedia.h"
#include "media/capturingaudiosink.h"
#include "media/loopbacktransport.h"
#include "media/synthetictonesource.h"
#include "media/syntheticvideosource.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;
using namespace clinic::media;

const QByteArray callId = "video-bench-call"_ba;

struct Options
{
    int seconds = 10;
    int warmupSeconds = 2;
    double loss = 0;
    int delayMs = 0;
};

// One client: its synthetic devices, its media, and what it measured of the peer's video.
struct Client
{
    Client(const char *name, double toneHz)
        : name(name), video(Clock::system(), 640, 480, 30), audio(Clock::system(), toneHz)
    { }

    const char *name;
    SyntheticVideoSource video;
    SyntheticToneSource audio;
    CapturingAudioSink sink { 2 };
    std::unique_ptr<CallMedia> media;
    bool measuring = false;
    QList<double> latencyMs;
    // The first stats of the measured time, and when each came: CPU and bytes over that span.
    CallStats statsAtStart;
    qint64 statsAtStartMs = -1;
    qint64 lastStatsMs = 0;
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

void watch(Client &client)
{
    QObject::connect(client.media.get(), &CallMedia::remoteFrameDecoded, client.media.get(),
                     [&client](const VideoFrame &frame) {
                         if (!client.measuring)
                             return;
                         const qint64 nowUs = Clock::system().nowMs() * 1000;
                         client.latencyMs << double(nowUs - frame.captureTimeUs) / 1000.0;
                     });
    QObject::connect(client.media.get(), &CallMedia::statsUpdated, client.media.get(),
                     [&client](const CallStats &stats) {
                         if (!client.measuring)
                             return;
                         client.lastStatsMs = Clock::system().nowMs();
                         if (client.statsAtStartMs < 0) {
                             client.statsAtStartMs = client.lastStatsMs;
                             client.statsAtStart = stats;
                         }
                     });
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
    parser.addOptions({ { u"seconds"_s, u"Seconds measured."_s, u"n"_s, u"10"_s },
                        { u"warmup"_s, u"Seconds before measuring."_s, u"n"_s, u"2"_s },
                        { u"loss"_s, u"Share of frames lost, each way (0..1)."_s, u"p"_s, u"0"_s },
                        { u"delay"_s, u"One-way delay in ms."_s, u"ms"_s, u"0"_s } });
    parser.process(app);
    Options options;
    options.seconds = qMax(1, parser.value(u"seconds"_s).toInt());
    options.warmupSeconds = qMax(0, parser.value(u"warmup"_s).toInt());
    options.loss = qBound(0.0, parser.value(u"loss"_s).toDouble(), 1.0);
    options.delayMs = qMax(0, parser.value(u"delay"_s).toInt());
    return options;
}

int run(const Options &options)
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
    watch(doctor);
    watch(patient);
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
        doctor.measuring = patient.measuring = true;
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

} // namespace
} // namespace clinic

int main(int argc, char **argv)
{
    using namespace Qt::StringLiterals;
    QCoreApplication app(argc, argv);
    // Each loss is logged at debug level; the figures are what this prints.
    QLoggingCategory::setFilterRules(u"clinic.*.debug=false"_s);
    return clinic::run(clinic::parseOptions(app));
}
