// Prescriptions and the pharmacy as synced rows (issue 15, docs/pharmacy.md), straight to the
// server's sync service on both server stores: who may prescribe; the server's own medication
// check and its override rule; the patient snapshot; the Ed25519 signature (tampered bytes, a
// wrong key, an unverified doctor, a rotated key); routing (a pharmacy receives only its own
// prescriptions and nothing else of the record); refills (request, approve, deny, the limit,
// two approvals racing); cancelling; the pharmacy's question; the budgets.
#include "crypto/signing.h"
#include "mutations/entitymutations.h"
#include "pharmacy/prescriberkeys.h"
#include "pharmacy/prescriptionrepository.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacy/referencedata.h"
#include "servicefixture.h"
#include "storage/encryptedstore.h"
#include "storetestsupport.h"

#include <QCborArray>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString status(const QCborMap &outcome)
{
    return outcome.value(u"status"_s).toString();
}

QString reason(const QCborMap &outcome)
{
    return outcome.value(u"reason"_s).toString();
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

struct Medicine
{
    QString id, name, strength, form;
};

Medicine medicine(const QString &name)
{
    const Drug *drug = ReferenceData::shipped()->findDrug(name);
    if (!drug || drug->forms.isEmpty() || drug->forms.first().strengths.isEmpty())
        return {};
    return { drug->id, drug->name(), drug->forms.first().strengths.first(),
             drug->forms.first().form };
}

} // namespace

class TestPrescriptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signingRoundTrip();
    void prescriberKeysAreKeptAndSign();
    void pharmaciesAreTheAdminsAndThePatientChooses();
    void onlyAVerifiedDoctorRegistersAKeyAndKeysAreBounded();
    void onlyTheCareTeamsDoctorPrescribes();
    void aPrescriptionWithNoFindingNeedsNoOverride();
    void aMajorOrContraindicatedFindingNeedsAnOverrideKeptAndAudited();
    void aSnapshotThatDiffersFromTheRecordIsRefused();
    void signaturesAreChecked();
    void aRotatedKeyStillVerifiesWhatItSigned();
    void hostileArgumentsAreRefused_data();
    void hostileArgumentsAreRefused();
    void aPharmacyReceivesOnlyItsPrescriptionsAndNothingElseOfTheRecord();
    void refillsNeverExceedWhatWasAuthorised();
    void refillRequestsAreBounded();
    void thePrescriberCancelsAndAnswersThePharmacy();
    void theRepositoryReadsWhatTheServerSent();

private:
    QCborMap apply(const QString &user, const QString &name, const QCborMap &args)
    {
        return m_service->apply(m_ids[user], name, args);
    }
    // A signed prescription for Ana by Dr One, to pharmacy A, of `drug`.
    QCborMap prescription(const Medicine &drug, QCborMap more = {},
                          const SecureBytes *key = nullptr, const QString &fingerprint = {});
    QCborMap sign(QCborMap rx, const QString &doctor, const SecureBytes &key,
                  const QString &fingerprint);
    // The server's row of `table` as CBOR, with its columns' types.
    QCborMap row(const QString &table, const QString &id) const;
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    QHash<QString, QCborMap> pulled(const QString &user) const;

    std::unique_ptr<ServiceFixture> m_service;
    QHash<QString, QString> m_ids;
    Signing::KeyPair m_key; // Dr One's registered key
    QString m_fingerprint;
    Medicine m_amlodipine, m_ibuprofen, m_amoxicillin;
};

