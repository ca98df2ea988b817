#include "bitrateadapter.h"

#include "callstats.h"

#include <algorithm>

namespace clinic::media {

BitrateAdapter::BitrateAdapter(int startKbps, int minKbps, int maxKbps)
    : m_kbps(std::clamp(startKbps, minKbps, maxKbps)), m_min(minKbps), m_max(maxKbps)
{ }

int BitrateAdapter::update(double loss, std::optional<int> rttMs)
{
    using namespace QualityThresholds;
    const bool congested = loss > goodLoss || (rttMs && *rttMs > goodRttMs);
    if (congested) {
        m_cleanIntervals = 0;
        m_kbps = std::max(m_min, int(m_kbps * decrease));
        return m_kbps;
    }
    if (++m_cleanIntervals >= cleanIntervalsBeforeIncrease)
        m_kbps = std::min(m_max, std::max(m_kbps + 1, int(m_kbps * increase)));
    return m_kbps;
}

} // namespace clinic::media
