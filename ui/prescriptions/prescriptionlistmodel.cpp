#include "prescriptionlistmodel.h"

#include "prescriptions/rxformat.h"

#include <QFont>
#include <QHeaderView>
#include <QTableView>

namespace clinic::ui {

using namespace Qt::StringLiterals;

PrescriptionListModel::PrescriptionListModel(Person person, QObject *parent)
    : QAbstractTableModel(parent), m_person(person)
{ }

void PrescriptionListModel::showIn(QTableView *table)
{
    table->setModel(this);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Medicine, QHeaderView::Stretch);
    header->setSectionResizeMode(Directions, QHeaderView::Stretch);
    header->setSectionResizeMode(Status, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void PrescriptionListModel::setPrescriptions(QList<PrescriptionInfo> prescriptions)
{
    beginResetModel();
    m_rows = std::move(prescriptions);
    endResetModel();
}

const PrescriptionInfo *PrescriptionListModel::prescription(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PrescriptionListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int PrescriptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrescriptionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrescriptionListModel::data(const QModelIndex &index, int role) const
{
    const PrescriptionInfo *rx = prescription(index.row());
    if (!rx)
        return {};
    if (role == Qt::FontRole && index.column() == Medicine) {
        QFont font;
        font.setBold(rx->status == u"active");
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Directions && !rx->pharmacistNote.isEmpty())
        return tr("Note to the pharmacist: %1").arg(rx->pharmacistNote);
    if (role == Qt::ToolTipRole && index.column() == Status) // often longer than the column
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Medicine:
        return RxFormat::medicine(*rx);
    case Directions:
        return tr("%1 · %2 · %n unit(s)", nullptr, int(rx->quantity)).arg(rx->dose, rx->directions);
    case Issued:
        return RxFormat::date(rx->issuedAt);
    case Who:
        return m_person == Person::Prescriber ? rx->prescriberName : rx->patientName;
    case RefillsLeft:
        return rx->status == u"active" ? QVariant(qMax(0, rx->refillsLeft())) : QVariant(u"—"_s);
    case Status:
        return rx->status == u"active" ? RxFormat::pharmacyStatus(*rx)
                                       : RxFormat::prescriptionStatus(rx->status);
    }
    return {};
}

QVariant PrescriptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Medicine:
        return tr("Medicine");
    case Directions:
        return tr("Dose and directions");
    case Issued:
        return tr("Issued");
    case Who:
        return m_person == Person::Prescriber ? tr("Prescriber") : tr("Patient");
    case RefillsLeft:
        return tr("Refills left");
    case Status:
        return tr("At the pharmacy");
    }
    return {};
}

} // namespace clinic::ui
