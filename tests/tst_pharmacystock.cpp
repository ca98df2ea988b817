// The pharmacy's side of a prescription (issue 15, docs/pharmacy.md "Stock and dispensing"): a
// fill's transitions and who may make them, stock items, receiving and adjusting lots, the
// dispense taking the unexpired lot that expires first (FEFO), stock never below zero, the
// audit, InventoryRepository's reads in a client store, and two pharmacists dispensing the last
// units offline at once through the real server. Prescriptions and fills are written straight
// into the server's store (SyncService::writeAsServer): this suite does not depend on rx.prescribe.
#include "auditlog.h"
#include "pharmacy/inventoryrepository.h"
#include "servicefixture.h"
#include "storetestsupport.h"
#include "syncfixture.h"

#include <QCborArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
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

QDate dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

const MutationActor serverActor { u"system"_s, Role::Admin, u"Clinic"_s };

// Rows a test needs that other mutations (rx-core's) make: written as the server would.
struct Seed
{
    SyncService &sync;
    qint64 now = 0;

    bool put(const QString &table, const QString &id, QCborMap columns)
    {
        // A new row gets every column the caller leaves out, as the migration's default would.
        const SyncedTable *synced = SyncedTables::find(table);
        if (!synced)
            return false;
        bool exists = false;
        (void)sync.writeAsServer(serverActor, [&](MutationContext &context, WriteTransaction &) {
            auto found = context.find(table, id);
            exists = found && found->has_value();
            return Result<void>();
        });
        for (const SyncedColumn &column : synced->columns) {
            if (exists || columns.contains(column.name) || column.name == u"id"
                || column.type == ColumnType::Date)
                continue;
            if (column.type == ColumnType::Text)
                columns.insert(column.name, QString());
            else if (column.type == ColumnType::Boolean)
                columns.insert(column.name, false);
            else
                columns.insert(column.name, 0);
        }
        auto kept =
                sync.writeAsServer(serverActor, [&](MutationContext &context, WriteTransaction &) {
                    return context.put(table, id, columns);
                });
        if (!kept)
            qWarning() << "seed" << table << id << kept.error().fullText();
        return bool(kept);
    }

    bool pharmacy(const QString &id, const QString &name)
    {
        return put(u"pharmacy"_s, id, { { u"name"_s, name }, { u"active"_s, true } });
    }

    bool member(const QString &staffId, const QString &pharmacyId)
    {
        return put(u"pharmacy_member"_s, staffId,
                   { { u"pharmacy_id"_s, pharmacyId },
                     { u"staff_id"_s, staffId },
                     { u"staff_name"_s, u"Pharmacist"_s } });
    }

    // A prescription of amlodipine 5 mg tablet (or `drug`) with its fill #1 in `fillStatus`.
    bool prescription(const QString &rxId, const QString &patientId, const QString &prescriberId,
                      const QString &pharmacyId, qint64 quantity, qint64 refills,
                      const QString &fillStatus, const QString &patientName = u"Ana Test"_s)
    {
        return put(u"prescription"_s, rxId,
                   { { u"patient_id"_s, patientId },
                     { u"prescriber_id"_s, prescriberId },
                     { u"prescriber_name"_s, u"Dr One"_s },
                     { u"pharmacy_id"_s, pharmacyId },
                     { u"patient_name"_s, patientName },
                     { u"patient_birth_date"_s, u"1980-02-03"_s },
                     { u"patient_allergies"_s, u"penicillin (rash)"_s },
                     { u"drug_id"_s, u"amlodipine"_s },
                     { u"drug_name"_s, u"amlodipine"_s },
                     { u"strength"_s, u"5 mg"_s },
                     { u"form"_s, u"tablet"_s },
                     { u"dose"_s, u"1 tablet"_s },
                     { u"directions"_s, u"once a day"_s },
                     { u"quantity"_s, quantity },
                     { u"refills"_s, refills },
                     { u"substitution_allowed"_s, true },
                     { u"issued_at"_s, now },
                     { u"status"_s, u"active"_s } })
                && fill(rxId, 1, patientId, prescriberId, pharmacyId, fillStatus);
    }

    bool fill(const QString &rxId, int number, const QString &patientId,
              const QString &prescriberId, const QString &pharmacyId, const QString &fillStatus)
    {
        return put(u"prescription_fill"_s, rxId + u'#' + QString::number(number),
                   { { u"prescription_id"_s, rxId },
                     { u"patient_id"_s, patientId },
                     { u"prescriber_id"_s, prescriberId },
                     { u"pharmacy_id"_s, pharmacyId },
                     { u"number"_s, number },
                     { u"status"_s, fillStatus },
                     { u"created_at"_s, now },
                     { u"status_at"_s, now } });
    }

    // A lot straight into the store: how an expired one gets there.
    bool lot(const QString &id, const QString &pharmacyId, const QString &itemId,
             const QString &lotNumber, const QDate &expiry, qint64 quantity)
    {
        return put(u"stock_lot"_s, id,
                   { { u"pharmacy_id"_s, pharmacyId },
                     { u"item_id"_s, itemId },
                     { u"lot_number"_s, lotNumber },
                     { u"expiry_date"_s, expiry.toString(Qt::ISODate) },
                     { u"quantity"_s, quantity },
                     { u"received_at"_s, now },
                     { u"received_by"_s, u"system"_s } });
    }
};

} // namespace

class TestPharmacyStock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fillMovesThroughTheQueue();
    void fillChangesAreRefusedWithAReason();
    void onlyAPharmacistOfTheFillsPharmacy();
    void stockItemsAreOfReferenceDrugs();
    void receivingWritesTheLotAndItsAdjustment();
    void dispenseTakesTheLotExpiringFirst();
    void anExpiredLotIsNeverDispensed();
    void theLastFillCompletesThePrescription();
    void stockNeverGoesBelowZeroAndAdjustmentsAreAudited();
    void hostileArgumentsAreRefused_data();
    void hostileArgumentsAreRefused();

    void theRepositoryReportsLowStockAndExpiringLots();

    void twoPharmacistsDispenseTheLastUnitsOffline();

