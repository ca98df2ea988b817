#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace clinic {

// What one client, or one address, may hold of the server: connections, bytes, time and
// costly work. Every limit has a name for `serve --limit NAME=VALUE`; docs/security.md lists
// them with the reasons behind their defaults.
struct ServerLimits
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ServerLimits)
public:
    // Connections
    qint64 connections = 20000;
    qint64 connectionsPerAddress = 256; // IPv6 addresses count per /64
    qint64 unauthenticatedPerAddress = 32;
    qint64 connectionsPerAccount = 8;
    // New connections from one address per minute: a clinic behind one router reconnecting
    // all at once gets in; a host that opens them in a loop pays TLS for few of them.
    qint64 newConnectionsPerAddressMinute = 300;
    // Connections refused before sign-in for breaking the protocol (which Clinic never does):
    // past this many in a minute, the address opens no new connection until the minute slides.
    qint64 refusalsPerAddressMinute = 10;
    // Time
    qint64 helloTimeoutMs = 10 * 1000;
    qint64 signInTimeoutMs = 2 * 60 * 1000; // a greeted connection still not signed in
    qint64 idleTimeoutMs = 90 * 1000; // clients ping every 30 s
    // Bytes held for one connection
    qint64 queuedRequests = 32;
    qint64 queuedBytes = 2 * 1024 * 1024; // frames received, waiting for their turn
    qint64 outboundPauseBytes = 256 * 1024; // unsent replies above this: its requests wait
    qint64 outboundBytes = 4 * 1024 * 1024; // unsent replies above this: the connection closes
    qint64 frameBytesSignedIn = 1024 * 1024; // 64 KiB until signed in
    // Costly work
    qint64 hashQueue = 16; // Argon2id jobs waiting or running
    qint64 registrationsPerAddressHour = 10;
    qint64 registrationsPerHour = 200;
    // Bytes of changes one account may push per hour: what it can make the server keep.
    qint64 pushBytesPerPatientHour = 2 * 1024 * 1024;
    qint64 pushBytesPerStaffHour = 32 * 1024 * 1024;
    qint64 pushBytesAllPatientsHour = 64 * 1024 * 1024; // what patients' accounts may fill
    // Video visits (sync_server/callrelay.h, docs/video.md)
    qint64 ringTimeoutMs = 45 * 1000; // a call nobody answers ends ("no_answer")
    qint64 callRejoinGraceMs = 30 * 1000; // a dropped participant may come back this long
    // Calls one account may start per minute: each rings the patient's computers and is kept
    // as a row with the visit, so a doctor ringing in a loop must not ring or write at will.
    qint64 callInvitesPerMinute = 10;
    // And per hour: a doctor holds a few video visits an hour, each rung a few times at most;
    // a stolen doctor's account ringing patient after patient is held to this.
    qint64 callInvitesPerHour = 60;
    // Rings one patient may receive per hour from all callers together: several doctors'
    // accounts (colluding, or stolen) must not ring one patient's computers without bound.
    qint64 callRingsPerPatientHour = 30;
    // key_register requests one session may make per hour (each costs a read, a change also a
    // write): a client registers once per sign-in, so a flaky link reconnecting stays far below.
    qint64 keyRegistrationsPerSessionHour = 60;
    // Key changes (writes of call_key) one account may make per hour, from all its sessions.
    qint64 keyChangesPerHour = 20;
    qint64 mediaFrameBytes = 256 * 1024; // largest media frame relayed (a VP8 key frame fits)
    qint64 mediaBytesPerSecond = 512 * 1024; // 4 Mbit/s of media one connection may send
    // Media waiting for a slow receiver, beyond what its socket holds: video first loses its
    // oldest frames; audio (and chat) keep a smaller allowance of their own.
    qint64 mediaVideoQueueBytes = 256 * 1024;
    qint64 mediaAudioQueueBytes = 32 * 1024;

    // Sets one limit from "name=value"; the error names the limit and its range.
    Result<void> set(const QString &assignment);
    // One line per limit: name, default and meaning (for --help).
    static QStringList describe();
};

} // namespace clinic
