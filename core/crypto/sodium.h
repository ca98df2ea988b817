#pragma once

namespace clinic {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
// Aborts only if the operating system offers no secure random source at all.
void ensureSodium();

} // namespace clinic
