#include "callidentity.h"

#include "crypto/securebytes.h"
#include "storage/sqlexec.h"

#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// The bytes of a secret key for binding, wiped when the statement is done with them.
class BoundSecret
{
public:
    explicit BoundSecret(const SecureBytes &secret) : m_bytes(secret.constChar(), secret.size()) { }
    ~BoundSecret() { secureWipe(m_bytes); }
    BoundSecret(const BoundSecret &) = delete;
    BoundSecret &operator=(const BoundSecret &) = delete;
    QVariant value() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

Result<CallKeys::KeyPair> CallIdentity::ownKeys(const QSqlDatabase &db, const QString &accountId,
                                                const Clock &clock, const SecureRandom &random)
{
    auto stored =
            execSql(db, u"SELECT public_key, secret_key FROM call_identity WHERE account_id = ?"_s,
                    { accountId }, tr("This computer's key for video calls could not be read."));
    if (!stored)
        return stored.error();
    if (stored->next()) {
        QByteArray secret = stored->value(1).toByteArray();
        CallKeys::KeyPair pair {
            stored->value(0).toByteArray(),
            SecureBytes(reinterpret_cast<const unsigned char *>(secret.constData()), secret.size())
        };
        secureWipe(secret);
        stored->finish();
        if (pair.publicKey.size() != CallKeys::publicKeyBytes
            || pair.secretKey.size() != CallKeys::secretKeyBytes)
            return makeError(ErrorCode::StoreCorrupt,
                             tr("This computer's key for video calls is damaged."));
        return pair;
    }
    CallKeys::KeyPair made = CallKeys::generateKeyPair(random);
    const BoundSecret secret(made.secretKey);
    auto saved = execSql(db,
                         u"INSERT INTO call_identity (account_id, public_key, secret_key, "
                         u"created_at) VALUES (?, ?, ?, ?)"_s,
                         { accountId, made.publicKey, secret.value(), clock.nowMs() },
                         tr("This computer's key for video calls could not be saved."));
    if (!saved)
        return saved.error();
    return made;
}

Result<CallIdentity::PeerKey> CallIdentity::checkPeerKey(const QSqlDatabase &db,
                                                         const QString &peerAccountId,
                                                         const QByteArray &publicKey,
                                                         const Clock &clock)
{
    auto known = execSql(db, u"SELECT public_key FROM known_call_key WHERE account_id = ?"_s,
                         { peerAccountId }, tr("The keys of earlier calls could not be read."));
    if (!known)
        return known.error();
    if (!known->next()) {
        known->finish();
        if (auto kept = acceptPeerKey(db, peerAccountId, publicKey, clock); !kept)
            return kept.error();
        return PeerKey::FirstSeen;
    }
    const bool same = known->value(0).toByteArray() == publicKey;
    known->finish();
    if (!same)
        return PeerKey::Changed;
    auto seen = execSql(db, u"UPDATE known_call_key SET last_seen_at = ? WHERE account_id = ?"_s,
                        { clock.nowMs(), peerAccountId },
                        tr("The keys of earlier calls could not be saved."));
    return seen ? Result<PeerKey>(PeerKey::Same) : Result<PeerKey>(seen.error());
}

Result<void> CallIdentity::acceptPeerKey(const QSqlDatabase &db, const QString &peerAccountId,
                                         const QByteArray &publicKey, const Clock &clock)
{
    const qint64 now = clock.nowMs();
    auto kept = execSql(db,
                        u"INSERT OR REPLACE INTO known_call_key (account_id, public_key, "
                        u"first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)"_s,
                        { peerAccountId, publicKey, now, now },
                        tr("The keys of earlier calls could not be saved."));
    return kept ? Result<void>() : Result<void>(kept.error());
}

} // namespace clinic
