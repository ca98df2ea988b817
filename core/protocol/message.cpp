#include "message.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QSet>

#include <array>
#include <limits>
#include <optional>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct ErrorName
{
    ProtocolError code;
    const char *name;
};

constexpr std::array errorNames {
    ErrorName { ProtocolError::BadFrame, "bad_frame" },
    ErrorName { ProtocolError::UnsupportedVersion, "unsupported_version" },
    ErrorName { ProtocolError::OutOfOrder, "out_of_order" },
    ErrorName { ProtocolError::Unauthenticated, "unauthenticated" },
    ErrorName { ProtocolError::Forbidden, "forbidden" },
    ErrorName { ProtocolError::Invalid, "invalid" },
    ErrorName { ProtocolError::WrongCredentials, "wrong_credentials" },
    ErrorName { ProtocolError::TotpRequired, "totp_required" },
    ErrorName { ProtocolError::Throttled, "throttled" },
    ErrorName { ProtocolError::Busy, "busy" },
    ErrorName { ProtocolError::AccountPending, "account_pending" },
    ErrorName { ProtocolError::AccountRejected, "account_rejected" },
    ErrorName { ProtocolError::AccountDisabled, "account_disabled" },
    ErrorName { ProtocolError::SessionExpired, "session_expired" },
    ErrorName { ProtocolError::PasswordChangeRequired, "password_change_required" },
    ErrorName { ProtocolError::TotpEnrolmentRequired, "totp_enrolment_required" },
    ErrorName { ProtocolError::WeakPassword, "weak_password" },
    ErrorName { ProtocolError::UsernameTaken, "username_taken" },
    ErrorName { ProtocolError::NotFound, "not_found" },
    ErrorName { ProtocolError::ServerBehind, "server_behind" },
    ErrorName { ProtocolError::Internal, "internal" },
};

bool hasDuplicateKeys(const QCborMap &map)
{
    QSet<QCborValue> seen;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (seen.contains(it.key()))
            return true;
        seen.insert(it.key());
    }
    return false;
}

Error badFrame(const QString &detail)
{
    return makeError(ErrorCode::InvalidArgument,
                     BodyReader::tr("The message is not a well-formed protocol message."), detail);
}

// Empty and oversized frames are refused before any parsing.
std::optional<Error> sizeProblem(const QByteArray &frame, qsizetype maxBytes)
{
    if (frame.isEmpty())
        return badFrame(u"empty frame"_s);
    if (frame.size() > maxBytes)
        return badFrame(
                u"frame of %1 bytes exceeds the %2-byte limit"_s.arg(frame.size()).arg(maxBytes));
    return std::nullopt;
}

// One text string from a stream reader, whatever its chunking. Longer than maxLength: empty
// (the caller only compares it with short names), but read to its end all the same.
QString readText(QCborStreamReader &reader, qsizetype maxLength)
{
    QString text;
    bool tooLong = false;
    auto chunk = reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        tooLong = tooLong || text.size() + chunk.data.size() > maxLength;
        if (!tooLong)
            text += chunk.data;
        chunk = reader.readString();
    }
    return tooLong ? QString() : text;
}

// A CBOR integer within qint64, as QCborValue reads it; anything else: nullopt. Qt gives a
// negative integer as its magnitude (-1 as 1), with 0 standing for -2^64.
std::optional<qint64> readInteger(QCborStreamReader &reader)
{
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    std::optional<qint64> value;
    if (reader.isUnsignedInteger() && reader.toUnsignedInteger() <= limit) {
        value = qint64(reader.toUnsignedInteger());
    } else if (reader.isNegativeInteger()) {
        const quint64 magnitude = quint64(reader.toNegativeInteger());
        if (magnitude != 0 && magnitude <= limit + 1)
            value = magnitude == limit + 1 ? std::numeric_limits<qint64>::min()
                                           : -qint64(magnitude);
    }
    reader.next();
    return value;
}

} // namespace

QString ProtocolErrors::name(ProtocolError error)
{
    for (const ErrorName &entry : errorNames) {
        if (entry.code == error)
            return QString::fromLatin1(entry.name);
    }
    return u"internal"_s;
}

ProtocolError ProtocolErrors::fromName(QStringView name)
{
    for (const ErrorName &entry : errorNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.code;
    }
    return ProtocolError::Internal;
}

bool ProtocolErrors::closesConnection(ProtocolError error)
{
    return error == ProtocolError::BadFrame || error == ProtocolError::UnsupportedVersion
            || error == ProtocolError::OutOfOrder;
}

