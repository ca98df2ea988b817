#include "syncedtables.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QList<SyncedColumn> withCommonColumns(QList<SyncedColumn> own)
{
    QList<SyncedColumn> columns { { u"id"_s, ColumnType::Text },
                                  { u"rev"_s, ColumnType::Integer },
                                  { u"deleted"_s, ColumnType::Boolean },
                                  { u"updated_at"_s, ColumnType::Integer },
                                  { u"updated_by"_s, ColumnType::Text } };
    columns += own;
    return columns;
}

// The patient's conditions, allergies, medications and insurance: to the patient and their
// care team; insurance to the front desk too.
QList<SyncedTable> healthRecordTables()
{
    const auto text = ColumnType::Text;
    const QList<BucketMembership> record { { Buckets::patient.toString(), u"patient_id"_s } };
    SyncedTable condition { u"patient_condition"_s,
                            withCommonColumns({ { u"patient_id"_s, text },
                                                { u"name"_s, text },
                                                { u"status"_s, text },
                                                { u"since"_s, text },
                                                { u"note"_s, text } }),
                            record,
                            {},
                            {} };
    SyncedTable allergy { u"patient_allergy"_s,
                          withCommonColumns({ { u"patient_id"_s, text },
                                              { u"substance"_s, text },
                                              { u"reaction"_s, text },
                                              { u"severity"_s, text } }),
                          record,
                          {},
                          {} };
    SyncedTable medication { u"patient_medication"_s,
                             withCommonColumns({ { u"patient_id"_s, text },
                                                 { u"name"_s, text },
                                                 { u"dose"_s, text },
                                                 { u"frequency"_s, text },
                                                 { u"note"_s, text } }),
                             record,
                             {},
                             {} };
    SyncedTable insurance {
        u"insurance_policy"_s,
        withCommonColumns({ { u"patient_id"_s, text },
                            { u"insurer"_s, text },
                            { u"policy_number"_s, text },
                            { u"group_number"_s, text },
                            { u"holder_name"_s, text },
                            { u"valid_until"_s, ColumnType::Date } }),
        record + QList<BucketMembership> { { Buckets::registry.toString(), {} } },
        {},
        {}
    };
    return { condition, allergy, medication, insurance };
}

// Clinic sites and settings (everyone), ratings (the patient's record and the provider) and the
// waitlist (the patient, the provider and the front desk).
QList<SyncedTable> clinicTables()
{
    const auto text = ColumnType::Text;
    const auto integer = ColumnType::Integer;
    const QList<BucketMembership> everyone { { Buckets::directory.toString(), {} } };
    SyncedTable location { u"clinic_location"_s,
                           withCommonColumns({ { u"name"_s, text },
                                               { u"address_line"_s, text },
                                               { u"city"_s, text },
                                               { u"postal_code"_s, text },
                                               { u"country"_s, text },
                                               { u"phone"_s, text },
                                               { u"hours"_s, text },
                                               { u"time_zone"_s, text },
                                               { u"latitude_e6"_s, integer },
                                               { u"longitude_e6"_s, integer } }),
                           everyone,
                           {},
                           {} };
    SyncedTable setting {
        u"clinic_setting"_s, withCommonColumns({ { u"value"_s, text } }), everyone, {}, {}
    };
    SyncedTable rating { u"provider_rating"_s,
                         withCommonColumns({ { u"provider_id"_s, text },
                                             { u"patient_id"_s, text },
                                             { u"stars"_s, integer },
                                             { u"comment"_s, text },
                                             { u"created_at"_s, integer } }),
                         { { Buckets::patient.toString(), u"patient_id"_s },
                           { Buckets::user.toString(), u"provider_id"_s } },
                         {},
                         {} };
    SyncedTable waitlist { u"waitlist_entry"_s,
                           withCommonColumns({ { u"patient_id"_s, text },
                                               { u"patient_name"_s, text },
                                               { u"provider_id"_s, text },
                                               { u"modality"_s, text },
                                               { u"from_at"_s, integer },
                                               { u"until_at"_s, integer },
                                               { u"status"_s, text },
                                               { u"offered_start_at"_s, integer },
                                               { u"offered_end_at"_s, integer },
                                               { u"created_at"_s, integer } }),
                           { { Buckets::patient.toString(), u"patient_id"_s },
                             { Buckets::user.toString(), u"provider_id"_s },
                             { Buckets::registry.toString(), {} } },
                           {},
                           {} };
    return { location, setting, rating, waitlist };
}

