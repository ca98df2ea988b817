#pragma once

#include "auditlog.h"
#include "domain/account.h"
#include "mutations/mutation.h"
#include "mutations/rowstore.h"
#include "storage/preparedqueries.h"
#include "storage/writetransaction.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace clinic {

// What a push did: the answer for the client, and the buckets whose rows changed (their
// subscribers get a poke).
struct PushResult
{
    QCborMap reply;
    QSet<QString> changedBuckets;
};

struct PullResult
{
    QCborMap reply;
    QStringList allowedBuckets; // what this user may see now: the connection's subscription
};

// The server side of sync (DESIGN.md, Sync; docs/sync.md). Push applies mutations together
// with the client's last applied number, so a repeated push applies nothing twice; pull sends
// the rows of the buckets the user may see, computed here from the server's own tables on
// every pull.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(clinic::SyncService)
public:
    SyncService(QSqlDatabase db, const Clock &clock);
    ~SyncService();

    Result<PushResult> push(const Account &account, const QCborMap &body);
    // A change the server makes on its own (a video visit's call record): `change` writes rows
    // through the same MutationContext and change log as a push does, in one transaction it
    // may add to (the audit log), and may write the server-only tables
    // (SyncedTables::isServerWritten). Rows are stamped as `actor`'s. Returns the buckets that
    // changed; nothing is kept when `change` fails.
    using ServerChange = std::function<Result<void>(MutationContext &, WriteTransaction &)>;
    Result<QSet<QString>> writeAsServer(const MutationActor &actor, const ServerChange &change);
    Result<PullResult> pull(const Account &account, const QCborMap &body);
    Result<QStringList> allowedBuckets(const Account &account);

    // Drops change-log entries written before `beforeMs`; a cursor older than what is left
    // gets must_refetch. Returns the number of entries dropped.
    Result<qint64> pruneChangeLog(qint64 beforeMs);

    // Servers sharing a PostgreSQL database hear of each other's pushes on this channel
    // (LISTEN/NOTIFY, sent on commit); the payload names the changed buckets.
    static QString changesChannel() { return QStringLiteral("clinic_changes"); }
    // The buckets a notification names; nullopt: too many to name, assume any.
    static std::optional<QSet<QString>> changedBuckets(const QString &payload);

    static constexpr int maxMutationsPerPush = 100;
    static constexpr int maxClientsPerAccount = 32; // stores (computers) one account syncs from
    // How long the change log is kept (ServerWorker prunes it daily): a client away longer
    // must fetch its buckets again, and its store may be forgotten to make room.
    static constexpr qint64 changeLogRetentionMs = 30LL * 24 * 60 * 60 * 1000;
    // A change's name ("appointment.request"): unknown names come back in their rejection.
    static constexpr qsizetype maxMutationNameLength = 64;
    // A pull reply stays within this many bytes, counted on its whole frame: bucket names,
    // cursors, rows and revoked names (a single row larger than this travels alone). Well
    // inside the 64 KiB frame limit; more is sent as further pages (`more`).
    static constexpr qsizetype pullBudgetBytes = 48 * 1024;
    // A pull names at most this many buckets (cursors), each by a text of at most this many
    // characters: far more than any user has (a doctor on thousands of care teams), and a
    // bound on what one request makes the server read.
    static constexpr int maxPullCursors = 20'000;
    static constexpr qsizetype maxBucketNameLength = 200;

private:
    struct Client
    {
        QString id;
        qint64 lastMutation = 0;
    };
    struct PullPage;

    Result<Client> client(const Account &account, const QString &clientId, bool create);
    Result<void> makeRoomForClient(const Account &account);
    Result<QCborMap> applyOne(WriteTransaction &transaction, const Account &account,
                              qint64 number, const QString &name, const QCborMap &args,
                              QSet<QString> &changedBuckets);
    Result<void> recordRejections(const Client &client, qint64 first,
                                  const QList<QCborMap> &rejections);
    Result<QCborMap> storedOutcome(const Client &client, qint64 number);
    static Result<void> checkCursors(const QCborMap &cursors);
    static Result<void> checkNotBehind(const QCborMap &cursors, qint64 high);
    Result<void> pullBucket(PullPage &page, const QString &bucket, const QCborValue &cursor);
    Result<bool> snapshot(PullPage &page, const QString &bucket, QCborMap &state, QCborArray &rows);
    Result<bool> changesSince(PullPage &page, const QString &bucket, QCborMap &state,
                              QCborArray &rows);
    Result<qint64> scalar(const QString &sql, const QVariantList &values = {});
    Result<void> notifyOtherServers(const QSet<QString> &buckets);

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::unique_ptr<AccountDirectory> m_accounts; // the account table, for mutations
    PreparedQueries m_queries; // what every push runs per mutation, prepared once
    RowStore m_rows;
    AuditLog m_audit; // what a mutation asks to be audited (MutationContext::audit)
};

} // namespace clinic
