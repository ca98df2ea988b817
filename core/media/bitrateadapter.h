#pragma once

#include <optional>

namespace clinic::media {

// The video bit rate a link can carry, from what the receiver reports once a second: down by a
// quarter at once when loss or the round trip rise past the good limits (QualityThresholds),
// up by a twentieth only after a few clean seconds in a row, never outside [min, max]. Fast
// down, slow up: probing too eagerly refills the queue that caused the loss.
class BitrateAdapter
{
public:
    static constexpr double decrease = 0.75;
    static constexpr double increase = 1.05;
    static constexpr int cleanIntervalsBeforeIncrease = 3;

    BitrateAdapter(int startKbps, int minKbps, int maxKbps);

    // One interval's report: the share of our frames the peer lost, and the round trip if
    // known. The bit rate to use from now.
    int update(double loss, std::optional<int> rttMs);
    int kbps() const { return m_kbps; }

private:
    int m_kbps;
    int m_min;
    int m_max;
    int m_cleanIntervals = 0;
};

} // namespace clinic::media
