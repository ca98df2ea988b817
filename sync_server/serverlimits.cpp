#include "serverlimits.h"

#include <array>
#include <limits>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct Limit
{
    const char *name;
    qint64 ServerLimits::*member;
    qint64 minimum;
    qint64 maximum;
    const char *meaning;
};

constexpr qint64 unbounded = std::numeric_limits<int>::max();
constexpr qint64 kib = 1024;

// Minimums keep the server usable (a frame limit below the 64 KiB every client may send
// before signing in would refuse honest clients); maximums keep arithmetic in range.
constexpr std::array limits {
    Limit { "connections", &ServerLimits::connections, 1, 1000000, "open connections in all" },
    Limit { "connections_per_address", &ServerLimits::connectionsPerAddress, 1, 1000000,
            "open connections from one address (IPv6: one /64)" },
    Limit { "unauthenticated_per_address", &ServerLimits::unauthenticatedPerAddress, 1, 1000000,
            "connections from one address not signed in" },
    Limit { "connections_per_account", &ServerLimits::connectionsPerAccount, 1, 1000000,
            "connections signed in to one account" },
    Limit { "new_connections_per_address_minute", &ServerLimits::newConnectionsPerAddressMinute,
            1, 1000000, "new connections one address may open per minute" },
    Limit { "refusals_per_address_minute", &ServerLimits::refusalsPerAddressMinute, 1, 1000000,
            "protocol errors before sign-in after which an address waits" },
    Limit { "hello_timeout_ms", &ServerLimits::helloTimeoutMs, 1000, unbounded,
            "time to finish TLS and say hello" },
    Limit { "sign_in_timeout_ms", &ServerLimits::signInTimeoutMs, 1000, unbounded,
            "time from connecting to signing in" },
    Limit { "idle_timeout_ms", &ServerLimits::idleTimeoutMs, 1000, unbounded,
            "silence after which a connection is closed" },
    Limit { "queued_requests", &ServerLimits::queuedRequests, 1, 100000,
            "requests one connection may have waiting" },
    Limit { "queued_bytes", &ServerLimits::queuedBytes, 128 * kib, unbounded,
            "bytes of requests one connection may have waiting" },
    Limit { "outbound_pause_bytes", &ServerLimits::outboundPauseBytes, 64 * kib, unbounded,
            "unsent bytes above which a connection's requests wait" },
    Limit { "outbound_bytes", &ServerLimits::outboundBytes, 128 * kib, unbounded,
            "unsent bytes above which a connection is closed" },
    Limit { "frame_bytes_signed_in", &ServerLimits::frameBytesSignedIn, 64 * kib, 64 * kib *kib,
            "largest message from a signed-in client (64 KiB before)" },
    Limit { "hash_queue", &ServerLimits::hashQueue, 1, 100000,
            "password hashes waiting or running" },
    Limit { "registrations_per_address_hour", &ServerLimits::registrationsPerAddressHour, 1,
            1000000, "registrations one address may try per hour" },
    Limit { "registrations_per_hour", &ServerLimits::registrationsPerHour, 1, 1000000,
            "registrations hashed per hour in all" },
    Limit { "push_bytes_per_patient_hour", &ServerLimits::pushBytesPerPatientHour, 64 * kib,
            unbounded, "bytes of changes a patient's account may push per hour" },
    Limit { "push_bytes_per_staff_hour", &ServerLimits::pushBytesPerStaffHour, 64 * kib, unbounded,
            "bytes of changes a staff account may push per hour" },
    Limit { "push_bytes_all_patients_hour", &ServerLimits::pushBytesAllPatientsHour, 64 * kib,
            unbounded, "bytes of changes all patients' accounts together may push per hour" },
    Limit { "ring_timeout_ms", &ServerLimits::ringTimeoutMs, 1000, 10 * 60 * 1000,
            "time a call rings before it ends unanswered" },
    Limit { "call_rejoin_grace_ms", &ServerLimits::callRejoinGraceMs, 1000, 10 * 60 * 1000,
            "time a participant whose connection dropped has to rejoin the call" },
    Limit { "call_invites_per_minute", &ServerLimits::callInvitesPerMinute, 1, 1000000,
            "calls one account may start per minute" },
    Limit { "call_invites_per_hour", &ServerLimits::callInvitesPerHour, 1, 1000000,
            "calls one account may start per hour" },
    Limit { "call_rings_per_patient_hour", &ServerLimits::callRingsPerPatientHour, 1, 1000000,
            "calls one patient may be rung by per hour, from all callers" },
    Limit { "key_registrations_per_session_hour", &ServerLimits::keyRegistrationsPerSessionHour,
            1, 1000000, "key_register requests one session may make per hour" },
    Limit { "key_changes_per_hour", &ServerLimits::keyChangesPerHour, 1, 1000000,
            "call key changes one account may make per hour" },
    Limit { "media_frame_bytes", &ServerLimits::mediaFrameBytes, 16 * kib, 64 * kib *kib,
            "largest call media frame relayed (no larger than frame_bytes_signed_in)" },
    Limit { "media_bytes_per_second", &ServerLimits::mediaBytesPerSecond, 16 * kib, 64 * kib *kib,
            "bytes of call media one connection may send per second" },
    Limit { "media_video_queue_bytes", &ServerLimits::mediaVideoQueueBytes, 16 * kib, 64 * kib *kib,
            "video waiting for one slow receiver; its oldest frames go first" },
    Limit { "media_audio_queue_bytes", &ServerLimits::mediaAudioQueueBytes, 4 * kib, 64 * kib *kib,
            "audio and chat waiting for one slow receiver" },
};

} // namespace

Result<void> ServerLimits::set(const QString &assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    const QString name = assignment.left(equals).trimmed();
    for (const Limit &limit : limits) {
        if (name != QLatin1StringView(limit.name))
            continue;
        bool ok = false;
        const qint64 value = equals < 0 ? 0 : assignment.mid(equals + 1).trimmed().toLongLong(&ok);
        if (!ok || value < limit.minimum || value > limit.maximum)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The limit %1 takes a whole number from %2 to %3.")
                                     .arg(name)
                                     .arg(limit.minimum)
                                     .arg(limit.maximum));
        this->*limit.member = value;
        return {};
    }
    return makeError(ErrorCode::InvalidArgument,
                     tr("There is no limit called “%1”. The limits are: %2.")
                             .arg(name, describe().join(u"; "_s)));
}

QStringList ServerLimits::describe()
{
    const ServerLimits defaults;
    QStringList lines;
    for (const Limit &limit : limits)
        lines << u"%1 (default %2): %3"_s.arg(QLatin1StringView(limit.name))
                         .arg(defaults.*limit.member)
                         .arg(QLatin1StringView(limit.meaning));
    return lines;
}

} // namespace clinic
