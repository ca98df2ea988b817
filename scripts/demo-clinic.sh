#!/usr/bin/env bash
# Creates the demo clinic in a new server data directory, through the server's own CLI:
# an admin, five doctors, a nurse, a front-desk user, a pharmacist and three patients, then
# everything SPEC S2/S3 shows: three clinic locations, the doctors' pages and hours, the
# patients' profiles and health records, visits in every state, ratings and a waitlist.
# The passwords are in the README. They are for the demo only. It refuses a data directory
# that already has a clinic (init runs once), so it always makes a fresh one.
# The prescriptions are signed with a demo key for Dr Ribeiro made by clinic-cli (next to the
# server binary, in the build tree or installed; or $CLINIC_CLI), deleted when the script ends.
#   scripts/demo-clinic.sh <clinic-sync-server binary> <data dir>
set -euo pipefail
server="$1"
data="$2"
cli="${CLINIC_CLI:-}"
for candidate in "$(dirname "$server")/../cli/clinic-cli" "$(dirname "$server")/clinic-cli"; do
    [ -z "$cli" ] && [ -x "$candidate" ] && cli="$candidate"
done
[ -n "$cli" ] || cli=$(command -v clinic-cli) || {
    echo "demo-clinic: clinic-cli is needed (build it, or set CLINIC_CLI)" >&2
    exit 1
}

password_for() {
    case "$1" in
        admin) echo "Demo-admin-Lantern-26" ;;
        patient) echo "Demo-patient-Harbor-26" ;;
        *) echo "Demo-staff-Meadow-26" ;;
    esac
}

twice() { printf '%s\n%s\n' "$1" "$1"; }

twice "$(password_for admin)" | "$server" init --data-dir "$data" --admin admin --display-name "Alex Admin"

add() { # username role "Display Name" [licence specialty [credentials]]
    local extra=()
    [ $# -ge 5 ] && extra=(--licence "$4" --specialty "$5")
    [ $# -ge 6 ] && extra+=(--credentials "$6")
    twice "$(password_for "$2")" | "$server" user add --data-dir "$data" --username "$1" --role "$2" \
        --display-name "$3" "${extra[@]}"
}
add dr.garcia doctor "Elena García" "OM-44127" "Cardiology"
add dr.okafor doctor "Chidi Okafor" "OM-51093" "Paediatrics"
add dr.costa doctor "Inês Costa" "OM-38862" "Dermatology" "European Board of Dermatology"
add dr.ribeiro doctor "Tomás Ribeiro" "OM-60215" "General practice"
add dr.haddad doctor "Layla Haddad" "OM-47730" "Orthopaedics" "Sports medicine certificate"
add nurse.silva nurse "Rita Silva"
add desk.mendes front_desk "Paulo Mendes"
add pharm.kim pharmacist "Soo-ah Kim"
add maria patient "Maria Ferreira"
add john patient "John Carter"
add aisha patient "Aisha Bello"

# Everything else is made as the people who would make it, through the same changes their
# computers send: the server's permission policy and mutation code check every one.
change() { # user mutation json
    "$server" change --data-dir "$data" --as "$1" --change "$2" --args "$3" >/dev/null
}
hours() { # doctor rule-prefix days location modality start end minutes (Europe/Lisbon)
    local day
    for day in $3; do
        change "$1" availability.set_rule "{\"id\": \"$2-$day\", \"provider_id\": \"@$1\",
            \"location_id\": \"$4\", \"modality\": \"$5\", \"day_of_week\": $day,
            \"start_time\": \"$6\", \"end_time\": \"$7\", \"slot_minutes\": $8,
            \"time_zone\": \"Europe/Lisbon\"}"
    done
}
at() { # "2026-11-30 10:00" or "tomorrow 08:00" -> UTC milliseconds, read as Lisbon time
    echo $(( $(TZ=Europe/Lisbon date -d "$1" +%s) * 1000 ))
}
monday=$(TZ=Europe/Lisbon date -d 'next monday' +%F)
on() { # day of next week (1 = Monday) and a time -> "2026-12-01 09:40"
    echo "$(TZ=Europe/Lisbon date -d "$monday + $(($1 - 1)) days" +%F) $2"
}
visit() { # who id patient doctor "when" location modality reason
    change "$1" appointment.request "{\"id\": \"$2\", \"patient_id\": \"@$3\",
        \"provider_id\": \"@$4\", \"start_at\": $(at "$5"), \"location_id\": \"$6\",
        \"modality\": \"$7\", \"reason\": \"$8\"}"
}

# The clinic (the admin): three sites, and visits can be cancelled or moved by the patient up
# to 24 hours before they start.
change admin location.put '{"id": "lisboa-centro", "name": "Clinic Lisboa Centro",
    "address_line": "Avenida da Liberdade 144", "city": "Lisboa", "postal_code": "1250-146",
    "country": "Portugal", "phone": "+351 213 400 144",
    "hours": "Mon–Fri 08:00–19:00, Sat 09:00–13:00", "time_zone": "Europe/Lisbon",
    "latitude_e6": 38720000, "longitude_e6": -9145000}'
change admin location.put '{"id": "porto-boavista", "name": "Clinic Porto Boavista",
    "address_line": "Avenida da Boavista 1277", "city": "Porto", "postal_code": "4100-130",
    "country": "Portugal", "phone": "+351 226 100 127", "hours": "Mon–Fri 08:00–20:00",
    "time_zone": "Europe/Lisbon", "latitude_e6": 41159000, "longitude_e6": -8633000}'
