#include "mutation.h"

#include "mutations/entitymutations.h"
#include "scheduling/availability.h"

#include <QRegularExpression>

namespace clinic {

using namespace Qt::StringLiterals;

MutationContext::MutationContext(RowStore &rows, WriteObserver &observer, MutationActor actor,
                                 qint64 nowMs, AccountDirectory *accounts)
    : m_rows(rows), m_observer(observer), m_actor(std::move(actor)), m_now(nowMs),
      m_accounts(accounts)
{ }

Result<const SyncedTable *> MutationContext::table(QStringView name) const
{
    const SyncedTable *found = SyncedTables::find(name);
    if (!found)
        return makeError(ErrorCode::InvalidArgument, tr("Unknown table."), name.toString());
    return found;
}

Result<std::optional<QCborMap>> MutationContext::find(QStringView tableName, const QString &id)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    return read(**t, id);
}

// put() and remove() read the row they change, which the mutation has usually just read to
// check it; on the server's PostgreSQL store every read is a round trip. A row is read afresh
// once written (the server's observer stamps its rev).
Result<std::optional<QCborMap>> MutationContext::read(const SyncedTable &table, const QString &id)
{
    const QString key = table.name + u'/' + id;
    if (auto known = m_read.constFind(key); known != m_read.cend())
        return *known;
    auto found = m_rows.find(table, id);
    if (found)
        m_read.insert(key, found.value());
    return found;
}

Result<QList<QCborMap>> MutationContext::findLive(QStringView tableName, const QString &column,
                                                  const QString &value)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    return m_rows.findLive(**t, column, value);
}

Result<qint64> MutationContext::countLive(QStringView tableName,
                                         const QList<std::pair<QString, QString>> &equal)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    return m_rows.countLive(**t, equal);
}

Result<qint64> MutationContext::countLiveBetween(QStringView tableName,
                                                const QList<std::pair<QString, QString>> &equal,
                                                const QString &column, qint64 from, qint64 to)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    return m_rows.countLiveBetween(**t, equal, column, from, to);
}

Result<QList<QCborMap>>
MutationContext::findLiveBetween(QStringView tableName,
                                 const QList<std::pair<QString, QString>> &equal,
                                 const QString &column, qint64 from, qint64 to)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    return m_rows.findLiveBetween(**t, equal, column, from, to);
}

Result<std::optional<QCborMap>>
MutationContext::newestLive(QStringView tableName, const QList<std::pair<QString, QString>> &equal,
                            const QString &orderColumn)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    return m_rows.newestLive(**t, equal, orderColumn);
}

Result<void> MutationContext::put(QStringView tableName, const QString &id, const QCborMap &changes)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    auto before = read(**t, id);
    if (!before)
        return before.error();
    QCborMap after = before->value_or(QCborMap { { u"id"_s, id }, { u"rev"_s, 0 } });
    for (auto it = changes.begin(); it != changes.end(); ++it)
        after.insert(it.key(), it.value());
    return write(**t, id, *before, std::move(after), false);
}

Result<void> MutationContext::removeLive(QStringView tableName, const QString &id,
                                         const QString &whenMissing)
{
    auto existing = find(tableName, id);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || (**existing).value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, whenMissing);
    return remove(tableName, id);
}

Result<void> MutationContext::remove(QStringView tableName, const QString &id)
{
    auto t = table(tableName);
    if (!t)
        return t.error();
    auto before = read(**t, id);
    if (!before)
        return before.error();
    if (!*before || before->value()[u"deleted"_s].toBool())
        return {};
    return write(**t, id, *before, **before, true);
}

// Stamps the row with who changed it and when, writes it and tells the observer.
Result<void> MutationContext::write(const SyncedTable &table, const QString &id,
                                    const std::optional<QCborMap> &before, QCborMap after,
                                    bool deleted)
{
    if (SyncedTables::isServerWritten(table.name) && !m_serverTables)
        return makeError(ErrorCode::Forbidden, tr("Only the server records this."), table.name);
    m_read.remove(table.name + u'/' + id);
    after.insert(u"deleted"_s, deleted);
    after.insert(u"updated_at"_s, m_now);
    after.insert(u"updated_by"_s, m_actor.accountId);
    if (auto written = m_rows.write(table, after); !written)
        return written;
    return m_observer.written(table, id, before, after);
}

