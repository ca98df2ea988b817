#pragma once

// server_bench --hostile: how 50 honest clients fare (ping round trips) while the server is
// attacked, one attack at a time: (a) a registration flood, (b) 1,000 idle unauthenticated
// connections spread over loopback addresses, (c) a reader that never reads pulling pages.
// The server's RSS is printed before, during (the most seen) and after each. Figures only.

#include "benchsupport.h"

#include <QString>

namespace clinic::bench {

struct HostileOptions
{
    QString binary; // clinic-sync-server
    QString dataDir; // initialised, with the accounts below
    QString adminPassword; // of "admin"
    QStringList honestUsers; // patients with honestPassword, one session each, shared by clients
    QString honestPassword;
    int honestClients = 50;
    int idleConnections = 1000;
    int seconds = 10; // per attack
};

// Starts its own server on dataDir; returns 0, or 1 when the server would not start.
int runHostileScenario(const HostileOptions &options);

} // namespace clinic::bench
