#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace clinic {

// Protocol v1: one CBOR map per binary WebSocket message (docs/protocol.md):
//   { "v": 1, "t": "<type>", "id": <request id>, "b": { ...body... } }
inline constexpr int protocolVersion = 1;
// Any message before sign-in, and every message the server sends unless it says otherwise.
inline constexpr qsizetype maxFrameBytes = 64 * 1024;
// A signed-in client may send messages up to the server's `frame_bytes_signed_in` (1 MiB
// unless the server is told otherwise): a doctor on thousands of care teams sends a cursor
// for each. Clients accept replies up to this size.
inline constexpr qsizetype maxSignedInFrameBytes = 1024 * 1024;
inline constexpr int maxTypeLength = 32;
// How much structure one message may carry: each item costs memory and time to decode, far
// more than its byte. The largest honest message, a pull with as many cursors as fit in a
// megabyte (about 15,000), has about 120,000 items and 5 levels.
inline constexpr qint64 maxFrameItems = 200000;
// Before sign-in a message is a greeting, a sign-in, a resume or a registration: a few dozen
// items. Anyone can send them, so the server's one database thread decodes no more.
inline constexpr qint64 maxFrameItemsSignedOut = 100;
inline constexpr int maxFrameDepth = 32;

// Codes of "error" messages. Their names on the wire are in docs/protocol.md.
enum class ProtocolError {
    BadFrame, // not a well-formed v1 message: the connection is closed
    UnsupportedVersion, // protocol versions differ: the connection is closed
    OutOfOrder, // a message the connection's state does not allow: closed
    Unauthenticated, // needs a signed-in session
    Forbidden, // the policy does not allow it for this role
    Invalid, // a field is missing or wrong; the message says which
    WrongCredentials, // user name, password or one-time code not right
    TotpRequired, // the password was right; send it again with "totp"
    Throttled, // too many failed sign-ins or registrations; "retry_after_ms" in the body
    Busy, // the server is saving its strength: try again after "retry_after_ms"
    AccountPending, // a provider waiting for verification
    AccountRejected,
    AccountDisabled,
    SessionExpired, // resume with a token that is no longer valid
    PasswordChangeRequired,
    TotpEnrolmentRequired,
    WeakPassword,
    UsernameTaken,
    NotFound,
    ServerBehind, // a pull cursor is ahead of the server's change log: restored from a backup?
    Internal, // the server failed; nothing was changed
};

class ProtocolErrors
{
public:
    static QString name(ProtocolError error);
    static ProtocolError fromName(QStringView name); // unknown names read as Internal
    // The errors after which the server closes the connection.
    static bool closesConnection(ProtocolError error);
};

struct Message
{
    QString type;
    quint64 id = 0; // chosen by the client per request; a reply carries it back; 0 for pushes
    QCborMap body;

    QByteArray encode() const;
    // Bounds-checked: size (up to maxBytes), CBOR well-formedness, no trailing bytes, the
    // envelope's keys and types. Returns ErrorCode::InvalidArgument with the reason in detail;
    // a frame from another protocol version gives detail "version <n>".
    static Result<Message> decode(const QByteArray &frame, qsizetype maxBytes = maxFrameBytes);
    // The same checks, keeping only the type and id: the body is walked but not built, so a
    // large frame costs no memory; and it may hold at most maxFrameItems items and
    // maxFrameDepth levels (`maxItems`: fewer, for a connection not signed in). For the
    // server's socket side, which routes by type.
    static Result<Message> peek(const QByteArray &frame, qsizetype maxBytes = maxFrameBytes,
                                qint64 maxItems = maxFrameItems);
    // The type and id without the body: what a handler keeps after reading the body, so no
    // password outlives its use in a copy of the request.
    Message header() const { return Message { type, id, {} }; }

    static Message error(ProtocolError code, const QString &text, quint64 replyTo = 0);
    static Message reply(const QString &type, quint64 replyTo, QCborMap body = {});
};

// Typed, validated reads of a message body. The first problem is remembered; the reads after
// it return empty values, so a handler reads every field and then checks ok() once.
class BodyReader
{
    Q_DECLARE_TR_FUNCTIONS(clinic::BodyReader)
public:
    explicit BodyReader(QCborMap body) : m_body(std::move(body)) { }

    QString text(QStringView key, qsizetype maxLength); // required, non-empty
    QString optionalText(QStringView key, qsizetype maxLength); // absent: empty
    qint64 integer(QStringView key, qint64 minimum, qint64 maximum);
    bool boolean(QStringView key, bool fallback); // absent: fallback
    bool requiredBoolean(QStringView key); // absent: a problem

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

private:
    void fail(const QString &problem);

    QCborMap m_body; // a copy (shared data): a reader never outlives what it reads
    QString m_problem;
};

} // namespace clinic
