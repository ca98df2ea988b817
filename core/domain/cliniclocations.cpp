#include "cliniclocations.h"

#include "mutations/entitymutations.h"
#include "storage/sqlexec.h"

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

ClinicLocation readLocation(const QSqlQuery &row)
{
    ClinicLocation l;
    l.id = row.value(0).toString();
    l.name = row.value(1).toString();
    l.addressLine = row.value(2).toString();
    l.city = row.value(3).toString();
    l.postalCode = row.value(4).toString();
    l.country = row.value(5).toString();
    l.phone = row.value(6).toString();
    l.hours = row.value(7).toString();
    l.timeZone = row.value(8).toString();
    l.place = GeoPoint::fromE6(row.value(9), row.value(10));
    return l;
}

// "Álvalade" as "alvalade": accents and case dropped.
QString folded(const QString &name)
{
    QString plain;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    return plain.toCaseFolded();
}

// Names as a person reads them, whatever this computer's locale (QCollator follows it, and
// the C locale compares bytes): accents and case folded, numbers by value, so "Clinic 2"
// comes before "Clinic 10".
bool readsBefore(const QString &left, const QString &right)
{
    const QString a = folded(left);
    const QString b = folded(right);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            const qulonglong x = a.mid(i, endA - i).toULongLong();
            const qulonglong y = b.mid(j, endB - j).toULongLong();
            if (x != y)
                return x < y;
            i = endA;
            j = endB;
        } else if (a.at(i) != b.at(j)) {
            return a.at(i) < b.at(j);
        } else {
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace

QCborMap ClinicLocation::toArgs() const
{
    QCborMap args { { u"id"_s, id },
                    { u"name"_s, name },
                    { u"address_line"_s, addressLine },
                    { u"city"_s, city },
                    { u"postal_code"_s, postalCode },
                    { u"country"_s, country },
                    { u"phone"_s, phone },
                    { u"hours"_s, hours },
                    { u"time_zone"_s, timeZone } };
    if (place) {
        args.insert(u"latitude_e6"_s, place->latitudeE6());
        args.insert(u"longitude_e6"_s, place->longitudeE6());
    }
    return args;
}

QString ClinicLocation::postalAddress() const
{
    const QString town = QStringList { postalCode, city }.join(u' ').trimmed();
    QStringList parts { addressLine.trimmed(), town, country.trimmed() };
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

Result<QList<ClinicLocation>> ClinicLocations::select(const QString &where,
                                                      const QVariantList &values) const
{
    auto rows = execSql(m_db,
                        u"SELECT id, name, address_line, city, postal_code, country, phone, hours, "
                        u"time_zone, latitude_e6, longitude_e6 FROM clinic_location "
                        u"WHERE NOT deleted"_s
                                + where,
                        values, tr("The clinic's locations could not be read."));
    if (!rows)
        return rows.error();
    QList<ClinicLocation> locations;
    while (rows->next())
        locations << readLocation(*rows);
    return locations;
}

Result<QList<ClinicLocation>> ClinicLocations::list() const
{
    auto locations = select({}, {});
    if (!locations)
        return locations;
    std::stable_sort(locations->begin(), locations->end(),
                     [](const ClinicLocation &a, const ClinicLocation &b) {
                         return readsBefore(a.name, b.name);
                     });
    return locations;
}

Result<std::optional<ClinicLocation>> ClinicLocations::find(const QString &id) const
{
    auto found = select(u" AND id = ?"_s, { id });
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<NearbyLocation>> ClinicLocations::nearest(qint64 latitudeE6, qint64 longitudeE6) const
{
    auto placed = select(u" AND latitude_e6 IS NOT NULL AND longitude_e6 IS NOT NULL"_s, {});
    if (!placed)
        return placed.error();
    const GeoPoint from = GeoPoint::fromE6(latitudeE6, longitudeE6);
    QList<NearbyLocation> nearby;
    for (const ClinicLocation &location : std::as_const(*placed))
        nearby << NearbyLocation { location, GeoPoint::distanceKm(from, *location.place) };
    std::stable_sort(nearby.begin(), nearby.end(),
                     [](const NearbyLocation &a, const NearbyLocation &b) {
                         return a.distanceKm < b.distanceKm;
                     });
    return nearby;
}

Result<int> ClinicLocations::cancellationWindowHours() const
{
    auto row = execSql(m_db, u"SELECT value FROM clinic_setting WHERE id = ? AND NOT deleted"_s,
                       { ClinicSettings::cancellationWindow.toString() },
                       tr("The clinic's settings could not be read."));
    if (!row)
        return row.error();
    return row->next() ? qMax(0, row->value(0).toString().toInt()) : 0;
}

} // namespace clinic
