// The prescription screens offscreen on fresh stores whose rows arrive after the pages are built
// (as a first sync lands): the prescribing dialog's medication check (warfarin + ibuprofen is
// major and demands an override reason that the submission carries; a drug with no finding
// needs none), the signature over what is submitted, the patient's page (lists, the guide, a
// refill request, the PDF read back with pdftotext, the pharmacy chosen), the doctor's page
// (refill requests, returned fills) and the notifications. Rows are written straight into the
// store, as sync writes them; the mutations are another unit's (submissions are captured here).
// Each window is saved as /tmp/rxui-*.png (and under CLINIC_SCREENSHOT_DIR when set).
#include "domain/notificationfeed.h"
#include "domain/patientrepository.h"
#include "manualclock.h"
#include "pages/mypatientspage.h"
#include "pharmacy/prescriberkeys.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacy/referencerepository.h"
#include "prescriptions/medicationguidedialog.h"
#include "prescriptions/myprescriptionspage.h"
#include "prescriptions/patientprescriptionspanel.h"
#include "prescriptions/prescribedialog.h"
#include "prescriptions/prescriptionlistmodel.h"
#include "prescriptions/prescriptionspage.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"
#include "syncsession.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A store, its sync engine (offline) and the context a page gets, for one signed-in user.
struct Desk
{
    Desk(Role role, const QString &accountId, const QString &name, const Clock &clock)
    {
        auto created = EncryptedStore::create(dir.filePath(u"store.db"_s), password("pw"),
                                              fastStoreOptions());
        QVERIFY(created);
        store = std::move(created).value();
        // As signing in does: the medicines reference into the store.
        QVERIFY(ReferenceRepository::loadShipped(store->database(), clock.nowMs()));
        account = LocalAccount { u"127.0.0.1:1"_s, accountId, name, name, role, 10 };
        session = std::make_unique<SyncSession>(store, account, offline, clock);
        context.store = store;
        context.account = account;
        context.connection = &offline;
        context.sync = session->engine();
        context.clock = &clock;
    }
    QSqlDatabase db() const { return store->database(); }
    // What the engine says after a pull lands.
    void synced(const QSet<QString> &tables) { emit session->engine()->dataChanged(tables); }

    QTemporaryDir dir;
    std::shared_ptr<EncryptedStore> store;
    LocalAccount account;
    ServerConnection offline { u"clinic test"_s };
    std::unique_ptr<SyncSession> session;
    ClientContext context;
};

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

bool addPatient(QSqlDatabase db, const QString &id, const QString &given, const QString &family)
{
    Patient p = makePatient(1);
    p.id = id;
    p.givenName = given;
    p.familyName = family;
    p.birthDate = QDate(1961, 4, 12);
    auto transaction = WriteTransaction::begin(db);
    return transaction && PatientRepository(db).insert(*transaction, p).ok()
            && transaction->commit().ok();
}

bool addCareTeam(QSqlDatabase db, const QString &patientId, const QString &staffId,
                 const QString &staffName)
{
    return exec(db,
                u"INSERT INTO care_team (id, updated_at, patient_id, staff_id, staff_name, "
                u"staff_role) VALUES (?, 1, ?, ?, ?, 'doctor')"_s,
                { newId(), patientId, staffId, staffName });
}

bool addMedication(QSqlDatabase db, const QString &patientId, const QString &name)
{
    return exec(db,
                u"INSERT INTO patient_medication (id, updated_at, patient_id, name, dose, "
                u"frequency) VALUES (?, 1, ?, ?, '5 mg', 'once a day')"_s,
                { newId(), patientId, name });
}

bool addAllergy(QSqlDatabase db, const QString &patientId, const QString &substance)
{
    return exec(db,
                u"INSERT INTO patient_allergy (id, updated_at, patient_id, substance, reaction) "
                u"VALUES (?, 1, ?, ?, 'rash')"_s,
                { newId(), patientId, substance });
}

bool addPharmacy(QSqlDatabase db, const QString &id, const QString &name, bool active = true)
{
    return exec(db,
                u"INSERT INTO pharmacy (id, updated_at, name, address_line, city, hours, active) "
                u"VALUES (?, 1, ?, '12 Market Street', 'Riverside', 'Mon–Fri 08:00–19:00', ?)"_s,
                { id, name, active });
}

