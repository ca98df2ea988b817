// Writes the seed corpus of the server fuzzer (tests/data/fuzz-corpus; see its README): one
// push per mutation type with plausible arguments (and again as another role, which the policy
// mostly refuses), pulls with every cursor shape, and every request type of docs/protocol.md.
// The frames use the placeholders of tests/fuzz/serverfuzzing.h, so each one means the same
// whatever ran before it. Run by hand when a mutation or request is added:
//
//   build/tests/make_fuzz_corpus tests/data/fuzz-corpus
//
// It writes its own files and leaves any others (reproducers kept from fuzzing runs) alone.

#include "domain/role.h"
#include "mutations/syncedtables.h"
#include "protocol/message.h"
#include "serverfuzzing.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <cstdio>
#include <limits>

using namespace clinic;
using namespace clinic::fuzz;
using namespace Qt::StringLiterals;

namespace {

using Change = std::pair<QString, QCborMap>;

constexpr qint64 hourMs = 60 * 60 * 1000;

class Corpus
{
public:
    explicit Corpus(const QString &path) : m_dir(path) { }

    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            m_failed = true;
            return false;
        }
        ++m_written;
        return true;
    }
    void write(const QString &name, const Message &message) { write(name, message.encode()); }

    int written() const { return m_written; }
    bool failed() const { return m_failed; }

private:
    QDir m_dir;
    int m_written = 0;
    bool m_failed = false;
};

// The id picks the actor: Role(id % 6). Ids differ between files only for readability.
quint64 idFor(Role role, int n = 1)
{
    return quint64(n) * 6 + quint64(role);
}

Message push(Role actor, const QList<Change> &changes)
{
    QCborArray mutations;
    qint64 n = 0;
    for (const auto &[name, args] : changes)
        mutations.append(QCborMap { { u"n"_s, ++n }, { u"name"_s, name }, { u"args"_s, args } });
    return { u"push"_s,
             idFor(actor),
             { { u"client"_s, u"@client"_s }, { u"mutations"_s, mutations } } };
}

// A visit of @patient with @doctor in this input's first free half hour.
Change request(const QString &slot = u"@slot0"_s)
{
    return { u"appointment.request"_s,
             { { u"id"_s, u"@new1"_s },
               { u"patient_id"_s, u"@patient"_s },
               { u"provider_id"_s, u"@doctor"_s },
               { u"start_at"_s, slot },
               { u"location_id"_s, mainLocation.toString() },
               { u"modality"_s, u"in_person"_s },
               { u"reason"_s, u"Chest pain when climbing stairs"_s } } };
}

Change onVisit(const QString &name, QCborMap args = {})
{
    args.insert(u"id"_s, u"@new1"_s);
    return { name, args };
}

// An item of a patient's record lists, with every field it has.
QCborMap item(const QString &kind)
{
    QCborMap args { { u"id"_s, u"@new2"_s }, { u"patient_id"_s, u"@patient"_s } };
    const QHash<QString, QCborMap> fields {
        { u"condition"_s,
          { { u"name"_s, u"Asthma"_s },
            { u"status"_s, u"active"_s },
            { u"since"_s, u"2019"_s },
            { u"note"_s, u"Mild, seasonal"_s } } },
        { u"allergy"_s,
          { { u"substance"_s, u"Penicillin"_s },
            { u"reaction"_s, u"Hives"_s },
            { u"severity"_s, u"moderate"_s } } },
        { u"medication"_s,
          { { u"name"_s, u"Salbutamol"_s },
            { u"dose"_s, u"100 µg"_s },
            { u"frequency"_s, u"as needed"_s } } },
        { u"insurance"_s,
          { { u"insurer"_s, u"Mutual Health"_s },
            { u"policy_number"_s, u"MH-4471"_s },
            { u"group_number"_s, u"G-12"_s },
            { u"holder_name"_s, u"Pat Fuzz"_s },
            { u"valid_until"_s, u"2032-12-31"_s } } },
    };
    const QCborMap own = fields.value(kind);
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        args.insert(it.key(), it.value());
    return args;
}

// A wait for an earlier time with @doctor: up to six months, as long as a wait may be.
Change join(const QString &patient)
{
    return { u"waitlist.join"_s,
             { { u"id"_s, u"@new3"_s },
               { u"patient_id"_s, patient },
               { u"provider_id"_s, u"@doctor"_s },
               { u"modality"_s, u"in_person"_s },
               { u"from_at"_s, epochMs + dayMs },
               { u"until_at"_s, epochMs + 179 * dayMs } } };
}

