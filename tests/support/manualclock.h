#pragma once

#include "util/clock.h"

#include <atomic>

namespace clinic::test {

// A clock that only moves when the test says so. Atomic: a server under test reads it from
// its database thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 1795000000000) : m_nowMs(nowMs) { }
    qint64 nowMs() const override { return m_nowMs.load(); }
    void set(qint64 nowMs) { m_nowMs.store(nowMs); }
    void advance(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace clinic::test
