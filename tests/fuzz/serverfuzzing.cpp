#include "serverfuzzing.h"

#include "accountservice.h"
#include "crypto/passwordhash.h"
#include "crypto/signing.h"
#include "domain/role.h"
#include "mutations/entitymutations.h"
#include "mutations/mutation.h"
#include "mutations/syncedtables.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacy/referencedata.h"
#include "serverstore.h"
#include "syncservice.h"
#include "util/clock.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace clinic::fuzz {

using namespace Qt::StringLiterals;

namespace {

class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return epochMs; }
};

const FixedClock fixedClock;

// The fixture doctor's prescribing key: the same in every store, so @prescriberkey means one key.
class FixedRandom final : public SecureRandom
{
public:
    void fill(unsigned char *buffer, qsizetype size) const override
    {
        for (qsizetype i = 0; i < size; ++i)
            buffer[i] = 0x42;
    }
};

// The accounts of the store, by placeholder, in the order Role(id % 6) picks actors.
struct Seat
{
    QString placeholder;
    Role role;
    bool actor; // picked by request ids
};
const Seat seats[] = {
    { u"@patient"_s, Role::Patient, true },       { u"@doctor"_s, Role::Doctor, true },
    { u"@nurse"_s, Role::Nurse, true },           { u"@desk"_s, Role::FrontDesk, true },
    { u"@pharmacist"_s, Role::Pharmacist, true }, { u"@admin"_s, Role::Admin, true },
    { u"@patient2"_s, Role::Patient, false },     { u"@doctor2"_s, Role::Doctor, false },
};
constexpr int actorCount = 6;
constexpr int slotsPerDay = 20; // @doctor's 08:00-18:00 in half hours
constexpr int maxSubstitutionDepth = 8;

// The first time a slot placeholder lands: a week after the epoch, clear of the fixture's.
qint64 slotStart(quint64 index)
{
    const qint64 day = qint64(index / slotsPerDay);
    const qint64 slot = qint64(index % slotsPerDay);
    return epochMs + (7 + day) * dayMs + slot * 30 * 60 * 1000;
}

QCborValue substitute(const QCborValue &value, const QHash<QString, QCborValue> &names, int depth)
{
    if (value.isString()) {
        const auto it = names.constFind(value.toString());
        return it == names.cend() ? value : it.value();
    }
    if (depth >= maxSubstitutionDepth)
        return value;
    if (value.isArray()) {
        QCborArray out;
        for (const QCborValue &item : value.toArray())
            out.append(substitute(item, names, depth + 1));
        return out;
    }
    if (value.isMap()) {
        QCborMap out;
        const QCborMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            QCborValue key = it.key();
            // "patient:@patient" -> "patient:<id>": bucket names in pull cursors.
            if (key.isString()) {
                const QString text = key.toString();
                const qsizetype colon = text.indexOf(u':');
                const auto named = names.constFind(text.mid(colon + 1));
                if (colon >= 0 && named != names.cend() && named->isString())
                    key = QString(text.left(colon + 1) + named->toString());
            }
            out.insert(key, substitute(it.value(), names, depth + 1));
        }
        return out;
    }
    return value;
}

// The fields of a new account, as ServerWorker's readNewAccount reads them.
NewAccount readNewAccount(BodyReader &body)
{
    NewAccount account;
    account.username = body.text(u"username", 32);
    account.displayName = body.text(u"display_name", 100);
    account.licenceNumber = body.optionalText(u"licence_number", 64);
    account.specialty = body.optionalText(u"specialty", 200);
    account.credentials = body.optionalText(u"credentials", 2000);
    return account;
}

QString failedReading(const BodyReader &body, const QString &type)
{
    // The server sends the problem back as the error's message: it must say something.
    return !body.ok() && body.problem().isEmpty() ? type + u": a refused body without a reason"_s
                                                  : QString();
}

// A refusal the client is to blame for; anything else is the server failing on input, which
// a client would retry for ever.
bool isRefusal(ErrorCode code)
{
    // ServerBehind: a cursor from the future is the client's word against the log, answered.
    return code == ErrorCode::InvalidArgument || code == ErrorCode::Forbidden
            || code == ErrorCode::ServerBehind;
}

