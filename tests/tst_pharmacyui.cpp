// The pharmacist's and the admin's pharmacy screens offscreen on a fresh store whose rows arrive
// after the pages are built (as a first sync lands): the queue, its filter and search, the
// prescription's signature checked against the prescriber's key (an altered one refused), the
// fill steps, inventory with lots expiring first first, receiving and adjusting stock, the home
// page's alerts and the admin's pharmacies. Rows are written straight into the store, as sync
// writes them; the mutations are other units' (their submissions are captured here). Screens are
// saved as /tmp/rxph-*.png.
#include "clientcontext.h"
#include "manualclock.h"
#include "pages/clinicpage.h"
#include "pharmacy/dispensingpage.h"
#include "pharmacy/inventorypage.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacy/pharmaciesbox.h"
#include "pharmacy/pharmacyalerts.h"
#include "pharmacy/pharmacydialogs.h"
#include "pharmacy/pharmacymodels.h"
#include "pharmacy/prescriptionrepository.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacy/stockdialogs.h"
#include "storetestsupport.h"
#include "syncsession.h"
#include "today/homepage.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sodium.h>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

struct Submitted
{
    QString name;
    QCborMap args;
};

// A store, its sync engine (offline) and the context a page gets, for one signed-in user.
struct Desk
{
    Desk(Role role, const QString &accountId, const QString &name, const Clock &clock)
    {
        auto created = EncryptedStore::create(dir.filePath(u"store.db"_s), password("pw"),
                                              fastStoreOptions());
        QVERIFY(created);
        store = std::move(created).value();
        account = LocalAccount { u"127.0.0.1:1"_s, accountId, name, name, role, 10 };
        session = std::make_unique<SyncSession>(store, account, offline, clock);
        context.store = store;
        context.account = account;
        context.connection = &offline;
        context.sync = session->engine();
        context.clock = &clock;
    }
    QSqlDatabase db() const { return store->database(); }
    void synced(const QSet<QString> &tables) { emit session->engine()->dataChanged(tables); }
    // What the pages send, captured instead of going through the engine; `refusal` makes it fail.
    PharmacySubmit submitter()
    {
        return [this](const QString &name, const QCborMap &args) -> Result<qint64> {
            if (!refusal.isEmpty())
                return makeError(ErrorCode::Forbidden, refusal);
            submitted.append({ name, args });
            return qint64(submitted.size());
        };
    }

    QTemporaryDir dir;
    std::shared_ptr<EncryptedStore> store;
    LocalAccount account;
    ServerConnection offline { u"clinic test"_s };
    std::unique_ptr<SyncSession> session;
    ClientContext context;
    QList<Submitted> submitted;
    QString refusal;
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

void save(QWidget *widget, const QString &name)
{
    widget->grab().save(u"/tmp/rxph-"_s + name + u".png"_s);
    screenshot(widget, u"rxph-"_s + name);
}

const QString pharmacistId = u"0b6c0d7e-0000-4000-8000-0000000000a1"_s;
const QString doctorId = u"0b6c0d7e-0000-4000-8000-0000000000d1"_s;
const QString pharmacyId = u"0b6c0d7e-0000-4000-8000-0000000000f1"_s;

// The doctor's key pair, registered as the server registers it.
struct Prescriber
{
    Prescriber()
    {
        QVERIFY(sodium_init() >= 0);
        publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        secretKey.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                            reinterpret_cast<unsigned char *>(secretKey.data()));
    }
    QString fingerprint() const { return PrescriptionSignature::fingerprint(publicKey); }
    bool registerKey(QSqlDatabase db) const
    {
        return exec(db,
                    u"INSERT INTO prescriber_key (id, updated_at, doctor_id, doctor_name, "
                    u"public_key, fingerprint, registered_at) VALUES (?, 1, ?, ?, ?, ?, 1)"_s,
                    {
                            doctorId,
                            doctorId,
                            u"Elena Ruiz"_s,
                            QString::fromLatin1(publicKey.toBase64()),
                            fingerprint(),
                    });
    }
    QByteArray sign(const QByteArray &bytes) const
    {
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(bytes.constData()),
                             quint64(bytes.size()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature;
    }
    QByteArray publicKey;
    QByteArray secretKey;
};

// A prescription signed by `prescriber` and its fill #number, as sync writes them.
bool addPrescription(QSqlDatabase db, const Prescriber &prescriber, const QString &id,
                     const QString &patient, const QString &drugId, const QString &drug,
                     const QString &strength, int quantity, int refills, const QString &status,
                     qint64 at, const QString &findings = {})
{
    if (!exec(db,
              u"INSERT INTO prescription (id, updated_at, patient_id, prescriber_id, "
              u"prescriber_name, pharmacy_id, patient_name, patient_birth_date, patient_allergies, "
              u"drug_id, drug_name, strength, form, dose, directions, quantity, refills, "
              u"substitution_allowed, pharmacist_note, reference_version, check_findings, "
              u"issued_at, key_fingerprint) VALUES (?, 1, ?, ?, 'Elena Ruiz', ?, ?, '1961-04-12', "
              u"'penicillin (rash)', ?, ?, ?, 'tablet', '1 tablet', 'once a day in the morning', "
              u"?, ?, 0, 'Blister packs please', '2026.11', ?, ?, ?)"_s,
              { id, QString(u"patient-"_s + id), doctorId, pharmacyId, patient, drugId, drug,
                strength, quantity, refills, findings.isEmpty() ? u"[]"_s : findings, at,
                prescriber.fingerprint() }))
        return false;
    auto row = PrescriptionRepository::prescription(db, id);
    if (!row || !row->has_value())
        return false;
    const QByteArray signature =
            prescriber.sign(PrescriptionSignature::canonicalBytes((*row)->toCbor()));
    return exec(db, u"UPDATE prescription SET signature = ? WHERE id = ?"_s,
                { QString::fromLatin1(signature.toBase64()), id })
            && exec(db,
                    u"INSERT INTO prescription_fill (id, updated_at, prescription_id, patient_id, "
                    u"prescriber_id, pharmacy_id, number, status, created_at, status_at) "
                    u"VALUES (?, 1, ?, ?, ?, ?, 1, ?, ?, ?)"_s,
                    { QString(id + u"#1"_s), id, QString(u"patient-"_s + id), doctorId, pharmacyId,
                      status, at, at });
}

bool addMember(QSqlDatabase db)
{
    return exec(db,
                u"INSERT INTO pharmacy (id, updated_at, name, address_line, city, postal_code, "
                u"phone, hours) VALUES (?, 1, 'Farmacia Central', 'Calle Mayor 4', 'Madrid', "
                u"'28013', '+34 910 000 000', 'Mon–Fri 08:00–20:00')"_s,
                { pharmacyId })
            && exec(db,
                    u"INSERT INTO pharmacy_member (id, updated_at, pharmacy_id, staff_id, "
                    u"staff_name) VALUES (?, 1, ?, ?, 'Kim Park')"_s,
                    { pharmacistId, pharmacyId, pharmacistId });
}

QString itemId(const QString &drug, const QString &strength)
{
    return pharmacyId + u'|' + drug + u'|' + strength + u"|tablet"_s;
}

bool addItem(QSqlDatabase db, const QString &drug, const QString &name, const QString &strength,
             int reorder)
{
    return exec(db,
                u"INSERT INTO stock_item (id, updated_at, pharmacy_id, drug_id, drug_name, "
                u"strength, form, reorder_level) VALUES (?, 1, ?, ?, ?, ?, 'tablet', ?)"_s,
                { itemId(drug, strength), pharmacyId, drug, name, strength, reorder });
}

bool addLot(QSqlDatabase db, const QString &item, const QString &lot, const QDate &expiry,
            int units)
{
    return exec(db,
                u"INSERT INTO stock_lot (id, updated_at, pharmacy_id, item_id, lot_number, "
                u"expiry_date, quantity, received_at) VALUES (?, 1, ?, ?, ?, ?, ?, 1)"_s,
                { QUuid::createUuid().toString(QUuid::WithoutBraces), pharmacyId, item, lot,
                  expiry.toString(Qt::ISODate), units });
}

const QString interactionFindings =
        uR"([{"kind":"interaction","with":"simvastatin","severity":"moderate","effect":"More simvastatin in the blood: muscle pain.","advice":"Keep simvastatin at 20 mg a day or less."}])"_s;

} // namespace