QByteArray Message::encode() const
{
    QCborMap envelope;
    envelope.insert(u"v"_s, protocolVersion);
    envelope.insert(u"t"_s, type);
    if (id != 0)
        envelope.insert(u"id"_s, qint64(id));
    if (!body.isEmpty())
        envelope.insert(u"b"_s, body);
    return envelope.toCborValue().toCbor();
}

Result<Message> Message::decode(const QByteArray &frame, qsizetype maxBytes)
{
    if (auto problem = sizeProblem(frame, maxBytes))
        return *problem;

    // QCborStreamReader checks every length against the data actually present and limits
    // nesting, so hostile input cannot make it read out of bounds or recurse without end.
    QCborStreamReader reader(frame);
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return badFrame(u"CBOR: "_s + reader.lastError().toString());
    if (reader.currentOffset() != frame.size())
        return badFrame(u"trailing bytes after the message"_s);
    if (!root.isMap())
        return badFrame(u"the message is not a map"_s);

    const QCborMap envelope = root.toMap();
    // The version first: a newer protocol may add envelope keys, and its frames must read as
    // "unsupported version", not as garbage.
    const QCborValue version = envelope.value(u"v"_s);
    if (!version.isInteger())
        return badFrame(u"no protocol version"_s);
    if (version.toInteger() != protocolVersion)
        return badFrame(u"version %1"_s.arg(version.toInteger()));
    for (auto it = envelope.constBegin(); it != envelope.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (!it.key().isString() || (key != u"v" && key != u"t" && key != u"id" && key != u"b"))
            return badFrame(u"unknown envelope key"_s);
    }
    if (hasDuplicateKeys(envelope))
        return badFrame(u"a key appears twice"_s);

    Message message;
    const QCborValue type = envelope.value(u"t"_s);
    message.type = type.toString();
    if (!type.isString() || message.type.isEmpty() || message.type.size() > maxTypeLength)
        return badFrame(u"no message type"_s);
    const QCborValue id = envelope.value(u"id"_s);
    if (!id.isUndefined() && (!id.isInteger() || id.toInteger() < 0))
        return badFrame(u"bad request id"_s);
    message.id = quint64(id.toInteger(0));
    const QCborValue body = envelope.value(u"b"_s);
    if (!body.isUndefined() && !body.isMap())
        return badFrame(u"the body is not a map"_s);
    message.body = body.toMap();
    // CBOR allows a key twice; a reader would see only one of the values (which "password"?).
    if (hasDuplicateKeys(message.body))
        return badFrame(u"a key appears twice in the body"_s);
    return message;
}

namespace {

// Skips one value, counting it and everything in it into `items`; false (and stops) when the
// nesting passes maxFrameDepth or the count `maxItems`.
bool skipCounting(QCborStreamReader &reader, int depth, qint64 &items, qint64 maxItems)
{
    if (++items > maxItems || depth > maxFrameDepth)
        return false;
    if (reader.isTag()) { // a tag and the value it tags are one value
        reader.next();
        return reader.lastError() != QCborError::NoError
                || skipCounting(reader, depth + 1, items, maxItems);
    }
    if (!reader.isContainer()) {
        reader.next();
        return true;
    }
    if (!reader.enterContainer())
        return true; // the reader's error says why
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!skipCounting(reader, depth + 1, items, maxItems))
            return false;
    }
    if (reader.lastError() == QCborError::NoError)
        reader.leaveContainer();
    return true;
}

// What peek() finds in an envelope, before judging it in decode()'s order.
struct Envelope
{
    std::optional<qint64> version;
    QString type;
    bool hasId = false;
    std::optional<qint64> id;
    bool bodyIsMap = true;
    bool unknownKey = false;
    bool duplicateKey = false;
    qint64 items = 0;
    bool tooComplex = false; // nested too deep, or too many items
};

} // namespace

