#include "vitalrepository.h"

#include "vitalhours.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error readError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, VitalRepository::tr("The vital signs cannot be read."),
                     query.lastError().text());
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const double d = value.toDouble();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const QString readingRange = u"FROM vital_reading WHERE patient_id = ? AND kind = ? "
                             u"AND taken_at >= ? AND taken_at < ? AND NOT deleted "
                             u"ORDER BY taken_at"_s;

} // namespace

int outOfRange(const std::optional<double> &low, const std::optional<double> &high, double value)
{
    if (low && value < *low)
        return -1;
    if (high && value > *high)
        return 1;
    return 0;
}

Result<QList<VitalPoint>> VitalRepository::points(QSqlDatabase db, const QString &patientId,
                                                  VitalKind kind, qint64 fromMs, qint64 toMs)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT taken_at, value, diastolic "_s + readingRange,
             { patientId, VitalKinds::key(kind), fromMs, toMs }))
        return readError(query);
    QList<VitalPoint> found;
    // The range bounds the count; a year every five minutes is ~105,000.
    found.reserve(qMin<qint64>(qMax<qint64>((toMs - fromMs) / (5 * 60 * 1000), 64), 200000));
    while (query.next()) {
        VitalPoint p;
        p.takenAtMs = query.value(0).toLongLong();
        p.value = query.value(1).toDouble();
        if (const QVariant second = query.value(2); !second.isNull())
            p.second = second.toDouble();
        if (std::isfinite(p.value))
            found.append(p);
    }
    if (query.lastError().isValid())
        return readError(query);
    return found;
}

Result<VitalSeries> VitalRepository::chartSeries(QSqlDatabase db, const QString &patientId,
                                                 VitalKind kind, qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs >= VitalHours::chartFromHoursMs)
        return VitalHours::series(db, patientId, kind, fromMs, toMs);
    auto found = points(db, patientId, kind, fromMs, toMs);
    if (!found)
        return found.error();
    VitalSeries series;
    series.readings = found->size();
    series.points = std::move(found).value();
    return series;
}

Result<QList<VitalReading>> VitalRepository::readings(QSqlDatabase db, const QString &patientId,
                                                      VitalKind kind, qint64 fromMs, qint64 toMs)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT id, value, diastolic, pulse, bmi, entered_unit, taken_at, source, "
             u"device_name, entered_by, flags, note "_s
                     + readingRange,
             { patientId, VitalKinds::key(kind), fromMs, toMs }))
        return readError(query);
    QList<VitalReading> found;
    while (query.next()) {
        VitalReading r;
        r.id = query.value(0).toString();
        r.patientId = patientId;
        r.kind = kind;
        r.value = query.value(1).toDouble();
        r.diastolic = optionalDouble(query.value(2));
        r.pulse = optionalDouble(query.value(3));
        r.bmi = optionalDouble(query.value(4));
        r.enteredUnit = query.value(5).toString();
        r.takenAtMs = query.value(6).toLongLong();
        r.source = query.value(7).toString();
        r.deviceName = query.value(8).toString();
        r.enteredBy = query.value(9).toString();
        r.flags = query.value(10).toString();
        r.note = query.value(11).toString();
        found.append(std::move(r));
    }
    if (query.lastError().isValid())
        return readError(query);
    return found;
}

Result<QList<VitalThreshold>> VitalRepository::thresholds(QSqlDatabase db, const QString &patientId)
{
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT kind, low, high, low2, high2, set_by, set_at FROM vital_threshold "
             u"WHERE patient_id = ? AND NOT deleted ORDER BY kind"_s,
             { patientId }))
        return readError(query);
    QList<VitalThreshold> found;
    while (query.next()) {
        const auto kind = VitalKinds::fromKey(query.value(0).toString());
        if (!kind)
            continue; // a kind this version does not know
        VitalThreshold t;
        t.kind = *kind;
        t.low = optionalDouble(query.value(1));
        t.high = optionalDouble(query.value(2));
        t.low2 = optionalDouble(query.value(3));
        t.high2 = optionalDouble(query.value(4));
        t.setBy = query.value(5).toString();
        t.setAtMs = query.value(6).toLongLong();
        if (t.low || t.high || t.low2 || t.high2)
            found.append(t);
    }
    if (query.lastError().isValid())
        return readError(query);
    return found;
}

