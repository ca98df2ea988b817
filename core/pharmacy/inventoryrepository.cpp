#include "inventoryrepository.h"

#include "storage/sqlexec.h"

#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

const QString fillColumns =
        u"SELECT f.id, f.prescription_id, f.number, f.status, f.reason, f.answer, f.created_at, "
        u"f.status_at, f.status_by, f.dispensed_lots, f.pharmacy_id, p.patient_id, "
        u"p.patient_name, COALESCE(p.patient_birth_date, ''), p.patient_allergies, "
        u"p.prescriber_id, p.prescriber_name, p.drug_id, p.drug_name, p.strength, p.form, p.dose, "
        u"p.directions, p.quantity, p.refills, p.substitution_allowed, p.pharmacist_note, "
        u"p.status, p.issued_at "
        u"FROM prescription_fill f JOIN prescription p ON p.id = f.prescription_id "
        u"AND NOT p.deleted "_s;

FillView fillOf(const QSqlQuery &q)
{
    FillView f;
    f.id = q.value(0).toString();
    f.prescriptionId = q.value(1).toString();
    f.number = q.value(2).toInt();
    f.status = q.value(3).toString();
    f.reason = q.value(4).toString();
    f.answer = q.value(5).toString();
    f.createdAtMs = q.value(6).toLongLong();
    f.statusAtMs = q.value(7).toLongLong();
    f.statusBy = q.value(8).toString();
    f.dispensedLots = q.value(9).toString();
    f.pharmacyId = q.value(10).toString();
    f.patientId = q.value(11).toString();
    f.patientName = q.value(12).toString();
    f.patientBirthDate = q.value(13).toString();
    f.patientAllergies = q.value(14).toString();
    f.prescriberId = q.value(15).toString();
    f.prescriberName = q.value(16).toString();
    f.drugId = q.value(17).toString();
    f.drugName = q.value(18).toString();
    f.strength = q.value(19).toString();
    f.form = q.value(20).toString();
    f.dose = q.value(21).toString();
    f.directions = q.value(22).toString();
    f.quantity = q.value(23).toInt();
    f.refills = q.value(24).toInt();
    f.fillsAuthorised = 1 + f.refills;
    f.substitutionAllowed = q.value(25).toBool();
    f.pharmacistNote = q.value(26).toString();
    f.prescriptionStatus = q.value(27).toString();
    f.issuedAtMs = q.value(28).toLongLong();
    return f;
}

// A LIKE pattern matching `text` anywhere, its wildcards taken literally (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

const QString lotColumns = u"SELECT l.id, l.pharmacy_id, l.item_id, COALESCE(i.drug_name, ''), "
                           u"COALESCE(i.strength, ''), COALESCE(i.form, ''), l.lot_number, "
                           u"l.expiry_date, l.quantity, l.received_at, l.received_by "
                           u"FROM stock_lot l LEFT JOIN stock_item i ON i.id = l.item_id "_s;

StockLotView lotOf(const QSqlQuery &q, const QDate &today)
{
    StockLotView l;
    l.id = q.value(0).toString();
    l.pharmacyId = q.value(1).toString();
    l.itemId = q.value(2).toString();
    l.drugName = q.value(3).toString();
    l.strength = q.value(4).toString();
    l.form = q.value(5).toString();
    l.lotNumber = q.value(6).toString();
    l.expiryDate = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
    l.quantity = q.value(8).toLongLong();
    l.receivedAtMs = q.value(9).toLongLong();
    l.receivedBy = q.value(10).toString();
    l.expired = !l.expiryDate.isValid() || l.expiryDate < today;
    l.daysLeft = l.expiryDate.isValid() ? int(today.daysTo(l.expiryDate)) : 0;
    return l;
}

} // namespace

QString InventoryRepository::stockItemId(const QString &pharmacyId, const QString &drugId,
                                         const QString &strength, const QString &form)
{
    return pharmacyId + u'|' + drugId + u'|' + strength + u'|' + form;
}

