// libFuzzer target for the protocol's input side: Message::decode on arbitrary bytes, then
// BodyReader over the fields the server reads. Built with ASan and UBSan (tests/fuzz/), so an
// out-of-bounds read, a leak or undefined behaviour stops the run with the input that did it.

#include "protocol/message.h"

#include <QByteArray>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

// Every body field some request reads (sync_server/serverworker.cpp and syncserver.cpp).
constexpr QStringView textFields[] = {
    u"app",        u"username",       u"password",  u"totp",       u"token",
    u"session_id", u"current",        u"new",       u"code",       u"display_name",
    u"role",       u"licence_number", u"specialty", u"account_id", u"reason",
};
constexpr QStringView booleanFields[] = { u"approve", u"enabled", u"require_totp_for_staff" };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = Message::decode(frame);
    if (!message) {
        // Every refusal must explain itself: the server sends the detail back.
        if (message.error().code != ErrorCode::InvalidArgument || message.error().detail.isEmpty())
            std::abort();
        return 0;
    }

    // One reader for all fields exercises "first problem kept"; one per field reaches every
    // field's checks whatever came before it.
    BodyReader all(message->body);
    for (QStringView key : textFields) {
        (void)all.text(key, 100);
        BodyReader one(message->body);
        (void)one.optionalText(key, 16);
        (void)one.text(key, 1024);
    }
    for (QStringView key : booleanFields) {
        (void)all.boolean(key, false);
        BodyReader one(message->body);
        (void)one.boolean(key, true);
    }
    BodyReader minutes(message->body);
    (void)minutes.integer(u"idle_lock_minutes", 1, 240);
    (void)all.integer(u"idle_lock_minutes", 1, 240);
    (void)all.problem();
    (void)ProtocolErrors::fromName(message->body.value(u"code"_s).toString());

    // What decode accepts, encode writes so that decode accepts it again, unchanged. A body
    // of many half-precision floats re-encodes larger (as doubles) and may pass the frame
    // limit: only frames that still fit are checked.
    const QByteArray again = message->encode();
    if (again.size() <= maxFrameBytes) {
        const auto reread = Message::decode(again);
        if (!reread || reread->type != message->type || reread->id != message->id
            || reread->encode() != again)
            std::abort();
    }
    return 0;
}
