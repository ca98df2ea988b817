#pragma once

#include <optional>

namespace clinic::media {

// The video bit rate a link can carry, from what the receiver reports once a second, after
// the loss-based half of WebRTC's congestion control (GCC). The loss is smoothed over about two
// reports (one second of 80 frames at 5% loss often shows 8%). Above
// QualityThresholds::congestionLoss, or with a round trip risen queueRiseMs above the lowest
// seen (a queue filling somewhere), the link is congested: down by a quarter at once. Loss
// between the good limit and that is what a radio link loses anyway: hold, since a lower rate
// would not save those frames. Clean (loss within the good limit, no queue): up by a
// twentieth after a few clean reports in a row. Never outside [min, max]. Fast down, slow up:
// probing too eagerly refills the queue that caused the loss.
class BitrateAdapter
{
public:
    static constexpr double decrease = 0.75;
    static constexpr double increase = 1.05;
    static constexpr int cleanIntervalsBeforeIncrease = 3;
    static constexpr int queueRiseMs = 100;

    BitrateAdapter(int startKbps, int minKbps, int maxKbps);

    // One interval's report: the share of our frames the peer lost, and the round trip if
    // known. The bit rate to use from now.
    int update(double loss, std::optional<int> rttMs);
    int kbps() const { return m_kbps; }

private:
    bool queueBuilding(std::optional<int> rttMs);

    int m_kbps;
    int m_min;
    int m_max;
    int m_cleanIntervals = 0;
    std::optional<int> m_lowestRttMs; // the path's own delay, without queues
    double m_loss = 0; // smoothed: half the newest report, half the history
    int m_reports = 0;
};

} // namespace clinic::media