Result<QList<FillView>> InventoryRepository::queue(const QSqlDatabase &db,
                                                   const QString &pharmacyId,
                                                   const FillFilter &filter)
{
    // The fills are chosen and ordered on their own table (its (pharmacy_id, status,
    // status_at) index), and joined with their prescriptions after: the sort then moves fill
    // rows, not the joined ones. A search on the prescription's names filters after the join.
    QString chosen = u"SELECT * FROM prescription_fill WHERE pharmacy_id = ? AND NOT deleted"_s;
    QVariantList values { pharmacyId };
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << u"?"_s;
            values << status;
        }
        chosen += u" AND status IN ("_s + marks.join(u", "_s) + u')';
    }
    const QString search = filter.search.simplified();
    const QString limit =
            filter.limit > 0 ? u" LIMIT "_s + QString::number(filter.limit) : QString();
    if (search.isEmpty())
        chosen += u" ORDER BY status_at DESC, id"_s + limit;
    QString sql = fillColumns;
    sql.replace(u"FROM prescription_fill f"_s, u"FROM ("_s + chosen + u") f"_s);
    if (!search.isEmpty()) {
        sql += u" WHERE (p.patient_name LIKE ? ESCAPE '\\' OR p.drug_name LIKE ? ESCAPE '\\')"_s;
        values << containsPattern(search) << containsPattern(search);
    }
    sql += u" ORDER BY f.status_at DESC, f.id"_s;
    if (!search.isEmpty())
        sql += limit;
    auto rows = execSql(db, sql, values, tr("The pharmacy's queue could not be read."));
    if (!rows)
        return rows.error();
    QList<FillView> fills;
    while (rows->next())
        fills.append(fillOf(*rows));
    return fills;
}

const QStringList &InventoryRepository::fillStatuses()
{
    static const QStringList statuses { u"new"_s,       u"in_progress"_s, u"ready"_s,
                                        u"dispensed"_s, u"rejected"_s,    u"returned"_s };
    return statuses;
}

const QStringList &InventoryRepository::openFillStatuses()
{
    static const QStringList statuses { u"new"_s, u"in_progress"_s, u"ready"_s, u"returned"_s };
    return statuses;
}

