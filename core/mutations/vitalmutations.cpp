// vital.record, vital.remove: a patient's vital-sign readings (SPEC S10, docs/vitals.md), typed
// in or from a device, by the patient or their care team. A reading is never edited; removing
// it leaves a tombstone. Recording also opens, carries on or closes the alert episode of its
// kind against the doctor's threshold, the same on the client (optimistically) and the server.
// vital.threshold.set: the bounds the patient's doctor sets per kind.
// vital.alert.acknowledge: a doctor or nurse of the care team answers an alert (audited).

#include "mutations/entitymutations.h"
#include "scheduling/availability.h"
#include "vitals/vitallimits.h"
#include "vitals/vitalunits.h"

#include <QCryptographicHash>

#include <cmath>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qsizetype maxAcknowledgeNote = 1000;

// A number argument: absent or null is nullopt; an integer or a finite double is its value;
// anything else (text, NaN, infinity) is refused.
Result<std::optional<double>> optionalNumber(const QCborMap &args, QLatin1StringView key,
                                             const QString &whenWrong)
{
    const QCborValue value = args.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<double> {};
    if (value.isInteger())
        return std::optional<double>(double(value.toInteger()));
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return std::optional<double>(value.toDouble());
    return MutationArgs::invalid(whenWrong);
}

class VitalArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::VitalArgs)
public:
    static Result<QString> patientId(const QCborMap &args)
    {
        const QString id = args.value(u"patient_id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The patient is missing."));
        return id;
    }

    static Result<VitalKind> kind(const QCborMap &args)
    {
        const auto kind = VitalKinds::fromKey(args.value(u"kind"_s).toString());
        if (!kind)
            return MutationArgs::invalid(tr("The kind of reading is not one Clinic knows."));
        return *kind;
    }

    static Result<QString> text(const QCborMap &args, QLatin1StringView key, qsizetype max)
    {
        const QCborValue value = args.value(key);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return MutationArgs::invalid(tr("“%1” must be text.").arg(key));
        const QString text = value.toString().trimmed();
        if (text.size() > max)
            return MutationArgs::invalid(tr("“%1” is longer than %2 characters.").arg(key).arg(max));
        return text;
    }
};

// vital.record's arguments, checked.
struct Reading
{
    QString id;
    QString patientId;
    VitalKind kind = VitalKind::HeartRate;
    VitalValues values;
    QString enteredUnit;
    qint64 takenAt = 0;
    QString source;
    QString deviceName, deviceAddress, flags, note;

    QCborMap columns() const
    {
        const auto orNull = [](std::optional<double> v) {
            return v ? QCborValue(*v) : QCborValue(QCborValue::Null);
        };
        return { { u"patient_id"_s, patientId },
                 { u"kind"_s, VitalKinds::key(kind) },
                 { u"value"_s, values.value },
                 { u"diastolic"_s, orNull(values.diastolic) },
                 { u"mean_arterial"_s, orNull(values.meanArterial) },
                 { u"pulse"_s, orNull(values.pulse) },
                 { u"bmi"_s, orNull(values.bmi) },
                 { u"entered_unit"_s, enteredUnit },
                 { u"taken_at"_s, takenAt },
                 { u"source"_s, source },
                 { u"device_name"_s, deviceName },
                 { u"device_address"_s, deviceAddress },
                 { u"flags"_s, flags },
                 { u"note"_s, note } };
    }

