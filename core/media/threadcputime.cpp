#include "threadcputime.h"

#include <time.h>

namespace clinic::media {

qint64 threadCpuTimeUs()
{
    timespec spent {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spent) != 0)
        return 0;
    return qint64(spent.tv_sec) * 1000000 + spent.tv_nsec / 1000;
}

} // namespace clinic::media