// Every registered mutation: the actor that may run it, and what it needs before it in the
// same push (fresh rows, so the frame works on any state of the store).
QList<std::tuple<QString, Role, QList<Change>>> mutationFrames()
{
    const Change registerPatient { u"patient.register"_s,
                                   { { u"id"_s, u"@new1"_s },
                                     { u"family_name"_s, u"Okafor"_s },
                                     { u"given_name"_s, u"Amina"_s },
                                     { u"birth_date"_s, u"1984-03-21"_s },
                                     { u"sex"_s, u"female"_s },
                                     { u"phone"_s, u"+351 912 345 678"_s },
                                     { u"email"_s, u"amina@example.org"_s },
                                     { u"city"_s, u"Lisbon"_s },
                                     { u"preferred_providers"_s, u"@doctor"_s } } };
    const Change assign { u"care_team.assign"_s,
                          { { u"patient_id"_s, u"@new1"_s }, { u"staff_id"_s, u"@doctor2"_s } } };
    const Change rule { u"availability.set_rule"_s,
                        { { u"id"_s, u"@new1"_s },
                          { u"provider_id"_s, u"@doctor"_s },
                          { u"location_id"_s, mainLocation.toString() },
                          { u"modality"_s, u"video"_s },
                          { u"day_of_week"_s, 3 },
                          { u"start_time"_s, u"19:00"_s },
                          { u"end_time"_s, u"21:00"_s },
                          { u"slot_minutes"_s, 20 },
                          { u"time_zone"_s, u"Europe/Lisbon"_s },
                          { u"valid_from"_s, u"2031-01-01"_s },
                          { u"valid_until"_s, u"2031-12-31"_s } } };
    const Change exception { u"availability.add_exception"_s,
                             { { u"id"_s, u"@new2"_s },
                               { u"provider_id"_s, u"@doctor"_s },
                               { u"kind"_s, u"extra_hours"_s },
                               { u"start_at"_s, epochMs + 400 * dayMs },
                               { u"end_at"_s, epochMs + 400 * dayMs + 3 * hourMs },
                               { u"location_id"_s, mainLocation.toString() },
                               { u"modality"_s, u"video"_s },
                               { u"slot_minutes"_s, 15 } } };
    const Change location { u"location.put"_s,
                            { { u"id"_s, u"@new1"_s },
                              { u"name"_s, u"Harbour Clinic"_s },
                              { u"address_line"_s, u"Rua do Cais 12"_s },
                              { u"city"_s, u"Porto"_s },
                              { u"postal_code"_s, u"4050-123"_s },
                              { u"country"_s, u"Portugal"_s },
                              { u"phone"_s, u"+351 220 000 000"_s },
                              { u"hours"_s, u"Mon-Fri 08:00-18:00"_s },
                              { u"time_zone"_s, u"Europe/Lisbon"_s },
                              { u"latitude_e6"_s, 41141000 },
                              { u"longitude_e6"_s, -8611000 } } };
    const Change profile { u"provider.update_profile"_s,
                           { { u"id"_s, u"@doctor"_s },
                             { u"display_name"_s, u"Dr Fuzz"_s },
                             { u"specialties"_s, u"Cardiology, Sports medicine"_s },
                             { u"languages"_s, u"en, pt"_s },
                             { u"modalities"_s, u"in_person, video"_s },
                             { u"city"_s, u"Lisbon"_s },
                             { u"latitude_e6"_s, 38722000 },
                             { u"longitude_e6"_s, -9139000 },
                             { u"bio"_s, u"Twenty years of hearts."_s },
                             { u"credentials"_s, u"FESC"_s },
                             { u"years_experience"_s, 20 },
                             { u"fee_cents"_s, 6500 },
                             { u"fee_currency"_s, u"eur"_s },
                             { u"location_ids"_s, mainLocation.toString() } } };
    const Change propose = onVisit(u"appointment.propose"_s, { { u"start_at"_s, u"@slot1"_s } });

    const Change medication { u"medication.put"_s, item(u"medication"_s) };
    const Change schedule { u"medication_schedule.put"_s,
                            { { u"id"_s, u"@new1"_s },
                              { u"patient_id"_s, u"@patient"_s },
                              { u"medication_id"_s, u"@new2"_s },
                              { u"times"_s, u"08:00,20:00"_s },
                              { u"days"_s, u""_s },
                              { u"start_date"_s, u"2031-03-01"_s } } };
    // The server re-runs the check; the reason covers whatever the store's medicines add.
    const QString stockItemId = mainPharmacy.toString() + u"|amlodipine|5 mg|tablet"_s;
    const Change stockItem { u"stock.item.put"_s,
                             { { u"pharmacy_id"_s, mainPharmacy.toString() },
                               { u"drug_id"_s, u"amlodipine"_s },
                               { u"strength"_s, u"5 mg"_s },
                               { u"form"_s, u"tablet"_s },
                               { u"reorder_level"_s, 20 } } };
    const Change stockLot { u"stock.receive"_s,
                            { { u"id"_s, u"@new2"_s },
                              { u"item_id"_s, stockItemId },
                              { u"lot_number"_s, u"AML-2291"_s },
                              { u"expiry_date"_s, u"2035-12-31"_s },
                              { u"quantity"_s, 100 } } };
    const Change prescribe { u"rx.prescribe"_s,
                             { { u"id"_s, u"@new1"_s },
                               { u"patient_id"_s, u"@patient"_s },
                               { u"pharmacy_id"_s, mainPharmacy.toString() },
                               { u"drug_id"_s, u"amlodipine"_s },
                               { u"strength"_s, u"5 mg"_s },
                               { u"form"_s, u"tablet"_s },
                               { u"dose"_s, u"1 tablet"_s },
                               { u"directions"_s, u"once a day in the morning"_s },
                               { u"quantity"_s, 30 },
                               { u"refills"_s, 2 },
                               { u"substitution_allowed"_s, true },
                               { u"pharmacist_note"_s, u""_s },
                               { u"reference_version"_s, u"2026.12.1"_s },
                               { u"check_findings"_s, u"[]"_s },
                               { u"override_reason"_s, u"Reviewed with the patient."_s },
                               { u"issued_at"_s, epochMs - hourMs },
                               { u"signature"_s, u"@sign"_s } } };
    const Change followUp { u"followup.put"_s,
                            { { u"id"_s, u"@new1"_s },
                              { u"patient_id"_s, u"@patient"_s },
                              { u"due_date"_s, u"2031-04-01"_s },
                              { u"text"_s, u"Book a blood test for your kidneys."_s } } };
    QList<std::tuple<QString, Role, QList<Change>>> frames {
        { u"patient.register"_s, Role::FrontDesk, { registerPatient } },
        { u"patient.update"_s,
          Role::FrontDesk,
          { registerPatient,
            { u"patient.update"_s,
              { { u"id"_s, u"@new1"_s },
                { u"city"_s, u"Porto"_s },
                { u"emergency_name"_s, u"Chidi Okafor"_s },
                { u"emergency_phone"_s, u"+351 913 000 111"_s },
                { u"sex"_s, QCborValue(QCborValue::Null) } } } } },
        { u"note.add"_s,
          Role::Patient,
          { { u"note.add"_s,
              { { u"id"_s, u"@new1"_s },
                { u"patient_id"_s, u"@patient"_s },
                { u"body"_s, u"The new inhaler helps; I still cough at night."_s } } } } },
        { u"care_team.assign"_s, Role::FrontDesk, { registerPatient, assign } },
        { u"care_team.unassign"_s,
          Role::FrontDesk,
          { registerPatient, assign, { u"care_team.unassign"_s, assign.second } } },
        { u"availability.set_rule"_s, Role::Doctor, { rule } },
        { u"availability.remove_rule"_s,
          Role::Doctor,
          { rule, { u"availability.remove_rule"_s, { { u"id"_s, u"@new1"_s } } } } },
        { u"availability.add_exception"_s, Role::Doctor, { exception } },
        { u"availability.remove_exception"_s,
          Role::Doctor,
          { exception, { u"availability.remove_exception"_s, { { u"id"_s, u"@new2"_s } } } } },
        { u"appointment.request"_s, Role::Patient, { request() } },
        { u"appointment.confirm"_s,
          Role::FrontDesk,
          { request(), onVisit(u"appointment.confirm"_s) } },
        { u"appointment.propose"_s, Role::FrontDesk, { request(), propose } },
        { u"appointment.accept"_s,
          Role::FrontDesk,
          { request(), propose, onVisit(u"appointment.accept"_s) } },
        { u"appointment.decline"_s,
          Role::FrontDesk,
          { request(), propose, onVisit(u"appointment.decline"_s) } },
        { u"appointment.reschedule"_s,
          Role::FrontDesk,
          { request(), onVisit(u"appointment.reschedule"_s, { { u"start_at"_s, u"@slot2"_s } }) } },
        // Cancelling frees the time for the waitlist: another patient is waiting for it.
        { u"appointment.cancel"_s,
          Role::FrontDesk,
          { join(u"@patient2"_s), request(),
            onVisit(u"appointment.cancel"_s, { { u"reason"_s, u"Feeling better"_s } }) } },
        { u"appointment.check_in"_s,
          Role::FrontDesk,
          { request(), onVisit(u"appointment.confirm"_s), onVisit(u"appointment.check_in"_s) } },
        { u"appointment.no_show"_s,
          Role::FrontDesk,
          { request(), onVisit(u"appointment.confirm"_s), onVisit(u"appointment.no_show"_s) } },
        { u"appointment.complete"_s,
          Role::FrontDesk,
          { request(), onVisit(u"appointment.confirm"_s), onVisit(u"appointment.check_in"_s),
            onVisit(u"appointment.complete"_s) } },
        { u"location.put"_s, Role::Admin, { location } },
        { u"location.remove"_s,
          Role::Admin,
          { location, { u"location.remove"_s, { { u"id"_s, u"@new1"_s } } } } },
        { u"clinic.set_cancellation_window"_s,
          Role::Admin,
          { { u"clinic.set_cancellation_window"_s, { { u"hours"_s, 24 } } },
            { u"clinic.set_cancellation_window"_s, { { u"hours"_s, 0 } } } } },
        { u"provider.update_profile"_s, Role::Doctor, { profile } },
        // Taken off and put back, so the directory keeps its doctor for the other frames.
        { u"provider.remove_profile"_s,
          Role::Doctor,
          { { u"provider.remove_profile"_s, { { u"id"_s, u"@doctor"_s } } }, profile } },
        { u"rating.rate"_s,
          Role::Patient,
          { { u"rating.rate"_s,
              { { u"appointment_id"_s, completedVisit.toString() },
                { u"stars"_s, 4 },
                { u"comment"_s, u"Listened and explained."_s } } } } },
        { u"visit.summarize"_s,
          Role::Doctor,
          { { u"visit.summarize"_s,
              { { u"appointment_id"_s, completedVisit.toString() },
                { u"summary"_s, u"Blood pressure fine; keep walking daily."_s } } } } },
        { u"visit.chat"_s,
          Role::Patient,
          { { u"visit.chat"_s,
              { { u"id"_s, u"@new1"_s },
                { u"appointment_id"_s, videoVisit.toString() },
                { u"call_id"_s, u"call-0123456789abcdef"_s },
                { u"body"_s, u"Can you hear me?"_s },
                { u"sent_at"_s, epochMs } } } } },
        { u"waitlist.join"_s, Role::Patient, { join(u"@patient"_s) } },
        // Vital signs: the doctor sets the bound and records a reading above it, which opens
        // an alert; the patient records and removes one of their own.
        { u"vital.threshold.set"_s,
          Role::Doctor,
          { { u"vital.threshold.set"_s,
              { { u"patient_id"_s, u"@patient"_s },
                { u"kind"_s, u"blood_pressure"_s },
                { u"high"_s, 140.0 },
                { u"high2"_s, 90.0 } } },
            { u"vital.record"_s,
              { { u"id"_s, u"@new1"_s },
                { u"patient_id"_s, u"@patient"_s },
                { u"kind"_s, u"blood_pressure"_s },
                { u"value"_s, 182.0 },
                { u"diastolic"_s, 112.0 },
                { u"pulse"_s, 88.0 },
                { u"entered_unit"_s, u"mmHg"_s },
                { u"taken_at"_s, epochMs - hourMs },
                { u"source"_s, u"manual"_s } } } } },
        { u"vital.record"_s,
          Role::Patient,
          { { u"vital.record"_s,
              { { u"id"_s, u"@new1"_s },
                { u"patient_id"_s, u"@patient"_s },
                { u"kind"_s, u"weight"_s },
                { u"value"_s, 72.4 },
                { u"height"_s, 1.68 },
                { u"entered_unit"_s, u"kg"_s },
                { u"taken_at"_s, epochMs - hourMs },
                { u"source"_s, u"device"_s },
                { u"device_name"_s, u"Scale"_s } } } } },
        { u"vital.remove"_s,
          Role::Patient,
          { { u"vital.record"_s,
              { { u"id"_s, u"@new1"_s },
                { u"patient_id"_s, u"@patient"_s },
                { u"kind"_s, u"heart_rate"_s },
                { u"value"_s, 64 },
                { u"entered_unit"_s, u"bpm"_s },
                { u"taken_at"_s, epochMs - hourMs },
                { u"source"_s, u"manual"_s } } },
            { u"vital.remove"_s, { { u"id"_s, u"@new1"_s } } } } },
        // Reminders: a schedule for the patient's own medication and a dose taken at 08:00 on
        // the fixture's Monday; the doctor's follow-up, then done and removed.
        { u"medication_schedule.put"_s, Role::Patient, { medication, schedule } },
        { u"medication_schedule.remove"_s,
          Role::Patient,
          { medication, schedule,
            { u"medication_schedule.remove"_s, { { u"id"_s, u"@new1"_s } } } } },
        { u"dose.record"_s,
          Role::Patient,
          { medication, schedule,
            { u"dose.record"_s,
              { { u"schedule_id"_s, u"@new1"_s },
                { u"scheduled_for"_s, u"2031-03-03T08:00"_s },
                { u"status"_s, u"taken"_s } } } } },
        { u"followup.put"_s, Role::Doctor, { followUp } },
        { u"followup.done"_s,
          Role::Doctor,
          { followUp,
            { u"followup.done"_s, { { u"id"_s, u"@new1"_s }, { u"done"_s, true } } } } },
        { u"followup.remove"_s,
          Role::Doctor,
          { followUp, { u"followup.remove"_s, { { u"id"_s, u"@new1"_s } } } } },
        // Prescriptions (docs/pharmacy.md): the admin's pharmacy, the fixture doctor's key again
        // (the same key: no change), a prescription signed by the fuzzer (signature "@sign"),
        // one cancelled, the patient's chosen pharmacy.
        { u"pharmacy.put"_s,
          Role::Admin,
          { { u"pharmacy.put"_s,
              { { u"id"_s, u"@new1"_s },
                { u"name"_s, u"Corner pharmacy"_s },
                { u"city"_s, u"Porto"_s },
                { u"hours"_s, u"Mon-Sat 09:00-20:00"_s } } } } },
        { u"pharmacy.member.set"_s,
          Role::Admin,
          { { u"pharmacy.member.set"_s,
              { { u"staff_id"_s, u"@pharmacist"_s }, { u"pharmacy_id"_s, mainPharmacy.toString() } } } } },
        { u"patient.pharmacy.set"_s,
          Role::Patient,
          { { u"patient.pharmacy.set"_s,
              { { u"patient_id"_s, u"@patient"_s }, { u"pharmacy_id"_s, mainPharmacy.toString() } } } } },
        { u"prescriber_key.register"_s,
          Role::Doctor,
          { { u"prescriber_key.register"_s, { { u"public_key"_s, u"@prescriberkey"_s } } } } },
        { u"rx.prescribe"_s, Role::Doctor, { prescribe } },
        { u"rx.cancel"_s,
          Role::Doctor,
          { prescribe,
            { u"rx.cancel"_s, { { u"id"_s, u"@new1"_s }, { u"reason"_s, u"Switched."_s } } } } },
        // On the fixture's prescriptions: the patient asks for a refill, the doctor approves
        // the open request and answers the pharmacy's question, the pharmacist starts a new
        // fill and dispenses a started one.
        { u"rx.refill.request"_s,
          Role::Patient,
          { { u"rx.refill.request"_s,
              { { u"id"_s, u"@new1"_s },
                { u"prescription_id"_s, startedFillPrescription.toString() },
                { u"note"_s, u"Running out on Friday."_s } } } } },
        { u"rx.refill.decide"_s,
          Role::Doctor,
          { { u"rx.refill.decide"_s,
              { { u"id"_s, refillRequest.toString() }, { u"approve"_s, true } } } } },
        { u"rx.fill.answer"_s,
          Role::Doctor,
          { { u"rx.fill.answer"_s,
              { { u"id"_s, QString(returnedFillPrescription.toString() + u"#1"_s) },
                { u"answer"_s, u"5 mg, as written."_s } } } } },
        { u"rx.fill.update"_s,
          Role::Pharmacist,
          { { u"rx.fill.update"_s,
              { { u"id"_s, QString(newFillPrescription.toString() + u"#1"_s) }, { u"status"_s, u"in_progress"_s } } },
            { u"rx.fill.update"_s,
              { { u"id"_s, QString(newFillPrescription.toString() + u"#1"_s) }, { u"status"_s, u"ready"_s } } } } },
        { u"rx.fill.dispense"_s,
          Role::Pharmacist,
          { { u"rx.fill.dispense"_s, { { u"id"_s, QString(startedFillPrescription.toString() + u"#1"_s) } } } } },
        { u"vital.alert.acknowledge"_s,
          Role::Doctor,
          { { u"vital.alert.acknowledge"_s,
              { { u"id"_s, u"@alert"_s }, { u"note"_s, u"Called the patient; rechecked at 150/92."_s } } } } },
        // The fixture pharmacist's stock at the main pharmacy: an item, a lot received, a
        // lot adjusted (docs/pharmacy.md, "Stock and dispensing").
        { u"stock.item.put"_s, Role::Pharmacist, { stockItem } },
        { u"stock.receive"_s, Role::Pharmacist, { stockItem, stockLot } },
        { u"stock.adjust"_s,
          Role::Pharmacist,
          { stockItem,
            stockLot,
            { u"stock.adjust"_s,
              { { u"id"_s, u"@new3"_s },
                { u"lot_id"_s, u"@new2"_s },
                { u"delta"_s, -5 },
                { u"reason"_s, u"damaged"_s },
                { u"note"_s, u"Crushed box."_s } } } } },
        { u"waitlist.leave"_s,
          Role::Patient,
          { join(u"@patient"_s), { u"waitlist.leave"_s, { { u"id"_s, u"@new3"_s } } } } },
    };
    for (const QString &kind : { u"condition"_s, u"allergy"_s, u"medication"_s, u"insurance"_s }) {
        // Insurance is the front desk's too; the clinical lists the patient's and care team's.
        const Role actor = kind == u"insurance" ? Role::FrontDesk : Role::Patient;
        const Change put { kind + u".put", item(kind) };
        frames.append({ kind + u".put", actor, { put } });
        frames.append({ kind + u".remove",
                        kind == u"condition" ? Role::Doctor : actor,
                        { put,
                          { kind + u".remove",
                            { { u"id"_s, u"@new2"_s }, { u"patient_id"_s, u"@patient"_s } } } } });
    }
    return frames;
}