void TestPrescriptions::initTestCase()
{
    QVERIFY(bool(ReferenceData::shipped()));
    m_amlodipine = medicine(u"amlodipine"_s);
    m_ibuprofen = medicine(u"ibuprofen"_s);
    m_amoxicillin = medicine(u"amoxicillin"_s);
    QVERIFY(!m_amlodipine.id.isEmpty() && !m_ibuprofen.id.isEmpty()
            && !m_amoxicillin.id.isEmpty());
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"ben"_s, Role::Patient },
           std::pair { u"dr-one"_s, Role::Doctor }, std::pair { u"dr-two"_s, Role::Doctor },
           std::pair { u"dr-new"_s, Role::Doctor }, std::pair { u"nurse"_s, Role::Nurse },
           std::pair { u"desk"_s, Role::FrontDesk }, std::pair { u"admin"_s, Role::Admin },
           std::pair { u"pharm-a"_s, Role::Pharmacist },
           std::pair { u"pharm-b"_s, Role::Pharmacist } }) {
        m_ids[name] = m_service->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    QCOMPARE(status(apply(u"ana"_s, u"patient.update"_s,
                          { { u"id"_s, m_ids[u"ana"_s] },
                            { u"given_name"_s, u"Ana"_s },
                            { u"family_name"_s, u"Lopez"_s },
                            { u"birth_date"_s, u"1980-04-02"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ben"_s, u"patient.update"_s,
                          { { u"id"_s, m_ids[u"ben"_s] },
                            { u"given_name"_s, u"Ben"_s },
                            { u"family_name"_s, u"Ward"_s } })),
             u"confirmed"_s);
    for (const auto &[patient, staff] : { std::pair { u"ana"_s, u"dr-one"_s },
                                          std::pair { u"ana"_s, u"nurse"_s },
                                          std::pair { u"ben"_s, u"dr-two"_s } }) {
        QCOMPARE(status(apply(u"desk"_s, u"care_team.assign"_s,
                              { { u"patient_id"_s, m_ids[patient] },
                                { u"staff_id"_s, m_ids[staff] },
                                { u"staff_name"_s, staff } })),
                 u"confirmed"_s);
    }
    // Ana: allergic to penicillin; on warfarin.
    QCOMPARE(status(apply(u"ana"_s, u"allergy.put"_s,
                          { { u"id"_s, newId() },
                            { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"substance"_s, u"penicillin"_s },
                            { u"reaction"_s, u"hives"_s },
                            { u"severity"_s, u"severe"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"ana"_s, u"medication.put"_s,
                          { { u"id"_s, newId() },
                            { u"patient_id"_s, m_ids[u"ana"_s] },
                            { u"name"_s, u"warfarin"_s },
                            { u"dose"_s, u"5 mg"_s } })),
             u"confirmed"_s);
    for (const QString &pharmacy : { u"ph-a"_s, u"ph-b"_s }) {
        QCOMPARE(status(apply(u"admin"_s, u"pharmacy.put"_s,
                              { { u"id"_s, pharmacy },
                                { u"name"_s, QString(u"Pharmacy "_s + pharmacy) },
                                { u"city"_s, u"Lisbon"_s },
                                { u"hours"_s, u"Mon–Fri 08:00–19:00"_s } })),
                 u"confirmed"_s);
    }
    QCOMPARE(status(apply(u"admin"_s, u"pharmacy.member.set"_s,
                          { { u"staff_id"_s, m_ids[u"pharm-a"_s] }, { u"pharmacy_id"_s, u"ph-a"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"admin"_s, u"pharmacy.member.set"_s,
                          { { u"staff_id"_s, m_ids[u"pharm-b"_s] }, { u"pharmacy_id"_s, u"ph-b"_s } })),
             u"confirmed"_s);
    m_key = Signing::generateKeyPair();
    m_fingerprint = PrescriptionSignature::fingerprint(m_key.publicKey);
    const QCborMap registered = apply(u"dr-one"_s, u"prescriber_key.register"_s,
                                      { { u"public_key"_s, base64(m_key.publicKey) } });
    QCOMPARE(status(registered), u"confirmed"_s);
}

void TestPrescriptions::cleanupTestCase()
{
    m_service.reset();
}

QCborMap TestPrescriptions::sign(QCborMap rx, const QString &doctor, const SecureBytes &key,
                                 const QString &fingerprint)
{
    rx.insert(u"prescriber_id"_s, m_ids[doctor]);
    rx.insert(u"prescriber_name"_s, QString(doctor + u" Test"_s)); // the fixture's display name
    rx.insert(u"key_fingerprint"_s, fingerprint);
    rx.insert(u"signature"_s,
              base64(Signing::sign(PrescriptionSignature::canonicalBytes(rx), key)));
    return rx;
}

QCborMap TestPrescriptions::prescription(const Medicine &drug, QCborMap more,
                                         const SecureBytes *key, const QString &fingerprint)
{
    QCborMap rx { { u"id"_s, newId() },
                  { u"patient_id"_s, m_ids[u"ana"_s] },
                  { u"pharmacy_id"_s, u"ph-a"_s },
                  { u"drug_id"_s, drug.id },
                  { u"drug_name"_s, drug.name },
                  { u"strength"_s, drug.strength },
                  { u"form"_s, drug.form },
                  { u"dose"_s, u"1 tablet"_s },
                  { u"directions"_s, u"once a day in the morning"_s },
                  { u"quantity"_s, 30 },
                  { u"refills"_s, 1 },
                  { u"substitution_allowed"_s, true },
                  { u"pharmacist_note"_s, QString() },
                  { u"reference_version"_s, ReferenceData::shipped()->version() },
                  { u"check_findings"_s, u"[]"_s },
                  { u"override_reason"_s, QString() },
                  { u"issued_at"_s, m_service->clock.nowMs() },
                  { u"patient_name"_s, u"Ana Lopez"_s },
                  { u"patient_birth_date"_s, u"1980-04-02"_s },
                  { u"patient_allergies"_s, u"penicillin (hives)"_s } };
    for (auto it = more.begin(); it != more.end(); ++it)
        rx.insert(it.key(), it.value());
    return sign(rx, u"dr-one"_s, key ? *key : m_key.secretKey,
                fingerprint.isEmpty() ? m_fingerprint : fingerprint);
}

QCborMap TestPrescriptions::row(const QString &table, const QString &id) const
{
    QSqlQuery query(m_service->database());
    query.prepare(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s);
    query.addBindValue(id);
    QCborMap map;
    if (!query.exec() || !query.next())
        return map;
    const QSqlRecord record = query.record();
    // Integer columns, whatever type the store's driver reports them as.
    const QStringList integers { u"rev"_s,         u"updated_at"_s, u"number"_s,
                                 u"quantity"_s,    u"refills"_s,    u"issued_at"_s,
                                 u"registered_at"_s, u"created_at"_s, u"status_at"_s,
                                 u"requested_at"_s, u"decided_at"_s };
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = query.value(i);
        const QString name = record.fieldName(i);
        if (value.isNull())
            map.insert(name, QCborValue(QCborValue::Null));
        else if (value.typeId() == QMetaType::Bool)
            map.insert(name, value.toBool());
        else if (value.typeId() == QMetaType::QDate)
            map.insert(name, value.toDate().toString(Qt::ISODate));
        else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
                 || integers.contains(name))
            map.insert(name, value.toLongLong());
        else
            map.insert(name, value.toString());
    }
    return map;
}

qint64 TestPrescriptions::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_service->database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The rows a fresh pull of `user` carries, by "table/id".
QHash<QString, QCborMap> TestPrescriptions::pulled(const QString &user) const
{
    QHash<QString, QCborMap> rows;
    auto result = m_service->pull(m_ids.value(user), {});
    if (!result)
        return { { u"pull failed"_s, {} } };
    for (const QCborValue &bucket : result->reply.value(u"buckets"_s).toArray()) {
        for (const QCborValue &value : bucket.toMap().value(u"rows"_s).toArray()) {
            const QCborMap row = value.toMap();
            rows.insert(row.value(u"t"_s).toString() + u'/'
                                + row.value(u"v"_s).toMap().value(u"id"_s).toString(),
                        row.value(u"v"_s).toMap());
        }
    }
    return rows;
}

// --- signing, no server --------------------------------------------------------------------

void TestPrescriptions::signingRoundTrip()
{
    const Signing::KeyPair pair = Signing::generateKeyPair();
    const QByteArray message = "clinic-rx-v1\nid=1\n";
    const QByteArray signature = Signing::sign(message, pair.secretKey);
    QCOMPARE(signature.size(), Signing::signatureBytes);
    QVERIFY(Signing::verify(message, signature, pair.publicKey));
    QByteArray altered = message;
    altered[14] = '2';
    QVERIFY(!Signing::verify(altered, signature, pair.publicKey));
    QVERIFY(!Signing::verify(message, signature, Signing::generateKeyPair().publicKey));
    QVERIFY(!Signing::verify(message, signature.left(63), pair.publicKey));

    // The canonical bytes: the order, escapes, booleans and integers.
    const QByteArray bytes = PrescriptionSignature::canonicalBytes(
            { { u"directions"_s, u"two\nlines \\ here"_s },
              { u"id"_s, u"rx1"_s },
              { u"quantity"_s, 30 },
              { u"substitution_allowed"_s, false } });
    QVERIFY(bytes.startsWith("clinic-rx-v1\nid=rx1\npatient_id=\n"));
    QVERIFY(bytes.contains("\ndirections=two\\nlines \\\\ here\nquantity=30\n"));
    QVERIFY(bytes.contains("\nsubstitution_allowed=0\n"));
    QVERIFY(bytes.endsWith("\nkey_fingerprint=\n"));
    QCOMPARE(bytes.count('\n'), 1 + PrescriptionSignature::signedFields().size());

    QCOMPARE(PrescriptionSignature::formatAllergies({ { u"sulfa"_s, QString() },
                                                      { u"Penicillin"_s, u" hives "_s },
                                                      { u"aspirin"_s, u"asthma"_s } }),
             u"aspirin (asthma); Penicillin (hives); sulfa"_s);
    QCOMPARE(PrescriptionSignature::formatName(u" Ana "_s, u"Lopez"_s), u"Ana Lopez"_s);
    QCOMPARE(PrescriptionSignature::fingerprint(pair.publicKey).size(), 32);
}

void TestPrescriptions::prescriberKeysAreKeptAndSign()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"keys"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery create(db);
        QVERIFY(create.exec(u"CREATE TABLE prescriber_secret (account_id TEXT PRIMARY KEY NOT NULL, "
                            u"public_key BLOB NOT NULL, secret_key BLOB NOT NULL, "
                            u"created_at INTEGER NOT NULL)"_s));
        QCborMap rx { { u"id"_s, u"rx-k"_s }, { u"prescriber_id"_s, u"doc"_s } };
        QVERIFY(!PrescriberKeys::sign(db, u"doc"_s, rx)); // no key yet
        auto made = PrescriberKeys::ensure(db, u"doc"_s, 1000);
        QVERIFY(made);
        auto again = PrescriberKeys::ensure(db, u"doc"_s, 2000);
        QVERIFY(again);
        QCOMPARE(again->publicKey, made->publicKey); // kept, not made again
        QVERIFY(PrescriberKeys::sign(db, u"doc"_s, rx));
        QCOMPARE(rx.value(u"key_fingerprint"_s).toString(), made->fingerprint);
        const QCborMap key { { u"doctor_id"_s, u"doc"_s },
                             { u"doctor_name"_s, u"Dr Kim"_s },
                             { u"public_key"_s, made->publicKeyBase64() },
                             { u"fingerprint"_s, made->fingerprint } };
        QVERIFY(PrescriptionSignature::verify(rx, key));
        rx.insert(u"dose"_s, u"2 tablets"_s);
        const auto altered = PrescriptionSignature::verify(rx, key);
        QVERIFY(!altered);
        QVERIFY2(altered.error().message.contains(u"altered since it was signed"_s),
                 qPrintable(altered.error().message));
        auto replaced = PrescriberKeys::replace(db, u"doc"_s, 3000);
        QVERIFY(replaced);
        QVERIFY(replaced->publicKey != made->publicKey);
        rx.remove(u"signature"_s);
        rx.remove(u"key_fingerprint"_s);
        const auto unsigned_ = PrescriptionSignature::verify(rx, key);
        QVERIFY(!unsigned_);
        QVERIFY(unsigned_.error().message.contains(u"not signed"_s));
    }
    QSqlDatabase::removeDatabase(u"keys"_s);
}

// --- pharmacies and keys -------------------------------------------------------------------

void TestPrescriptions::pharmaciesAreTheAdminsAndThePatientChooses()
{
    QCOMPARE(status(apply(u"desk"_s, u"pharmacy.put"_s,
                          { { u"id"_s, u"ph-x"_s }, { u"name"_s, u"Mine"_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"admin"_s, u"pharmacy.put"_s,
                          { { u"id"_s, u"ph-x"_s }, { u"name"_s, QString() } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"admin"_s, u"pharmacy.put"_s,
                          { { u"id"_s, u"ph-x"_s },
                            { u"name"_s, u"Closed one"_s },
                            { u"phone"_s, QString(41, u'1') } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"admin"_s, u"pharmacy.put"_s,
                          { { u"id"_s, u"ph-x"_s },
                            { u"name"_s, u"Closed one"_s },
                            { u"active"_s, false } })),
             u"confirmed"_s);
    // Only a pharmacist's account works at a pharmacy; its name comes from the account.
    const QCborMap doctor = apply(u"admin"_s, u"pharmacy.member.set"_s,
                                  { { u"staff_id"_s, m_ids[u"dr-two"_s] },
                                    { u"pharmacy_id"_s, u"ph-a"_s } });
    QCOMPARE(status(doctor), u"rejected"_s);
    QVERIFY(reason(doctor).contains(u"pharmacist"_s));
    QCOMPARE(row(u"pharmacy_member"_s, m_ids[u"pharm-a"_s]).value(u"staff_name"_s).toString(),
             u"pharm-a Test"_s);

    // The patient (or the desk) picks an active pharmacy; not another patient's record.
    QCOMPARE(status(apply(u"ana"_s, u"patient.pharmacy.set"_s,
                          { { u"patient_id"_s, m_ids[u"ana"_s] }, { u"pharmacy_id"_s, u"ph-a"_s } })),
             u"confirmed"_s);
    QCOMPARE(row(u"patient_pharmacy"_s, m_ids[u"ana"_s]).value(u"pharmacy_id"_s).toString(),
             u"ph-a"_s);
    const QCborMap closed = apply(u"ana"_s, u"patient.pharmacy.set"_s,
                                  { { u"patient_id"_s, m_ids[u"ana"_s] },
                                    { u"pharmacy_id"_s, u"ph-x"_s } });
    QCOMPARE(status(closed), u"rejected"_s);
    QVERIFY(reason(closed).contains(u"no new prescriptions"_s));
    QCOMPARE(status(apply(u"ana"_s, u"patient.pharmacy.set"_s,
                          { { u"patient_id"_s, m_ids[u"ben"_s] }, { u"pharmacy_id"_s, u"ph-a"_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"desk"_s, u"patient.pharmacy.set"_s,
                          { { u"patient_id"_s, m_ids[u"ben"_s] }, { u"pharmacy_id"_s, u"ph-b"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"nurse"_s, u"patient.pharmacy.set"_s,
                          { { u"patient_id"_s, m_ids[u"ana"_s] }, { u"pharmacy_id"_s, u"ph-b"_s } })),
             u"rejected"_s);
}

void TestPrescriptions::onlyAVerifiedDoctorRegistersAKeyAndKeysAreBounded()
{
    const QString key = base64(Signing::generateKeyPair().publicKey);
    // A doctor the admin has not verified (pending) cannot register a key.
    QSqlQuery pending(m_service->database());
    pending.prepare(u"UPDATE account SET status = 'pending' WHERE id = ?"_s);
    pending.addBindValue(m_ids[u"dr-new"_s]);
    QVERIFY(pending.exec());
    const QCborMap refused = apply(u"dr-new"_s, u"prescriber_key.register"_s,
                                   { { u"public_key"_s, key } });
    QCOMPARE(status(refused), u"rejected"_s);
    QVERIFY2(reason(refused).contains(u"verified"_s), qPrintable(reason(refused)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM prescriber_key WHERE id = ?"_s, { m_ids[u"dr-new"_s] }),
             0);
    // Nor can a nurse or a pharmacist; nor a key that is not 32 bytes of base64.
    QCOMPARE(status(apply(u"nurse"_s, u"prescriber_key.register"_s, { { u"public_key"_s, key } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"pharm-a"_s, u"prescriber_key.register"_s,
                          { { u"public_key"_s, key } })),
             u"rejected"_s);
    for (const QString &bad : { QString(), u"AAAA"_s, QString(44, u'!'), QString(key + u"AAAA"_s),
                                base64(QByteArray(33, 'x')) }) {
        QCOMPARE(status(apply(u"dr-two"_s, u"prescriber_key.register"_s,
                              { { u"public_key"_s, bad } })),
                 u"rejected"_s);
    }
    // Dr Two rotates 25 keys: the current one and the 20 before it are kept.
    QString last;
    for (int i = 0; i < 25; ++i) {
        last = base64(Signing::generateKeyPair().publicKey);
        QCOMPARE(status(apply(u"dr-two"_s, u"prescriber_key.register"_s,
                              { { u"public_key"_s, last } })),
                 u"confirmed"_s);
    }
    const QCborMap keyRow = row(u"prescriber_key"_s, m_ids[u"dr-two"_s]);
    QCOMPARE(keyRow.value(u"public_key"_s).toString(), last);
    QCOMPARE(keyRow.value(u"previous_keys"_s).toString().split(u',').size(),
             Pharmacy::maxPreviousKeys);
    QCOMPARE(keyRow.value(u"doctor_name"_s).toString(), u"dr-two Test"_s);
}

// --- prescribing ---------------------------------------------------------------------------

void TestPrescriptions::onlyTheCareTeamsDoctorPrescribes()
{
    const QCborMap rx = prescription(m_amlodipine);
    const QCborMap nurse = apply(u"nurse"_s, u"rx.prescribe"_s, rx);
    QCOMPARE(status(nurse), u"rejected"_s);
    QCOMPARE(nurse.value(u"code"_s).toString(), u"forbidden"_s);
    QCOMPARE(status(apply(u"dr-two"_s, u"rx.prescribe"_s, rx)), u"rejected"_s);
    QCOMPARE(status(apply(u"pharm-a"_s, u"rx.prescribe"_s, rx)), u"rejected"_s);
    QCOMPARE(status(apply(u"ana"_s, u"rx.prescribe"_s, rx)), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM prescription WHERE id = ?"_s,
                    { rx.value(u"id"_s).toString() }),
             0);
}

void TestPrescriptions::aPrescriptionWithNoFindingNeedsNoOverride()
{
    const QCborMap rx = prescription(m_amlodipine);
    const QString id = rx.value(u"id"_s).toString();
    const QCborMap outcome = apply(u"dr-one"_s, u"rx.prescribe"_s, rx);
    QCOMPARE(status(outcome), u"confirmed"_s);
    const QCborMap written = row(u"prescription"_s, id);
    QCOMPARE(written.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(written.value(u"drug_name"_s).toString(), m_amlodipine.name);
    QCOMPARE(written.value(u"prescriber_name"_s).toString(), u"dr-one Test"_s);
    QCOMPARE(written.value(u"override_reason"_s).toString(), QString());
    // Fill #1 waits at the pharmacy; the drug joins Ana's current medications.
    const QCborMap fill = row(u"prescription_fill"_s, Pharmacy::fillId(id, 1));
    QCOMPARE(fill.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(fill.value(u"pharmacy_id"_s).toString(), u"ph-a"_s);
    QCOMPARE(fill.value(u"number"_s).toInteger(), 1);
    const QCborMap medication = row(u"patient_medication"_s, Pharmacy::medicationId(id));
    QCOMPARE(medication.value(u"name"_s).toString(), m_amlodipine.name);
    QCOMPARE(medication.value(u"patient_id"_s).toString(), m_ids[u"ana"_s]);
    // As written, the row verifies against the registered key.
    QVERIFY(PrescriptionSignature::verify(written, row(u"prescriber_key"_s, m_ids[u"dr-one"_s])));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rx.prescribe' AND target = ?"_s,
                    { id }),
             1);
    // Pushed again (a retry), nothing changes; a different prescription under its id is refused.
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, rx)), u"confirmed"_s);
    QCborMap other = prescription(m_amlodipine, { { u"id"_s, id }, { u"quantity"_s, 60 } });
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, other)), u"rejected"_s);
    QCOMPARE(row(u"prescription"_s, id).value(u"quantity"_s).toInteger(), 30);
}

void TestPrescriptions::aMajorOrContraindicatedFindingNeedsAnOverrideKeptAndAudited()
{
    // Ibuprofen with Ana's warfarin: major. Refused without a reason, and with one too short.
    const QCborMap bare = prescription(m_ibuprofen);
    const QCborMap refused = apply(u"dr-one"_s, u"rx.prescribe"_s, bare);
    QCOMPARE(status(refused), u"rejected"_s);
    QVERIFY2(reason(refused).contains(u"override"_s) && reason(refused).contains(u"major"_s),
             qPrintable(reason(refused)));
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s,
                          prescription(m_ibuprofen, { { u"override_reason"_s, u"ok"_s } }))),
             u"rejected"_s);
    const QString because = u"Three days only; INR checked on Friday."_s;
    const QCborMap overridden = prescription(m_ibuprofen, { { u"override_reason"_s, because } });
    const QString id = overridden.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, overridden)), u"confirmed"_s);
    QCOMPARE(row(u"prescription"_s, id).value(u"override_reason"_s).toString(), because);
    QSqlQuery audit(m_service->database());
    audit.prepare(u"SELECT detail FROM audit_log WHERE action = 'rx.prescribe.override' "
                  u"AND target = ?"_s);
    audit.addBindValue(id);
    QVERIFY(audit.exec() && audit.next());
    QVERIFY2(audit.value(0).toString().contains(u"major"_s)
                     && audit.value(0).toString().contains(u"nsaid"_s),
             qPrintable(audit.value(0).toString()));

    // Amoxicillin and Ana's penicillin allergy: refused without an override.
    const QCborMap allergic = apply(u"dr-one"_s, u"rx.prescribe"_s, prescription(m_amoxicillin));
    QCOMPARE(status(allergic), u"rejected"_s);
    QVERIFY2(reason(allergic).contains(u"penicillin"_s), qPrintable(reason(allergic)));
}