    static Result<Reading> read(const QCborMap &args)
    {
        Reading r;
        r.id = args.value(u"id"_s).toString();
        if (!MutationArgs::isId(r.id))
            return MutationArgs::invalid(VitalArgs::tr("The reading has no id."));
        auto patient = VitalArgs::patientId(args);
        if (!patient)
            return patient.error();
        r.patientId = *patient;
        auto kind = VitalArgs::kind(args);
        if (!kind)
            return kind.error();
        r.kind = *kind;
        r.values.kind = r.kind;

        const QString notNumber = VitalArgs::tr("A value of the reading is not a number.");
        auto value = optionalNumber(args, "value"_L1, notNumber);
        if (!value)
            return value.error();
        if (!*value)
            return MutationArgs::invalid(VitalArgs::tr("The reading has no value."));
        r.values.value = **value;
        const std::pair<QLatin1StringView, std::optional<double> VitalValues::*> optional[] {
            { "diastolic"_L1, &VitalValues::diastolic },
            { "mean_arterial"_L1, &VitalValues::meanArterial },
            { "pulse"_L1, &VitalValues::pulse },
            { "height"_L1, &VitalValues::height },
            { "bmi"_L1, &VitalValues::bmi },
        };
        for (const auto &[key, member] : optional) {
            auto number = optionalNumber(args, key, notNumber);
            if (!number)
                return number.error();
            r.values.*member = *number;
        }
        // The BMI is the mutation's to work out when the height is known.
        if (r.values.height && r.kind == VitalKind::Weight)
            r.values.bmi = VitalUnits::bodyMassIndex(r.values.value, *r.values.height);
        const VitalVerdict verdict = VitalLimits::check(r.values);
        if (!verdict.possible())
            return MutationArgs::invalid(verdict.refusal);

        r.enteredUnit = args.value(u"entered_unit"_s).toString();
        if (!VitalUnits::units(r.kind).contains(r.enteredUnit))
            return MutationArgs::invalid(
                    VitalArgs::tr("%1 is not measured in “%2”.")
                            .arg(VitalKinds::displayName(r.kind),
                                 r.enteredUnit.left(20)));
        auto takenAt = MutationArgs::instant(args, "taken_at"_L1);
        if (!takenAt)
            return takenAt.error();
        r.takenAt = *takenAt;
        r.source = args.value(u"source"_s).toString();
        if (r.source != u"manual" && r.source != u"device")
            return MutationArgs::invalid(
                    VitalArgs::tr("A reading's source is “manual” or “device”."));
        const std::pair<QLatin1StringView, std::pair<QString Reading::*, qsizetype>> texts[] {
            { "device_name"_L1, { &Reading::deviceName, Vitals::maxDeviceName } },
            { "device_address"_L1, { &Reading::deviceAddress, Vitals::maxDeviceAddress } },
            { "flags"_L1, { &Reading::flags, Vitals::maxFlags } },
            { "note"_L1, { &Reading::note, Vitals::maxNote } },
        };
        for (const auto &[key, target] : texts) {
            auto text = VitalArgs::text(args, key, target.second);
            if (!text)
                return text.error();
            r.*(target.first) = *text;
        }
        return r;
    }
};

QString number(double value)
{
    // Not translated, not localised: the client's optimistic row and the server's must agree.
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(u".0"))
        text.chop(2);
    return text;
}

// "182/112 mmHg", "39.5 °C": the reading in its canonical unit.
QString summaryOf(const Reading &r)
{
    if (r.kind == VitalKind::BloodPressure)
        return number(r.values.value) + u'/' + number(r.values.diastolic.value_or(0)) + u" mmHg"_s;
    return number(r.values.value) + u' ' + VitalUnits::canonical(r.kind);
}

// "high", "low" or empty (within the threshold, or no bound set).
QString directionOf(const Reading &r, const QCborMap &threshold)
{
    const auto bound = [&](const char *key) -> std::optional<double> {
        const QCborValue v = threshold.value(QLatin1StringView(key));
        if (v.isDouble() || v.isInteger())
            return v.toDouble();
        return std::nullopt;
    };
    const auto above = [](std::optional<double> v, std::optional<double> b) {
        return v && b && *v > *b;
    };
    const auto below = [](std::optional<double> v, std::optional<double> b) {
        return v && b && *v < *b;
    };
    const std::optional<double> value = r.values.value;
    const std::optional<double> second =
            r.kind == VitalKind::BloodPressure ? r.values.diastolic : std::nullopt;
    if (above(value, bound("high")) || above(second, bound("high2")))
        return u"high"_s;
    if (below(value, bound("low")) || below(second, bound("low2")))
        return u"low"_s;
    return {};
}

