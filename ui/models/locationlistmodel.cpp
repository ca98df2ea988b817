#include "locationlistmodel.h"

#include <QFont>

namespace clinic::ui {

void LocationListModel::setLocations(const QList<ClinicLocation> &locations,
                                     const QSet<QString> &tentative)
{
    beginResetModel();
    m_locations = locations;
    m_tentative = tentative;
    endResetModel();
}

const ClinicLocation *LocationListModel::location(int row) const
{
    return row >= 0 && row < m_locations.size() ? &m_locations.at(row) : nullptr;
}

int LocationListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_locations.size(); ++row) {
        if (m_locations.at(row).id == id)
            return row;
    }
    return -1;
}

int LocationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_locations.size());
}

int LocationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocationListModel::display(const ClinicLocation &l, int column, bool tentative) const
{
    switch (column) {
    case Name:
        return tentative ? tr("%1 (waiting for the server)").arg(l.name) : l.name;
    case Address:
        return l.postalAddress();
    case Phone:
        return l.phone;
    case Hours:
        return l.hours;
    case TimeZone:
        return l.timeZone;
    }
    return {};
}

QVariant LocationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClinicLocation &l = m_locations.at(index.row());
    const bool tentative = m_tentative.contains(l.id);
    switch (role) {
    case Qt::DisplayRole:
        return display(l, index.column(), tentative);
    case Qt::ToolTipRole:
        // Long hours and addresses are cut in the table; whole here.
        return index.column() == Hours || index.column() == Address
                ? display(l, index.column(), false)
                : QVariant();
    case Qt::FontRole:
        if (tentative) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case int(DataRole::LocationId):
        return l.id;
    case int(DataRole::IsTentative):
        return tentative;
    default:
        return {};
    }
}

QVariant LocationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Hours:
        return tr("Opening hours");
    case TimeZone:
        return tr("Time zone");
    }
    return {};
}

} // namespace clinic::ui