private:
    QCborMap apply(const QString &user, const QString &name, const QCborMap &args)
    {
        return m_service->apply(m_ids[user], name, args);
    }
    Seed seed() { return Seed { m_service->sync(), m_service->clock.nowMs() }; }
    QString rx(qint64 quantity, qint64 refills = 0, const QString &fillStatus = u"new"_s,
               const QString &pharmacy = u"ph-a"_s);
    QString item(const QString &strength = u"5 mg"_s) const
    {
        return InventoryRepository::stockItemId(u"ph-a"_s, u"amlodipine"_s, strength, u"tablet"_s);
    }
    QString receive(const QString &itemId, qint64 quantity, int daysToExpiry,
                    const QString &lotNumber);
    QString text(const QString &sql, const QVariantList &values = {}) const;
    QDate today() const { return dateOf(m_service->clock.nowMs()); }
    void emptyLots(const QString &itemId);

    std::unique_ptr<ServiceFixture> m_service;
    QHash<QString, QString> m_ids;
};

void TestPharmacyStock::initTestCase()
{
    m_service = std::make_unique<ServiceFixture>();
    QVERIFY(m_service->isReady());
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"dr-one"_s, Role::Doctor },
           std::pair { u"nurse"_s, Role::Nurse }, std::pair { u"kim"_s, Role::Pharmacist },
           std::pair { u"lee"_s, Role::Pharmacist }, std::pair { u"pat"_s, Role::Pharmacist },
           std::pair { u"drifter"_s, Role::Pharmacist } }) {
        m_ids[name] = m_service->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    Seed s = seed();
    QVERIFY(s.pharmacy(u"ph-a"_s, u"Farmacia Central"_s));
    QVERIFY(s.pharmacy(u"ph-b"_s, u"Farmacia Norte"_s));
    QVERIFY(s.member(m_ids[u"kim"_s], u"ph-a"_s));
    QVERIFY(s.member(m_ids[u"lee"_s], u"ph-a"_s));
    QVERIFY(s.member(m_ids[u"pat"_s], u"ph-b"_s));
    // "drifter" works at no pharmacy.
    QCOMPARE(status(apply(u"kim"_s, u"stock.item.put"_s,
                          { { u"pharmacy_id"_s, u"ph-a"_s },
                            { u"drug_id"_s, u"amlodipine"_s },
                            { u"strength"_s, u"5 mg"_s },
                            { u"form"_s, u"tablet"_s },
                            { u"reorder_level"_s, 20 } })),
             u"confirmed"_s);
}

void TestPharmacyStock::cleanupTestCase()
{
    m_service.reset();
}

QString TestPharmacyStock::rx(qint64 quantity, qint64 refills, const QString &fillStatus,
                              const QString &pharmacy)
{
    const QString id = newId();
    if (!seed().prescription(id, m_ids[u"ana"_s], m_ids[u"dr-one"_s], pharmacy, quantity, refills,
                             fillStatus))
        return {};
    return id;
}

QString TestPharmacyStock::receive(const QString &itemId, qint64 quantity, int daysToExpiry,
                                   const QString &lotNumber)
{
    const QString id = newId();
    const QCborMap outcome =
            apply(u"kim"_s, u"stock.receive"_s,
                  { { u"id"_s, id },
                    { u"item_id"_s, itemId },
                    { u"lot_number"_s, lotNumber },
                    { u"expiry_date"_s, today().addDays(daysToExpiry).toString(Qt::ISODate) },
                    { u"quantity"_s, quantity } });
    if (status(outcome) != u"confirmed") {
        qWarning() << "receive:" << reason(outcome);
        return {};
    }
    return id;
}

QString TestPharmacyStock::text(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_service->database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return u"<none>"_s;
    return query.value(0).toString();
}

// Writes every lot of the item off (as the server would), so a test starts from no stock.
void TestPharmacyStock::emptyLots(const QString &itemId)
{
    QSqlQuery query(m_service->database());
    query.prepare(u"SELECT id FROM stock_lot WHERE item_id = ? AND quantity > 0"_s);
    query.addBindValue(itemId);
    QVERIFY(query.exec());
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    for (const QString &id : ids)
        QVERIFY(seed().put(u"stock_lot"_s, id, { { u"quantity"_s, 0 } }));
}

// --- fills ----------------------------------------------------------------------------------

void TestPharmacyStock::fillMovesThroughTheQueue()
{
    const QString fill = rx(30) + u"#1"_s;
    QVERIFY(fill.size() > 2);
    for (const QString &next : { u"in_progress"_s, u"ready"_s }) {
        const QCborMap outcome =
                apply(u"kim"_s, u"rx.fill.update"_s, { { u"id"_s, fill }, { u"status"_s, next } });
        QVERIFY2(status(outcome) == u"confirmed", qPrintable(reason(outcome)));
        QCOMPARE(text(u"SELECT status FROM prescription_fill WHERE id = ?"_s, { fill }), next);
        QCOMPARE(text(u"SELECT status_by FROM prescription_fill WHERE id = ?"_s, { fill }),
                 m_ids[u"kim"_s]);
    }
    // Returned with a question from new: the question is kept.
    const QString second = rx(30) + u"#1"_s;
    QCOMPARE(status(apply(u"lee"_s, u"rx.fill.update"_s,
                          { { u"id"_s, second },
                            { u"status"_s, u"returned"_s },
                            { u"reason"_s, u"Is 10 mg meant? The patient had 5 mg."_s } })),
             u"confirmed"_s);
    QCOMPARE(text(u"SELECT reason FROM prescription_fill WHERE id = ?"_s, { second }),
             u"Is 10 mg meant? The patient had 5 mg."_s);
    // Rejected from in progress, with its reason.
    const QString third = rx(30, 0, u"in_progress"_s) + u"#1"_s;
    QCOMPARE(status(apply(u"kim"_s, u"rx.fill.update"_s,
                          { { u"id"_s, third },
                            { u"status"_s, u"rejected"_s },
                            { u"reason"_s, u"The patient no longer wants it."_s } })),
             u"confirmed"_s);
    QCOMPARE(text(u"SELECT status || ':' || reason FROM prescription_fill WHERE id = ?"_s,
                  { third }),
             u"rejected:The patient no longer wants it."_s);
}