// The newest reading of its kind decides the episode: an older reading arriving late (a device
// that synced a week's memory) changes nothing.
Result<void> followEpisode(MutationContext &context, const Reading &r)
{
    const QString kindKey = VitalKinds::key(r.kind);
    const QList<std::pair<QString, QString>> same { { u"patient_id"_s, r.patientId },
                                                    { u"kind"_s, kindKey } };
    // A reading taken later changes the episode, not this one. "Later" leaves out the clock
    // skew a reading may have (maxClockAheadMs): a device whose clock runs a few minutes fast
    // must not make the readings recorded meanwhile, a high one included, change nothing.
    auto later = context.countLiveBetween(u"vital_reading", same, u"taken_at"_s,
                                          r.takenAt + Vitals::maxClockAheadMs + 1,
                                          Instants::latestMs);
    if (!later)
        return later.error();
    if (*later > 0)
        return {};
    auto newest = context.newestLive(u"vital_alert", same, u"opened_at"_s);
    if (!newest)
        return newest.error();
    // Episodes follow one another in time. Once the readings of the newest episode are removed,
    // older ones are the newest again: they change no episode either, or a second alert would
    // open behind the newest, where no later reading finds it to close it.
    if (newest->has_value()
        && r.takenAt <= qMax((**newest).value(u"opened_at"_s).toInteger(),
                             (**newest).value(u"closed_at"_s).toInteger())) // null: 0
        return {};
    auto threshold = context.find(u"vital_threshold", Vitals::thresholdId(r.patientId, kindKey));
    if (!threshold)
        return threshold.error();
    const bool hasThreshold =
            threshold->has_value() && !(**threshold).value(u"deleted"_s).toBool();
    const QString direction = hasThreshold ? directionOf(r, **threshold) : QString();
    const bool open = newest->has_value() && (**newest).value(u"closed_at"_s).isNull();
    const QString openId = open ? (**newest).value(u"id"_s).toString() : QString();
    if (direction.isEmpty()) {
        if (!open)
            return {};
        return context.put(u"vital_alert", openId,
                           { { u"last_reading_id"_s, r.id }, { u"closed_at"_s, r.takenAt } });
    }
    if (open) // the same episode goes on: one alert for it, not one per reading
        return context.put(u"vital_alert", openId, { { u"last_reading_id"_s, r.id } });
    // Alerts stay when their readings are removed: counted on the (patient, kind, opened_at)
    // index so that recording and removing cannot add episodes without end.
    auto alerts = context.countLive(u"vital_alert", same);
    if (!alerts)
        return alerts.error();
    if (*alerts >= Vitals::maxAlertsPerKind)
        return makeError(ErrorCode::Conflict,
                         VitalArgs::tr("This record holds the most alerts of this kind it may "
                                       "keep (%1).")
                                 .arg(Vitals::maxAlertsPerKind));
    return context.put(u"vital_alert", Vitals::alertId(r.id),
                       { { u"patient_id"_s, r.patientId },
                         { u"kind"_s, kindKey },
                         { u"direction"_s, direction },
                         { u"reading_id"_s, r.id },
                         { u"summary"_s, summaryOf(r) },
                         { u"opened_at"_s, r.takenAt },
                         { u"last_reading_id"_s, r.id },
                         { u"closed_at"_s, QCborValue(QCborValue::Null) },
                         { u"acknowledged_at"_s, QCborValue(QCborValue::Null) },
                         { u"acknowledged_by"_s, QString() },
                         { u"acknowledged_note"_s, QString() } });
}

Result<Ownership> recordOwnership(MutationContext &context, const QCborMap &args)
{
    auto reading = Reading::read(args);
    if (!reading)
        return reading.error();
    if (auto owner = context.checkOwner(u"vital_reading", reading->id, u"patient_id"_s,
                                        reading->patientId,
                                        VitalArgs::tr("This reading belongs to another "
                                                      "patient's record."));
        !owner)
        return owner.error();
    return context.patientOwnership(reading->patientId);
}

