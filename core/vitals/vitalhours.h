#pragma once

#include "vitals/vitalrepository.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

// vital_hour (client schema 15): per patient, kind and hour, the extremes of the readings with
// the time each was taken, kept so a chart of a year reads 8,760 rows rather than 105,120.
// Derived from vital_reading alone; RowStore keeps it in step as readings are written.
class VitalHours
{
public:
    static constexpr qint64 hourMs = 3600 * 1000;
    // A chart this long or longer reads the hours (docs/vitals.md).
    static constexpr qint64 chartFromHoursMs = 45LL * 24 * hourMs;

    explicit VitalHours(QSqlDatabase db) : m_db(db) { }

    // Notes the hour of a reading as changed; recompute() recomputes each noted hour once.
    void touch(const QString &patientId, const QString &kind, qint64 takenAtMs);
    bool pending() const { return !m_touched.isEmpty(); }
    Result<void> recompute();

    // The chart's points for [fromMs, toMs): whole hours from vital_hour, the partial hours
    // at either end from the readings themselves.
    static Result<VitalSeries> series(QSqlDatabase db, const QString &patientId, VitalKind kind,
                                      qint64 fromMs, qint64 toMs);

private:
    struct Hour
    {
        QString patientId, kind;
        qint64 hour = 0;
        friend bool operator==(const Hour &, const Hour &) = default;
        friend size_t qHash(const Hour &h, size_t seed = 0)
        {
            return qHashMulti(seed, h.patientId, h.kind, h.hour);
        }
    };
    QSqlDatabase m_db;
    QSet<Hour> m_touched;
};

} // namespace clinic
