#include "pharmacymodels.h"

#include "pharmacyformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {
const QColor warning(0xa0, 0x10, 0x10);
}

// ---- FillQueueModel

void FillQueueModel::setEntries(QList<FillSummary> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const FillSummary *FillQueueModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int FillQueueModel::rowOf(const QString &fillId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == fillId)
            return i;
    }
    return -1;
}

int FillQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FillQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FillQueueModel::data(const QModelIndex &index, int role) const
{
    const FillSummary *e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    switch (role) {
    case int(DataRole::FillId):
        return e->id;
    case int(DataRole::Status):
        return e->status;
    case Qt::FontRole:
        if (e->status == u"new") {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Patient:
        return e->patientName;
    case Drug:
        return PharmacyFormat::drug(e->drugName, e->strength, e->form);
    case Fill:
        return tr("%1 of %2").arg(e->number).arg(e->fillsAuthorised);
    case Status:
        return PharmacyFormat::fillStatus(e->status);
    case Changed:
        return PharmacyFormat::when(e->statusAtMs);
    }
    return {};
}

QVariant FillQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Patient:
        return tr("Patient");
    case Drug:
        return tr("Drug");
    case Fill:
        return tr("Fill");
    case Status:
        return tr("Status");
    case Changed:
        return tr("Last change");
    }
    return {};
}

// ---- StockItemModel

void StockItemModel::setItems(QList<StockItemView> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const StockItemView *StockItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int StockItemModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

int StockItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int StockItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockItemModel::data(const QModelIndex &index, int role) const
{
    const StockItemView *i = item(index.row());
    if (!i || !index.isValid())
        return {};
    if (role == Qt::ForegroundRole && i->low && (index.column() == Low || index.column() == OnHand))
        return QBrush(warning);
    if (role == Qt::TextAlignmentRole
        && (index.column() == OnHand || index.column() == Expired
            || index.column() == ReorderLevel))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Drug:
        return i->drugName;
    case Strength:
        return i->strength;
    case Form:
        return i->form;
    case OnHand:
        return QLocale().toString(i->usable);
    case Expired:
        return i->onHand > i->usable ? QLocale().toString(i->onHand - i->usable) : QString();
    case ReorderLevel:
        return QLocale().toString(i->reorderLevel);
    case Low:
        return i->low ? tr("⚠ Low: reorder") : QString();
    }
    return {};
}

QVariant StockItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Drug:
        return tr("Drug");
    case Strength:
        return tr("Strength");
    case Form:
        return tr("Form");
    case OnHand:
        return tr("Usable");
    case Expired:
        return tr("Expired");
    case ReorderLevel:
        return tr("Reorder at");
    case Low:
        return tr("Stock");
    }
    return {};
}

// ---- StockLotModel

void StockLotModel::setLots(QList<StockLotView> lots, QDate today)
{
    beginResetModel();
    m_lots = std::move(lots);
    m_today = today;
    endResetModel();
}

const StockLotView *StockLotModel::lot(int row) const
{
    return row >= 0 && row < m_lots.size() ? &m_lots.at(row) : nullptr;
}

int StockLotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lots.size());
}

int StockLotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockLotModel::data(const QModelIndex &index, int role) const
{
    const StockLotView *l = lot(index.row());
    if (!l || !index.isValid())
        return {};
    const bool expired = l->expired;
    if (role == Qt::ForegroundRole && expired)
        return QBrush(warning);
    if (role == Qt::TextAlignmentRole && index.column() == Units)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LotNumber:
        return l->lotNumber;
    case Expiry:
        return QLocale().toString(l->expiryDate, QLocale::ShortFormat);
    case Units:
        return QLocale().toString(l->quantity);
    case State: {
        if (expired)
            return tr("Expired: do not dispense");
        const int days = l->daysLeft;
        if (days == 0)
            return tr("Expires today");
        if (days == 1)
            return tr("Expires tomorrow");
        if (days <= 60)
            return tr("Expires in %1 days").arg(days);
        return tr("OK");
    }
    }
    return {};
}

QVariant StockLotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LotNumber:
        return tr("Lot");
    case Expiry:
        return tr("Expiry");
    case Units:
        return tr("Units");
    case State:
        return tr("State");
    }
    return {};
}

// ---- PharmacyListModel

void PharmacyListModel::setPharmacies(QList<PharmacyInfo> pharmacies,
                                      const QList<PharmacyMemberInfo> &members)
{
    beginResetModel();
    m_pharmacies = std::move(pharmacies);
    m_members.clear();
    for (const PharmacyMemberInfo &m : members)
        m_members[m.pharmacyId].append(m.staffName.isEmpty() ? m.staffId : m.staffName);
    endResetModel();
}

const PharmacyInfo *PharmacyListModel::pharmacy(int row) const
{
    return row >= 0 && row < m_pharmacies.size() ? &m_pharmacies.at(row) : nullptr;
}

int PharmacyListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_pharmacies.size(); ++i) {
        if (m_pharmacies.at(i).id == id)
            return i;
    }
    return -1;
}

int PharmacyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pharmacies.size());
}

int PharmacyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PharmacyListModel::data(const QModelIndex &index, int role) const
{
    const PharmacyInfo *p = pharmacy(index.row());
    if (!p || !index.isValid() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case Name:
        return p->name;
    case Address: {
        QStringList parts;
        for (const QString &part : { p->addressLine, QString(p->postalCode + u' ' + p->city) }) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        return parts.join(u", ");
    }
    case Phone:
        return p->phone;
    case Hours:
        return p->hours;
    case Active:
        return p->active ? tr("Active") : tr("Inactive");
    case Pharmacists:
        return m_members.value(p->id).join(u", ");
    }
    return {};
}

QVariant PharmacyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Pharmacy");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Hours:
        return tr("Hours");
    case Active:
        return tr("Takes prescriptions");
    case Pharmacists:
        return tr("Pharmacists");
    }
    return {};
}

} // namespace clinic::ui