Result<void> record(MutationContext &context, const QCborMap &args)
{
    auto parsed = Reading::read(args);
    if (!parsed)
        return parsed.error();
    const Reading &r = *parsed;
    // A clock a little ahead is forgiven; a reading from the future is not one.
    if (r.takenAt > context.now() + Vitals::maxClockAheadMs)
        return MutationArgs::invalid(VitalArgs::tr("The reading's time is in the future."));
    auto existing = context.find(u"vital_reading", r.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        // Kept as taken: the same reading again (a retried push, a device sending its memory
        // twice) changes nothing; other values under its id are refused.
        const QCborMap &row = **existing;
        if (row.value(u"kind"_s).toString() == VitalKinds::key(r.kind)
            && row.value(u"taken_at"_s).toInteger() == r.takenAt
            && row.value(u"value"_s).toDouble() == r.values.value)
            return {};
        return makeError(ErrorCode::Conflict,
                         VitalArgs::tr("A reading is kept as it was taken; record a new one."));
    }
    // The budget (docs/vitals.md): counted by the database on the (patient, kind, taken_at)
    // index, never read. Any 24 hours holds at most maxReadingsPerKindPerDay: the window is
    // the day either side, so readings cannot be packed in by arriving out of order.
    const QString kindKey = VitalKinds::key(r.kind);
    const QList<std::pair<QString, QString>> same { { u"patient_id"_s, r.patientId },
                                                    { u"kind"_s, kindKey } };
    auto nearby = context.countLiveBetween(u"vital_reading", same, u"taken_at"_s,
                                           r.takenAt - dayMs + 1, r.takenAt + dayMs - 1);
    if (!nearby)
        return nearby.error();
    if (*nearby >= Vitals::maxReadingsPerKindPerDay)
        return makeError(ErrorCode::Conflict,
                         VitalArgs::tr("This record already holds %1 readings of this kind "
                                       "within a day of this one.")
                                 .arg(Vitals::maxReadingsPerKindPerDay));
    auto held = context.countLive(u"vital_reading", same);
    if (!held)
        return held.error();
    if (*held >= Vitals::maxReadingsPerKind)
        return makeError(ErrorCode::Conflict,
                         VitalArgs::tr("This record holds the most readings of this kind it may "
                                       "keep (%1); remove old ones first.")
                                 .arg(Vitals::maxReadingsPerKind));
    QCborMap columns = r.columns();
    columns.insert(u"entered_by"_s, context.actor().accountId);
    if (auto written = context.put(u"vital_reading", r.id, columns); !written)
        return written;
    return followEpisode(context, r);
}

// --- vital.remove ------------------------------------------------------------------------

Result<QCborMap> liveReading(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(VitalArgs::tr("The reading has no id."));
    auto row = context.find(u"vital_reading", id);
    if (!row)
        return row.error();
    if (!row->has_value() || (**row).value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, VitalArgs::tr("This reading is no longer there."));
    return **row;
}

Result<Ownership> removeOwnership(MutationContext &context, const QCborMap &args)
{
    auto row = liveReading(context, args);
    if (!row)
        return row.error();
    return context.patientOwnership(row->value(u"patient_id"_s).toString());
}

// A removed reading leaves the episodes as they are: an alert is a record of what was seen.
Result<void> removeReading(MutationContext &context, const QCborMap &args)
{
    return context.removeLive(u"vital_reading", args.value(u"id"_s).toString(),
                              VitalArgs::tr("This reading is no longer there."));
}

// --- vital.threshold.set -----------------------------------------------------------------

struct Threshold
{
    QString patientId;
    VitalKind kind = VitalKind::HeartRate;
    std::optional<double> low, high, low2, high2;

    static Result<Threshold> read(const QCborMap &args)
    {
        Threshold t;
        auto patient = VitalArgs::patientId(args);
        if (!patient)
            return patient.error();
        t.patientId = *patient;
        auto kind = VitalArgs::kind(args);
        if (!kind)
            return kind.error();
        t.kind = *kind;
        const QString notNumber = VitalArgs::tr("A bound of the threshold is not a number.");
        const std::pair<QLatin1StringView, std::optional<double> Threshold::*> bounds[] {
            { "low"_L1, &Threshold::low },
            { "high"_L1, &Threshold::high },
            { "low2"_L1, &Threshold::low2 },
            { "high2"_L1, &Threshold::high2 },
        };
        for (const auto &[key, member] : bounds) {
            auto number = optionalNumber(args, key, notNumber);
            if (!number)
                return number.error();
            t.*member = *number;
        }
        const bool pressure = t.kind == VitalKind::BloodPressure;
        if (!pressure && (t.low2 || t.high2))
            return MutationArgs::invalid(
                    VitalArgs::tr("Only blood pressure has a second (diastolic) bound."));
        // Bounds within what a reading may be, and the low one below the high one.
        const auto within = [](std::optional<double> v, const VitalRange &r) {
            return !v || (*v >= r.min && *v <= r.max);
        };
        const VitalRange first = VitalLimits::range(t.kind, VitalLimits::Field::Value);
        const VitalRange second = VitalLimits::range(t.kind, VitalLimits::Field::Diastolic);
        if (!within(t.low, first) || !within(t.high, first) || !within(t.low2, second)
            || !within(t.high2, second))
            return MutationArgs::invalid(
                    VitalArgs::tr("A bound of the threshold is outside what a reading can be."));
        if ((t.low && t.high && *t.low >= *t.high) || (t.low2 && t.high2 && *t.low2 >= *t.high2))
            return MutationArgs::invalid(
                    VitalArgs::tr("The low bound must be below the high bound."));
        return t;
    }