class TestPharmacyUi : public QObject
{
    Q_OBJECT

private slots:
    void queueFillsInAndFilters();
    void queueReadsOnAWorkerNewestFilterWins();
    void queuePageMergesStatusesNewestFirst();
    void alteredPrescriptionIsRefused();
    void verifiedPrescriptionDispenses();
    void inventoryListsLotsExpiringFirstFirst();
    void receiveAndAdjustSubmitTheirArguments();
    void homePageAlerts();
    void adminEditsPharmacies();
    void tenThousandFillsOpenAndFilter();

private:
    // 2026-11-23 10:40 UTC
    ManualClock m_clock { 1795430400000 };
};

void TestPharmacyUi::queueFillsInAndFilters()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    DispensingPage page(desk.context);
    page.setSubmitter(desk.submitter());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QTRY_VERIFY(shown(&page, u"fillCount"_s).contains(u"not assigned"));

    // The first sync lands: the assignment, the key and three prescriptions.
    Prescriber prescriber;
    const qint64 now = m_clock.nowMs();
    QVERIFY(addMember(desk.db()));
    QVERIFY(prescriber.registerKey(desk.db()));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-a"_s, u"Ana Torres"_s, u"amlodipine"_s,
                            u"amlodipine"_s, u"5 mg"_s, 30, 2, u"new"_s, now - 3600000,
                            interactionFindings));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-b"_s, u"Ben Okafor"_s, u"metformin"_s,
                            u"metformin"_s, u"500 mg"_s, 60, 0, u"ready"_s, now - 7200000));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-c"_s, u"Carla Diaz"_s, u"atorvastatin"_s,
                            u"atorvastatin"_s, u"20 mg"_s, 28, 5, u"dispensed"_s, now - 86400000));
    desk.synced({ u"pharmacy_member"_s, u"prescription"_s, u"prescription_fill"_s,
                  u"prescriber_key"_s });
    // It opens on the open fills: the dispensed one is history.
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(page.statusFilter()->currentData().toString(), u"open"_s);
    QCOMPARE(page.table()->model()->rowCount(), 2);
    QCOMPARE(page.model()->index(0, FillQueueModel::Patient).data().toString(), u"Ana Torres"_s);
    QCOMPARE(page.model()->index(0, FillQueueModel::Fill).data().toString(), u"1 of 3"_s);
    QCOMPARE(page.model()->index(1, FillQueueModel::Status).data().toString(),
             u"Ready for pick-up"_s);
    QVERIFY2(page.count()->text().contains(u"Listed: 2 · open: 2 · all fills: 3"),
             qPrintable(page.count()->text()));
    QVERIFY(!page.showMoreButton()->isVisible());

    // By status, then by text in the patient's or the drug's name.
    const auto rows = [&page] {
        QStringList names;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            names << page.model()->index(row, 0).data().toString();
        return names;
    };
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"ready"_s));
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows(), QStringList { u"Ben Okafor"_s });
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"dispensed"_s));
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows(), QStringList { u"Carla Diaz"_s });
    page.statusFilter()->setCurrentIndex(page.statusFilter()->count() - 1); // all
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows().size(), 3);
    QVERIFY(type(&page, u"Search by patient or drug"_s, u"STATIN"_s));
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows(), QStringList { u"Carla Diaz"_s });
    QVERIFY(type(&page, u"Search by patient or drug"_s, u"ana"_s));
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows(), QStringList { u"Ana Torres"_s });
    QVERIFY(type(&page, u"Search by patient or drug"_s, u"nobody"_s));
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows(), QStringList());
    QVERIFY(page.count()->text().contains(u"None matches"));
    QVERIFY(type(&page, u"Search by patient or drug"_s, QString()));
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(rows().size(), 3);

    // The new one in full: the snapshot, the findings, the signature.
    QVERIFY(page.selectFill(u"rx-a#1"_s));
    const QString details = page.details()->text();
    for (const QString &part :
         { u"Ana Torres"_s, u"penicillin (rash)"_s, u"amlodipine"_s, u"5 mg"_s,
           u"once a day in the morning"_s, u"1 of 3"_s, u"Not allowed"_s, u"Blister packs please"_s,
           u"Moderate"_s, u"simvastatin"_s, u"1961"_s })
        QVERIFY2(details.contains(part), qPrintable(part + u" not in "_s + details));
    QVERIFY(page.signatureVerified());
    QVERIFY(page.startButton()->isEnabled());
    QVERIFY(!page.dispenseButton()->isEnabled()); // new: start filling first
    page.startButton()->click();
    QCOMPARE(desk.submitted.size(), 1);
    QCOMPARE(desk.submitted.at(0).name, u"rx.fill.update"_s);
    QCOMPARE(desk.submitted.at(0).args.value(u"id"_s).toString(), u"rx-a#1"_s);
    QCOMPARE(desk.submitted.at(0).args.value(u"status"_s).toString(), u"in_progress"_s);
    page.reject(u"Duplicate of an earlier prescription"_s);
    QCOMPARE(desk.submitted.last().args.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(desk.submitted.last().args.value(u"reason"_s).toString(),
             u"Duplicate of an earlier prescription"_s);
    page.returnToPrescriber(u"5 mg or 10 mg?"_s);
    QCOMPARE(desk.submitted.last().args.value(u"status"_s).toString(), u"returned"_s);
    QCOMPARE(desk.submitted.last().args.value(u"reason"_s).toString(), u"5 mg or 10 mg?"_s);
    QTest::qWait(50);
    save(&page, u"queue"_s);
}