bool fitsAFrame(quint64 id, const QCborMap &body)
{
    return Message::reply(u"ok"_s, id, body).encode().size() <= maxFrameBytes;
}

using Changes = QList<std::pair<QString, QCborMap>>;

// The doctor's bound on the patient's blood pressure and a reading above it (@alert), and the
// three prescriptions.
Changes doctorsWork()
{
    Changes changes { { u"vital.threshold.set"_s,
                        { { u"patient_id"_s, u"@patient"_s },
                          { u"kind"_s, u"blood_pressure"_s },
                          { u"high"_s, 140.0 },
                          { u"high2"_s, 90.0 } } },
                      { u"vital.record"_s,
                        { { u"id"_s, u"reading-high"_s },
                          { u"patient_id"_s, u"@patient"_s },
                          { u"kind"_s, u"blood_pressure"_s },
                          { u"value"_s, 176.0 },
                          { u"diastolic"_s, 104.0 },
                          { u"entered_unit"_s, u"mmHg"_s },
                          { u"taken_at"_s, epochMs - 2 * 60 * 60 * 1000 },
                          { u"source"_s, u"manual"_s } } } };
    for (QStringView id :
         { newFillPrescription, startedFillPrescription, returnedFillPrescription }) {
        changes.append({ u"rx.prescribe"_s,
                         { { u"id"_s, id.toString() },
                           { u"patient_id"_s, u"@patient"_s },
                           { u"pharmacy_id"_s, mainPharmacy.toString() },
                           { u"drug_id"_s, u"amlodipine"_s },
                           { u"strength"_s, u"5 mg"_s },
                           { u"form"_s, u"tablet"_s },
                           { u"dose"_s, u"1 tablet"_s },
                           { u"directions"_s, u"once a day"_s },
                           { u"quantity"_s, 30 },
                           { u"refills"_s, 2 },
                           { u"substitution_allowed"_s, true },
                           { u"pharmacist_note"_s, u""_s },
                           { u"reference_version"_s, u"2026.12.1"_s },
                           { u"check_findings"_s, u"[]"_s },
                           { u"override_reason"_s, u"Reviewed with the patient."_s },
                           { u"issued_at"_s, epochMs - 60 * 60 * 1000 },
                           { u"signature"_s, u"@sign"_s } } });
    }
    return changes;
}

// The pharmacist's stock of the drug, one fill started and one returned with a question.
Changes pharmacistsWork()
{
    const QString item = mainPharmacy.toString() + u"|amlodipine|5 mg|tablet"_s;
    return { { u"stock.item.put"_s,
               { { u"pharmacy_id"_s, mainPharmacy.toString() },
                 { u"drug_id"_s, u"amlodipine"_s },
                 { u"strength"_s, u"5 mg"_s },
                 { u"form"_s, u"tablet"_s },
                 { u"reorder_level"_s, 20 } } },
             { u"stock.receive"_s,
               { { u"id"_s, u"lot-fixture"_s },
                 { u"item_id"_s, item },
                 { u"lot_number"_s, u"AML-0001"_s },
                 { u"expiry_date"_s, u"2035-12-31"_s },
                 { u"quantity"_s, 1000 } } },
             { u"rx.fill.update"_s,
               { { u"id"_s, QString(startedFillPrescription.toString() + u"#1"_s) },
                 { u"status"_s, u"in_progress"_s } } },
             { u"rx.fill.update"_s,
               { { u"id"_s, QString(returnedFillPrescription.toString() + u"#1"_s) },
                 { u"status"_s, u"returned"_s },
                 { u"reason"_s, u"Is 5 mg meant, or 10 mg?"_s } } } };
}

} // namespace

struct ServerFuzzing::State
{
    QTemporaryDir dir;
    std::unique_ptr<EncryptedStore> store;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<SyncService> sync;
    QHash<QString, Account> seats; // placeholder -> account
    QList<Account> actors; // by Role(id % 6)
    QHash<QString, QCborValue> fixedNames;
    Signing::KeyPair prescriberKey = Signing::generateKeyPair(FixedRandom());