void TestPrescriptions::aSnapshotThatDiffersFromTheRecordIsRefused()
{
    for (const auto &[column, value] :
         { std::pair { u"patient_name"_s, u"Ana Other"_s },
           std::pair { u"patient_birth_date"_s, u"1981-04-02"_s },
           std::pair { u"patient_allergies"_s, QString() } }) {
        const QCborMap outcome = apply(u"dr-one"_s, u"rx.prescribe"_s,
                                       prescription(m_amlodipine, { { column, value } }));
        QCOMPARE(status(outcome), u"rejected"_s);
        QVERIFY2(reason(outcome).contains(u"changed"_s), qPrintable(reason(outcome)));
    }
}

void TestPrescriptions::signaturesAreChecked()
{
    // Bytes altered after signing.
    QCborMap tampered = prescription(m_amlodipine);
    tampered.insert(u"quantity"_s, 300);
    const QCborMap altered = apply(u"dr-one"_s, u"rx.prescribe"_s, tampered);
    QCOMPARE(status(altered), u"rejected"_s);
    QVERIFY2(reason(altered).contains(u"altered since it was signed"_s), qPrintable(reason(altered)));
    // Signed with a key that is not the doctor's, under the registered fingerprint or its own.
    const Signing::KeyPair stranger = Signing::generateKeyPair();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s,
                          prescription(m_amlodipine, {}, &stranger.secretKey))),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s,
                          prescription(m_amlodipine, {}, &stranger.secretKey,
                                       PrescriptionSignature::fingerprint(stranger.publicKey)))),
             u"rejected"_s);
    // Not signed at all.
    QCborMap bare = prescription(m_amlodipine);
    bare.remove(u"signature"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, bare)), u"rejected"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM prescription WHERE id IN (?, ?)"_s,
                    { tampered.value(u"id"_s).toString(), bare.value(u"id"_s).toString() }),
             0);
    // The verify API says what is wrong with a row from another store.
    const QCborMap good = prescription(m_amlodipine);
    const QCborMap key { { u"doctor_id"_s, m_ids[u"dr-one"_s] },
                         { u"doctor_name"_s, u"Lee"_s },
                         { u"public_key"_s, base64(m_key.publicKey) },
                         { u"fingerprint"_s, m_fingerprint } };
    QVERIFY(PrescriptionSignature::verify(good, key));
    QCborMap otherKey = key;
    otherKey.insert(u"fingerprint"_s, QString(32, u'0'));
    const auto lost = PrescriptionSignature::verify(good, otherKey);
    QVERIFY(!lost);
    QVERIFY2(lost.error().message.contains(u"signed with a key Dr Lee no longer holds"_s),
             qPrintable(lost.error().message));
}