// The queue is read on the page's worker: the window's thread returns from show() and from a
// filter change without rows, they arrive when the watcher finishes; a filter changed while a
// read runs ends with the newer filter's rows, never the older's; hidden, the page reads nothing.
void TestPharmacyUi::queueReadsOnAWorkerNewestFilterWins()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    Prescriber prescriber;
    QVERIFY(addMember(desk.db()));
    QVERIFY(prescriber.registerKey(desk.db()));
    static const QStringList statuses { u"new"_s,      u"in_progress"_s, u"ready"_s,
                                        u"returned"_s, u"dispensed"_s,   u"rejected"_s };
    QVERIFY(desk.db().transaction());
    for (int i = 0; i < 600; ++i) {
        const QString id = u"rx-w%1"_s.arg(i, 3, 10, QChar(u'0'));
        QVERIFY(exec(desk.db(),
                     u"INSERT INTO prescription (id, updated_at, patient_id, prescriber_id, "
                     u"pharmacy_id, patient_name, drug_id, drug_name, strength, form, quantity, "
                     u"issued_at) VALUES (?, 1, ?, ?, ?, ?, 'amlodipine', 'amlodipine', '5 mg', "
                     u"'tablet', 30, ?)"_s,
                     { id, QString(u"p-"_s + id), doctorId, pharmacyId,
                       QString(u"Patient "_s + QString::number(i)), qint64(i) * 60000 }));
        QVERIFY(exec(desk.db(),
                     u"INSERT INTO prescription_fill (id, updated_at, prescription_id, "
                     u"patient_id, prescriber_id, pharmacy_id, number, status, created_at, "
                     u"status_at) VALUES (?, 1, ?, 'p', ?, ?, 1, ?, ?, ?)"_s,
                     { QString(id + u"#1"_s), id, doctorId, pharmacyId, statuses.at(i % 6),
                       qint64(i) * 60000, qint64(i) * 60000 }));
    }
    QVERIFY(desk.db().commit());

    DispensingPage page(desk.context);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shownSpy(&page, &DispensingPage::queueShown);
    page.resize(1200, 760);
    // Built hidden: nothing read yet.
    QVERIFY(!page.loading());
    QCOMPARE(page.model()->rowCount(), 0);
    page.show(); // the page asks its worker and returns
    QVERIFY(!page.queueSettled()); // the answer comes through the event loop, not before
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(shownSpy.wait(10000));
    QVERIFY(page.queueSettled());
    // The default view: the open statuses only, 400 of the 600.
    QCOMPARE(page.model()->rowCount(), 400);
    QSet<QString> seen;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        seen.insert(
                page.model()->index(row, 0).data(int(FillQueueModel::DataRole::Status)).toString());
    QCOMPARE(seen, (QSet<QString> { u"new"_s, u"in_progress"_s, u"ready"_s, u"returned"_s }));
    QVERIFY2(page.count()->text().contains(u"Listed: 400 · open: 400 · all fills: 600"),
             qPrintable(page.count()->text()));

    // Two filters in a row while the first is read: the second's rows are what stays.
    page.statusFilter()->setCurrentIndex(page.statusFilter()->count() - 1); // all: 600 (500 listed)
    QVERIFY(!page.queueSettled());
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"rejected"_s));
    QVERIFY(!page.queueSettled());
    shownSpy.clear();
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(shownSpy.count(), 1); // the older filter's answer was never shown
    QCOMPARE(page.model()->rowCount(), 100);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QCOMPARE(page.model()->index(row, 0).data(int(FillQueueModel::DataRole::Status)).toString(),
                 u"rejected"_s);
    QTest::qWait(100);
    QCOMPARE(page.model()->rowCount(), 100);

    // A search typed key by key, within the status chosen: only the last text's answer is shown.
    shownSpy.clear();
    QVERIFY(type(&page, u"Search by patient or drug"_s, u"Patient 59"_s));
    QTRY_VERIFY(page.queueSettled());
    QVERIFY(shownSpy.count() >= 1);
    QStringList names;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        names << page.model()->index(row, 0).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList { u"Patient 59"_s, u"Patient 593"_s, u"Patient 599"_s }));
    page.grab().save(u"/tmp/rxqueue-search.png"_s);

    // Hidden, it follows nothing: a sync that lands marks it stale, it reads when shown again.
    QVERIFY(type(&page, u"Search by patient or drug"_s, QString()));
    page.statusFilter()->setCurrentIndex(0);
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(page.model()->rowCount(), 400);
    page.hide();
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-late"_s, u"Zoe Late"_s, u"amlodipine"_s,
                            u"amlodipine"_s, u"5 mg"_s, 30, 0, u"new"_s, m_clock.nowMs()));
    desk.synced({ u"prescription"_s, u"prescription_fill"_s });
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"new"_s));
    QVERIFY(!page.loading());
    QCOMPARE(page.model()->rowCount(), 400);
    page.statusFilter()->setCurrentIndex(0);
    page.show();
    QVERIFY(!page.queueSettled());
    QTRY_VERIFY(page.queueSettled());
    QCOMPARE(page.model()->rowCount(), 401);
    QCOMPARE(page.model()->index(0, 0).data().toString(), u"Zoe Late"_s);
    QVERIFY(page.selectFill(u"rx-late#1"_s));
    QVERIFY(page.signatureVerified());
    QTest::qWait(50);
    page.grab().save(u"/tmp/rxqueue-open.png"_s);
}