void writeMutations(Corpus &corpus)
{
    for (const auto &[name, actor, changes] : mutationFrames()) {
        corpus.write(u"push-"_s + name, push(actor, changes));
        // The same as the next role: mostly a refusal by the policy, each its own way.
        const Role other = Role((int(actor) + 1) % 6);
        corpus.write(u"push-"_s + name + u"-as-" + Roles::name(other), push(other, changes));
    }
    // Pushes wrong as a whole.
    corpus.write(u"push-gap"_s,
                 Message { u"push"_s,
                           idFor(Role::Patient),
                           { { u"client"_s, u"@client"_s },
                             { u"mutations"_s,
                               QCborArray { QCborMap { { u"n"_s, 2 },
                                                       { u"name"_s, u"note.add"_s },
                                                       { u"args"_s, QCborMap {} } } } } } });
    corpus.write(u"push-unknown-change"_s,
                 push(Role::Patient, { { u"prescription.write"_s, { { u"id"_s, u"@new1"_s } } } }));
    corpus.write(u"push-bad-client"_s,
                 Message { u"push"_s,
                           idFor(Role::Patient),
                           { { u"client"_s, u"not a client id!"_s },
                             { u"mutations"_s, QCborArray {} } } });
}

Message pull(Role actor, const QCborValue &cursors = {}, int n = 1)
{
    QCborMap body { { u"client"_s, u"@client"_s } };
    if (!cursors.isUndefined())
        body.insert(u"cursors"_s, cursors);
    return { u"pull"_s, idFor(actor, n), body };
}

