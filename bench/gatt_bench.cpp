// gatt_bench: decoding throughput of the Bluetooth health decoders (core/vitals), per
// characteristic, on the longest payload of each (every optional field present) and on the
// shortest. Pure computation on one thread; prints figures, asserts nothing.
//
//   gatt_bench [--seconds 0.5] [--runs 5]
//
// Each row runs its decoder in a tight loop for --seconds of this thread's CPU time, --runs
// times, and quotes the median run: payloads per CPU second and CPU ns per payload, for the typed
// decode alone and for the decode plus the JSON object clinic-cli prints. Issue 14 asks for the
// figure; a device sends a handful of payloads per second, so anything above ~100,000 per second is
// idle time.

#include "vitals/gattdecode.h"
#include "vitals/gattjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;

QByteArray hex(const char *text)
{
    QByteArray digits(text);
    digits.replace(' ', QByteArray());
    return QByteArray::fromHex(digits);
}

// A sink the optimiser cannot see through.
volatile quint64 sink = 0;

template<typename M>
quint64 touch(const Result<M> &r)
{
    return r.ok() ? 1 : 2;
}

struct Row
{
    const char *name;
    GattDecodeTarget target;
    QByteArray payload;
};

// The CPU time this thread has used, in ns: on a shared build machine the wall clock also
// counts the time other processes held the core, the thread's CPU clock does not.
qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Median over runs of CPU ns per payload.
double measure(const std::function<quint64()> &once, double seconds, int runs)
{
    std::vector<double> nsPerPayload;
    for (int run = 0; run < runs; ++run) {
        const qint64 start = threadCpuNs();
        const qint64 budget = qint64(seconds * 1e9);
        quint64 count = 0;
        quint64 acc = 0;
        // Check the clock every 1024 decodes: reading it costs more than a decode.
        while (threadCpuNs() - start < budget) {
            for (int i = 0; i < 1024; ++i)
                acc += once();
            count += 1024;
        }
        const qint64 elapsed = threadCpuNs() - start;
        sink = sink + acc;
        nsPerPayload.push_back(double(elapsed) / double(count));
    }
    std::sort(nsPerPayload.begin(), nsPerPayload.end());
    return nsPerPayload[nsPerPayload.size() / 2];
}

quint64 decodeTyped(const GattDecodeTarget &target, QByteArrayView payload)
{
    return visitGattDecode(target, payload, [](const auto &result) { return touch(result); });
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Decoding throughput of the GATT health decoders."_s);
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of one run."_s, u"s"_s, u"0.5"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per row (median quoted)."_s, u"n"_s,
                                        u"5"_s);
    parser.addOptions({ secondsOption, runsOption });
    parser.process(app);
    const double seconds = std::max(0.01, parser.value(secondsOption).toDouble());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    using K = GattDecodeTarget::Kind;
    using C = GattCharacteristic;
    const auto ch = [](C c) {
        return GattDecodeTarget { K::Characteristic, c };
    };
    const std::vector<Row> rows = {
        { "SFLOAT", { K::Sfloat, {} }, hex("6DF1") },
        { "FLOAT", { K::Float, {} }, hex("6C0100FF") },
        { "2A37 heart rate, minimal", ch(C::HeartRateMeasurement), hex("0048") },
        { "2A37 heart rate, full, 1 RR", ch(C::HeartRateMeasurement), hex("192C0110000004") },
        { "2A37 heart rate, 9 RR", ch(C::HeartRateMeasurement),
          hex("1648 0004 0004 0004 0004 0004 0004 0004 0004 0004") },
        { "2A35 blood pressure, minimal", ch(C::BloodPressureMeasurement),
          hex("00 7800 5000 5D00") },
        { "2A35 blood pressure, full", ch(C::BloodPressureMeasurement),
          hex("1E 7800 5000 5D00 EA070C070E1E05 4800 01 2D00") },
        { "2A36 cuff pressure, full", ch(C::IntermediateCuffPressure),
          hex("1E A000 FF07 FF07 EA070C070E1E05 4800 01 2D00") },
        { "2A1C temperature, minimal", ch(C::TemperatureMeasurement), hex("00 6C0100FF") },
        { "2A1C temperature, full", ch(C::TemperatureMeasurement),
          hex("06 6C0100FF EA070C070E1E05 02") },
        { "2A18 glucose, minimal", ch(C::GlucoseMeasurement), hex("00 0100 EA070C070E1E05") },
        { "2A18 glucose, full", ch(C::GlucoseMeasurement),
          hex("1F 0500 EA070C1F173200 0F00 38C0 11 0000") },
        { "2A5E PLX spot-check, minimal", ch(C::PlxSpotCheckMeasurement), hex("00 6200 4800") },
        { "2A5E PLX spot-check, full", ch(C::PlxSpotCheckMeasurement),
          hex("1F 6200 4800 EA070C070E1E05 2000 010000 19F0") },
        { "2A5F PLX continuous, minimal", ch(C::PlxContinuousMeasurement), hex("00 6100 4600") },
        { "2A5F PLX continuous, full", ch(C::PlxContinuousMeasurement),
          hex("1F 6100 4600 6000 4700 6200 4500 2000 010000 19F0") },
        { "2A9D weight, minimal", ch(C::WeightMeasurement), hex("00 B036") },
        { "2A9D weight, full", ch(C::WeightMeasurement),
          hex("0E B036 EA070C070E1E05 03 E500 D606") },
        { "2A35 truncated (error path)", ch(C::BloodPressureMeasurement),
          hex("1E 7800 5000 5D00 EA07") },
    };

    std::printf("gatt_bench: %.2f CPU s x %d runs per row, median; one thread, thread CPU time\n",
                seconds, runs);
    std::printf("%-32s %6s %14s %10s %14s %10s\n", "payload", "octets", "decode/s", "ns",
                "decode+JSON/s", "ns");
    for (const Row &row : rows) {
        const QByteArray payload = row.payload;
        const double typed =
                measure([&] { return decodeTyped(row.target, payload); }, seconds, runs);
        const double withJson = measure(
                [&] { return quint64(decodeGattJson(row.target, payload).size()); }, seconds, runs);
        std::printf("%-32s %6lld %14.0f %10.1f %14.0f %10.1f\n", row.name,
                    static_cast<long long>(payload.size()), 1e9 / typed, typed, 1e9 / withJson,
                    withJson);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    return clinic::run(argc, argv);
}