// InventoryRepository::queuePage, what the page's worker reads: one arm a status merged newest
// first, a page and whether there is more, a status no version knows still under "all",
// tombstones left out, a search's wildcards taken literally, and the counts by status.
void TestPharmacyUi::queuePageMergesStatusesNewestFirst()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    Prescriber prescriber;
    const QStringList statuses { u"new"_s,      u"dispensed"_s,   u"ready"_s,   u"returned"_s,
                                 u"rejected"_s, u"in_progress"_s, u"strange"_s, u"new"_s };
    for (int i = 0; i < statuses.size(); ++i)
        QVERIFY(addPrescription(desk.db(), prescriber, u"rx-%1"_s.arg(i), u"Name %1"_s.arg(i),
                                u"amlodipine"_s, i == 3 ? u"amlo_100%"_s : u"amlodipine"_s,
                                u"5 mg"_s, 30, 0, statuses.at(i), 1000 + i));
    // Another pharmacy's fill, a deleted fill and a fill of a deleted prescription: never listed.
    QVERIFY(exec(desk.db(),
                 u"UPDATE prescription_fill SET pharmacy_id = 'other' WHERE id = 'rx-0#1'"_s, {}));
    QVERIFY(exec(desk.db(), u"UPDATE prescription_fill SET deleted = 1 WHERE id = 'rx-1#1'"_s, {}));
    QVERIFY(exec(desk.db(), u"UPDATE prescription SET deleted = 1 WHERE id = 'rx-2'"_s, {}));
    const auto ids = [](const FillQueuePage &page) {
        QStringList list;
        for (const FillSummary &f : page.fills)
            list << f.id;
        return list;
    };
    auto all = InventoryRepository::queuePage(desk.db(), pharmacyId, { {}, {}, 100 });
    QVERIFY(all);
    QCOMPARE(ids(*all),
             (QStringList { u"rx-7#1"_s, u"rx-6#1"_s, u"rx-5#1"_s, u"rx-4#1"_s, u"rx-3#1"_s }));
    QVERIFY(!all->more);
    QCOMPARE(all->fills.at(0).patientName, u"Name 7"_s);
    QCOMPARE(all->fills.at(0).statusAtMs, 1007);
    QCOMPARE(all->fills.at(0).fillsAuthorised, 1);
    auto two = InventoryRepository::queuePage(desk.db(), pharmacyId, { {}, {}, 2 });
    QVERIFY(two);
    QCOMPARE(ids(*two), (QStringList { u"rx-7#1"_s, u"rx-6#1"_s }));
    QVERIFY(two->more);
    auto open = InventoryRepository::queuePage(
            desk.db(), pharmacyId, { InventoryRepository::openFillStatuses(), {}, 100 });
    QVERIFY(open);
    QCOMPARE(ids(*open), (QStringList { u"rx-7#1"_s, u"rx-5#1"_s, u"rx-3#1"_s }));
    auto unlimited = InventoryRepository::queuePage(
            desk.db(), pharmacyId, { InventoryRepository::openFillStatuses(), {}, 0 });
    QVERIFY(unlimited);
    QCOMPARE(ids(*unlimited), ids(*open));
    auto wild = InventoryRepository::queuePage(desk.db(), pharmacyId, { {}, u"_100%"_s, 100 });
    QVERIFY(wild);
    QCOMPARE(ids(*wild), QStringList { u"rx-3#1"_s });
    auto percent = InventoryRepository::queuePage(desk.db(), pharmacyId, { {}, u"%"_s, 100 });
    QVERIFY(percent);
    QCOMPARE(ids(*percent), QStringList { u"rx-3#1"_s });
    auto counts = InventoryRepository::queueCounts(desk.db(), pharmacyId);
    QVERIFY(counts);
    // The deleted prescription's fill is counted (its fill row is live), the deleted fill not.
    QCOMPARE(*counts,
             (QHash<QString, int> { { u"ready"_s, 1 },
                                    { u"returned"_s, 1 },
                                    { u"rejected"_s, 1 },
                                    { u"in_progress"_s, 1 },
                                    { u"strange"_s, 1 },
                                    { u"new"_s, 1 } }));
}

