#!/usr/bin/env bash
# The README's test command, and what CI runs (.ci/run): installs what Clinic needs, builds
# everything with warnings as errors, and runs every test (offscreen, time-limited).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CLINIC_TEST_BUILD_DIR:-$root/build-tests}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLINIC_WERROR=ON
cmake --build "$build"
cd "$build"
ctest --output-on-failure --timeout 600 --parallel "$(nproc)"
