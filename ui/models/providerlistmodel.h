#pragma once

#include "domain/providerdirectory.h"

#include <QAbstractListModel>

namespace clinic::ui {

// Directory search results: the doctor, their specialties and city, and their next free time
// when the search asked for one.
class ProviderListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class DataRole { ProviderId = Qt::UserRole + 1 };
    using QAbstractListModel::QAbstractListModel;

    void setProviders(const QList<ProviderHit> &providers);
    const ProviderHit *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ProviderHit> m_providers;
};

// One doctor's free times, soonest first, in this computer's time.
class SlotListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setSlots(const QList<Slot> &offered);
    const Slot *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Slot> m_slots;
};

} // namespace clinic::ui