Result<QList<LatestVital>> VitalRepository::latest(QSqlDatabase db, const QStringList &patientIds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT value, diastolic, entered_unit, taken_at FROM vital_reading "
                       u"WHERE patient_id = ? AND kind = ? AND NOT deleted "
                       u"ORDER BY taken_at DESC LIMIT 1"_s))
        return readError(query);
    QList<LatestVital> found;
    for (const QString &patient : patientIds) {
        for (VitalKind kind : allVitalKinds) {
            query.bindValue(0, patient);
            query.bindValue(1, VitalKinds::key(kind));
            if (!query.exec())
                return readError(query);
            if (query.next()) {
                LatestVital v;
                v.patientId = patient;
                v.kind = kind;
                v.value = query.value(0).toDouble();
                v.diastolic = optionalDouble(query.value(1));
                v.enteredUnit = query.value(2).toString();
                v.takenAtMs = query.value(3).toLongLong();
                found.append(v);
            }
            if (query.lastError().isValid())
                return readError(query);
            query.finish();
        }
    }
    return found;
}

namespace {

VitalAlert alertFrom(const QSqlQuery &query)
{
    VitalAlert a;
    a.id = query.value(0).toString();
    a.patientId = query.value(1).toString();
    a.kind = VitalKinds::fromKey(query.value(2).toString()).value_or(VitalKind::HeartRate);
    a.direction = query.value(3).toString();
    a.summary = query.value(4).toString();
    a.openedAtMs = query.value(5).toLongLong();
    a.closedAtMs = optionalMs(query.value(6));
    a.acknowledgedAtMs = optionalMs(query.value(7));
    a.acknowledgedBy = query.value(8).toString();
    a.acknowledgedNote = query.value(9).toString();
    return a;
}

const QString alertColumns = u"SELECT id, patient_id, kind, direction, summary, opened_at, "
                             u"closed_at, acknowledged_at, acknowledged_by, acknowledged_note "
                             u"FROM vital_alert "_s;

} // namespace

Result<QList<VitalAlert>> VitalRepository::alerts(QSqlDatabase db, const QStringList &patientIds,
                                                  qint64 sinceMs)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(alertColumns
                       + u"WHERE patient_id = ? AND NOT deleted "
                         u"AND (closed_at IS NULL OR opened_at >= ?) ORDER BY opened_at DESC"_s))
        return readError(query);
    QList<VitalAlert> found;
    for (const QString &patient : patientIds) {
        query.bindValue(0, patient);
        query.bindValue(1, sinceMs);
        if (!query.exec())
            return readError(query);
        while (query.next()) {
            if (VitalKinds::fromKey(query.value(2).toString()))
                found.append(alertFrom(query));
        }
        if (query.lastError().isValid())
            return readError(query);
        query.finish();
    }
    std::sort(found.begin(), found.end(),
              [](const VitalAlert &a, const VitalAlert &b) { return a.openedAtMs > b.openedAtMs; });
    return found;
}

