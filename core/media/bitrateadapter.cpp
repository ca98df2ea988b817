#include "bitrateadapter.h"

#include "callstats.h"

#include <algorithm>

namespace clinic::media {

BitrateAdapter::BitrateAdapter(int startKbps, int minKbps, int maxKbps)
    : m_kbps(std::clamp(startKbps, minKbps, maxKbps)), m_min(minKbps), m_max(maxKbps)
{ }

bool BitrateAdapter::queueBuilding(std::optional<int> rttMs)
{
    if (!rttMs)
        return false;
    m_lowestRttMs = std::min(m_lowestRttMs.value_or(*rttMs), *rttMs);
    return *rttMs > *m_lowestRttMs + queueRiseMs;
}

int BitrateAdapter::update(double loss, std::optional<int> rttMs)
{
    using namespace QualityThresholds;
    m_loss = m_reports++ == 0 ? loss : (m_loss + loss) / 2;
    if (m_loss > congestionLoss || queueBuilding(rttMs)) {
        m_cleanIntervals = 0;
        m_kbps = std::max(m_min, int(m_kbps * decrease));
        return m_kbps;
    }
    if (m_loss > goodLoss) {
        m_cleanIntervals = 0;
        return m_kbps;
    }
    if (++m_cleanIntervals >= cleanIntervalsBeforeIncrease)
        m_kbps = std::min(m_max, std::max(m_kbps + 1, int(m_kbps * increase)));
    return m_kbps;
}

} // namespace clinic::media