    bool clears() const { return !low && !high && !low2 && !high2; }
};

Result<Ownership> thresholdOwnership(MutationContext &context, const QCborMap &args)
{
    auto t = Threshold::read(args);
    if (!t)
        return t.error();
    return context.patientOwnership(t->patientId);
}

// The newest reading judged again under the bounds just set (docs/vitals.md, "A threshold
// changed"): an open episode whose newest reading is now within them (or no threshold is left)
// closes; with none open, a newest reading outside them opens one, once. Dated when the
// threshold changed, since the reading was not an alert before, and no earlier than the newest
// alert's times, so that episodes still follow one another in time. Audited on the server: an
// alert closed or opened without a reading is the doctor's doing.
Result<void> reviewEpisode(MutationContext &context, const QString &patientId, VitalKind kind,
                           const QCborMap &threshold)
{
    const QString kindKey = VitalKinds::key(kind);
    const QList<std::pair<QString, QString>> same { { u"patient_id"_s, patientId },
                                                    { u"kind"_s, kindKey } };
    auto newestReading = context.newestLive(u"vital_reading", same, u"taken_at"_s);
    if (!newestReading)
        return newestReading.error();
    auto newestAlert = context.newestLive(u"vital_alert", same, u"opened_at"_s);
    if (!newestAlert)
        return newestAlert.error();
    std::optional<Reading> latest;
    if (newestReading->has_value()) {
        const QCborMap &row = **newestReading;
        Reading r;
        r.id = row.value(u"id"_s).toString();
        r.patientId = patientId;
        r.kind = kind;
        r.values.kind = kind;
        r.values.value = row.value(u"value"_s).toDouble();
        if (const QCborValue d = row.value(u"diastolic"_s); d.isDouble() || d.isInteger())
            r.values.diastolic = d.toDouble();
        r.takenAt = row.value(u"taken_at"_s).toInteger();
        if (std::isfinite(r.values.value))
            latest = r;
    }
    const QString direction = latest && !threshold.isEmpty() ? directionOf(*latest, threshold)
                                                              : QString();
    const bool open = newestAlert->has_value() && (**newestAlert).value(u"closed_at"_s).isNull();
    if (open == !direction.isEmpty())
        return {}; // an open episode goes on; nothing out of bounds and nothing open
    const qint64 newestTime = newestAlert->has_value()
            ? qMax((**newestAlert).value(u"opened_at"_s).toInteger(),
                   (**newestAlert).value(u"closed_at"_s).toInteger()) // null: 0
            : 0;
    const qint64 at = qMax(qMax(context.now(), newestTime), latest ? latest->takenAt : 0);
    if (open) {
        const QString id = (**newestAlert).value(u"id"_s).toString();
        if (auto closed = context.put(u"vital_alert", id, { { u"closed_at"_s, at } }); !closed)
            return closed;
        context.audit(u"vitals.alert.close"_s, id,
                      u"patient "_s + patientId + u", threshold changed"_s);
        return {};
    }
    auto alerts = context.countLive(u"vital_alert", same);
    if (!alerts)
        return alerts.error();
    if (*alerts >= Vitals::maxAlertsPerKind)
        return {}; // the bounds are kept; the record holds all the alerts it may
    // Not the reading's own alert id: that one may be an episode this threshold change follows.
    // Made from what the client and the server both know, so they agree on it.
    const QString previous = newestAlert->has_value()
            ? (**newestAlert).value(u"id"_s).toString()
            : QString();
    const QString id = Vitals::alertId(latest->id + u'>' + previous);
    if (auto written = context.put(u"vital_alert", id,
                                   { { u"patient_id"_s, patientId },
                                     { u"kind"_s, kindKey },
                                     { u"direction"_s, direction },
                                     { u"reading_id"_s, latest->id },
                                     { u"summary"_s, summaryOf(*latest) },
                                     { u"opened_at"_s, at == newestTime ? at + 1 : at },
                                     { u"last_reading_id"_s, latest->id },
                                     { u"closed_at"_s, QCborValue(QCborValue::Null) },
                                     { u"acknowledged_at"_s, QCborValue(QCborValue::Null) },
                                     { u"acknowledged_by"_s, QString() },
                                     { u"acknowledged_note"_s, QString() } });
        !written)
        return written;
    context.audit(u"vitals.alert.open"_s, id,
                  u"patient "_s + patientId + u", threshold changed"_s);
    return {};
}

