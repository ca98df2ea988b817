#include "callaudioformat.h"

#include "media/audioframe.h"

namespace clinic::media {

QAudioFormat callAudioFormat()
{
    QAudioFormat format;
    format.setSampleRate(AudioFormat::sampleRate);
    format.setChannelCount(AudioFormat::channels);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

} // namespace clinic::media
