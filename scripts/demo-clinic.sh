#!/usr/bin/env bash
# Creates the demo clinic in a new server data directory, through the server's own CLI:
# an admin, two doctors, a nurse, a front-desk user, a pharmacist and three patients.
# The passwords are in the README. They are for the demo only.
#   scripts/demo-clinic.sh <clinic-sync-server binary> <data dir>
set -euo pipefail
server="$1"
data="$2"

password_for() {
    case "$1" in
        admin) echo "Demo-admin-Lantern-26" ;;
        patient) echo "Demo-patient-Harbor-26" ;;
        *) echo "Demo-staff-Meadow-26" ;;
    esac
}

twice() { printf '%s\n%s\n' "$1" "$1"; }

twice "$(password_for admin)" | "$server" init --data-dir "$data" --admin admin --display-name "Alex Admin"

add() { # username role "Display Name" [licence specialty]
    local extra=()
    [ $# -ge 5 ] && extra=(--licence "$4" --specialty "$5")
    twice "$(password_for "$2")" | "$server" user add --data-dir "$data" --username "$1" --role "$2" \
        --display-name "$3" "${extra[@]}"
}
add dr.garcia doctor "Elena García" "OM-44127" "Cardiology"
add dr.okafor doctor "Chidi Okafor" "OM-51093" "Paediatrics"
add nurse.silva nurse "Rita Silva"
add desk.mendes front_desk "Paulo Mendes"
add pharm.kim pharmacist "Soo-ah Kim"
add maria patient "Maria Ferreira"
add john patient "John Carter"
add aisha patient "Aisha Bello"

# The doctors' directory pages, their hours (Europe/Lisbon wall-clock time) and a few visits,
# made as the people who would make them, through the same changes their computers send.
change() { # user mutation json
    "$server" change --data-dir "$data" --as "$1" --change "$2" --args "$3" >/dev/null
}
hours() { # doctor rule-prefix days location modality start end minutes
    local day
    for day in $3; do
        change "$1" availability.set_rule "{\"id\": \"$2-$day\", \"provider_id\": \"@$1\",
            \"location_id\": \"$4\", \"modality\": \"$5\", \"day_of_week\": $day,
            \"start_time\": \"$6\", \"end_time\": \"$7\", \"slot_minutes\": $8,
            \"time_zone\": \"Europe/Lisbon\"}"
    done
}
at() { # "next monday 10:00" -> UTC milliseconds, read as Lisbon time
    echo $(( $(TZ=Europe/Lisbon date -d "$1" +%s) * 1000 ))
}
change dr.garcia provider.update_profile '{"id": "@dr.garcia", "display_name": "Dr Elena García",
    "specialties": "cardiology, internal medicine", "languages": "es, pt, en",
    "modalities": "in_person, video", "city": "Lisboa",
    "latitude_e6": 38722300, "longitude_e6": -9139300,
    "bio": "Heart health, blood pressure and check-ups before sport."}'
change dr.okafor provider.update_profile '{"id": "@dr.okafor", "display_name": "Dr Chidi Okafor",
    "specialties": "paediatrics", "languages": "en, pt", "modalities": "in_person, video",
    "city": "Porto", "latitude_e6": 41157900, "longitude_e6": -8629100,
    "bio": "Children from birth to sixteen; vaccinations and growth."}'
hours dr.garcia garcia-am "1 2 3 4 5" lisboa-centro in_person 09:00 13:00 30
hours dr.garcia garcia-pm "1 3" lisboa-centro in_person 14:00 17:00 30
hours dr.okafor okafor-am "1 2 4" porto-boavista in_person 09:00 12:00 20
hours dr.okafor okafor-video "5" online video 10:00 12:00 20
change maria appointment.request "{\"id\": \"demo-visit-1\", \"patient_id\": \"@maria\",
    \"provider_id\": \"@dr.garcia\", \"start_at\": $(at 'next monday 10:00'),
    \"location_id\": \"lisboa-centro\", \"modality\": \"in_person\", \"reason\": \"Palpitations\"}"
change dr.garcia appointment.confirm '{"id": "demo-visit-1"}'
change john appointment.request "{\"id\": \"demo-visit-2\", \"patient_id\": \"@john\",
    \"provider_id\": \"@dr.okafor\", \"start_at\": $(at 'next tuesday 09:40'),
    \"location_id\": \"porto-boavista\", \"modality\": \"in_person\", \"reason\": \"Check-up for Sam\"}"
change desk.mendes appointment.request "{\"id\": \"demo-visit-3\", \"patient_id\": \"@aisha\",
    \"provider_id\": \"@dr.garcia\", \"start_at\": $(at 'next wednesday 15:00'),
    \"location_id\": \"lisboa-centro\", \"modality\": \"in_person\"}"
echo "Demo schedule ready: hours for both doctors, and three visits next week"
echo "Demo clinic ready in $data"
