#pragma once

#include <QtGlobal>

namespace clinic::media {

// CPU time the calling thread has used so far, in microseconds (CLOCK_THREAD_CPUTIME_ID):
// what the media thread's coding and sealing cost, apart from the rest of the process.
qint64 threadCpuTimeUs();

} // namespace clinic::media
