#pragma once

#include "crypto/callkeys.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace clinic {

// This computer's key pair for video calls, and the peers' keys it has met (docs/video.md).
// The pair is made here on first use and kept in the user's encrypted store; only its public
// half leaves the computer (key_register). A peer's key is remembered the first time a call
// shows it; a different key later is a warning for the user (someone may stand in between,
// or the peer uses another computer), never silently accepted as the same.
class CallIdentity
{
    Q_DECLARE_TR_FUNCTIONS(clinic::CallIdentity)
public:
    enum class PeerKey { FirstSeen, Same, Changed };

    // The account's key pair on this computer, made and stored when there is none.
    static Result<CallKeys::KeyPair> ownKeys(const QSqlDatabase &db, const QString &accountId,
                                             const Clock &clock,
                                             const SecureRandom &random = SecureRandom::system());
    // Compares the peer's key with the one remembered, remembering it when it is the first;
    // a changed key is kept as it was until the user accepts the new one (acceptPeerKey).
    static Result<PeerKey> checkPeerKey(const QSqlDatabase &db, const QString &peerAccountId,
                                        const QByteArray &publicKey, const Clock &clock);
    static Result<void> acceptPeerKey(const QSqlDatabase &db, const QString &peerAccountId,
                                      const QByteArray &publicKey, const Clock &clock);
};

} // namespace clinic