void TestPharmacyStock::fillChangesAreRefusedWithAReason()
{
    const auto update = [&](const QString &fill, const QString &to, const QString &why = {}) {
        QCborMap args { { u"id"_s, fill }, { u"status"_s, to } };
        if (!why.isEmpty())
            args.insert(u"reason"_s, why);
        return apply(u"kim"_s, u"rx.fill.update"_s, args);
    };
    const QString fresh = rx(30) + u"#1"_s;
    QCborMap outcome = update(fresh, u"ready"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"A fill that is new cannot become ready for pick-up."_s);
    outcome = update(fresh, u"rejected"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"Say why the fill is rejected."_s);
    outcome = update(fresh, u"returned"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"Write the question the prescriber is to answer."_s);
    outcome = update(fresh, u"dispensed"_s); // only through rx.fill.dispense
    QCOMPARE(status(outcome), u"rejected"_s);
    QVERIFY2(reason(outcome).contains(u"in progress, ready, rejected or returned"_s),
             qPrintable(reason(outcome)));
    outcome = update(fresh, u"new"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    // Dispensing needs the fill started.
    outcome = apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, fresh } });
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"A fill that is new cannot be dispensed; start it first."_s);

    const QString ready = rx(30, 0, u"ready"_s) + u"#1"_s;
    outcome = update(ready, u"in_progress"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"A fill that is ready for pick-up cannot become in progress."_s);
    outcome = update(ready, u"ready"_s);
    QCOMPARE(reason(outcome), u"This fill is already ready for pick-up."_s);

    // Nothing after dispensed or rejected.
    const QString closed = rx(30, 0, u"rejected"_s) + u"#1"_s;
    for (const QString &to : { u"in_progress"_s, u"ready"_s, u"returned"_s }) {
        outcome = update(closed, to, u"why"_s);
        QCOMPARE(status(outcome), u"rejected"_s);
        QCOMPARE(reason(outcome), u"This fill is rejected; it can no longer change."_s);
    }
    const QString done = rx(30, 0, u"dispensed"_s) + u"#1"_s;
    outcome = update(done, u"rejected"_s, u"too late"_s);
    QCOMPARE(reason(outcome), u"This fill is dispensed; it can no longer change."_s);
    outcome = apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, done } });
    QCOMPARE(reason(outcome), u"This fill is dispensed; it can no longer change."_s);

    // A cancelled prescription's fill is not worked on.
    const QString rxId = rx(30);
    QVERIFY(seed().put(u"prescription"_s, rxId, { { u"status"_s, u"cancelled"_s } }));
    outcome = update(rxId + u"#1"_s, u"in_progress"_s);
    QCOMPARE(reason(outcome), u"The prescriber cancelled this prescription."_s);
}

void TestPharmacyStock::onlyAPharmacistOfTheFillsPharmacy()
{
    const QString fill = rx(30) + u"#1"_s;
    const QCborMap start { { u"id"_s, fill }, { u"status"_s, u"in_progress"_s } };
    // A pharmacist of another pharmacy, or of none, is refused with the reason.
    for (const QString &who : { u"pat"_s, u"drifter"_s }) {
        const QCborMap outcome = apply(who, u"rx.fill.update"_s, start);
        QCOMPARE(status(outcome), u"rejected"_s);
        QCOMPARE(reason(outcome), u"This belongs to another pharmacy than the one you work at."_s);
    }
    // Anyone else: their role does not allow it.
    for (const QString &who : { u"ana"_s, u"dr-one"_s, u"nurse"_s }) {
        const QCborMap outcome = apply(who, u"rx.fill.update"_s, start);
        QCOMPARE(status(outcome), u"rejected"_s);
        QCOMPARE(reason(outcome), u"Your role does not allow this change."_s);
    }
    QCOMPARE(text(u"SELECT status FROM prescription_fill WHERE id = ?"_s, { fill }), u"new"_s);
    // Pharmacy B's pharmacist works B's fills, not A's stock.
    const QString other = rx(30, 0, u"new"_s, u"ph-b"_s) + u"#1"_s;
    QCOMPARE(status(apply(u"pat"_s, u"rx.fill.update"_s,
                          { { u"id"_s, other }, { u"status"_s, u"in_progress"_s } })),
             u"confirmed"_s);
    QCOMPARE(status(apply(u"kim"_s, u"rx.fill.update"_s,
                          { { u"id"_s, other }, { u"status"_s, u"ready"_s } })),
             u"rejected"_s);
    const QCborMap stockOfA { { u"id"_s, newId() },
                              { u"item_id"_s, item() },
                              { u"lot_number"_s, u"B-1"_s },
                              { u"expiry_date"_s, today().addDays(100).toString(Qt::ISODate) },
                              { u"quantity"_s, 10 } };
    QCborMap outcome = apply(u"pat"_s, u"stock.receive"_s, stockOfA);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"This belongs to another pharmacy than the one you work at."_s);
    // Naming pharmacy A in an item does not make it theirs.
    outcome = apply(u"pat"_s, u"stock.item.put"_s,
                    { { u"pharmacy_id"_s, u"ph-a"_s },
                      { u"drug_id"_s, u"amlodipine"_s },
                      { u"strength"_s, u"10 mg"_s },
                      { u"form"_s, u"tablet"_s },
                      { u"reorder_level"_s, 5 } });
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"This belongs to another pharmacy than the one you work at."_s);
}

// --- stock ----------------------------------------------------------------------------------

