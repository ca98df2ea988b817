#pragma once

#include "domain/accesspolicy.h"
#include "mutations/rowstore.h"
#include "util/result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

namespace clinic {

// Who runs a mutation.
struct MutationActor
{
    QString accountId;
    Role role = Role::Patient;
    QString displayName;
};

// What the server knows about another account; the client does not know it.
struct AccountSummary
{
    QString id;
    Role role = Role::Patient;
    QString displayName;
    bool active = false;
    QString licenceNumber; // a provider's, as the admin verified it
};

class AccountDirectory
{
public:
    virtual ~AccountDirectory() = default;
    virtual std::optional<AccountSummary> account(const QString &id) = 0;
};

// An entry a mutation asks the server to add to its audit log with the change (the client,
// which has no audit log, ignores it).
struct MutationAudit
{
    QString action, target, detail;
};

// Told about every row a mutation writes, after the write: the client keeps the row's image
// from before to undo it at rebase; the server appends the change to its log.
class WriteObserver
{
public:
    virtual ~WriteObserver() = default;
    virtual Result<void> written(const SyncedTable &table, const QString &id,
                                 const std::optional<QCborMap> &before, const QCborMap &after) = 0;
};

// What a mutation runs against: the store (inside the caller's write transaction), the actor,
// the time. The same mutation code runs optimistically on the client and authoritatively on
// the server; only the server has an AccountDirectory.
class MutationContext
{
    Q_DECLARE_TR_FUNCTIONS(clinic::MutationContext)
public:
    MutationContext(RowStore &rows, WriteObserver &observer, MutationActor actor, qint64 nowMs,
                    AccountDirectory *accounts = nullptr);

    const MutationActor &actor() const { return m_actor; }
    qint64 now() const { return m_now; }
    // Null on the client: checks that need the server's account table are the server's.
    AccountDirectory *accounts() const { return m_accounts; }
    // For the server's own changes only (SyncService::writeAsServer): lets this context write
    // the tables SyncedTables::isServerWritten names, which every other context refuses.
    void allowServerTables() { m_serverTables = true; }

    Result<std::optional<QCborMap>> find(QStringView table, const QString &id);
    // The live rows of `table` whose `column` is `value`.
    Result<QList<QCborMap>> findLive(QStringView table, const QString &column,
                                     const QString &value);
    // How many live rows of `table` have each of these columns equal to its value, counted
    // by the database: no row is read (a visit's chat holds 2,000 messages of 4 KiB).
    Result<qint64> countLive(QStringView table, const QList<std::pair<QString, QString>> &equal);
    // countLive of the rows whose integer `column` lies within [from, to].
    Result<qint64> countLiveBetween(QStringView table,
                                    const QList<std::pair<QString, QString>> &equal,
                                    const QString &column, qint64 from, qint64 to);
    // The live rows with these values whose integer `column` lies within [from, to].
    Result<QList<QCborMap>> findLiveBetween(QStringView table,
                                            const QList<std::pair<QString, QString>> &equal,
                                            const QString &column, qint64 from, qint64 to);
    // The live row with these values whose `orderColumn` is greatest, or nullopt.
    Result<std::optional<QCborMap>> newestLive(QStringView table,
                                               const QList<std::pair<QString, QString>> &equal,
                                               const QString &orderColumn);
    // Sets these columns on the row, creating it when absent; stamps updated_at and
    // updated_by and clears the tombstone.
    Result<void> put(QStringView table, const QString &id, const QCborMap &changes);
    // Marks the row deleted (a tombstone, so the deletion syncs).
    Result<void> remove(QStringView table, const QString &id);
    // The same for a row that must be there and live; NotFound with `whenMissing` otherwise.
    Result<void> removeLive(QStringView table, const QString &id, const QString &whenMissing);

    // Asks for an audit entry (actor: this context's) kept with the change: the server writes
    // it in the same transaction once the mutation is applied, and drops it with a rejection.
    void audit(const QString &action, const QString &target, const QString &detail = {})
    {
        m_audits.append({ action, target, detail });
    }
    const QList<MutationAudit> &audits() const { return m_audits; }

    // The actor's relation to a patient: the patient themself, a member of their care team,
    // or neither.
    Result<Ownership> patientOwnership(const QString &patientId);

    // Clients choose the ids of the rows they create. A mutation that writes a row by such an
    // id checks here that the row is new or already `owner`'s (its `ownerColumn`), deleted or
    // not: otherwise naming another person's row would move it into the writer's record.
    // Forbidden with `whenOther`.
    Result<void> checkOwner(QStringView table, const QString &id, const QString &ownerColumn,
                            const QString &owner, const QString &whenOther);
    // Refuses (Conflict, `whenFull`) a new row for `owner` when they already have `max` live
    // rows in `table` that `counts`; writing one of those again is not a new row. Bounds what
    // one account can make everyone keep and go through on every booking.
    Result<void> checkRoom(QStringView table, const QString &ownerColumn, const QString &owner,
                           const QString &id, qsizetype max, const QString &whenFull,
                           const std::function<bool(const QCborMap &row)> &counts = {});

private:
    Result<const SyncedTable *> table(QStringView name) const;
    Result<std::optional<QCborMap>> read(const SyncedTable &table, const QString &id);
    Result<void> write(const SyncedTable &table, const QString &id,
                       const std::optional<QCborMap> &before, QCborMap after, bool deleted);

    RowStore &m_rows;
    WriteObserver &m_observer;
    MutationActor m_actor;
    qint64 m_now;
    AccountDirectory *m_accounts;
    bool m_serverTables = false;
    QHash<QString, std::optional<QCborMap>> m_read; // by "table/id", until the row is written
    QList<MutationAudit> m_audits;
};

// A kind of change: its name on the wire, the action the policy checks, and two functions.
// `ownership` reads and checks the arguments and says whose record they touch; `apply` does
// the change. Both return the rejection a user will read.
struct MutationType
{
    const char *name;
    Action action;
    Result<Ownership> (*ownership)(MutationContext &context, const QCborMap &args);
    Result<void> (*apply)(MutationContext &context, const QCborMap &args);
};

class Mutations
{
    Q_DECLARE_TR_FUNCTIONS(clinic::Mutations)
public:
    static const MutationType *find(QStringView name);
    // Checks the arguments and the policy, then applies. Runs inside the caller's transaction;
    // on failure the caller rolls back whatever was written.
    static Result<void> run(MutationContext &context, QStringView name, const QCborMap &args);

    static constexpr qsizetype maxArgumentBytes = 16 * 1024;
};

} // namespace clinic