    // The store under /dev/shm when there is one: a push commits (and syncs) every time. The
    // name carries the process id, so a run that crashed (and left its store in memory) is
    // cleared away by the next one.
    static QString parent()
    {
        const QString shm = u"/dev/shm"_s;
        return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    }
    static QString where()
    {
        return parent() + u"/clinic-fuzz-%1-XXXXXX"_s.arg(QCoreApplication::applicationPid());
    }
    static void removeDeadRuns()
    {
        static const QRegularExpression name(u"^clinic-fuzz-(\\d+)-"_s);
        QDir dir(parent());
        for (const QString &entry : dir.entryList({ u"clinic-fuzz-*"_s }, QDir::Dirs)) {
            const auto match = name.match(entry);
            if (match.hasMatch() && !QFileInfo::exists(u"/proc/"_s + match.captured(1)))
                QDir(dir.filePath(entry)).removeRecursively();
        }
    }
    State() : dir(where()) { }
    ~State()
    {
        sync.reset(); // it holds the store's connection
        accounts.reset();
        store.reset();
    }

    // rx.prescribe arguments whose signature is "@sign" are completed as the fixture doctor's
    // client would: the patient snapshot from the store, the doctor's key fingerprint and the
    // Ed25519 signature over the canonical bytes. Anything else is left as sent.
    QCborMap signPrescriptions(QCborMap body) const
    {
        QCborArray mutations = body.value(u"mutations"_s).toArray();
        const Account &doctor = seats.value(u"@doctor"_s);
        for (qsizetype i = 0; i < mutations.size(); ++i) {
            QCborMap mutation = mutations.at(i).toMap();
            QCborMap args = mutation.value(u"args"_s).toMap();
            if (mutation.value(u"name"_s).toString() != u"rx.prescribe"
                || args.value(u"signature"_s).toString() != u"@sign")
                continue;
            const QSqlDatabase db = store->database();
            const QString patient = args.value(u"patient_id"_s).toString();
            args.insert(u"patient_name"_s, PrescriptionSignature::patientName(db, patient));
            args.insert(u"patient_birth_date"_s, PrescriptionSignature::patientBirthDate(db, patient));
            args.insert(u"patient_allergies"_s, PrescriptionSignature::allergySnapshot(db, patient));
            const Drug *drug = ReferenceData::shipped()
                    ? ReferenceData::shipped()->drugById(args.value(u"drug_id"_s).toString())
                    : nullptr;
            QCborMap rx = args;
            rx.insert(u"prescriber_id"_s, doctor.id);
            rx.insert(u"prescriber_name"_s, doctor.displayName);
            rx.insert(u"drug_name"_s, drug ? drug->name() : QString());
            const QString fingerprint =
                    PrescriptionSignature::fingerprint(prescriberKey.publicKey);
            rx.insert(u"key_fingerprint"_s, fingerprint);
            args.insert(u"key_fingerprint"_s, fingerprint);
            args.insert(u"signature"_s,
                        QString::fromLatin1(Signing::sign(PrescriptionSignature::canonicalBytes(rx),
                                                          prescriberKey.secretKey)
                                                    .toBase64()));
            mutation.insert(u"args"_s, args);
            mutations[i] = mutation;
        }
        body.insert(u"mutations"_s, mutations);
        return body;
    }

    // A push that must be confirmed whole: the fixture.
    Result<void> push(const QString &seat, const QList<std::pair<QString, QCborMap>> &changes)
    {
        QCborArray mutations;
        qint64 n = 0;
        for (const auto &[name, args] : changes)
            mutations.append(QCborMap { { u"n"_s, ++n },
                                        { u"name"_s, name },
                                        { u"args"_s, substitute(args, fixedNames, 0) } });
        static int fixtureClients = 0;
        auto pushed = sync->push(
                seats.value(seat),
                signPrescriptions({ { u"client"_s, u"fixture-%1"_s.arg(++fixtureClients) },
                                    { u"mutations"_s, mutations } }));
        if (!pushed)
            return pushed.error();
        for (const QCborValue &outcome : pushed->reply.value(u"outcomes"_s).toArray()) {
            if (outcome.toMap().value(u"status"_s).toString() != u"confirmed")
                return makeError(ErrorCode::Unknown,
                                 u"fixture change %1 refused: %2"_s
                                         .arg(outcome.toMap().value(u"n"_s).toInteger())
                                         .arg(outcome.toMap().value(u"reason"_s).toString()));
        }
        return {};
    }
};