void TestPharmacyStock::stockItemsAreOfReferenceDrugs()
{
    const auto put = [&](const QString &drug, const QString &strength, const QString &form,
                         const QCborValue &level) {
        return apply(u"kim"_s, u"stock.item.put"_s,
                     { { u"pharmacy_id"_s, u"ph-a"_s },
                       { u"drug_id"_s, drug },
                       { u"strength"_s, strength },
                       { u"form"_s, form },
                       { u"reorder_level"_s, level } });
    };
    QCborMap outcome = put(u"unobtainium"_s, u"5 mg"_s, u"tablet"_s, 5);
    QCOMPARE(reason(outcome), u"The drug is not in Clinic's reference data."_s);
    outcome = put(u"amlodipine"_s, u"7 mg"_s, u"tablet"_s, 5);
    QCOMPARE(reason(outcome), u"amlodipine does not come as 7 mg tablet in the reference data."_s);
    outcome = put(u"amlodipine"_s, u"5 mg"_s, u"tablet"_s, -1);
    QCOMPARE(status(outcome), u"rejected"_s);
    outcome = put(u"amlodipine"_s, u"5 mg"_s, u"tablet"_s, u"5"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    outcome = put(u"amlodipine"_s, u"5 mg|x"_s, u"tablet"_s, 5);
    QCOMPARE(status(outcome), u"rejected"_s);
    outcome = put(u"metformin"_s, u"500 mg"_s, u"tablet"_s, 100);
    QVERIFY2(status(outcome) == u"confirmed", qPrintable(reason(outcome)));
    const QString id =
            InventoryRepository::stockItemId(u"ph-a"_s, u"metformin"_s, u"500 mg"_s, u"tablet"_s);
    QCOMPARE(text(u"SELECT drug_name || '/' || reorder_level FROM stock_item WHERE id = ?"_s,
                  { id }),
             u"metformin/100"_s);
    // Put again: the reorder level changes, the item is the same row.
    QCOMPARE(status(put(u"metformin"_s, u"500 mg"_s, u"tablet"_s, 50)), u"confirmed"_s);
    QCOMPARE(text(u"SELECT COUNT(*) FROM stock_item WHERE drug_id = 'metformin'"_s), u"1"_s);
    QCOMPARE(text(u"SELECT reorder_level FROM stock_item WHERE id = ?"_s, { id }), u"50"_s);
}

void TestPharmacyStock::receivingWritesTheLotAndItsAdjustment()
{
    const auto receiveArgs = [&](const QCborValue &quantity, const QString &expiry) {
        return QCborMap { { u"id"_s, newId() },
                          { u"item_id"_s, item() },
                          { u"lot_number"_s, u"AM-0001"_s },
                          { u"expiry_date"_s, expiry },
                          { u"quantity"_s, quantity } };
    };
    const QString inAYear = today().addDays(365).toString(Qt::ISODate);
    for (const QCborValue &bad : { QCborValue(0), QCborValue(-5), QCborValue(1'000'001),
                                   QCborValue(2.5), QCborValue(u"10"_s) }) {
        const QCborMap outcome = apply(u"kim"_s, u"stock.receive"_s, receiveArgs(bad, inAYear));
        QCOMPARE(status(outcome), u"rejected"_s);
        QCOMPARE(reason(outcome), u"“quantity” must be a whole number from 1 to 1000000."_s);
    }
    QCOMPARE(reason(apply(u"kim"_s, u"stock.receive"_s,
                          receiveArgs(10, today().addDays(-1).toString(Qt::ISODate)))),
             u"This lot expired on %1; expired stock is not received."_s.arg(
                     today().addDays(-1).toString(Qt::ISODate)));
    for (const QString &bad : { u"2027-02-30"_s, u"tomorrow"_s, u"3001-01-01"_s, u""_s }) {
        QCOMPARE(reason(apply(u"kim"_s, u"stock.receive"_s, receiveArgs(10, bad))),
                 u"The expiry date must be a date (yyyy-MM-dd)."_s);
    }
    QCborMap args = receiveArgs(500, inAYear);
    QCOMPARE(status(apply(u"kim"_s, u"stock.receive"_s, args)), u"confirmed"_s);
    const QString lot = args.value(u"id"_s).toString();
    QCOMPARE(text(u"SELECT pharmacy_id || '/' || quantity || '/' || received_by FROM stock_lot "
                  u"WHERE id = ?"_s,
                  { lot }),
             u"ph-a/500/"_s + m_ids[u"kim"_s]);
    QCOMPARE(text(u"SELECT delta || '/' || reason || '/' || made_by FROM stock_adjustment "
                  u"WHERE lot_id = ?"_s,
                  { lot }),
             u"500/received/"_s + m_ids[u"kim"_s]);
    // A lot is received once.
    QCOMPARE(reason(apply(u"kim"_s, u"stock.receive"_s, args)),
             u"This lot was already received; adjust its units instead."_s);
    emptyLots(item());
}

void TestPharmacyStock::dispenseTakesTheLotExpiringFirst()
{
    emptyLots(item());
    const QString late = receive(item(), 10, 40, u"LATE"_s);
    const QString soon = receive(item(), 10, 10, u"SOON"_s);
    const QString lastDay = receive(item(), 3, 0, u"TODAY"_s); // usable through today
    QVERIFY(!late.isEmpty() && !soon.isEmpty() && !lastDay.isEmpty());
    const QString expired = newId();
    QVERIFY(seed().lot(expired, u"ph-a"_s, item(), u"OLD"_s, today().addDays(-1), 100));

    const QString fill = rx(15, 0, u"ready"_s) + u"#1"_s;
    const QCborMap outcome = apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, fill } });
    QVERIFY2(status(outcome) == u"confirmed", qPrintable(reason(outcome)));
    // Today's lot, then the one expiring in 10 days, then 2 of the one in 40; the expired lot
    // is left alone.
    QCOMPARE(text(u"SELECT dispensed_lots FROM prescription_fill WHERE id = ?"_s, { fill }),
             u"%1:3,%2:10,%3:2"_s.arg(lastDay, soon, late));
    QCOMPARE(text(u"SELECT status FROM prescription_fill WHERE id = ?"_s, { fill }),
             u"dispensed"_s);
    const auto units = [&](const QString &lot) {
        return text(u"SELECT quantity FROM stock_lot WHERE id = ?"_s, { lot }).toInt();
    };
    QCOMPARE(units(lastDay), 0);
    QCOMPARE(units(soon), 0);
    QCOMPARE(units(late), 8);
    QCOMPARE(units(expired), 100);
}