bool choosePharmacy(QSqlDatabase db, const QString &patientId, const QString &pharmacyId)
{
    return exec(db,
                u"INSERT OR REPLACE INTO patient_pharmacy (id, updated_at, patient_id, "
                u"pharmacy_id) VALUES (?, 1, ?, ?)"_s,
                { patientId, patientId, pharmacyId });
}

struct RxRow
{
    QString id = newId();
    QString patientId;
    QString prescriberId = u"dr-ada"_s;
    QString drugId = u"amlodipine"_s;
    QString drugName = u"amlodipine"_s;
    QString strength = u"5 mg"_s;
    QString form = u"tablet"_s;
    int refills = 2;
    QString status = u"active"_s;
    qint64 issuedAt = 0;
};

bool addPrescription(QSqlDatabase db, const RxRow &rx, const QString &pharmacyId)
{
    return exec(db,
                u"INSERT INTO prescription (id, updated_at, patient_id, prescriber_id, "
                u"prescriber_name, pharmacy_id, patient_name, patient_birth_date, "
                u"patient_allergies, drug_id, drug_name, strength, form, dose, directions, "
                u"quantity, refills, reference_version, issued_at, key_fingerprint, signature, "
                u"status) VALUES (?, 1, ?, ?, 'Dr Ada Okafor', ?, 'Maria Santos', '1961-04-12', "
                u"'penicillin (rash)', ?, ?, ?, ?, '1 tablet', 'once a day in the morning', 30, ?, "
                u"'2026.1', ?, '3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6', 'c2ln', ?)"_s,
                { rx.id, rx.patientId, rx.prescriberId, pharmacyId, rx.drugId, rx.drugName,
                  rx.strength, rx.form, rx.refills, rx.issuedAt, rx.status });
}

bool addFill(QSqlDatabase db, const RxRow &rx, const QString &pharmacyId, int number,
             const QString &status, qint64 at, const QString &reason = {})
{
    return exec(db,
                u"INSERT OR REPLACE INTO prescription_fill (id, updated_at, prescription_id, "
                u"patient_id, prescriber_id, pharmacy_id, number, status, reason, created_at, "
                u"status_at, status_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pharmacist')"_s,
                { QString(rx.id + u'#' + QString::number(number)), at, rx.id, rx.patientId,
                  rx.prescriberId, pharmacyId, number, status, reason, at, at });
}

bool addRefillRequest(QSqlDatabase db, const QString &id, const RxRow &rx, qint64 at,
                      const QString &note = u""_s)
{
    return exec(db,
                u"INSERT INTO refill_request (id, updated_at, prescription_id, patient_id, "
                u"prescriber_id, note, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                { id, at, rx.id, rx.patientId, rx.prescriberId, note, at });
}

void save(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // rows added by the last load show, those removed go
    widget->grab().save(u"/tmp/rxui-"_s + name + u".png"_s);
    screenshot(widget, u"rxui-"_s + name);
}

struct Captured
{
    QList<std::pair<QString, QCborMap>> calls;
    RxSubmit submitter()
    {
        return [this](const QString &name, const QCborMap &args) -> Result<qint64> {
            calls.append({ name, args });
            return qint64(calls.size());
        };
    }
    QCborMap last(const QString &name) const
    {
        for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
            if (it->first == name)
                return it->second;
        }
        return {};
    }
    int count(const QString &name) const
    {
        return int(std::count_if(calls.cbegin(), calls.cend(),
                                 [&](const auto &c) { return c.first == name; }));
    }
};

const QString patientId = u"0b6c0d7e-0000-4000-8000-000000000015"_s;
const QString doctorId = u"dr-ada"_s;
const QString riverside = u"ph-riverside"_s;
const QString harbour = u"ph-harbour"_s;

} // namespace

class TestPrescriptionsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void warfarinPlusIbuprofenDemandsAnOverride();
    void aDrugWithNoFindingNeedsNoOverride();
    void myPatientsOffersPrescribing();
    void patientPageFillsInAndActs();
    void doctorPageFillsInAndDecides();
    void notificationsFollowTheFills();
    void figures();

private:
    ManualClock m_clock { 1796000000000 };
};