Result<MonitoringSnapshot> VitalRepository::monitoring(QSqlDatabase db, const QString &staffId,
                                                      qint64 sinceMs)
{
    // The clinician's patients, as CareTeamRepository::patientsOf reads them.
    const QString patients = u"(SELECT DISTINCT patient_id FROM care_team "
                             u"WHERE staff_id = ? AND NOT deleted)"_s;
    MonitoringSnapshot snapshot;
    QSqlQuery query(db);
    if (!run(query,
             u"SELECT p.id, p.given_name, p.family_name FROM patient p "
             u"WHERE p.id IN "_s
                     + patients + u" AND NOT p.deleted"_s,
             { staffId }))
        return readError(query);
    while (query.next())
        snapshot.patients.append({ query.value(0).toString(),
                                   query.value(1).toString() + u' ' + query.value(2).toString() });
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    // The newest live reading of each patient and kind: a correlated look-up on the partial
    // (patient_id, kind, taken_at) index per pair, all in one statement (SQLite 3.15 has no
    // window functions; GROUP BY with MAX would walk every reading of the month).
    QStringList kinds;
    for (VitalKind kind : allVitalKinds)
        kinds << u"SELECT '"_s + VitalKinds::key(kind) + u"' AS kind"_s; // constants, not input
    if (!run(query,
             u"SELECT r.patient_id, r.kind, r.value, r.diastolic, r.entered_unit, r.taken_at "
             u"FROM vital_reading r WHERE r.rowid IN ("
             u"SELECT (SELECT v.rowid FROM vital_reading v WHERE v.patient_id = c.patient_id "
             u"AND v.kind = k.kind AND NOT v.deleted ORDER BY v.taken_at DESC LIMIT 1) "
             u"FROM "_s
                     + patients + u" c, ("_s + kinds.join(u" UNION ALL "_s) + u") k)"_s,
             { staffId }))
        return readError(query);
    while (query.next()) {
        const auto kind = VitalKinds::fromKey(query.value(1).toString());
        if (!kind)
            continue;
        LatestVital v;
        v.patientId = query.value(0).toString();
        v.kind = *kind;
        v.value = query.value(2).toDouble();
        v.diastolic = optionalDouble(query.value(3));
        v.enteredUnit = query.value(4).toString();
        v.takenAtMs = query.value(5).toLongLong();
        snapshot.latest.append(v);
    }
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (!run(query,
             u"SELECT patient_id, kind, low, high, low2, high2, set_by, set_at "
             u"FROM vital_threshold WHERE patient_id IN "_s
                     + patients + u" AND NOT deleted ORDER BY patient_id, kind"_s,
             { staffId }))
        return readError(query);
    while (query.next()) {
        const auto kind = VitalKinds::fromKey(query.value(1).toString());
        if (!kind)
            continue;
        VitalThreshold t;
        t.kind = *kind;
        t.low = optionalDouble(query.value(2));
        t.high = optionalDouble(query.value(3));
        t.low2 = optionalDouble(query.value(4));
        t.high2 = optionalDouble(query.value(5));
        t.setBy = query.value(6).toString();
        t.setAtMs = query.value(7).toLongLong();
        if (t.low || t.high || t.low2 || t.high2)
            snapshot.thresholds[query.value(0).toString()].append(t);
    }
    if (query.lastError().isValid())
        return readError(query);
    query.finish();

    if (!run(query,
             alertColumns + u"WHERE patient_id IN "_s + patients
                     + u" AND NOT deleted AND (closed_at IS NULL OR opened_at >= ?) "
                       u"ORDER BY opened_at DESC"_s,
             { staffId, sinceMs }))
        return readError(query);
    while (query.next()) {
        if (VitalKinds::fromKey(query.value(2).toString()))
            snapshot.alerts.append(alertFrom(query));
    }
    if (query.lastError().isValid())
        return readError(query);
    return snapshot;
}

Result<std::optional<VitalAlert>> VitalRepository::alert(QSqlDatabase db, const QString &id)
{
    QSqlQuery query(db);
    if (!run(query, alertColumns + u"WHERE id = ? AND NOT deleted"_s, { id }))
        return readError(query);
    if (query.next())
        return std::optional<VitalAlert>(alertFrom(query));
    if (query.lastError().isValid())
        return readError(query);
    return std::optional<VitalAlert>();
}

} // namespace clinic
