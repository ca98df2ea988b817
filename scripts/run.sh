#!/usr/bin/env bash
# The README's run command: installs what Clinic needs, builds it, makes the demo clinic on
# first use, starts the sync server on 127.0.0.1 and opens the desktop client pointed at it
# (its certificate trusted from what the server printed). Quitting the client stops the
# server. Everything is kept in demo-data/ (or $CLINIC_DEMO_DIR); extra arguments go to the
# client, for example --lang es.
#   --video-visit (first): also books a video visit that can start now (Maria with Dr Ribeiro)
#   and opens two clients, one for each, with the synthetic camera and microphone.
set -euo pipefail
video_visit=0
if [ "${1:-}" = "--video-visit" ]; then
    video_visit=1
    shift
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CLINIC_BUILD_DIR:-$root/build}"
data="${CLINIC_DEMO_DIR:-$root/demo-data}"
port="${CLINIC_DEMO_PORT:-7443}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Only what it runs (clinic-cli signs the demo clinic's prescriptions): the tests and
# benchmarks are the test command's to build.
cmake --build "$build" --target clinic clinic-sync-server clinic-cli

server="$build/sync_server/clinic-sync-server"
mkdir -p "$data"
if [ ! -f "$data/server/server.db" ]; then
    "$root/scripts/demo-clinic.sh" "$server" "$data/server"
fi

if [ "$video_visit" = 1 ]; then
    "$root/scripts/demo-video-visit.sh" "$server" "$data/server"
fi

log="$data/server.log"
"$server" serve --data-dir "$data/server" --listen "127.0.0.1:$port" >"$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

fingerprint=""
for _ in $(seq 1 100); do
    fingerprint=$(grep -oE '\b[0-9a-f]{64}\b' "$log" | head -n 1 || true)
    [ -n "$fingerprint" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "run: the sync server did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
[ -n "$fingerprint" ] || { echo "run: the sync server printed no certificate fingerprint" >&2; exit 1; }
echo "Sync server on wss://127.0.0.1:$port (log: $log)"

client() { # data dir, then the client's arguments
    local dir="$1"
    shift
    "$build/app/clinic" --data-dir "$dir" --server "wss://127.0.0.1:$port" \
        --trust-fingerprint "$fingerprint" "$@"
}
if [ "$video_visit" = 1 ]; then
    echo "Sign in as dr.ribeiro in one window and as maria in the other (passwords: README)."
    client "$data/client-patient" --synthetic-media "$@" &
    patient_pid=$!
    client "$data/client" --synthetic-media "$@"
    wait "$patient_pid" || true
else
    client "$data/client" "$@"
fi