void TestPrescriptionsUi::initTestCase()
{
    QVERIFY2(ReferenceData::shipped().ok(), "the shipped reference data loads");
}

void TestPrescriptionsUi::warfarinPlusIbuprofenDemandsAnOverride()
{
    Desk desk(Role::Doctor, doctorId, u"Dr Ada Okafor"_s, m_clock);
    QVERIFY(addPatient(desk.db(), patientId, u"Maria"_s, u"Santos"_s));
    QVERIFY(addCareTeam(desk.db(), patientId, doctorId, u"Dr Ada Okafor"_s));
    QVERIFY(addMedication(desk.db(), patientId, u"warfarin"_s));
    QVERIFY(addAllergy(desk.db(), patientId, u"penicillin"_s));
    QVERIFY(addPharmacy(desk.db(), riverside, u"Riverside Pharmacy"_s));
    QVERIFY(addPharmacy(desk.db(), harbour, u"Harbour Pharmacy"_s));
    QVERIFY(addPharmacy(desk.db(), u"ph-closed"_s, u"Closed Pharmacy"_s, false));
    QVERIFY(choosePharmacy(desk.db(), patientId, riverside));

    Captured captured;
    PrescribeDialog dialog(desk.context, patientId);
    dialog.setSubmitter(captured.submitter());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Active pharmacies only; the patient's chosen by default.
    QCOMPARE(dialog.pharmacy()->count(), 2);
    QCOMPARE(dialog.pharmacy()->currentData().toString(), riverside);

    // The brand name finds the drug.
    dialog.search()->setText(u"Advil"_s);
    QVERIFY(dialog.drugList()->count() >= 1);
    QVERIFY(dialog.selectDrug(u"ibuprofen"_s));
    const MedicationCheckResult &result = dialog.checkResult();
    QVERIFY(!result.findings.isEmpty());
    QCOMPARE(result.findings.constFirst().severity, Severity::Major);
    QCOMPARE(result.findings.constFirst().with, u"warfarin"_s);
    QVERIFY(dialog.overrideRequired());
    QVERIFY(dialog.overrideReason()->isVisible());
    const QString findings = dialog.findings()->text();
    QVERIFY2(findings.contains(u"Major"_s) && findings.contains(u"warfarin"_s),
             qPrintable(findings));
    QVERIFY2(findings.contains(ReferenceData::shipped()->version()), qPrintable(findings));
    dialog.dose()->setText(u"1 tablet"_s);
    dialog.directions()->setText(u"up to three times a day with food, for 5 days"_s);
    dialog.quantity()->setValue(15);
    save(&dialog, u"prescribe-major"_s);

    // Without a reason it does not go.
    QVERIFY(!dialog.issue());
    QVERIFY(dialog.message()->text().contains(u"say why"_s));
    QCOMPARE(captured.count(u"rx.prescribe"_s), 0);

    dialog.overrideReason()->setPlainText(u"Short course; INR checked on day 3."_s);
    QVERIFY2(dialog.issue(), qPrintable(dialog.message()->text()));
    // The doctor's key goes first (none registered here), then the prescription.
    QCOMPARE(captured.count(u"prescriber_key.register"_s), 1);
    QCOMPARE(captured.calls.constLast().first, u"rx.prescribe"_s);
    const QCborMap args = captured.last(u"rx.prescribe"_s);
    QCOMPARE(args.value(u"override_reason"_s).toString(), u"Short course; INR checked on day 3."_s);
    QCOMPARE(args.value(u"drug_id"_s).toString(), u"ibuprofen"_s);
    QCOMPARE(args.value(u"patient_id"_s).toString(), patientId);
    QCOMPARE(args.value(u"pharmacy_id"_s).toString(), riverside);
    QCOMPARE(args.value(u"quantity"_s).toInteger(), 15);
    QCOMPARE(args.value(u"patient_name"_s).toString(), u"Maria Santos"_s);
    QCOMPARE(args.value(u"patient_birth_date"_s).toString(), u"1961-04-12"_s);
    QVERIFY(args.value(u"patient_allergies"_s).toString().contains(u"penicillin"_s));
    QCOMPARE(args.value(u"reference_version"_s).toString(), ReferenceData::shipped()->version());
    const QJsonArray kept =
            QJsonDocument::fromJson(args.value(u"check_findings"_s).toString().toUtf8()).array();
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept.at(0).toObject().value(u"severity"_s).toString(), u"major"_s);
    QCOMPARE(kept.at(0).toObject().value(u"with"_s).toString(), u"warfarin"_s);
    QVERIFY(!args.contains(u"prescriber_id"_s)); // the server names the prescriber

    // The signature verifies against the key registered, over what was sent plus the
    // prescriber and drug name the server fills in.
    auto pair = PrescriberKeys::find(desk.db(), doctorId);
    QVERIFY(pair && *pair);
    QCOMPARE(args.value(u"key_fingerprint"_s).toString(), (*pair)->fingerprint);
    QCOMPARE(captured.last(u"prescriber_key.register"_s).value(u"public_key"_s).toString(),
             (*pair)->publicKeyBase64());
    QCborMap signedRx = args;
    signedRx.insert(u"prescriber_id"_s, doctorId);
    signedRx.insert(u"prescriber_name"_s, u"Dr Ada Okafor"_s);
    signedRx.insert(u"drug_name"_s, u"ibuprofen"_s);
    const QCborMap key { { u"doctor_id"_s, doctorId },
                         { u"doctor_name"_s, u"Dr Ada Okafor"_s },
                         { u"public_key"_s, (*pair)->publicKeyBase64() },
                         { u"fingerprint"_s, (*pair)->fingerprint },
                         { u"previous_keys"_s, QString() } };
    auto verified = PrescriptionSignature::verify(signedRx, key);
    QVERIFY2(verified, qPrintable(verified.error().message));
    signedRx.insert(u"quantity"_s, 150);
    QVERIFY(!PrescriptionSignature::verify(signedRx, key));
}

