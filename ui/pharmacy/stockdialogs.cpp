#include "stockdialogs.h"

#include "formwidgets.h"
#include "pharmacy/referencedata.h"
#include "util/rowid.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxUnits = 1'000'000; // the server's limit (stock.receive)
constexpr int maxLotNumber = 64;
constexpr int maxNote = 1000;

const Drug *drugById(const QString &id)
{
    const auto &data = ReferenceData::shipped();
    if (!data)
        return nullptr;
    for (const Drug &drug : data->drugs()) {
        if (drug.id == id)
            return &drug;
    }
    return nullptr;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ok);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

ReceiveStockDialog::ReceiveStockDialog(QString pharmacyId, QList<StockItemView> items,
                                       const Clock &clock, PharmacySubmit submit, QWidget *parent)
    : QDialog(parent), m_pharmacyId(std::move(pharmacyId)), m_items(std::move(items)),
      m_clock(clock), m_submit(std::move(submit))
{
    setObjectName(u"receiveStockDialog"_s);
    setWindowTitle(tr("Receive stock"));
    m_drug = new QComboBox(this);
    m_drug->setAccessibleName(tr("Drug"));
    m_drug->setEditable(true);
    m_drug->setInsertPolicy(QComboBox::NoInsert);
    m_drug->completer()->setFilterMode(Qt::MatchContains);
    m_drug->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (const auto &data = ReferenceData::shipped(); data) {
        QList<const Drug *> drugs;
        for (const Drug &drug : data->drugs())
            drugs.append(&drug);
        std::sort(drugs.begin(), drugs.end(), [](const Drug *a, const Drug *b) {
            return a->name().compare(b->name(), Qt::CaseInsensitive) < 0;
        });
        for (const Drug *drug : drugs)
            m_drug->addItem(drug->name(), drug->id);
    }
    m_form = new QComboBox(this);
    m_form->setAccessibleName(tr("Form"));
    m_strength = new QComboBox(this);
    m_strength->setAccessibleName(tr("Strength"));
    m_lot = new QLineEdit(this);
    m_lot->setAccessibleName(tr("Lot number"));
    m_lot->setMaxLength(maxLotNumber);
    m_expiry = new QDateEdit(clock.today().addYears(1), this);
    m_expiry->setAccessibleName(tr("Expiry date"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(clock.today());
    m_expiry->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_quantity = new QSpinBox(this);
    m_quantity->setAccessibleName(tr("Units received"));
    m_quantity->setRange(1, maxUnits);
    m_quantity->setValue(100);
    m_reorder = new QSpinBox(this);
    m_reorder->setAccessibleName(tr("Reorder level"));
    m_reorder->setRange(0, maxUnits);
    m_reorder->setValue(0);
    m_message = messageLabel(this, u"receiveMessage"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Drug:"), m_drug);
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("&Strength:"), m_strength);
    form->addRow(tr("&Lot number:"), m_lot);
    form->addRow(tr("&Expiry:"), m_expiry);
    form->addRow(tr("&Units:"), m_quantity);
    form->addRow(tr("&Reorder at:"), m_reorder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Receive")));

    connect(m_drug, &QComboBox::currentIndexChanged, this, &ReceiveStockDialog::fillForms);
    connect(m_form, &QComboBox::currentIndexChanged, this, &ReceiveStockDialog::fillStrengths);
    connect(m_strength, &QComboBox::currentIndexChanged, this, &ReceiveStockDialog::matchItem);
    fillForms();
}

bool ReceiveStockDialog::selectDrug(const QString &drugId)
{
    const int index = m_drug->findData(drugId);
    if (index < 0)
        return false;
    m_drug->setCurrentIndex(index);
    return true;
}

void ReceiveStockDialog::fillForms()
{
    m_form->clear();
    if (const Drug *drug = drugById(m_drug->currentData().toString())) {
        for (const DrugForm &form : drug->forms)
            m_form->addItem(form.form);
    }
    fillStrengths();
}

void ReceiveStockDialog::fillStrengths()
{
    m_strength->clear();
    if (const Drug *drug = drugById(m_drug->currentData().toString())) {
        for (const DrugForm &form : drug->forms) {
            if (form.form == m_form->currentText())
                m_strength->addItems(form.strengths);
        }
    }
    matchItem();
}

void ReceiveStockDialog::matchItem()
{
    for (const StockItemView &item : std::as_const(m_items)) {
        if (item.drugId == m_drug->currentData().toString()
            && item.strength == m_strength->currentText() && item.form == m_form->currentText()) {
            m_reorder->setValue(item.reorderLevel);
            return;
        }
    }
}

void ReceiveStockDialog::accept()
{
    const QString drugId = m_drug->currentData().toString();
    const QString lot = m_lot->text().trimmed();
    if (drugId.isEmpty() || m_drug->currentText() != m_drug->itemText(m_drug->currentIndex()))
        return showMessage(m_message, tr("Choose the drug from the list."));
    if (m_form->currentText().isEmpty() || m_strength->currentText().isEmpty())
        return showMessage(m_message, tr("Choose the form and strength."));
    if (lot.isEmpty())
        return showMessage(m_message, tr("Enter the lot number printed on the pack."));
    if (m_expiry->date() < m_clock.today())
        return showMessage(m_message, tr("This lot has already expired: do not receive it."));
    const QString itemId = InventoryRepository::stockItemId(
            m_pharmacyId, drugId, m_strength->currentText(), m_form->currentText());
    auto item = m_submit(u"stock.item.put"_s,
                         { { u"pharmacy_id"_s, m_pharmacyId },
                           { u"drug_id"_s, drugId },
                           { u"strength"_s, m_strength->currentText() },
                           { u"form"_s, m_form->currentText() },
                           { u"reorder_level"_s, m_reorder->value() } });
    if (!item)
        return showMessage(m_message, item.error().message);
    auto received = m_submit(u"stock.receive"_s,
                             { { u"id"_s, newRowId(m_clock) },
                               { u"item_id"_s, itemId },
                               { u"lot_number"_s, lot },
                               { u"expiry_date"_s, m_expiry->date().toString(Qt::ISODate) },
                               { u"quantity"_s, m_quantity->value() } });
    if (!received)
        return showMessage(m_message, received.error().message);
    QDialog::accept();
}

AdjustStockDialog::AdjustStockDialog(StockLotView lot, const Clock &clock, PharmacySubmit submit,
                                     QWidget *parent)
    : QDialog(parent), m_lot(std::move(lot)), m_clock(clock), m_submit(std::move(submit))
{
    setObjectName(u"adjustStockDialog"_s);
    setWindowTitle(tr("Adjust lot %1").arg(m_lot.lotNumber));
    auto *intro = new QLabel(
            tr("%1, lot %2: %n unit(s) on hand.", nullptr, int(m_lot.quantity))
                    .arg(PharmacyFormat::drug(m_lot.drugName, m_lot.strength, m_lot.form),
                         m_lot.lotNumber),
            this);
    intro->setWordWrap(true);
    m_delta = new QSpinBox(this);
    m_delta->setAccessibleName(tr("Change in units"));
    m_delta->setRange(-int(qMin<qint64>(m_lot.quantity, maxUnits)), maxUnits);
    m_delta->setValue(0);
    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("Counted (correct the count)"), u"count"_s);
    m_reason->addItem(tr("Damaged"), u"damaged"_s);
    m_reason->addItem(tr("Expired (write off)"), u"expired"_s);
    m_reason->addItem(tr("Returned"), u"returned"_s);
    m_reason->addItem(tr("Other (say why)"), u"other"_s);
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(maxNote);
    m_message = messageLabel(this, u"adjustMessage"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Change:"), m_delta);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this, tr("Adjust")));
}

void AdjustStockDialog::accept()
{
    if (m_delta->value() == 0)
        return showMessage(m_message, tr("Enter how many units to add (+) or remove (−)."));
    if (m_lot.quantity + m_delta->value() < 0)
        return showMessage(m_message, tr("A lot cannot go below zero units."));
    const QString reason = m_reason->currentData().toString();
    if (reason == u"other" && m_note->text().trimmed().isEmpty())
        return showMessage(m_message, tr("Say why in the note."));
    auto done = m_submit(u"stock.adjust"_s,
                         { { u"id"_s, newRowId(m_clock) },
                           { u"lot_id"_s, m_lot.id },
                           { u"delta"_s, m_delta->value() },
                           { u"reason"_s, reason },
                           { u"note"_s, m_note->text().trimmed() } });
    if (!done)
        return showMessage(m_message, done.error().message);
    QDialog::accept();
}

} // namespace clinic::ui
