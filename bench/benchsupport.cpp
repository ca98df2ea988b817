#include "benchsupport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clinic::bench {

Spread spreadOf(QList<double> values)
{
    Spread spread;
    spread.count = int(values.size());
    if (values.isEmpty())
        return spread;
    std::sort(values.begin(), values.end());
    const auto rank = [&](double p) {
        const qsizetype index = qsizetype(std::ceil(p * double(values.size()))) - 1;
        return values.at(qBound(qsizetype(0), index, values.size() - 1));
    };
    spread.p50 = rank(0.50);
    spread.p95 = rank(0.95);
    spread.p99 = rank(0.99);
    spread.max = values.last();
    return spread;
}

QStringList capacityLimits()
{
    QStringList arguments;
    for (const char *limit :
         { "connections_per_address=1000000", "unauthenticated_per_address=1000000",
           "connections_per_account=1000000", "hash_queue=100000",
           "push_bytes_per_patient_hour=2000000000", "push_bytes_per_staff_hour=2000000000",
           "push_bytes_all_patients_hour=2000000000",
           "new_connections_per_address_minute=1000000" })
        arguments << QStringLiteral("--limit") << QString::fromLatin1(limit);
    return arguments;
}

int stopAndReport(ServerProcess &server)
{
    const bool wasRunning = server.running();
    const int code = server.stop();
    std::printf("\nserver: %s, exit code %d\n",
                wasRunning ? "running until stopped by the bench" : "STOPPED DURING THE RUN", code);
    if (!server.said().isEmpty())
        std::printf("server output after start-up:\n  %s\n",
                    qPrintable(server.said().join(QStringLiteral("\n  "))));
    return 0;
}

} // namespace clinic::bench