change admin location.put '{"id": "coimbra-baixa", "name": "Clinic Coimbra Baixa",
    "address_line": "Rua da Sofia 95", "city": "Coimbra", "postal_code": "3000-389",
    "country": "Portugal", "phone": "+351 239 800 095", "hours": "Mon–Fri 09:00–18:00",
    "time_zone": "Europe/Lisbon", "latitude_e6": 40211500, "longitude_e6": -8430000}'
change admin clinic.set_cancellation_window '{"hours": 24}'

# The doctors' pages and weekly hours. Video visits are at the location "online".
change dr.garcia provider.update_profile '{"id": "@dr.garcia", "display_name": "Dr Elena García",
    "specialties": "cardiology, internal medicine", "languages": "es, pt, en",
    "modalities": "in_person, video", "city": "Lisboa",
    "latitude_e6": 38720000, "longitude_e6": -9145000,
    "bio": "Heart health, blood pressure and check-ups before sport.",
    "credentials": "MD, Universidad Complutense de Madrid. Specialist in cardiology. Fellow of the European Society of Cardiology.",
    "years_experience": 18, "fee_cents": 8000, "fee_currency": "EUR",
    "location_ids": "lisboa-centro|coimbra-baixa"}'
change dr.okafor provider.update_profile '{"id": "@dr.okafor", "display_name": "Dr Chidi Okafor",
    "specialties": "paediatrics", "languages": "en, pt", "modalities": "in_person, video",
    "city": "Porto", "latitude_e6": 41159000, "longitude_e6": -8633000,
    "bio": "Children from birth to sixteen; vaccinations and growth.",
    "credentials": "MBBS, University of Lagos. Specialist in paediatrics.",
    "years_experience": 11, "fee_cents": 6000, "fee_currency": "EUR",
    "location_ids": "porto-boavista"}'
change dr.costa provider.update_profile '{"id": "@dr.costa", "display_name": "Dr Inês Costa",
    "specialties": "dermatology", "languages": "pt, en, fr", "modalities": "in_person, video",
    "city": "Coimbra", "latitude_e6": 40211500, "longitude_e6": -8430000,
    "bio": "Skin, hair and nails: eczema, acne, moles checked; photos reviewed by video.",
    "credentials": "MD, University of Coimbra. Specialist in dermatology and venereology. European Board of Dermatology certificate.",
    "years_experience": 12, "fee_cents": 7500, "fee_currency": "EUR",
    "location_ids": "coimbra-baixa"}'