void TestPharmacyUi::alteredPrescriptionIsRefused()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    Prescriber prescriber;
    QVERIFY(addMember(desk.db()));
    QVERIFY(prescriber.registerKey(desk.db()));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-t"_s, u"Ana Torres"_s, u"amlodipine"_s,
                            u"amlodipine"_s, u"5 mg"_s, 30, 0, u"in_progress"_s, m_clock.nowMs()));
    // Someone changed the quantity after it was signed.
    QVERIFY(exec(desk.db(), u"UPDATE prescription SET quantity = 300 WHERE id = 'rx-t'"_s, {}));
    DispensingPage page(desk.context);
    page.setSubmitter(desk.submitter());
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.selectFill(u"rx-t#1"_s));
    QVERIFY(!page.signatureVerified());
    QVERIFY2(page.signature()->text().contains(u"altered since it was signed"),
             qPrintable(page.signature()->text()));
    QVERIFY(!page.dispenseButton()->isEnabled());
    QVERIFY(!page.readyButton()->isEnabled());
    QVERIFY(page.rejectButton()->isEnabled()); // what to do with it
    page.dispense();
    QVERIFY(desk.submitted.isEmpty());
    QTest::qWait(50);
    save(&page, u"altered"_s);

    // Signed with a key the doctor no longer holds.
    Prescriber other;
    QVERIFY(exec(desk.db(), u"UPDATE prescription SET quantity = 30 WHERE id = 'rx-t'"_s, {}));
    QVERIFY(exec(desk.db(), u"UPDATE prescriber_key SET public_key = ?, fingerprint = ?"_s,
                 { QString::fromLatin1(other.publicKey.toBase64()), other.fingerprint() }));
    desk.synced({ u"prescriber_key"_s });
    QTRY_VERIFY(page.signature()->text().contains(u"no longer holds"));
    QVERIFY(!page.dispenseButton()->isEnabled());
    // The old key kept among previous_keys: it verifies again.
    QVERIFY(exec(desk.db(), u"UPDATE prescriber_key SET previous_keys = ?"_s,
                 { QString(prescriber.fingerprint() + u'='
                           + QString::fromLatin1(prescriber.publicKey.toBase64())) }));
    desk.synced({ u"prescriber_key"_s });
    QTRY_VERIFY(page.signatureVerified());
    QVERIFY(page.dispenseButton()->isEnabled());
}

void TestPharmacyUi::verifiedPrescriptionDispenses()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    Prescriber prescriber;
    QVERIFY(addMember(desk.db()));
    QVERIFY(prescriber.registerKey(desk.db()));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-g"_s, u"Ana Torres"_s, u"amlodipine"_s,
                            u"amlodipine"_s, u"5 mg"_s, 30, 0, u"ready"_s, m_clock.nowMs(),
                            interactionFindings));
    DispensingPage page(desk.context);
    page.setSubmitter(desk.submitter());
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.selectFill(u"rx-g#1"_s));
    QVERIFY(page.signatureVerified());
    const QString signature = page.signature()->text();
    QVERIFY2(signature.contains(u"Signed by Dr Elena Ruiz, verified (key "_s
                                + prescriber.fingerprint().left(8)),
             qPrintable(signature));
    QVERIFY(page.dispenseButton()->isEnabled());
    QVERIFY(!page.startButton()->isEnabled());
    // Short of stock: the refusal is shown, nothing else happens.
    desk.refusal = u"Only 20 units of amlodipine 5 mg tablet are in stock (unexpired); 30 are "
                   u"needed."_s;
    page.dispenseButton()->click();
    QVERIFY(page.message()->text().contains(u"Only 20 units"));
    desk.refusal.clear();
    page.dispenseButton()->click();
    QCOMPARE(desk.submitted.size(), 1);
    QCOMPARE(desk.submitted.at(0).name, u"rx.fill.dispense"_s);
    QCOMPARE(desk.submitted.at(0).args, (QCborMap { { u"id"_s, u"rx-g#1"_s } }));
    QTest::qWait(50);
    save(&page, u"verified"_s);
}

