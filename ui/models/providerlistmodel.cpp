#include "providerlistmodel.h"

#include "models/appointmentlistmodel.h"

#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

void ProviderListModel::setProviders(const QList<ProviderHit> &providers)
{
    beginResetModel();
    m_providers = providers;
    endResetModel();
}

const ProviderHit *ProviderListModel::at(int row) const
{
    return row >= 0 && row < m_providers.size() ? &m_providers[row] : nullptr;
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderHit &hit = m_providers.at(index.row());
    if (role == int(DataRole::ProviderId))
        return hit.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    QStringList details;
    if (!hit.specialties.isEmpty())
        details << QLocale().createSeparatedList(hit.specialties);
    if (!hit.city.isEmpty())
        details << hit.city;
    if (hit.distanceKm)
        details << tr("%1 km").arg(QLocale().toString(*hit.distanceKm, 'f', 0));
    if (hit.ratingCount > 0)
        details << tr("★ %1 (%2)").arg(QLocale().toString(hit.rating, 'f', 1)).arg(hit.ratingCount);
    if (hit.nextFreeMs > 0)
        details << tr("next free %1").arg(AppointmentListModel::when(hit.nextFreeMs));
    const QString separator = role == Qt::DisplayRole ? u"\n"_s : u". "_s;
    return QString(hit.name + separator + details.join(u" · "));
}

void SlotListModel::setSlots(const QList<Slot> &offered)
{
    beginResetModel();
    m_slots = offered;
    endResetModel();
}

const Slot *SlotListModel::at(int row) const
{
    return row >= 0 && row < m_slots.size() ? &m_slots[row] : nullptr;
}

int SlotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

QVariant SlotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const Slot &slot = m_slots.at(index.row());
    const QString how = slot.modality == Modality::Video ? tr("video") : tr("in person");
    return tr("%1 (%2 min, %3)")
            .arg(AppointmentListModel::when(slot.startMs))
            .arg((slot.endMs - slot.startMs) / 60000)
            .arg(how);
}

} // namespace clinic::ui