change dr.ribeiro provider.update_profile '{"id": "@dr.ribeiro", "display_name": "Dr Tomás Ribeiro",
    "specialties": "general practice, family medicine", "languages": "pt, en, es",
    "modalities": "video, in_person", "city": "Lisboa",
    "latitude_e6": 38720000, "longitude_e6": -9145000,
    "bio": "Your family doctor, every day by video: colds, prescriptions, referrals, advice.",
    "credentials": "MD, NOVA Medical School. Specialist in general and family medicine.",
    "years_experience": 8, "fee_cents": 4500, "fee_currency": "EUR",
    "location_ids": "lisboa-centro"}'
change dr.haddad provider.update_profile '{"id": "@dr.haddad", "display_name": "Dr Layla Haddad",
    "specialties": "orthopaedics, sports medicine", "languages": "ar, fr, en, pt",
    "modalities": "in_person", "city": "Porto", "latitude_e6": 41159000, "longitude_e6": -8633000,
    "bio": "Knees, backs and shoulders; sports injuries and getting back to training.",
    "credentials": "MD, University of Porto. Specialist in orthopaedics and traumatology. Sports medicine certificate.",
    "years_experience": 15, "fee_cents": 9000, "fee_currency": "EUR",
    "location_ids": "porto-boavista"}'
hours dr.garcia garcia-am "1 2 3 4 5" lisboa-centro in_person 09:00 13:00 30
hours dr.garcia garcia-pm "1 3" lisboa-centro in_person 14:00 17:00 30
hours dr.garcia garcia-coimbra "5" coimbra-baixa in_person 14:00 17:00 30
hours dr.okafor okafor-am "1 2 4" porto-boavista in_person 09:00 12:00 20
hours dr.okafor okafor-video "5" online video 10:00 12:00 20
hours dr.costa costa-am "1 3 5" coimbra-baixa in_person 09:00 13:00 30
hours dr.costa costa-video "2" online video 14:00 17:00 30
hours dr.ribeiro ribeiro-video "1 2 3 4 5 6 7" online video 08:00 20:00 20
hours dr.ribeiro ribeiro-lisboa "4" lisboa-centro in_person 14:00 18:00 20
hours dr.haddad haddad "2 4" porto-boavista in_person 10:00 16:00 30

# The patients' own profiles (their first save registers them), then their care teams (the
# front desk), then their health records: by the patient, and one item by their nurse.
change maria patient.update '{"id": "@maria", "given_name": "Maria", "family_name": "Ferreira",
    "birth_date": "1961-05-14", "sex": "female", "phone": "+351 912 345 678",
    "email": "maria.ferreira@example.org", "address_line": "Rua Augusta 210",
    "city": "Lisboa", "postal_code": "1100-053", "country": "Portugal",
    "preferred_language": "pt", "emergency_name": "Rui Ferreira",
    "emergency_phone": "+351 913 222 111", "emergency_relation": "husband",
    "preferred_providers": "@dr.garcia"}'
change john patient.update '{"id": "@john", "given_name": "John", "family_name": "Carter",
    "birth_date": "1985-11-02", "sex": "male", "phone": "+351 934 567 890",
    "email": "john.carter@example.org", "address_line": "Rua de Santa Catarina 400",
    "city": "Porto", "postal_code": "4000-446", "country": "Portugal",
    "preferred_language": "en", "emergency_name": "Emma Carter",
    "emergency_phone": "+351 934 111 222", "emergency_relation": "wife",
    "preferred_providers": "@dr.okafor"}'
change aisha patient.update '{"id": "@aisha", "given_name": "Aisha", "family_name": "Bello",
    "birth_date": "1992-07-23", "sex": "female", "phone": "+351 961 234 567",
    "email": "aisha.bello@example.org", "address_line": "Rua Ferreira Borges 80",
    "city": "Coimbra", "postal_code": "3000-180", "country": "Portugal",
    "preferred_language": "en", "emergency_name": "Ibrahim Bello",
    "emergency_phone": "+351 962 333 444", "emergency_relation": "brother",
    "preferred_providers": "@dr.costa"}'