Result<Message> Message::peek(const QByteArray &frame, qsizetype maxBytes, qint64 maxItems)
{
    if (auto problem = sizeProblem(frame, maxBytes))
        return *problem;
    QCborStreamReader reader(frame);
    const bool isMap = reader.isMap();
    Envelope envelope;
    // Every value not read as a known field is skipped whole (tags included) and counted.
    const auto skip = [&] {
        envelope.tooComplex =
                envelope.tooComplex || !skipCounting(reader, 1, envelope.items, maxItems);
    };
    if (isMap && reader.enterContainer()) {
        QSet<QString> seen;
        while (reader.lastError() == QCborError::NoError && !envelope.tooComplex
               && reader.hasNext()) {
            QString key; // stays empty for a key that is not text, or not a short one
            if (reader.isString())
                key = readText(reader, 2);
            else
                skip();
            envelope.duplicateKey = envelope.duplicateKey || seen.contains(key);
            seen.insert(key);
            const bool integer = reader.isUnsignedInteger() || reader.isNegativeInteger();
            if (key == u"v" && integer) {
                envelope.version = readInteger(reader);
            } else if (key == u"t" && reader.isString()) {
                envelope.type = readText(reader, maxTypeLength);
            } else if (key == u"id") {
                envelope.hasId = true;
                if (integer)
                    envelope.id = readInteger(reader);
                else
                    skip();
            } else {
                envelope.unknownKey = envelope.unknownKey || key.isEmpty()
                        || (key != u"t" && key != u"b" && key != u"v");
                if (key == u"b")
                    envelope.bodyIsMap = reader.isMap();
                // The body is walked, not built; counted, so a frame of a million empty
                // arrays is refused here instead of costing a second to decode.
                skip();
            }
        }
        if (envelope.tooComplex)
            return badFrame(
                    u"more than %1 items or %2 levels"_s.arg(maxItems).arg(maxFrameDepth));
        if (reader.lastError() == QCborError::NoError)
            reader.leaveContainer();
    } else {
        skip();
    }
    if (reader.lastError() != QCborError::NoError)
        return badFrame(u"CBOR: "_s + reader.lastError().toString());
    if (reader.currentOffset() != frame.size())
        return badFrame(u"trailing bytes after the message"_s);
    if (!isMap)
        return badFrame(u"the message is not a map"_s);
    if (!envelope.version)
        return badFrame(u"no protocol version"_s);
    if (*envelope.version != protocolVersion)
        return badFrame(u"version %1"_s.arg(*envelope.version));
    if (envelope.tooComplex)
        return badFrame(u"more than %1 items or %2 levels"_s.arg(maxItems).arg(maxFrameDepth));
    if (envelope.unknownKey)
        return badFrame(u"unknown envelope key"_s);
    if (envelope.duplicateKey)
        return badFrame(u"a key appears twice"_s);
    if (envelope.type.isEmpty())
        return badFrame(u"no message type"_s);
    if (envelope.hasId && (!envelope.id || *envelope.id < 0))
        return badFrame(u"bad request id"_s);
    if (!envelope.bodyIsMap)
        return badFrame(u"the body is not a map"_s);
    return Message { envelope.type, quint64(envelope.id.value_or(0)), {} };
}

Message Message::error(ProtocolError code, const QString &text, quint64 replyTo)
{
    QCborMap body;
    body.insert(u"code"_s, ProtocolErrors::name(code));
    body.insert(u"message"_s, text);
    return Message { u"error"_s, replyTo, body };
}

Message Message::reply(const QString &type, quint64 replyTo, QCborMap body)
{
    return Message { type, replyTo, std::move(body) };
}

void BodyReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

QString BodyReader::text(QStringView key, qsizetype maxLength)
{
    const QString value = optionalText(key, maxLength);
    if (ok() && value.trimmed().isEmpty())
        fail(tr("“%1” is required.").arg(key));
    return ok() ? value : QString();
}

QString BodyReader::optionalText(QStringView key, qsizetype maxLength)
{
    const QCborValue value = m_body.value(key.toString());
    if (value.isUndefined() || !ok())
        return {};
    if (!value.isString()) {
        fail(tr("“%1” must be text.").arg(key));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(tr("“%1” is longer than %2 characters.").arg(key).arg(maxLength));
        return {};
    }
    return text;
}

qint64 BodyReader::integer(QStringView key, qint64 minimum, qint64 maximum)
{
    const QCborValue value = m_body.value(key.toString());
    if (!ok())
        return minimum;
    if (!value.isInteger() || value.toInteger() < minimum || value.toInteger() > maximum) {
        fail(tr("“%1” must be a whole number from %2 to %3.").arg(key).arg(minimum).arg(maximum));
        return minimum;
    }
    return value.toInteger();
}

bool BodyReader::requiredBoolean(QStringView key)
{
    if (ok() && m_body.value(key.toString()).isUndefined()) {
        fail(tr("“%1” is required.").arg(key));
        return false;
    }
    return boolean(key, false);
}

bool BodyReader::boolean(QStringView key, bool fallback)
{
    const QCborValue value = m_body.value(key.toString());
    if (value.isUndefined() || !ok())
        return fallback;
    if (!value.isBool()) {
        fail(tr("“%1” must be true or false.").arg(key));
        return fallback;
    }
    return value.toBool();
}

} // namespace clinic
