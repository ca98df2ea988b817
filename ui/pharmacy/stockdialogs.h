#pragma once

#include "pharmacy/inventoryrepository.h"
#include "pharmacyformat.h"
#include "util/clock.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace clinic::ui {

// Receives a delivery: the drug from the reference data, its strength and form from the drug's
// forms, the lot number, expiry and units, and the item's reorder level (the item's current
// one when it is already stocked). OK sends stock.item.put then stock.receive.
class ReceiveStockDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveStockDialog(QString pharmacyId, QList<StockItemView> items, const Clock &clock,
                       PharmacySubmit submit, QWidget *parent = nullptr);

    QComboBox *drug() const { return m_drug; }
    QComboBox *form() const { return m_form; }
    QComboBox *strength() const { return m_strength; }
    QLineEdit *lotNumber() const { return m_lot; }
    QDateEdit *expiry() const { return m_expiry; }
    QSpinBox *quantity() const { return m_quantity; }
    QSpinBox *reorderLevel() const { return m_reorder; }
    // Selects a drug by its reference id; false when the data has no such drug.
    bool selectDrug(const QString &drugId);

    void accept() override;

private:
    void fillForms();
    void fillStrengths();
    void matchItem();

    QString m_pharmacyId;
    QList<StockItemView> m_items;
    const Clock &m_clock;
    PharmacySubmit m_submit;
    QComboBox *m_drug = nullptr;
    QComboBox *m_form = nullptr;
    QComboBox *m_strength = nullptr;
    QLineEdit *m_lot = nullptr;
    QDateEdit *m_expiry = nullptr;
    QSpinBox *m_quantity = nullptr;
    QSpinBox *m_reorder = nullptr;
    QLabel *m_message = nullptr;
};

// Corrects a lot's units: a change (+ or −), the reason (count, damaged, expired, returned,
// other) and a note (needed for other). OK sends stock.adjust; never below zero.
class AdjustStockDialog : public QDialog
{
    Q_OBJECT
public:
    AdjustStockDialog(StockLotView lot, const Clock &clock, PharmacySubmit submit,
                      QWidget *parent = nullptr);

    QSpinBox *delta() const { return m_delta; }
    QComboBox *reason() const { return m_reason; }
    QLineEdit *note() const { return m_note; }

    void accept() override;

private:
    StockLotView m_lot;
    const Clock &m_clock;
    PharmacySubmit m_submit;
    QSpinBox *m_delta = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
