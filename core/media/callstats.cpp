#include "callstats.h"

namespace clinic::media {

CallQualityLevel rateQuality(const CallStats &stats)
{
    using namespace QualityThresholds;
    const double loss = qMax(stats.loss, stats.peerLoss);
    const bool rttKnown = stats.rttMs >= 0;
    const bool watchFps = stats.remoteCameraOn;
    if (loss > poorLoss || (rttKnown && stats.rttMs > poorRttMs)
        || (watchFps && stats.receivedFps < poorFps))
        return CallQualityLevel::Poor;
    if (loss > goodLoss || (rttKnown && stats.rttMs > goodRttMs)
        || (watchFps && stats.receivedFps < goodFps))
        return CallQualityLevel::Fair;
    return CallQualityLevel::Good;
}

} // namespace clinic::media
