#pragma once

#include "clientcontext.h"
#include "pharmacyformat.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace clinic::ui {

class AdjustStockDialog;
class ReceiveStockDialog;
class StockItemModel;
class StockLotModel;

// The pharmacist's stock: each item with its units on hand (unexpired), reorder level and a low
// flag; the selected item's lots, expiring first first, the expired marked; Receive stock,
// Adjust a lot and the item's reorder level. Follows sync while shown.
class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryPage(const ClientContext &context, QWidget *parent = nullptr);

    void setSubmitter(PharmacySubmit submit) { m_submit = std::move(submit); }
    StockItemModel *items() const { return m_items; }
    StockLotModel *lots() const { return m_lots; }
    QTableView *itemTable() const { return m_itemTable; }
    QTableView *lotTable() const { return m_lotTable; }
    QSpinBox *reorderLevel() const { return m_reorder; }
    QLabel *message() const { return m_message; }
    // The open dialogs, while they are open.
    ReceiveStockDialog *receiveDialog() const { return m_receiveDialog; }
    AdjustStockDialog *adjustDialog() const { return m_adjustDialog; }

    bool selectItem(const QString &itemId);
    void receive();
    void adjustSelectedLot();
    void saveReorderLevel();

private:
    void reload();
    void showLots();
    void updateButtons();

    ClientContext m_context;
    PharmacySubmit m_submit;
    QString m_pharmacyId;
    StockItemModel *m_items = nullptr;
    StockLotModel *m_lots = nullptr;
    QTableView *m_itemTable = nullptr;
    QTableView *m_lotTable = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lotTitle = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_adjust = nullptr;
    QSpinBox *m_reorder = nullptr;
    QPushButton *m_saveReorder = nullptr;
    ReceiveStockDialog *m_receiveDialog = nullptr;
    AdjustStockDialog *m_adjustDialog = nullptr;
};

} // namespace clinic::ui