void TestPrescriptions::aRotatedKeyStillVerifiesWhatItSigned()
{
    const QCborMap first = prescription(m_amlodipine);
    const QString firstId = first.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, first)), u"confirmed"_s);
    Signing::KeyPair next = Signing::generateKeyPair();
    QCOMPARE(status(apply(u"dr-one"_s, u"prescriber_key.register"_s,
                          { { u"public_key"_s, base64(next.publicKey) } })),
             u"confirmed"_s);
    const QCborMap key = row(u"prescriber_key"_s, m_ids[u"dr-one"_s]);
    QVERIFY(key.value(u"previous_keys"_s).toString().startsWith(m_fingerprint + u'='));
    const auto verified = PrescriptionSignature::verify(row(u"prescription"_s, firstId), key);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    // A new prescription must be signed with the current key.
    const QCborMap stale = apply(u"dr-one"_s, u"rx.prescribe"_s, prescription(m_amlodipine));
    QCOMPARE(status(stale), u"rejected"_s);
    QVERIFY(reason(stale).contains(u"not your registered one"_s));
    // Back to the test's key, for the tests after.
    m_key = std::move(next);
    m_fingerprint = PrescriptionSignature::fingerprint(m_key.publicKey);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, prescription(m_amlodipine))),
             u"confirmed"_s);
}