// What is kept with a visit: its summary by its doctor, its calls and their chat. In the
// patient's record (the patient and their care team) and the doctor's own, whether or not the
// doctor is on the care team.
QList<SyncedTable> visitTables()
{
    const auto text = ColumnType::Text;
    const auto integer = ColumnType::Integer;
    const QList<BucketMembership> visitBuckets { { Buckets::patient.toString(), u"patient_id"_s },
                                                 { Buckets::user.toString(), u"provider_id"_s } };
    SyncedTable summary { u"visit_summary"_s, // id: the appointment's
                          withCommonColumns({ { u"patient_id"_s, text },
                                              { u"provider_id"_s, text },
                                              { u"provider_name"_s, text },
                                              { u"summary"_s, text },
                                              { u"created_at"_s, integer } }),
                          visitBuckets,
                          {},
                          {} };
    // A video visit's calls: written by the server when a call is answered and when it ends
    // (SyncedTables::isServerWritten), never by a client. The id is the server's.
    SyncedTable call { u"visit_call"_s,
                       withCommonColumns({ { u"appointment_id"_s, text },
                                           { u"call_id"_s, text },
                                           { u"patient_id"_s, text },
                                           { u"provider_id"_s, text },
                                           { u"invited_at"_s, integer },
                                           { u"started_at"_s, integer }, // null: not answered
                                           { u"ended_at"_s, integer }, // null: still going
                                           { u"duration_ms"_s, integer },
                                           { u"end_reason"_s, text } }),
                       visitBuckets,
                       {},
                       {} };
    // What each participant wrote in the call's chat, from their own client (visit.chat):
    // the relay cannot read it.
    SyncedTable chat { u"visit_chat"_s,
                       withCommonColumns({ { u"appointment_id"_s, text },
                                           { u"call_id"_s, text },
                                           { u"patient_id"_s, text },
                                           { u"provider_id"_s, text },
                                           { u"author_id"_s, text },
                                           { u"author_name"_s, text },
                                           { u"body"_s, text },
                                           { u"sent_at"_s, integer } }),
                       visitBuckets,
                       {},
                       {} };
    return { summary, call, chat };
}

// Vital signs (docs/vitals.md): readings, the doctor's thresholds and the alerts they raise, in
// the patient's record (client migration 0013, server 0010).
QList<SyncedTable> vitalTables()
{
    const auto text = ColumnType::Text;
    const auto integer = ColumnType::Integer;
    const auto real = ColumnType::Real;
    const QList<BucketMembership> record { { Buckets::patient.toString(), u"patient_id"_s } };
    SyncedTable reading { u"vital_reading"_s,
                          withCommonColumns({ { u"patient_id"_s, text },
                                              { u"kind"_s, text },
                                              { u"value"_s, real },
                                              { u"diastolic"_s, real },
                                              { u"mean_arterial"_s, real },
                                              { u"pulse"_s, real },
                                              { u"bmi"_s, real },
                                              { u"entered_unit"_s, text },
                                              { u"taken_at"_s, integer },
                                              { u"source"_s, text },
                                              { u"device_name"_s, text },
                                              { u"device_address"_s, text },
                                              { u"entered_by"_s, text },
                                              { u"flags"_s, text },
                                              { u"note"_s, text } }),
                          record,
                          {},
                          {} };
    SyncedTable threshold { u"vital_threshold"_s,
                            withCommonColumns({ { u"patient_id"_s, text },
                                                { u"kind"_s, text },
                                                { u"low"_s, real },
                                                { u"high"_s, real },
                                                { u"low2"_s, real },
                                                { u"high2"_s, real },
                                                { u"set_by"_s, text },
                                                { u"set_at"_s, integer } }),
                            record,
                            {},
                            {} };
    SyncedTable alert { u"vital_alert"_s,
                        withCommonColumns({ { u"patient_id"_s, text },
                                            { u"kind"_s, text },
                                            { u"direction"_s, text },
                                            { u"reading_id"_s, text },
                                            { u"summary"_s, text },
                                            { u"opened_at"_s, integer },
                                            { u"last_reading_id"_s, text },
                                            { u"closed_at"_s, integer },
                                            { u"acknowledged_at"_s, integer },
                                            { u"acknowledged_by"_s, text },
                                            { u"acknowledged_note"_s, text } }),
                        record,
                        {},
                        {} };
    return { reading, threshold, alert };
}