void TestPrescriptionsUi::aDrugWithNoFindingNeedsNoOverride()
{
    Desk desk(Role::Doctor, doctorId, u"Dr Ada Okafor"_s, m_clock);
    QVERIFY(addPatient(desk.db(), patientId, u"Maria"_s, u"Santos"_s));
    QVERIFY(addPharmacy(desk.db(), harbour, u"Harbour Pharmacy"_s));
    Captured captured;
    PrescribeDialog dialog(desk.context, patientId);
    dialog.setSubmitter(captured.submitter());
    dialog.setSigner([](QCborMap &rx) -> Result<void> {
        rx.insert(u"key_fingerprint"_s, u"00"_s);
        rx.insert(u"signature"_s, u"c2ln"_s);
        return {};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectDrug(u"amlodipine"_s));
    QVERIFY(dialog.checkResult().findings.isEmpty());
    QVERIFY(!dialog.overrideRequired());
    QVERIFY(!dialog.overrideReason()->isVisible());
    QVERIFY(dialog.findings()->text().contains(u"No interactions or allergies found"_s));
    save(&dialog, u"prescribe-clear"_s);
    // No pharmacy chosen by the patient: the first active one is offered.
    QCOMPARE(dialog.pharmacy()->currentData().toString(), harbour);
    dialog.dose()->setText(u"1 tablet"_s);
    dialog.directions()->setText(u"once a day"_s);
    QVERIFY2(dialog.issue(), qPrintable(dialog.message()->text()));
    const QCborMap args = captured.last(u"rx.prescribe"_s);
    QCOMPARE(args.value(u"override_reason"_s).toString(), QString());
    QCOMPARE(args.value(u"check_findings"_s).toString(), u"[]"_s);
    QCOMPARE(args.value(u"strength"_s).toString().isEmpty(), false);
    QCOMPARE(args.value(u"form"_s).toString().isEmpty(), false);
}

void TestPrescriptionsUi::myPatientsOffersPrescribing()
{
    Desk desk(Role::Doctor, doctorId, u"Dr Ada Okafor"_s, m_clock);
    MyPatientsPage page(desk.context);
    page.resize(1000, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Rows arrive after the page is up.
    QVERIFY(addPatient(desk.db(), patientId, u"Maria"_s, u"Santos"_s));
    QVERIFY(addCareTeam(desk.db(), patientId, doctorId, u"Dr Ada Okafor"_s));
    QVERIFY(addPharmacy(desk.db(), riverside, u"Riverside Pharmacy"_s));
    RxRow rx;
    rx.patientId = patientId;
    rx.issuedAt = m_clock.nowMs() - 86400000;
    QVERIFY(addPrescription(desk.db(), rx, riverside));
    QVERIFY(addFill(desk.db(), rx, riverside, 1, u"ready"_s, m_clock.nowMs()));
    desk.synced({ u"patient"_s, u"care_team"_s, u"prescription"_s, u"prescription_fill"_s,
                  u"pharmacy"_s });
    page.select(patientId);
    QTRY_COMPARE(page.selectedId(), patientId);
    auto *tabs = page.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(page.prescriptions());
    QTRY_COMPARE(page.prescriptions()->model()->rowCount(), 1);
    QVERIFY(page.prescriptions()->prescribeButton()->isEnabled());
    QVERIFY(page.prescriptions()
                    ->model()
                    ->index(0, PrescriptionListModel::Status)
                    .data()
                    .toString()
                    .contains(u"Ready for pick-up"_s));
    save(&page, u"mypatients-prescriptions"_s);
}

void TestPrescriptionsUi::patientPageFillsInAndActs()
{
    Desk desk(Role::Patient, patientId, u"Maria Santos"_s, m_clock);
    Captured captured;
    MyPrescriptionsPage page(desk.context);
    page.setSubmitter(captured.submitter());
    QAbstractItemModelTester tester(page.model());
    page.resize(980, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.details()->text().contains(u"No prescriptions yet"_s));
    QVERIFY(page.pharmacyLabel()->text().contains(u"No pharmacy chosen"_s));
    save(&page, u"patient-empty"_s);

    // A first sync lands.
    QVERIFY(addPharmacy(desk.db(), riverside, u"Riverside Pharmacy"_s));
    QVERIFY(addPharmacy(desk.db(), harbour, u"Harbour Pharmacy"_s));
    QVERIFY(choosePharmacy(desk.db(), patientId, riverside));
    RxRow amlodipine;
    amlodipine.patientId = patientId;
    amlodipine.issuedAt = m_clock.nowMs() - 40LL * 86400000;
    RxRow old;
    old.patientId = patientId;
    old.drugId = u"amoxicillin"_s;
    old.drugName = u"amoxicillin"_s;
    old.strength = u"500 mg"_s;
    old.form = u"capsule"_s;
    old.refills = 0;
    old.status = u"completed"_s;
    old.issuedAt = m_clock.nowMs() - 10LL * 86400000; // newer, but past
    QVERIFY(addPrescription(desk.db(), amlodipine, riverside));
    QVERIFY(addPrescription(desk.db(), old, riverside));
    QVERIFY(addFill(desk.db(), amlodipine, riverside, 1, u"dispensed"_s, m_clock.nowMs() - 1000));
    QVERIFY(addFill(desk.db(), old, riverside, 1, u"dispensed"_s, m_clock.nowMs() - 1000));
    desk.synced(
            { u"prescription"_s, u"prescription_fill"_s, u"pharmacy"_s, u"patient_pharmacy"_s });
    QTRY_COMPARE(page.model()->rowCount(), 2);
    // Active first.
    QCOMPARE(page.model()->prescription(0)->id, amlodipine.id);
    QCOMPARE(page.model()->index(0, PrescriptionListModel::RefillsLeft).data().toInt(), 2);
    QCOMPARE(page.model()->index(0, PrescriptionListModel::Status).data().toString(),
             u"Picked up"_s);
    QCOMPARE(page.model()->index(1, PrescriptionListModel::Status).data().toString(),
             u"Completed"_s);
    QVERIFY(page.pharmacyLabel()->text().contains(u"Riverside Pharmacy"_s));

    // The pharmacy moves the refill along: the status follows.
    QVERIFY(addFill(desk.db(), amlodipine, riverside, 2, u"ready"_s, m_clock.nowMs()));
    desk.synced({ u"prescription_fill"_s });
    QTRY_VERIFY(page.model()
                        ->index(0, PrescriptionListModel::Status)
                        .data()
                        .toString()
                        .contains(u"Ready for pick-up at Riverside Pharmacy"_s));
    QCOMPARE(page.model()->index(0, PrescriptionListModel::RefillsLeft).data().toInt(), 1);

    QVERIFY(page.select(amlodipine.id));
    QVERIFY(page.refillButton()->isEnabled());
    save(&page, u"patient-list"_s);

    // Refill.
    QVERIFY(page.requestRefill(u"Running low next week"_s));
    const QCborMap refill = captured.last(u"rx.refill.request"_s);
    QCOMPARE(refill.value(u"prescription_id"_s).toString(), amlodipine.id);
    QCOMPARE(refill.value(u"note"_s).toString(), u"Running low next week"_s);
    QVERIFY(!refill.value(u"id"_s).toString().isEmpty());
    // Once the request is here, no second one.
    QVERIFY(addRefillRequest(desk.db(), refill.value(u"id"_s).toString(), amlodipine,
                             m_clock.nowMs()));
    desk.synced({ u"refill_request"_s });
    QTRY_VERIFY(page.details()->text().contains(u"Refill requested"_s));
    QVERIFY(!page.refillButton()->isEnabled());
    QVERIFY(!page.requestRefill({}));
    QCOMPARE(captured.count(u"rx.refill.request"_s), 1);
    // A past prescription has no refill.
    QVERIFY(page.select(old.id));
    QVERIFY(!page.refillButton()->isEnabled());

    // The guide: its five sections.
    const Drug *drug = ReferenceData::shipped()->drugById(u"amlodipine");
    QVERIFY(drug);
    MedicationGuideDialog guide(*drug, ReferenceData::shipped()->version(), &page);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    for (const QString &section :
         { u"What it is for"_s, u"How to take it"_s, u"Possible side effects"_s,
           u"Before and while you take it"_s, u"Get help at once if"_s })
        QVERIFY2(guide.text()->text().contains(section), qPrintable(section));
    QVERIFY(guide.text()->text().contains(drug->guide.uses.toHtmlEscaped()));
    save(&guide, u"guide"_s);
    guide.close();
    // The page's button opens the selected one's.
    QVERIFY(page.select(amlodipine.id));
    QTimer::singleShot(200, this, [] {
        if (auto *open = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            open->accept();
    });
    QCOMPARE(page.showGuide(), int(QDialog::Accepted));

    // The PDF, read back.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, scripts/install-deps.sh)");
    QTemporaryDir out;
    const QString pdf = out.filePath(u"rx.pdf"_s);
    QVERIFY(page.savePdf(pdf));
    QProcess text;
    text.start(pdftotext, { u"-layout"_s, pdf, u"-"_s });
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected :
         { u"Prescription"_s, u"Dr Ada Okafor"_s, u"Maria Santos"_s, u"1961"_s, u"amlodipine"_s,
           u"5 mg"_s, u"tablet"_s, u"1 tablet"_s, u"once a day in the morning"_s, u"30"_s,
           u"Refills: 2"_s, u"3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6"_s, u"Issued"_s })
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in:\n" + words));

    // Another pharmacy.
    page.pharmacies()->setCurrentIndex(page.pharmacies()->findData(harbour));
    QVERIFY(page.choosePharmacy(page.pharmacies()->currentData().toString()));
    const QCborMap chosen = captured.last(u"patient.pharmacy.set"_s);
    QCOMPARE(chosen.value(u"pharmacy_id"_s).toString(), harbour);
    QCOMPARE(chosen.value(u"patient_id"_s).toString(), patientId);
}

void TestPrescriptionsUi::doctorPageFillsInAndDecides()
{
    Desk desk(Role::Doctor, doctorId, u"Dr Ada Okafor"_s, m_clock);
    Captured captured;
    PrescriptionsPage page(desk.context);
    page.setSubmitter(captured.submitter());
    QSignalSpy waiting(&page, &PrescriptionsPage::waitingChanged);
    page.resize(980, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.recent()->rowCount(), 0);
    QCOMPARE(page.pendingRequests(), 0);

    QVERIFY(addPharmacy(desk.db(), riverside, u"Riverside Pharmacy"_s));
    RxRow amlodipine;
    amlodipine.patientId = patientId;
    amlodipine.issuedAt = m_clock.nowMs() - 30LL * 86400000;
    RxRow metformin;
    metformin.patientId = patientId;
    metformin.drugId = u"metformin"_s;
    metformin.drugName = u"metformin"_s;
    metformin.strength = u"500 mg"_s;
    metformin.issuedAt = m_clock.nowMs() - 86400000;
    QVERIFY(addPrescription(desk.db(), amlodipine, riverside));
    QVERIFY(addPrescription(desk.db(), metformin, riverside));
    QVERIFY(addFill(desk.db(), amlodipine, riverside, 1, u"dispensed"_s, m_clock.nowMs() - 5000));
    QVERIFY(addFill(desk.db(), metformin, riverside, 1, u"returned"_s, m_clock.nowMs(),
                    u"Is 500 mg twice a day meant, or once?"_s));
    QVERIFY(addRefillRequest(desk.db(), u"req-1"_s, amlodipine, m_clock.nowMs(), u"Running low"_s));
    desk.synced({ u"prescription"_s, u"prescription_fill"_s, u"refill_request"_s });
    QTRY_COMPARE(page.recent()->rowCount(), 2);
    QCOMPARE(page.pendingRequests(), 1);
    QCOMPARE(page.returnedFills(), 1);
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.constLast().constFirst().toInt(), 2);
    QVERIFY(page.findChild<QPushButton *>(u"approveRefill"_s));
    QVERIFY(page.findChild<QPushButton *>(u"answerFill"_s));
    save(&page, u"doctor-page"_s);

    QVERIFY(page.decide(u"req-1"_s, true));
    QCOMPARE(captured.last(u"rx.refill.decide"_s).value(u"approve"_s).toBool(), true);
    QVERIFY(!page.decide(u"req-1"_s, false, u"  "_s)); // a denial needs a reason
    QVERIFY(page.decide(u"req-1"_s, false, u"Book a visit first"_s));
    QCOMPARE(captured.last(u"rx.refill.decide"_s).value(u"reason"_s).toString(),
             u"Book a visit first"_s);
    QVERIFY(page.answer(metformin.id + u"#1"_s, u"Twice a day with meals."_s));
    const QCborMap answer = captured.last(u"rx.fill.answer"_s);
    QCOMPARE(answer.value(u"id"_s).toString(), metformin.id + u"#1"_s);
    QCOMPARE(answer.value(u"answer"_s).toString(), u"Twice a day with meals."_s);
    QVERIFY(page.cancel(amlodipine.id, u"Switched to another medicine"_s));
    QCOMPARE(captured.last(u"rx.cancel"_s).value(u"id"_s).toString(), amlodipine.id);

    // The request decided elsewhere: it leaves the list.
    QVERIFY(exec(desk.db(), u"UPDATE refill_request SET status = 'approved' WHERE id = 'req-1'"_s,
                 {}));
    desk.synced({ u"refill_request"_s });
    QTRY_COMPARE(page.pendingRequests(), 0);

    // A page never shown still counts what waits, for the page list's title.
    PrescriptionsPage hidden(desk.context);
    QSignalSpy counted(&hidden, &PrescriptionsPage::waitingChanged);
    QTRY_VERIFY(!counted.isEmpty());
    QCOMPARE(counted.constLast().constFirst().toInt(), 1); // the returned fill
    QVERIFY(addRefillRequest(desk.db(), u"req-2"_s, metformin, m_clock.nowMs()));
    desk.synced({ u"refill_request"_s });
    QTRY_COMPARE(counted.constLast().constFirst().toInt(), 2);
    QVERIFY(!hidden.isVisible());
    QCOMPARE(hidden.recent()->rowCount(), 0); // its lists load when shown
}

void TestPrescriptionsUi::notificationsFollowTheFills()
{
    Desk patient(Role::Patient, patientId, u"Maria Santos"_s, m_clock);
    NotificationFeed feed(patient.db(), patientId, Role::Patient, m_clock);
    QVERIFY(feed.update()); // the first look takes note
    QVERIFY(addPharmacy(patient.db(), riverside, u"Riverside Pharmacy"_s));
    RxRow rx;
    rx.patientId = patientId;
    rx.issuedAt = m_clock.nowMs();
    QVERIFY(addPrescription(patient.db(), rx, riverside));
    QVERIFY(addFill(patient.db(), rx, riverside, 1, u"new"_s, m_clock.nowMs()));
    auto added = feed.update();
    QVERIFY(added);
    QCOMPARE(added->size(), 1);
    QCOMPARE(added->constFirst().kind, u"rx_fill"_s);
    QVERIFY(added->constFirst().text.contains(u"sent to the pharmacy"_s));
    auto again = feed.update();
    QVERIFY(again && again->isEmpty()); // once
    QVERIFY(addFill(patient.db(), rx, riverside, 1, u"ready"_s, m_clock.nowMs()));
    added = feed.update();
    QVERIFY(added);
    QCOMPARE(added->size(), 1);
    QVERIFY2(added->constFirst().text.contains(u"ready for pick-up at Riverside Pharmacy"_s),
             qPrintable(added->constFirst().text));

    Desk doctor(Role::Doctor, doctorId, u"Dr Ada Okafor"_s, m_clock);
    NotificationFeed doctorFeed(doctor.db(), doctorId, Role::Doctor, m_clock);
    QVERIFY(doctorFeed.update());
    QVERIFY(addPrescription(doctor.db(), rx, riverside));
    QVERIFY(addFill(doctor.db(), rx, riverside, 1, u"in_progress"_s, m_clock.nowMs()));
    auto quiet = doctorFeed.update();
    QVERIFY(quiet && quiet->isEmpty()); // the doctor does not hear of each step
    QVERIFY(addRefillRequest(doctor.db(), u"req-9"_s, rx, m_clock.nowMs()));
    QVERIFY(addFill(doctor.db(), rx, riverside, 1, u"returned"_s, m_clock.nowMs(),
                    u"Which strength?"_s));
    auto news = doctorFeed.update();
    QVERIFY(news);
    QCOMPARE(news->size(), 2);
    QStringList kinds { news->at(0).kind, news->at(1).kind };
    kinds.sort();
    QCOMPARE(kinds, (QStringList { u"rx_refill"_s, u"rx_returned"_s }));
    auto doctorAgain = doctorFeed.update();
    QVERIFY(doctorAgain && doctorAgain->isEmpty());
}

// How long the GUI thread spends: the check as a drug is picked, the drug list filtered as a
// name is typed, and a patient's page loading 200 prescriptions with three fills each.
void TestPrescriptionsUi::figures()
{
    Desk desk(Role::Doctor, doctorId, u"Dr Ada Okafor"_s, m_clock);
    QVERIFY(addPatient(desk.db(), patientId, u"Maria"_s, u"Santos"_s));
    for (const QString &name : { u"warfarin"_s, u"metformin"_s, u"amlodipine"_s, u"simvastatin"_s,
                                 u"omeprazole"_s, u"sertraline"_s })
        QVERIFY(addMedication(desk.db(), patientId, name));
    QVERIFY(addAllergy(desk.db(), patientId, u"penicillin"_s));
    QVERIFY(addPharmacy(desk.db(), riverside, u"Riverside Pharmacy"_s));
    PrescribeDialog dialog(desk.context, patientId);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(dialog.selectDrug(u"ibuprofen"_s));
    const qint64 checkUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    for (const QString &typed : { u"a"_s, u"am"_s, u"amo"_s, u"amox"_s })
        dialog.search()->setText(typed);
    const qint64 filterUs = timer.nsecsElapsed() / 1000 / 4;

    Desk patient(Role::Patient, patientId, u"Maria Santos"_s, m_clock);
    QVERIFY(addPharmacy(patient.db(), riverside, u"Riverside Pharmacy"_s));
    QVERIFY(patient.db().transaction());
    for (int i = 0; i < 200; ++i) {
        RxRow rx;
        rx.patientId = patientId;
        rx.issuedAt = m_clock.nowMs() - i * 3600000LL;
        QVERIFY(addPrescription(patient.db(), rx, riverside));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(addFill(patient.db(), rx, riverside, n, u"dispensed"_s, rx.issuedAt + n));
    }
    QVERIFY(patient.db().commit());
    MyPrescriptionsPage page(patient.context);
    timer.restart();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 200);
    const qint64 loadMs = timer.elapsed();
    qInfo("figures: check on picking a drug (6 medications, 1 allergy) %lld us; drug list "
          "filtered per keystroke %lld us; patient page shown with 200 prescriptions x 3 fills "
          "%lld ms",
          checkUs, filterUs, loadMs);
    QVERIFY(loadMs < 5000);
}

QTEST_MAIN(TestPrescriptionsUi)
#include "tst_prescriptionsui.moc"
