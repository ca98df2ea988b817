#include "vitalchart.h"

#include "vitalformat.h"
#include "vitals/vitalunits.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

QLineSeries *boundLine(QChart *chart, const QColor &color, const QString &name)
{
    auto *line = new QLineSeries(chart);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    line->setPen(pen);
    line->setName(name);
    chart->addSeries(line);
    return line;
}

} // namespace

VitalChart::VitalChart(QWidget *parent) : QChartView(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_primary = new QLineSeries(m_chart);
    m_secondary = new QLineSeries(m_chart);
    QPen systolic(QColor(0x1f, 0x5f, 0xa8));
    systolic.setWidthF(2);
    m_primary->setPen(systolic);
    QPen diastolic(QColor(0x8a, 0x3f, 0xb0));
    diastolic.setWidthF(2);
    diastolic.setStyle(Qt::DashDotLine); // told apart without colour
    m_secondary->setPen(diastolic);
    m_chart->addSeries(m_primary);
    m_chart->addSeries(m_secondary);
    m_bounds << boundLine(m_chart, QColor(0xb0, 0x30, 0x30), tr("Low threshold"))
             << boundLine(m_chart, QColor(0xb0, 0x30, 0x30), tr("High threshold"))
             << boundLine(m_chart, QColor(0x80, 0x40, 0x10), tr("Diastolic low threshold"))
             << boundLine(m_chart, QColor(0x80, 0x40, 0x10), tr("Diastolic high threshold"));
    m_x = new QDateTimeAxis(m_chart);
    m_y = new QValueAxis(m_chart);
    m_x->setTickCount(6);
    m_y->setTickCount(6);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing, false); // 1,000s of segments: aliasing is cheaper
    setMinimumHeight(240);
    setAccessibleName(tr("Vital signs chart"));
    setFocusPolicy(Qt::StrongFocus);
}

QList<QLineSeries *> VitalChart::thresholdSeries() const
{
    QList<QLineSeries *> drawn;
    for (QLineSeries *line : m_bounds) {
        if (line->isVisible() && line->count() > 0)
            drawn << line;
    }
    return drawn;
}

int VitalChart::columns() const
{
    const int plot = int(m_chart->plotArea().width());
    return qMax(plot > 50 ? plot : width() - 80, 200);
}

QList<QPointF> VitalChart::decimate(const QList<VitalPoint> &points, bool second, qint64 fromMs,
                                    qint64 toMs, int columns)
{
    QList<QPointF> out;
    const auto valueOf = [second](const VitalPoint &p) {
        return second ? p.second : p.value;
    };
    if (columns <= 0 || points.size() <= 4LL * columns || toMs <= fromMs) {
        out.reserve(points.size());
        for (const VitalPoint &p : points) {
            if (const double v = valueOf(p); !std::isnan(v))
                out.append(QPointF(double(p.takenAtMs), v));
        }
        return out;
    }
    out.reserve(2 * columns + 2);
    const double span = double(toMs - fromMs);
    int bucket = -1;
    VitalPoint low {}, high {};
    bool any = false;
    const auto flush = [&] {
        if (!any)
            return;
        if (low.takenAtMs <= high.takenAtMs) {
            out.append(QPointF(double(low.takenAtMs), valueOf(low)));
            if (high.takenAtMs != low.takenAtMs)
                out.append(QPointF(double(high.takenAtMs), valueOf(high)));
        } else {
            out.append(QPointF(double(high.takenAtMs), valueOf(high)));
            out.append(QPointF(double(low.takenAtMs), valueOf(low)));
        }
        any = false;
    };
    for (const VitalPoint &p : points) {
        const double v = valueOf(p);
        if (std::isnan(v))
            continue;
        const int b = int(
                qBound(0.0, double(p.takenAtMs - fromMs) * columns / span, double(columns - 1)));
        if (b != bucket) {
            flush();
            bucket = b;
        }
        if (!any) {
            low = high = p;
            any = true;
        } else if (v < valueOf(low)) {
            low = p;
        } else if (v > valueOf(high)) {
            high = p;
        }
    }
    flush();
    return out;
}

