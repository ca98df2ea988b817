#pragma once

#include "vitals/vitalkind.h"
#include "vitals/vitalrepository.h"

#include <QChartView>
#include <QList>
#include <QPointF>

#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace clinic::ui {

// One vital sign over a time range, in the kind's canonical unit: blood pressure as two lines
// (systolic, diastolic), the patient's thresholds as dashed lines. A long range is drawn from
// the lowest and highest reading of each pixel column (about two points a column), so a year of
// readings every five minutes paints as fast as a week; the table beside it keeps every reading.
// A range of weeks or more arrives already reduced to each hour's extremes (VitalHours).
class VitalChart : public QChartView
{
    Q_OBJECT
public:
    explicit VitalChart(QWidget *parent = nullptr);

    // `series.points` oldest first, canonical; `fromMs` 0: from the first reading.
    void setReadings(VitalKind kind, VitalSeries series,
                     const std::optional<VitalThreshold> &threshold, qint64 fromMs, qint64 toMs);

    QLineSeries *primarySeries() const { return m_primary; }
    QLineSeries *secondarySeries() const { return m_secondary; } // diastolic
    // The threshold lines drawn (low, high, and blood pressure's diastolic low, high).
    QList<QLineSeries *> thresholdSeries() const;
    qint64 readingCount() const { return m_readings; }
    qint64 shownFromMs() const { return m_fromMs; }
    qint64 shownToMs() const { return m_toMs; }

    // Down to the lowest and highest value of each of `columns` equal time buckets, in time
    // order; unchanged when there are no more than four points a column.
    static QList<QPointF> decimate(const QList<VitalPoint> &points, bool second, qint64 fromMs,
                                   qint64 toMs, int columns);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void plot();
    int columns() const;

    QChart *m_chart = nullptr;
    QLineSeries *m_primary = nullptr;
    QLineSeries *m_secondary = nullptr;
    QList<QLineSeries *> m_bounds; // low, high, low2, high2
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    VitalKind m_kind = VitalKind::BloodPressure;
    QList<VitalPoint> m_points;
    qint64 m_readings = 0; // what the points stand for
    std::optional<VitalThreshold> m_threshold;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_plottedColumns = 0;
};

} // namespace clinic::ui