// Reminders (remindermutations.cpp): medication schedules, the doses taken or skipped and the
// follow-ups a doctor sets, in the patient's record (the patient and their care team).
QList<SyncedTable> reminderTables()
{
    const auto text = ColumnType::Text;
    const auto integer = ColumnType::Integer;
    const QList<BucketMembership> record { { Buckets::patient.toString(), u"patient_id"_s } };
    SyncedTable schedule { u"medication_schedule"_s,
                           withCommonColumns({ { u"patient_id"_s, text },
                                               { u"medication_id"_s, text },
                                               { u"times"_s, text },
                                               { u"days"_s, text },
                                               { u"start_date"_s, ColumnType::Date },
                                               { u"end_date"_s, ColumnType::Date },
                                               { u"active"_s, ColumnType::Boolean } }),
                           record,
                           {},
                           {} };
    SyncedTable dose { u"dose_record"_s,
                       withCommonColumns({ { u"patient_id"_s, text },
                                           { u"schedule_id"_s, text },
                                           { u"scheduled_for"_s, text },
                                           { u"status"_s, text },
                                           { u"recorded_at"_s, integer } }),
                       record,
                       {},
                       {} };
    SyncedTable followUp { u"followup_reminder"_s,
                           withCommonColumns({ { u"patient_id"_s, text },
                                               { u"due_date"_s, ColumnType::Date },
                                               { u"due_time"_s, text },
                                               { u"text"_s, text },
                                               { u"set_by"_s, text },
                                               { u"set_by_name"_s, text },
                                               { u"done_at"_s, integer } }),
                           record,
                           {},
                           {} };
    return { schedule, dose, followUp };
}