team() { change desk.mendes care_team.assign "{\"patient_id\": \"@$1\", \"staff_id\": \"@$2\"}"; }
team maria dr.garcia
team maria nurse.silva
team john dr.okafor
team aisha dr.costa
team maria dr.ribeiro # their family doctor, who prescribes for both
team john dr.ribeiro
change maria condition.put '{"id": "demo-maria-htn", "patient_id": "@maria",
    "name": "High blood pressure", "status": "active", "since": "2018"}'
change maria medication.put '{"id": "demo-maria-lisinopril", "patient_id": "@maria",
    "name": "Lisinopril", "dose": "10 mg", "frequency": "once a day, morning"}'
change maria allergy.put '{"id": "demo-maria-penicillin", "patient_id": "@maria",
    "substance": "Penicillin", "reaction": "Anaphylaxis (1998)", "severity": "severe"}'
change nurse.silva allergy.put '{"id": "demo-maria-plaster", "patient_id": "@maria",
    "substance": "Adhesive plaster", "reaction": "Red, itchy skin", "severity": "mild"}'
change maria insurance.put '{"id": "demo-maria-policy", "patient_id": "@maria",
    "insurer": "Médis", "policy_number": "MD-4471-2290", "holder_name": "Maria Ferreira",
    "valid_until": "2027-12-31"}'
change john condition.put '{"id": "demo-john-asthma", "patient_id": "@john", "name": "Asthma",
    "status": "active", "since": "childhood"}'
change john medication.put '{"id": "demo-john-salbutamol", "patient_id": "@john",
    "name": "Salbutamol inhaler", "dose": "100 micrograms, 2 puffs", "frequency": "when needed"}'
change john allergy.put '{"id": "demo-john-peanut", "patient_id": "@john", "substance": "Peanuts",
    "reaction": "Hives", "severity": "moderate"}'
change desk.mendes insurance.put '{"id": "demo-john-policy", "patient_id": "@john",
    "insurer": "Multicare", "policy_number": "MC-88213-07", "group_number": "ACME-PT",
    "holder_name": "John Carter", "valid_until": "2027-06-30"}'
change aisha condition.put '{"id": "demo-aisha-eczema", "patient_id": "@aisha",
    "name": "Atopic eczema", "status": "active", "since": "2015"}'
change aisha condition.put '{"id": "demo-aisha-migraine", "patient_id": "@aisha",
    "name": "Migraine", "status": "resolved", "since": "2010", "note": "None since 2021."}'
change aisha medication.put '{"id": "demo-aisha-emollient", "patient_id": "@aisha",
    "name": "Emollient cream", "frequency": "twice a day"}'

# Maria's vital signs (docs/vitals.md): Dr García sets her blood-pressure bounds, then a month
# of readings up to today: her cuff twice a day, her weight every few days, her heart rate
# daily. The last pressure, two hours ago, is high: one open alert nobody has acknowledged yet.
change dr.garcia vital.threshold.set '{"patient_id": "@maria", "kind": "blood_pressure",
    "low": 90, "high": 140, "low2": 55, "high2": 90}'
change dr.garcia vital.threshold.set '{"patient_id": "@maria", "kind": "heart_rate",
    "low": 45, "high": 110}'