// The store is made here, not at the first input: Qt SQL's own statics are then made while this
// object is, so a static ServerFuzzing (the fuzzer's) is destroyed before them at exit.
ServerFuzzing::ServerFuzzing()
{
    State::removeDeadRuns();
    if (auto made = makeStore(); !made)
        m_setUpError = made.error().fullText();
}

ServerFuzzing::~ServerFuzzing() = default;

// A fresh store with the accounts and the little they need to be interesting: the patient's
// profile and care team, a location, the doctor's hours and directory page, a completed visit.
Result<void> ServerFuzzing::makeStore()
{
    if (m_state && m_state->store) {
        // What the last store went through must have left it sound.
        QSqlQuery check(m_state->store->database());
        if (!check.exec(u"PRAGMA quick_check"_s) || !check.next()
            || check.value(0).toString() != u"ok")
            return makeError(ErrorCode::StoreCorrupt, u"the fuzzed store fails quick_check"_s);
    }
    m_state.reset();
    auto state = std::make_unique<State>();
    if (!state->dir.isValid())
        return makeError(ErrorCode::Io, u"no temporary directory"_s);
    StoreOptions options = ServerStore::options();
    options.kdf = KdfParams::minimum();
    auto store = ServerStore::create(state->dir.filePath(u"data"_s), options);
    if (!store)
        return store.error();
    state->store = std::move(store).value();
    const QSqlDatabase db = state->store->database();
    state->accounts = std::make_unique<AccountService>(db, KdfParams::minimum(), fixedClock);
    state->sync = std::make_unique<SyncService>(db, fixedClock);
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(u"Fuzz-Store-Lantern-42"_s),
                                     KdfParams::minimum());
    if (!hash)
        return hash.error();
    for (const Seat &seat : seats) {
        const QString name = seat.placeholder.mid(1);
        const bool doctor = seat.role == Role::Doctor;
        auto made = state->accounts->create(
                { name, u"Fuzz "_s + name, seat.role, doctor ? u"LIC-"_s + name : QString(),
                  doctor ? u"Cardiology"_s : QString() },
                hash.value(), AccountStatus::Active, false, Actor { u"cli"_s, u"cli"_s });
        if (!made)
            return made.error();
        state->seats.insert(seat.placeholder, made.value());
        state->fixedNames.insert(seat.placeholder, made->id);
        if (seat.actor)
            state->actors.append(made.value());
    }

    state->fixedNames.insert(u"@alert"_s, Vitals::alertId(u"reading-high"_s));
    state->fixedNames.insert(u"@prescriberkey"_s,
                             QString::fromLatin1(state->prescriberKey.publicKey.toBase64()));
    const qint64 visit = epochMs + 3 * dayMs + 2 * 60 * 60 * 1000; // Thursday 10:00
    QList<std::pair<QString, QCborMap>> hours;
    for (int day = 1; day <= 7; ++day)
        hours.append({ u"availability.set_rule"_s,
                       { { u"id"_s, u"rule-day%1"_s.arg(day) },
                         { u"provider_id"_s, u"@doctor"_s },
                         { u"location_id"_s, mainLocation.toString() },
                         { u"modality"_s, u"in_person"_s },
                         { u"day_of_week"_s, day },
                         { u"start_time"_s, u"08:00"_s },
                         { u"end_time"_s, u"18:00"_s },
                         { u"slot_minutes"_s, 30 },
                         { u"time_zone"_s, u"UTC"_s } } });
    // Thursday evenings on video too, for the confirmed video visit.
    hours.append({ u"availability.set_rule"_s,
                   { { u"id"_s, u"rule-video"_s },
                     { u"provider_id"_s, u"@doctor"_s },
                     { u"location_id"_s, mainLocation.toString() },
                     { u"modality"_s, u"video"_s },
                     { u"day_of_week"_s, 4 },
                     { u"start_time"_s, u"18:00"_s },
                     { u"end_time"_s, u"20:00"_s },
                     { u"slot_minutes"_s, 30 },
                     { u"time_zone"_s, u"UTC"_s } } });
    const QCborMap done { { u"id"_s, completedVisit.toString() } };
    for (auto fixture :
         { std::pair {
                   u"@admin"_s,
                   QList<std::pair<QString, QCborMap>> { { u"location.put"_s,
                                                           { { u"id"_s, mainLocation.toString() },
                                                             { u"name"_s, u"Main"_s },
                                                             { u"time_zone"_s, u"UTC"_s } } } } },
           std::pair {
                   u"@patient"_s,
                   QList<std::pair<QString, QCborMap>> { { u"patient.update"_s,
                                                           { { u"id"_s, u"@patient"_s },
                                                             { u"family_name"_s, u"Fuzz"_s },
                                                             { u"given_name"_s, u"Pat"_s } } } } },
           std::pair {
                   u"@desk"_s,
                   QList<std::pair<QString, QCborMap>> { { u"care_team.assign"_s,
                                                           { { u"patient_id"_s, u"@patient"_s },
                                                             { u"staff_id"_s, u"@doctor"_s } } },
                                                         { u"care_team.assign"_s,
                                                           { { u"patient_id"_s, u"@patient"_s },
                                                             { u"staff_id"_s, u"@nurse"_s } } } } },
           std::pair { u"@desk"_s, hours },
           std::pair { u"@admin"_s,
                       QList<std::pair<QString, QCborMap>> {
                               { u"pharmacy.put"_s,
                                 { { u"id"_s, mainPharmacy.toString() },
                                   { u"name"_s, u"Main pharmacy"_s } } },
                               { u"pharmacy.member.set"_s,
                                 { { u"staff_id"_s, u"@pharmacist"_s },
                                   { u"pharmacy_id"_s, mainPharmacy.toString() } } } } },
           std::pair { u"@doctor"_s,
                       QList<std::pair<QString, QCborMap>> {
                               { u"prescriber_key.register"_s,
                                 { { u"public_key"_s, u"@prescriberkey"_s } } } } },
           std::pair { u"@doctor"_s, doctorsWork() },
           std::pair { u"@pharmacist"_s, pharmacistsWork() },
           std::pair { u"@patient"_s,
                       QList<std::pair<QString, QCborMap>> {
                               { u"rx.refill.request"_s,
                                 { { u"id"_s, refillRequest.toString() },
                                   { u"prescription_id"_s, newFillPrescription.toString() } } } } },
           std::pair { u"@doctor"_s,
                       QList<std::pair<QString, QCborMap>> {
                               { u"provider.update_profile"_s,
                                 { { u"id"_s, u"@doctor"_s },
                                   { u"display_name"_s, u"Dr Fuzz"_s },
                                   { u"location_ids"_s, mainLocation.toString() } } } } },
           std::pair { u"@desk"_s,
                       QList<std::pair<QString, QCborMap>> {
                               { u"appointment.request"_s,
                                 { { u"id"_s, completedVisit.toString() },
                                   { u"patient_id"_s, u"@patient"_s },
                                   { u"provider_id"_s, u"@doctor"_s },
                                   { u"start_at"_s, visit } } },
                               { u"appointment.confirm"_s, done },
                               { u"appointment.check_in"_s, done },
                               { u"appointment.complete"_s, done },
                               { u"appointment.request"_s,
                                 { { u"id"_s, videoVisit.toString() },
                                   { u"patient_id"_s, u"@patient"_s },
                                   { u"provider_id"_s, u"@doctor"_s },
                                   { u"location_id"_s, mainLocation.toString() },
                                   { u"modality"_s, u"video"_s },
                                   { u"start_at"_s, visit + 8 * 60 * 60 * 1000 } } },
                               { u"appointment.confirm"_s,
                                 { { u"id"_s, videoVisit.toString() } } } } } }) {
        if (auto pushed = state->push(fixture.first, fixture.second); !pushed)
            return pushed;
    }
    m_state = std::move(state);
    m_input = 0;
    return {};
}

