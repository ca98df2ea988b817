#pragma once

#include <QVariant>

#include <optional>

namespace clinic {

// A place on Earth in degrees; the synced tables keep millionths of a degree (latitude_e6,
// longitude_e6), so both directions are here.
struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;

    // Null when either value is missing, as for a place not given.
    static std::optional<GeoPoint> fromE6(const QVariant &latitudeE6, const QVariant &longitudeE6);
    static GeoPoint fromE6(qint64 latitudeE6, qint64 longitudeE6);
    qint64 latitudeE6() const;
    qint64 longitudeE6() const;

    // Great-circle distance (haversine, mean Earth radius).
    static double distanceKm(const GeoPoint &a, const GeoPoint &b);
};

} // namespace clinic
