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
echo "Demo clinic ready in $data"