vitals_now=$(date +%s)
day_ms() { # days ago, "HH:MM" (Lisbon) -> UTC ms
    at "$(TZ=Europe/Lisbon date -d "@$((vitals_now - $1 * 86400))" +%F) $2"
}
cuff='"source": "device", "device_name": "Omron M7 Intelli IT", "device_address": "A4:C1:38:5E:22:10"'
pressures=() weights=() rates=()
for d in $(seq 30 -1 1); do
    pressures+=("{\"id\": \"demo-maria-bp-$d-am\", \"patient_id\": \"@maria\",
        \"kind\": \"blood_pressure\", \"value\": $((124 + d * 7 % 13)),
        \"diastolic\": $((78 + d * 5 % 9)), \"pulse\": $((64 + d * 3 % 10)),
        \"entered_unit\": \"mmHg\", \"taken_at\": $(day_ms "$d" 07:30), $cuff}")
    pressures+=("{\"id\": \"demo-maria-bp-$d-pm\", \"patient_id\": \"@maria\",
        \"kind\": \"blood_pressure\", \"value\": $((120 + d * 5 % 11)),
        \"diastolic\": $((76 + d * 3 % 8)), \"pulse\": $((68 + d % 7)),
        \"entered_unit\": \"mmHg\", \"taken_at\": $(day_ms "$d" 21:00), $cuff}")
    rates+=("{\"id\": \"demo-maria-hr-$d\", \"patient_id\": \"@maria\", \"kind\": \"heart_rate\",
        \"value\": $((62 + d * 7 % 12)), \"entered_unit\": \"bpm\",
        \"taken_at\": $(day_ms "$d" 07:35), \"source\": \"manual\"}")
    if [ $((d % 3)) -eq 0 ]; then
        tenths=$((718 - d % 4 + d / 3))
        weights+=("{\"id\": \"demo-maria-weight-$d\", \"patient_id\": \"@maria\",
            \"kind\": \"weight\", \"value\": ${tenths:0:-1}.${tenths: -1}, \"height\": 1.63,
            \"entered_unit\": \"kg\", \"taken_at\": $(day_ms "$d" 07:20), \"source\": \"manual\"}")
    fi
done
pressures+=("{\"id\": \"demo-maria-bp-0\", \"patient_id\": \"@maria\", \"kind\": \"blood_pressure\",
    \"value\": 162, \"diastolic\": 98, \"pulse\": 84, \"entered_unit\": \"mmHg\",
    \"taken_at\": $(( (vitals_now - 7200) * 1000 )), $cuff,
    \"note\": \"Headache since the morning\"}")
joined() { local IFS=,; echo "[$*]"; }
change maria vital.record "$(joined "${pressures[@]}" "${rates[@]}" "${weights[@]}")"

# The pharmacy (docs/pharmacy.md): Farmácia Central with Soo-ah Kim, Maria's and John's choice,
# and its stock: amlodipine's older lot expires in three weeks, lisinopril is below its reorder
# level.
change admin pharmacy.put '{"id": "demo-pharmacy", "name": "Farmácia Central",
    "address_line": "Rua Augusta 120", "city": "Lisboa", "postal_code": "1100-053",
    "phone": "+351 21 000 4400", "hours": "Mon–Fri 08:30–20:00, Sat 09:00–13:00"}'
change admin pharmacy.member.set '{"staff_id": "@pharm.kim", "pharmacy_id": "demo-pharmacy"}'
change maria patient.pharmacy.set '{"patient_id": "@maria", "pharmacy_id": "demo-pharmacy"}'
change john patient.pharmacy.set '{"patient_id": "@john", "pharmacy_id": "demo-pharmacy"}'
stock() { # drug strength form reorder-level lot expiry-in-days units
    local item="demo-pharmacy|$1|$2|$3"
    change pharm.kim stock.item.put "{\"pharmacy_id\": \"demo-pharmacy\", \"drug_id\": \"$1\",
        \"strength\": \"$2\", \"form\": \"$3\", \"reorder_level\": $4}"
    change pharm.kim stock.receive "{\"id\": \"demo-lot-$5\", \"item_id\": \"$item\",
        \"lot_number\": \"$5\", \"expiry_date\": \"$(date -u -d "+$6 days" +%F)\", \"quantity\": $7}"
}
stock amlodipine "5 mg" tablet 60 AML-2291 21 40
stock amlodipine "5 mg" tablet 60 AML-2310 400 120
stock lisinopril "10 mg" tablet 40 LIS-1187 300 12
stock ibuprofen "400 mg" tablet 50 IBU-5520 500 200
stock amoxicillin "500 mg" capsule 30 AMX-0934 45 90
stock salbutamol "100 micrograms/dose" "pressurised inhalation" 10 SAL-7781 600 24