QString ServerFuzzing::run(const QByteArray &frame)
{
    if (!m_setUpError.isEmpty())
        return u"cannot make the fuzzing store: "_s + m_setUpError;
    if (!m_state || m_input >= quint64(inputsPerStore)) {
        if (auto made = makeStore(); !made)
            return u"cannot make the fuzzing store: "_s + made.error().fullText();
    }
    ++m_input;
    ++m_total;

    const auto message = Message::decode(frame);
    if (!message) {
        // Every refusal must explain itself: the server sends the detail back.
        if (message.error().code != ErrorCode::InvalidArgument || message.error().detail.isEmpty())
            return u"a frame refused without a reason"_s;
        return {};
    }
    // What decode accepts, encode writes so that decode accepts it again, unchanged (when it
    // still fits: half-precision floats re-encode larger).
    const QByteArray again = message->encode();
    if (again.size() <= maxFrameBytes) {
        const auto reread = Message::decode(again);
        if (!reread || reread->type != message->type || reread->id != message->id
            || reread->encode() != again)
            return u"a frame does not survive encode and decode"_s;
    }
    m_coverage.requestTypes.insert(message->type);

    QString broken = message->type == u"push" ? runPush(*message)
            : message->type == u"pull"        ? runPull(*message)
                                              : readFields(*message);
    if (!broken.isEmpty())
        return broken;
    // Whatever happened, no transaction may be left open on the store.
    QSqlQuery probe(m_state->store->database());
    if (!probe.exec(u"BEGIN"_s))
        return u"a transaction was left open after “%1”"_s.arg(message->type);
    probe.exec(u"ROLLBACK"_s);
    return {};
}

