#pragma once

#include "domain/geopoint.h"
#include "util/result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace clinic {

// One of the clinic's places, as the admin set it (location.put) and everyone receives it.
struct ClinicLocation
{
    QString id;
    QString name;
    QString addressLine;
    QString city;
    QString postalCode;
    QString country;
    QString phone;
    QString hours; // as shown: "Mon–Fri 08:00–19:00, Sat 09:00–13:00"
    QString timeZone; // IANA id; may be empty
    std::optional<GeoPoint> place;

    // The arguments of location.put that set this location.
    QCborMap toArgs() const;
    // "Rua Augusta 10, 1100-053 Lisboa, Portugal": the parts given, in postal order.
    QString postalAddress() const;
};

struct NearbyLocation
{
    ClinicLocation location;
    double distanceKm = 0;
};

// The clinic directory and settings as synced to this computer (clinic_location and
// clinic_setting in the "directory" bucket): read offline, by every role.
class ClinicLocations
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ClinicLocations)
public:
    explicit ClinicLocations(QSqlDatabase db) : m_db(std::move(db)) { }

    // The live locations, by name.
    Result<QList<ClinicLocation>> list() const;
    Result<std::optional<ClinicLocation>> find(const QString &id) const;
    // The live locations with a place, nearest to this point first.
    Result<QList<NearbyLocation>> nearest(qint64 latitudeE6, qint64 longitudeE6) const;
    // How many hours before a visit a patient can last cancel or move it; 0: any time.
    Result<int> cancellationWindowHours() const;

private:
    Result<QList<ClinicLocation>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace clinic
