// The pharmacy's side of a prescription and its stock (issue 15, docs/pharmacy.md "Stock and
// dispensing"): rx.fill.update moves a fill through the pharmacist's queue, rx.fill.dispense
// deducts its units from the stock's lots, the unexpired lot expiring first first (FEFO), and
// stock.item.put, stock.receive and stock.adjust keep the stock by lot. Only a pharmacist of the
// row's pharmacy: the pharmacy is read from the fill, lot or item row, never taken from the
// arguments alone. Today is the server's date (UTC) from its clock; on the client the same code
// runs optimistically, and a dispense the server cannot make (another pharmacist took the last
// units first) is refused there with the reason and undone here.

#include "mutations/entitymutations.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacy/referencedata.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <limits>
#include <tuple>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxReason = 1000;
constexpr qsizetype maxNote = 1000;
constexpr qsizetype maxLotNumber = 40;
constexpr qsizetype maxStrengthOrForm = 40;
constexpr qint64 maxReceived = 1'000'000;
constexpr qint64 maxDelta = 1'000'000;
constexpr qint64 maxLotUnits = 10'000'000;
constexpr qint64 maxReorderLevel = 1'000'000;
constexpr qsizetype maxItemsPerPharmacy = 20'000;
constexpr qsizetype maxLotsPerItem = 1'000;
constexpr qsizetype maxAdjustmentsPerLot = 10'000;
constexpr qsizetype maxFillsPerPrescription = 12; // 1 + at most 11 refills

class StockArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::StockArgs)
public:
    // Optional text, trimmed, at most `max` characters.
    static Result<QString> text(const QCborMap &args, QLatin1StringView key, qsizetype max)
    {
        const QCborValue value = args.value(key);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return MutationArgs::invalid(tr("“%1” must be text.").arg(key));
        const QString text = value.toString().trimmed();
        if (text.size() > max)
            return MutationArgs::invalid(
                    tr("“%1” is longer than %2 characters.").arg(key).arg(max));
        return text;
    }

    static Result<qint64> integer(const QCborMap &args, QLatin1StringView key, qint64 min,
                                  qint64 max)
    {
        const QCborValue value = args.value(key);
        if (!value.isInteger() || value.toInteger() < min || value.toInteger() > max)
            return MutationArgs::invalid(
                    tr("“%1” must be a whole number from %2 to %3.").arg(key).arg(min).arg(max));
        return value.toInteger();
    }

    // A fill's id: "<prescription id>#<number>".
    static Result<QString> fillId(const QCborMap &args)
    {
        const QString id = args.value(u"id"_s).toString();
        const qsizetype hash = id.lastIndexOf(u'#');
        bool ok = false;
        const int number = hash > 0 ? id.mid(hash + 1).toInt(&ok) : 0;
        if (hash <= 0 || !MutationArgs::isId(id.left(hash)) || !ok || number < 1
            || number > maxFillsPerPrescription || id.mid(hash + 1) != QString::number(number))
            return MutationArgs::invalid(tr("The fill is missing."));
        return id;
    }

    static Result<QString> id(const QCborMap &args, QLatin1StringView key, const QString &whenNot)
    {
        const QString id = args.value(key).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(whenNot);
        return id;
    }

    // A strength or a form: what a stock item's id is made of, so no '|'.
    static Result<QString> part(const QCborMap &args, QLatin1StringView key)
    {
        auto value = text(args, key, maxStrengthOrForm);
        if (!value)
            return value.error();
        if (value->isEmpty() || value->contains(u'|'))
            return MutationArgs::invalid(tr("“%1” is missing or has a “|”.").arg(key));
        return *value;
    }
};

QDate today(const MutationContext &context)
{
    return QDateTime::fromMSecsSinceEpoch(context.now(), Qt::UTC).date();
}

Result<QCborMap> liveRow(MutationContext &context, QStringView table, const QString &id,
                         const QString &whenMissing)
{
    auto row = context.find(table, id);
    if (!row)
        return row.error();
    if (!row->has_value() || (**row).value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, whenMissing);
    return **row;
}