Result<FillQueuePage> InventoryRepository::queuePage(const QSqlDatabase &db,
                                                     const QString &pharmacyId,
                                                     const FillFilter &filter)
{
    // Only the list's columns: Qt's driver converts every column of every row it steps to.
    // One arm a status: each walks the fills' (pharmacy_id, status, status_at) index newest
    // first and stops one row past the limit, each prescription found by its key; the arms'
    // few rows are then merged. One ordered walk over every status would sort the pharmacy's
    // whole history to keep its newest rows.
    const QString search = filter.search.simplified();
    const auto arm = [&](const QString &statusTerm, QVariantList &values) {
        QString sql = u"SELECT f.id, f.prescription_id, f.number, f.status, f.status_at, "
                      u"p.patient_name, p.drug_name, p.strength, p.form, p.refills "
                      u"FROM prescription_fill f JOIN prescription p ON p.id = f.prescription_id "
                      u"WHERE f.pharmacy_id = ? AND "_s
                + statusTerm + u" AND NOT f.deleted AND NOT p.deleted"_s;
        if (!search.isEmpty()) {
            sql += u" AND (p.patient_name LIKE ? ESCAPE '\\' OR p.drug_name LIKE ? ESCAPE '\\')"_s;
            values << containsPattern(search) << containsPattern(search);
        }
        return sql;
    };
    const QString order = u" ORDER BY 5 DESC, 1"_s;
    const QString limit =
            filter.limit > 0 ? u" LIMIT "_s + QString::number(filter.limit + 1) : QString();
    QString sql;
    QVariantList values;
    if (filter.limit <= 0) {
        // Everything the filter matches is read anyway: one statement.
        values << pharmacyId;
        QString term = u"1"_s;
        if (!filter.statuses.isEmpty()) {
            QStringList marks;
            for (const QString &status : filter.statuses) {
                marks << u"?"_s;
                values << status;
            }
            term = u"f.status IN ("_s + marks.join(u", "_s) + u')';
        }
        sql = arm(term, values) + order;
    } else {
        const QStringList &known = fillStatuses();
        const QStringList statuses = filter.statuses.isEmpty() ? known : filter.statuses;
        QStringList arms;
        for (const QString &status : statuses) {
            values << pharmacyId << status;
            arms << u"SELECT * FROM ("_s + arm(u"f.status = ?"_s, values) + order + limit + u')';
        }
        if (filter.statuses.isEmpty()) {
            // A status no version knows (a damaged row) is still listed under "all".
            values << pharmacyId;
            QStringList marks;
            for (const QString &status : known) {
                marks << u"?"_s;
                values << status;
            }
            arms << u"SELECT * FROM ("_s
                            + arm(u"f.status NOT IN ("_s + marks.join(u", "_s) + u')', values)
                            + order + limit + u')';
        }
        sql = arms.join(u" UNION ALL "_s) + order + limit;
    }
    auto rows = execSql(db, sql, values, tr("The pharmacy's queue could not be read."));
    if (!rows)
        return rows.error();
    FillQueuePage page;
    while (rows->next()) {
        if (filter.limit > 0 && page.fills.size() == filter.limit) {
            page.more = true;
            break;
        }
        FillSummary f;
        f.id = rows->value(0).toString();
        f.prescriptionId = rows->value(1).toString();
        f.number = rows->value(2).toInt();
        f.status = rows->value(3).toString();
        f.statusAtMs = rows->value(4).toLongLong();
        f.patientName = rows->value(5).toString();
        f.drugName = rows->value(6).toString();
        f.strength = rows->value(7).toString();
        f.form = rows->value(8).toString();
        f.fillsAuthorised = 1 + rows->value(9).toInt();
        page.fills.append(std::move(f));
    }
    return page;
}

Result<QHash<QString, int>> InventoryRepository::queueCounts(const QSqlDatabase &db,
                                                             const QString &pharmacyId)
{
    auto rows = execSql(db,
                        u"SELECT status, COUNT(*) FROM prescription_fill "
                        u"WHERE pharmacy_id = ? AND NOT deleted GROUP BY status"_s,
                        { pharmacyId }, tr("The pharmacy's queue could not be read."));
    if (!rows)
        return rows.error();
    QHash<QString, int> counts;
    while (rows->next())
        counts.insert(rows->value(0).toString(), rows->value(1).toInt());
    return counts;
}

Result<FillView> InventoryRepository::fill(const QSqlDatabase &db, const QString &fillId)
{
    auto rows = execSql(db, fillColumns + u"WHERE f.id = ? AND NOT f.deleted"_s, { fillId },
                        tr("The fill could not be read."));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return makeError(ErrorCode::NotFound, tr("This fill is not on this computer."));
    return fillOf(*rows);
}

Result<QList<StockItemView>> InventoryRepository::stockItems(const QSqlDatabase &db,
                                                             const QString &pharmacyId,
                                                             const QDate &today)
{
    auto rows = execSql(
            db,
            u"SELECT i.id, i.pharmacy_id, i.drug_id, i.drug_name, i.strength, i.form, "
            u"i.reorder_level, COALESCE(SUM(l.quantity), 0), "
            u"COALESCE(SUM(CASE WHEN l.expiry_date >= ? THEN l.quantity ELSE 0 END), 0) "
            u"FROM stock_item i "
            u"LEFT JOIN stock_lot l ON l.item_id = i.id AND NOT l.deleted "
            u"WHERE i.pharmacy_id = ? AND NOT i.deleted "
            u"GROUP BY i.id, i.pharmacy_id, i.drug_id, i.drug_name, i.strength, i.form, "
            u"i.reorder_level "
            u"ORDER BY i.drug_name, i.strength, i.form, i.id"_s,
            { today.toString(Qt::ISODate), pharmacyId }, tr("The stock could not be read."));
    if (!rows)
        return rows.error();
    QList<StockItemView> items;
    while (rows->next()) {
        StockItemView i;
        i.id = rows->value(0).toString();
        i.pharmacyId = rows->value(1).toString();
        i.drugId = rows->value(2).toString();
        i.drugName = rows->value(3).toString();
        i.strength = rows->value(4).toString();
        i.form = rows->value(5).toString();
        i.reorderLevel = rows->value(6).toInt();
        i.onHand = rows->value(7).toLongLong();
        i.usable = rows->value(8).toLongLong();
        i.low = i.usable <= i.reorderLevel;
        items.append(i);
    }
    return items;
}