void VitalChart::setReadings(VitalKind kind, VitalSeries series,
                             const std::optional<VitalThreshold> &threshold, qint64 fromMs,
                             qint64 toMs)
{
    m_kind = kind;
    m_points = std::move(series.points);
    m_readings = series.readings;
    m_threshold = threshold;
    m_fromMs = fromMs > 0
            ? fromMs
            : (m_points.isEmpty() ? toMs - 7 * dayMs : m_points.constFirst().takenAtMs);
    m_toMs = qMax(toMs, m_fromMs + 3600 * 1000);
    plot();
}

void VitalChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_points.size() > 4LL * 200 && columns() != m_plottedColumns)
        plot(); // the columns changed: as many points as the new width needs
}

void VitalChart::plot()
{
    const bool bp = m_kind == VitalKind::BloodPressure;
    const QString unit = VitalUnits::canonical(m_kind);
    m_plottedColumns = columns();
    const QList<QPointF> first = decimate(m_points, false, m_fromMs, m_toMs, m_plottedColumns);
    const QList<QPointF> second =
            bp ? decimate(m_points, true, m_fromMs, m_toMs, m_plottedColumns) : QList<QPointF>();
    m_primary->replace(first);
    m_secondary->replace(second);
    m_primary->setName(bp ? tr("Systolic (%1)").arg(unit)
                          : tr("%1 (%2)").arg(VitalKinds::displayName(m_kind), unit));
    m_secondary->setName(tr("Diastolic (%1)").arg(unit));
    m_secondary->setVisible(bp);
    const bool few = m_readings <= 200;
    m_primary->setPointsVisible(few);
    m_secondary->setPointsVisible(few);

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const QList<QPointF> *line : { &first, &second }) {
        for (const QPointF &p : *line) {
            low = qMin(low, p.y());
            high = qMax(high, p.y());
        }
    }
    const std::optional<double> bounds[4] = {
        m_threshold ? m_threshold->low : std::nullopt,
        m_threshold ? m_threshold->high : std::nullopt,
        m_threshold && bp ? m_threshold->low2 : std::nullopt,
        m_threshold && bp ? m_threshold->high2 : std::nullopt,
    };
    for (int i = 0; i < 4; ++i) {
        if (bounds[i]) {
            m_bounds[i]->replace(
                    { QPointF(double(m_fromMs), *bounds[i]), QPointF(double(m_toMs), *bounds[i]) });
            low = qMin(low, *bounds[i]);
            high = qMax(high, *bounds[i]);
        } else {
            m_bounds[i]->clear();
        }
        m_bounds[i]->setVisible(bounds[i].has_value());
    }
    if (low > high) { // nothing to show: a sensible empty scale
        low = 0;
        high = 100;
    }
    const double pad = qMax((high - low) * 0.08, 1.0);
    m_y->setRange(low - pad, high + pad);
    m_y->applyNiceNumbers();
    m_y->setTitleText(unit);
    m_y->setLabelFormat(VitalFormat::decimals(m_kind, unit) > 0 ? u"%.1f"_s : u"%.0f"_s);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    const qint64 span = m_toMs - m_fromMs;
    m_x->setFormat(span <= 2 * dayMs            ? u"HH:mm"_s
                           : span <= 62 * dayMs ? u"d MMM"_s
                                                : u"MMM yyyy"_s);
    m_chart->setTitle(
            m_points.isEmpty()
                    ? tr("%1: no readings in this range").arg(VitalKinds::displayName(m_kind))
                    : VitalKinds::displayName(m_kind));
    const QLocale locale;
    setAccessibleName(tr("%1 chart").arg(VitalKinds::displayName(m_kind)));
    setAccessibleDescription(
            m_points.isEmpty()
                    ? tr("No readings from %1 to %2.")
                              .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                                                   QLocale::ShortFormat),
                                   locale.toString(QDateTime::fromMSecsSinceEpoch(m_toMs),
                                                   QLocale::ShortFormat))
                    : tr("%n reading(s) from %1 to %2; the table beside lists each.", nullptr,
                         int(qMin<qint64>(m_readings, std::numeric_limits<int>::max())))
                              .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                                                   QLocale::ShortFormat),
                                   locale.toString(QDateTime::fromMSecsSinceEpoch(m_toMs),
                                                   QLocale::ShortFormat)));
}

} // namespace clinic::ui