// The actor's relation to a pharmacy: Assigned when they are a pharmacist working there (their
// pharmacy_member row), refused with the reason when they work at another; Other for anyone
// else, whom the policy refuses.
Result<Ownership> pharmacyOwnership(MutationContext &context, const QString &pharmacyId)
{
    if (context.actor().role != Role::Pharmacist)
        return Ownership::Other;
    auto member = context.find(u"pharmacy_member", context.actor().accountId);
    if (!member)
        return member.error();
    if (member->has_value() && !(**member).value(u"deleted"_s).toBool()
        && (**member).value(u"pharmacy_id"_s).toString() == pharmacyId)
        return Ownership::Assigned;
    return makeError(ErrorCode::Forbidden,
                     StockArgs::tr("This belongs to another pharmacy than the one you work at."));
}

// --- rx.fill.update, rx.fill.dispense -------------------------------------------------------

Result<QCborMap> liveFill(MutationContext &context, const QCborMap &args)
{
    auto id = StockArgs::fillId(args);
    if (!id)
        return id.error();
    return liveRow(context, u"prescription_fill", *id, StockArgs::tr("There is no such fill."));
}

Result<Ownership> fillOwnership(MutationContext &context, const QCborMap &args)
{
    auto fill = liveFill(context, args);
    if (!fill)
        return fill.error();
    return pharmacyOwnership(context, fill->value(u"pharmacy_id"_s).toString());
}

QString statusName(const QString &status)
{
    if (status == u"new")
        return StockArgs::tr("new");
    if (status == u"in_progress")
        return StockArgs::tr("in progress");
    if (status == u"ready")
        return StockArgs::tr("ready for pick-up");
    if (status == u"dispensed")
        return StockArgs::tr("dispensed");
    if (status == u"rejected")
        return StockArgs::tr("rejected");
    if (status == u"returned")
        return StockArgs::tr("returned to the prescriber");
    return status.left(20);
}

// The prescription of a fill, which must still be active.
Result<QCborMap> activePrescription(MutationContext &context, const QCborMap &fill)
{
    auto rx = liveRow(context, u"prescription", fill.value(u"prescription_id"_s).toString(),
                      StockArgs::tr("The prescription of this fill is not here."));
    if (!rx)
        return rx.error();
    if (rx->value(u"status"_s).toString() == u"cancelled")
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("The prescriber cancelled this prescription."));
    return rx;
}

// Refuses a change to a fill that is closed: dispensed or rejected.
Result<void> checkOpen(const QString &status)
{
    if (status == u"dispensed" || status == u"rejected")
        return makeError(
                ErrorCode::Conflict,
                StockArgs::tr("This fill is %1; it can no longer change.").arg(statusName(status)));
    return {};
}

Result<void> updateFill(MutationContext &context, const QCborMap &args)
{
    auto fill = liveFill(context, args);
    if (!fill)
        return fill.error();
    const QString id = fill->value(u"id"_s).toString();
    const QString current = fill->value(u"status"_s).toString();
    const QString target = args.value(u"status"_s).toString();
    const QStringList targets { u"in_progress"_s, u"ready"_s, u"rejected"_s, u"returned"_s };
    if (!targets.contains(target))
        return MutationArgs::invalid(StockArgs::tr(
                "A fill's status is set to in progress, ready, rejected or returned."));
    auto reason = StockArgs::text(args, "reason"_L1, maxReason);
    if (!reason)
        return reason.error();
    if (auto open = checkOpen(current); !open)
        return open;
    if (current == target)
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("This fill is already %1.").arg(statusName(target)));
    bool allowed = false;
    if (target == u"in_progress")
        allowed = current == u"new";
    else if (target == u"ready")
        allowed = current == u"in_progress";
    else // rejected, returned
        allowed = current == u"new" || current == u"in_progress";
    if (!allowed)
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("A fill that is %1 cannot become %2.")
                                 .arg(statusName(current), statusName(target)));
    if (target == u"rejected" && reason->isEmpty())
        return MutationArgs::invalid(StockArgs::tr("Say why the fill is rejected."));
    if (target == u"returned" && reason->isEmpty())
        return MutationArgs::invalid(
                StockArgs::tr("Write the question the prescriber is to answer."));
    // Work on a cancelled prescription stops; rejecting or returning it is still allowed.
    if (target == u"in_progress" || target == u"ready") {
        if (auto rx = activePrescription(context, *fill); !rx)
            return rx.error();
    }
    QCborMap changes { { u"status"_s, target },
                       { u"status_at"_s, context.now() },
                       { u"status_by"_s, context.actor().accountId } };
    if (target == u"rejected" || target == u"returned") {
        changes.insert(u"reason"_s, *reason);
        changes.insert(u"answer"_s, QString());
    }
    if (auto written = context.put(u"prescription_fill", id, changes); !written)
        return written;
    if (target == u"rejected" || target == u"returned")
        context.audit(u"pharmacy.fill."_s + target, id,
                      u"prescription "_s + fill->value(u"prescription_id"_s).toString());
    return {};
}

