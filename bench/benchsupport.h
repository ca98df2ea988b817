#pragma once

// What the benchmark programs share: percentiles here; the sync server as a child process and
// waiting on the event loop come from tests/support/serverprocess.h, which the tests use too.

#include "serverprocess.h"

#include <QList>

namespace clinic::bench {

using test::runCommand;
using test::ServerProcess;
using test::waitUntil;

struct Spread
{
    int count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

// Nearest-rank percentiles: every value is a measurement that really happened.
Spread spreadOf(QList<double> values);

// `serve` arguments lifting the caps meant for hosts on the internet (connections per address
// and per account, those not signed in, the hashing queue): for capacity figures, where every
// client comes from this machine, often as one user.
QStringList capacityLimits();

// Stops the server the bench ran and says how that went, with what it printed; the bench's
// exit code.
int stopAndReport(ServerProcess &server);

} // namespace clinic::bench
