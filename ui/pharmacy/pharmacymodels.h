#pragma once

#include "pharmacy/inventoryrepository.h"
#include "pharmacy/prescriptionrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace clinic::ui {

// The pharmacist's queue of fills: patient, drug, fill n of m, status, last change. Holds what
// the page's worker read (InventoryRepository::queuePage); it filters nothing itself.
class FillQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Patient, Drug, Fill, Status, Changed, ColumnCount };
    enum class DataRole { FillId = Qt::UserRole + 1, Status };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<FillSummary> entries);
    const FillSummary *entry(int row) const;
    int rowOf(const QString &fillId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<FillSummary> m_entries;
};

// A pharmacy's stock items: drug, strength, form, units on hand, reorder level, low.
class StockItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Drug, Strength, Form, OnHand, Expired, ReorderLevel, Low, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QList<StockItemView> items);
    const StockItemView *item(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<StockItemView> m_items;
};

// The lots of one item, expiring first first; an expired lot is marked.
class StockLotModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LotNumber, Expiry, Units, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLots(QList<StockLotView> lots, QDate today);
    const StockLotView *lot(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<StockLotView> m_lots;
    QDate m_today;
};

// The network's pharmacies for the admin: name, address, phone, hours, active, pharmacists.
class PharmacyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Address, Phone, Hours, Active, Pharmacists, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPharmacies(QList<PharmacyInfo> pharmacies, const QList<PharmacyMemberInfo> &members);
    const PharmacyInfo *pharmacy(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PharmacyInfo> m_pharmacies;
    QHash<QString, QStringList> m_members;
};

} // namespace clinic::ui