struct Lot
{
    QString id;
    QString lotNumber;
    QDate expiry;
    qint64 quantity = 0;
};

Result<void> dispense(MutationContext &context, const QCborMap &args)
{
    auto fill = liveFill(context, args);
    if (!fill)
        return fill.error();
    const QString id = fill->value(u"id"_s).toString();
    const QString status = fill->value(u"status"_s).toString();
    if (auto open = checkOpen(status); !open)
        return open;
    if (status != u"in_progress" && status != u"ready")
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("A fill that is %1 cannot be dispensed; start it first.")
                                 .arg(statusName(status)));
    auto rx = activePrescription(context, *fill);
    if (!rx)
        return rx.error();
    const QString pharmacyId = fill->value(u"pharmacy_id"_s).toString();
    const qint64 needed = rx->value(u"quantity"_s).toInteger();
    if (needed < 1)
        return MutationArgs::invalid(StockArgs::tr("The prescription has no quantity."));
    const QString strength = rx->value(u"strength"_s).toString();
    const QString form = rx->value(u"form"_s).toString();
    const QString itemId = InventoryRepository::stockItemId(
            pharmacyId, rx->value(u"drug_id"_s).toString(), strength, form);
    // The drug as the pharmacist reads it: "amlodipine 5 mg tablet".
    QStringList words { rx->value(u"drug_name"_s).toString() };
    for (const QString &word : { strength, form })
        if (!word.isEmpty())
            words << word;
    const QString drug = words.join(u' ');

    // Only the lots with units: an item keeps every lot it emptied, and a dispense must not
    // read them all (a stolen account emptying lots in a loop would slow every dispense).
    auto rows = context.findLiveBetween(u"stock_lot", { { u"item_id"_s, itemId } },
                                        u"quantity"_s, 1,
                                        std::numeric_limits<qint64>::max());
    if (!rows)
        return rows.error();
    const QDate day = today(context);
    QList<Lot> lots;
    qint64 usable = 0;
    for (const QCborMap &row : *rows) {
        Lot lot { row.value(u"id"_s).toString(), row.value(u"lot_number"_s).toString(),
                  QDate::fromString(row.value(u"expiry_date"_s).toString(), Qt::ISODate),
                  row.value(u"quantity"_s).toInteger() };
        // Usable through its expiry day; a lot of another pharmacy never counts.
        if (lot.quantity <= 0 || !lot.expiry.isValid() || lot.expiry < day
            || row.value(u"pharmacy_id"_s).toString() != pharmacyId)
            continue;
        usable += lot.quantity;
        lots.append(lot);
    }
    if (usable < needed)
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("Only %1 units of %2 are in stock (unexpired); %3 are "
                                       "needed.")
                                 .arg(usable)
                                 .arg(drug)
                                 .arg(needed));
    std::sort(lots.begin(), lots.end(), [](const Lot &a, const Lot &b) {
        return std::tie(a.expiry, a.lotNumber, a.id) < std::tie(b.expiry, b.lotNumber, b.id);
    });
    qint64 left = needed;
    QStringList taken;
    for (const Lot &lot : std::as_const(lots)) {
        if (left == 0)
            break;
        const qint64 units = qMin(left, lot.quantity);
        if (auto written =
                    context.put(u"stock_lot", lot.id, { { u"quantity"_s, lot.quantity - units } });
            !written)
            return written;
        taken << lot.id + u':' + QString::number(units);
        left -= units;
    }
    const QString dispensedLots = taken.join(u',');
    if (auto written = context.put(u"prescription_fill", id,
                                   { { u"status"_s, u"dispensed"_s },
                                     { u"status_at"_s, context.now() },
                                     { u"status_by"_s, context.actor().accountId },
                                     { u"dispensed_lots"_s, dispensedLots } });
        !written)
        return written;
    // The last authorised fill dispensed: the prescription is complete.
    const qint64 number = fill->value(u"number"_s).toInteger();
    if (number >= 1 + rx->value(u"refills"_s).toInteger()) {
        if (auto written = context.put(u"prescription", rx->value(u"id"_s).toString(),
                                       { { u"status"_s, u"completed"_s } });
            !written)
            return written;
    }
    context.audit(u"pharmacy.dispense"_s, id, dispensedLots);
    return {};
}