void TestPharmacyStock::anExpiredLotIsNeverDispensed()
{
    emptyLots(item());
    const QString expired = newId();
    QVERIFY(seed().lot(expired, u"ph-a"_s, item(), u"OLD"_s, today().addDays(-1), 100));
    const QString fresh = receive(item(), 20, 30, u"NEW"_s);
    const QString fill = rx(30, 0, u"in_progress"_s) + u"#1"_s;
    QCborMap outcome = apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, fill } });
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome),
             u"Only 20 units of amlodipine 5 mg tablet are in stock (unexpired); 30 are needed."_s);
    QCOMPARE(text(u"SELECT status FROM prescription_fill WHERE id = ?"_s, { fill }),
             u"in_progress"_s);
    QCOMPARE(text(u"SELECT quantity FROM stock_lot WHERE id = ?"_s, { fresh }), u"20"_s);
    // Only expired units left: refused the same way.
    QVERIFY(seed().put(u"stock_lot"_s, fresh, { { u"quantity"_s, 0 } }));
    outcome = apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, fill } });
    QCOMPARE(reason(outcome),
             u"Only 0 units of amlodipine 5 mg tablet are in stock (unexpired); 30 are needed."_s);
    QCOMPARE(text(u"SELECT quantity FROM stock_lot WHERE id = ?"_s, { expired }), u"100"_s);
    // A lot that expires tomorrow on the server's clock is usable today, not the day after.
    const QString tomorrow = receive(item(), 30, 1, u"TOMORROW"_s);
    const QString second = rx(30, 0, u"in_progress"_s) + u"#1"_s;
    m_service->clock.advance(2 * 24 * 3600 * 1000LL);
    outcome = apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, second } });
    QCOMPARE(status(outcome), u"rejected"_s);
    m_service->clock.advance(-2 * 24 * 3600 * 1000LL);
    QCOMPARE(status(apply(u"kim"_s, u"rx.fill.dispense"_s, { { u"id"_s, second } })),
             u"confirmed"_s);
    QCOMPARE(text(u"SELECT quantity FROM stock_lot WHERE id = ?"_s, { tomorrow }), u"0"_s);
}

void TestPharmacyStock::theLastFillCompletesThePrescription()
{
    emptyLots(item());
    QVERIFY(!receive(item(), 100, 60, u"MANY"_s).isEmpty());
    const QString rxId = rx(10, 1, u"ready"_s);
    QCOMPARE(status(apply(u"kim"_s, u"rx.fill.dispense"_s,
                          { { u"id"_s, QString(rxId + u"#1"_s) } })),
             u"confirmed"_s);
    QCOMPARE(text(u"SELECT status FROM prescription WHERE id = ?"_s, { rxId }), u"active"_s);
    QVERIFY(seed().fill(rxId, 2, m_ids[u"ana"_s], m_ids[u"dr-one"_s], u"ph-a"_s, u"ready"_s));
    QCOMPARE(status(apply(u"lee"_s, u"rx.fill.dispense"_s,
                          { { u"id"_s, QString(rxId + u"#2"_s) } })),
             u"confirmed"_s);
    QCOMPARE(text(u"SELECT status FROM prescription WHERE id = ?"_s, { rxId }), u"completed"_s);
}

void TestPharmacyStock::stockNeverGoesBelowZeroAndAdjustmentsAreAudited()
{
    const QString lot = receive(item(), 10, 90, u"ADJ-1"_s);
    QVERIFY(!lot.isEmpty());
    const auto adjust = [&](qint64 delta, const QString &why, const QString &note = {}) {
        return apply(u"kim"_s, u"stock.adjust"_s,
                     { { u"id"_s, newId() },
                       { u"lot_id"_s, lot },
                       { u"delta"_s, delta },
                       { u"reason"_s, why },
                       { u"note"_s, note } });
    };
    QCborMap outcome = adjust(-11, u"damaged"_s);
    QCOMPARE(status(outcome), u"rejected"_s);
    QCOMPARE(reason(outcome), u"Lot ADJ-1 has 10 units; stock never goes below zero."_s);
    QCOMPARE(reason(adjust(-1, u"other"_s)), u"Say in a note what the adjustment is for."_s);
    QCOMPARE(status(adjust(-1, u"stolen"_s)), u"rejected"_s);
    QCOMPARE(status(adjust(0, u"count"_s)), u"rejected"_s);
    QCOMPARE(status(adjust(-3, u"damaged"_s, u"Crushed box."_s)), u"confirmed"_s);
    QCOMPARE(status(adjust(2, u"count"_s)), u"confirmed"_s);
    QCOMPARE(status(adjust(-9, u"other"_s, u"Sent to the branch."_s)), u"confirmed"_s);
    QCOMPARE(text(u"SELECT quantity FROM stock_lot WHERE id = ?"_s, { lot }), u"0"_s);
    QCOMPARE(reason(adjust(-1, u"count"_s)),
             u"Lot ADJ-1 has 0 units; stock never goes below zero."_s);
    QCOMPARE(text(u"SELECT COUNT(*) FROM stock_adjustment WHERE lot_id = ?"_s, { lot }), u"4"_s);
    // Not by another pharmacy's pharmacist.
    outcome = apply(u"pat"_s, u"stock.adjust"_s,
                    { { u"id"_s, newId() },
                      { u"lot_id"_s, lot },
                      { u"delta"_s, 5 },
                      { u"reason"_s, u"count"_s } });
    QCOMPARE(reason(outcome), u"This belongs to another pharmacy than the one you work at."_s);

    AuditLog audit(m_service->database());
    auto entries = audit.entries(1, 100'000);
    QVERIFY(entries);
    QStringList adjusted;
    bool received = false;
    for (const AuditEntry &entry : *entries) {
        if (entry.action == u"pharmacy.stock.adjust" && entry.target == lot) {
            QCOMPARE(entry.actor, m_ids[u"kim"_s]);
            adjusted << entry.detail.section(u' ', 0, 1);
        }
        received = received || (entry.action == u"pharmacy.stock.receive" && entry.target == lot);
    }
    QCOMPARE(adjusted, (QStringList { u"-3 (damaged),"_s, u"+2 (count),"_s, u"-9 (other),"_s }));
    QVERIFY(received);
    auto verified = audit.verify();
    QVERIFY(verified);
    QVERIFY(verified->intact);
}

void TestPharmacyStock::hostileArgumentsAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QCborMap>("args");
    const QString lotId = u"no-such-lot"_s;
    QTest::newRow("fill id without number")
            << u"rx.fill.update"_s
            << QCborMap { { u"id"_s, u"abc"_s }, { u"status"_s, u"ready"_s } };
    QTest::newRow("fill number 0") << u"rx.fill.dispense"_s << QCborMap { { u"id"_s, u"abc#0"_s } };
    QTest::newRow("fill number 99")
            << u"rx.fill.dispense"_s << QCborMap { { u"id"_s, u"abc#99"_s } };
    QTest::newRow("fill number 01")
            << u"rx.fill.dispense"_s << QCborMap { { u"id"_s, u"abc#01"_s } };
    QTest::newRow("fill id not text") << u"rx.fill.dispense"_s << QCborMap { { u"id"_s, 42 } };
    QTest::newRow("fill id with quote")
            << u"rx.fill.dispense"_s << QCborMap { { u"id"_s, u"a'b#1"_s } };
    QTest::newRow("reason too long") << u"rx.fill.update"_s
                                     << QCborMap { { u"id"_s, u"abc#1"_s },
                                                   { u"status"_s, u"rejected"_s },
                                                   { u"reason"_s, QString(1001, u'x') } };
    QTest::newRow("item of no pharmacy") << u"stock.item.put"_s
                                         << QCborMap { { u"pharmacy_id"_s, u"ph-z"_s },
                                                       { u"drug_id"_s, u"amlodipine"_s },
                                                       { u"strength"_s, u"5 mg"_s },
                                                       { u"form"_s, u"tablet"_s },
                                                       { u"reorder_level"_s, 1 } };
    QTest::newRow("huge reorder level") << u"stock.item.put"_s
                                        << QCborMap { { u"pharmacy_id"_s, u"ph-a"_s },
                                                      { u"drug_id"_s, u"amlodipine"_s },
                                                      { u"strength"_s, u"5 mg"_s },
                                                      { u"form"_s, u"tablet"_s },
                                                      { u"reorder_level"_s, 1'000'001 } };
    QTest::newRow("receive into no item") << u"stock.receive"_s
                                          << QCborMap { { u"id"_s, u"lot-x"_s },
                                                        { u"item_id"_s, u"ph-a|nothing|1|x"_s },
                                                        { u"lot_number"_s, u"X"_s },
                                                        { u"expiry_date"_s, u"2100-01-01"_s },
                                                        { u"quantity"_s, 1 } };
    QTest::newRow("lot number too long")
            << u"stock.receive"_s
            << QCborMap { { u"id"_s, u"lot-y"_s },
                          { u"item_id"_s,
                            InventoryRepository::stockItemId(u"ph-a"_s, u"amlodipine"_s, u"5 mg"_s,
                                                             u"tablet"_s) },
                          { u"lot_number"_s, QString(41, u'L') },
                          { u"expiry_date"_s, u"2100-01-01"_s },
                          { u"quantity"_s, 1 } };
    QTest::newRow("adjust no lot") << u"stock.adjust"_s
                                   << QCborMap { { u"id"_s, u"adj-x"_s },
                                                 { u"lot_id"_s, lotId },
                                                 { u"delta"_s, -1 },
                                                 { u"reason"_s, u"count"_s } };
}