void TestPrescriptions::hostileArgumentsAreRefused_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("quantity 0") << u"quantity"_s << QCborValue(0);
    QTest::newRow("quantity 10001") << u"quantity"_s << QCborValue(10001);
    QTest::newRow("quantity text") << u"quantity"_s << QCborValue(u"30"_s);
    QTest::newRow("refills 12") << u"refills"_s << QCborValue(12);
    QTest::newRow("refills -1") << u"refills"_s << QCborValue(-1);
    QTest::newRow("no drug") << u"drug_id"_s << QCborValue(u"no-such-drug"_s);
    QTest::newRow("strength") << u"strength"_s << QCborValue(u"5000 mg"_s);
    QTest::newRow("long directions") << u"directions"_s << QCborValue(QString(1001, u'x'));
    QTest::newRow("no directions") << u"directions"_s << QCborValue(QString());
    QTest::newRow("findings not JSON") << u"check_findings"_s << QCborValue(u"{oops"_s);
    QTest::newRow("birth date") << u"patient_birth_date"_s << QCborValue(u"1980-02-30"_s);
    QTest::newRow("issued text") << u"issued_at"_s << QCborValue(u"now"_s);
    QTest::newRow("issued future") << u"issued_at"_s << QCborValue(QCborValue::Null);
    QTest::newRow("no pharmacy") << u"pharmacy_id"_s << QCborValue(u"ph-none"_s);
    QTest::newRow("inactive pharmacy") << u"pharmacy_id"_s << QCborValue(u"ph-x"_s);
    QTest::newRow("bad id") << u"id"_s << QCborValue(u"a b"_s);
    QTest::newRow("substitution text") << u"substitution_allowed"_s << QCborValue(u"yes"_s);
}