void TestPharmacyUi::inventoryListsLotsExpiringFirstFirst()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    InventoryPage page(desk.context);
    page.setSubmitter(desk.submitter());
    QAbstractItemModelTester tester(page.items(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.items()->rowCount(), 0);

    const QDate today = m_clock.today();
    QVERIFY(addMember(desk.db()));
    QVERIFY(addItem(desk.db(), u"amlodipine"_s, u"amlodipine"_s, u"5 mg"_s, 50));
    QVERIFY(addItem(desk.db(), u"metformin"_s, u"metformin"_s, u"500 mg"_s, 100));
    const QString amlodipine = itemId(u"amlodipine"_s, u"5 mg"_s);
    QVERIFY(addLot(desk.db(), amlodipine, u"LATE-3"_s, today.addDays(400), 40));
    QVERIFY(addLot(desk.db(), amlodipine, u"OLD-1"_s, today.addDays(-3), 15));
    QVERIFY(addLot(desk.db(), amlodipine, u"SOON-2"_s, today.addDays(20), 25));
    QVERIFY(addLot(desk.db(), itemId(u"metformin"_s, u"500 mg"_s), u"M-1"_s, today.addDays(300),
                   500));
    desk.synced({ u"pharmacy_member"_s, u"stock_item"_s, u"stock_lot"_s });
    QTRY_COMPARE(page.items()->rowCount(), 2);
    // Units on hand count unexpired lots only: 65 of amlodipine, 15 expired; low at 50? no.
    QCOMPARE(page.items()->item(0)->drugName, u"amlodipine"_s);
    QCOMPARE(page.items()->item(0)->usable, 65);
    QCOMPARE(page.items()->item(0)->onHand, 80);
    QVERIFY(!page.items()->item(0)->low);
    QCOMPARE(page.items()->item(1)->usable, 500);

    QVERIFY(page.selectItem(amlodipine));
    QCOMPARE(page.lots()->rowCount(), 3);
    QCOMPARE(page.lots()->lot(0)->lotNumber, u"OLD-1"_s);
    QCOMPARE(page.lots()->lot(1)->lotNumber, u"SOON-2"_s);
    QCOMPARE(page.lots()->lot(2)->lotNumber, u"LATE-3"_s);
    QVERIFY(page.lots()->index(0, StockLotModel::State).data().toString().startsWith(u"Expired"));
    QVERIFY(page.lots()->index(0, StockLotModel::State).data(Qt::ForegroundRole).isValid());
    QVERIFY(page.lots()->index(1, StockLotModel::State).data().toString().contains(u"20 days"));
    QVERIFY(!page.lots()->index(2, StockLotModel::State).data(Qt::ForegroundRole).isValid());

    // Some units go out: now below the reorder level.
    QVERIFY(exec(desk.db(), u"UPDATE stock_lot SET quantity = 10 WHERE lot_number = 'LATE-3'"_s,
                 {}));
    desk.synced({ u"stock_lot"_s });
    QTRY_COMPARE(page.items()->item(0)->usable, 35);
    QVERIFY(page.items()->item(0)->low);
    QVERIFY(page.items()->index(0, StockItemModel::Low).data().toString().contains(u"Low"));
    QCOMPARE(page.lots()->rowCount(), 3); // the selection and its lots follow
    QTest::qWait(50);
    save(&page, u"inventory"_s);

    // The reorder level of the selected item.
    page.reorderLevel()->setValue(80);
    page.saveReorderLevel();
    QCOMPARE(desk.submitted.size(), 1);
    QCOMPARE(desk.submitted.at(0).name, u"stock.item.put"_s);
    QCOMPARE(desk.submitted.at(0).args,
             (QCborMap { { u"pharmacy_id"_s, pharmacyId },
                         { u"drug_id"_s, u"amlodipine"_s },
                         { u"strength"_s, u"5 mg"_s },
                         { u"form"_s, u"tablet"_s },
                         { u"reorder_level"_s, 80 } }));
}

void TestPharmacyUi::receiveAndAdjustSubmitTheirArguments()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    QVERIFY(addMember(desk.db()));
    QVERIFY(addItem(desk.db(), u"amlodipine"_s, u"amlodipine"_s, u"5 mg"_s, 50));
    const QString amlodipine = itemId(u"amlodipine"_s, u"5 mg"_s);
    QVERIFY(addLot(desk.db(), amlodipine, u"SOON-2"_s, m_clock.today().addDays(20), 25));
    InventoryPage page(desk.context);
    page.setSubmitter(desk.submitter());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.items()->rowCount(), 1);
    QVERIFY(page.selectItem(amlodipine));

    // Receive: the selected item's drug, form and strength, its reorder level kept.
    page.receive();
    ReceiveStockDialog *receive = page.receiveDialog();
    QVERIFY(receive);
    QCOMPARE(receive->drug()->currentData().toString(), u"amlodipine"_s);
    QCOMPARE(receive->form()->currentText(), u"tablet"_s);
    QCOMPARE(receive->strength()->currentText(), u"5 mg"_s);
    QCOMPARE(receive->reorderLevel()->value(), 50);
    QCOMPARE(receive->strength()->count(), 3); // 2.5, 5 and 10 mg from the reference data
    receive->strength()->setCurrentText(u"10 mg"_s);
    QCOMPARE(receive->reorderLevel()->value(), 50); // not stocked: left as typed
    receive->reorderLevel()->setValue(20);
    receive->accept();
    QVERIFY(desk.submitted.isEmpty()); // no lot number
    receive->lotNumber()->setText(u"  AB1234 "_s);
    receive->expiry()->setDate(QDate(2027, 6, 30));
    receive->quantity()->setValue(200);
    receive->grab().save(u"/tmp/rxph-receive.png"_s);
    receive->accept();
    QCOMPARE(desk.submitted.size(), 2);
    QCOMPARE(desk.submitted.at(0).name, u"stock.item.put"_s);
    QCOMPARE(desk.submitted.at(0).args,
             (QCborMap { { u"pharmacy_id"_s, pharmacyId },
                         { u"drug_id"_s, u"amlodipine"_s },
                         { u"strength"_s, u"10 mg"_s },
                         { u"form"_s, u"tablet"_s },
                         { u"reorder_level"_s, 20 } }));
    QCOMPARE(desk.submitted.at(1).name, u"stock.receive"_s);
    const QCborMap lot = desk.submitted.at(1).args;
    QVERIFY(!lot.value(u"id"_s).toString().isEmpty());
    QCOMPARE(lot.value(u"item_id"_s).toString(), itemId(u"amlodipine"_s, u"10 mg"_s));
    QCOMPARE(lot.value(u"lot_number"_s).toString(), u"AB1234"_s);
    QCOMPARE(lot.value(u"expiry_date"_s).toString(), u"2027-06-30"_s);
    QCOMPARE(lot.value(u"quantity"_s).toInteger(), 200);
    QTRY_VERIFY(!page.receiveDialog());

    // Adjust the selected lot: not below zero, "other" needs a note.
    desk.submitted.clear();
    page.lotTable()->setCurrentIndex(page.lots()->index(0, 0));
    page.adjustSelectedLot();
    AdjustStockDialog *adjust = page.adjustDialog();
    QVERIFY(adjust);
    QCOMPARE(adjust->delta()->minimum(), -25);
    adjust->delta()->setValue(-4);
    adjust->reason()->setCurrentIndex(adjust->reason()->findData(u"other"_s));
    adjust->accept();
    QVERIFY(desk.submitted.isEmpty());
    adjust->note()->setText(u"Dropped on the floor"_s);
    adjust->grab().save(u"/tmp/rxph-adjust.png"_s);
    adjust->accept();
    QCOMPARE(desk.submitted.size(), 1);
    QCOMPARE(desk.submitted.at(0).name, u"stock.adjust"_s);
    const QCborMap change = desk.submitted.at(0).args;
    QCOMPARE(change.value(u"lot_id"_s).toString(), page.lots()->lot(0)->id);
    QCOMPARE(change.value(u"delta"_s).toInteger(), -4);
    QCOMPARE(change.value(u"reason"_s).toString(), u"other"_s);
    QCOMPARE(change.value(u"note"_s).toString(), u"Dropped on the floor"_s);
    QVERIFY(!change.value(u"id"_s).toString().isEmpty());
}