// The fields each request reads (sync_server/serverworker.cpp and syncserver.cpp), read the
// same way, and the checks that need no hashing or session: user names, roles and password
// strength (zxcvbn, on up to 1,024 hostile characters).
QString ServerFuzzing::readFields(const Message &message)
{
    const QString &type = message.type;
    BodyReader body(message.body);
    const auto strength = [this](const NewAccount &account, const QString &password) {
        (void)m_state->accounts->validateNew(account, SecureBytes::fromUtf8(password));
    };
    if (type == u"hello") {
        (void)body.text(u"app", 100);
    } else if (type == u"sign_in") {
        const QString username = body.text(u"username", 100);
        (void)body.text(u"password", 1024);
        (void)body.optionalText(u"totp", 16);
        (void)AccountService::isValidUsername(username.trimmed().toLower());
    } else if (type == u"register" || type == u"account_create") {
        NewAccount account = readNewAccount(body);
        const std::optional<Role> role = Roles::fromName(body.text(u"role", 16));
        const QString password = body.text(u"password", 1024);
        if (body.ok() && role) {
            account.role = *role;
            strength(account, password);
        }
    } else if (type == u"resume") {
        (void)body.text(u"token", 128);
    } else if (type == u"end_session") {
        (void)body.text(u"session_id", 64);
    } else if (type == u"change_password") {
        (void)body.text(u"current", 1024);
        const QString replacement = body.text(u"new", 1024);
        if (body.ok())
            strength({ u"patient"_s, u"Fuzz patient"_s, Role::Patient, {}, {} }, replacement);
    } else if (type == u"totp_confirm") {
        (void)body.text(u"code", 16);
    } else if (type == u"account_verify" || type == u"account_set_enabled") {
        (void)body.text(u"account_id", 64);
        (void)body.requiredBoolean(type == u"account_verify" ? u"approve" : u"enabled");
        (void)body.optionalText(u"reason", 500);
    } else if (type == u"account_reset_password") {
        (void)body.text(u"account_id", 64);
        const QString password = body.text(u"password", 1024);
        if (body.ok())
            strength({ u"nurse"_s, u"Fuzz nurse"_s, Role::Nurse, {}, {} }, password);
    } else if (type == u"account_set_role") {
        (void)body.text(u"account_id", 64);
        (void)Roles::fromName(body.text(u"role", 16));
    } else if (type == u"settings_set") {
        (void)body.boolean(u"require_totp_for_staff", false);
        if (message.body.contains(u"idle_lock_minutes"_s))
            (void)body.integer(u"idle_lock_minutes", 1, 240);
    }
    // sessions, sign_out, totp_begin, account_list, settings_get, ping...: no body to read.
    (void)ProtocolErrors::fromName(message.body.value(u"code"_s).toString());
    return failedReading(body, type);
}

