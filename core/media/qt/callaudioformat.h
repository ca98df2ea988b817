#pragma once

#include <QAudioFormat>

namespace clinic::media {

// The call's sound format (AudioFormat: 48 kHz mono, 16-bit) as QtMultimedia names it.
QAudioFormat callAudioFormat();

} // namespace clinic::media