void TestPharmacyUi::homePageAlerts()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    HomePage page(desk.context);
    page.resize(1000, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    PharmacyAlerts *alerts = page.pharmacyAlerts();
    QVERIFY(alerts);
    QTRY_VERIFY(alerts->queue()->text().contains(u"not assigned"));

    const QDate today = m_clock.today();
    Prescriber prescriber;
    QVERIFY(addMember(desk.db()));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-1"_s, u"Ana Torres"_s, u"amlodipine"_s,
                            u"amlodipine"_s, u"5 mg"_s, 30, 0, u"new"_s, 1));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-2"_s, u"Ben Okafor"_s, u"metformin"_s,
                            u"metformin"_s, u"500 mg"_s, 60, 0, u"new"_s, 2));
    QVERIFY(addPrescription(desk.db(), prescriber, u"rx-3"_s, u"Carla Diaz"_s, u"metformin"_s,
                            u"metformin"_s, u"500 mg"_s, 60, 0, u"ready"_s, 3));
    QVERIFY(addItem(desk.db(), u"amlodipine"_s, u"amlodipine"_s, u"5 mg"_s, 50));
    QVERIFY(addItem(desk.db(), u"metformin"_s, u"metformin"_s, u"500 mg"_s, 100));
    QVERIFY(addLot(desk.db(), itemId(u"amlodipine"_s, u"5 mg"_s), u"A-20"_s, today.addDays(20),
                   30));
    QVERIFY(addLot(desk.db(), itemId(u"metformin"_s, u"500 mg"_s), u"M-45"_s, today.addDays(45),
                   400));
    QVERIFY(addLot(desk.db(), itemId(u"metformin"_s, u"500 mg"_s), u"M-200"_s, today.addDays(200),
                   400));
    desk.synced({ u"pharmacy_member"_s, u"prescription_fill"_s, u"stock_item"_s, u"stock_lot"_s });
    QTRY_VERIFY(alerts->queue()->text().contains(u"New: <b>2</b>"));
    QVERIFY(alerts->queue()->text().contains(u"ready for pick-up: <b>1</b>"));
    QVERIFY(alerts->lowStock()->text().contains(u"amlodipine 5 mg tablet</b>: 30 usable"));
    QVERIFY(!alerts->lowStock()->text().contains(u"metformin"));
    QVERIFY(alerts->expiring30()->text().contains(u"A-20"));
    QVERIFY(!alerts->expiring30()->text().contains(u"M-45"));
    QVERIFY(alerts->expiring60()->text().contains(u"M-45"));
    QVERIFY(!alerts->expiring60()->text().contains(u"M-200"));
    QTest::qWait(50);
    save(&page, u"home"_s);
}

void TestPharmacyUi::adminEditsPharmacies()
{
    Desk desk(Role::Admin, u"admin-1"_s, u"Ada Admin"_s, m_clock);
    ClinicPage page(desk.context);
    PharmaciesBox *box = page.pharmacies();
    QVERIFY(box);
    box->setSubmitter(desk.submitter());
    page.resize(1100, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(box->model()->rowCount(), 0);
    QVERIFY(addMember(desk.db()));
    desk.synced({ u"pharmacy"_s, u"pharmacy_member"_s });
    QTRY_COMPARE(box->model()->rowCount(), 1);
    QCOMPARE(box->model()->index(0, PharmacyListModel::Pharmacists).data().toString(),
             u"Kim Park"_s);
    QCOMPARE(box->model()->index(0, PharmacyListModel::Address).data().toString(),
             u"Calle Mayor 4, 28013 Madrid"_s);
    QTest::qWait(50);
    save(&page, u"admin"_s);

    // Edit: the same id, the fields as typed.
    box->table()->selectRow(0);
    box->editPharmacy();
    PharmacyDialog *dialog = box->pharmacyDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->name()->text(), u"Farmacia Central"_s);
    dialog->hours()->setText(u"Mon–Sat 08:00–21:00"_s);
    dialog->active()->setChecked(false);
    dialog->grab().save(u"/tmp/rxph-pharmacy-dialog.png"_s);
    dialog->accept();
    QCOMPARE(desk.submitted.size(), 1);
    QCOMPARE(desk.submitted.at(0).name, u"pharmacy.put"_s);
    const QCborMap args = desk.submitted.at(0).args;
    QCOMPARE(args.value(u"id"_s).toString(), pharmacyId);
    QCOMPARE(args.value(u"name"_s).toString(), u"Farmacia Central"_s);
    QCOMPARE(args.value(u"hours"_s).toString(), u"Mon–Sat 08:00–21:00"_s);
    QCOMPARE(args.value(u"postal_code"_s).toString(), u"28013"_s);
    QCOMPARE(args.value(u"active"_s).toBool(), false);
    QTRY_VERIFY(!box->pharmacyDialog());

    // Add: a new id; a name is needed.
    box->addPharmacy();
    dialog = box->pharmacyDialog();
    QVERIFY(dialog);
    dialog->accept();
    QCOMPARE(desk.submitted.size(), 1);
    dialog->name()->setText(u"Farmacia Norte"_s);
    dialog->accept();
    QCOMPARE(desk.submitted.size(), 2);
    QVERIFY(desk.submitted.at(1).args.value(u"id"_s).toString() != pharmacyId);
    QCOMPARE(desk.submitted.at(1).args.value(u"active"_s).toBool(), true);

    // Assign a pharmacist (offline: those already assigned are offered).
    box->assignPharmacist();
    AssignPharmacistDialog *assign = box->assignDialog();
    QVERIFY(assign);
    assign->addPharmacists({ { u"ph-2"_s, u"Luis Gomez"_s } });
    assign->pharmacist()->setCurrentIndex(assign->pharmacist()->findData(u"ph-2"_s));
    QCOMPARE(assign->pharmacy()->currentData().toString(), pharmacyId);
    assign->accept();
    QCOMPARE(desk.submitted.last().name, u"pharmacy.member.set"_s);
    QCOMPARE(desk.submitted.last().args,
             (QCborMap { { u"staff_id"_s, u"ph-2"_s }, { u"pharmacy_id"_s, pharmacyId } }));
}