// Every bucket of the patient with the same cursor.
QCborMap patientCursors(const QCborValue &cursor)
{
    return { { u"user:@patient"_s, cursor },
             { u"directory"_s, cursor },
             { u"patient:@patient"_s, cursor } };
}

void writePulls(Corpus &corpus)
{
    for (int role = 0; role < 6; ++role)
        corpus.write(u"pull-absent-as-"_s + Roles::name(Role(role)), pull(Role(role)));
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    const qint64 tables = SyncedTables::all().size();
    const QList<std::pair<QString, QCborValue>> shapes {
        { u"seq-zero"_s, QCborMap { { u"seq"_s, 0 } } },
        { u"seq-recent"_s, QCborMap { { u"seq"_s, 20 } } },
        { u"seq-future"_s, QCborMap { { u"seq"_s, 1000000 } } },
        { u"seq-negative"_s, QCborMap { { u"seq"_s, -1 } } },
        { u"seq-int64-max"_s, QCborMap { { u"seq"_s, max } } },
        { u"snap-start"_s, QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, 0 }, { u"rev"_s, 0 } } },
        { u"snap-middle"_s, QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, 3 }, { u"rev"_s, 2 } } },
        { u"snap-last-table"_s,
          QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, tables - 1 }, { u"rev"_s, 0 } } },
        { u"snap-past-tables"_s,
          QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, tables }, { u"rev"_s, 0 } } },
        { u"snap-tbl-huge"_s, QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, max }, { u"rev"_s, 0 } } },
        // Known crash (SyncService::snapshot indexes the table list with tbl unchecked): kept as
        // its reproducer until the fix lands.
        { u"snap-tbl-negative"_s,
          QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, -1 }, { u"rev"_s, 0 } } },
        { u"snap-tbl-int64-min"_s,
          QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, min }, { u"rev"_s, 0 } } },
        { u"snap-rev-negative"_s,
          QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, 0 }, { u"rev"_s, -5 } } },
        { u"malformed-seq-text"_s, QCborMap { { u"seq"_s, u"5"_s } } },
        { u"malformed-seq-float"_s, QCborMap { { u"seq"_s, 5.0 } } },
        { u"malformed-snap-incomplete"_s, QCborMap { { u"snap"_s, 30 }, { u"tbl"_s, 0 } } },
        { u"malformed-empty-map"_s, QCborMap {} },
        { u"malformed-array"_s, QCborArray { 1, 2 } },
        { u"malformed-null"_s, QCborValue(QCborValue::Null) },
        { u"malformed-integer"_s, QCborValue(7) },
    };
    for (const auto &[name, cursor] : shapes)
        corpus.write(u"pull-cursor-"_s + name, pull(Role::Patient, patientCursors(cursor)));
    // A cursor for a bucket the user may not have: revoked.
    corpus.write(u"pull-revoked-as-doctor"_s,
                 pull(Role::Doctor,
                      QCborMap { { u"patient:@patient2"_s, QCborMap { { u"seq"_s, 0 } } },
                                 { u"patient:@patient"_s, QCborMap { { u"seq"_s, 0 } } } }));
    corpus.write(
            u"pull-register-as-front_desk"_s,
            pull(Role::FrontDesk, QCborMap { { u"register"_s, QCborMap { { u"seq"_s, 0 } } } }));
    corpus.write(u"pull-cursors-not-a-map"_s, pull(Role::Patient, QCborArray { u"directory"_s }));
    corpus.write(u"pull-no-client"_s, Message { u"pull"_s, idFor(Role::Patient), {} });
}

