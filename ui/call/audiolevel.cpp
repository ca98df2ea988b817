#include "audiolevel.h"

#include <cmath>

namespace clinic::ui::AudioLevel {

namespace {
constexpr double floorDb = -60.0;
} // namespace

int percent(const QList<qint16> &samples)
{
    if (samples.isEmpty())
        return 0;
    double sum = 0;
    for (qint16 s : samples)
        sum += double(s) * double(s);
    const double rms = std::sqrt(sum / double(samples.size())) / 32768.0;
    if (rms <= 0)
        return 0;
    const double db = 20.0 * std::log10(rms);
    return int(std::lround(qBound(0.0, (db - floorDb) / -floorDb, 1.0) * 100.0));
}

} // namespace clinic::ui::AudioLevel
