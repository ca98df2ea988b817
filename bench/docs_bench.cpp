// docs_bench: document encryption throughput (core/documents, issue 16) for a 20 MB document:
// encrypt and decrypt memory to memory and file to file, and the transfer manifest's build,
// encode and decode. One thread; prints figures, asserts nothing (but stops if a round trip
// does not give the document back).
//
//   docs_bench [--megabytes 20] [--runs 5]
//
// Each row runs --runs times and quotes the median: MB/s of plaintext (MB = 10^6 bytes) by the
// thread's CPU time (on a shared build machine the wall clock also counts other processes'
// time; the wall figure is printed beside it).

#include "documents/chunkmanifest.h"
#include "documents/documentcipher.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;

qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

struct Timing
{
    double cpuNs = 0;
    double wallNs = 0;
};

// Median CPU and wall time over runs of `once`.
Timing measure(const std::function<void()> &once, int runs)
{
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 start = threadCpuNs();
        once();
        cpu.push_back(double(threadCpuNs() - start));
        wall.push_back(double(timer.nsecsElapsed()));
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return { cpu[cpu.size() / 2], wall[wall.size() / 2] };
}

void printRow(const char *name, qint64 bytes, const Timing &t)
{
    std::printf("%-40s %9.1f MB/s CPU %9.1f MB/s wall %9.2f ms CPU\n", name,
                double(bytes) / 1e6 / (t.cpuNs / 1e9), double(bytes) / 1e6 / (t.wallNs / 1e9),
                t.cpuNs / 1e6);
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "docs_bench: %s\n", qPrintable(what));
    std::exit(1);
}

QByteArray document(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Document encryption throughput."_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"megabytes"_s, u"Document size in MB."_s, u"n"_s, u"20"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per row (median quoted)."_s, u"n"_s,
                                        u"5"_s);
    parser.addOptions({ sizeOption, runsOption });
    parser.process(app);
    const qint64 size = std::max<qint64>(1, parser.value(sizeOption).toLongLong()) * 1'000'000;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QByteArray plaintext = document(size);
    std::printf("document: %lld bytes, ciphertext %lld bytes, %d runs per row (median)\n", size,
                DocumentFormat::ciphertextSize(size), runs);

    // Memory to memory.
    SecureBytes key;
    QByteArray ciphertext;
    ChunkManifest manifest;
    const Timing encryptMemory = measure(
            [&] {
                QBuffer in;
                in.setData(plaintext);
                in.open(QIODevice::ReadOnly);
                QBuffer out;
                out.open(QIODevice::WriteOnly);
                auto sealed = DocumentCipher::encrypt(in, out);
                if (!sealed)
                    die(sealed.error().fullText());
                key = std::move(sealed->key);
                manifest = sealed->manifest;
                ciphertext = out.data();
            },
            runs);
    printRow("encrypt, memory to memory", size, encryptMemory);

    // The same into an output array reserved once and reused: no growth, no fresh pages.
    QByteArray reserved;
    reserved.reserve(DocumentFormat::ciphertextSize(size));
    const Timing encryptReserved = measure(
            [&] {
                reserved.resize(0);
                QBuffer in;
                in.setData(plaintext);
                in.open(QIODevice::ReadOnly);
                QBuffer out(&reserved);
                out.open(QIODevice::WriteOnly);
                auto sealed = DocumentCipher::encrypt(in, out);
                if (!sealed)
                    die(sealed.error().fullText());
            },
            runs);
    printRow("encrypt, memory to reserved memory", size, encryptReserved);

    const Timing decryptMemory = measure(
            [&] {
                QBuffer in;
                in.setData(ciphertext);
                in.open(QIODevice::ReadOnly);
                QBuffer out;
                out.open(QIODevice::WriteOnly);
                auto opened = DocumentCipher::decrypt(key, in, out);
                if (!opened || out.data() != plaintext)
                    die(u"memory round trip failed"_s);
            },
            runs);
    printRow("decrypt, memory to memory", size, decryptMemory);

    // File to file, in a temporary directory (the page cache is warm after the first run).
    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"no temporary directory"_s);
    const QString plainPath = dir.filePath(u"document.pdf"_s);
    const QString cipherPath = dir.filePath(u"document.cldoc"_s);
    const QString backPath = dir.filePath(u"document.back"_s);
    {
        QFile file(plainPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(plaintext) != size)
            die(u"cannot write the document"_s);
    }
    const Timing encryptFile = measure(
            [&] {
                QFile in(plainPath);
                QFile out(cipherPath);
                if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                    die(u"cannot open files"_s);
                auto sealed = DocumentCipher::encrypt(in, out);
                if (!sealed)
                    die(sealed.error().fullText());
                key = std::move(sealed->key);
            },
            runs);
    printRow("encrypt, file to file", size, encryptFile);

    const Timing decryptFile = measure(
            [&] {
                QFile in(cipherPath);
                QFile out(backPath);
                if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                    die(u"cannot open files"_s);
                auto opened = DocumentCipher::decrypt(key, in, out);
                if (!opened)
                    die(opened.error().fullText());
            },
            runs);
    printRow("decrypt, file to file", size, decryptFile);
    {
        QFile back(backPath);
        if (!back.open(QIODevice::ReadOnly) || back.readAll() != plaintext)
            die(u"file round trip failed"_s);
    }

    // The manifest alone: BLAKE2b-256 over the ciphertext, per 256 KiB chunk and whole.
    ChunkManifest built;
    const Timing build = measure(
            [&] {
                ChunkManifestBuilder builder;
                builder.add(ciphertext);
                built = builder.finish();
            },
            runs);
    printRow("manifest build (BLAKE2b, 256 KiB chunks)", ciphertext.size(), build);
    if (built != manifest)
        die(u"manifest differs from the encryptor's"_s);

    QByteArray cbor;
    const Timing encode = measure(
            [&] {
                for (int i = 0; i < 100; ++i)
                    cbor = built.encode();
            },
            runs);
    const Timing decode = measure(
            [&] {
                for (int i = 0; i < 100; ++i) {
                    if (!ChunkManifest::decode(cbor))
                        die(u"manifest decode failed"_s);
                }
            },
            runs);
    std::printf("manifest: %lld chunks, %lld bytes of CBOR; encode %.1f us, decode %.1f us "
                "(CPU)\n",
                built.chunkCount(), qint64(cbor.size()), encode.cpuNs / 100 / 1e3,
                decode.cpuNs / 100 / 1e3);
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    return clinic::run(argc, argv);
}
