#pragma once

#include "domain/waitlistrepository.h"

#include <QAbstractListModel>

namespace clinic::ui {

// Waitlist entries, a line each: who waits (for the front desk) for which doctor, until when,
// and a time on offer when a visit was cancelled or moved.
class WaitlistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class DataRole { EntryId = Qt::UserRole + 1, IsOffered };

    explicit WaitlistModel(bool showPatient, QObject *parent = nullptr);

    void setEntries(const QList<WaitlistEntryView> &entries);
    const WaitlistEntryView *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString text(const WaitlistEntryView &entry) const;

    bool m_showPatient;
    QList<WaitlistEntryView> m_entries;
};

} // namespace clinic::ui