// --- stock.item.put -------------------------------------------------------------------------

struct ItemArgs
{
    QString pharmacyId, drugId, drugName, strength, form;
    qint64 reorderLevel = 0;

    static Result<ItemArgs> read(const QCborMap &args)
    {
        ItemArgs a;
        auto pharmacy =
                StockArgs::id(args, "pharmacy_id"_L1, StockArgs::tr("The pharmacy is missing."));
        if (!pharmacy)
            return pharmacy.error();
        a.pharmacyId = *pharmacy;
        const QCborValue drugValue = args.value(u"drug_id"_s);
        const QString drugId = drugValue.isString() ? drugValue.toString() : QString();
        const Result<ReferenceData> &reference = ReferenceData::shipped();
        if (!reference)
            return reference.error();
        const Drug *drug = drugId.size() <= 64 ? reference->drugById(drugId) : nullptr;
        if (!drug)
            return MutationArgs::invalid(
                    StockArgs::tr("The drug is not in Clinic's reference data."));
        a.drugId = drug->id;
        a.drugName = drug->name();
        auto strength = StockArgs::part(args, "strength"_L1);
        if (!strength)
            return strength.error();
        a.strength = *strength;
        auto form = StockArgs::part(args, "form"_L1);
        if (!form)
            return form.error();
        a.form = *form;
        if (!drug->forms.isEmpty()) {
            const auto match =
                    std::find_if(drug->forms.cbegin(), drug->forms.cend(), [&](const DrugForm &f) {
                        return f.form == a.form && f.strengths.contains(a.strength);
                    });
            if (match == drug->forms.cend())
                return MutationArgs::invalid(
                        StockArgs::tr("%1 does not come as %2 %3 in the reference data.")
                                .arg(a.drugName, a.strength, a.form));
        }
        auto level = StockArgs::integer(args, "reorder_level"_L1, 0, maxReorderLevel);
        if (!level)
            return level.error();
        a.reorderLevel = *level;
        return a;
    }
};

Result<Ownership> itemOwnership(MutationContext &context, const QCborMap &args)
{
    auto a = ItemArgs::read(args);
    if (!a)
        return a.error();
    // The item's pharmacy is its id's: the pharmacy given must be one that exists.
    if (auto pharmacy = liveRow(context, u"pharmacy", a->pharmacyId,
                                StockArgs::tr("There is no such pharmacy."));
        !pharmacy)
        return pharmacy.error();
    return pharmacyOwnership(context, a->pharmacyId);
}

Result<void> putItem(MutationContext &context, const QCborMap &args)
{
    auto a = ItemArgs::read(args);
    if (!a)
        return a.error();
    const QString id =
            InventoryRepository::stockItemId(a->pharmacyId, a->drugId, a->strength, a->form);
    if (auto room = context.checkRoom(u"stock_item", u"pharmacy_id"_s, a->pharmacyId, id,
                                      maxItemsPerPharmacy,
                                      StockArgs::tr("This pharmacy stocks the most items it may "
                                                    "(%1).")
                                              .arg(maxItemsPerPharmacy));
        !room)
        return room;
    return context.put(u"stock_item", id,
                       { { u"pharmacy_id"_s, a->pharmacyId },
                         { u"drug_id"_s, a->drugId },
                         { u"drug_name"_s, a->drugName },
                         { u"strength"_s, a->strength },
                         { u"form"_s, a->form },
                         { u"reorder_level"_s, a->reorderLevel } });
}

// --- stock.receive --------------------------------------------------------------------------

Result<QCborMap> liveItem(MutationContext &context, const QCborMap &args)
{
    const QCborValue value = args.value(u"item_id"_s);
    const QString id = value.isString() ? value.toString() : QString();
    if (id.isEmpty() || id.size() > 300)
        return MutationArgs::invalid(StockArgs::tr("The stock item is missing."));
    return liveRow(context, u"stock_item", id, StockArgs::tr("There is no such stock item."));
}

