#include "waitlistmodel.h"

#include "models/appointmentlistmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

WaitlistModel::WaitlistModel(bool showPatient, QObject *parent)
    : QAbstractListModel(parent), m_showPatient(showPatient)
{ }

void WaitlistModel::setEntries(const QList<WaitlistEntryView> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const WaitlistEntryView *WaitlistModel::at(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int WaitlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString WaitlistModel::text(const WaitlistEntryView &entry) const
{
    const QString doctor = entry.providerName.isEmpty() ? tr("a doctor") : entry.providerName;
    const QString until =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.untilMs).toLocalTime().date(),
                               QLocale::ShortFormat);
    QString line = m_showPatient
            ? tr("%1 waits for %2, until %3").arg(entry.patientName, doctor, until)
            : tr("Waiting for %1, until %2").arg(doctor, until);
    if (entry.status == u"offered")
        line += u"\n"_s
                + tr("Free now: %1 — book it before someone else does")
                          .arg(AppointmentListModel::when(entry.offeredStartMs));
    else if (entry.status == u"booked")
        line += u"\n"_s + tr("Booked: a visit with this doctor was requested");
    return line;
}

QVariant WaitlistModel::data(const QModelIndex &index, int role) const
{
    const WaitlistEntryView *entry = at(index.row());
    if (!entry || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*entry);
    case Qt::AccessibleTextRole:
        return text(*entry).replace(u'\n', u". "_s);
    case Qt::FontRole:
        if (entry->status == u"offered") {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case int(DataRole::EntryId):
        return entry->id;
    case int(DataRole::IsOffered):
        return entry->status == u"offered";
    default:
        return {};
    }
}

} // namespace clinic::ui