# Next week: a visit in each state a patient or doctor acts on.
visit maria demo-visit-1 maria dr.garcia "$(on 1 10:00)" lisboa-centro in_person Palpitations
change dr.garcia appointment.confirm '{"id": "demo-visit-1"}'
visit john demo-visit-2 john dr.okafor "$(on 2 09:40)" porto-boavista in_person "Check-up for Sam"
visit desk.mendes demo-visit-3 aisha dr.garcia "$(on 3 15:00)" lisboa-centro in_person ""
visit maria demo-visit-4 maria dr.costa "$(on 2 14:30)" online video "A mole that changed"
change dr.costa appointment.propose "{\"id\": \"demo-visit-4\", \"start_at\": $(at "$(on 2 16:00)")}"
visit aisha demo-visit-5 aisha dr.costa "$(on 3 09:30)" coimbra-baixa in_person "Eczema flare"
change dr.costa appointment.confirm '{"id": "demo-visit-5"}'
visit john demo-visit-6 john dr.haddad "$(on 4 11:00)" porto-boavista in_person "Knee pain after running"
change desk.mendes appointment.confirm '{"id": "demo-visit-6"}'

# The waitlist: Aisha would rather see Dr García before her Wednesday visit. When Maria's
# follow-up on Tuesday is cancelled (by the desk, on the phone), its time is offered to her.
change aisha waitlist.join "{\"id\": \"demo-wait-1\", \"patient_id\": \"@aisha\",
    \"provider_id\": \"@dr.garcia\", \"modality\": \"in_person\",
    \"from_at\": $(at "$(on 1 00:00)"), \"until_at\": $(at "$(on 3 00:00)")}"
visit desk.mendes demo-visit-7 maria dr.garcia "$(on 2 11:00)" lisboa-centro in_person Follow-up
change desk.mendes appointment.cancel '{"id": "demo-visit-7", "reason": "Maria called: away that week"}'

# Visits already done, rated by their patients. The server only books times still to come, so
# these are early video visits tomorrow that the doctor has already completed.
done_visit() { # id patient "when" stars comment
    visit "$2" "$1" "$2" dr.ribeiro "$3" online video "Sore throat"
    change dr.ribeiro appointment.confirm "{\"id\": \"$1\"}"
    change desk.mendes appointment.check_in "{\"id\": \"$1\"}"
    change dr.ribeiro appointment.complete "{\"id\": \"$1\"}"
    change "$2" rating.rate "{\"appointment_id\": \"$1\", \"stars\": $4, \"comment\": \"$5\"}"
}
done_visit demo-visit-8 maria 'tomorrow 08:00' 5 "Clear, kind and on time."
done_visit demo-visit-9 john 'tomorrow 08:20' 4 "Helpful; the video froze once."

# Reminders (docs/vitals.md): Maria is reminded of her lisinopril at 08:00 every day.
change maria medication_schedule.put "{\"id\": \"demo-maria-lisinopril-daily\",
    \"patient_id\": \"@maria\", \"medication_id\": \"demo-maria-lisinopril\",
    \"times\": \"08:00\", \"days\": \"\", \"start_date\": \"$(TZ=Europe/Lisbon date +%F)\"}"

# Prescriptions at Farmácia Central (docs/pharmacy.md), by Dr Ribeiro. Every one is signed
# with his Ed25519 key, which a doctor's desktop makes and keeps in its encrypted store; here
# clinic-cli makes a demo key, it is registered, signs, and is deleted when the script ends.
# When Dr Ribeiro first prescribes on a desktop, it makes his own key and registers it; this
# one moves to previous_keys, so these prescriptions still verify at the pharmacy.
key="$data/demo-prescriber.key"
trap 'rm -f "$key"' EXIT
trap 'exit 1' INT TERM HUP # ...which then removes it too
public_key=$("$cli" rx keygen --out "$key" | sed -n 's/.*"public_key":"\([^"]*\)".*/\1/p')
change dr.ribeiro prescriber_key.register "{\"public_key\": \"$public_key\"}"
# What the server fills in and the signature covers: the account ids ("@name" is resolved
# after signing), the prescriber's account name and the patients' snapshots as their records
# stand (PrescriptionSignature: allergies sorted, "substance (reaction)", joined by "; ").
user_id() { "$server" user id --data-dir "$data" --username "$1"; }
ribeiro_id=$(user_id dr.ribeiro)
maria_id=$(user_id maria)
john_id=$(user_id john)
declare -A patient_ids=([maria]="$maria_id" [john]="$john_id")
declare -A patient_names=([maria]="Maria Ferreira" [john]="John Carter")
declare -A birth_dates=([maria]="1961-05-14" [john]="1985-11-02")
declare -A allergy_snapshots=(
    [maria]="Adhesive plaster (Red, itchy skin); Penicillin (Anaphylaxis (1998))"
    [john]="Peanuts (Hives)")
