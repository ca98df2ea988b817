#pragma once

#include "util/result.h"
#include "vitals/vitalkind.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace clinic {

// One reading as the chart needs it: the time and the value(s) in the kind's canonical unit.
// `second` is blood pressure's diastolic, NaN for the other kinds. Plain numbers, so a year
// of readings every five minutes (105,000) is one allocation.
struct VitalPoint
{
    qint64 takenAtMs = 0;
    double value = 0;
    double second = std::numeric_limits<double>::quiet_NaN();
};

// What a chart draws: its points and how many readings they stand for. A long range is drawn
// from vital_hour's extremes (VitalHours), so it has fewer points than readings.
struct VitalSeries
{
    QList<VitalPoint> points;
    qint64 readings = 0;
};

// One vital_reading row as the table shows it.
struct VitalReading
{
    QString id;
    QString patientId;
    VitalKind kind = VitalKind::HeartRate;
    double value = 0; // canonical unit
    std::optional<double> diastolic;
    std::optional<double> pulse;
    std::optional<double> bmi;
    QString enteredUnit;
    qint64 takenAtMs = 0;
    QString source; // manual, device
    QString deviceName;
    QString enteredBy; // account id
    QString flags;
    QString note;
};

// The doctor's bounds for one kind; blood pressure: low/high systolic, low2/high2 diastolic.
struct VitalThreshold
{
    VitalKind kind = VitalKind::HeartRate;
    std::optional<double> low, high, low2, high2;
    QString setBy;
    qint64 setAtMs = 0;
};

struct VitalAlert
{
    QString id;
    QString patientId;
    VitalKind kind = VitalKind::HeartRate;
    QString direction; // high, low
    QString summary;
    qint64 openedAtMs = 0;
    std::optional<qint64> closedAtMs;
    std::optional<qint64> acknowledgedAtMs;
    QString acknowledgedBy;
    QString acknowledgedNote;

    bool open() const { return !closedAtMs.has_value(); }
    bool acknowledged() const { return acknowledgedAtMs.has_value(); }
};

// The latest reading of one kind for one patient.
struct LatestVital
{
    QString patientId;
    VitalKind kind = VitalKind::HeartRate;
    double value = 0;
    std::optional<double> diastolic;
    QString enteredUnit;
    qint64 takenAtMs = 0;
};

// Everything the Monitoring page shows, for one clinician, read in four set-based queries.
struct MonitoringSnapshot
{
    struct Patient
    {
        QString id;
        QString name; // given and family name
    };
    QList<Patient> patients; // care-team patients whose profile has arrived
    QList<LatestVital> latest; // per patient and kind
    QList<VitalAlert> alerts; // open, or opened since the time asked; newest first
    QHash<QString, QList<VitalThreshold>> thresholds; // by patient
};

// Reads the vital-sign tables of the local store (written only by the vital.* mutations and
// sync). Every reading query walks the (patient_id, kind, taken_at) index.
class VitalRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::VitalRepository)
public:
    // Readings of one kind in [fromMs, toMs), oldest first; the lean form for the chart.
    static Result<QList<VitalPoint>> points(QSqlDatabase db, const QString &patientId,
                                            VitalKind kind, qint64 fromMs, qint64 toMs);
    // The chart's series for [fromMs, toMs): the readings themselves, or for a range of
    // VitalHours::chartFromHoursMs or more, the extremes of each hour.
    static Result<VitalSeries> chartSeries(QSqlDatabase db, const QString &patientId,
                                           VitalKind kind, qint64 fromMs, qint64 toMs);
    // The same rows in full, for the table.
    static Result<QList<VitalReading>> readings(QSqlDatabase db, const QString &patientId,
                                                VitalKind kind, qint64 fromMs, qint64 toMs);
    static Result<QList<VitalThreshold>> thresholds(QSqlDatabase db, const QString &patientId);
    // The latest reading of each kind the patients have, one query per patient and kind on
    // the index (no scan of their history).
    static Result<QList<LatestVital>> latest(QSqlDatabase db, const QStringList &patientIds);
    // The Monitoring page's data for `staffId`'s care-team patients, in four statements
    // whatever their number: the patients, the latest reading of each kind (one index look-up
    // per patient and kind inside one statement), the thresholds and the alerts (open, or
    // opened since `sinceMs`).
    static Result<MonitoringSnapshot> monitoring(QSqlDatabase db, const QString &staffId,
                                                 qint64 sinceMs);
    // The patients' alerts still open, and those opened since `sinceMs`, newest first.
    static Result<QList<VitalAlert>> alerts(QSqlDatabase db, const QStringList &patientIds,
                                            qint64 sinceMs);
    static Result<std::optional<VitalAlert>> alert(QSqlDatabase db, const QString &id);
};

// Whether `value` (canonical) is outside the threshold: -1 low, +1 high, 0 within or no bound.
int outOfRange(const std::optional<double> &low, const std::optional<double> &high, double value);

} // namespace clinic
