#pragma once

// The pharmacist's side of the store, read-only (docs/pharmacy.md, "Stock and dispensing"): the
// queue of fills joined with their prescriptions, stock items with units on hand, lots in the
// order they are dispensed (FEFO), lots expiring soon and the adjustments of a lot. The UI reads
// through this class only; writes go through the rx.fill.* and stock.* mutations
// (core/mutations/stockmutations.cpp).

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace clinic {

// One fill in a pharmacy's queue with what the pharmacist needs of its prescription.
struct FillView
{
    QString id; // "<prescription_id>#<number>"
    QString prescriptionId;
    int number = 1;
    int fillsAuthorised = 1; // 1 + refills
    QString status; // new, in_progress, ready, dispensed, rejected, returned
    QString reason; // a rejection's reason or the question returned to the prescriber
    QString answer; // the prescriber's answer to a returned fill
    qint64 createdAtMs = 0;
    qint64 statusAtMs = 0;
    QString statusBy;
    QString dispensedLots; // "<lot_id>:<units>,..."
    QString pharmacyId;
    QString patientId;
    QString patientName;
    QString patientBirthDate; // yyyy-MM-dd or ""
    QString patientAllergies;
    QString prescriberId;
    QString prescriberName;
    QString drugId;
    QString drugName;
    QString strength;
    QString form;
    QString dose;
    QString directions;
    int quantity = 0;
    int refills = 0;
    bool substitutionAllowed = true;
    QString pharmacistNote;
    QString prescriptionStatus; // active, cancelled, completed
    qint64 issuedAtMs = 0;
};

// Which fills of the queue to list. Empty statuses = every status; search matches the
// patient's name or the drug's name (case-insensitive, any part).
struct FillFilter
{
    QStringList statuses;
    QString search;
    int limit = 0; // 0 = no limit
};

// One line of the pharmacist's queue: only what the list shows (InventoryRepository::queuePage),
// so a long queue converts 10 columns a row, not the 29 of a FillView.
struct FillSummary
{
    QString id; // "<prescription_id>#<number>"
    QString prescriptionId;
    int number = 1;
    int fillsAuthorised = 1; // 1 + refills
    QString status;
    qint64 statusAtMs = 0;
    QString patientName;
    QString drugName;
    QString strength;
    QString form;
};

// A page of the queue: the fills listed, and whether the filter matches more than the limit.
struct FillQueuePage
{
    QList<FillSummary> fills;
    bool more = false;
};

// A stock item with the units it has on hand: all lots, and the lots usable today.
struct StockItemView
{
    QString id; // "<pharmacy_id>|<drug_id>|<strength>|<form>"
    QString pharmacyId;
    QString drugId;
    QString drugName;
    QString strength;
    QString form;
    int reorderLevel = 0;
    qint64 onHand = 0; // units in every lot, expired ones included
    qint64 usable = 0; // units in lots not expired on the given date
    bool low = false; // usable <= reorderLevel
};

struct StockLotView
{
    QString id;
    QString pharmacyId;
    QString itemId;
    QString drugName; // of the item, for the expiring list
    QString strength;
    QString form;
    QString lotNumber;
    QDate expiryDate; // usable through that day
    qint64 quantity = 0;
    qint64 receivedAtMs = 0;
    QString receivedBy;
    bool expired = false; // expiryDate < the given date
    int daysLeft = 0; // expiryDate - the given date (negative when expired)
};

struct StockAdjustmentView
{
    QString id;
    QString lotId;
    qint64 delta = 0;
    QString reason; // received, count, damaged, expired, returned, other
    QString note;
    qint64 madeAtMs = 0;
    QString madeBy;
};

class InventoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::InventoryRepository)
public:
    // The stock item id of a drug, strength and form at a pharmacy.
    static QString stockItemId(const QString &pharmacyId, const QString &drugId,
                               const QString &strength, const QString &form);

    // The fills of a pharmacy, the most recently changed first. Every row is read whole (29
    // columns): a list of a pharmacy's history reads queuePage instead (docs/pharmacy.md,
    // "Stock and dispensing": 10,000 fills at once take 200 ms and more).
    static Result<QList<FillView>> queue(const QSqlDatabase &db, const QString &pharmacyId,
                                         const FillFilter &filter = {});
    // Every status a fill can have, in the order of its life.
    static const QStringList &fillStatuses();
    // The open statuses, what the pharmacist still has to act on or hand over: new, in_progress,
    // ready, returned (waiting for the prescriber's answer).
    static const QStringList &openFillStatuses();
    // The rows the pharmacist's list reads at a time ("Show more" reads as many again).
    static constexpr int queuePageRows = 500;
    // The queue as the pharmacist's list shows it: the summaries of the fills the filter matches,
    // the most recently changed first, at most filter.limit of them (0: all) and `more` when
    // there are others. One statement, no per-row query (docs/pharmacy.md, "Reading").
    static Result<FillQueuePage> queuePage(const QSqlDatabase &db, const QString &pharmacyId,
                                           const FillFilter &filter);
    // How many of the pharmacy's fills are in each status.
    static Result<QHash<QString, int>> queueCounts(const QSqlDatabase &db,
                                                   const QString &pharmacyId);
    // One fill with its prescription; an error when it is not here.
    static Result<FillView> fill(const QSqlDatabase &db, const QString &fillId);

    // The pharmacy's stock items by drug name, with units on hand and usable on `today`.
    static Result<QList<StockItemView>> stockItems(const QSqlDatabase &db,
                                                   const QString &pharmacyId, const QDate &today);
    // Only the items at or below their reorder level (usable units on `today`).
    static Result<QList<StockItemView>> lowStock(const QSqlDatabase &db, const QString &pharmacyId,
                                                 const QDate &today);
    // The lots of an item in the order a dispense takes them: expiry first (FEFO), then lot
    // number; lots with no units left are included only when withEmpty.
    static Result<QList<StockLotView>> lots(const QSqlDatabase &db, const QString &itemId,
                                            const QDate &today, bool withEmpty = false);
    // The pharmacy's lots with units that expire within `days` days of `today` (today included,
    // already expired ones included too: they need writing off), soonest first.
    static Result<QList<StockLotView>>
    expiringWithin(const QSqlDatabase &db, const QString &pharmacyId, const QDate &today, int days);
    // The adjustments of a lot, the latest first.
    static Result<QList<StockAdjustmentView>> adjustments(const QSqlDatabase &db,
                                                          const QString &lotId);

    // The pharmacy the given pharmacist works at here ("" when none).
    static Result<QString> pharmacyOf(const QSqlDatabase &db, const QString &staffId);
};

} // namespace clinic
