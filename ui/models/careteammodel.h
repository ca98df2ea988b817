#pragma once

#include "domain/careteamrepository.h"

#include <QAbstractListModel>

namespace clinic::ui {

// A patient's care team: each doctor or nurse by name and role. A member whose assignment
// made here still waits for the server is shown in italics ("waiting to sync").
class CareTeamModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class DataRole { StaffId = Qt::UserRole + 1, StaffName, StaffRole, IsTentative };

    using QAbstractListModel::QAbstractListModel;

    void setMembers(const QList<CareTeamMember> &members);
    const CareTeamMember *member(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Doctor", "Nurse" in the user's language; a role name this version does not know as is.
    static QString roleText(const QString &roleName);
    // "Min Lee (Doctor)": how a staff member is named in lists and choices.
    static QString staffText(const StaffMember &staff);

private:
    QList<CareTeamMember> m_members;
};

} // namespace clinic::ui