// The push as the server runs it, for the actor the id picks; then what its answer promises.
QString ServerFuzzing::runPush(const Message &message)
{
    const Account &actor = m_state->actors.at(int(message.id % actorCount));
    QHash<QString, QCborValue> names = m_state->fixedNames;
    for (int k = 0; k <= 9; ++k) {
        names.insert(u"@new%1"_s.arg(k), u"n%1x%2"_s.arg(k).arg(m_total));
        names.insert(u"@slot%1"_s.arg(k), slotStart(m_input * 10 + quint64(k)));
    }
    names.insert(u"@client"_s, u"client-%1"_s.arg(m_total));
    const QCborMap body =
            m_state->signPrescriptions(substitute(message.body, names, 0).toMap());
    // Numbers the client had already sent (before this push, or earlier in it) get their
    // recorded outcome again, whatever the change is called now: not applied, so not judged.
    qint64 applied = 0;
    {
        // Each input syncs as a new computer, and the fixed clock never lets the 30 days pass
        // after which an account's old computers make room (SyncService::makeRoomForClient):
        // the earlier inputs' computers are aged instead, or a long run is refused for them.
        QSqlQuery age(m_state->store->database());
        age.prepare(u"UPDATE sync_client SET last_seen_at = 0 WHERE account_id = ?"_s);
        age.addBindValue(actor.id);
        age.exec();
        QSqlQuery before(m_state->store->database());
        before.prepare(u"SELECT last_mutation FROM sync_client WHERE id = ?"_s);
        before.addBindValue(body.value(u"client"_s).toString());
        if (before.exec() && before.next())
            applied = before.value(0).toLongLong();
    }

    auto pushed = m_state->sync->push(actor, body);
    if (!pushed) {
        return isRefusal(pushed.error().code)
                ? QString()
                : u"push failed as the server's fault: "_s + pushed.error().fullText();
    }
    const QCborMap &reply = pushed->reply;
    const QCborArray mutations = body.value(u"mutations"_s).toArray();
    const QCborArray outcomes = reply.value(u"outcomes"_s).toArray();
    if (outcomes.size() != mutations.size())
        return u"push: %1 outcomes for %2 changes"_s.arg(outcomes.size()).arg(mutations.size());
    qint64 last = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const QCborMap outcome = outcomes.at(i).toMap();
        const QCborMap mutation = mutations.at(i).toMap();
        const qint64 n = mutation.value(u"n"_s).toInteger();
        last = qMax(last, n);
        if (outcome.value(u"n"_s).toInteger() != n)
            return u"push: outcome %1 answers change %2"_s.arg(outcome.value(u"n"_s).toInteger())
                    .arg(n);
        // At or below the highest number so far (before this push or earlier in it): a replay.
        if (n <= applied)
            continue;
        applied = n;
        const QString status = outcome.value(u"status"_s).toString();
        const QString name = mutation.value(u"name"_s).toString();
        const bool known = Mutations::find(name) != nullptr;
        if (status == u"confirmed") {
            if (!known)
                return u"push: an unknown change “%1” was confirmed"_s.arg(name);
            ++m_coverage.confirmed[name];
        } else if (status == u"rejected") {
            static const QStringList codes { u"invalid"_s, u"forbidden"_s, u"not_found"_s,
                                             u"conflict"_s };
            if (!codes.contains(outcome.value(u"code"_s).toString())
                || outcome.value(u"reason"_s).toString().isEmpty())
                return u"push: a rejection without a known code and a reason"_s;
            if (known)
                ++m_coverage.rejected[name];
        } else {
            return u"push: an outcome “%1”"_s.arg(status);
        }
    }
    if (reply.value(u"last_mutation"_s).toInteger() < last)
        return u"push: last_mutation behind the changes answered"_s;
    if (!fitsAFrame(message.id, reply))
        return u"push: the reply is larger than a frame"_s;
    return {};
}