// Prescriptions and the pharmacy (docs/pharmacy.md; client migration 0016, server 0012).
// A prescription and its fills are in the patient's record, the prescriber's own bucket and
// the pharmacy's; a pharmacy's bucket holds nothing else of the patient (the prescription's
// snapshot has what filling needs).
QList<SyncedTable> pharmacyTables()
{
    const auto text = ColumnType::Text;
    const auto integer = ColumnType::Integer;
    const QList<BucketMembership> everyone { { Buckets::directory.toString(), {} } };
    const QList<BucketMembership> record { { Buckets::patient.toString(), u"patient_id"_s } };
    const QList<BucketMembership> pharmacyOnly { { Buckets::pharmacy.toString(),
                                                   u"pharmacy_id"_s } };
    const QList<BucketMembership> rxBuckets { { Buckets::patient.toString(), u"patient_id"_s },
                                              { Buckets::user.toString(), u"prescriber_id"_s },
                                              { Buckets::pharmacy.toString(), u"pharmacy_id"_s } };
    QList<SyncedTable> tables;
    tables << SyncedTable { u"pharmacy"_s,
                            withCommonColumns({ { u"name"_s, text },
                                                { u"address_line"_s, text },
                                                { u"city"_s, text },
                                                { u"postal_code"_s, text },
                                                { u"phone"_s, text },
                                                { u"hours"_s, text },
                                                { u"active"_s, ColumnType::Boolean } }),
                            everyone,
                            {},
                            {} };
    tables << SyncedTable { u"pharmacy_member"_s,
                            withCommonColumns({ { u"pharmacy_id"_s, text },
                                                { u"staff_id"_s, text },
                                                { u"staff_name"_s, text } }),
                            { { Buckets::pharmacy.toString(), u"pharmacy_id"_s },
                              { Buckets::user.toString(), u"staff_id"_s } },
                            {},
                            {} };
    tables << SyncedTable { u"patient_pharmacy"_s,
                            withCommonColumns(
                                    { { u"patient_id"_s, text }, { u"pharmacy_id"_s, text } }),
                            record,
                            {},
                            {} };
    tables << SyncedTable { u"prescriber_key"_s,
                            withCommonColumns({ { u"doctor_id"_s, text },
                                                { u"doctor_name"_s, text },
                                                { u"public_key"_s, text },
                                                { u"fingerprint"_s, text },
                                                { u"registered_at"_s, integer },
                                                { u"previous_keys"_s, text } }),
                            everyone,
                            {},
                            {} };
    tables << SyncedTable { u"prescription"_s,
                            withCommonColumns({ { u"patient_id"_s, text },
                                                { u"prescriber_id"_s, text },
                                                { u"prescriber_name"_s, text },
                                                { u"pharmacy_id"_s, text },
                                                { u"patient_name"_s, text },
                                                { u"patient_birth_date"_s, ColumnType::Date },
                                                { u"patient_allergies"_s, text },
                                                { u"drug_id"_s, text },
                                                { u"drug_name"_s, text },
                                                { u"strength"_s, text },
                                                { u"form"_s, text },
                                                { u"dose"_s, text },
                                                { u"directions"_s, text },
                                                { u"quantity"_s, integer },
                                                { u"refills"_s, integer },
                                                { u"substitution_allowed"_s, ColumnType::Boolean },
                                                { u"pharmacist_note"_s, text },
                                                { u"reference_version"_s, text },
                                                { u"check_findings"_s, text },
                                                { u"override_reason"_s, text },
                                                { u"issued_at"_s, integer },
                                                { u"key_fingerprint"_s, text },
                                                { u"signature"_s, text },
                                                { u"status"_s, text } }),
                            rxBuckets,
                            {},
                            {} };
    tables << SyncedTable { u"prescription_fill"_s,
                            withCommonColumns({ { u"prescription_id"_s, text },
                                                { u"patient_id"_s, text },
                                                { u"prescriber_id"_s, text },
                                                { u"pharmacy_id"_s, text },
                                                { u"number"_s, integer },
                                                { u"status"_s, text },
                                                { u"reason"_s, text },
                                                { u"answer"_s, text },
                                                { u"created_at"_s, integer },
                                                { u"status_at"_s, integer },
                                                { u"status_by"_s, text },
                                                { u"dispensed_lots"_s, text } }),
                            rxBuckets,
                            {},
                            {} };
    tables << SyncedTable { u"refill_request"_s,
                            withCommonColumns({ { u"prescription_id"_s, text },
                                                { u"patient_id"_s, text },
                                                { u"prescriber_id"_s, text },
                                                { u"note"_s, text },
                                                { u"requested_at"_s, integer },
                                                { u"status"_s, text },
                                                { u"reason"_s, text },
                                                { u"decided_at"_s, integer },
                                                { u"fill_id"_s, text } }),
                            { { Buckets::patient.toString(), u"patient_id"_s },
                              { Buckets::user.toString(), u"prescriber_id"_s } },
                            {},
                            {} };
    tables << SyncedTable { u"stock_item"_s,
                            withCommonColumns({ { u"pharmacy_id"_s, text },
                                                { u"drug_id"_s, text },
                                                { u"drug_name"_s, text },
                                                { u"strength"_s, text },
                                                { u"form"_s, text },
                                                { u"reorder_level"_s, integer } }),
                            pharmacyOnly,
                            {},
                            {} };
    tables << SyncedTable { u"stock_lot"_s,
                            withCommonColumns({ { u"pharmacy_id"_s, text },
                                                { u"item_id"_s, text },
                                                { u"lot_number"_s, text },
                                                { u"expiry_date"_s, ColumnType::Date },
                                                { u"quantity"_s, integer },
                                                { u"received_at"_s, integer },
                                                { u"received_by"_s, text } }),
                            pharmacyOnly,
                            {},
                            {} };
    tables << SyncedTable { u"stock_adjustment"_s,
                            withCommonColumns({ { u"pharmacy_id"_s, text },
                                                { u"lot_id"_s, text },
                                                { u"delta"_s, integer },
                                                { u"reason"_s, text },
                                                { u"note"_s, text },
                                                { u"made_at"_s, integer },
                                                { u"made_by"_s, text } }),
                            pharmacyOnly,
                            {},
                            {} };
    return tables;
}
QList<SyncedTable> makeTables()
{
    const auto text = ColumnType::Text;
    SyncedTable patient { u"patient"_s,
                          withCommonColumns({ { u"family_name"_s, text },
                                              { u"given_name"_s, text },
                                              { u"birth_date"_s, ColumnType::Date },
                                              { u"sex"_s, text },
                                              { u"phone"_s, text },
                                              { u"email"_s, text },
                                              { u"address_line"_s, text },
                                              { u"city"_s, text },
                                              { u"postal_code"_s, text },
                                              { u"country"_s, text },
                                              { u"preferred_language"_s, text },
                                              { u"emergency_name"_s, text },
                                              { u"emergency_phone"_s, text },
                                              { u"emergency_relation"_s, text },
                                              { u"preferred_providers"_s, text } }),
                          { { Buckets::patient.toString(), u"id"_s },
                            { Buckets::registry.toString(), {} } },
                          u"patient_search"_s,
                          { u"family_name"_s, u"given_name"_s } };
    SyncedTable note { u"note"_s,
                       withCommonColumns({ { u"patient_id"_s, text },
                                           { u"author_id"_s, text },
                                           { u"author_name"_s, text },
                                           { u"body"_s, text },
                                           { u"created_at"_s, ColumnType::Integer } }),
                       { { Buckets::patient.toString(), u"patient_id"_s } },
                       {},
                       {} };
    SyncedTable careTeam { u"care_team"_s,
                           withCommonColumns({ { u"patient_id"_s, text },
                                               { u"staff_id"_s, text },
                                               { u"staff_name"_s, text },
                                               { u"staff_role"_s, text } }),
                           { { Buckets::patient.toString(), u"patient_id"_s },
                             { Buckets::user.toString(), u"staff_id"_s },
                             { Buckets::registry.toString(), {} } },
                           {},
                           {} };
    const auto integer = ColumnType::Integer;
    const QList<BucketMembership> everyone { { Buckets::directory.toString(), {} } };
    SyncedTable rule { u"availability_rule"_s,
                       withCommonColumns({ { u"provider_id"_s, text },
                                           { u"location_id"_s, text },
                                           { u"modality"_s, text },
                                           { u"day_of_week"_s, integer },
                                           { u"start_time"_s, text },
                                           { u"end_time"_s, text },
                                           { u"slot_minutes"_s, integer },
                                           { u"time_zone"_s, text },
                                           { u"valid_from"_s, ColumnType::Date },
                                           { u"valid_until"_s, ColumnType::Date } }),
                       everyone,
                       {},
                       {} };
    SyncedTable exception { u"availability_exception"_s,
                            withCommonColumns({ { u"provider_id"_s, text },
                                                { u"kind"_s, text },
                                                { u"start_at"_s, integer },
                                                { u"end_at"_s, integer },
                                                { u"location_id"_s, text },
                                                { u"modality"_s, text },
                                                { u"slot_minutes"_s, integer } }),
                            everyone,
                            {},
                            {} };
    SyncedTable appointment { u"appointment"_s,
                              withCommonColumns({ { u"patient_id"_s, text },
                                                  { u"patient_name"_s, text },
                                                  { u"provider_id"_s, text },
                                                  { u"location_id"_s, text },
                                                  { u"modality"_s, text },
                                                  { u"start_at"_s, integer },
                                                  { u"end_at"_s, integer },
                                                  { u"status"_s, text },
                                                  { u"proposed_start_at"_s, integer },
                                                  { u"proposed_end_at"_s, integer },
                                                  { u"reason"_s, text },
                                                  { u"status_reason"_s, text },
                                                  { u"created_at"_s, integer },
                                                  { u"created_by"_s, text } }),
                              { { Buckets::patient.toString(), u"patient_id"_s },
                                { Buckets::user.toString(), u"provider_id"_s },
                                { Buckets::registry.toString(), {} } },
                              {},
                              {} };
    SyncedTable busy { u"provider_busy"_s,
                       withCommonColumns({ { u"provider_id"_s, text },
                                           { u"start_at"_s, integer },
                                           { u"end_at"_s, integer } }),
                       everyone,
                       {},
                       {} };
    SyncedTable profile { u"provider_profile"_s,
                          withCommonColumns({ { u"display_name"_s, text },
                                              { u"specialties"_s, text },
                                              { u"languages"_s, text },
                                              { u"modalities"_s, text },
                                              { u"city"_s, text },
                                              { u"latitude_e6"_s, integer },
                                              { u"longitude_e6"_s, integer },
                                              { u"bio"_s, text },
                                              { u"credentials"_s, text },
                                              { u"licence_number"_s, text },
                                              { u"years_experience"_s, integer },
                                              { u"fee_cents"_s, integer },
                                              { u"fee_currency"_s, text },
                                              { u"location_ids"_s, text },
                                              { u"rating_sum"_s, integer },
                                              { u"rating_count"_s, integer } }),
                          everyone,
                          u"provider_search"_s,
                          { u"display_name"_s, u"specialties"_s } };
    QList<SyncedTable> tables {
        patient, note, careTeam, rule, exception, appointment, busy, profile
    };
    tables += healthRecordTables();
    tables += clinicTables();
    tables += visitTables();
    tables += vitalTables();
    tables += reminderTables();
    tables += pharmacyTables(); // last: a table's place in this list is in clients' cursors
    return tables;
}

} // namespace

