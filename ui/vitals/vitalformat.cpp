#include "vitalformat.h"

#include "vitals/vitalunits.h"

#include <QDateTime>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

int VitalFormat::decimals(VitalKind kind, const QString &unit)
{
    switch (kind) {
    case VitalKind::BloodPressure:
        return unit == u"kPa" ? 1 : 0;
    case VitalKind::HeartRate:
    case VitalKind::SpO2:
        return 0;
    case VitalKind::Temperature:
    case VitalKind::Weight:
        return 1;
    case VitalKind::Glucose:
        return unit == u"mg/dL" ? 0 : 1;
    }
    return 1;
}

QString VitalFormat::value(VitalKind kind, double value, std::optional<double> diastolic,
                           const QString &unit)
{
    QString shownUnit = VitalUnits::units(kind).contains(unit) ? unit : VitalUnits::canonical(kind);
    const auto shown = [&](double canonical) {
        const double v = VitalUnits::fromCanonical(kind, canonical, shownUnit).value_or(canonical);
        return QLocale().toString(v, 'f', decimals(kind, shownUnit));
    };
    QString text = shown(value);
    if (kind == VitalKind::BloodPressure && diastolic)
        text += u'/' + shown(*diastolic);
    return shownUnit == u"%" ? QString(text + shownUnit) : QString(text + u' ' + shownUnit);
}

QString VitalFormat::threshold(const VitalThreshold &t)
{
    const QString unit = VitalUnits::canonical(t.kind);
    const int places = decimals(t.kind, unit);
    const auto bounds = [&](const std::optional<double> &low, const std::optional<double> &high) {
        const QLocale locale;
        if (low && high)
            return tr("%1–%2").arg(locale.toString(*low, 'f', places),
                                   locale.toString(*high, 'f', places));
        if (low)
            return tr("≥ %1").arg(locale.toString(*low, 'f', places));
        if (high)
            return tr("≤ %1").arg(locale.toString(*high, 'f', places));
        return tr("any");
    };
    QString text = bounds(t.low, t.high);
    if (t.kind == VitalKind::BloodPressure)
        text = tr("systolic %1, diastolic %2").arg(text, bounds(t.low2, t.high2));
    return text + u' ' + unit;
}

QString VitalFormat::when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"d MMM yyyy, HH:mm"_s);
}

QString VitalFormat::rangeName(VitalRange range)
{
    switch (range) {
    case VitalRange::Week:
        return tr("Last week");
    case VitalRange::Month:
        return tr("Last month");
    case VitalRange::Year:
        return tr("Last year");
    case VitalRange::All:
        return tr("All readings");
    }
    return {};
}

qint64 VitalFormat::rangeMs(VitalRange range)
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    switch (range) {
    case VitalRange::Week:
        return 7 * day;
    case VitalRange::Month:
        return 31 * day;
    case VitalRange::Year:
        return 366 * day;
    case VitalRange::All:
        return 0;
    }
    return 0;
}

} // namespace clinic::ui