Result<void> setThreshold(MutationContext &context, const QCborMap &args)
{
    auto t = Threshold::read(args);
    if (!t)
        return t.error();
    const QString kindKey = VitalKinds::key(t->kind);
    const QString id = Vitals::thresholdId(t->patientId, kindKey);
    if (t->clears()) {
        if (auto removed = context.remove(u"vital_threshold", id); !removed)
            return removed;
        return reviewEpisode(context, t->patientId, t->kind, {});
    }
    const auto orNull = [](std::optional<double> v) {
        return v ? QCborValue(*v) : QCborValue(QCborValue::Null);
    };
    const QCborMap bounds { { u"low"_s, orNull(t->low) },
                            { u"high"_s, orNull(t->high) },
                            { u"low2"_s, orNull(t->low2) },
                            { u"high2"_s, orNull(t->high2) } };
    QCborMap columns = bounds;
    columns.insert(u"patient_id"_s, t->patientId);
    columns.insert(u"kind"_s, kindKey);
    columns.insert(u"set_by"_s, context.actor().accountId);
    columns.insert(u"set_at"_s, context.now());
    if (auto written = context.put(u"vital_threshold", id, columns); !written)
        return written;
    return reviewEpisode(context, t->patientId, t->kind, bounds);
}

// --- vital.alert.acknowledge ---------------------------------------------------------------

Result<QCborMap> liveAlert(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(VitalArgs::tr("The alert is missing."));
    const QCborValue note = args.value(u"note"_s);
    if (!note.isString() || note.toString().trimmed().isEmpty())
        return MutationArgs::invalid(VitalArgs::tr("Say in a note what was done about the alert."));
    if (note.toString().trimmed().size() > maxAcknowledgeNote)
        return MutationArgs::invalid(VitalArgs::tr("The note is longer than %1 characters.")
                                             .arg(maxAcknowledgeNote));
    auto row = context.find(u"vital_alert", id);
    if (!row)
        return row.error();
    if (!row->has_value() || (**row).value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, VitalArgs::tr("There is no such alert."));
    return **row;
}

Result<Ownership> acknowledgeOwnership(MutationContext &context, const QCborMap &args)
{
    auto alert = liveAlert(context, args);
    if (!alert)
        return alert.error();
    return context.patientOwnership(alert->value(u"patient_id"_s).toString());
}

Result<void> acknowledge(MutationContext &context, const QCborMap &args)
{
    auto alert = liveAlert(context, args);
    if (!alert)
        return alert.error();
    if (!alert->value(u"acknowledged_at"_s).isNull())
        return makeError(ErrorCode::Conflict,
                         VitalArgs::tr("This alert was already acknowledged."));
    const QString id = alert->value(u"id"_s).toString();
    if (auto written = context.put(u"vital_alert", id,
                                   { { u"acknowledged_at"_s, context.now() },
                                     { u"acknowledged_by"_s, context.actor().accountId },
                                     { u"acknowledged_note"_s,
                                       args.value(u"note"_s).toString().trimmed() } });
        !written)
        return written;
    // Ids only, as the audit log keeps them: who answered which alert of which patient.
    context.audit(u"vitals.acknowledge"_s, id,
                  u"patient "_s + alert->value(u"patient_id"_s).toString());
    return {};
}

} // namespace

QString Vitals::thresholdId(const QString &patientId, const QString &kindKey)
{
    return patientId + u':' + kindKey; // ':' is never in an id
}

QString Vitals::alertId(const QString &readingId)
{
    // A reading id is up to 64 characters; the alert's is a fixed 43.
    return u"va-"_s
            + QString::fromLatin1(QCryptographicHash::hash(readingId.toUtf8(),
                                                           QCryptographicHash::Sha256)
                                          .toHex()
                                          .left(40));
}

const QList<MutationType> &vitalMutations()
{
    static const QList<MutationType> types {
        { "vital.record", Action::RecordVitals, &recordOwnership, &record },
        { "vital.remove", Action::RecordVitals, &removeOwnership, &removeReading },
        { "vital.threshold.set", Action::SetVitalThreshold, &thresholdOwnership, &setThreshold },
        { "vital.alert.acknowledge", Action::AcknowledgeVitalAlert, &acknowledgeOwnership,
          &acknowledge },
    };
    return types;
}

} // namespace clinic