const SyncedColumn *SyncedTable::column(QStringView wanted) const
{
    for (const SyncedColumn &c : columns) {
        if (c.name == wanted)
            return &c;
    }
    return nullptr;
}

QStringList SyncedTable::columnNames() const
{
    QStringList names;
    for (const SyncedColumn &c : columns)
        names << c.name;
    return names;
}

QStringList SyncedTable::bucketsOf(const QCborMap &row) const
{
    QStringList result;
    for (const BucketMembership &m : buckets) {
        if (m.column.isEmpty())
            result << m.kind;
        else
            result << Buckets::of(m.kind, row.value(m.column).toString());
    }
    return result;
}

const BucketMembership *SyncedTable::membershipFor(QStringView bucket) const
{
    const auto [kind, key] = Buckets::split(bucket.toString());
    for (const BucketMembership &m : buckets) {
        if (m.kind == kind && m.column.isEmpty() == key.isEmpty())
            return &m;
    }
    return nullptr;
}

QString Buckets::of(QStringView kind, const QString &key)
{
    return kind + u':' + key;
}

std::pair<QString, QString> Buckets::split(const QString &bucket)
{
    const qsizetype colon = bucket.indexOf(u':');
    if (colon < 0)
        return { bucket, {} };
    return { bucket.left(colon), bucket.mid(colon + 1) };
}

const QList<SyncedTable> &SyncedTables::all()
{
    static const QList<SyncedTable> tables = makeTables();
    return tables;
}

const SyncedTable *SyncedTables::find(QStringView name)
{
    for (const SyncedTable &table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

bool SyncedTables::isServerWritten(QStringView name)
{
    return name == u"visit_call";
}

QSet<QString> SyncedTables::names()
{
    QSet<QString> names;
    for (const SyncedTable &table : all())
        names.insert(table.name);
    return names;
}

} // namespace clinic
