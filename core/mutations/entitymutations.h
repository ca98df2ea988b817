#pragma once

#include "mutations/mutation.h"

#include <QList>

namespace clinic {

// The mutations of each synced entity, gathered by the registry in mutation.cpp.
const QList<MutationType> &patientMutations(); // patientmutations.cpp
const QList<MutationType> &noteMutations(); // notemutations.cpp
const QList<MutationType> &careTeamMutations(); // careteammutations.cpp
const QList<MutationType> &availabilityMutations(); // availabilitymutations.cpp
const QList<MutationType> &appointmentMutations(); // appointmentmutations.cpp
const QList<MutationType> &providerMutations(); // providermutations.cpp
const QList<MutationType> &healthRecordMutations(); // healthrecordmutations.cpp
const QList<MutationType> &clinicMutations(); // clinicmutations.cpp
const QList<MutationType> &ratingMutations(); // ratingmutations.cpp
const QList<MutationType> &waitlistMutations(); // waitlistmutations.cpp
const QList<MutationType> &visitMutations(); // visitmutations.cpp
const QList<MutationType> &vitalMutations(); // vitalmutations.cpp
const QList<MutationType> &reminderMutations(); // remindermutations.cpp
const QList<MutationType> &stockMutations(); // stockmutations.cpp
const QList<MutationType> &pharmacyMutations(); // pharmacymutations.cpp
const QList<MutationType> &prescriptionMutations(); // prescriptionmutations.cpp

namespace ClinicSettings {
// The hours before a visit after which a patient can no longer cancel or move it themself
// (0: any time); set by the admin (clinicmutations.cpp).
inline constexpr QStringView cancellationWindow = u"cancellation_window_hours";
Result<int> cancellationWindowHours(MutationContext &context);
} // namespace ClinicSettings

namespace Waitlist {
// Offers a provider's freed time to the patients waiting for it (waitlistmutations.cpp).
Result<void> offerFreedTime(MutationContext &context, const QString &providerId, qint64 startMs,
                            qint64 endMs, const QString &modality);
// The patient has booked the provider: their entries for the provider are done.
Result<void> closeEntries(MutationContext &context, const QString &patientId,
                          const QString &providerId);
} // namespace Waitlist

namespace VisitChat {
// visit.chat (visitmutations.cpp): a message's length in characters, how many messages one
// participant keeps with one visit, and how far ahead of the server's clock a sender's may be.
inline constexpr qsizetype maxBodyLength = 4096;
inline constexpr qsizetype maxMessagesPerAuthor = 1000;
inline constexpr qint64 maxClockAheadMs = 5 * 60 * 1000;
} // namespace VisitChat

namespace Vitals {
// vital.record (vitalmutations.cpp): how many live readings of one kind a patient may have
// within any 24 hours of taken_at, and in all; a reading's taken_at may be this far ahead of
// the server's clock. docs/vitals.md, Budget.
inline constexpr qint64 maxReadingsPerKindPerDay = 2000;
inline constexpr qint64 maxReadingsPerKind = 50'000;
// Alerts are never removed, while removing readings makes room for more: the alert episodes of
// a kind are bounded on their own, at what the live readings could open (two per episode).
inline constexpr qint64 maxAlertsPerKind = maxReadingsPerKind / 2;
inline constexpr qint64 maxClockAheadMs = 5 * 60 * 1000;
inline constexpr qsizetype maxDeviceName = 100;
inline constexpr qsizetype maxDeviceAddress = 64;
inline constexpr qsizetype maxFlags = 200;
inline constexpr qsizetype maxNote = 1000;
// The threshold row of a patient's kind, and the alert a reading opens: made from what they
// stand for, so the client's optimistic row and the server's are the same row.
QString thresholdId(const QString &patientId, const QString &kindKey);
QString alertId(const QString &readingId);
} // namespace Vitals

namespace Pharmacy {
// Prescriptions and the pharmacy (docs/pharmacy.md). Budgets: what one account can make the
// server keep.
inline constexpr qsizetype maxPharmacies = 500; // in the network
inline constexpr qsizetype maxPreviousKeys = 20; // a doctor's earlier signing keys kept
inline constexpr qsizetype maxRefillRequests = 20; // per prescription, decided or not
inline constexpr qsizetype maxActivePrescriptions = 200; // per patient
inline constexpr int maxQuantity = 10'000;
inline constexpr int maxRefills = 11;
inline constexpr qsizetype minOverrideReason = 5;
inline constexpr qsizetype maxReason = 1000; // override, cancellation, denial, answer
inline constexpr qsizetype maxCheckFindings = 8000; // JSON text
inline constexpr qint64 maxClockAheadMs = 5 * 60 * 1000;
// The fill of a prescription: "<prescription id>#<number>", so two approvals of the same refill
// land on one row.
QString fillId(const QString &prescriptionId, int number);
// A fill id as the wire may carry it: a prescription id, '#', 1 .. 1 + maxRefills.
bool isFillId(const QString &text);
// The patient_medication row a prescription adds to the patient's current medications.
QString medicationId(const QString &prescriptionId);
// A text argument: absent or null is empty; anything but text, or longer than `max` after
// trimming, is refused naming `label`; `required` refuses empty.
Result<QString> text(const QCborMap &args, QLatin1StringView key, qsizetype max, bool required,
                     const QString &label);
} // namespace Pharmacy

namespace CareTeam {
// One row per patient and staff member: its id is made from both, so assigning twice, even
// from two offline clients, lands on the same row.
QString rowId(const QString &patientId, const QString &staffId);
} // namespace CareTeam

// Argument checks shared by the mutations: the first problem becomes the rejection.
class MutationArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::MutationArgs)
public:
    // An id made by a client: 1 to 64 letters, digits, '-' or '_'.
    static bool isId(const QString &text);
    static Error invalid(const QString &problem);
    // latitude_e6 and longitude_e6 (millionths of a degree): both on Earth, or both null when
    // neither is given.
    static Result<std::pair<QCborValue, QCborValue>> place(const QCborMap &args);
    // A time (UTC ms) that a mutation reads: an integer within Instants (2000 up to 2200). Every
    // time read from a mutation's arguments comes through here, so no sum of times and
    // lengths after it can overflow, and no hostile time reaches the slot arithmetic.
    static Result<qint64> instant(const QCborMap &args, QLatin1StringView key);
};

} // namespace clinic
