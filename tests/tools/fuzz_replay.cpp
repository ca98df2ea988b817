// Replays inputs of the server fuzzer through its per-input code (tests/fuzz/serverfuzzing.h)
// built with GCC, in the order given, on one fresh store: tst_fuzzcorpus runs the corpus through
// it, and a reproducer libFuzzer saved can be run here under gdb or valgrind.
//
//   fuzz_replay FILE...
//
// Prints "replaying FILE" before each (flushed, so a crash names its input), "broken FILE<TAB>
// what" for a broken invariant, the coverage reached ("coverage-..." lines), then "done". Exits
// 1 when an invariant broke.

#include "serverfuzzing.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using namespace clinic;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    fuzz::ServerFuzzing fuzzing;
    bool broken = false;
    for (const QString &path : app.arguments().mid(1)) {
        std::printf("replaying %s\n", qPrintable(path));
        std::fflush(stdout);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::printf("broken %s\tcannot be read\n", qPrintable(path));
            broken = true;
            continue;
        }
        const QString what = fuzzing.run(file.readAll());
        if (!what.isEmpty()) {
            std::printf("broken %s\t%s\n", qPrintable(path), qPrintable(what));
            broken = true;
        }
    }
    const fuzz::Coverage &coverage = fuzzing.coverage();
    for (const QString &type : coverage.requestTypes)
        std::printf("coverage-type %s\n", qPrintable(type));
    for (auto it = coverage.confirmed.cbegin(); it != coverage.confirmed.cend(); ++it)
        std::printf("coverage-confirmed %s %d\n", qPrintable(it.key()), it.value());
    for (auto it = coverage.rejected.cbegin(); it != coverage.rejected.cend(); ++it)
        std::printf("coverage-rejected %s %d\n", qPrintable(it.key()), it.value());
    for (const QString &shape : coverage.cursorShapes)
        std::printf("coverage-cursor %s\n", qPrintable(shape));
    std::printf("done\n");
    return broken ? 1 : 0;
}
