#pragma once

#include "domain/cliniclocations.h"

#include <QAbstractTableModel>
#include <QSet>

namespace clinic::ui {

// The clinic's locations for the admin's Clinic page: name, address, phone, opening hours and
// time zone, by name; a location whose change waits for the server is marked.
class LocationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Address, Phone, Hours, TimeZone, ColumnCount };
    enum class DataRole { LocationId = Qt::UserRole + 1, IsTentative };

    using QAbstractTableModel::QAbstractTableModel;

    // `tentative`: the ids with a change waiting for the server.
    void setLocations(const QList<ClinicLocation> &locations, const QSet<QString> &tentative = {});
    const ClinicLocation *location(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const ClinicLocation &location, int column, bool tentative) const;

    QList<ClinicLocation> m_locations;
    QSet<QString> m_tentative;
};

} // namespace clinic::ui
