#pragma once

#include "audiojitterbuffer.h"
#include "opusaudioencoder.h"
#include "vp8encoder.h"

namespace clinic::media {

// One participant's media settings for a call.
struct CallMediaConfig
{
    // Places in the call's roster (caller 0): our KIDs and the peer's (CallKeys::keyId).
    quint8 participant = 0;
    quint8 peer = 1;
    Vp8EncoderConfig video; // its bit rate is where the adaptation starts, and its ceiling
    OpusAudioEncoderConfig audio;
    AudioJitterBufferConfig jitter;
    int minVideoKbps = 150; // the adaptation's floor: below it 640x480 is mush
    int statsIntervalMs = 1000; // stats, ping and bit rate adaptation
    // A captured picture older than this when the media thread reaches it is skipped: sending
    // it late would only add delay to every frame after it.
    int staleVideoMs = 100;
};

} // namespace clinic::media