// A busy pharmacy's whole history: the page opening on it and the filters on it, timed (the
// figures are printed, not asserted: the machine is shared).
void TestPharmacyUi::tenThousandFillsOpenAndFilter()
{
    Desk desk(Role::Pharmacist, pharmacistId, u"Kim Park"_s, m_clock);
    QVERIFY(addMember(desk.db()));
    QVERIFY(desk.db().transaction());
    static const QStringList statuses { u"new"_s,       u"in_progress"_s, u"ready"_s,
                                        u"dispensed"_s, u"dispensed"_s,   u"dispensed"_s,
                                        u"rejected"_s };
    for (int i = 0; i < 10000; ++i) {
        const QString id = u"rx-%1"_s.arg(i, 5, 10, QChar(u'0'));
        QVERIFY(exec(desk.db(),
                     u"INSERT INTO prescription (id, updated_at, patient_id, prescriber_id, "
                     u"pharmacy_id, patient_name, drug_id, drug_name, strength, form, quantity, "
                     u"issued_at) VALUES (?, 1, ?, ?, ?, ?, 'amlodipine', ?, '5 mg', 'tablet', "
                     u"30, ?)"_s,
                     { id, QString(u"p-"_s + QString::number(i % 900)), doctorId, pharmacyId,
                       QString(u"Patient "_s + QString::number(i % 900)),
                       i % 3 == 0 ? u"amlodipine"_s : u"metformin"_s, qint64(i) * 60000 }));
        QVERIFY(exec(desk.db(),
                     u"INSERT INTO prescription_fill (id, updated_at, prescription_id, "
                     u"patient_id, prescriber_id, pharmacy_id, number, status, created_at, "
                     u"status_at) VALUES (?, 1, ?, 'p', ?, ?, 1, ?, ?, ?)"_s,
                     { QString(id + u"#1"_s), id, doctorId, pharmacyId, statuses.at(i % 7),
                       qint64(i) * 60000, qint64(i) * 60000 }));
    }
    QVERIFY(desk.db().commit());
    QElapsedTimer timer;
    timer.start();
    auto all = InventoryRepository::queue(desk.db(), pharmacyId);
    QVERIFY(all);
    QCOMPARE(all->size(), 10000);
    const qint64 read = timer.elapsed();
    DispensingPage page(desk.context);
    page.resize(1200, 760);
    timer.restart();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 shownAfter = timer.elapsed(); // the window's thread did not read the queue
    QTRY_VERIFY(page.queueSettled());
    const qint64 opened = timer.elapsed();
    // The open ones (new, in progress, ready: 4,287 of them), a page at a time.
    QCOMPARE(page.model()->rowCount(), InventoryRepository::queuePageRows);
    QVERIFY(page.showMoreButton()->isVisible());
    QVERIFY2(page.count()->text().contains(u"the 500 most recently changed"),
             qPrintable(page.count()->text()));
    page.grab().save(u"/tmp/rxqueue-more.png"_s);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(InventoryRepository::openFillStatuses().contains(
                page.model()
                        ->index(row, 0)
                        .data(int(FillQueueModel::DataRole::Status))
                        .toString()));
    timer.restart();
    page.showMoreButton()->click();
    QTRY_VERIFY(page.queueSettled());
    const qint64 more = timer.elapsed();
    QCOMPARE(page.model()->rowCount(), 2 * InventoryRepository::queuePageRows);
    timer.restart();
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"new"_s));
    QTRY_VERIFY(page.queueSettled());
    const qint64 byStatus = timer.elapsed();
    QCOMPARE(page.model()->rowCount(), InventoryRepository::queuePageRows); // of 1,429
    timer.restart();
    page.statusFilter()->setCurrentIndex(page.statusFilter()->count() - 1);
    QTRY_VERIFY(page.queueSettled());
    const qint64 byAll = timer.elapsed();
    QCOMPARE(page.model()->rowCount(), InventoryRepository::queuePageRows);
    timer.restart();
    QVERIFY(type(&page, u"Search by patient or drug"_s, u"Patient 12"_s));
    QTRY_VERIFY(page.queueSettled());
    const qint64 bySearch = timer.elapsed();
    QVERIFY(page.model()->rowCount() > 0);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()->index(row, 0).data().toString().startsWith(u"Patient 12"));
    save(&page, u"ten-thousand"_s);
    page.grab().save(u"/tmp/rxqueue-ten-thousand.png"_s);
    qInfo("10,000 fills: whole read %lld ms; page shown in %lld ms, its open fills listed in %lld "
          "ms; show more %lld ms; by status %lld ms; all %lld ms; search typed (10 keystrokes, "
          "the newest answered) %lld ms",
          read, shownAfter, opened, more, byStatus, byAll, bySearch);
}

QTEST_MAIN(TestPharmacyUi)
#include "tst_pharmacyui.moc"