Result<QList<StockItemView>>
InventoryRepository::lowStock(const QSqlDatabase &db, const QString &pharmacyId, const QDate &today)
{
    auto items = stockItems(db, pharmacyId, today);
    if (!items)
        return items.error();
    QList<StockItemView> low;
    for (const StockItemView &item : std::as_const(*items))
        if (item.low)
            low.append(item);
    return low;
}

Result<QList<StockLotView>> InventoryRepository::lots(const QSqlDatabase &db, const QString &itemId,
                                                      const QDate &today, bool withEmpty)
{
    QString sql = lotColumns + u"WHERE l.item_id = ? AND NOT l.deleted"_s;
    if (!withEmpty)
        sql += u" AND l.quantity > 0"_s;
    sql += u" ORDER BY l.expiry_date, l.lot_number, l.id"_s;
    auto rows = execSql(db, sql, { itemId }, tr("The lots could not be read."));
    if (!rows)
        return rows.error();
    QList<StockLotView> lots;
    while (rows->next())
        lots.append(lotOf(*rows, today));
    return lots;
}

Result<QList<StockLotView>> InventoryRepository::expiringWithin(const QSqlDatabase &db,
                                                                const QString &pharmacyId,
                                                                const QDate &today, int days)
{
    auto rows = execSql(db,
                        lotColumns
                                + u"WHERE l.pharmacy_id = ? AND NOT l.deleted AND l.quantity > 0 "
                                  u"AND l.expiry_date <= ? "
                                  u"ORDER BY l.expiry_date, COALESCE(i.drug_name, ''), "
                                  u"l.lot_number, l.id"_s,
                        { pharmacyId, today.addDays(qMax(0, days)).toString(Qt::ISODate) },
                        tr("The lots could not be read."));
    if (!rows)
        return rows.error();
    QList<StockLotView> lots;
    while (rows->next())
        lots.append(lotOf(*rows, today));
    return lots;
}

Result<QList<StockAdjustmentView>> InventoryRepository::adjustments(const QSqlDatabase &db,
                                                                    const QString &lotId)
{
    auto rows = execSql(db,
                        u"SELECT id, lot_id, delta, reason, note, made_at, made_by "
                        u"FROM stock_adjustment WHERE lot_id = ? AND NOT deleted "
                        u"ORDER BY made_at DESC, id DESC"_s,
                        { lotId }, tr("The lot's adjustments could not be read."));
    if (!rows)
        return rows.error();
    QList<StockAdjustmentView> list;
    while (rows->next()) {
        list.append({ rows->value(0).toString(), rows->value(1).toString(),
                      rows->value(2).toLongLong(), rows->value(3).toString(),
                      rows->value(4).toString(), rows->value(5).toLongLong(),
                      rows->value(6).toString() });
    }
    return list;
}

Result<QString> InventoryRepository::pharmacyOf(const QSqlDatabase &db, const QString &staffId)
{
    auto rows = execSql(db,
                        u"SELECT pharmacy_id FROM pharmacy_member "
                        u"WHERE id = ? AND NOT deleted"_s,
                        { staffId }, tr("The pharmacy could not be read."));
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toString() : QString();
}

} // namespace clinic
