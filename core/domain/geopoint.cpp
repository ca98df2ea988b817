#include "geopoint.h"

#include <QVariant>

#include <algorithm>
#include <cmath>

namespace clinic {

namespace {
constexpr double earthRadiusKm = 6371.0088;
}

std::optional<GeoPoint> GeoPoint::fromE6(const QVariant &latitudeE6, const QVariant &longitudeE6)
{
    if (latitudeE6.isNull() || longitudeE6.isNull())
        return std::nullopt;
    return fromE6(latitudeE6.toLongLong(), longitudeE6.toLongLong());
}

GeoPoint GeoPoint::fromE6(qint64 latitudeE6, qint64 longitudeE6)
{
    return { latitudeE6 / 1e6, longitudeE6 / 1e6 };
}

qint64 GeoPoint::latitudeE6() const
{
    return qRound64(latitude * 1e6);
}

qint64 GeoPoint::longitudeE6() const
{
    return qRound64(longitude * 1e6);
}

double GeoPoint::distanceKm(const GeoPoint &a, const GeoPoint &b)
{
    const auto radians = [](double degrees) {
        return degrees * M_PI / 180.0;
    };
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
            + std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dLon / 2)
                    * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace clinic