void TestPharmacyStock::hostileArgumentsAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QCborMap, args);
    const qint64 lots = text(u"SELECT COUNT(*) FROM stock_lot"_s).toLongLong();
    const QCborMap outcome = apply(u"kim"_s, name, args);
    QCOMPARE(status(outcome), u"rejected"_s);
    QVERIFY(!reason(outcome).isEmpty());
    QCOMPARE(text(u"SELECT COUNT(*) FROM stock_lot"_s).toLongLong(), lots);
}

// --- reading --------------------------------------------------------------------------------

void TestPharmacyStock::theRepositoryReportsLowStockAndExpiringLots()
{
    QTemporaryDir dir;
    auto store = EncryptedStore::create(dir.filePath(u"pharmacist.db"_s), password("rx stock"),
                                        fastStoreOptions());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().fullText()));
    QSqlDatabase db = (*store)->database();
    const QDate day(2026, 12, 7);
    QSqlQuery q(db);
    const auto exec = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return true;
    };
    const auto putItem = [&](const QString &drug, const QString &strength, int level) {
        const QString id = InventoryRepository::stockItemId(u"ph-a"_s, drug, strength, u"tablet"_s);
        exec(u"INSERT INTO stock_item (id, updated_at, pharmacy_id, drug_id, drug_name, "
             u"strength, form, reorder_level) VALUES (?, 0, 'ph-a', ?, ?, ?, 'tablet', ?)"_s,
             { id, drug, drug, strength, level });
        return id;
    };
    const auto putLot = [&](const QString &id, const QString &itemId, int daysLeft, int units,
                            const QString &pharmacy = u"ph-a"_s) {
        exec(u"INSERT INTO stock_lot (id, updated_at, pharmacy_id, item_id, lot_number, "
             u"expiry_date, quantity, received_at) VALUES (?, 0, ?, ?, ?, ?, ?, 0)"_s,
             { id, pharmacy, itemId, QString(u"L-"_s + id),
               day.addDays(daysLeft).toString(Qt::ISODate), units });
    };
    const QString aml = putItem(u"amlodipine"_s, u"5 mg"_s, 20);
    const QString met = putItem(u"metformin"_s, u"500 mg"_s, 50);
    const QString ram = putItem(u"ramipril"_s, u"5 mg"_s, 10);
    putLot(u"a1"_s, aml, 100, 15);
    putLot(u"a2"_s, aml, 20, 5); // within 30 days
    putLot(u"a3"_s, aml, -2, 40); // expired: counted on hand, not usable
    putLot(u"m1"_s, met, 45, 51); // within 60 days
    putLot(u"m2"_s, met, 0, 0); // empty: never reported
    putLot(u"r1"_s, ram, 30, 10); // exactly 30 days, and at the reorder level
    putLot(u"z1"_s, u"ph-b|x|1|tablet"_s, 5, 10, u"ph-b"_s); // another pharmacy's

    auto items = InventoryRepository::stockItems(db, u"ph-a"_s, day);
    QVERIFY(items);
    QCOMPARE(items->size(), 3);
    QCOMPARE(items->at(0).id, aml);
    QCOMPARE(items->at(0).onHand, 60);
    QCOMPARE(items->at(0).usable, 20);
    QVERIFY(items->at(0).low); // 20 usable at a level of 20: at it is low
    QCOMPARE(items->at(1).usable, 51);
    QVERIFY(!items->at(1).low);
    auto low = InventoryRepository::lowStock(db, u"ph-a"_s, day);
    QVERIFY(low);
    QStringList lowIds;
    for (const StockItemView &i : *low)
        lowIds << i.id;
    QCOMPARE(lowIds, (QStringList { aml, ram }));

    const auto ids = [](const QList<StockLotView> &lots) {
        QStringList list;
        for (const StockLotView &l : lots)
            list << l.id;
        return list;
    };
    auto within30 = InventoryRepository::expiringWithin(db, u"ph-a"_s, day, 30);
    QVERIFY(within30);
    QCOMPARE(ids(*within30), (QStringList { u"a3"_s, u"a2"_s, u"r1"_s }));
    QVERIFY(within30->at(0).expired);
    QCOMPARE(within30->at(0).daysLeft, -2);
    QCOMPARE(within30->at(2).daysLeft, 30);
    QCOMPARE(within30->at(1).drugName, u"amlodipine"_s);
    auto within60 = InventoryRepository::expiringWithin(db, u"ph-a"_s, day, 60);
    QVERIFY(within60);
    QCOMPARE(ids(*within60), (QStringList { u"a3"_s, u"a2"_s, u"r1"_s, u"m1"_s }));

    auto fefo = InventoryRepository::lots(db, aml, day);
    QVERIFY(fefo);
    QCOMPARE(ids(*fefo), (QStringList { u"a3"_s, u"a2"_s, u"a1"_s }));
    auto withEmpty = InventoryRepository::lots(db, met, day, true);
    QVERIFY(withEmpty);
    QCOMPARE(ids(*withEmpty), (QStringList { u"m2"_s, u"m1"_s }));

    // The queue: filter by status, search by patient or drug, case-insensitively; a '%' is a
    // character, not a wildcard.
    for (int i = 0; i < 6; ++i) {
        const QString rxId = u"rx%1"_s.arg(i);
        exec(u"INSERT INTO prescription (id, updated_at, patient_id, prescriber_id, pharmacy_id, "
             u"patient_name, drug_id, drug_name, quantity, issued_at) "
             u"VALUES (?, 0, 'p', 'd', ?, ?, ?, ?, 30, 0)"_s,
             { rxId, i == 5 ? u"ph-b"_s : u"ph-a"_s, i % 2 ? u"Ana Lima"_s : u"Rui Reis"_s,
               i < 3 ? u"amlodipine"_s : u"metformin"_s,
               i < 3 ? u"amlodipine"_s : u"metformin"_s });
        exec(u"INSERT INTO prescription_fill (id, updated_at, prescription_id, patient_id, "
             u"prescriber_id, pharmacy_id, number, status, created_at, status_at) "
             u"VALUES (?, 0, ?, 'p', 'd', ?, 1, ?, 0, ?)"_s,
             { QString(rxId + u"#1"_s), rxId, i == 5 ? u"ph-b"_s : u"ph-a"_s,
               i == 0 ? u"ready"_s : u"new"_s, i });
    }
    auto all = InventoryRepository::queue(db, u"ph-a"_s);
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().id, u"rx4#1"_s); // the most recently changed first
    QCOMPARE(all->first().fillsAuthorised, 1);
    auto ready = InventoryRepository::queue(db, u"ph-a"_s, { { u"ready"_s }, {}, 0 });
    QVERIFY(ready);
    QCOMPARE(ready->size(), 1);
    QCOMPARE(ready->first().drugName, u"amlodipine"_s);
    auto ana = InventoryRepository::queue(db, u"ph-a"_s, { {}, u"ana l"_s, 0 });
    QVERIFY(ana);
    QCOMPARE(ana->size(), 2); // rx1 and rx3
    auto metNew = InventoryRepository::queue(db, u"ph-a"_s, { { u"new"_s }, u"METF"_s, 0 });
    QVERIFY(metNew);
    QCOMPARE(metNew->size(), 2); // rx3, rx4
    auto wild = InventoryRepository::queue(db, u"ph-a"_s, { {}, u"%"_s, 0 });
    QVERIFY(wild);
    QCOMPARE(wild->size(), 0);
    auto one = InventoryRepository::fill(db, u"rx2#1"_s);
    QVERIFY(one);
    QCOMPARE(one->patientName, u"Rui Reis"_s);
    QVERIFY(!InventoryRepository::fill(db, u"rx9#1"_s));

    exec(u"INSERT INTO stock_adjustment (id, updated_at, pharmacy_id, lot_id, delta, reason, "
         u"note, made_at) VALUES ('j1', 0, 'ph-a', 'a1', 15, 'received', '', 1), "
         u"('j2', 0, 'ph-a', 'a1', -2, 'damaged', 'wet', 2)"_s,
         {});
    auto adjustments = InventoryRepository::adjustments(db, u"a1"_s);
    QVERIFY(adjustments);
    QCOMPARE(adjustments->size(), 2);
    QCOMPARE(adjustments->first().reason, u"damaged"_s);
    QCOMPARE(adjustments->first().delta, -2);
}