void TestPrescriptions::hostileArgumentsAreRefused()
{
    QFETCH(QString, column);
    QFETCH(QCborValue, value);
    if (QByteArray(QTest::currentDataTag()) == "issued future")
        value = m_service->clock.nowMs() + 3'600'000;
    const QCborMap rx = prescription(m_amlodipine, { { column, value } });
    const QCborMap outcome = apply(u"dr-one"_s, u"rx.prescribe"_s, rx);
    QCOMPARE(status(outcome), u"rejected"_s);
    QVERIFY(!reason(outcome).isEmpty());
}

// --- routing -------------------------------------------------------------------------------

void TestPrescriptions::aPharmacyReceivesOnlyItsPrescriptionsAndNothingElseOfTheRecord()
{
    const QCborMap toA = prescription(m_amlodipine);
    const QCborMap toB = prescription(m_amlodipine, { { u"pharmacy_id"_s, u"ph-b"_s } });
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, toA)), u"confirmed"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, toB)), u"confirmed"_s);
    const QString a = toA.value(u"id"_s).toString();
    const QString b = toB.value(u"id"_s).toString();

    const QHash<QString, QCborMap> seenByA = pulled(u"pharm-a"_s);
    const QHash<QString, QCborMap> seenByB = pulled(u"pharm-b"_s);
    QVERIFY(!seenByA.contains(u"pull failed"_s));
    QVERIFY(seenByA.contains(u"prescription/"_s + a));
    QVERIFY(seenByA.contains(u"prescription_fill/"_s + Pharmacy::fillId(a, 1)));
    QVERIFY(!seenByA.contains(u"prescription/"_s + b));
    QVERIFY(!seenByA.contains(u"prescription_fill/"_s + Pharmacy::fillId(b, 1)));
    QVERIFY(seenByB.contains(u"prescription/"_s + b));
    QVERIFY(!seenByB.contains(u"prescription/"_s + a));
    // The snapshot is what filling needs; nothing else of the record reaches a pharmacy.
    QCOMPARE(seenByA.value(u"prescription/"_s + a).value(u"patient_allergies"_s).toString(),
             u"penicillin (hives)"_s);
    const QStringList record { u"patient"_s,          u"patient_allergy"_s, u"patient_medication"_s,
                               u"patient_condition"_s, u"note"_s,            u"insurance_policy"_s,
                               u"care_team"_s,        u"refill_request"_s,  u"patient_pharmacy"_s,
                               u"visit_summary"_s,    u"vital_reading"_s,   u"appointment"_s };
    for (const QHash<QString, QCborMap> *seen : { &seenByA, &seenByB }) {
        for (auto it = seen->begin(); it != seen->end(); ++it) {
            const QString table = it.key().section(u'/', 0, 0);
            QVERIFY2(!record.contains(table), qPrintable(it.key()));
        }
    }
    // The patient and the prescriber see it; another doctor and patient do not.
    QVERIFY(pulled(u"ana"_s).contains(u"prescription/"_s + b));
    QVERIFY(pulled(u"dr-one"_s).contains(u"prescription/"_s + b));
    QVERIFY(!pulled(u"dr-two"_s).contains(u"prescription/"_s + b));
    QVERIFY(!pulled(u"ben"_s).contains(u"prescription/"_s + b));
}

// --- refills -------------------------------------------------------------------------------

void TestPrescriptions::refillsNeverExceedWhatWasAuthorised()
{
    const QCborMap rx = prescription(m_amlodipine, { { u"refills"_s, 1 } });
    const QString id = rx.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, rx)), u"confirmed"_s);

    // Only the patient asks; one request at a time.
    const QString r1 = newId();
    const QCborMap ask1 { { u"id"_s, r1 }, { u"prescription_id"_s, id }, { u"note"_s, u"Running low."_s } };
    QCOMPARE(status(apply(u"ben"_s, u"rx.refill.request"_s, ask1)), u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.refill.request"_s, ask1)), u"rejected"_s);
    QCOMPARE(status(apply(u"ana"_s, u"rx.refill.request"_s, ask1)), u"confirmed"_s);
    const QCborMap twice = apply(u"ana"_s, u"rx.refill.request"_s,
                                 { { u"id"_s, newId() }, { u"prescription_id"_s, id } });
    QCOMPARE(status(twice), u"rejected"_s);
    QVERIFY(reason(twice).contains(u"already waiting"_s));

    // Only the prescriber decides; a denial needs a reason.
    QCOMPARE(status(apply(u"dr-two"_s, u"rx.refill.decide"_s,
                          { { u"id"_s, r1 }, { u"approve"_s, true } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.refill.decide"_s,
                          { { u"id"_s, r1 }, { u"approve"_s, false } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.refill.decide"_s,
                          { { u"id"_s, r1 },
                            { u"approve"_s, false },
                            { u"reason"_s, u"Come in for a blood pressure check first."_s } })),
             u"confirmed"_s);
    QCOMPARE(row(u"refill_request"_s, r1).value(u"status"_s).toString(), u"denied"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM prescription_fill WHERE prescription_id = ?"_s, { id }),
             1);

    // Asked again and approved: fill #2. The same approval from a second, offline device
    // arrives after it (both pushed in turn): the second is refused.
    const QString r2 = newId();
    QCOMPARE(status(apply(u"ana"_s, u"rx.refill.request"_s,
                          { { u"id"_s, r2 }, { u"prescription_id"_s, id } })),
             u"confirmed"_s);
    const QCborMap approve { { u"id"_s, r2 }, { u"approve"_s, true } };
    auto pushed = m_service->push(m_ids[u"dr-one"_s], { { u"rx.refill.decide"_s, approve },
                                                        { u"rx.refill.decide"_s, approve } });
    QVERIFY(pushed);
    const QCborArray outcomes = pushed->reply.value(u"outcomes"_s).toArray();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(status(outcomes.at(0).toMap()), u"confirmed"_s);
    QCOMPARE(status(outcomes.at(1).toMap()), u"rejected"_s);
    QVERIFY(reason(outcomes.at(1).toMap()).contains(u"already approved"_s));
    QCOMPARE(row(u"refill_request"_s, r2).value(u"fill_id"_s).toString(), Pharmacy::fillId(id, 2));
    QCOMPARE(row(u"prescription_fill"_s, Pharmacy::fillId(id, 2)).value(u"status"_s).toString(),
             u"new"_s);

    // Both authorised fills are made: no more requests.
    const QCborMap used = apply(u"ana"_s, u"rx.refill.request"_s,
                                { { u"id"_s, newId() }, { u"prescription_id"_s, id } });
    QCOMPARE(status(used), u"rejected"_s);
    QVERIFY2(reason(used).contains(u"All 2 fills authorised are used"_s), qPrintable(reason(used)));

    // Two requests that both got in while offline (written straight into the store, as two of
    // the patient's devices would have had them accepted had the server let them): the first
    // approval beyond the limit is refused with the reason.
    const QString r3 = newId();
    QSqlQuery insert(m_service->database());
    insert.prepare(u"INSERT INTO refill_request (id, rev, deleted, updated_at, updated_by, "
                   u"prescription_id, patient_id, prescriber_id, note, requested_at, status, "
                   u"reason, decided_at, fill_id) VALUES (?, 1, ?, ?, '', ?, ?, ?, '', ?, "
                   u"'requested', '', NULL, '')"_s);
    for (const QVariant &v : QVariantList { r3, false, m_service->clock.nowMs(), id, m_ids[u"ana"_s],
                                            m_ids[u"dr-one"_s], m_service->clock.nowMs() })
        insert.addBindValue(v);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    const QCborMap beyond = apply(u"dr-one"_s, u"rx.refill.decide"_s,
                                  { { u"id"_s, r3 }, { u"approve"_s, true } });
    QCOMPARE(status(beyond), u"rejected"_s);
    QVERIFY2(reason(beyond).contains(u"All 2 fills authorised are used"_s), qPrintable(reason(beyond)));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM prescription_fill WHERE prescription_id = ?"_s, { id }),
             2);
}

void TestPrescriptions::refillRequestsAreBounded()
{
    const QCborMap rx = prescription(m_amlodipine, { { u"refills"_s, 11 } });
    const QString id = rx.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, rx)), u"confirmed"_s);
    for (int i = 0; i < Pharmacy::maxRefillRequests; ++i) {
        const QString r = newId();
        QCOMPARE(status(apply(u"ana"_s, u"rx.refill.request"_s,
                              { { u"id"_s, r }, { u"prescription_id"_s, id } })),
                 u"confirmed"_s);
        QCOMPARE(status(apply(u"dr-one"_s, u"rx.refill.decide"_s,
                              { { u"id"_s, r }, { u"approve"_s, false }, { u"reason"_s, u"Not yet."_s } })),
                 u"confirmed"_s);
    }
    const QCborMap full = apply(u"ana"_s, u"rx.refill.request"_s,
                                { { u"id"_s, newId() }, { u"prescription_id"_s, id } });
    QCOMPARE(status(full), u"rejected"_s);
    QVERIFY2(reason(full).contains(u"most refill requests"_s), qPrintable(reason(full)));
}