json_text() { # a JSON string's contents
    local text="${1//\\/\\\\}"
    text="${text//\"/\\\"}"
    printf '%s' "${text//$'\n'/\\n}"
}
prescribed=()
prescribe() { # id patient drug strength form quantity refills dose directions days-ago
              # other-medicines allergies [override reason]
    # The same check the doctor's Prescribe dialog shows; its findings go with the
    # prescription. (--allergy only with what the reference data knows: "Peanuts" is no
    # medicine, the server reports it not checked.)
    local check findings name version
    check=$("$cli" rx check "$3" ${11:+--with "${11}"} ${12:+--allergy "${12}"})
    name=$(sed -n 's/^{"drug":"\([^"]*\)".*/\1/p' <<<"$check")
    version=$(sed -n 's/.*,"reference_version":"\([^"]*\)"}$/\1/p' <<<"$check")
    findings=${check#*\"findings\":}
    findings=${findings%,\"reference_version\":*}
    local args="{\"id\": \"$1\", \"patient_id\": \"${patient_ids[$2]}\",
        \"patient_name\": \"${patient_names[$2]}\", \"patient_birth_date\": \"${birth_dates[$2]}\",
        \"patient_allergies\": \"$(json_text "${allergy_snapshots[$2]}")\",
        \"prescriber_id\": \"$ribeiro_id\", \"prescriber_name\": \"Tomás Ribeiro\",
        \"pharmacy_id\": \"demo-pharmacy\", \"drug_id\": \"$3\", \"drug_name\": \"$name\",
        \"strength\": \"$4\", \"form\": \"$5\", \"dose\": \"$8\", \"directions\": \"$9\",
        \"quantity\": $6, \"refills\": $7, \"substitution_allowed\": true,
        \"pharmacist_note\": \"\", \"reference_version\": \"$version\",
        \"check_findings\": \"$(json_text "$findings")\",
        \"override_reason\": \"$(json_text "${13:-}")\",
        \"issued_at\": $(( ($(date +%s) - ${10} * 86400) * 1000 ))}"
    local signed
    signed=$("$cli" rx sign --key "$key" <<<"$args")
    prescribed+=("$signed")
}
fill() { # fill-id status [reason]: the pharmacist's step, as JSON for rx.fill.update
    echo "{\"id\": \"$1\", \"status\": \"$2\", \"reason\": \"$(json_text "${3:-}")\"}"
}
# Maria: her amlodipine (to be dispensed), her lisinopril (to be started: only 12 in stock,
# below the reorder level), spironolactone (a major interaction with her lisinopril,
# overridden with a reason; left new) and cefalexin despite her penicillin allergy (a moderate
# finding; to be cancelled).
prescribe demo-rx-maria-amlodipine maria amlodipine "5 mg" tablet 30 2 "1 tablet" \
    "once a day, in the morning, with her lisinopril." 2 "lisinopril" "Penicillin"
prescribe demo-rx-maria-lisinopril maria lisinopril "10 mg" tablet 28 5 "1 tablet" \
    "once a day, in the morning." 1 "lisinopril, amlodipine" "Penicillin"
prescribe demo-rx-maria-spironolactone maria spironolactone "25 mg" tablet 28 2 "1 tablet" \
    "once a day, in the morning." 0 "lisinopril, amlodipine" "Penicillin" \
    "Resistant hypertension on lisinopril and amlodipine; potassium and creatinine checked at 1 and 4 weeks."
prescribe demo-rx-maria-cefalexin maria cefalexin "500 mg" capsule 21 0 "1 capsule" \
    "three times a day for 7 days." 0 "lisinopril, amlodipine, spironolactone" "Penicillin"
# John: his inhaler two months ago with one refill (to be completed), a new one with three
# (dispensed, then a refill asked for), amoxicillin (ready for pick-up) and ibuprofen (returned
# to Dr Ribeiro with a question).
prescribe demo-rx-john-salbutamol-1 john salbutamol "100 micrograms/dose" \
    "pressurised inhalation" 1 1 "2 puffs" \
    "when short of breath or before exercise; up to 4 times a day." 60 "" ""
prescribe demo-rx-john-salbutamol-2 john salbutamol "100 micrograms/dose" \
    "pressurised inhalation" 1 3 "2 puffs" \
    "when short of breath or before exercise; up to 4 times a day." 20 "" ""
prescribe demo-rx-john-amoxicillin john amoxicillin "500 mg" capsule 21 0 "1 capsule" \
    "three times a day for 7 days." 0 "salbutamol" ""
prescribe demo-rx-john-ibuprofen john ibuprofen "400 mg" tablet 20 0 "1 tablet" \
    "up to three times a day with food, for knee pain; no more than 5 days." 0 \
    "salbutamol, amoxicillin" ""
change dr.ribeiro rx.prescribe "$(joined "${prescribed[@]}")"

# At Farmácia Central (each list is pushed in order, as one pharmacist's client would).
change pharm.kim rx.fill.update "$(joined \
    "$(fill 'demo-rx-john-salbutamol-1#1' in_progress)" \
    "$(fill 'demo-rx-john-salbutamol-2#1' in_progress)" \
    "$(fill 'demo-rx-maria-amlodipine#1' in_progress)" \
    "$(fill 'demo-rx-maria-lisinopril#1' in_progress)" \
    "$(fill 'demo-rx-john-amoxicillin#1' in_progress)" \
    "$(fill 'demo-rx-john-amoxicillin#1' ready)" \
    "$(fill 'demo-rx-john-ibuprofen#1' returned \
        "John has asthma. Has he taken ibuprofen before without wheezing? If not, paracetamol?")")"
# Dispensed from the lots that expire first: Maria's 30 amlodipine from AML-2291 (40 -> 10).
change pharm.kim rx.fill.dispense '[{"id": "demo-rx-john-salbutamol-1#1"},
    {"id": "demo-rx-john-salbutamol-2#1"}, {"id": "demo-rx-maria-amlodipine#1"}]'
# John's first inhaler: a refill asked for, approved, dispensed: every fill used, completed.
change john rx.refill.request '{"id": "demo-refill-john-1",
    "prescription_id": "demo-rx-john-salbutamol-1", "note": "Running low before a trip."}'
change dr.ribeiro rx.refill.decide '{"id": "demo-refill-john-1", "approve": true}'
change pharm.kim rx.fill.update "$(fill 'demo-rx-john-salbutamol-1#2' in_progress)"
change pharm.kim rx.fill.dispense '{"id": "demo-rx-john-salbutamol-1#2"}'
# His new one: a refill waiting for Dr Ribeiro.
change john rx.refill.request '{"id": "demo-refill-john-2",
    "prescription_id": "demo-rx-john-salbutamol-2", "note": "Lost one at the gym, please."}'
# Maria's cefalexin, cancelled (its waiting fill is rejected with the reason).
change dr.ribeiro rx.cancel '{"id": "demo-rx-maria-cefalexin",
    "reason": "Her penicillin reaction was anaphylaxis: changed to a non-beta-lactam."}'

echo "Demo clinic ready in $data: 3 locations, 5 doctors with hours, 3 patients' records,"
echo "visits next week, 2 rated visits, a waitlist offer, a month of Maria's vital signs and a"
echo "pharmacy with its pharmacist, stock and Dr Ribeiro's prescriptions in every state"
