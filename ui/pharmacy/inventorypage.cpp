#include "inventorypage.h"

#include "formwidgets.h"
#include "liveview.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacymodels.h"
#include "stockdialogs.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxUnits = 1'000'000;

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

} // namespace

InventoryPage::InventoryPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"inventoryPage"_s);
    m_submit = [sync = context.sync](const QString &name, const QCborMap &args) {
        return sync->submit(name, args);
    };
    m_items = new StockItemModel(this);
    m_lots = new StockLotModel(this);
    m_itemTable = table(m_items, tr("Stock items"), this);
    m_itemTable->setObjectName(u"stockItems"_s);
    m_lotTable = table(m_lots, tr("Lots of the selected item"), this);
    m_lotTable->setObjectName(u"stockLots"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"stockSummary"_s);
    m_summary->setWordWrap(true);
    m_message = messageLabel(this, u"inventoryMessage"_s);

    m_receive = new QPushButton(tr("&Receive stock…"), this);
    m_receive->setAccessibleName(tr("Receive stock"));
    m_adjust = new QPushButton(tr("&Adjust lot…"), this);
    m_adjust->setAccessibleName(tr("Adjust the selected lot"));
    m_reorder = new QSpinBox(this);
    m_reorder->setAccessibleName(tr("Reorder level of the selected item"));
    m_reorder->setRange(0, maxUnits);
    m_saveReorder = new QPushButton(tr("&Save level"), this);
    m_saveReorder->setAccessibleName(tr("Save the reorder level"));
    auto *reorderLabel = new QLabel(tr("Re&order at:"), this);
    reorderLabel->setBuddy(m_reorder);

    auto *itemsBox = new QGroupBox(tr("Stock"), this);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_receive);
    itemButtons->addStretch();
    itemButtons->addWidget(reorderLabel);
    itemButtons->addWidget(m_reorder);
    itemButtons->addWidget(m_saveReorder);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->addWidget(m_summary);
    itemsLayout->addWidget(m_itemTable, 1);
    itemsLayout->addLayout(itemButtons);

    auto *lotsBox = new QGroupBox(tr("Lots, expiring first first"), this);
    m_lotTitle = new QLabel(lotsBox);
    m_lotTitle->setObjectName(u"lotTitle"_s);
    auto *lotButtons = new QHBoxLayout;
    lotButtons->addWidget(m_lotTitle, 1);
    lotButtons->addWidget(m_adjust);
    auto *lotsLayout = new QVBoxLayout(lotsBox);
    lotsLayout->addLayout(lotButtons);
    lotsLayout->addWidget(m_lotTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(itemsBox);
    splitter->addWidget(lotsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Inventory"), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::showLots);
    connect(m_lotTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::updateButtons);
    connect(m_receive, &QPushButton::clicked, this, &InventoryPage::receive);
    connect(m_adjust, &QPushButton::clicked, this, &InventoryPage::adjustSelectedLot);
    connect(m_saveReorder, &QPushButton::clicked, this, &InventoryPage::saveReorderLevel);
    connect(m_context.sync, &SyncEngine::outcomeReceived, this, [this](const SyncOutcome &o) {
        if (!o.confirmed && o.name.startsWith(u"stock."))
            showMessage(m_message, tr("The server refused: %1").arg(o.reason));
    });

    auto *live = new LiveView(this, m_context.sync);
    live->follow({ u"stock_item"_s, u"stock_lot"_s, u"pharmacy_member"_s }, [this] { reload(); });
    updateButtons();
}

void InventoryPage::reload()
{
    const QSqlDatabase db = m_context.store->database();
    auto pharmacy = InventoryRepository::pharmacyOf(db, m_context.account.accountId);
    if (!pharmacy)
        return showMessage(m_message, pharmacy.error().message);
    m_pharmacyId = *pharmacy;
    const auto *current = m_items->item(m_itemTable->currentIndex().row());
    const QString keep = current ? current->id : QString();
    if (m_pharmacyId.isEmpty()) {
        m_items->setItems({});
        m_summary->setText(tr("You are not assigned to a pharmacy yet: the clinic's "
                              "administrator assigns you to one on their Clinic page."));
        showLots();
        return;
    }
    auto items = InventoryRepository::stockItems(db, m_pharmacyId, m_context.clock->today());
    if (!items)
        return showMessage(m_message, items.error().message);
    int low = 0;
    for (const StockItemView &item : std::as_const(*items))
        low += item.low ? 1 : 0;
    m_summary->setText(items->isEmpty() ? tr("Nothing in stock yet: Receive stock adds a delivery.")
                                        : tr("Items: %1 · at or below their reorder level: %2")
                                                  .arg(items->size())
                                                  .arg(low));
    m_items->setItems(std::move(*items));
    m_itemTable->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectItem(keep);
    showLots();
}

bool InventoryPage::selectItem(const QString &itemId)
{
    const int row = m_items->rowOf(itemId);
    if (row < 0)
        return false;
    m_itemTable->setCurrentIndex(m_items->index(row, 0));
    m_itemTable->selectRow(row);
    return true;
}

void InventoryPage::showLots()
{
    const StockItemView *item = m_items->item(m_itemTable->currentIndex().row());
    if (!item) {
        m_lots->setLots({}, m_context.clock->today());
        m_lotTitle->setText(m_items->rowCount() ? tr("Choose an item to see its lots.")
                                                : QString());
        return updateButtons();
    }
    auto lots = InventoryRepository::lots(m_context.store->database(), item->id,
                                          m_context.clock->today());
    if (!lots)
        return showMessage(m_message, lots.error().message);
    m_lotTitle->setText(PharmacyFormat::drug(item->drugName, item->strength, item->form));
    m_lots->setLots(std::move(*lots), m_context.clock->today());
    m_lotTable->resizeColumnsToContents();
    m_reorder->setValue(item->reorderLevel);
    updateButtons();
}

void InventoryPage::updateButtons()
{
    const bool item = m_items->item(m_itemTable->currentIndex().row()) != nullptr;
    m_receive->setEnabled(!m_pharmacyId.isEmpty());
    m_adjust->setEnabled(m_lots->lot(m_lotTable->currentIndex().row()) != nullptr);
    m_reorder->setEnabled(item);
    m_saveReorder->setEnabled(item);
}

void InventoryPage::receive()
{
    if (m_receiveDialog || m_pharmacyId.isEmpty())
        return;
    QList<StockItemView> items;
    for (int i = 0; i < m_items->rowCount(); ++i)
        items.append(*m_items->item(i));
    m_receiveDialog = new ReceiveStockDialog(m_pharmacyId, items, *m_context.clock, m_submit, this);
    if (const auto *item = m_items->item(m_itemTable->currentIndex().row())) {
        m_receiveDialog->selectDrug(item->drugId);
        m_receiveDialog->form()->setCurrentText(item->form);
        m_receiveDialog->strength()->setCurrentText(item->strength);
    }
    m_receiveDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_receiveDialog, &QObject::destroyed, this, [this] { m_receiveDialog = nullptr; });
    connect(m_receiveDialog, &QDialog::accepted, this,
            [this] { showMessage(m_message, tr("Stock received."), false); });
    m_receiveDialog->open();
}

void InventoryPage::adjustSelectedLot()
{
    const StockLotView *lot = m_lots->lot(m_lotTable->currentIndex().row());
    if (!lot || m_adjustDialog)
        return;
    m_adjustDialog = new AdjustStockDialog(*lot, *m_context.clock, m_submit, this);
    m_adjustDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_adjustDialog, &QObject::destroyed, this, [this] { m_adjustDialog = nullptr; });
    connect(m_adjustDialog, &QDialog::accepted, this,
            [this] { showMessage(m_message, tr("Lot adjusted."), false); });
    m_adjustDialog->open();
}

void InventoryPage::saveReorderLevel()
{
    const StockItemView *item = m_items->item(m_itemTable->currentIndex().row());
    if (!item)
        return;
    auto done = m_submit(u"stock.item.put"_s,
                         { { u"pharmacy_id"_s, item->pharmacyId },
                           { u"drug_id"_s, item->drugId },
                           { u"strength"_s, item->strength },
                           { u"form"_s, item->form },
                           { u"reorder_level"_s, m_reorder->value() } });
    if (!done)
        return showMessage(m_message, done.error().message);
    showMessage(m_message, tr("Reorder level saved."), false);
}

} // namespace clinic::ui