Result<Ownership> receiveOwnership(MutationContext &context, const QCborMap &args)
{
    auto lotId = StockArgs::id(args, "id"_L1, StockArgs::tr("The lot has no id."));
    if (!lotId)
        return lotId.error();
    auto item = liveItem(context, args);
    if (!item)
        return item.error();
    auto owner = pharmacyOwnership(context, item->value(u"pharmacy_id"_s).toString());
    if (!owner || *owner == Ownership::Other)
        return owner;
    if (auto same = context.checkOwner(u"stock_lot", *lotId, u"item_id"_s,
                                       item->value(u"id"_s).toString(),
                                       StockArgs::tr("This lot belongs to another stock item."));
        !same)
        return same.error();
    return owner;
}

Result<void> receive(MutationContext &context, const QCborMap &args)
{
    auto lotId = StockArgs::id(args, "id"_L1, StockArgs::tr("The lot has no id."));
    if (!lotId)
        return lotId.error();
    auto item = liveItem(context, args);
    if (!item)
        return item.error();
    auto lotNumber = StockArgs::text(args, "lot_number"_L1, maxLotNumber);
    if (!lotNumber)
        return lotNumber.error();
    if (lotNumber->isEmpty())
        return MutationArgs::invalid(StockArgs::tr("The lot number is missing."));
    const QCborValue expiryValue = args.value(u"expiry_date"_s);
    const QDate expiry = expiryValue.isString() && expiryValue.toString().size() == 10
            ? QDate::fromString(expiryValue.toString(), Qt::ISODate)
            : QDate();
    if (!expiry.isValid() || expiry.year() < 2000 || expiry.year() > 2200)
        return MutationArgs::invalid(StockArgs::tr("The expiry date must be a date (yyyy-MM-dd)."));
    if (expiry < today(context))
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("This lot expired on %1; expired stock is not received.")
                                 .arg(expiry.toString(Qt::ISODate)));
    auto quantity = StockArgs::integer(args, "quantity"_L1, 1, maxReceived);
    if (!quantity)
        return quantity.error();
    auto existing = context.find(u"stock_lot", *lotId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("This lot was already received; adjust its units "
                                       "instead."));
    const QString itemId = item->value(u"id"_s).toString();
    const QString pharmacyId = item->value(u"pharmacy_id"_s).toString();
    // The lots with units, counted by the database: the item keeps every lot it emptied,
    // which a receipt must not read.
    auto stocked = context.countLiveBetween(u"stock_lot", { { u"item_id"_s, itemId } },
                                            u"quantity"_s, 1,
                                            std::numeric_limits<qint64>::max());
    if (!stocked)
        return stocked.error();
    if (*stocked >= maxLotsPerItem)
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("This item holds the most lots it may (%1); write off "
                                       "empty ones first.")
                                 .arg(maxLotsPerItem));
    if (auto written = context.put(u"stock_lot", *lotId,
                                   { { u"pharmacy_id"_s, pharmacyId },
                                     { u"item_id"_s, itemId },
                                     { u"lot_number"_s, *lotNumber },
                                     { u"expiry_date"_s, expiry.toString(Qt::ISODate) },
                                     { u"quantity"_s, *quantity },
                                     { u"received_at"_s, context.now() },
                                     { u"received_by"_s, context.actor().accountId } });
        !written)
        return written;
    // The receipt is the lot's first adjustment; its id is made from the lot's (':' is never in
    // a client's id), so the client's optimistic row and the server's are one.
    const QString adjustmentId = *lotId + u":received"_s;
    if (auto written = context.put(u"stock_adjustment", adjustmentId,
                                   { { u"pharmacy_id"_s, pharmacyId },
                                     { u"lot_id"_s, *lotId },
                                     { u"delta"_s, *quantity },
                                     { u"reason"_s, u"received"_s },
                                     { u"note"_s, QString() },
                                     { u"made_at"_s, context.now() },
                                     { u"made_by"_s, context.actor().accountId } });
        !written)
        return written;
    context.audit(u"pharmacy.stock.receive"_s, *lotId,
                  u"item %1: +%2"_s.arg(itemId).arg(*quantity));
    return {};
}

// --- stock.adjust ---------------------------------------------------------------------------

Result<QCborMap> liveLot(MutationContext &context, const QCborMap &args)
{
    auto id = StockArgs::id(args, "lot_id"_L1, StockArgs::tr("The lot is missing."));
    if (!id)
        return id.error();
    return liveRow(context, u"stock_lot", *id, StockArgs::tr("There is no such lot."));
}

