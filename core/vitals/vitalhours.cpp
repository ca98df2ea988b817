#include "vitalhours.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>
#include <cmath>
#include <optional>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

Error hoursError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql,
                     VitalRepository::tr("The vital signs' chart summary cannot be kept."),
                     query.lastError().text());
}

// The lowest and highest of one column over an hour, each with its time (the earliest of
// equals).
struct Extremes
{
    std::optional<std::pair<double, qint64>> low, high;

    void add(qint64 at, const QVariant &value)
    {
        if (value.isNull())
            return;
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return;
        if (!low || v < low->first || (v == low->first && at < low->second))
            low = { v, at };
        if (!high || v > high->first || (v == high->first && at < high->second))
            high = { v, at };
    }
    void bind(QSqlQuery &query) const
    {
        for (const auto &e : { low, high }) {
            query.addBindValue(e ? QVariant(e->first) : QVariant(QMetaType::fromType<double>()));
            query.addBindValue(e ? QVariant(e->second) : QVariant(QMetaType::fromType<qint64>()));
        }
    }
};

// One hour's extremes as points in time order; a systolic and a diastolic taken at the same
// moment (one reading) are one point.
void appendHour(const QSqlQuery &row, QList<VitalPoint> &out)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    VitalPoint found[4];
    int n = 0;
    for (int column = 1; column <= 7; column += 2) {
        const QVariant value = row.value(column);
        if (value.isNull())
            continue;
        const bool second = column >= 5;
        VitalPoint p;
        p.takenAtMs = row.value(column + 1).toLongLong();
        p.value = second ? nan : value.toDouble();
        p.second = second ? value.toDouble() : nan;
        found[n++] = p;
    }
    for (int i = 1; i < n; ++i) { // at most four: insertion
        for (int j = i; j > 0 && found[j].takenAtMs < found[j - 1].takenAtMs; --j)
            std::swap(found[j], found[j - 1]);
    }
    for (int i = 0; i < n; ++i) {
        if (out.isEmpty() || out.last().takenAtMs != found[i].takenAtMs) {
            out.append(found[i]);
            continue;
        }
        VitalPoint &same = out.last();
        if (std::isnan(same.value))
            same.value = found[i].value;
        if (std::isnan(same.second))
            same.second = found[i].second;
    }
}

} // namespace

void VitalHours::touch(const QString &patientId, const QString &kind, qint64 takenAtMs)
{
    if (takenAtMs >= 0)
        m_touched.insert({ patientId, kind, takenAtMs / hourMs });
}

Result<void> VitalHours::recompute()
{
    if (m_touched.isEmpty())
        return {};
    // The extremes are found here rather than in SQL: one INSERT ... SELECT per hour is a
    // multi-row statement, and SQLCipher 3.4.1 encrypts its statement journal (0002's note).
    // Prepared once for the batch: a pull may touch thousands of hours.
    QSqlQuery read(m_db), erase(m_db), write(m_db);
    read.setForwardOnly(true);
    if (!read.prepare(u"SELECT taken_at, value, diastolic FROM vital_reading WHERE patient_id = ? "
                      u"AND kind = ? AND taken_at >= ? AND taken_at < ? AND NOT deleted"_s))
        return hoursError(read);
    if (!erase.prepare(u"DELETE FROM vital_hour WHERE patient_id = ? AND kind = ? AND hour = ?"_s))
        return hoursError(erase);
    if (!write.prepare(u"INSERT OR REPLACE INTO vital_hour (patient_id, kind, hour, readings, low, "
                       u"low_at, high, high_at, low2, low2_at, high2, high2_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return hoursError(write);
    for (const Hour &h : std::as_const(m_touched)) {
        const qint64 from = h.hour * hourMs;
        for (const QVariant &v : { QVariant(h.patientId), QVariant(h.kind), QVariant(from),
                                   QVariant(from + hourMs) })
            read.addBindValue(v);
        if (!read.exec())
            return hoursError(read);
        Extremes first, second;
        qint64 readings = 0;
        while (read.next()) {
            const qint64 at = read.value(0).toLongLong();
            first.add(at, read.value(1));
            second.add(at, read.value(2));
            ++readings;
        }
        if (read.lastError().isValid())
            return hoursError(read);
        QSqlQuery &change = readings > 0 ? write : erase;
        change.addBindValue(h.patientId);
        change.addBindValue(h.kind);
        change.addBindValue(h.hour);
        if (readings > 0) {
            write.addBindValue(readings);
            first.bind(write);
            second.bind(write);
        }
        if (!change.exec())
            return hoursError(change);
    }
    m_touched.clear();
    return {};
}

Result<VitalSeries> VitalHours::series(QSqlDatabase db, const QString &patientId, VitalKind kind,
                                       qint64 fromMs, qint64 toMs)
{
    const qint64 firstHour = (qMax<qint64>(fromMs, 0) + hourMs - 1) / hourMs;
    const qint64 endHour = qMax<qint64>(toMs, 0) / hourMs;
    VitalSeries series;
    if (firstHour >= endHour) {
        auto points = VitalRepository::points(db, patientId, kind, fromMs, toMs);
        if (!points)
            return points.error();
        series.readings = points->size();
        series.points = std::move(points).value();
        return series;
    }
    auto head = VitalRepository::points(db, patientId, kind, fromMs, firstHour * hourMs);
    if (!head)
        return head.error();
    series.readings = head->size();
    series.points = std::move(head).value();

    QSqlQuery query(db);
    if (!run(query,
             u"SELECT readings, low, low_at, high, high_at, low2, low2_at, high2, high2_at "
             u"FROM vital_hour WHERE patient_id = ? AND kind = ? AND hour >= ? AND hour < ? "
             u"ORDER BY hour"_s,
             { patientId, VitalKinds::key(kind), firstHour, endHour }))
        return hoursError(query);
    while (query.next()) {
        series.readings += query.value(0).toLongLong();
        appendHour(query, series.points);
    }
    if (query.lastError().isValid())
        return hoursError(query);

    auto tail = VitalRepository::points(db, patientId, kind, endHour * hourMs, toMs);
    if (!tail)
        return tail.error();
    series.readings += tail->size();
    series.points.append(*tail);
    return series;
}

} // namespace clinic