// --- cancelling and the pharmacy's question ------------------------------------------------

void TestPrescriptions::thePrescriberCancelsAndAnswersThePharmacy()
{
    const QCborMap rx = prescription(m_amlodipine);
    const QString id = rx.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, rx)), u"confirmed"_s);
    const QString fill = Pharmacy::fillId(id, 1);

    // The pharmacy returns fill #1 with a question (rx-stock's mutation; set here directly).
    const QCborMap notReturned = apply(u"dr-one"_s, u"rx.fill.answer"_s,
                                       { { u"id"_s, fill }, { u"answer"_s, u"Yes."_s } });
    QCOMPARE(status(notReturned), u"rejected"_s);
    QSqlQuery returned(m_service->database());
    returned.prepare(u"UPDATE prescription_fill SET status = 'returned', "
                     u"reason = 'Tablets or oral solution?' WHERE id = ?"_s);
    returned.addBindValue(fill);
    QVERIFY(returned.exec());
    QCOMPARE(status(apply(u"dr-two"_s, u"rx.fill.answer"_s,
                          { { u"id"_s, fill }, { u"answer"_s, u"Tablets."_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.fill.answer"_s,
                          { { u"id"_s, fill }, { u"answer"_s, QString() } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.fill.answer"_s,
                          { { u"id"_s, QString(id + u"#x"_s) }, { u"answer"_s, u"Tablets."_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.fill.answer"_s,
                          { { u"id"_s, fill }, { u"answer"_s, u"Tablets."_s } })),
             u"confirmed"_s);
    QCborMap answered = row(u"prescription_fill"_s, fill);
    QCOMPARE(answered.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(answered.value(u"answer"_s).toString(), u"Tablets."_s);

    // Only the prescriber cancels, with a reason; open fills are rejected with it and the
    // drug leaves the current medications.
    QCOMPARE(status(apply(u"dr-two"_s, u"rx.cancel"_s,
                          { { u"id"_s, id }, { u"reason"_s, u"Wrong patient."_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"nurse"_s, u"rx.cancel"_s,
                          { { u"id"_s, id }, { u"reason"_s, u"Wrong patient."_s } })),
             u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.cancel"_s, { { u"id"_s, id } })), u"rejected"_s);
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.cancel"_s,
                          { { u"id"_s, id }, { u"reason"_s, u"Switching to another drug."_s } })),
             u"confirmed"_s);
    QCOMPARE(row(u"prescription"_s, id).value(u"status"_s).toString(), u"cancelled"_s);
    const QCborMap rejected = row(u"prescription_fill"_s, fill);
    QCOMPARE(rejected.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), u"Switching to another drug."_s);
    QVERIFY(row(u"patient_medication"_s, Pharmacy::medicationId(id)).value(u"deleted"_s).toBool());
    const QCborMap again = apply(u"dr-one"_s, u"rx.cancel"_s,
                                 { { u"id"_s, id }, { u"reason"_s, u"Again."_s } });
    QCOMPARE(status(again), u"rejected"_s);
    QVERIFY(reason(again).contains(u"cancelled"_s));
    QCOMPARE(status(apply(u"ana"_s, u"rx.refill.request"_s,
                          { { u"id"_s, newId() }, { u"prescription_id"_s, id } })),
             u"rejected"_s);
}

// The doctor's and the patient's pulls land in a client store (the rows as the server sent
// them); PrescriptionRepository reads them back as the UI will, and a prescription read there
// verifies against the key read there.
void TestPrescriptions::theRepositoryReadsWhatTheServerSent()
{
    // Something for each list: an open refill request and a returned fill.
    const QCborMap rx = prescription(m_amlodipine, { { u"refills"_s, 3 },
                                                     { u"pharmacist_note"_s, u"Blister pack."_s } });
    const QString id = rx.value(u"id"_s).toString();
    QCOMPARE(status(apply(u"dr-one"_s, u"rx.prescribe"_s, rx)), u"confirmed"_s);
    const QString request = newId();
    QCOMPARE(status(apply(u"ana"_s, u"rx.refill.request"_s,
                          { { u"id"_s, request }, { u"prescription_id"_s, id },
                            { u"note"_s, u"Away next week."_s } })),
             u"confirmed"_s);
    QSqlQuery returned(m_service->database());
    returned.prepare(u"UPDATE prescription_fill SET status = 'returned', reason = 'Which strength?' "
                     u"WHERE id = ?"_s);
    returned.addBindValue(Pharmacy::fillId(id, 1));
    QVERIFY(returned.exec());

    QTemporaryDir dir;
    auto store = EncryptedStore::create(dir.filePath(u"client.db"_s),
                                        SecureBytes::fromUtf8(u"Tide-Lamp-Orbit-77"_s),
                                        fastStoreOptions());
    QVERIFY(store);
    QSqlDatabase db = (*store)->database();
    QSet<QString> written;
    for (const QString &user : { u"dr-one"_s, u"ana"_s }) {
        const QHash<QString, QCborMap> rows = pulled(user);
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            const QString table = it.key().section(u'/', 0, 0);
            if (!SyncedTables::find(table) || written.contains(it.key()))
                continue;
            written.insert(it.key());
            QStringList columns, marks;
            QVariantList values;
            const QCborMap &row = it.value();
            for (auto c = row.begin(); c != row.end(); ++c) {
                columns << c.key().toString();
                marks << u"?"_s;
                const QCborValue v = c.value();
                values << (v.isNull() || v.isUndefined() ? QVariant()
                           : v.isBool()                   ? QVariant(v.toBool() ? 1 : 0)
                           : v.isInteger()                ? QVariant(v.toInteger())
                           : v.isDouble()                 ? QVariant(v.toDouble())
                                                          : QVariant(v.toString()));
            }
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s)
                           + u") VALUES ("_s + marks.join(u", "_s) + u')');
            for (const QVariant &v : values)
                insert.addBindValue(v);
            QVERIFY2(insert.exec(), qPrintable(table + u": "_s + insert.lastError().text()));
        }
    }

    auto mine = PrescriptionRepository::ofPatient(db, m_ids[u"ana"_s]);
    QVERIFY(mine);
    QVERIFY(mine->size() >= 5);
    const auto found = std::find_if(mine->begin(), mine->end(),
                                    [&](const PrescriptionInfo &p) { return p.id == id; });
    QVERIFY(found != mine->end());
    QCOMPARE(found->pharmacyName, u"Pharmacy ph-a"_s);
    QCOMPARE(found->pharmacistNote, u"Blister pack."_s);
    QCOMPARE(found->fills.size(), 1);
    QCOMPARE(found->latestFillStatus(), u"returned"_s);
    QCOMPARE(found->refillsLeft(), 3);
    QCOMPARE(found->patientBirthDate, u"1980-04-02"_s);
    for (qsizetype i = 1; i < mine->size(); ++i)
        QVERIFY(mine->at(i - 1).issuedAt >= mine->at(i).issuedAt);

    auto key = PrescriptionRepository::prescriberKey(db, m_ids[u"dr-one"_s]);
    QVERIFY(key && key->has_value());
    QCOMPARE((*key)->fingerprint, m_fingerprint);
    const auto verified = PrescriptionSignature::verify(found->toCbor(), (*key)->toCbor());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    auto single = PrescriptionRepository::prescription(db, id);
    QVERIFY(single && single->has_value());
    QCOMPARE((*single)->quantity, 30);

    auto byDoctor = PrescriptionRepository::ofPrescriber(db, m_ids[u"dr-one"_s], m_ids[u"ana"_s]);
    QVERIFY(byDoctor);
    QCOMPARE(byDoctor->size(), mine->size());
    auto active = PrescriptionRepository::activeOfPatient(db, m_ids[u"ana"_s]);
    QVERIFY(active);
    for (const PrescriptionInfo &p : *active)
        QCOMPARE(p.status, u"active"_s);
    QVERIFY(active->size() < mine->size()); // one was cancelled

    auto pending = PrescriptionRepository::pendingRefillRequests(db, m_ids[u"dr-one"_s]);
    QVERIFY(pending);
    // This one, and the one written straight into the store in the refill test (refused
    // approval, still waiting for a denial).
    QCOMPARE(pending->size(), 2);
    const auto it = std::find_if(pending->begin(), pending->end(),
                                 [&](const RefillRequestInfo &r) { return r.id == request; });
    QVERIFY(it != pending->end());
    const RefillRequestInfo &waiting = *it;
    QCOMPARE(waiting.note, u"Away next week."_s);
    QCOMPARE(waiting.drugName, m_amlodipine.name);
    QCOMPARE(waiting.patientName, u"Ana Lopez"_s);
    auto requests = PrescriptionRepository::refillRequestsOf(db, id);
    QVERIFY(requests);
    QCOMPARE(requests->size(), 1);
    auto questions = PrescriptionRepository::returnedFills(db, m_ids[u"dr-one"_s]);
    QVERIFY(questions);
    QCOMPARE(questions->size(), 1);
    QCOMPARE(questions->first().reason, u"Which strength?"_s);

    auto pharmacies = PrescriptionRepository::pharmacies(db);
    QVERIFY(pharmacies);
    auto open = PrescriptionRepository::pharmacies(db, true);
    QVERIFY(open);
    QVERIFY(pharmacies->size() >= 3);
    QCOMPARE(open->size(), pharmacies->size() - 1); // ph-x is closed
    auto chosen = PrescriptionRepository::patientPharmacy(db, m_ids[u"ana"_s]);
    QVERIFY(chosen && chosen->has_value());
    QCOMPARE(**chosen, u"ph-a"_s);
    auto none = PrescriptionRepository::patientPharmacy(db, m_ids[u"ben"_s]);
    QVERIFY(none && !none->has_value()); // Ben's record is not in these pulls
    auto ph = PrescriptionRepository::pharmacy(db, u"ph-a"_s);
    QVERIFY(ph && ph->has_value());
    QCOMPARE((*ph)->hours, u"Mon–Fri 08:00–19:00"_s);
}

QTEST_GUILESS_MAIN(TestPrescriptions)
#include "tst_prescriptions.moc"
