#!/usr/bin/env bash
# Books a video visit that can start now in the demo clinic, so two desktop clients can run it:
# Dr Ribeiro adds an hour of extra video hours from now, Maria books its first time at least
# two minutes away, and the doctor confirms it. The doctor may start a call from 15 minutes
# before a visit, so the call can start at once. Run it with the server stopped.
#   scripts/demo-video-visit.sh <clinic-sync-server binary> <data dir>
set -euo pipefail
server="$1"
data="$2"

change() { # user mutation json
    "$server" change --data-dir "$data" --as "$1" --change "$2" --args "$3" >/dev/null
}
now_s=$(date +%s)
start_ms=$(( (now_s / 300) * 300 * 1000 )) # this five minutes
visit_ms=$(( ((now_s + 120 + 299) / 300) * 300 * 1000 )) # the first slot two minutes away
stamp=$(date -u +%Y%m%d%H%M%S)

change dr.ribeiro availability.add_exception "{\"id\": \"demo-now-hours-$stamp\",
    \"provider_id\": \"@dr.ribeiro\", \"kind\": \"extra_hours\", \"start_at\": $start_ms,
    \"end_at\": $(( start_ms + 3600 * 1000 )), \"location_id\": \"online\",
    \"modality\": \"video\", \"slot_minutes\": 5}"
change maria appointment.request "{\"id\": \"demo-video-now-$stamp\", \"patient_id\": \"@maria\",
    \"provider_id\": \"@dr.ribeiro\", \"start_at\": $visit_ms, \"location_id\": \"online\",
    \"modality\": \"video\", \"reason\": \"Video visit demo: a cough that will not go\"}"
change dr.ribeiro appointment.confirm "{\"id\": \"demo-video-now-$stamp\"}"
echo "Video visit booked: Maria with Dr Ribeiro at $(date -d "@$(( visit_ms / 1000 ))" +%H:%M)"
