// libFuzzer target for the server's handling of one untrusted frame, as deep as it goes without
// a socket: decode, the body reads of every request, and push and pull through the real
// SyncService on a small store (serverfuzzing.h). Built with ASan and UBSan over the core and
// the server library (tests/fuzz/CMakeLists.txt): an out-of-bounds read, undefined behaviour or
// a broken invariant stops the run with the input that did it.

#include "serverfuzzing.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

char programName[] = "fuzz_server";
int qtArgc = 1;
char *qtArgv[] = { programName, nullptr };

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // QtSql wants an application object; libFuzzer's own arguments are none of Qt's business.
    static QCoreApplication app(qtArgc, qtArgv);
    // Refused inputs are the common case: their warnings would be most of the run's time.
    QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static clinic::fuzz::ServerFuzzing fuzzing;
    const QString broken = fuzzing.run(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_server: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