// --- the race through the real server --------------------------------------------------------

void TestPharmacyStock::twoPharmacistsDispenseTheLastUnitsOffline()
{
    QTemporaryDir stores;
    TestServer server;
    QHash<QString, QString> ids;
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, Role::Patient }, std::pair { u"dr-one"_s, Role::Doctor },
           std::pair { u"kim"_s, Role::Pharmacist }, std::pair { u"lee"_s, Role::Pharmacist } }) {
        ids[name] = server.addAccount(name, role);
        QVERIFY(!ids[name].isEmpty());
    }
    const qint64 now = Clock::system().nowMs();
    const QString itemId =
            InventoryRepository::stockItemId(u"ph-a"_s, u"amlodipine"_s, u"5 mg"_s, u"tablet"_s);
    const QString lot = newId();
    const QString rxKim = newId();
    const QString rxLee = newId();
    {
        // The rows other mutations make, written as the server would before it starts.
        auto db = server.openDatabase();
        QVERIFY(db);
        SyncService sync((*db)->database(), Clock::system());
        Seed s { sync, now };
        QVERIFY(s.pharmacy(u"ph-a"_s, u"Farmacia Central"_s));
        QVERIFY(s.member(ids[u"kim"_s], u"ph-a"_s));
        QVERIFY(s.member(ids[u"lee"_s], u"ph-a"_s));
        QVERIFY(s.put(u"stock_item"_s, itemId,
                      { { u"pharmacy_id"_s, u"ph-a"_s },
                        { u"drug_id"_s, u"amlodipine"_s },
                        { u"drug_name"_s, u"amlodipine"_s },
                        { u"strength"_s, u"5 mg"_s },
                        { u"form"_s, u"tablet"_s },
                        { u"reorder_level"_s, 10 } }));
        QVERIFY(s.lot(lot, u"ph-a"_s, itemId, u"LAST"_s, dateOf(now).addDays(200), 30));
        QVERIFY(s.prescription(rxKim, ids[u"ana"_s], ids[u"dr-one"_s], u"ph-a"_s, 30, 0, u"ready"_s,
                               u"Ana Lima"_s));
        QVERIFY(s.prescription(rxLee, ids[u"ana"_s], ids[u"dr-one"_s], u"ph-a"_s, 30, 0, u"ready"_s,
                               u"Ana Lima"_s));
    }
    QVERIFY(server.start());
    const auto client = [&](const QString &name) {
        auto made = std::make_unique<TestClient>(server, name, stores.path() + u'/' + newId());
        if (!made->signIn() || !made->waitIdle())
            qWarning() << name << "could not sign in and sync";
        return made;
    };
    auto kim = client(u"kim"_s);
    auto lee = client(u"lee"_s);
    for (TestClient *c : { kim.get(), lee.get() }) {
        QCOMPARE(c->value(u"stock_lot"_s, lot, u"quantity"_s), u"30"_s);
        auto queue = InventoryRepository::queue(c->db(), u"ph-a"_s, { { u"ready"_s }, {}, 0 });
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
    }

    // Both offline; each dispenses the last 30 units to a different fill. Each client takes
    // its own change at once.
    kim->goOffline();
    lee->goOffline();
    QVERIFY(kim->submit(u"rx.fill.dispense"_s, { { u"id"_s, QString(rxKim + u"#1"_s) } }));
    QVERIFY(lee->submit(u"rx.fill.dispense"_s, { { u"id"_s, QString(rxLee + u"#1"_s) } }));
    QCOMPARE(kim->value(u"stock_lot"_s, lot, u"quantity"_s), u"0"_s);
    QCOMPARE(lee->value(u"stock_lot"_s, lot, u"quantity"_s), u"0"_s);
    QCOMPARE(lee->value(u"prescription_fill"_s, rxLee + u"#1"_s, u"status"_s), u"dispensed"_s);

    // Kim comes back first: confirmed.
    QSignalSpy kimOutcomes(kim->engine.get(), &SyncEngine::outcomeReceived);
    QVERIFY(kim->signIn());
    QVERIFY(kim->waitIdle());
    QCOMPARE(kimOutcomes.size(), 1);
    QVERIFY(kimOutcomes.first().first().value<SyncOutcome>().confirmed);

    // Lee's is refused with the reason, and Lee's client takes its change back: the fill is
    // ready again, and the lot is as the server has it (Kim's dispense).
    QSignalSpy leeOutcomes(lee->engine.get(), &SyncEngine::outcomeReceived);
    QVERIFY(lee->signIn());
    QVERIFY(lee->waitIdle());
    QCOMPARE(leeOutcomes.size(), 1);
    const SyncOutcome refused = leeOutcomes.first().first().value<SyncOutcome>();
    QVERIFY(!refused.confirmed);
    QCOMPARE(refused.name, u"rx.fill.dispense"_s);
    QCOMPARE(refused.reason,
             u"Only 0 units of amlodipine 5 mg tablet are in stock (unexpired); 30 are needed."_s);
    QCOMPARE(lee->value(u"prescription_fill"_s, rxLee + u"#1"_s, u"status"_s), u"ready"_s);
    QCOMPARE(lee->value(u"prescription_fill"_s, rxKim + u"#1"_s, u"status"_s), u"dispensed"_s);
    QCOMPARE(lee->value(u"prescription_fill"_s, rxKim + u"#1"_s, u"dispensed_lots"_s),
             lot + u":30"_s);
    QCOMPARE(lee->value(u"stock_lot"_s, lot, u"quantity"_s), u"0"_s);
    QVERIFY(kim->waitIdle());
    QCOMPARE(syncedRowsOf(kim->db(), u"stock_lot"_s), syncedRowsOf(lee->db(), u"stock_lot"_s));
    QCOMPARE(syncedRowsOf(kim->db(), u"prescription_fill"_s),
             syncedRowsOf(lee->db(), u"prescription_fill"_s));
    if (TestServerStore::onPostgres()) { // a second connection; the embedded store has one owner
        auto db = server.openDatabase();
        QVERIFY(db);
        QCOMPARE(syncedRowsOf((*db)->database(), u"stock_lot"_s),
                 syncedRowsOf(lee->db(), u"stock_lot"_s));
    }
    // What the repository shows Lee: Kim's fill dispensed, Lee's still ready, no usable stock.
    auto dispensed =
            InventoryRepository::queue(lee->db(), u"ph-a"_s, { { u"dispensed"_s }, {}, 0 });
    QVERIFY(dispensed);
    QCOMPARE(dispensed->size(), 1);
    QCOMPARE(dispensed->first().id, rxKim + u"#1"_s);
    auto low = InventoryRepository::lowStock(lee->db(), u"ph-a"_s, dateOf(now));
    QVERIFY(low);
    QCOMPARE(low->size(), 1);
    QCOMPARE(low->first().usable, 0);
    // Trying again is refused on Lee's computer at once, with the same reason.
    auto again = lee->submit(u"rx.fill.dispense"_s, { { u"id"_s, QString(rxLee + u"#1"_s) } });
    QVERIFY(!again);
    QCOMPARE(again.error().message,
             u"Only 0 units of amlodipine 5 mg tablet are in stock (unexpired); 30 are needed."_s);

    // The patient sees her fills as the pharmacy left them, and nothing of its stock.
    auto ana = client(u"ana"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ana->value(u"prescription_fill"_s, rxKim + u"#1"_s, u"status"_s),
                              u"dispensed"_s, 10000);
    QCOMPARE(ana->value(u"prescription_fill"_s, rxLee + u"#1"_s, u"status"_s), u"ready"_s);
    QCOMPARE(ana->count(u"stock_lot"_s), 0);
    QCOMPARE(ana->count(u"stock_item"_s), 0);
}

QTEST_GUILESS_MAIN(TestPharmacyStock)
#include "tst_pharmacystock.moc"