Result<Ownership> MutationContext::patientOwnership(const QString &patientId)
{
    if (patientId == m_actor.accountId)
        return Ownership::Own;
    auto member = find(u"care_team", CareTeam::rowId(patientId, m_actor.accountId));
    if (!member)
        return member.error();
    const bool assigned = member->has_value() && !member->value()[u"deleted"_s].toBool();
    return assigned ? Ownership::Assigned : Ownership::Other;
}

Result<void> MutationContext::checkOwner(QStringView table, const QString &id,
                                         const QString &ownerColumn, const QString &owner,
                                         const QString &whenOther)
{
    auto existing = find(table, id);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (**existing).value(ownerColumn).toString() != owner)
        return makeError(ErrorCode::Forbidden, whenOther);
    return {};
}

Result<void> MutationContext::checkRoom(QStringView table, const QString &ownerColumn,
                                        const QString &owner, const QString &id, qsizetype max,
                                        const QString &whenFull,
                                        const std::function<bool(const QCborMap &row)> &counts)
{
    auto rows = findLive(table, ownerColumn, owner);
    if (!rows)
        return rows.error();
    qsizetype held = 0;
    for (const QCborMap &row : *rows) {
        if (row.value(u"id"_s).toString() == id)
            return {}; // one of theirs, written again
        if (!counts || counts(row))
            ++held;
    }
    if (held >= max)
        return makeError(ErrorCode::Conflict, whenFull);
    return {};
}

namespace {

const QList<MutationType> &registry()
{
    static const QList<MutationType> types = [] {
        QList<MutationType> all;
        all += patientMutations();
        all += noteMutations();
        all += careTeamMutations();
        all += availabilityMutations();
        all += appointmentMutations();
        all += providerMutations();
        all += healthRecordMutations();
        all += clinicMutations();
        all += ratingMutations();
        all += waitlistMutations();
        all += visitMutations();
        all += vitalMutations();
        all += reminderMutations();
        all += stockMutations();
        all += pharmacyMutations();
        all += prescriptionMutations();
        return all;
    }();
    return types;
}

} // namespace

const MutationType *Mutations::find(QStringView name)
{
    for (const MutationType &type : registry()) {
        if (name == QLatin1StringView(type.name))
            return &type;
    }
    return nullptr;
}

Result<void> Mutations::run(MutationContext &context, QStringView name, const QCborMap &args)
{
    const MutationType *type = find(name);
    if (!type)
        return makeError(ErrorCode::InvalidArgument,
                         tr("This version of Clinic does not know the change “%1”.").arg(name));
    auto ownership = type->ownership(context, args);
    if (!ownership)
        return ownership.error();
    if (!AccessPolicy::permits(context.actor().role, type->action, *ownership))
        return makeError(ErrorCode::Forbidden, tr("Your role does not allow this change."),
                         AccessPolicy::actionName(type->action));
    return type->apply(context, args);
}

bool MutationArgs::isId(const QString &text)
{
    // Anchored on the whole text: a bare "$" would also match before a final newline.
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[0-9A-Za-z_-]{1,64}"_s));
    return pattern.match(text).hasMatch();
}

Error MutationArgs::invalid(const QString &problem)
{
    return makeError(ErrorCode::InvalidArgument, problem);
}

Result<std::pair<QCborValue, QCborValue>> MutationArgs::place(const QCborMap &args)
{
    constexpr qint64 maxLatitudeE6 = 90'000'000;
    constexpr qint64 maxLongitudeE6 = 180'000'000;
    const QCborValue latitude = args.value(u"latitude_e6"_s);
    const QCborValue longitude = args.value(u"longitude_e6"_s);
    if (!latitude.isInteger() && !longitude.isInteger())
        return std::pair { QCborValue(QCborValue::Null), QCborValue(QCborValue::Null) };
    // Compared with both bounds rather than through qAbs: qAbs(INT64_MIN) overflows and stays
    // negative, so it passed a "not more than 90 degrees" check.
    const auto within = [](const QCborValue &value, qint64 bound) {
        return value.isInteger() && value.toInteger() >= -bound && value.toInteger() <= bound;
    };
    if (!within(latitude, maxLatitudeE6) || !within(longitude, maxLongitudeE6))
        return invalid(tr("The location is not a place on Earth."));
    return std::pair { latitude, longitude };
}

Result<qint64> MutationArgs::instant(const QCborMap &args, QLatin1StringView key)
{
    const QCborValue value = args.value(key);
    if (!value.isInteger() || !Instants::contains(value.toInteger()))
        return invalid(
                tr("The time “%1” is missing, or not between the years 2000 and 2200.").arg(key));
    return value.toInteger();
}

} // namespace clinic