// Every request of docs/protocol.md with a plausible body, and the server's own frames.
void writeRequests(Corpus &corpus)
{
    const QString password = u"Harbor-Quill-Fern-42"_s;
    const QList<std::pair<QString, QCborMap>> requests {
        { u"hello"_s, { { u"app"_s, u"clinic 0.1.0"_s } } },
        { u"ping"_s, {} },
        { u"sign_in"_s, { { u"username"_s, u"Patient "_s }, { u"password"_s, password } } },
        { u"register"_s,
          { { u"username"_s, u"new.patient"_s },
            { u"display_name"_s, u"New Patient"_s },
            { u"role"_s, u"patient"_s },
            { u"password"_s, u"Tide-Lamp-Orbit-77"_s } } },
        { u"resume"_s, { { u"token"_s, u"q0l2cH9bW3Hc6o0f0Yk3x2mZyq8WlH3b0dK2aU5yQe4"_s } } },
        { u"sign_out"_s, {} },
        { u"sign_out_everywhere"_s, {} },
        { u"sessions"_s, {} },
        { u"end_session"_s, { { u"session_id"_s, u"3f2a9c1e-7d41-4a3b-9a51-2f4b1c7e8d90"_s } } },
        { u"change_password"_s,
          { { u"current"_s, password }, { u"new"_s, u"Cobalt-Willow-Drum-19"_s } } },
        { u"totp_begin"_s, {} },
        { u"totp_confirm"_s, { { u"code"_s, u"492039"_s } } },
        { u"account_list"_s, {} },
        { u"account_create"_s,
          { { u"username"_s, u"nurse.joy"_s },
            { u"display_name"_s, u"Nurse Joy"_s },
            { u"role"_s, u"nurse"_s },
            { u"password"_s, u"Maple-Rover-Stone-63"_s } } },
        { u"account_verify"_s,
          { { u"account_id"_s, u"@doctor2"_s },
            { u"approve"_s, false },
            { u"reason"_s, u"Licence expired"_s } } },
        { u"account_set_enabled"_s,
          { { u"account_id"_s, u"@nurse"_s },
            { u"enabled"_s, false },
            { u"reason"_s, u"Left the clinic"_s } } },
        { u"account_reset_password"_s,
          { { u"account_id"_s, u"@nurse"_s }, { u"password"_s, u"Glacier-Pine-Harbor-88"_s } } },
        { u"account_set_role"_s,
          { { u"account_id"_s, u"@nurse"_s }, { u"role"_s, u"front_desk"_s } } },
        { u"settings_get"_s, {} },
        { u"key_register"_s,
          { { u"public_key"_s, u"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"_s } } },
        { u"call_keys"_s, { { u"appointment_id"_s, completedVisit.toString() } } },
        { u"call_invite"_s,
          { { u"call_id"_s, u"call-0123456789abcdef"_s },
            { u"appointment_id"_s, completedVisit.toString() },
            { u"secrets"_s, QCborMap { { u"@patient"_s, QByteArray(73 + 21, 'x') } } } } },
        { u"settings_set"_s,
          { { u"require_totp_for_staff"_s, true }, { u"idle_lock_minutes"_s, 15 } } },
    };
    for (const auto &[type, body] : requests)
        corpus.write(u"request-"_s + type, Message { type, idFor(Role::Admin), body });
    corpus.write(u"request-sign_in-totp"_s,
                 Message { u"sign_in"_s,
                           7,
                           { { u"username"_s, u"doctor"_s },
                             { u"password"_s, password },
                             { u"totp"_s, u"123456"_s } } });
    corpus.write(u"request-register-doctor"_s,
                 Message { u"register"_s,
                           8,
                           { { u"username"_s, u"dr.new"_s },
                             { u"display_name"_s, u"Dr New"_s },
                             { u"role"_s, u"doctor"_s },
                             { u"licence_number"_s, u"PT-12345"_s },
                             { u"specialty"_s, u"Cardiology, Sports medicine"_s },
                             { u"credentials"_s, u"MD, Lisbon 2009; FESC"_s },
                             { u"password"_s, u"Tide-Lamp-Orbit-77"_s } } });
    // What the server sends: to the server they are unknown types.
    corpus.write(u"server-pong"_s, Message { u"pong"_s, 9, {} });
    corpus.write(u"server-poke"_s, Message { u"poke"_s, 0, {} });
    corpus.write(u"server-signed_out"_s,
                 Message { u"signed_out"_s, 0, { { u"reason"_s, u"This session was ended."_s } } });
    corpus.write(u"server-error-throttled"_s,
                 Message::error(ProtocolError::Throttled, u"Too many attempts."_s, 4));
    // Envelopes the decoder refuses.
    corpus.write(u"frame-other-version"_s,
                 QCborValue(QCborMap { { u"v"_s, 2 }, { u"t"_s, u"hello"_s } }).toCbor());
    corpus.write(u"frame-trailing-byte"_s,
                 Message { u"ping"_s, 2, {} }.encode() + QByteArray(1, '\0'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: make_fuzz_corpus <tests/data/fuzz-corpus>\n");
        return 2;
    }
    if (!QDir().mkpath(arguments.at(1))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    Corpus corpus(arguments.at(1));
    writeMutations(corpus);
    writePulls(corpus);
    writeRequests(corpus);
    std::printf("wrote %d frames to %s\n", corpus.written(), qPrintable(arguments.at(1)));
    return corpus.failed() ? 1 : 0;
}
