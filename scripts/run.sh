#!/usr/bin/env bash
# The README's run command: installs what Clinic needs, builds it, and opens the desktop
# client. Its encrypted stores go in demo-data/ (or $CLINIC_DATA_DIR); extra arguments go to
# the client (for example --lang es).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CLINIC_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build"
exec "$build/app/clinic" --data-dir "${CLINIC_DATA_DIR:-$root/demo-data}" "$@"