Result<Ownership> adjustOwnership(MutationContext &context, const QCborMap &args)
{
    auto id = StockArgs::id(args, "id"_L1, StockArgs::tr("The adjustment has no id."));
    if (!id)
        return id.error();
    auto lot = liveLot(context, args);
    if (!lot)
        return lot.error();
    auto owner = pharmacyOwnership(context, lot->value(u"pharmacy_id"_s).toString());
    if (!owner || *owner == Ownership::Other)
        return owner;
    if (auto same = context.checkOwner(u"stock_adjustment", *id, u"lot_id"_s,
                                       lot->value(u"id"_s).toString(),
                                       StockArgs::tr("This adjustment is of another lot."));
        !same)
        return same.error();
    return owner;
}

Result<void> adjust(MutationContext &context, const QCborMap &args)
{
    auto id = StockArgs::id(args, "id"_L1, StockArgs::tr("The adjustment has no id."));
    if (!id)
        return id.error();
    auto lot = liveLot(context, args);
    if (!lot)
        return lot.error();
    auto delta = StockArgs::integer(args, "delta"_L1, -maxDelta, maxDelta);
    if (!delta)
        return delta.error();
    if (*delta == 0)
        return MutationArgs::invalid(StockArgs::tr("An adjustment changes the units."));
    const QString reason = args.value(u"reason"_s).toString();
    const QStringList reasons { u"count"_s, u"damaged"_s, u"expired"_s, u"returned"_s, u"other"_s };
    if (!reasons.contains(reason))
        return MutationArgs::invalid(StockArgs::tr(
                "An adjustment's reason is count, damaged, expired, returned or other."));
    auto note = StockArgs::text(args, "note"_L1, maxNote);
    if (!note)
        return note.error();
    if (reason == u"other" && note->isEmpty())
        return MutationArgs::invalid(StockArgs::tr("Say in a note what the adjustment is for."));
    auto existing = context.find(u"stock_adjustment", *id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("An adjustment is kept as made; make a new one."));
    const qint64 units = lot->value(u"quantity"_s).toInteger();
    const QString lotNumber = lot->value(u"lot_number"_s).toString();
    if (units + *delta < 0)
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("Lot %1 has %2 units; stock never goes below zero.")
                                 .arg(lotNumber)
                                 .arg(units));
    if (units + *delta > maxLotUnits)
        return MutationArgs::invalid(
                StockArgs::tr("A lot holds at most %1 units.").arg(maxLotUnits));
    const QString lotId = lot->value(u"id"_s).toString();
    // Counted by the database, not read (the adjustment is new: refused above otherwise).
    auto made = context.countLive(u"stock_adjustment", { { u"lot_id"_s, lotId } });
    if (!made)
        return made.error();
    if (*made >= maxAdjustmentsPerLot)
        return makeError(ErrorCode::Conflict,
                         StockArgs::tr("This lot holds the most adjustments it may (%1).")
                                 .arg(maxAdjustmentsPerLot));
    if (auto written = context.put(u"stock_lot", lotId, { { u"quantity"_s, units + *delta } });
        !written)
        return written;
    if (auto written = context.put(u"stock_adjustment", *id,
                                   { { u"pharmacy_id"_s, lot->value(u"pharmacy_id"_s) },
                                     { u"lot_id"_s, lotId },
                                     { u"delta"_s, *delta },
                                     { u"reason"_s, reason },
                                     { u"note"_s, *note },
                                     { u"made_at"_s, context.now() },
                                     { u"made_by"_s, context.actor().accountId } });
        !written)
        return written;
    // Ids and figures only: the note stays in the pharmacy's rows.
    context.audit(u"pharmacy.stock.adjust"_s, lotId,
                  u"%1%2 (%3), adjustment %4"_s.arg(*delta > 0 ? u"+"_s : QString())
                          .arg(*delta)
                          .arg(reason, *id));
    return {};
}

} // namespace

const QList<MutationType> &stockMutations()
{
    static const QList<MutationType> types {
        { "rx.fill.update", Action::DispensePrescription, &fillOwnership, &updateFill },
        { "rx.fill.dispense", Action::DispensePrescription, &fillOwnership, &dispense },
        { "stock.item.put", Action::ManageInventory, &itemOwnership, &putItem },
        { "stock.receive", Action::ManageInventory, &receiveOwnership, &receive },
        { "stock.adjust", Action::ManageInventory, &adjustOwnership, &adjust },
    };
    return types;
}

} // namespace clinic