// The pull as the server runs it; then what its answer promises: only the user's buckets,
// rows that belong in them, cursors of the two shapes, and a reply that fits a frame.
QString ServerFuzzing::runPull(const Message &message)
{
    const Account &actor = m_state->actors.at(int(message.id % actorCount));
    QHash<QString, QCborValue> names = m_state->fixedNames;
    names.insert(u"@client"_s, u"client-%1"_s.arg(m_total));
    const QCborMap body = substitute(message.body, names, 0).toMap();

    // The shapes of the cursors sent, as SyncService::pullBucket tells them apart; a malformed
    // one makes the whole pull a refusal, which counts as covering it.
    const QCborMap cursors = body.value(u"cursors"_s).toMap();
    for (auto it = cursors.constBegin(); it != cursors.constEnd(); ++it) {
        const QCborMap state = it.value().toMap();
        const bool seq = state.value(u"seq"_s).isInteger();
        const bool snapshot = state.value(u"snap"_s).isInteger()
                && state.value(u"tbl"_s).isInteger() && state.value(u"rev"_s).isInteger();
        m_coverage.cursorShapes.insert(seq ? u"seq"_s : snapshot ? u"snapshot"_s : u"malformed"_s);
    }

    auto pulled = m_state->sync->pull(actor, body);
    if (!pulled) {
        return isRefusal(pulled.error().code)
                ? QString()
                : u"pull failed as the server's fault: "_s + pulled.error().fullText();
    }
    const QStringList &allowed = pulled->allowedBuckets;
    for (const QString &bucket : allowed) {
        if (!cursors.contains(bucket))
            m_coverage.cursorShapes.insert(u"absent"_s);
    }

    const QCborMap &reply = pulled->reply;
    const qint64 tables = SyncedTables::all().size();
    for (const QCborValue &entry : reply.value(u"buckets"_s).toArray()) {
        const QCborMap bucket = entry.toMap();
        const QString name = bucket.value(u"name"_s).toString();
        if (!allowed.contains(name))
            return u"pull: bucket “%1” sent to a user who may not see it"_s.arg(name);
        const QCborMap cursor = bucket.value(u"cursor"_s).toMap();
        const bool inStep = cursor.size() == 1 && cursor.value(u"seq"_s).isInteger();
        // toInteger() only on integers: on a double out of range it is undefined behaviour.
        const QCborValue tblValue = cursor.value(u"tbl"_s);
        const qint64 tbl = tblValue.isInteger() ? tblValue.toInteger() : -1;
        const bool snapshotting = cursor.size() == 3 && cursor.value(u"snap"_s).isInteger()
                && cursor.value(u"rev"_s).isInteger() && tbl >= 0 && tbl <= tables;
        if (!inStep && !snapshotting)
            return u"pull: a cursor of neither shape for “%1”"_s.arg(name);
        for (const QCborValue &rowValue : bucket.value(u"rows"_s).toArray()) {
            const QCborMap row = rowValue.toMap();
            const SyncedTable *table = SyncedTables::find(row.value(u"t"_s).toString());
            if (!table)
                return u"pull: a row of no synced table"_s;
            const QString op = row.value(u"op"_s).toString();
            if (op == u"drop") {
                if (!row.value(u"id"_s).isString())
                    return u"pull: a drop without an id"_s;
            } else if (op != u"put") {
                return u"pull: a row with op “%1”"_s.arg(op);
            } else if (!table->bucketsOf(row.value(u"v"_s).toMap()).contains(name)) {
                return u"pull: a %1 row sent in bucket “%2”, which it is not in"_s.arg(table->name,
                                                                                       name);
            }
        }
    }
    for (const QCborValue &revoked : reply.value(u"revoked"_s).toArray()) {
        m_coverage.cursorShapes.insert(u"revoked"_s);
        if (allowed.contains(revoked.toString()))
            return u"pull: an allowed bucket listed as revoked"_s;
    }
    if (!fitsAFrame(message.id, reply))
        return u"pull: the reply is larger than a frame (%1 bytes)"_s.arg(
                Message::reply(u"ok"_s, message.id, reply).encode().size());
    return {};
}

} // namespace clinic::fuzz
