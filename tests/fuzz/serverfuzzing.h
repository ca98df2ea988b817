#pragma once

// What the server does with one untrusted frame, as one function: decode it, read its body
// fields the way the server's handlers do, and run `push` and `pull` through the real
// SyncService against a small server store made once per process. It is compiled into the
// libFuzzer target fuzz_server (clang, sanitizers) and into tst_fuzzcorpus (GCC), which replays
// the corpus in tests/data/fuzz-corpus; both fail on what run() reports.
//
// The frame's request id picks who sends it: Role(id % 6), so 0 a patient, 1 a doctor (with
// the patient on their care team), 2 a nurse (likewise), 3 the front desk, 4 a pharmacist,
// 5 the admin. Push and pull bodies may name the store's accounts and fresh ids through
// placeholders, whole text values (or, in a map key, what follows "prefix:"):
//   @patient @patient2 @doctor @doctor2 @nurse @desk @pharmacist @admin   account ids
//   @new1 ... @new9      an id unique to this input (the same within it)
//   @client              a sync client id unique to this input
//   @slot0 ... @slot9    a bookable half hour of @doctor's, unique to this input (an integer)
// so a frame stays meaningful however many inputs ran before it.

#include "protocol/message.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

namespace clinic::fuzz {

// The store's clock stands still at 2031-03-03 08:00 UTC, a Monday: every input meets the
// same time, and the corpus's absolute times stay in the future.
inline constexpr qint64 epochMs = 1930291200000;
inline constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
// The fixture's completed visit of @patient with @doctor (rating.rate needs one).
inline constexpr QStringView completedVisit = u"appt-done";
// The fixture's confirmed video visit of @patient with @doctor, Thursday 18:00 (visit.chat
// needs one).
inline constexpr QStringView videoVisit = u"appt-video";
// The fixture's clinic location, where @doctor works every day 08:00-18:00 UTC.
inline constexpr QStringView mainLocation = u"loc-main";
// The fixture's pharmacy, where @pharmacist works. @doctor has registered the prescribing key
// whose public half is the placeholder @prescriberkey; an rx.prescribe whose signature is
// "@sign" is signed with it (and given the patient's snapshot from the store) before it is
// pushed.
inline constexpr QStringView mainPharmacy = u"ph-main";
// The fixture's prescriptions of amlodipine 5 mg for @patient, each with its first fill at
// the main pharmacy: new (and a refill request open), in progress (with a stock lot to
// dispense from), and returned to the doctor with a question. @alert is the patient's open
// blood pressure alert.
inline constexpr QStringView newFillPrescription = u"rx-new";
inline constexpr QStringView refillRequest = u"refill-open";
inline constexpr QStringView startedFillPrescription = u"rx-started";
inline constexpr QStringView returnedFillPrescription = u"rx-returned";

// What the inputs so far reached, for tst_fuzzcorpus to check the corpus covers it all.
struct Coverage
{
    QSet<QString> requestTypes; // of frames that decoded
    QMap<QString, int> confirmed; // mutation name -> times applied
    QMap<QString, int> rejected; // mutation name -> times refused by its own checks or policy
    // Pull cursors met: "absent", "seq", "snapshot", "malformed", "revoked".
    QSet<QString> cursorShapes;
};

class ServerFuzzing
{
public:
    ServerFuzzing();
    ~ServerFuzzing();
    ServerFuzzing(const ServerFuzzing &) = delete;
    ServerFuzzing &operator=(const ServerFuzzing &) = delete;

    // Runs one input. Empty: nothing wrong (a refused frame is not wrong); otherwise the
    // invariant it broke. A crash or a sanitizer report is the other way to fail.
    QString run(const QByteArray &frame);

    const Coverage &coverage() const { return m_coverage; }
    // The store is made again after this many inputs, so it stays small and fast.
    static constexpr int inputsPerStore = 2000;

private:
    struct State;
    Result<void> makeStore();
    QString runPush(const Message &message);
    QString runPull(const Message &message);
    QString readFields(const Message &message);

    std::unique_ptr<State> m_state;
    QString m_setUpError;
    Coverage m_coverage;
    quint64 m_input = 0; // inputs since the store was made
    quint64 m_total = 0;
};

} // namespace clinic::fuzz
